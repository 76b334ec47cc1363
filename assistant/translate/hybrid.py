"""Hybrid: the offline translator first; the model completes only the words it could not read."""
from __future__ import annotations

import datetime as dt

from assistant.definition import AudienceDefinition
from assistant.translate.lang_en import FUNCTION_WORDS
from assistant.translate.llm import PROMPT_VERSION, LLMTranslator, prompt
from assistant.translate.result import Translation


class HybridTranslator:
    """Offline first; the model completes only the words the offline translator could not read."""
    name = "hybrid"

    def __init__(self, offline, llm: LLMTranslator):
        self.offline, self.llm = offline, llm

    def translate(self, request: str, as_of: dt.date, channel: str = "none") -> Translation:
        first = self.offline.translate(request, as_of, channel)
        if first.status == "ok" and not first.unrecognized or first.definition is None and first.status == "refused" \
                and "English" in first.message:
            return first
        known = "\n".join(f"- {c.label} (from \"{c.phrase}\"): {c.sql}" for c in
                          (first.definition.criteria + first.definition.exclusions if first.definition else []))
        extra = prompt("complete.md").format(known=known or "(nothing)", unrecognized=", ".join(first.unrecognized) or request)
        second = self.llm.translate(request, as_of, channel, extra=extra)
        if second.definition is None:
            first.warnings.append(f"The model could not complete the translation: {second.message}")
            first.attempts, first.usage = second.attempts, second.usage
            return first
        base = first.definition or AudienceDefinition(request=request, as_of=as_of, channel=channel)
        criteria = base.criteria + [c for c in second.definition.criteria if c.sql not in {x.sql for x in base.criteria}]
        exclusions = base.exclusions + [c for c in second.definition.exclusions if c.sql not in {x.sql for x in base.exclusions}]
        model_words = {w.lower() for c in second.definition.criteria + second.definition.exclusions for w in c.phrase.split()}
        unrecognized = [p for p in first.unrecognized if not all(w.lower() in model_words or w.lower() in FUNCTION_WORDS
                                                                 for w in p.split())]
        warnings = list(first.warnings)
        # the questions about phrases the model has now read are answered; the others stay open
        clarifications = [c for c in first.clarifications if c.phrase not in first.unrecognized or c.phrase in unrecognized]
        warnings += [f"From the model ({PROMPT_VERSION}): {c.label}" for c in criteria + exclusions if c.origin == "llm"]
        definition = base.model_copy(update={"criteria": criteria, "exclusions": exclusions, "unrecognized": unrecognized,
                                             "warnings": warnings, "translator": "hybrid", "prompt_version": PROMPT_VERSION})
        definition = definition.model_copy(update={"clarifications": clarifications})
        return Translation(status="ok" if not clarifications else "clarify", definition=definition, warnings=warnings,
                           unrecognized=unrecognized, clarifications=clarifications, ignored=first.ignored,
                           explanation=[f"[{c.origin}] {c.label}: {c.meaning}" for c in criteria]
                           + [f"[{c.origin}] except {c.label}: {c.meaning}" for c in exclusions],
                           elapsed_ms=first.elapsed_ms + second.elapsed_ms, attempts=second.attempts, usage=second.usage)
