"""A behaviour's place compared with the customer's own, row by row: 'bought in one of our stores abroad', 'in a country
other than the one they live in', 'outside their home country', 'in their own city', 'dans leur pays de résidence', 'à
l'étranger'. Where each is said, the customers' attribute it names and whether the place is theirs or another, read
into the behaviour said in its clause (events: EventCondition.own_place).

The attribute is any the catalog pairs with a dimension of a behaviour (semantic.customers_own: the stores' country and
the customers'), named by the catalog's words for it ('country', 'pays de résidence'); 'abroad' names the attribute the
language's ABROAD_PLACE phrase names. The words are the English module's; French's are rewritten into them first
('hors de leur' -> 'outside their', 'que le leur' -> 'than theirs'). Read before any of its words is: 'country' alone
is an attribute of the customers, and 'live in' their city ('a country other than the one they live in' left out
everyone whose city is on file, and French 'hors de leur pays de résidence' everyone whose country is, silently).
"""
from __future__ import annotations

from dataclasses import dataclass

from assistant.translate.lang_en import (
    ABROAD_WORDS, LEADING_WORDS, OWN_PLACE_ARTICLES, OWN_PLACE_FOREIGN, OWN_PLACE_LOCATED, OWN_PLACE_MARKERS,
    OWN_PLACE_ONE, OWN_PLACE_OTHER_LEADS,
    OWN_PLACE_OTHER_WORDS, OWN_PLACE_POSSESSIVES, OWN_PLACE_SAME_LEADS, OWN_PLACE_SAME_WORDS, OWN_PLACE_TAILS,
    OWN_PLACE_THAN, OWN_PLACE_THEIRS,
)
from assistant.translate.offline.lexicon import Span


@dataclass
class OwnPlaceSaid:
    start_tok: int
    end_tok: int
    column: str          # the customers' attribute (schema.table.column)
    same: bool           # theirs ('in their own city'), or another known one ('abroad')


def _at(norms: list[str], k: int, phrases) -> tuple[str, ...] | None:
    """The longest of `phrases` said from token k."""
    return max((p for p in phrases if tuple(norms[k:k + len(p)]) == p), key=len, default=None)


def _ending_at(norms: list[str], k: int, phrases) -> tuple[str, ...] | None:
    """The longest of `phrases` said right before token k."""
    return max((p for p in phrases if k >= len(p) and tuple(norms[k - len(p):k]) == p), key=len, default=None)


def find_own_places(norms: list[str], spans: list[Span], paired: frozenset[str], abroad: str | None,
                    other_words: frozenset[str] = frozenset()) -> list[OwnPlaceSaid]:
    """Each place of the customers' own said against a behaviour's. `paired`: the customers' attributes a dimension is
    compared with; `abroad`: the one 'abroad' is of (None: none); `other_words`: the language's own words for another
    left as typed ('un autre pays')."""
    others = OWN_PLACE_OTHER_WORDS | other_words
    places: dict[int, tuple[int, str]] = {}
    for s in spans:
        columns = {m.column for m in s.of("column") if m.column in paired}
        if len(columns) == 1:
            places[s.start] = (s.end, columns.pop())
    found: list[OwnPlaceSaid] = []
    taken = 0

    def tail(k: int) -> int:      # 'of residence', 'they live in' after the place
        said = _at(norms, k, OWN_PLACE_TAILS)
        return k + len(said) if said else k

    def theirs(k: int, column: str) -> int | None:
        """Where 'theirs' said from k ends ('their own', 'the one they live in', 'their home country'), else None."""
        j = k + (norms[k] in OWN_PLACE_POSSESSIVES if k < len(norms) else 0)
        j += j < len(norms) and j > k and norms[j] in OWN_PLACE_MARKERS
        if j > k and j in places and places[j][1] == column:
            return tail(places[j][0])
        said = _at(norms, k, OWN_PLACE_THEIRS)
        return k + len(said) if said else None

    def said_before(k: int, column: str) -> bool:      # a value of that place ('France', 'Paris') said before k
        name = column.rsplit(".", 1)[1]
        return any(s.end <= k and m.column and m.column.rsplit(".", 1)[1] == name
                   for s in spans for m in s.of("value", "dimvalue"))

    for k in sorted(places):
        if k < taken:
            continue
        end, column = places[k]
        end = tail(end)
        # 'their (own) city': in it, or outside it
        j = k - (k > 0 and norms[k - 1] in OWN_PLACE_MARKERS)
        if j > 0 and norms[j - 1] in OWN_PLACE_POSSESSIVES:
            lead = _ending_at(norms, j - 1, OWN_PLACE_OTHER_LEADS)
            if lead is not None:
                found.append(OwnPlaceSaid(j - 1 - len(lead), end, column, False))
                taken = end
            elif j > 1 and norms[j - 2] in OWN_PLACE_SAME_LEADS:
                found.append(OwnPlaceSaid(j - 2, end, column, True))
                taken = end
            continue
        # 'a (different) country other than theirs', 'another city than the one they live in', 'a foreign country',
        # 'the same city as theirs', 'the city they live in'
        start = k
        if k > 0 and norms[k - 1] in OWN_PLACE_FOREIGN | others | OWN_PLACE_SAME_WORDS:
            start = k - 1
        if start > 0 and norms[start - 1] in OWN_PLACE_ARTICLES | others:
            start -= 1
        marked = set(norms[start:k])
        said = None
        than = _at(norms, end, OWN_PLACE_THAN)
        if than is not None:
            same = bool(marked & OWN_PLACE_SAME_WORDS) and than == ("as",)
            other = than != ("as",) and (than[0] in others or bool(marked & others))
            last = theirs(end + len(than), column) if same or other else None
            if last is not None:
                said = OwnPlaceSaid(start, last, column, same)
        if said is None and marked & OWN_PLACE_FOREIGN:
            said = OwnPlaceSaid(start, places[k][0], column, False)
        if said is None and than is None and marked & others and marked & OWN_PLACE_ONE and not said_before(k, column):
            # 'both in another country': one other than theirs, when no value of that place is said before it ('in
            # Paris and in another city' is another than Paris: asked); never a count ('3 different cities')
            said = OwnPlaceSaid(start, places[k][0], column, False)
        if said is None and places[k][0] < len(norms) and norms[places[k][0]] in ABROAD_WORDS:    # 'un pays étranger'
            said = OwnPlaceSaid(start, places[k][0] + 1, column, False)
        if said is None and end > places[k][0] and "the" in marked:
            said = OwnPlaceSaid(start, end, column, True)
        if said is not None:
            if said.start_tok > 0 and norms[said.start_tok - 1] in OWN_PLACE_SAME_LEADS:
                said.start_tok -= 1
            found.append(said)
            taken = said.end_tok
    if abroad is not None:
        for i, n in enumerate(norms):
            if n in ABROAD_WORDS and not any(f.start_tok <= i < f.end_tok for f in found):
                k = i
                while k > 0 and norms[k - 1] in LEADING_WORDS:      # 'à l'étranger': 'at the etranger'
                    k -= 1
                found.append(OwnPlaceSaid(k, i + 1, abroad, False))
    for f in found:     # 'stores located outside their country': the words of where it is are the phrase's
        while f.start_tok > 0 and norms[f.start_tok - 1] in OWN_PLACE_LOCATED:
            f.start_tok -= 1
    return sorted(found, key=lambda f: f.start_tok)
