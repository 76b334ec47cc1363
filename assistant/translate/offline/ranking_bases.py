"""What a ranking is by and among ('the top 50 by spend among VIPs'), and codes said as words.

A part of the Parser (parser.py), which reads a request's tokens into conditions."""
from __future__ import annotations


from assistant.translate.offline.text import typed_text
from assistant.meaning import (
    Condition, EventCondition, OrCondition, ranking, share,
)
from assistant.translate.offline.modifiers import (
    Ranking,
)
from assistant.translate.lang_en import (
    NOTES, AMONG_WORDS, CLAUSE_EDGES,
)
from assistant.translate.offline.text import fold


class RankingBases:
    """What a ranking is by and among ('the top 50 by spend among VIPs'), and codes said as words."""

    def _ranking_bases(self) -> None:
        """'top 200 Texas customers' is ranked among the customers the other criteria keep; 'in the top 20%' among
        all customers. A share is ranked among the customers said inside its phrase or after 'among' ('top 10% of
        our Canadian customers', '... among our French customers'), then the other criteria filter; a profile
        criterion said apart ('top 5% of spenders, Italian customers only') may have been meant as its base: noted."""
        criteria = self.out.criteria
        if not any(ranking(c) for c in criteria):     # 'who has a phone on file among our Lyon customers': a filter
            self.out.used |= {i for i, n in enumerate(self.norms) if n in AMONG_WORDS}
        for c in [c for c in criteria if ranking(c)]:
            # never another ranking of the same kind (two rankings each among the other would never end)
            others = [o for o in criteria if o is not c and not (ranking(o) and (share(c) or not share(o)))]
            said = [o for o in others if self._said_among(o, c) or self._said_of_the_share(o, c)]
            inside = [o for o in others if c.start_tok <= o.start_tok and o.end_tok <= c.end_tok or o in said]
            band = any(c.start_tok <= b < c.end_tok for b in self.out.bands)
            if not share(c) and not band:
                c.among = others
                continue
            # 'top 5% by average basket since January - only people with at least 2 purchases in that time': a count
            # of the ranked behaviour itself, in its period, says who is ranked (ranked among all, then kept, the
            # share was of everyone, silently)
            source = getattr(c, "source", None)
            inside += [o for o in others if o not in inside and source is not None and isinstance(o, EventCondition)
                       and o.count is not None and not o.negated and set(o.events) == set(source.events)
                       and _period(o.window) == _period(source.window) and o.dims == source.dims]
            c.among = inside
            apart = [o for o in others if o not in inside and not isinstance(o, OrCondition)]
            if apart and not band:
                self.out.notes.append(NOTES["ranked_among"].format(
                    share=self._words(c.start_tok, c.end_tok),
                    others="', '".join(self._words(o.start_tok, o.end_tok) for o in apart)))

    def _said_of_the_share(self, c: Condition, ranked: Condition) -> bool:
        """'the 10% of our French customers who spent the most', 'les 10 % de nos clients français qui ont le plus
        dépensé': the condition said between the share's 'of' and its ranking is whom it is ranked among."""
        return any(ranked.start_tok <= r.start_tok < ranked.end_tok and r.said[1] < len(self.norms)
                   and self.norms[r.said[1]] == "of" and r.said[1] < c.start_tok and c.end_tok <= ranked.start_tok
                   for r in self.shares_said)

    def _said_among(self, c: Condition, ranked: Condition) -> bool:
        """'among our French customers', 'parmi nos clients espagnols', 'Parmi nos clients qui résident en Allemagne,
        donne-moi les 50 qui ...': the condition is said as a ranking's base, in the clause 'among' opens (up to a
        break, a sentence's end or the ranking)."""
        k = c.start_tok - 1
        while k >= 0 and self.norms[k] not in AMONG_WORDS:
            if self.norms[k] in CLAUSE_EDGES or k + 1 in self.sentence_ends or k == ranked.start_tok:
                return False
            k -= 1
        if k >= 0:
            self._use(k, k + 1)
            return True
        return False

    def _words(self, a: int, b: int) -> str:
        return typed_text(self.request, self.tokens, a, b) if self.request else \
            " ".join(t.text for t in self.tokens[a:b])
    def _codes_said_as_words(self, rankings: list[Ranking]) -> None:
        """'clients en CA': an abbreviation the language reads as a measure (chiffre d'affaires) that is also a code
        the catalog stores (Canada's 'CA') is the measure only as the basis of a ranking ('les 25 meilleurs clients en
        CA'). Elsewhere it is asked: read as the measure it became 'has bought' ('VIP en CA'), typed as the pronoun
        'ça' it was nothing ('clients du CA': everyone), each silently."""
        abbreviations = getattr(self.words, "CODE_ABBREVIATIONS", frozenset())
        if not abbreviations or any(r.start_tok in self.out.used for r in rankings):
            return
        folded = fold(self.request) if self.request else ""      # (folded once, not once per abbreviation)
        if self.request and not any(a in folded for a in abbreviations):
            return       # none typed (each token's words are the request's): most requests
        codes = self.codes
        for i, t in enumerate(self.tokens):
            said = t.text.split()      # typed in capitals, or rewritten with the word before ('en ca': by spend)
            # a stored code first: most words are none, and need no folding
            if not said or said[-1].upper() not in codes or fold(said[-1]) not in abbreviations \
                    or said[-1] != said[-1].upper() and len(said) == 1:
                continue
            j = i + 1
            while j < len(self.tokens) and not self.tokens[j].text:     # the rest of the words it was rewritten to
                j += 1
            if not self.out.criteria and not self.out.exclusions:
                self.out.unread.update(range(i, j))      # nothing else read ('notre CA par pays'): not understood
                self.out.used.difference_update(range(i, j))
                continue
            self.out.unclear.append((i, j, "code"))
            self._use(i, j)


def _period(w) -> tuple | None:
    """The days a window covers, however it was said ('since January', 'in that time')."""
    return None if w is None else (w.amount, w.unit, w.start, w.end, w.held)
