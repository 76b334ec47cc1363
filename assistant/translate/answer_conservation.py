"""The conservation check on a model's answer: what the request says there, and the model quoted as read, must be
in the answer's typed meaning.

The model quotes, for each part of its answer, the request's words the part comes from; the uncovered-word check
(unknown.py) asks about the words no part quotes. A part may quote words its meaning does not hold ('bought shoes in
May' read as shoes bought at any time): the offline reader finds what the quoted words say (the catalog phrases,
periods, numbers, rankings, hours, days and months, the words that say every one of a behaviour's events) and the
offline translator's own check (offline/conservation.py) names each one the answer does not hold, in a warning:
never lost silently. A part written as SQL (the expert mode) has no typed meaning to look in: its words are its own.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.definition import Criterion
from assistant.translate.offline.asides import Ignored
from assistant.translate.offline.conservation import accounted, lost_warnings
from assistant.translate.offline.parsed import Parsed
from assistant.translate.offline.text import Token


@dataclass(frozen=True)
class Quoted:
    """A part of the answer where the request says it: the tokens of the words it quotes."""
    start_tok: int
    end_tok: int


def lost_in_answer(reader, request: str, as_of: dt.date, lang: str, parts: list[Criterion],
                   left_out: list[str], labels: dict[str, str]) -> list[str]:
    """A warning, in the request's language, for each thing the quoted words say that the parts' meanings do not
    hold. `reader`: the offline translator; `left_out`: the phrases the answer says it left out or could not
    read; `labels`: the catalog's labels in the request's language."""
    said = reader.said(request, as_of, lang)
    if said is None:
        return []
    tokens, parsed = said
    quoted = [(c, _tokens_of(c.phrase, request, tokens)) for c in parts]
    typed = [(Quoted(min(ks), max(ks) + 1), c.spec, ks) for c, ks in quoted if ks and c.spec is not None]
    # the words of a part in SQL, those the answer left out, and those the reader accounts for otherwise (a
    # construction's own grammar, a term's restated meaning, what it would ask about)
    others = {k for c, ks in quoted if c.spec is None for k in ks} | {
        k for phrase in left_out for k in _tokens_of(phrase, request, tokens)} | accounted(parsed)
    lost = []
    # each part's words are looked for in the meanings of the parts that quote them: a period held by another part
    # ('... in the last 30 days, but not those who ordered in the last 30 days') is not this one's
    for _, _, ks in typed:
        view = Parsed(found=parsed.found, used=ks - others, ignored=Ignored(filler=sorted(others)))
        sharing = [(q, spec) for q, spec, ls in typed if ls & ks]
        lost += [x for x in reader.conservation.lost(view, sharing, as_of) if x not in lost]
    return lost_warnings(lost, request, tokens, lang, labels)


def _tokens_of(phrase: str, request: str, tokens: list[Token]) -> set[int]:
    """The tokens inside every place the request says `phrase`."""
    places = [(m.start(), m.end()) for m in re.finditer(re.escape(phrase), request)] if phrase else []
    return {k for k, t in enumerate(tokens) for a, b in places if a <= t.start and t.end <= b}
