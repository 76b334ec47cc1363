"""Another language's grammar, rewritten into the parser's canonical words, each token keeping its place.

The parser reads one canonical vocabulary (the English module's words). A language module gives its
grammar as data: phrases with slots ('<n>' a number, '<u>' a time unit, '<m>' a month or season) and
single words, each with its canonical reading ('<n2>' a second number). Catalog phrases found by that language's lexicon are
never rewritten. A rewritten token keeps the text and offsets of the words it came from, so the
phrases shown to the marketer are theirs.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from types import ModuleType

from assistant.translate.lang_en import BIRTH_OPS, CONNECTORS, EQUATIVES, FUNCTION_WORDS, NEGATIONS, PERIOD_LETTERS, WEEK_LETTERS
from assistant.translate.offline.hours_of_day import clock_times
from assistant.translate.offline.text import NORM, TEXT, THOUSANDS_DOT, Token, fold, replace_at


def prepare(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """The language's spelling undone before anything reads the tokens: elisions, decimal commas, false friends.
    Each step runs only when the request has a word it reads (its words looked up once, not once per step)."""
    norms = set(map(NORM, tokens))
    joined = " ".join(norms)     # a character some word has: looked for once, not word by word
    for step, reads in _spelling(lang):
        if reads(norms, joined):
            out = step(tokens, lang)
            if out is not tokens:
                tokens, norms = out, set(map(NORM, out))
                joined = " ".join(norms)
    return tokens


def percent_signs(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """'5 pour cent', '5 pourcents': a share said in words after a number is the sign ('5 %'), so that a ranking
    reads a share and 'cent' is never a hundred of something."""
    phrases, values = getattr(lang, "PERCENT_PHRASES", ()), getattr(lang, "NUMBER_VALUES", {})
    firsts = {p[0] for p in phrases}

    def sign(i: int) -> tuple[int, list[Token]] | None:
        if tokens[i - 1].number is None and tokens[i - 1].norm not in values:
            return None       # no number before
        said = next((p for p in phrases if tuple(t.norm for t in tokens[i:i + len(p)]) == p), None)
        if said is None:
            return None
        end = i + len(said)
        return end, [Token(" ".join(t.text for t in tokens[i:end]), "%", tokens[i].start, tokens[end - 1].end)]
    # only where a phrase's first word is, after a word
    return replace_at(tokens, [i for i, n in enumerate(map(NORM, tokens)) if n in firsts and i], sign)


WEEK_LETTER = min(WEEK_LETTERS, key=len)       # the canonical letter of a week's number ('W37')
_DIGIT = re.compile(r"\d")      # a number token's norm has one (its value in figures)


@functools.cache
def _spelling(lang: ModuleType) -> tuple:
    """prepare's steps in their order, each with the test of a request's words that says it has work to do (the
    same test as the step's own)."""
    values, scales = getattr(lang, "NUMBER_VALUES", {}), getattr(lang, "NUMBER_SCALES", {})
    numbers = frozenset(scales) | {w for w in values if w not in ("un", "une")} if values else frozenset()
    friends = getattr(lang, "FALSE_FRIENDS", frozenset())
    percents = frozenset(p[0] for p in getattr(lang, "PERCENT_PHRASES", ()))      # their first words
    idioms = getattr(lang, "DAY_IDIOMS", {})
    after, verbs = getattr(lang, "POSTPOSED_ADJECTIVES", frozenset()), getattr(lang, "PARTICIPLES", {})
    # the folded forms of the accented participles ('notés' -> 'notes'): the step looks at how each was typed
    accented = frozenset(fold(stem[:-1] + e) for stem in getattr(lang, "ACCENTED_PARTICIPLES", {})
                         for e in getattr(lang, "ACCENTED_ENDINGS", ()))
    unmarked = frozenset(getattr(lang, "UNMARKED_ELISIONS", {}))
    names = frozenset(getattr(lang, "CLOCK_NAMES", {}))
    clocks = names | {"h", "hours", ":"} | getattr(lang, "CLOCK_SPELLED", frozenset())
    # each test reads the request's words (a set) and the same words joined by spaces
    spaced = frozenset(getattr(lang, "ELISIONS", {}))      # ('l été': the elided word typed alone)
    return ((split_elisions, lambda norms, joined: "'" in joined or not norms.isdisjoint(unmarked)
             or not norms.isdisjoint(spaced)),
            # a comma between two numbers, or a number with a dot (where decimals take a comma, the dot groups
            # thousands: '1.500'); a number's norm is in figures
            (join_decimals, lambda norms, joined: lang.DECIMAL_COMMA and _DIGIT.search(joined) is not None and (
                "," in norms or "." in joined and any("." in n and n[:1].isdigit() for n in norms))),
            # (read after a number, in figures or in words)
            (percent_signs, lambda norms, joined: not norms.isdisjoint(percents) and (
                _DIGIT.search(joined) is not None or not norms.isdisjoint(values))),
            (day_idioms, lambda norms, joined: not norms.isdisjoint(idioms)),
            # a number word alone, or first of a hyphenated number ('vingt-cinq')
            (join_number_words, lambda norms, joined: not norms.isdisjoint(numbers) or "-" in joined and any(
                n.partition("-")[0] in numbers for n in norms if "-" in n)),
            # 'entre 23 h et 2 h du matin': a phrase of hours made one token before its words are rewritten; a time
            # of day is a number or a time by its name ('minuit'): a request with a mark and neither has none
            (clock_times, lambda norms, joined: not norms.isdisjoint(clocks) and (
                _DIGIT.search(joined) is not None or not norms.isdisjoint(names))),
            (keep_false_friends, lambda norms, joined: not norms.isdisjoint(friends)),
            (postposed_adjectives, lambda norms, joined: not norms.isdisjoint(after)),
            (participles, lambda norms, joined: not norms.isdisjoint(verbs)),
            (accented_participles, lambda norms, joined: not norms.isdisjoint(accented)))


def participles(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """'ayant ouvert un ticket': a word that is also a state ('ouvert', an open ticket) said after an auxiliary and
    before its object is the verb; it reads as the canonical verb ('opened'), as an English request says it."""
    verbs = getattr(lang, "PARTICIPLES", {})
    if verbs.keys().isdisjoint(map(NORM, tokens)):
        return tokens
    objects = set(lang.DETERMINERS) | {"de"}
    return [Token(t.text, verbs[t.norm], t.start, t.end)
            if t.norm in verbs and 0 < i < len(tokens) - 1 and tokens[i - 1].norm in lang.AUXILIARIES
            and tokens[i + 1].norm in objects else t for i, t in enumerate(tokens)]


def accented_participles(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """'au moins 2 tickets notés': a past participle typed with its accent and no value after it says the events
    have one, which is not the noun its folded spelling is ('notes', the catalog's scores: read as the score said
    again, the count took the tickets with no score too, silently): read as the verb ('rated'), asked if nothing
    reads it. With its value ('notés 1 ou 2', 'noté 2/5') or typed without the accent, it is the score."""
    verbs, endings = getattr(lang, "ACCENTED_PARTICIPLES", {}), getattr(lang, "ACCENTED_ENDINGS", ())
    values = getattr(lang, "NUMBER_VALUES", {})
    out = []
    for k, t in enumerate(tokens):
        typed = t.text.lower()
        end = next((e for e in endings if typed.endswith(e)), None)
        stem = fold(typed[:-len(end)] + "é") if end else None
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        valued = nxt is not None and (nxt.number is not None or nxt.norm in values)
        out.append(Token(t.text, verbs[stem], t.start, t.end) if stem in verbs and not valued else t)
    # the same tokens when none was read so (the step's gate looks at folded words: 'activees' typed without its
    # accent is no participle, and the words are not scanned again)
    return tokens if all(a is b for a, b in zip(out, tokens)) else out


def postposed_adjectives(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """'4 catégories différentes': an adjective the language says after its noun, counted by a number before the
    noun, is put before it, where the canonical words say it ('4 different categories'); each keeps its place."""
    after = getattr(lang, "POSTPOSED_ADJECTIVES", frozenset())
    if after.isdisjoint(map(NORM, tokens)):
        return tokens
    out = list(tokens)
    partitives = getattr(lang, "COUNT_PARTITIVES", frozenset())
    for i in range(2, len(out)):
        if out[i].norm not in after:
            continue        # no such adjective here (most words): nothing to move
        # ... also said from the set they are taken from ('3 de nos magasins différents')
        lead = i - 2 - next((len(p) for p in partitives if i - 2 - len(p) >= 0
                             and tuple(t.norm for t in out[i - 1 - len(p):i - 1]) == p), 0)
        counted = out[lead].number is not None or out[lead].norm in getattr(lang, "NUMBER_VALUES", {}) \
            or out[lead].norm in getattr(lang, "COUNT_LEADS", ())      # 'plusieurs marques différentes'
        if counted and out[i - 1].number is None and out[i - 1].norm.isalpha():
            out[i - 1], out[i] = out[i], out[i - 1]
        elif i >= 4 and _counted_head(out, i - 3, lang):
            out[i - 3:i + 1] = [out[i], *out[i - 3:i]]
    return out


def _counted_head(tokens: list[Token], k: int, lang: ModuleType) -> bool:
    """'4 sources de trafic différentes': a noun with its complement ('de trafic') after a count; the adjective goes
    before the noun it agrees with, the head (plural as the count makes it), not the complement."""
    head, link, complement = tokens[k:k + 3]
    lead = tokens[k - 1]
    counted = lead.number is not None or lead.norm in getattr(lang, "NUMBER_VALUES", {}) \
        or lead.norm in getattr(lang, "COUNT_LEADS", ())
    return counted and link.norm in getattr(lang, "NOUN_LINKS", ()) and head.norm.isalpha() \
        and complement.norm.isalpha() and head.norm.endswith(("s", "x"))


def day_idioms(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """'quinze jours', 'ces quinze derniers jours': a number word that says a span of days by custom (two weeks) is
    that many days; a number said in figures ('15 jours') or inside a longer number ('cent quinze') keeps its value."""
    idioms, values = getattr(lang, "DAY_IDIOMS", {}), getattr(lang, "NUMBER_VALUES", {})
    scales = getattr(lang, "NUMBER_SCALES", {})
    out = list(tokens)
    for i, t in enumerate(tokens):
        if t.norm not in idioms or (i > 0 and (tokens[i - 1].norm in values or tokens[i - 1].norm in scales)):
            continue
        after = [u.norm for u in tokens[i + 1:i + 3]]
        if after[:1] == [lang.DAY_WORD] or after[:2] in ([w, lang.DAY_WORD] for w in lang.LAST_AFTER_NUMBER):
            days = idioms[t.norm]
            out[i] = Token(t.text, str(days), t.start, t.end, number=float(days), suffix="w")
    return out


def join_number_words(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """'vingt-cinq', 'deux mille', 'quatre-vingt-dix', 'septante': a number in several words (or a regional one) is
    one number token, written in words ('w')."""
    values, scales = getattr(lang, "NUMBER_VALUES", {}), getattr(lang, "NUMBER_SCALES", {})
    # the places a number may start at: a number word, alone or first of a hyphenated number (most words are none)
    starts = [i for i, n in enumerate(map(NORM, tokens)) if (w := n.partition("-")[0]) in values or w in scales]
    if not values or all(tokens[i].norm.partition("-")[0] in ("un", "une") for i in starts):
        return tokens         # no number word ('un', 'une' alone are articles): most requests
    out, done = [], 0       # done: the tokens before it are read
    for i in starts:
        if i < done:
            continue        # a word of the number before
        parts, j = [], i
        while j < len(tokens):
            words = tokens[j].norm.split("-")
            if all(w in values or w in scales or (w == lang.NUMBER_AND and k) for k, w in enumerate(words)):
                parts.append(words)
                j += 1
            elif tokens[j].norm == lang.NUMBER_AND and parts and j + 1 < len(tokens) and tokens[j + 1].norm in values \
                    and tokens[j + 1].norm in getattr(lang, "NUMBER_AFTER_AND", values):
                j += 1
            else:
                break
        words = [w for p in parts for w in p if w != lang.NUMBER_AND]
        if parts and words[0] in ("un", "une") and not (len(words) > 1 and words[1] in scales):
            parts, j = [], i          # 'un', 'une' before anything but 'mille', 'cent': an article
        if not parts or (len(words) == 1 and words[0] not in lang.NUMBER_ALONE):
            continue
        out += tokens[done:i]
        value = _number_value(words, values, scales)
        first = i
        if words in ([w] for w in scales) and i and out and out[-1] is tokens[i - 1] and tokens[i - 1].number is not None \
                and not tokens[i - 1].suffix:
            # '5 mille', '1,5 million': figures and a scale word, one number (read apart, 5 and a thousand)
            out.pop()
            first, value = i - 1, tokens[i - 1].number * scales[words[0]]
            value = int(value) if value == int(value) else value
        out.append(Token(" ".join(t.text for t in tokens[first:j]), str(value), tokens[first].start, tokens[j - 1].end,
                         number=float(value), suffix="w"))
        done = j
    return out + tokens[done:]


def _number_value(words: list[str], values: dict[str, int], scales: dict[str, int]) -> int:
    total, current = 0, 0
    for k, w in enumerate(words):
        if w in scales and scales[w] >= 1000:
            total += (current or 1) * scales[w]
            current = 0
        elif w in scales:
            current = (current or 1) * scales[w]
        elif w in ("vingt", "vingts") and k and words[k - 1] == "quatre":
            current += 80 - 4          # 'quatre-vingt(s)': four twenties
        else:
            current += values[w]
    return total + current


def keep_false_friends(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """A word of the language spelt like a canonical grammar word ('or' is gold in French, never 'or') keeps its
    own identity: its norm is marked with the language's code, in the request and in the catalog's phrases alike."""
    friends = getattr(lang, "FALSE_FRIENDS", frozenset())
    if friends.isdisjoint(map(NORM, tokens)):
        return tokens
    return [Token(t.text, f"{t.norm}_{lang.CODE}", t.start, t.end) if t.norm in friends else t for t in tokens]


def join_decimals(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """'0,5' (number, comma, number written together) is one number where the language writes decimals so."""
    if not lang.DECIMAL_COMMA:
        return tokens
    # '1.500 points', '10.000 €': where decimals take a comma, a dot before groups of three digits groups thousands
    # (read as 1.5, the 1,500 points were 1.5, silently)
    if any(t.number is not None and THOUSANDS_DOT.fullmatch(t.text) for t in tokens):
        tokens = [Token(t.text, t.text.replace(".", ""), t.start, t.end, number=float(t.text.replace(".", "")),
                        suffix=t.suffix) if t.number is not None and THOUSANDS_DOT.fullmatch(t.text) else t for t in tokens]
    if "," not in map(NORM, tokens):
        return tokens

    def joined(i: int) -> tuple[int, list[Token]] | None:
        a, comma, b = tokens[i:i + 3]
        if a.number is None or a.suffix or b.number is None or a.end != comma.start or comma.end != b.start:
            return None
        value = f"{a.norm}.{b.norm}"
        return i + 3, [Token(f"{a.text},{b.text}", value, a.start, b.end, number=float(value), suffix=b.suffix)]
    # a number, the comma and a number written together: looked for at each comma (the same list when none is)
    return replace_at(tokens, [k - 1 for k, n in enumerate(map(NORM, tokens)) if n == "," and 0 < k < len(tokens) - 1],
                      joined)


def split_elisions(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """"l'été" -> "l'" (le) + "été"; "n'ont" -> "n'" (ne) + "ont"; 'nont', typed without its apostrophe, too; and
    'l été', 'n ont', 'd ici', typed with a space for it: the elided word alone before a word opened by a vowel."""
    unmarked = getattr(lang, "UNMARKED_ELISIONS", {})
    places = [i for i, n in enumerate(map(NORM, tokens)) if "'" in n or n in unmarked or _spaced_elision(tokens, i, lang)]
    if not places:
        return tokens
    out, done = [], 0
    for i in places:        # the other words are copied as they are (most)
        out += tokens[done:i]
        done, t = i + 1, tokens[i]
        if t.norm in lang.ELISIONS:
            out.append(Token(t.text, lang.ELISIONS[t.norm], t.start, t.end))
            continue
        norm = fold(unmarked[t.norm]) if t.norm in unmarked else t.norm
        head, sep, rest = norm.partition("'")
        if sep and head in lang.ELISIONS and not rest:       # "d'1 an": the elided word before a number
            out.append(Token(t.text, lang.ELISIONS[head], t.start, t.end))
        elif sep and head in lang.ELISIONS and rest:
            typed = len(head) + (norm is t.norm)        # the apostrophe, when it was typed
            cut = t.start + typed
            out.append(Token(t.text[:typed], lang.ELISIONS[head], t.start, cut))
            out.append(Token(t.text[typed:], fold(rest), cut, t.end))
        else:
            out.append(t)
    return out + tokens[done:]


_VOWELS = frozenset("aeiouyh")


def _spaced_elision(tokens: list[Token], i: int, lang: ModuleType) -> bool:
    """'l été', 'n ont', 'qu il': an elided word typed alone, in lower case, before a word opened by a vowel (or an h),
    never after a number ('2 l': litres)."""
    t = tokens[i]
    return t.norm in lang.ELISIONS and t.text.islower() and i + 1 < len(tokens) and tokens[i + 1].number is None \
        and tokens[i + 1].norm[:1] in _VOWELS and tokens[i + 1].norm.isalpha() \
        and (i == 0 or tokens[i - 1].number is None)


def feminine_nouns(tokens: list[Token], lang: ModuleType, lexicon) -> list[Token]:
    """'plus toutes les Canadiennes': a catalog value said in its feminine form and used as a noun (after a
    determiner, or opening the request) names women of that value. A word for women ('femmes') is added before it,
    at its place, when the catalog reads that word; the feminine is one whose masculine form ('canadiens') is a
    synonym of the same value ('belges' has none: it names both), never a form made by agreement ('boutiqu', made of
    'boutique' as 'venu' of 'venue', made 'boutique' a woman)."""
    female, phrases = getattr(lang, "FEMALE_WORD", None), lexicon.phrases
    if not female or (female,) not in phrases \
            or lexicon.unfeminine_words.issuperset(zip(map(TEXT, tokens), map(NORM, tokens))):
        return tokens       # (each word worked out before, none a feminine: most requests)
    memo, keys = lexicon.feminines, list(zip(map(TEXT, tokens), map(NORM, tokens)))
    # each word worked out once per lexicon; a request with no word a feminine (of a value or of people) has nothing
    # to add: most requests
    new = [] if memo.keys() >= set(keys) else \
        [_feminine_reading(t, lang, lexicon) for t, key in zip(tokens, keys) if key not in memo]
    if lexicon.feminine_words.isdisjoint(keys) and not any(f or p is not None for f, p in new):
        return tokens
    out, openers = None, lang.NOUN_OPENERS
    for i in range(len(tokens) - 1, -1, -1):      # from the end: insertions keep the earlier places
        t = tokens[i]
        opens = i == 0 or tokens[i - 1].norm in openers
        feminine, people = memo.get(keys[i]) or _feminine_reading(t, lang, lexicon)
        if opens and feminine or people is not None:
            out = out or list(tokens)
            if people is not None and not phrases.get((t.norm,)):     # 'acheteuses': read as the people's noun
                out[i] = Token(t.text, people, t.start, t.end)
            out.insert(i, Token("", female, t.start, t.end))
    return tokens if out is None else out     # the same list when nothing was added


def _feminine_reading(t: Token, lang: ModuleType, lexicon) -> tuple[bool, str | None]:
    """Is the word a value's feminine, and the masculine of the people it names (or None): each word worked out
    once per lexicon, as every request's words recur ('les', 'clientes', 'ayant'), most of a request's cost here."""
    key = (t.text, t.norm)
    read = lexicon.feminines.get(key)
    if read is None:
        if len(lexicon.feminines) >= 50_000:       # a long-running app's words: forgotten past that
            lexicon.feminines.clear()
            lexicon.feminine_words.clear()
            lexicon.unfeminine_words.clear()
        female = {m.column for m in lexicon.phrases.get((getattr(lang, "FEMALE_WORD", ""),), ()) if m.kind == "value"}
        read = lexicon.feminines[key] = (_feminine(t.norm, lexicon.phrases, lexicon.agreed, lexicon.borrowed, female),
                                         _people_masculine(t, lang, lexicon.phrases))
        (lexicon.feminine_words if read[0] or read[1] is not None else lexicon.unfeminine_words).add(key)
    return read


def _people_masculine(t: Token, lang: ModuleType, phrases) -> str | None:
    """'clientes', 'adhérentes', 'acheteuses', 'abonnées': the feminine form of a word the catalog calls its people
    ('clients', 'adhérents', 'acheteurs') names the women among them: the masculine's folded form, or None. Never an
    epicene word ('membres': its masculine 'membre' ends in a plain 'e'), nor a word the catalog reads as a value
    already ('clientes' listed as women: nothing to add)."""
    own = phrases.get((t.norm,), ())
    if any(m.kind == "value" for m in own) and not any(m.kind == "entity" for m in own):
        return None
    typed = t.text.casefold()
    for ending, masculine in getattr(lang, "FEMININE_ENDINGS", ()):
        if not typed.endswith(ending) or len(typed) <= len(ending) + 2:
            continue
        stem = typed[:-len(ending)] + masculine
        if stem.rstrip("s").endswith("e"):
            continue
        folded = fold(stem)
        if any(m.kind == "entity" for m in phrases.get((folded,), ())):
            return folded
        # 'acheteuses', 'visiteuses': the women among the doers of a behaviour ('acheteurs'); only an agent noun's
        # ending, never a participle's ('annulées' agrees with its noun, it names no women)
        if ending in getattr(lang, "AGENT_FEMININE_ENDINGS", ()) and any(
                m.kind in ("event", "kindword") for m in phrases.get((folded,), ())):
            return folded
    return None


def birth_words(tokens: list[Token], lang: ModuleType, spans) -> list[Token]:
    """'nés en 1975', 'née après 1990', 'nées dans les années 80', 'nés en France en 1975': the language's birth word
    before a year of birth reads 'born', even where a catalog phrase takes it ('nés en' names the country of birth
    on TPC-DS); before a place alone it stays the catalog's ('nés en France'). The words after it read as usual."""
    said = getattr(lang, "BIRTH_OPENERS", frozenset())
    if said.isdisjoint(map(NORM, tokens)):
        return tokens
    places = {s.start: s.end for s in spans if s.of("value", "dimvalue")}
    out = list(tokens)
    for i in [i for i, n in enumerate(map(NORM, tokens)) if n in said]:
        t = tokens[i]
        k = _after_birth_op(tokens, i + 1, lang)
        if k is not None and k in places:       # the place of birth, then its year: 'en France en 1975'
            k = _after_birth_op(tokens, places[k], lang)
        if k is not None and _a_year_at(tokens, k, lang):
            out[i] = Token(t.text, "born", t.start, t.end)
    return out if out != tokens else tokens


def from_words(tokens: list[Token], lang: ModuleType, spans) -> list[Token]:
    """'venus sur le site depuis un smartphone', 'arrivés depuis les réseaux sociaux': a word that reads 'since'
    before a date reads 'from' before a value the catalog names (a device, a traffic source), as
    lang.FROM_WORDS says."""
    said = getattr(lang, "FROM_WORDS", {})
    if said.keys().isdisjoint(map(NORM, tokens)):
        return tokens
    values = {s.start for s in spans if s.of("value", "dimvalue")}
    # (inside a catalog phrase it is the catalog's: 'arrivés depuis' read as a whole, never 'arrivés' and 'from')
    inside = {k for s in spans for k in range(s.start + 1, s.end)}
    out = list(tokens)
    for i in [i for i, n in enumerate(map(NORM, tokens)) if n in said]:
        t, k = tokens[i], i + 1
        if k < len(tokens) and tokens[k].start - t.end > 1:
            continue        # 'et plus aucune depuis. Natel renseigné': a full stop the tokens dropped ends it there
        while k < len(tokens) and tokens[k].norm in lang.DETERMINERS:
            k += 1
        if k in values and i not in values and i not in inside:
            out[i] = Token(t.text, said[t.norm], t.start, t.end)
    return out if out != tokens else tokens


def _after_birth_op(tokens: list[Token], k: int, lang: ModuleType) -> int | None:
    """Where the words after a preposition of a year of birth ('en', 'avant', 'entre') begin; None without one."""
    reading = lang.WORDS.get(tokens[k].norm) if k < len(tokens) else None
    return k + 1 if reading in BIRTH_OPS or reading == "between" else None


def _a_year_at(tokens: list[Token], k: int, lang: ModuleType) -> bool:
    """A year ('1975'), or a decade after the language's words for it ('les années 80')."""
    decade = False
    while k < len(tokens) and (tokens[k].norm in lang.DETERMINERS or tokens[k].norm in lang.DECADE_WORDS):
        decade, k = decade or tokens[k].norm in lang.DECADE_WORDS, k + 1
    n = tokens[k].number if k < len(tokens) and not tokens[k].suffix else None
    return n is not None and float(n).is_integer() and (1800 <= n <= 2100 or decade and n < 100 and n % 10 == 0)


def shared_heads(tokens: list[Token], lang: ModuleType, lexicon, spans=None) -> list[Token]:
    """'niveau Or ou Argent': a catalog phrase's first word ('niveau') is shared by the value coordinated after it
    when, with that word, the value is a phrase of the same attribute ('niveau argent'); the word is added before
    it, at its place. Alone, 'argent' is money."""
    joins = getattr(lang, "COORDINATORS", frozenset())
    if joins.isdisjoint(map(NORM, tokens)):
        return tokens
    spans = {s.end: s for s in (lexicon.scan(tokens) if spans is None else spans)}
    starts = {s.start for s in spans.values()}
    out = None
    # from the end: insertions keep the earlier places; only at a coordinator between two words
    for i in reversed([i for i, n in enumerate(map(NORM, tokens)) if n in joins and 0 < i < len(tokens) - 1]):
        head = spans.get(i)
        if head is None or head.end - head.start < 2 or i + 1 in starts:
            continue
        word = tokens[head.start].norm
        columns = {m.column for m in head.meanings if m.kind == "value"}
        shared = lexicon.phrases.get((word, tokens[i + 1].norm), ())
        if columns & {m.column for m in shared if m.kind == "value"}:
            nxt = tokens[i + 1]
            out = out or list(tokens)
            out.insert(i + 1, Token("", word, nxt.start, nxt.end))
    return tokens if out is None else out     # the same list when nothing was added


def people_values_first(tokens: list[Token], lang: ModuleType, spans) -> list[Token]:
    """'clients néerlandais passés par le magasin ...', 'nos clients canadiens en dépenses': a value said after the
    word for customers (French order) that is both theirs and a behaviour's ('canadiens': their country or a store's)
    is put before that word, where English says it ('Canadian customers'): it is the customers', never read into the
    behaviour that follows."""
    by_start, joins = {s.start: s for s in spans}, getattr(lang, "COORDINATORS", frozenset())
    out = None
    for s in spans:
        if not any(m.kind == "entity" for m in s.meanings):
            continue
        run, end = [], s.end         # the values said after it, with those coordinated ('belges et néerlandais')
        while (nxt := by_start.get(end)) is not None and ({m.kind for m in nxt.meanings} == {"value", "dimvalue"}
                                                         or run and any(m.kind == "value" for m in nxt.meanings)):
            run.append(nxt)
            end = nxt.end
            if not (end + 1 < len(tokens) and tokens[end].norm in joins and end + 1 in by_start):
                break
            end += 1
        if run and run[-1].end < len(tokens):      # with nothing after it, nothing would read it as its own
            out = out or list(tokens)
            out[s.start:run[-1].end] = tokens[s.end:run[-1].end] + tokens[s.start:s.end]
    return tokens if out is None else out     # the same list when nothing moved


def _feminine(word: str, phrases, agreed=frozenset(), borrowed=frozenset(), gender=frozenset()) -> bool:
    """A profile value's feminine form: its masculine ('allemandes' -> 'allemands', 'canadienne' -> 'canadien')
    names the same value and does not itself end in 'e' (an epicene word, 'belge', names both). Not when that
    masculine is another language's word the catalog lends this one ('Hollande' is no feminine of the English
    'Holland': the country's own name), nor for a value of the gender itself (`gender`, the columns the language's
    word for women reads: 'masculine' agrees with its noun, it names no women)."""
    if not word.endswith(("e", "es")):
        return False
    own = {(m.column, m.values) for m in phrases.get((word,), ()) if m.kind == "value" and m.column not in gender}
    if not own:
        return False
    stems = {word[:-1], word[:-2], word[:-2] + "s", word[:-3] + "s"}
    return any(s != word and not s.endswith(("e", "es")) and (s,) not in agreed and (s,) not in borrowed
               and own & {(m.column, m.values) for m in phrases.get((s,), ()) if m.kind == "value"} for s in stems)


def rewrite(tokens: list[Token], lang: ModuleType, protected: set[int]) -> list[Token]:
    """The tokens with the language's grammar in canonical words; protected tokens (catalog words) unchanged."""
    tokens = _nobody(tokens, lang)
    protected = protected | _named_days(tokens, lang)
    frames = getattr(lang, "ANY_FRAMES", {})
    rules = _rules(lang)
    opens, kinds, contextual, readings = rules.opens, rules.kinds, rules.contextual, rules.words
    out, done = [], 0       # done: the tokens before it are read
    # the places some rule reads: a word it reads that no catalog word holds, or a number (about half of a request's
    # words pass as they are, copied by the run)
    for i, kind in enumerate(map(kinds.get, map(NORM, tokens))):
        if i < done or i in protected or kind is None and tokens[i].number is None:
            continue
        out += tokens[done:i]
        done = i + 1
        t = tokens[i]
        kind = kind if t.number is None else _CONTEXT
        if kind is not _CONTEXT:     # a word read the same wherever it is (most): its reading
            out.append(Token(t.text, kind, t.start, t.end, t.number, t.suffix))
            continue
        if t.norm in frames and i + 2 < len(tokens) and tokens[i + 2].norm == frames[t.norm] and i + 2 not in protected:
            # 'tous canaux confondus': 'any' and the noun, read as it is; the closing word says nothing more
            noun = tokens[i + 1] if i + 1 in protected else _word(tokens, lang, i + 1)
            out += [Token(t.text, "any", t.start, t.end), noun]
            done = i + 3
            continue
        # a word that opens phrases only with their second word ('qui', 'les', 'des'): tried where one follows
        seconds = rules.seconds.get(t.norm) if t.number is None else None
        found = (t.norm in rules.unions and _union_at(tokens, lang, protected, i)
                 or _phrase_at(tokens, lang, protected, i, rules)) \
            if (t.norm in opens or t.number is not None) and (seconds is None or i + 1 < len(tokens) and (
                tokens[i + 1].norm in seconds or tokens[i + 1].number is not None and _A_NUMBER in seconds)) else None
        if found:
            width, words = found
            first, last = t, tokens[i + width - 1]
            text = " ".join(t.text for t in tokens[i:i + width])
            for k, word in enumerate(words):   # the source words are the first token's text, once
                said = text if k == 0 else ""
                out.append(Token(said, word.norm, first.start, last.end, number=word.number, suffix=word.suffix,
                                 weekday=word.weekday) if isinstance(word, Token)     # a number the phrase holds
                           else Token(said, word, first.start, last.end))
            done = i + width
            continue
        if t.norm in contextual:        # read with its neighbours
            out.append(_word(tokens, lang, i, rules))
            continue
        word = readings.get(t.norm)      # read the same wherever it is (_word's first case, without its call)
        out.append(t if word is None else Token(t.text, word, t.start, t.end, t.number, t.suffix))
    out += tokens[done:]
    said = set(map(NORM, out))      # the canonical words each pass below reads, looked up once
    out = _paired(out) if not said.isdisjoint(("nor", "either")) else out
    # (a 'than' is read from a 'that' after a comparative: none without both)
    out = _than(out, lang) if "that" in said and not said.isdisjoint(_COMPARATIVES) else out
    out = _other_than(out, lang) if "that" in said else out
    out = _restricted(out, lang) if "that" in said else out
    return _since_then(out, lang) if "since" in said else out


def _named_days(tokens: list[Token], lang: ModuleType) -> set[int]:
    """The tokens of each holiday the language names (lang.HOLIDAYS: 'Noël', 'le lundi de Pâques'): kept in the
    language's words, as a catalog word is, for offline/holidays.py reads every language's names from its table (never
    rewritten into another language's: 'le lundi' of 'le lundi de Pâques' is no weekly habit)."""
    names = _holiday_names(lang)
    norms = list(map(NORM, tokens))
    out: set[int] = set()
    if names.keys().isdisjoint(norms):      # no holiday's first word: most requests
        return out
    for i, n in enumerate(norms):
        name = next((k for k in names.get(n, ()) if tuple(norms[i:i + len(k)]) == k), None)
        out.update(range(i, i + len(name)) if name else ())
    return out


@functools.cache
def _holiday_names(lang: ModuleType) -> dict[str, tuple[tuple[str, ...], ...]]:
    """lang.HOLIDAYS' names by their first word, longest first."""
    names: dict[str, list] = {}
    for name in sorted(getattr(lang, "HOLIDAYS", {}), key=len, reverse=True):
        names.setdefault(name[0], []).append(name)
    return {k: tuple(v) for k, v in names.items()}


# What may end a clause right after 'or not' (its end of the request too)
_EITHER_WAY_ENDS = frozenset({",", ";", ":", ")", "."})


def either_way(tokens: list[Token]) -> list[Token]:
    """'customers in Paris, VIP or not', 'VIP ou pas': 'or not' ending its clause says the value before it is no
    condition, never its denial (it was read 'not VIP', silently). It is kept as one word no catalog knows, so it is
    asked about. Read after each language's own words, in both."""
    if "or" not in map(NORM, tokens):
        return tokens
    out: list[Token] = []
    for k, t in enumerate(tokens):
        if out and out[-1].norm == "or" and t.norm == "not" and (k + 1 == len(tokens) or tokens[k + 1].norm in _EITHER_WAY_ENDS):
            said = out.pop()
            out.append(Token(f"{said.text} {t.text}".strip(), "either-way", said.start, t.end))
            continue
        out.append(t)
    return out


# The canonical words that open a comparison whose 'than' (or 'as') _than reads
_COMPARATIVES = frozenset({"more", "less", "fewer", *(e[-1] for e in EQUATIVES)})


def _nobody(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """'mais personne qui a déjà acheté du Smeg': the word for a person, with no determiner before it and a clause
    after it, is 'nobody' (an exclusion). Read as 'person', the exclusion was a criterion, silently."""
    word, clause = getattr(lang, "NOBODY", ("", frozenset()))
    before = {*lang.DETERMINERS, *getattr(lang, "PERSON_QUANTIFIERS", ())}     # 'une personne', 'toute personne'
    return [Token(t.text, "nobody", t.start, t.end) if t.norm == word and k + 1 < len(tokens)
            and tokens[k + 1].norm in clause and (k == 0 or tokens[k - 1].norm not in before) else t
            for k, t in enumerate(tokens)] if word in map(NORM, tokens) else tokens


# Where a restriction's clause ends: its 'que' must come before one of these
_CLAUSE_ENDS = frozenset({",", ";", ":", "(", ")", "who", "which", "but", "and", "or"})


def _restricted(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """"n'ont acheté qu'une fois", "qui n'achètent qu'en ligne": the verb's 'ne' with a 'que' after it in the same
    clause and no negating word between is a restriction: the 'que' reads 'only', as English says it ('bought only
    once', 'bought only online'). Left as the relative 'that', the restriction was dropped: every buyer, silently.
    A negation between ('ne ... pas que': not only) is no restriction, and a comparative's 'que' has read 'than'
    already. The language's 'ever' word between ("n'ont jamais acheté qu'en ligne": they have only ever bought
    online) keeps the restriction: it reads 'ever', no negation (read as one, every customer who had never bought
    online was answered, silently)."""
    words = getattr(lang, "RESTRICTION", None)
    if words is None:
        return tokens
    denied, only = words[:2]
    ever = words[2] if len(words) > 2 else frozenset()
    out, opened, at, said_ever = list(tokens), False, -1, None
    for k, t in enumerate(out):
        # the word as typed, where a reading below looks at it
        said = fold(t.text).rstrip("'") if opened or t.norm in ("", "not") else None
        if said in denied and t.norm in ("", "not"):
            opened, at, said_ever = t.norm == "", k, None
        elif k == at + 1 and t.norm == "who":      # "n'ayant acheté qu'en ligne": 'ayant' is the verb's own, no edge
            continue
        elif opened and said_ever is None and said in ever:
            said_ever = k
        elif t.norm in NEGATIONS or t.norm in _CLAUSE_ENDS or t.norm == "than":
            opened = False
        elif opened and t.norm == "that" and said in only:
            out[k] = Token(t.text, "only", t.start, t.end)
            if said_ever is not None:
                out[said_ever] = Token(out[said_ever].text, "ever", out[said_ever].start, out[said_ever].end)
            opened = False
    return out


def _since_then(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """'mais plus depuis.': the language's 'since' ending its clause (the request's end, a comma or bracket, or a
    full stop the tokens dropped) reads 'since then'; a 'no longer' word right before it reads 'not'."""
    words = getattr(lang, "SINCE_THEN", frozenset())
    if not any(t.norm == "since" for t in tokens):
        return tokens
    out = list(tokens)
    # from the end: insertions keep the earlier places
    for k in reversed([k for k, n in enumerate(map(NORM, tokens)) if n == "since"]):
        t = out[k]
        nxt = out[k + 1] if k + 1 < len(out) else None
        if fold(t.text) not in words or \
                nxt is not None and nxt.norm not in (",", ";", ")") and nxt.start - t.end < 2:
            continue
        out.insert(k + 1, Token("", "then", t.start, t.end))
        before = out[k - 1] if k else None
        if before is not None and before.norm == "more" and fold(before.text) in getattr(lang, "NO_LONGER", ()):
            out[k - 1] = Token(before.text, "not", before.start, before.end)
    return out


def _than(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """'plus en ligne qu'en magasin': the language's 'than' word after a comparative ('more', 'less') in the same
    clause reads 'than', not the relative pronoun it otherwise is; after an equal ('autant en ligne qu'en magasin':
    'as much'), it reads 'as'."""
    out, open_comparative = list(tokens), ""
    for k, t in enumerate(out):
        if t.norm in ("more", "less", "fewer"):
            open_comparative = "than"
        elif k and (out[k - 1].norm, t.norm) in EQUATIVES:
            open_comparative = "as"
        elif open_comparative and t.norm == "that" and fold(t.text).rstrip("'") in getattr(lang, "THAN", ()):
            out[k] = Token(t.text, open_comparative, t.start, t.end)
            open_comparative = ""
        elif t.norm in (",", ";", "and", "but", "who", "which"):
            open_comparative = ""
    return out


def _other_than(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """'un autre sujet que la livraison', 'autre chose que des chaussures', 'une boutique autre que l'outlet': the
    language's 'other' and the 'que' after it, a noun or none between, read 'other than' after that noun, as English
    says it ('a topic other than delivery', 'something other than shoes'). Left as 'other' and the relative 'that',
    'autre sujet' was the topic 'other' and the delivery a second ticket, silently."""
    others, things = getattr(lang, "OTHER_THAN", (frozenset(), {}))
    out = list(tokens)
    for k in range(len(out) - 1, -1, -1):
        if fold(out[k].text) not in others:
            continue
        j = next((j for j in (k + 1, k + 2) if j < len(out) and out[j].norm == "that"
                  and fold(out[j].text).rstrip("'") in getattr(lang, "THAN", ())), None)
        if j is None:
            continue
        que, other = out[j], out[k]
        if j == k + 1 and k > 1 and out[k - 2].norm == "nothing" and fold(out[k - 1].text).rstrip("'") in ("d", "de"):
            out[k - 1:j + 1] = [Token(que.text, "but", que.start, que.end)]      # "rien d'autre que": nothing but
            continue
        between = [Token(t.text, things.get(fold(t.text), t.norm), t.start, t.end) for t in out[k + 1:j]]
        out[k:j + 1] = between + [Token(other.text, "other", other.start, other.end),
                                  Token(que.text, "than", que.start, que.end)]
    return out


_DENIED = re.compile(r"n(e\b|')")      # 'ne', "n'", "n'en": the verb's own negation


def _paired(tokens: list[Token]) -> list[Token]:
    """'ni A ni B' -> 'neither A nor B', 'soit A soit B' -> 'either A or B': the first of a pair opens it. Right after
    a noun ('clientes ni françaises ni belges') the pair is a clause of its own ('who neither ...'): the noun is
    not negated with it."""
    if not any(t.norm in ("nor", "either") for t in tokens):
        return tokens
    out = list(tokens)
    for word, first, then in (("nor", "neither", "nor"), ("either", "either", "or")):
        places = [k for k, t in enumerate(out) if t.norm == word]
        if len(places) > 1:
            for n, k in enumerate(places):
                t = out[k]
                out[k] = Token(t.text, first if n == 0 else then, t.start, t.end)
            k = places[0]
            # after 'ne' and its verb ("n'ont acheté ni en magasin ni en ligne", "n'ont réalisé un achat ni ...")
            # the pair is the verb's: no clause
            if first == "neither" and k > 0 and out[k - 1].norm not in FUNCTION_WORDS | CONNECTORS | NEGATIONS \
                    and not _denied_before(out, k):
                out.insert(k, Token("", "who", out[k].start, out[k].end))
    return out


def _denied_before(tokens: list[Token], k: int) -> bool:
    """Whether the verb's own 'ne' is said in the clause before k: back to a connector or punctuation, however long
    the verb's phrase ('n'ont réalisé un achat', its object said with it)."""
    for t in reversed(tokens[:k]):
        if _DENIED.match(t.text.lower().replace("’", "'")):      # as typed: 'né' is no 'ne'
            return True
        if t.norm in CONNECTORS or t.text[:1] and not t.text[:1].isalnum():
            return False
    return False


def _union_at(tokens, lang, protected, i) -> tuple[int, list] | None:
    """A union marker before a word for everyone: the marker and its pronoun (the word itself is read after)."""
    for marker, words in _rules(lang).unions.get(tokens[i].norm, ()):
        end = i + len(marker)
        if end < len(tokens) and tuple(t.norm for t in tokens[i:end]) == marker \
                and not protected & set(range(i, end)) and tokens[end].norm in lang.UNION_FOLLOWERS:
            return len(marker), list(words)
    return None


@dataclass(frozen=True)
class _Rules:
    """A language's rewrite tables, indexed once: its phrases by what their first two words may be (a word, or a
    slot '<n' '<u' '<m'), its union markers by their first word, and its single words in one table. Rewriting looks
    up a place's few candidates instead of trying every phrase at every place (most of a French request's extra
    time)."""
    singles: dict[str, tuple[int, ...]]           # a one-word phrase's word or slot -> places in PHRASES
    pairs: dict[tuple[str, str], tuple[int, ...]]   # the first two words or slots of a longer phrase -> places
    unions: dict[str, tuple]                      # first word -> (marker, words)
    words: dict[str, str]                         # WORDS, MONTHS, SEASONS, NUMBERS, UNITS, ORDINALS: the first wins
    opens: frozenset[str]                         # the words that may open a phrase or a union (numbers aside)
    said: frozenset[str]                          # every word some rule reads (the others pass as they are)
    contextual: frozenset[str]                    # the words whose reading depends on their neighbours (_word)
    plain: frozenset[str]                         # the words no phrase or frame opens, read the same anywhere
    # every word some rule reads -> its reading (a plain word), or _CONTEXT (a word read with its neighbours): one
    # look-up a word, where a rule reads most requests' words
    kinds: dict[str, str] = field(default_factory=dict)
    # the phrases two tokens may open, by their words (and numbers): (pattern, replacement, its length)
    candidates: dict[tuple, tuple[tuple, ...]] = field(default_factory=dict)
    # a word that opens phrases (and union markers) only of two words or more -> every word that may come second in
    # them, each slot's words spelt out (_A_NUMBER: a number token may): most places such a word is said open none
    seconds: dict[str, frozenset[str]] = field(default_factory=dict)


_CONTEXT = "<context>"     # (no word: a token's norm is never it)
_A_NUMBER = "<number>"     # (in _Rules.seconds: a number token may come second; no norm is it)


def _key(word: str) -> str:
    return word[:2] if word.startswith("<") else word        # '<n2>' is a number slot as '<n>' is


@functools.cache
def _rules(lang: ModuleType) -> _Rules:
    singles: dict[str, list[int]] = {}
    pairs: dict[tuple[str, str], list[int]] = {}
    for place, (pattern, _) in enumerate(lang.PHRASES):
        if len(pattern) == 1:
            singles.setdefault(_key(pattern[0]), []).append(place)
        else:
            pairs.setdefault((_key(pattern[0]), _key(pattern[1])), []).append(place)
    unions: dict[str, list] = {}
    for marker, words in getattr(lang, "UNION_MARKERS", {}).items():
        unions.setdefault(marker[0], []).append((marker, words))
    words: dict[str, str] = {}
    for table in reversed((lang.WORDS, lang.MONTHS, lang.SEASONS, lang.NUMBERS, lang.UNITS, lang.ORDINALS)):
        words.update(table)
    slots = {"<n": set(lang.NUMBERS) | {"un", "une"}, "<u": set(lang.UNITS), "<m": set(lang.MONTHS) | set(lang.SEASONS)}
    firsts = {*singles, *(a for a, _ in pairs), *unions}
    opens = {w for w in firsts if not w.startswith("<")} | {w for s in firsts if s in slots for w in slots[s]}
    said = opens | set(words) | set(getattr(lang, "ANY_FRAMES", {})) | set(lang.PERIOD_LETTERS) | set(lang.SEASONS) \
        | set(getattr(lang, "BEFORE_INFINITIVE", {})) | set(getattr(lang, "DENIED_AFTER_AUXILIARY", {})) \
        | set(getattr(lang, "BEFORE_PARTICIPLE", {}))
    contextual = frozenset(lang.PERIOD_LETTERS) | set(lang.SEASONS) | set(getattr(lang, "YEAR_PREPOSITIONS", {})) \
        | set(getattr(lang, "NUMBER_MONTHS", ())) | set(getattr(lang, "AFTER_AUXILIARY", {})) \
        | set(getattr(lang, "BEFORE_INFINITIVE", {})) | set(getattr(lang, "DENIED_AFTER_AUXILIARY", {})) \
        | set(getattr(lang, "BEFORE_PARTICIPLE", {}))
    plain = said - opens - contextual - set(getattr(lang, "ANY_FRAMES", {}))
    return _Rules({k: tuple(v) for k, v in singles.items()}, {k: tuple(v) for k, v in pairs.items()},
                  {k: tuple(v) for k, v in unions.items()}, words, frozenset(opens), frozenset(said), contextual,
                  frozenset(plain), {w: _CONTEXT for w in said - plain} | {w: words[w] for w in plain if words.get(w) is not None},
                  seconds=_seconds(lang, opens, singles, pairs, unions, slots))


def _seconds(lang: ModuleType, opens: set[str], singles: dict, pairs: dict, unions: dict, slots: dict) -> dict:
    """_Rules.seconds: for each word of `opens` that opens no phrase or union marker of one word, the words that
    may follow it in those it opens (a slot: each word filling it, and a number token for '<n' and '<d')."""
    spelt = {"<n": slots["<n"] | {_A_NUMBER}, "<d": {_A_NUMBER}, "<u": slots["<u"], "<m": slots["<m"]}
    out = {}
    for w in opens:
        firsts = _fills(Token("", w, 0, 0), lang)       # the word, and the slots it fills ('un' a number)
        if any(a in singles for a in firsts) or any(len(m) == 1 for m, _ in unions.get(w, ())):
            continue        # a phrase of one word: tried wherever it is said
        after = {m[1] for m, _ in unions.get(w, ())}
        for a, b in pairs:
            if a in firsts:
                after |= spelt.get(b, {b})
        out[w] = frozenset(after)
    return out


def _fills(t: Token | None, lang: ModuleType) -> tuple[str, ...]:
    """What a token may stand for in a phrase: its word, and each slot it fills."""
    if t is None:
        return ()
    return (t.norm,) + tuple(slot for slot in ("<n", "<d", "<u", "<m") if _slot(t, slot, lang) is not None)


def _phrase_at(tokens, lang, protected, i, rules: _Rules) -> tuple[int, list] | None:
    """The first phrase (longest first, as PHRASES is sorted) matching at i: only those whose first three words or
    slots the tokens fill are tried (most places: none), and of each only its later words and its slots are looked
    at (the first three match by the way they were found)."""
    end, t = len(tokens), tokens[i]
    if i + 2 < end:
        b, c = tokens[i + 1], tokens[i + 2]
        key: tuple = (t.norm, t.number is not None, b.norm, b.number is not None, c.norm, c.number is not None)
    else:
        key = (t.norm, t.number is not None) + ((tokens[i + 1].norm, tokens[i + 1].number is not None) if i + 1 < end else ())
    phrases = rules.candidates.get(key)
    if phrases is None:       # the phrases these tokens may open, in PHRASES' order
        phrases = _candidates(key, lang, rules)
    for n, words, slotted, replacement in phrases:
        if i + n > end:
            continue
        for k, want in words:             # a word: the token is it, or the phrase is not here
            if tokens[i + k].norm != want:
                break
        else:
            slots: dict[str, object] = {}
            for k, want in slotted:
                slot = _slot(tokens[i + k], want, lang)
                if slot is None:
                    break
                slots[want] = slot
            else:
                if protected.isdisjoint(range(i, i + n)):     # never over a catalog word
                    return n, [slots.get(w, w) for w in replacement]
    return None


def _candidates(key: tuple, lang: ModuleType, rules: _Rules) -> tuple:
    """The phrases up to three tokens may open (each token's word and whether it is a number, in a row), in PHRASES' order:
    those whose first two words or slots they fill, and whose third, if the phrase has one, the third token fills."""
    fills = [_fills(Token("", norm, 0, 0, number=0.0 if number else None), lang) for norm, number in zip(key[::2], key[1::2])]
    first, second = fills[0], fills[1] if len(fills) > 1 else ()
    places = sorted({p for a in first for p in rules.singles.get(a, ())}
                    | {p for a in first for b in second for p in rules.pairs.get((a, b), ())})
    found = []
    for p in places:
        pattern = lang.PHRASES[p][0]
        if len(pattern) > 2 and (len(fills) < 3 or _key(pattern[2]) not in fills[2]):
            continue        # a third word or slot the third token does not fill (or no third token)
        found.append(_compiled(*lang.PHRASES[p]))
    if len(rules.candidates) >= 50_000:      # the words of a long-running app's requests: forgotten past that
        rules.candidates.clear()
    rules.candidates[key] = tuple(found)
    return rules.candidates[key]


def _compiled(pattern: tuple[str, ...], replacement) -> tuple:
    """A phrase as _phrase_at tries it: its length, its words past the first three (which its index matched), and
    its slots, each with its place."""
    words = tuple((k, w) for k, w in enumerate(pattern) if k >= 3 and w[0] != "<")
    slotted = tuple((k, w) for k, w in enumerate(pattern) if w[0] == "<")
    return len(pattern), words, slotted, replacement


def _slot(t: Token, want: str, lang):
    """What the token fills in the pattern: itself (literal match), a canonical word, or a number token."""
    if want.startswith("<n"):                     # '<n>', '<n2>': a number (two in one phrase: 'de 25 à 34')
        if t.number is not None:
            return t
        return lang.NUMBERS.get(t.norm) or ("one" if t.norm in ("un", "une") else None)
    if want.startswith("<d"):                     # '<d>': a number in figures only ('2 à 4', never '2 à un ticket')
        return t if t.number is not None else None
    if want.startswith("<u"):
        return lang.UNITS.get(t.norm)
    if want.startswith("<m"):                     # '<m>', '<m2>': a month or a season ('de janvier à mars')
        return lang.MONTHS.get(t.norm) or lang.SEASONS.get(t.norm)
    return t.norm if t.norm == want else None


def _a_season(tokens: list[Token], i: int, lang: ModuleType) -> bool:
    """Is the word at i, a season's name that is also another word ('été'), the season here?"""
    before = tokens[i - 1].norm if i > 0 else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return before in getattr(lang, "SEASON_LEADS", ()) or after is not None and (
        after.norm in getattr(lang, "SEASON_TAILS", ()) or after.number is not None and 1900 < after.number < 2100)


def _a_month(tokens: list[Token], i: int, lang: ModuleType) -> bool:
    """Is the word at i, a month's short form that is also a number ('sept'), the month here (lang.NUMBER_MONTHS)?"""
    before = tokens[i - 1] if i > 0 else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if before is not None and before.number is not None or after is None:
        return True
    if after.number is not None and 1900 < after.number < 2100 or after.norm in lang.MONTHS \
            or not any(ch.isalnum() for ch in after.norm):
        return True
    return before is not None and before.norm in lang.MONTH_LEADS and after.norm not in lang.UNITS \
        and after.norm not in ("fois",) and not after.norm.endswith("s")


def _word(tokens: list[Token], lang: ModuleType, i: int, rules: _Rules | None = None) -> Token:
    t = tokens[i]
    rules = rules or _rules(lang)
    if t.norm not in rules.contextual:        # most words read the same wherever they are
        word = rules.words.get(t.norm)
        return t if word is None else Token(t.text, word, t.start, t.end, t.number, t.suffix)
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if t.norm in lang.PERIOD_LETTERS and nxt is not None and nxt.number is not None and t.end == nxt.start:
        word = lang.PERIOD_LETTERS[t.norm]                     # 'T3' -> 'Q3'
        if t.norm in getattr(lang, "WEEK_LETTERS", ()) and nxt.number > 12 // PERIOD_LETTERS[word]:
            word = WEEK_LETTER                                 # 'S37': a week, past the semesters (S1, S2)
    elif t.norm in getattr(lang, "NUMBER_MONTHS", ()):
        word = lang.MONTHS[t.norm] if _a_month(tokens, i, lang) else lang.NUMBERS[t.norm]
    elif t.norm in lang.SEASONS and _a_season(tokens, i, lang):
        word = lang.SEASONS[t.norm]                            # 'cet été': the summer, not 'been'
    elif t.norm in getattr(lang, "YEAR_PREPOSITIONS", {}) and nxt is not None and nxt.number is not None \
            and float(nxt.number).is_integer() and 1900 < nxt.number < 2100 and not nxt.suffix:
        word = lang.YEAR_PREPOSITIONS[t.norm]                  # 'sur 2025': in the year, never 'on'
    elif t.norm in getattr(lang, "AFTER_AUXILIARY", {}) and i > 0 and tokens[i - 1].norm in lang.AUXILIARIES \
            and nxt is not None and nxt.norm.isalpha() and nxt.norm not in lang.AFTER_AUXILIARY_NOT_PARTICIPLES:
        word = lang.AFTER_AUXILIARY[t.norm]                    # 'ont toujours commandé': always, not 'still'
    elif t.norm in getattr(lang, "DENIED_AFTER_AUXILIARY", {}) and i > 1 and tokens[i - 1].norm in lang.AUXILIARIES \
            and tokens[i - 2].text.lower() in lang.DENIALS and nxt is not None and nxt.norm.isalpha() \
            and nxt.norm not in lang.AFTER_AUXILIARY_NOT_PARTICIPLES:
        word = lang.DENIED_AFTER_AUXILIARY[t.norm]             # 'n'ont plus acheté': no longer, not 'more'
    elif t.norm in getattr(lang, "BEFORE_PARTICIPLE", {}) and nxt is not None and nxt.norm.isalpha() \
            and nxt.norm.endswith(lang.PARTICIPLE_ENDINGS_FOLDED):
        word = lang.BEFORE_PARTICIPLE[t.norm]                  # 'aujourd'hui clôturé': closed now
    elif t.norm in getattr(lang, "BEFORE_INFINITIVE", {}) and nxt is not None and _an_infinitive(nxt, lang, rules):
        word = lang.BEFORE_INFINITIVE[t.norm]                  # 'venus acheter': what they came to do is the verb
    else:
        word = rules.words.get(t.norm)
    if word is None:
        return t
    return Token(t.text, word, t.start, t.end, number=t.number, suffix=t.suffix)


def _an_infinitive(t: Token, lang: ModuleType, rules: _Rules) -> bool:
    """A word spelt as the language's infinitives are that is no word of its grammar ('hier' ends as one)."""
    return t.norm.isalpha() and len(t.norm) > 3 and t.norm.endswith(lang.INFINITIVE_ENDINGS) and t.norm not in rules.said


def pronouns_before_auxiliary(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """'qui l'a acheté', 'qui les a achetées': an article's word right before a tense's auxiliary is its object pronoun
    (no article is ever said before one), even when the auxiliary and its verb are a catalog phrase ('a acheté') the
    grammar's rule leaves as typed (lang_fr.PRONOUNS_BEFORE_AUXILIARY: the word as typed -> its reading). The
    auxiliary as typed: 'à' is no 'a'."""
    pronouns = getattr(lang, "PRONOUNS_BEFORE_AUXILIARY", {})
    auxiliaries = getattr(lang, "AUXILIARIES_AFTER_PRONOUN", frozenset())
    typed = list(map(str.lower, map(TEXT, tokens)))
    out = list(tokens)
    if auxiliaries.isdisjoint(typed):      # no auxiliary: nothing to read (English has none)
        return out
    for i in [k - 1 for k, word in enumerate(typed) if k and word in auxiliaries]:
        t = tokens[i]
        reading = pronouns.get(fold(typed[i]))
        if reading is not None and t.norm != reading:
            out[i] = Token(t.text, reading, t.start, t.end)
    return out
