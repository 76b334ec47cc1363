"""'Customers whose very first purchase was online but whose most recent one was made in store', 'dont le tout premier
achat s'est fait en ligne, mais dont le plus récent a été fait en boutique': a first or a latest said with 'one' for
its noun, or with none before its verb, is of the behaviour said after the first or latest before it. Read as that
behaviour's words (the typed text kept: 'one'), the latest purchase is read over every channel; left as it was, 'most
recent' was asked and the store purchase read as a condition of its own. With no edge and noun before it, nothing is
read here."""
from __future__ import annotations

from assistant.translate.lang_en import COPULAS, EDGE_PRONOUNS, EDGE_WORDS
from assistant.translate.offline.lexicon import Lexicon
from assistant.translate.offline.text import NORM, Token


_FIRSTS = frozenset(e[0] for e in EDGE_WORDS)


def edges_said_again(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    norms = list(map(NORM, tokens))
    if _FIRSTS.isdisjoint(norms):      # most requests: no first or latest at all
        return tokens
    edges = [(i, i + len(e)) for i, n in enumerate(norms) if n in _FIRSTS for e in EDGE_WORDS
             if tuple(norms[i:i + len(e)]) == e]
    if len(edges) < 2:      # no edge said twice
        return tokens
    spans = {s.start: s for s in lexicon.scan(tokens) if s.of("event", "kindword")}
    noun, out = None, list(tokens)
    for start, end in sorted(edges, reverse=True):      # from the last: an insertion moves nothing before it
        before = next((spans[k] for a, k in sorted(edges) if a < start and k in spans), None)
        if before is None or end >= len(norms) or end in spans:
            continue
        noun = [Token("", norms[k], tokens[end].start, tokens[end].start) for k in range(before.start, before.end)]
        if norms[end] in EDGE_PRONOUNS:       # 'most recent one': the noun for the pronoun, quoted as typed
            noun = [t._replace(text=tokens[end].text if n == 0 else "", end=tokens[end].end) for n, t in enumerate(noun)]
            out[end:end + 1] = noun
        elif norms[end] in COPULAS:           # 'dont le plus récent a été fait' (rewritten 'the most recent was made')
            out[end:end] = noun
    return out
