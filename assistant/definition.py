"""The audience definition: what a request became, in a form a person can review.

The same definition serves a segment (counts, breakdowns) and an audience
(a contact list for a channel). Its hash depends only on what selects people
(the SQL, the as-of date and the channel), not on the wording of the request.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from typing import Literal

import sqlglot
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from assistant.translate.languages import words_of

Channel = Literal["email", "sms", "push", "none"]
CHANNELS: tuple[str, ...] = ("email", "sms", "push", "none")
SQL_MARK = "SQL written by the model: review it"     # the expert path (llm_mode=sql): shown wherever a reviewer looks


class AudienceRef(BaseModel):
    """A criterion that is another audience's members: resolved through the store when added."""
    model_config = ConfigDict(extra="forbid")

    audience_id: int
    name: str
    version: int | None = Field(None, description="Version number asked for; None follows the latest approved.")
    version_id: int = Field(description="The version resolved when the reference was added.")
    number: int = Field(description="Its version number.")


class Criterion(BaseModel):
    """One named condition: the customers its SQL returns."""
    model_config = ConfigDict(extra="forbid")

    label: str = Field(description="Plain-words name, e.g. 'VIP customers'.")
    phrase: str = Field("", description="The words of the request it came from.")
    sql: str = Field(description="DuckDB SELECT returning the customer key.")
    meaning: str = Field("", description="Plain-language explanation for the reviewer.")
    origin: Literal["offline", "llm", "user", "glossary", "audience"] = "offline"
    spec: dict | None = Field(None, description="The typed meaning the SQL was compiled from (assistant.meaning); "
                                                "absent when a model or a person wrote the SQL itself.")
    audience_ref: AudienceRef | None = Field(None, description="Set when the criterion is another audience's members.")

    def mark(self) -> str:
        """What a reviewer must check by hand: SQL a model wrote itself, with no typed meaning behind it."""
        return f"  [{SQL_MARK}]" if self.origin == "llm" and self.spec is None else ""


class Arm(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$", description="Arm name, e.g. 'A'.")
    share: float = Field(gt=0, le=100, description="Percent of the audience in this arm.")


class Split(BaseModel):
    """A/B/n arms and an optional holdout. Assignment hashes (salt; audience id, customer key): see review/split.py."""
    model_config = ConfigDict(extra="forbid")

    audience_id: int
    arms: list[Arm] = Field(min_length=1)
    holdout: float = Field(0, ge=0, lt=100, description="Percent kept out of every export, for measurement.")
    salt: str = Field(min_length=8, description="Random, stored with the split: assignments stay put across refreshes.")

    @model_validator(mode="after")
    def _shares_add_up(self):
        names = [a.name.lower() for a in self.arms]
        if len(set(names)) != len(names) or "holdout" in names:
            raise ValueError("arm names must be distinct and not 'holdout'")
        total = sum(a.share for a in self.arms) + self.holdout
        if abs(total - 100) > 1e-6:
            raise ValueError(f"arm shares and the holdout add up to {total:g}%, not 100%")
        return self

    def describe(self) -> str:
        arms = ", ".join(f"{a.name} {a.share:g}%" for a in self.arms)
        return f"split: {arms}" + (f", holdout {self.holdout:g}% (never exported)" if self.holdout else "")


class Removal(BaseModel):
    """A card the marketer removed while its words stay in the request: shown as removed, so those words are not
    silently lost, and never read back by a follow-up (`edit.keep_edits`)."""
    model_config = ConfigDict(extra="forbid")

    phrase: str = Field(description="The words of the request the removed card came from.")
    label: str = Field(description="What the card read, in the marketer's words.")
    sql: str = Field(description="The removed card's SQL: tells it from another card read from the same words.")


class Clarification(BaseModel):
    question: str
    phrase: str
    options: list[str]
    rewrites: list[str] = Field([], description="The request as it reads with each option picked (same order).")


class AudienceDefinition(BaseModel):
    model_config = ConfigDict(extra="forbid")

    request: str = ""
    as_of: dt.date | Literal["today"] = "today"
    channel: Channel = "none"
    criteria: list[Criterion] = []
    exclusions: list[Criterion] = []
    unrecognized: list[str] = Field([], description="Words of the request no criterion accounts for.")
    ignored: list[str] = Field([], description="Title, asides and filler of the request: shown, never criteria.")
    removed: list[Removal] = Field([], description="Cards the marketer removed whose words are still in the request.")
    warnings: list[str] = []
    clarifications: list[Clarification] = []
    translator: str = "offline"
    language: str = Field("en", description="The language the request was read in: labels and notes are in it.")
    prompt_version: str | None = None
    split: Split | None = Field(None, description="Arms and holdout; part of what is reviewed.")

    @field_validator("as_of", mode="before")
    @classmethod
    def _parse_as_of(cls, value):
        if isinstance(value, str) and value != "today":
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                raise ValueError(f"as_of must be YYYY-MM-DD or 'today', got {value!r}") from None
        return value

    def resolved_as_of(self, warehouse_as_of: dt.date | None = None) -> dt.date:
        """'today' means the warehouse's own today when it declares one, else the calendar date."""
        if isinstance(self.as_of, dt.date):
            return self.as_of
        return warehouse_as_of or dt.date.today()

    def content_hash(self) -> str:
        """sha256 over the normalised SQL of every part, the as-of date and the channel."""
        payload = {
            "as_of": str(self.as_of),
            "channel": self.channel,
            "criteria": [_normalise(c.sql) for c in self.criteria],
            "exclusions": [_normalise(c.sql) for c in self.exclusions],
        }
        if self.split is not None:  # only when present: definitions without a split keep their hash
            payload["split"] = self.split.model_dump(mode="json")
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()

    def to_text(self) -> str:
        t = words_of(self.language).TEXT
        lines = [t["title"].format(request=self.request) if self.request else t["untitled"],
                 t["as_of"].format(as_of=self.as_of, channel=self.channel)]
        for i, c in enumerate(self.criteria, 1):
            lines.append(f"  {i}. {c.label}" + (f"  <- \"{c.phrase}\"" if c.phrase else "") + c.mark())
        if not self.criteria:
            lines.append(t["none"])
        for c in self.exclusions:
            lines.append(f"  - {t['except']} {c.label}" + (f"  <- \"{c.phrase}\"" if c.phrase else "") + c.mark())
        if self.split is not None:
            lines.append(f"  {self.split.describe()}")
        if self.ignored:
            lines.append(t["ignored"] + " | ".join(self.ignored))
        if self.removed:
            lines.append(t["removed"] + " | ".join(f"\"{r.phrase}\" ({r.label})" for r in self.removed))
        for w in self.warnings:
            lines.append(f"  ! {w}")
        if self.unrecognized:
            lines.append(t["unrecognized"] + ", ".join(self.unrecognized))
        return "\n".join(lines)


@functools.lru_cache(maxsize=4096)
def _normalise(sql: str) -> str:
    """Whitespace, case of keywords and comments do not change the hash (pure: remembered per text)."""
    try:
        return sqlglot.transpile(sql, read="duckdb", write="duckdb", comments=False)[0]
    except sqlglot.errors.SqlglotError:
        return " ".join(sql.split())


def diff_definitions(before: AudienceDefinition | None, after: AudienceDefinition | None) -> list[str]:
    """What a reviewer needs to see: parts added, removed or changed (same request phrase, other meaning)."""
    changes = []
    for role, old_items, new_items in (("criterion", before.criteria if before else [], after.criteria if after else []),
                                       ("exclusion", before.exclusions if before else [], after.exclusions if after else [])):
        old_sql = {c.sql: c for c in old_items}
        new_sql = {c.sql: c for c in new_items}
        added = [c for c in new_items if c.sql not in old_sql]
        removed = [c for c in old_items if c.sql not in new_sql]
        for c in list(added):
            twin = next((o for o in removed if _same_subject(o, c)), None)
            if twin:
                changes.append(f"changed {role}: {twin.label} -> {c.label}")
                added.remove(c)
                removed.remove(twin)
        changes += [f"added {role}: {c.label}" for c in added]
        changes += [f"removed {role}: {c.label}" for c in removed]
    old_split, new_split = before.split if before else None, after.split if after else None
    if old_split != new_split:
        changes.append(f"split: {new_split.describe()[7:]}" if new_split else "removed the split")
    return changes or ["no change to the audience"]


def _same_subject(a: Criterion, b: Criterion) -> bool:
    return _shape(a.sql) == _shape(b.sql) or a.label.split(" in the last")[0] == b.label.split(" in the last")[0]


def same_shape(a: str, b: str) -> bool:
    return _shape(a) == _shape(b)


def _shape(sql: str) -> str:
    """The SQL with its literals blanked: two criteria of one shape filter the same attribute."""
    return re.sub(r"'(?:[^']|'')*'|\b\d+(?:\.\d+)?\b", "?", re.sub(r"IN \([^)]*\)", "= ?", sql))
