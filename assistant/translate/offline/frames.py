"""How a request is framed: the words around the criteria that ask for the list, remove some of it, or point.

'tu peux me sortir ...', 'can u pull ...', 'Looking for customers with ...', 'il me faudrait ...' ask for the
list: one token that reads as a politeness word ('please'), shown as ignored, never a criterion (French 'je
cherche' would otherwise read as a web search). 'Enlève tous ceux qui ...', 'Drop the VIPs' at a clause's
opening remove what follows (so does a label, 'Exclusions :'): one token that reads 'exclude'. 'at some point',
'à un moment ou à un autre' say no condition: one token of grammar; 'whatever their loyalty tier', 'peu importe leur
niveau' read 'any loyalty tier'; said between a comma and a sentence's end, Belgian 'une fois' and 'whenever' say
nothing. A shorthand reads as the words it stands for ('qqch', 'YTD': 'this year'); a slang verb of spending before
an amount reads 'spent' ('claqué plus de 500 €', 'blew $300'). A '+' inside brackets joins what is counted together
('(magasin + en ligne)'): 'or'. Each language gives its words as data (REQUEST_OPENERS, REQUEST_VERBS ...); the
tokens keep their place in the request, so the phrases shown are the marketer's own. Read before the catalog's
words, by the translator.
"""
from __future__ import annotations

import functools
from types import ModuleType

from assistant.translate.offline.text import Token, by_first

POLITE = "please"        # what a request's frame reads as: a filler word, listed as ignored
EXCLUDE = "exclude"      # what an imperative to remove reads as: the parser's exclusion marker
NOTHING = ""             # a phrase that says no condition: grammar with nothing to read
ANY = "any"              # 'whatever their tier': any value of the attribute named next (restricts nothing)
SPENT = "spent"          # a slang verb of spending before an amount: the canonical verb both languages read
SENTENCE_ENDS = frozenset(".!?\n")
CLOSING_FILLER_ENDS = frozenset({"-", ")", "–", "—"})     # ... and the words that end an aside as a sentence's end does


def read_frames(tokens: list[Token], lang: ModuleType, request: str) -> list[Token]:
    """The tokens with each frame of the request merged into the one token it reads as."""
    if not getattr(lang, "REQUEST_OPENERS", ()):
        return tokens
    norms, openers = [t.norm for t in tokens], _openers(lang)
    out, done, depth = [], 0, 0       # done: the tokens before it are read
    # only the words a frame opens with, brackets and '+' are looked at: the others are copied as they are (most)
    for i in [i for i, n in enumerate(norms) if n in openers or n in _MARKS]:
        if i < done:
            continue        # a word of the frame before
        depth = max(0, depth + (norms[i] == "(") - (norms[i] == ")"))
        if depth and norms[i] == "+" and 0 < i < len(tokens) - 1:
            # '(magasin + en ligne)', '(store + online)' after a spend: both counted, either one's events
            out += tokens[done:i]
            out.append(Token(tokens[i].text, "or", tokens[i].start, tokens[i].end))
            done = i + 1
            continue
        after = openers.get(norms[i], ())     # a frame of two words or more needs its second word next
        found = _frame_at(tokens, norms, i, lang, request) \
            if after is None or i + 1 < len(norms) and norms[i + 1] in after else None
        if found is None:
            continue
        out += tokens[done:i]
        width, reading = found
        first, last = tokens[i], tokens[i + width - 1]
        for k, word in enumerate(reading.split(" ")):    # 'YTD' reads 'this year', 'LTM' 'last 12 months': the text
            out.append(Token(request[first.start:last.end] if k == 0 else "", word, first.start, last.end,   # once
                             number=float(word) if word.isdigit() else None))
        done = i + width
    return out + tokens[done:] if done else tokens      # the same list when no frame was read


# The marks read_frames looks at besides a frame's words: brackets (a '+' inside them reads 'or')
_MARKS = frozenset({"(", ")", "+"})


@functools.cache
def _tables(lang: ModuleType) -> dict[str, dict[str, tuple]]:
    """The language's frame phrases by their first word: only those a token may open are tried."""
    names = ("FILLER_PHRASES", "CLOSING_FILLERS", "ANY_PHRASES", "SHORTHANDS", "SPEND_SLANG", "EXCLUDE_IMPERATIVES",
             "EXCLUDE_LABELS", "REQUEST_OPENERS", "REQUEST_OPENERS_AT_START", "REQUEST_PRONOUNS", "REQUEST_VERBS")
    return {name: by_first(getattr(lang, name, ())) for name in names}


@functools.cache
def _openers(lang: ModuleType) -> dict[str, frozenset[str] | None]:
    """Every word a frame may open with, and the words that may follow it there (None: any, when the word is a
    frame alone). A token that opens no frame, or whose next word continues none it opens, is passed over: most
    are (looking for each table's phrases at every token was most of the reading's time; French 'de', 'le', 'en'
    open a few rare frames, and were tried wherever they were said)."""
    after: dict[str, set[str] | None] = {}

    def add(first: str, second: str | None) -> None:
        if second is None or after.get(first, set()) is None:
            after[first] = None
        else:
            after.setdefault(first, set()).add(second)
    for table in _tables(lang).values():
        for first, phrases in table.items():
            for phrase in phrases:
                add(first, phrase[1] if len(phrase) > 1 else None)
    verbs = getattr(lang, "EXCLUDE_IMPERATIVES", ())
    for lead in getattr(lang, "EXCLUDE_LEADS", ()):     # a lead, then an order to remove ('et on enlève ...')
        for second in ([lead[1]] if len(lead) > 1 else [verb[0] for verb in verbs]):
            add(lead[0], second)
    return {w: None if nxt is None else frozenset(nxt) for w, nxt in after.items()}


@functools.cache
def _leads(lang: ModuleType) -> dict[str, tuple]:
    """The words that may come before an order to remove ('et', 'mais'), by their first word."""
    return by_first(getattr(lang, "EXCLUDE_LEADS", ()))


def _longest(table: dict[str, tuple], norms: list[str], i: int) -> tuple[str, ...]:
    """The longest phrase of the table said at token i, or ()."""
    phrases = table.get(norms[i]) if i < len(norms) else None
    if not phrases:         # the word opens none of this table's phrases: most words, most tables
        return ()
    return max((p for p in phrases if _said(norms, i, p)), key=len, default=())


def _frame_at(tokens: list[Token], norms: list[str], i: int, lang: ModuleType, request: str) -> tuple[int, str] | None:
    """The frame said at token i, if any: its width in tokens and what it reads as."""
    tables = _tables(lang)
    if filler := _longest(tables["FILLER_PHRASES"], norms, i) or _closing_filler(tokens, norms, i, tables, request):
        return len(filler), NOTHING
    if whichever := _longest(tables["ANY_PHRASES"], norms, i):
        return len(whichever), ANY
    if spent := _spend_slang(tokens, norms, i, lang):
        return len(spent), SPENT
    opening = _opens_clause(tokens, norms, i, lang, request)
    framed = (opening and _removal_at(tokens, norms, i, lang, request)) or _request_at(norms, i, tables, opening, lang)
    short = _longest(tables["SHORTHANDS"], norms, i)
    if short and tokens[i].text.isupper() and len(tokens[i].text) > 1 and short not in lang.CAPITAL_SHORTHANDS:
        short = ()     # 'une DS', 'PR': typed in capitals, a short word is a name, never a note's 'ds' (dans)
    if short and not (framed and framed[0] > len(short)):    # 'qqn peut me sortir' asks; 'qqn' alone is 'someone'
        return len(short), lang.SHORTHANDS[short]
    return framed


def _closing_filler(tokens: list[Token], norms: list[str], i: int, tables: dict, request: str) -> tuple[str, ...]:
    """A phrase said between a comma and its sentence's end, a dash or a closing bracket that says nothing there
    (Belgian '..., une fois.', '..., whenever', '(sneakers, bottes, peu importe - ...)'): elsewhere it keeps its
    reading ('acheté une fois' is a count, asked; 'peu importe le canal' is any channel)."""
    said = _longest(tables["CLOSING_FILLERS"], norms, i)
    if not said or i == 0 or "," not in request[tokens[i - 1].end:tokens[i].start] + tokens[i - 1].norm:
        return ()
    end = i + len(said)
    return said if end == len(tokens) or SENTENCE_ENDS.intersection(request[tokens[end - 1].end:tokens[end].start]) \
        or norms[end] in CLOSING_FILLER_ENDS else ()


def _spend_slang(tokens: list[Token], norms: list[str], i: int, lang: ModuleType) -> tuple[str, ...]:
    """A slang verb of spending ('claqué', 'blew', 'splashed out') right before an amount ('plus de 500 €', '$300'):
    read 'spent'. Before anything else ('claqué la porte') it is no spending, and stays as it is."""
    verb = _longest(_tables(lang)["SPEND_SLANG"], norms, i)
    k = i + len(verb)
    while verb and k < len(tokens) and tokens[k].number is None and norms[k] in lang.AMOUNT_LEADS:
        k += 1
    if not verb or k == len(tokens) or tokens[k].number is None:
        return ()
    after = norms[k + 1] if k + 1 < len(norms) else ""
    return () if after in lang.COUNT_WORDS else verb     # 'claqué 3 fois' counts times, no amount


def _removal_at(tokens: list[Token], norms: list[str], i: int, lang: ModuleType, request: str) -> tuple[int, str] | None:
    """'Exclusions :', 'Enlève ...', 'and leave out ...' opening a clause: what follows is removed."""
    tables = _tables(lang)
    label = _longest(tables["EXCLUDE_LABELS"], norms, i)
    if label and i + len(label) < len(norms) and norms[i + len(label)] == ":":
        return len(label) + 1, EXCLUDE     # 'Exclusions : la liste repoussoir + ...': what the label lists is removed
    for lead in ((),) + _leads(lang).get(norms[i], ()):      # only the leads the word opens can be said here
        k = i + len(lead)
        verb = _longest(tables["EXCLUDE_IMPERATIVES"], norms, k) if _said(norms, i, lead) else ()
        if verb and k + len(verb) < len(norms) and not _break(request, tokens, k + len(verb)) \
                and not tokens[k].text.lower().endswith(getattr(lang, "PARTICIPLE_ENDINGS", ())):
            return len(lead) + len(verb), EXCLUDE
    return None


def _request_at(norms: list[str], i: int, tables: dict, opening: bool, lang: ModuleType) -> tuple[int, str] | None:
    """An opener [a pronoun] [a verb] [a pronoun]: 'tu peux me sortir', 'could you build me', 'Looking for'."""
    opener = max(_longest(tables["REQUEST_OPENERS"], norms, i),
                 _longest(tables["REQUEST_OPENERS_AT_START"], norms, i) if opening else (), key=len)
    if not opener:
        return None
    k = i + len(opener)
    pronoun = _longest(tables["REQUEST_PRONOUNS"], norms, k)
    verb = _longest(tables["REQUEST_VERBS"], norms, k + len(pronoun))
    if not verb:
        after = norms[k + len(pronoun)] if k + len(pronoun) < len(norms) else ""
        if after.isalpha() and after.endswith(getattr(lang, "INFINITIVE_ENDINGS", ())):
            return None     # 'tu peux passer en gold les ...': another verb asks for another task: asked, never polite
        return len(opener), POLITE  # 'tu peux me ...' with no verb: the pronoun is left to the grammar
    k += len(pronoun) + len(verb)   # 'could you build me ...': English says the pronoun after the verb
    after = () if pronoun else _longest(tables["REQUEST_PRONOUNS"], norms, k)
    return len(opener) + len(pronoun) + len(verb) + len(after), POLITE


def _said(norms: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    return tuple(norms[i:i + len(phrase)]) == phrase


# Between two words, these open a clause: a frame said after one asks for the list ('coucou, tu peux ...',
# '- exclure les VIP', 'Bonjour ! Est-ce que ...'); a line break does too.
FRAME_BREAKS = frozenset(",.;:!?-(*•–—+\n")


def _opens_clause(tokens: list[Token], norms: list[str], i: int, lang: ModuleType, request: str) -> bool:
    """The request's start, a line's, or right after a break or a greeting ('coucou, ...', '- ...', 'Bonjour !')."""
    k = i
    while k > 0 and not _break(request, tokens, k) and norms[k - 1] in lang.GREETINGS:
        k -= 1
    return k == 0 or _break(request, tokens, k)


def _break(request: str, tokens: list[Token], k: int) -> bool:
    """Is there a break between token k-1 and token k (the request's characters between them, or a symbol token)?"""
    between = request[tokens[k - 1].end:tokens[k].start]
    return bool(FRAME_BREAKS.intersection(between)) or tokens[k - 1].norm in FRAME_BREAKS
