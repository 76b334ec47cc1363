"""A phrase nothing read becomes a question, never a silent drop (answering the rest would widen the audience).

The same question as the offline translator's (assistant.translate.offline.translator): the closest catalog
readings, then "leave it out", each with the request as it would read once picked.
"""
from __future__ import annotations

from types import ModuleType

from assistant.definition import Clarification
from assistant.translate import lang_en
from assistant.translate.lang_en import CONNECTORS, FUNCTION_WORDS
from assistant.translate.languages import words_of
from assistant.translate.offline.rewrite import prepare, rewrite
from assistant.translate.offline.text import Token, tokenize

LEAVE_OUT = lang_en.MESSAGES["leave_out"]


def unknown_clarification(phrase: str, request: str, readings: list[str], words: ModuleType = lang_en) -> Clarification:
    """The question, in the request's language (`words`: its language module)."""
    options = readings + [words.MESSAGES["leave_out"]]
    rewrites = [replace_phrase(request, phrase, r) for r in readings] + [replace_phrase(request, phrase, "")]
    question = words.MESSAGES["unknown_choices" if readings else "unknown"].format(phrase=phrase)
    return Clarification(question=question, phrase=phrase, options=options, rewrites=rewrites)


def _whole(request: str, phrase: str) -> int:
    """Where the phrase is said as whole words (leaving out 'anniv' must keep 'anniversaire' whole), or -1."""
    at = request.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not request[at - 1].isalnum()) and (end == len(request) or not request[end].isalnum()):
            return at
        at = request.find(phrase, at + 1)
    return -1


def replace_phrase(request: str, phrase: str, by: str) -> str:
    at = _whole(request, phrase)
    at = at if at >= 0 else request.find(phrase)
    if at < 0:
        return request
    words = (request[:at] + by + request[at + len(phrase):]).split()
    while not by and words and words[-1].lower().strip(",;") in FUNCTION_WORDS | CONNECTORS:
        words.pop()          # 'VIPs in Paris who [love hiking]' -> 'VIPs in Paris'
    return " ".join(words)


def uncovered_phrases(request: str, covered: set[int], within: list[tuple[int, int]] | None = None,
                      also_known: set[str] = frozenset(), lang: str = "en") -> list[str]:
    """Runs of content words outside every covered character (joined across grammar words): each one phrase.

    `within` limits the search to spans of the request (the hybrid asks only about what offline left);
    `also_known` are folded words that need no reading (the entity's names); `lang` the request's language.
    """
    runs: list[tuple[int, int]] = []
    last = None
    for t in grammar_tokens(request, lang):
        inside = within is None or any(a <= t.start and t.end <= b for a, b in within)
        content = t.norm not in FUNCTION_WORDS and t.norm not in also_known and any(c.isalnum() for c in t.norm)
        if not inside or any(i in covered for i in range(t.start, t.end)):
            last = None
        elif content:
            if last is not None and runs:
                runs[-1] = (runs[-1][0], t.end)
            else:
                runs.append((t.start, t.end))
            last = t
        elif t.norm in CONNECTORS or t.norm == "or":
            last = None
    return list(dict.fromkeys(request[a:b] for a, b in runs))


def grammar_tokens(request: str, lang: str) -> list[Token]:
    """The request's tokens with the language's grammar in the canonical (English) words, each keeping its place:
    the same rewrite the offline translator reads ('qui ont' -> 'who have', 'au cours des' -> 'in the')."""
    tokens = tokenize(request)
    if lang == "en":
        return tokens
    words = words_of(lang)
    return rewrite(prepare(tokens, words), words, set())
