"""The offline translator: a request in, an audience definition out, with no model and no network.

It knows the business only through the catalog and the warehouse's own
free-text values, and it never guesses silently: every word is used by a
criterion, a grammar word, or reported as not understood.
"""
from __future__ import annotations

import datetime as dt
import marshal
import time

from assistant.translate.offline.text import typed_text
from assistant.definition import AudienceDefinition, Clarification, Criterion
from assistant.meaning import Condition, GlossaryCondition, contradictions, ranking, to_spec
from assistant.translate.offline.conservation import Conservation, lost_warnings
from assistant.translate.offline.frames import read_frames
from assistant.translate.offline.edges_said_again import edges_said_again
from assistant.translate.offline.places_pointed_back import places_pointed_back
from assistant.translate.offline.lexicon import build_lexicon
from assistant.translate.offline.hours_of_day import clock_times
from assistant.translate.offline.other_tasks import other_task, refusal, removal_order
from assistant.translate.offline.parsed import Parsed
from assistant.translate.offline.parser import Parser
from assistant.translate.lang_en import (BOUNDS_AFTER, CONNECTORS, FUNCTION_WORDS, NEXT_WORDS,
                                        PREDICATE_LINKS, QUANTITY_BOUNDS, COUNT_NONE_WORDS, COUNT_ONE_WORDS,
                                        COUNT_DETERMINERS, COUNT_OWNING, NEGATIONS, EARNING_VERBS, EARNING_NOUNS,
                                        EARNING_BETWEEN, ORDINAL_EVENT_WORDS, PER_YEAR)
from assistant.translate.languages import LANGUAGES, detect_language
from assistant.translate.offline.numeric_dates import numeric_dates
from assistant.translate.offline.rewrite import (birth_words, people_values_first, either_way, pronouns_before_auxiliary, feminine_nouns, from_words, prepare, rewrite,
                                                shared_heads)
from assistant.translate.unknown import replace_phrase, unknown_clarification
from assistant.translate.offline.modifiers import (
    given_scores, merge_amount_words, merge_determiners, merge_hours, merge_numbers, merge_scores, plus_units,
)
from assistant.translate.offline.days_of_week import dates_with_weekdays
from assistant.translate.offline.text import Token, fold, tokenize
from assistant.translate.result import Translation
from assistant.wording import catalog_labels, explanation, word, word_note
from schema_catalog.model import Catalog


WORDING_MEMO = 5_000


def _units_counted(tokens: list[Token], words) -> set[int]:
    """The units of time said after a number ('depuis 2 ans', 'il y a plus de 3 mois'): the grammar's periods and
    ages, never a catalog word the rewrite leaves alone (catalogs give 'ans' to the age: 'depuis 2 ans' was a count
    of 2 purchases, and 'depuis', 'ans' were asked about); a catalog phrase of several words keeps its own ('valeur
    prédite à 12 mois', 'un jour férié'). The number may come before the word saying which end of time the units run
    to ('ces 60 derniers jours', 'les 30 prochains jours': 'jours' is also the catalog's day of the week)."""
    units, numbers = getattr(words, "UNITS", {}), getattr(words, "NUMBER_VALUES", {})
    between = getattr(words, "LAST_AFTER_NUMBER", ())

    def number(k: int) -> bool:
        return k >= 0 and (tokens[k].number is not None or tokens[k].norm in numbers)
    return {i for i in range(1, len(tokens)) if tokens[i].norm in units
            and (number(i - 1) or tokens[i - 1].norm in between and number(i - 2))}


class OfflineTranslator:
    name = "offline"

    def __init__(self, catalog: Catalog, values: dict[str, list[str]] | None = None):
        self.catalog, self.values = catalog, values
        self.lexicon = build_lexicon(catalog, values)
        self.parser = Parser(catalog, self.lexicon)
        self.conservation = Conservation(catalog)
        self._readers: dict[str, tuple] = {"en": (self.lexicon, self.parser)}
        self._own: dict[str, frozenset[str]] | None = None
        self._shared: frozenset[str] | None = None
        self._english_only: frozenset[str] | None = None
        self._wordings: dict[tuple, object] = {}
        self._notes: dict[tuple[str, str], str] = {}
        self._note_labels: dict[str, dict[str, str]] = {}

    def _labels(self, lang: str) -> dict[str, str]:
        """The catalog's English labels in `lang`'s words, for the notes; built on first use."""
        if lang not in self._note_labels:
            self._note_labels[lang] = catalog_labels(self.catalog, lang) if lang != "en" else {}
        return self._note_labels[lang]

    def _reader(self, lang: str) -> tuple:
        """The lexicon (the catalog's words in that language) and parser for a language, built on first use."""
        if lang not in self._readers:
            lexicon = build_lexicon(self.catalog, self.values, lang=lang, is_word=LANGUAGES[lang].is_word)
            self._readers[lang] = (lexicon, Parser(self.catalog, lexicon, LANGUAGES[lang]))
        return self._readers[lang]

    def _loanwords(self) -> frozenset[str]:
        """The catalog's words every language's phrases use ('web', 'newsletter', 'VIP'): no evidence of a language."""
        if self._shared is None:
            lexicons = [self._reader(code)[0].words() for code in LANGUAGES]
            self._shared = frozenset.intersection(*lexicons)
        return self._shared

    def _scanned(self, tokens: list[Token], code: str, seen: dict) -> tuple[list[Token], list]:
        """The request's tokens as `code`'s lexicon reads them (its spelling undone) and the catalog phrases found
        there; kept in `seen`, so detecting the language and then reading the request in it do the work once."""
        if code not in seen:
            lexicon = self._reader(code)[0]
            said = tokens if code == "en" else prepare(tokens, LANGUAGES[code])
            seen[code] = (said, lexicon.scan(said))
        return seen[code]

    def _own_words(self, tokens: list[Token], seen: dict, codes: list[str]) -> dict[str, frozenset[str]]:
        """For each language of `codes`, the request's words that only its catalog phrases use: a word no other
        language's phrase has ('adhérentes'), or a word inside a phrase only that language has ('or' in 'membres
        or'). Used to detect the language of a request with few grammar words; a request whose words the English
        lexicon all knows does not need the other languages' lexicons."""
        english = self.lexicon.words()
        if all(t.number is not None or t.norm in english or t.norm in FUNCTION_WORDS for t in tokens):
            return {}
        lexicons = {code: self._reader(code)[0] for code in LANGUAGES}
        own = self._catalog_own()
        found = {}
        for code in codes:
            said, found_spans = self._scanned(tokens, code, seen)
            spans = [said[s.start:s.end] for s in found_spans]
            # the words as typed: a false friend is renamed for the parser ('or' -> 'or_fr'), not for this count
            found[code] = own[code] | {fold(t.text) for span in spans if not any(
                tuple(t.norm for t in span) in other.phrases for c, other in lexicons.items() if c != code)
                for t in span if fold(t.text).isalpha()}
        return found

    def _catalog_own(self) -> dict[str, frozenset[str]]:
        """For each language, the words of its catalog phrases that no other language's phrases have; built once."""
        if self._own is None:
            own = {code: self._reader(code)[0].words() for code in LANGUAGES}
            self._own = {code: frozenset(w for w in words if len(w) > 2 and w.isalpha()
                                         and not any(w in o for c, o in own.items() if c != code))
                         for code, words in own.items()}
        return self._own

    def _english_catalog(self) -> frozenset[str]:
        """Every word that detection could count as the English catalog's: its own words, and the words of its
        phrases (and capitalised acronyms) no other language's catalog has. Built once."""
        if self._english_only is None:
            others = [self._reader(code)[0].phrases for code in LANGUAGES if code != "en"]
            keys = [k for k in [*self.lexicon.phrases, *self.lexicon.acronyms] if not any(k in o for o in others)]
            self._english_only = frozenset(w for k in keys for w in k) | self._catalog_own()["en"]
        return self._english_only

    def translate(self, request: str, as_of: dt.date, channel: str = "none", lang: str | None = None) -> Translation:
        started = time.perf_counter()
        result = self._translate(request.strip(), as_of, channel, lang)
        result.elapsed_ms = (time.perf_counter() - started) * 1000
        return result

    def said(self, request: str, as_of: dt.date, lang: str) -> tuple[list[Token], Parsed] | None:
        """What the request says as this translator reads it in `lang`: its tokens and the parse (what was found
        where, for the conservation check of another translator's answer); None when it reads no audience there."""
        read = self._read(request.strip(), as_of, lang)
        return None if isinstance(read, Translation) else read[1:3]

    def _read(self, request: str, as_of: dt.date, lang: str | None) -> tuple[str, list[Token], Parsed, tuple | None] | Translation:
        """The request's language, its tokens as parsed, the parse and a removal verb said first ('Peux-tu retirer
        ...'); or the refusal when it is empty, in another language or asks for another task."""
        if not request:
            return Translation.refuse("The request is empty: describe who you want to reach, "
                                      "e.g. 'VIP customers who bought in store in the last 6 months'.")
        raw = tokenize(request)
        seen: dict = {}
        lang = lang or detect_language(raw, lambda codes: self._own_words(raw, seen, codes), self._loanwords,
                                       self._english_catalog)
        if lang not in LANGUAGES:
            return Translation.refuse(
                f"This looks like {lang}: the offline translator reads {' and '.join(m.NAME for m in LANGUAGES.values())}. "
                "Rephrase in one of them (or force one with --lang), or choose the LLM backend if one is configured.")
        words = LANGUAGES[lang]
        task = other_task(raw, words)      # 'Export the emails of all VIPs ...', 'Quel a été notre CA par pays ?'
        if task is not None:
            return Translation.refuse(refusal(*task, words), language=lang)
        removal = removal_order(raw, words)      # 'Peux-tu retirer ...': another task if nothing is kept (below)
        lexicon, parser = self._reader(lang)
        # '15/09/2025' as the language's words ('15 septembre 2025'); 'samedi 19 septembre' as '19 septembre'
        dated = plus_units(dates_with_weekdays(numeric_dates(raw, words), words), words.UNITS)     # '60+ days'
        if dated != raw:     # read in the language detected: its lexicon scans the new words again
            raw, seen = dated, {}
        if lang != "en":      # the language's grammar in the parser's canonical words; catalog words untouched
            said, spans = self._scanned(raw, lang, seen)
            prepared = read_frames(said, words, request)     # before the catalog's words: 'je cherche' asks
            spans = spans if prepared is said else lexicon.scan(prepared)
            raw = feminine_nouns(prepared, words, lexicon)
            spans = spans if raw is prepared else lexicon.scan(raw)      # a word was added: scanned again
            headed = shared_heads(raw, words, lexicon, spans)
            spans = spans if headed is raw else lexicon.scan(headed)      # a word was added: scanned again
            born = from_words(birth_words(headed, words, spans), words, spans)
            headed, spans = (headed, spans) if born is headed else (born, lexicon.scan(born))
            placed = people_values_first(headed, words, spans)
            headed, spans = (headed, spans) if placed is headed else (placed, lexicon.scan(placed))
            # (a part of a name typed as one keeps its small words: 'aux Terrasses du Port')
            named = [n for n, _ in lexicon.name_parts(headed, spans)]
            protected = {i for s in spans + named for i in range(s.start, s.end)}
            longer = {i for s in spans + named if s.end - s.start > 1 for i in range(s.start, s.end)}
            raw = rewrite(headed, words, protected - (_units_counted(headed, words) - longer))
        else:
            raw = read_frames(clock_times(raw, words), words, request)     # 'between 11pm and 2am': one token
        raw = pronouns_before_auxiliary(either_way(raw), words)
        raw = places_pointed_back(raw, words, lexicon, self.catalog)     # 'our VIPs there'
        raw = edges_said_again(raw, lexicon)     # 'whose first purchase was online but whose most recent one ...'
        tokens = lexicon.split_compounds(merge_scores(merge_hours(merge_amount_words(merge_numbers(merge_determiners(raw))))))
        tokens = given_scores(tokens, words.SCORE_VERBS, words.RATING_VERB)
        tokens = lexicon.goods_quantities(lexicon.ordinal_events(tokens, ORDINAL_EVENT_WORDS), QUANTITY_BOUNDS)
        tokens = lexicon.counts_in_words(tokens, COUNT_NONE_WORDS, COUNT_ONE_WORDS, COUNT_DETERMINERS, COUNT_OWNING,
                                         NEGATIONS)
        tokens = lexicon.earned_amounts(tokens, EARNING_VERBS, EARNING_NOUNS, EARNING_BETWEEN, PER_YEAR)
        tokens = lexicon.predicates(tokens, PREDICATE_LINKS)
        tokens = lexicon.past_forms(tokens, getattr(words, "BASE_FORM_AFTER", frozenset()),
                                    getattr(words, "PAST_ENDINGS", ()), getattr(words, "OBJECT_PRONOUNS", {}),
                                    getattr(words, "VALUE_AFTER", frozenset()))
        return lang, tokens, parser.parse(tokens, as_of, request), removal

    def _translate(self, request: str, as_of: dt.date, channel: str, lang: str | None) -> Translation:
        read = self._read(request, as_of, lang)
        if isinstance(read, Translation):
            return read
        lang, tokens, parsed, removal = read
        words, lexicon = LANGUAGES[lang], self._reader(lang)[0]
        if removal is not None and parsed.exclusions and not parsed.criteria:
            # 'Peux-tu retirer le consentement SMS de tous les clients belges ?': nothing is kept to remove from, the
            # verb changes data (read as an exclusion, it answered everyone but them)
            return Translation.refuse(refusal(*removal, words), language=lang)
        ignored = parsed.ignored.phrases(request, tokens)
        unknown = _unknown(tokens, parsed.used | parsed.ignored.tokens, parsed.unread)
        unrecognized = [typed_text(request, tokens, a, b) for a, b in unknown]
        warnings = [f"read {n}" if not n.startswith(("read", "'", "the title")) else n for n in parsed.notes]
        labels = self._labels(lang)
        warnings = list(dict.fromkeys(_cap(self._note(w, lang, labels)) for w in warnings))
        clarifications = [self._clarification(c, request, tokens, lang) for c in parsed.clarify]
        clarifications += [_vague_window(typed_text(request, tokens, a, b), request, words,
                                         any(t.norm in NEXT_WORDS for t in tokens[a:b]))
                           for a, b in parsed.vague]
        clarifications += [_contradiction(request, tokens, *c, words) for c in parsed.contradictions]
        clarifications += [self._two_readings(request, tokens, *r, lang) for r in parsed.readings]
        clarifications += [_change_windows(_phrase(request, tokens, a, b), request, words) for a, b in parsed.changes]
        clarifications += [_vague_words(_phrase(request, tokens, a, b), kind, request, words) for a, b, kind in parsed.unclear]
        clarifications += [_within(_phrase(request, tokens, a, b), request, words, follows)
                           for a, b, follows in parsed.within]
        clarifications += [_either_way(request, tokens, *w, words) for w in parsed.either_way]
        clarifications += [_said_between(request, tokens, *w, words) for w in parsed.said_between]
        clarifications += [_year_month(_phrase(request, tokens, a, b), name, year, request, words)
                           for a, b, name, year in parsed.year_months]
        criteria = [self._criterion(c, request, tokens, as_of, lang) for c in parsed.criteria]
        exclusions = [self._criterion(c, request, tokens, as_of, lang) for c in parsed.exclusions]
        notes = [_cap(self._note(n, lang, labels)) for c in parsed.criteria + parsed.exclusions for n in c.notes]
        warnings += [n for n in dict.fromkeys(notes) if n not in warnings]
        if not criteria and not exclusions and not clarifications and (unrecognized or not parsed.used):
            unknown = words.MESSAGES["not_understood"].format(phrases=", ".join(unrecognized)) if unrecognized else ""
            return Translation.refuse(words.MESSAGES["nothing"].format(unknown=unknown), unrecognized=unrecognized,
                                      ignored=ignored, language=lang)
        warnings += [words.MESSAGES["or_as_and"].format(a=a, b=b) for a, b in _dropped_ors(parsed, tokens, request)]
        ranked = [c for c in parsed.criteria if ranking(c)]
        if ranked and parsed.exclusions:
            warnings.append(words.MESSAGES["ranked_first"].format(n=_size(ranked[0])))
        # criteria no customer can meet together: ask which was meant instead of answering an empty audience
        if not parsed.contradictions:   # the parser's own finds name their phrases better; these are the typed ones
            clarifications += [self._contradiction(a, b, request, tokens, words)
                               for a, b in contradictions(parsed.criteria, parsed.exclusions)]
        # a phrase nobody read is a question, never a silent drop: answering the rest would widen the audience
        clarifications += [self._unknown_clarification(phrase, request, lexicon, words) for phrase in unrecognized]
        # a phrase said twice ('le CA 2026 ... leur CA de 2024') is asked about once
        asked: dict[tuple[str, str], Clarification] = {}
        for c in clarifications:
            asked.setdefault((c.phrase, c.question), c)
        clarifications = list(asked.values())
        if not criteria and not exclusions and not clarifications:
            warnings.append(words.NOTES["no_criteria"])
        kept = list(zip(parsed.criteria + parsed.exclusions, [c.spec for c in criteria + exclusions]))
        lost = self.conservation.lost(parsed, kept, as_of)      # read, then dropped: named, never lost silently
        warnings += [w for w in lost_warnings(lost, request, tokens, lang, labels) if w not in warnings]
        definition = AudienceDefinition(request=request, as_of=as_of, channel=channel, criteria=criteria,
                                        exclusions=exclusions, unrecognized=unrecognized, ignored=ignored,
                                        warnings=warnings, clarifications=clarifications, translator=self.name,
                                        language=lang)
        status = "clarify" if clarifications else "ok"
        return Translation(status=status, definition=definition, warnings=warnings, unrecognized=unrecognized,
                           ignored=ignored, clarifications=clarifications, language=lang,
                           explanation=explanation(criteria, exclusions, lang))

    def _two_readings(self, request: str, tokens: list[Token], a: int, b: int, value, dimvalue, lang: str) -> Clarification:
        """'des enfants': the profile column's value ('catégorie préférée enfants') or what they bought
        ('achat enfants'), each option the request as it would read, in the request's language."""
        phrase = typed_text(request, tokens, a, b)
        column = self.catalog.column(value.column)
        column_word = column.words(lang).label or value.column.rsplit(".", 1)[1].replace("_", " ")
        kind = self.catalog.events[dimvalue.event].kind
        term = next((t for t in self.catalog.glossary if t.term.lower().replace(" ", "_") == kind), None)
        kind_word = (term.words(lang).label or term.term) if term else self.catalog.events[dimvalue.event].label
        readings = [f"{column_word} {phrase}", f"{kind_word} {phrase}"]
        words = LANGUAGES[lang]
        return Clarification(question=words.MESSAGES["two_readings"].format(phrase=phrase, a=readings[0], b=readings[1]),
                             phrase=phrase, options=readings + [words.MESSAGES["leave_out"]],
                             rewrites=[replace_phrase(request, phrase, r) for r in readings] + [replace_phrase(request, phrase, "")])

    @staticmethod
    def _contradiction(a: Condition, b: Condition, request: str, tokens: list[Token], words) -> Clarification:
        def phrase(c: Condition) -> str:
            return typed_text(request, tokens, c.start_tok, c.end_tok)
        pa, pb = phrase(a), phrase(b)
        return Clarification(question=words.MESSAGES["contradiction"].format(a=pa, b=pb), phrase=f"{pa} / {pb}",
                             options=[pa, pb], rewrites=[replace_phrase(request, pb, ""), replace_phrase(request, pa, "")])

    def _unknown_clarification(self, phrase: str, request: str, lexicon, words) -> Clarification:
        return unknown_clarification(phrase, request, lexicon.closest(phrase), words)

    def _criterion(self, cond: Condition, request: str, tokens: list[Token], as_of: dt.date, lang: str) -> Criterion:
        rendered = cond.render(self.catalog, as_of)
        spec = to_spec(cond)
        # the SQL and English are the renderer's; another language words the same typed condition
        worded = self._worded(cond, spec, as_of, lang) if lang != "en" else None
        label, meaning = (worded.label, worded.meaning) if worded else (rendered.label, rendered.meaning)
        phrase = typed_text(request, tokens, cond.start_tok, cond.end_tok)
        return Criterion(label=label, phrase=phrase, sql=rendered.sql, meaning=meaning,
                         origin="glossary" if isinstance(cond, GlossaryCondition) else "offline", spec=spec)

    def _worded(self, cond: Condition, spec: dict, as_of: dt.date, lang: str):
        """The condition in `lang`'s words, kept by its typed meaning (the spec: what the wording reads, without its
        place in the request): 'VIP', 'in the last 6 months' recur from one request to the next."""
        # a spec is built in its fields' order: the same meaning, the same bytes (plain JSON data: marshal's format 2,
        # which refers back to no object, is its exact and cheapest text)
        key = (lang, as_of, marshal.dumps(spec, 2))
        if key in self._wordings:
            return self._wordings[key]
        if len(self._wordings) >= WORDING_MEMO:
            self._wordings.clear()
        worded = self._wordings[key] = word(cond, self.catalog, as_of, lang)
        return worded

    def _note(self, note: str, lang: str, labels: dict[str, str]) -> str:
        """A note in `lang`'s words, kept by its text: notes recur ('read 'vipp' as 'vip'', a window's reading), and
        wording one looks for the catalog's labels in it (hundreds of them)."""
        if lang == "en":
            return note
        key = (lang, note)
        if key not in self._notes:
            if len(self._notes) >= WORDING_MEMO:
                self._notes.clear()
            self._notes[key] = word_note(note, lang, labels)
        return self._notes[key]

    def _clarification(self, c, request: str, tokens: list[Token], lang: str) -> Clarification:
        """A vague catalog word ('engaged'): the catalog's question and readings, in the request's language."""
        amb = self.catalog.ambiguous[c.index]
        phrase = typed_text(request, tokens, c.start_tok, c.end_tok)
        local = amb.words(lang) if lang != "en" else None
        question = (local.question if local and local.question else amb.question)
        options = list(local.options) if local and len(local.options) == len(amb.options) else list(amb.options)
        return Clarification(question=question, phrase=phrase, options=options,
                             rewrites=[replace_phrase(request, phrase, o) for o in options])


def _cap(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def _unknown(tokens: list[Token], accounted: set[int], unread: set[int] = frozenset()) -> list[tuple[int, int]]:
    """Runs of content words nothing accounted for ('wrote a review'), and of the grammar words the parser could
    not read (`unread`: 'more than 5 items'): each is one phrase to ask about."""
    runs: list[tuple[int, int]] = []
    for i, t in enumerate(tokens):
        if i in accounted or i not in unread and (t.norm in FUNCTION_WORDS or (t.number is None and not any(
                ch.isalpha() for ch in t.norm))):
            continue
        gap = [tokens[k].norm for k in range(runs[-1][1], i)] if runs else None
        if gap is not None and all(w in FUNCTION_WORDS and w not in CONNECTORS and w != "or" for w in gap) \
                and not accounted & set(range(runs[-1][1], i)):
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _dropped_ors(parsed, tokens: list[Token], request: str) -> list[tuple[str, str]]:
    """An 'or' between two criteria that were both kept as required ('women or customers under 30' read as two
    criteria): the phrases on each side, so the translation says it did not apply that 'or'."""
    conditions = parsed.criteria + parsed.exclusions

    def phrase(c: Condition) -> str:
        return typed_text(request, tokens, c.start_tok, c.end_tok)
    out = []
    for i, t in enumerate(tokens):
        if t.norm != "or" or i in parsed.used:
            continue
        # '60 or over', '2 or more', '2 or 3 times': part of a number ('aged over 60 or living in Lyon' is not)
        if i > 0 and tokens[i - 1].number is not None and i + 1 < len(tokens) and \
                (tokens[i + 1].number is not None or (tokens[i].norm, tokens[i + 1].norm) in BOUNDS_AFTER):
            continue
        inside = next((c for c in conditions if c.start_tok < i < c.end_tok - 1), None)
        if inside is not None:
            # 'rated a ticket 1 or 2 since March or still has an open ticket': one behaviour took both sides
            out.append((typed_text(request, tokens, inside.start_tok, i),
                        typed_text(request, tokens, i + 1, inside.end_tok)))
            continue
        if any(c.start_tok <= i < c.end_tok for c in conditions):
            continue
        left = max((c for c in conditions if c.end_tok <= i), key=lambda c: c.end_tok, default=None)
        right = min((c for c in conditions if c.start_tok > i), key=lambda c: c.start_tok, default=None)
        if left is not None and right is not None and left is not right:
            out.append((phrase(left), phrase(right)))
    return out


def _size(c: Condition) -> str:
    """How many a ranking keeps, as said: '200' or '10%'."""
    n = c.top if c.kind != "top" else c.n
    share = c.rank if c.kind != "top" else c.percent
    return f"{n}" if n is not None else f"{share:g}%"


def _phrase(request: str, tokens: list[Token], a: int, b: int) -> str:
    """The request's text of tokens [a, b), without the connectors at its edges ('whose spend dropped')."""
    while a < b - 1 and tokens[a].norm in CONNECTORS:
        a += 1
    return typed_text(request, tokens, a, b)


def _change_windows(phrase: str, request: str, words) -> Clarification:
    """A change with fewer than two periods ('spend dropped'): which two, each reading said after the phrase."""
    readings = words.CHANGE_READINGS
    return Clarification(question=words.CHANGE_QUESTION.format(phrase=phrase), phrase=phrase, options=list(readings),
                         rewrites=[replace_phrase(request, phrase, f"{phrase} {r}") for r in readings])


def _vague_words(phrase: str, kind: str, request: str, words) -> Clarification:
    """'a few times', 'a lot', 'in a while': the readings of its kind; 'nothing but', 'only bought': leave it out."""
    readings = words.VAGUE_READINGS[kind]
    if not readings:
        template = words.VAGUE_QUESTIONS.get(kind) or (words.SHARE_QUESTION if kind == "share" else words.ONLY_QUESTION)
        return Clarification(question=template.format(phrase=phrase), phrase=phrase,
                             options=[words.MESSAGES["leave_out"]], rewrites=[replace_phrase(request, phrase, "")])
    # 'by spend': 'top 100 by spend'; 'email, SMS, push': 'email, SMS and push' or 'email, SMS or push'
    joined = {k: " ".join(phrase.rsplit(",", 1)[0].split() + [w] + phrase.rsplit(",", 1)[-1].split())
              for k, w in words.LIST_JOINS.items()}
    readings = [r.format(phrase=phrase, **joined) for r in readings]
    question = words.VAGUE_QUESTIONS.get(kind, words.VAGUE_QUESTION)     # 'up to 3 months ago': its own question
    return Clarification(question=question.format(phrase=phrase), phrase=phrase, options=readings,
                         rewrites=[replace_phrase(request, phrase, r) for r in readings])


def _said_between(request: str, tokens: list[Token], v0: int, v1: int, a0: int, a1: int, o: int, b: int,
                  words) -> Clarification:
    """'bought shoes in store or bags': the place (or period) said between the two values, of both ('shoes or bags in
    store') or of the first only ('shoes in store or bought bags')."""
    def text(x: int, y: int) -> str:
        return typed_text(request, tokens, x, y)
    first, middle, second, joined, verb = text(a0, a1), text(a1, o), text(o + 1, b), tokens[o].text, text(v0, v1)
    phrase = text(a0, b)
    readings = [f"{first} {joined} {second} {middle}", f"{first} {middle} {joined} {verb} {second}"]
    return Clarification(question=words.MESSAGES["said_between"].format(phrase=phrase, middle=middle, first=first),
                         phrase=phrase, options=readings, rewrites=[replace_phrase(request, phrase, r) for r in readings])


def _either_way(request: str, tokens: list[Token], a: int, c: int, i: int, words) -> Clarification:
    """'VIP or not': leave the condition out (what was said), or keep it alone."""
    phrase, value = request[tokens[a].start:tokens[i].end], typed_text(request, tokens, c, i)
    options = [words.MESSAGES["leave_out"], words.MESSAGES["only"].format(value=value)]
    return Clarification(question=words.MESSAGES["either_way"].format(phrase=phrase, value=value), phrase=phrase,
                         options=options, rewrites=[replace_phrase(request, phrase, r) for r in ("", value)])


def _year_month(phrase: str, name: str, year: int, request: str, words) -> Clarification:
    """'usually shop in December': the latest December (said with its year) or December of any year."""
    readings = [r.format(phrase=phrase, name=name, year=year) for r in words.YEAR_MONTH_READINGS]
    return Clarification(question=words.YEAR_MONTH_QUESTION.format(phrase=phrase, name=name, year=year), phrase=phrase,
                         options=readings, rewrites=[replace_phrase(request, phrase, r) for r in readings])


def _within(phrase: str, request: str, words, follows: bool) -> Clarification:
    """'bought within 3 days' after another behaviour: the last 3 days, within 3 days of that behaviour (when it has
    a time of its own), or leave it out."""
    amount, unit = phrase.split()[-2:]
    readings = [words.WITHIN_READING.format(amount=amount, unit=unit).strip()]
    if follows:
        readings.append(words.WITHIN_AFTER_READING.format(amount=amount, unit=unit))
    question = (words.WITHIN_ORDER_QUESTION if follows else words.WITHIN_QUESTION).format(phrase=phrase)
    return Clarification(question=question, phrase=phrase, options=[*readings, words.MESSAGES["leave_out"]],
                         rewrites=[replace_phrase(request, phrase, r) for r in [*readings, ""]])


def _vague_window(phrase: str, request: str, words, ahead: bool) -> Clarification:
    """'in recent weeks', 'in the coming months': how many is asked, with lengths back from today (or ahead of it)."""
    readings = words.VAGUE_AHEAD_READINGS if ahead else words.VAGUE_WINDOW_READINGS
    return Clarification(question=words.MESSAGES["vague_window"].format(phrase=phrase), phrase=phrase,
                         options=list(readings), rewrites=[replace_phrase(request, phrase, r) for r in readings])



def _contradiction(request: str, tokens: list[Token], a0: int, a1: int, b0: int, b1: int, words) -> Clarification:
    """Two phrases no customer meets together: which one was meant, or either of them."""
    def text(a: int, b: int) -> str:
        return typed_text(request, tokens, a, b)
    first, second, phrase = text(a0, a1), text(b0, b1), text(a0, b1)
    options = [first, second, words.MESSAGES["either"].format(first=first, second=second)]
    return Clarification(question=words.MESSAGES["cannot_both"].format(first=first, second=second), phrase=phrase,
                         options=options, rewrites=[replace_phrase(request, phrase, o) for o in options])
