"""What every translator returns: a definition, a question, or a clear refusal."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from assistant.definition import AudienceDefinition, Clarification


class Translation(BaseModel):
    status: Literal["ok", "clarify", "refused"]
    definition: AudienceDefinition | None = None
    explanation: list[str] = []
    warnings: list[str] = []
    unrecognized: list[str] = []
    ignored: list[str] = []          # title, asides, filler: shown on one line, never criteria
    language: str = "en"             # the language the request was read in
    clarifications: list[Clarification] = []
    message: str = ""
    elapsed_ms: float = 0.0
    attempts: list[dict] = []        # every model attempt, kept for the reviewer
    usage: dict | None = None        # tokens, cost, latency of model calls

    @classmethod
    def refuse(cls, message: str, **kw) -> Translation:
        return cls(status="refused", message=message, warnings=[message], **kw)
