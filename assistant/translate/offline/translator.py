"""The offline translator: a request in, an audience definition out, with no model and no network.

It knows the business only through the catalog and the warehouse's own
free-text values, and it never guesses silently: every word is used by a
criterion, a grammar word, or reported as not understood.
"""
from __future__ import annotations

import datetime as dt
import time

from assistant.definition import AudienceDefinition, Clarification, Criterion
from assistant.translate.offline.conditions import Condition, GlossaryCondition
from assistant.translate.offline.lexicon import build_lexicon
from assistant.translate.offline.parser import Parser
from assistant.translate.lang_en import FOREIGN_WORDS, FUNCTION_WORDS
from assistant.translate.offline.text import Token, tokenize
from assistant.translate.result import Translation
from schema_catalog.model import Catalog


class OfflineTranslator:
    name = "offline"

    def __init__(self, catalog: Catalog, values: dict[str, list[str]] | None = None):
        self.catalog = catalog
        self.lexicon = build_lexicon(catalog, values)
        self.parser = Parser(catalog, self.lexicon)

    def translate(self, request: str, as_of: dt.date, channel: str = "none") -> Translation:
        started = time.perf_counter()
        result = self._translate(request.strip(), as_of, channel)
        result.elapsed_ms = (time.perf_counter() - started) * 1000
        return result

    def _translate(self, request: str, as_of: dt.date, channel: str) -> Translation:
        if not request:
            return Translation.refuse("The request is empty: describe who you want to reach, "
                                      "e.g. 'VIP customers who bought in store in the last 6 months'.")
        tokens = tokenize(request)
        language = _foreign_language(tokens)
        if language:
            return Translation.refuse(
                f"This looks like {language}: the offline translator reads English requests only. "
                "Rephrase in English, or choose the LLM backend if one is configured.")
        parsed = self.parser.parse(tokens, as_of)
        unrecognized = _unrecognized(tokens, parsed.used)
        warnings = [f"read {n}" if not n.startswith(("read", "'")) else n for n in parsed.notes]
        warnings = list(dict.fromkeys(w[0].upper() + w[1:] for w in warnings))
        for word in unrecognized:
            warnings.append(f"'{word}' was not understood and is not part of the audience.")
        clarifications = [self._clarification(c, request, tokens) for c in parsed.clarify]
        criteria = [self._criterion(c, request, tokens, as_of) for c in parsed.criteria]
        exclusions = [self._criterion(c, request, tokens, as_of) for c in parsed.exclusions]
        warnings += [n[0].upper() + n[1:] for c in parsed.criteria + parsed.exclusions for n in c.notes
                     if n[0].upper() + n[1:] not in warnings]
        if not criteria and not exclusions and not clarifications and (unrecognized or not parsed.used):
            return Translation.refuse(
                "Nothing in this request matches the catalog" + (f" (not understood: {', '.join(unrecognized)})" if unrecognized else "")
                + ". Name attributes, behaviours or terms the catalog knows: see the Catalog page or `audience catalog show`.",
                unrecognized=unrecognized)
        if not criteria and not exclusions and not clarifications:
            warnings.append("No criteria: the audience is every customer.")
        definition = AudienceDefinition(request=request, as_of=as_of, channel=channel, criteria=criteria,
                                        exclusions=exclusions, unrecognized=unrecognized, warnings=warnings,
                                        clarifications=clarifications, translator=self.name)
        status = "clarify" if clarifications else "ok"
        return Translation(status=status, definition=definition, warnings=warnings, unrecognized=unrecognized,
                           clarifications=clarifications,
                           explanation=[f"{c.label}: {c.meaning}" for c in criteria]
                           + [f"except {c.label}: {c.meaning}" for c in exclusions])

    def _criterion(self, cond: Condition, request: str, tokens: list[Token], as_of: dt.date) -> Criterion:
        rendered = cond.render(self.catalog, as_of)
        phrase = request[tokens[cond.start_tok].start:tokens[cond.end_tok - 1].end] if cond.end_tok > cond.start_tok else ""
        return Criterion(label=rendered.label, phrase=phrase, sql=rendered.sql, meaning=rendered.meaning,
                         origin="glossary" if isinstance(cond, GlossaryCondition) else "offline")

    def _clarification(self, c, request: str, tokens: list[Token]) -> Clarification:
        amb = self.catalog.ambiguous[c.index]
        phrase = request[tokens[c.start_tok].start:tokens[c.end_tok - 1].end]
        return Clarification(question=amb.question, phrase=phrase, options=list(amb.options))


def _foreign_language(tokens: list[Token]) -> str | None:
    words = [t.norm for t in tokens if t.number is None and t.norm.isalpha()]
    for language, vocabulary in FOREIGN_WORDS.items():
        hits = sum(w in vocabulary for w in words)
        if hits >= 2 and hits >= 0.3 * len(words):
            return language
    return None


def _unrecognized(tokens: list[Token], used: set[int]) -> list[str]:
    out = []
    for i, t in enumerate(tokens):
        if i in used or t.norm in FUNCTION_WORDS or not any(ch.isalpha() for ch in t.norm):
            continue
        out.append(t.text)
    return list(dict.fromkeys(out))
