"""Hybrid: the offline translator first; the model reads only the phrases the offline parse left unknown."""
from __future__ import annotations

import datetime as dt

from assistant.definition import AudienceDefinition
from assistant.translate.llm import LLMTranslator
from assistant.translate.languages import words_of
from assistant.translate.result import Translation
from assistant.wording import explanation


class HybridTranslator:
    """Offline first; the model's typed answers fill the phrases offline could not read, and answer their questions."""
    name = "hybrid"

    def __init__(self, offline, llm: LLMTranslator):
        self.offline, self.llm = offline, llm

    def translate(self, request: str, as_of: dt.date, channel: str = "none") -> Translation:
        first = self.offline.translate(request, as_of, channel)
        if not first.unrecognized:
            return first     # nothing unknown: its questions (vague terms, periods) are the marketer's to answer
        done = first.definition.criteria + first.definition.exclusions if first.definition else []
        known = "\n".join(f"- {c.label} (from \"{c.phrase}\")" for c in done)
        extra = self.llm.prompt("complete.md").format(known=known or "(nothing)",
                                                      unrecognized="; ".join(f'"{p}"' for p in first.unrecognized))
        second = self.llm.translate(request, as_of, channel, extra=extra, scope=first.unrecognized)
        if second.definition is None:
            first.warnings.append(words_of(first.language).MESSAGES["model_could_not_read"].format(
                phrases=", ".join(repr(p) for p in first.unrecognized), reason=second.message))
            first.attempts, first.usage = second.attempts, second.usage
            return first
        return self._merge(first, second, request, as_of, channel)

    def _merge(self, first: Translation, second: Translation, request: str, as_of: dt.date, channel: str) -> Translation:
        base = first.definition or AudienceDefinition(request=request, as_of=as_of, channel=channel)
        new = second.definition
        # only the model's parts for phrases offline left unknown: what offline read stays as it read it
        criteria = base.criteria + [c for c in new.criteria if _overlaps(c.phrase, first.unrecognized)
                                    and c.sql not in {x.sql for x in base.criteria}]
        exclusions = base.exclusions + [c for c in new.exclusions if _overlaps(c.phrase, first.unrecognized)
                                        and c.sql not in {x.sql for x in base.exclusions}]
        # an offline phrase is read when the model's parts (or its ignored list) cover it, else it stays open
        unrecognized = [p for p in first.unrecognized if p in second.unrecognized or not _covered(p, new)]
        answered = set(first.unrecognized) - set(unrecognized)
        clarifications = [c for c in first.clarifications if c.phrase not in answered]
        clarifications += [c for c in second.clarifications if c.phrase not in {x.phrase for x in clarifications}]
        unrecognized += [p for p in second.unrecognized if p not in unrecognized]
        warnings = list(dict.fromkeys(first.warnings + second.warnings))
        said = words_of(first.language).NOTES["model_read"]
        warnings += [said.format(version=self.llm.prompt_version, phrase=c.phrase, label=c.label)
                     for c in criteria + exclusions if c.origin == "llm"]
        ignored = first.ignored + [p for p in second.ignored if p not in first.ignored]
        definition = base.model_copy(update={
            "criteria": criteria, "exclusions": exclusions, "unrecognized": unrecognized, "ignored": ignored,
            "warnings": warnings, "clarifications": clarifications, "translator": "hybrid",
            "prompt_version": self.llm.prompt_version})
        return Translation(status="clarify" if clarifications else "ok", definition=definition, warnings=warnings,
                           unrecognized=unrecognized, clarifications=clarifications, ignored=ignored,
                           language=first.language,
                           explanation=explanation(criteria, exclusions, first.language, prefix=lambda c: f"[{c.origin}] "),
                           elapsed_ms=first.elapsed_ms + second.elapsed_ms, attempts=second.attempts, usage=second.usage)


def _overlaps(phrase: str, phrases: list[str]) -> bool:
    p = phrase.lower()
    return any(p in q.lower() or q.lower() in p for q in phrases)


def _covered(phrase: str, definition: AudienceDefinition) -> bool:
    """The model read a phrase when one of its parts quotes words overlapping it, or it set the phrase aside."""
    quoted = [c.phrase.lower() for c in definition.criteria + definition.exclusions] + [i.lower() for i in definition.ignored]
    p = phrase.lower()
    return any(p in q or q in p for q in quoted if q)
