"""One error base class; each subclass is a phase of the pipeline.

Every message says what is wrong, where, and what to do next. Exceptions turn
into CLI or UI messages only at the edges (``assistant.cli``, ``ui/``).
"""
from __future__ import annotations


class AudienceError(Exception):
    """Base of every error the product reports to a user."""

    def __init__(self, message: str, *, hint: str | None = None, where: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.where = where

    def __str__(self) -> str:
        parts = [f"{self.where}: {self.message}" if self.where else self.message]
        if self.hint:
            parts.append(f"Fix: {self.hint}")
        return "\n".join(parts)


class SettingsError(AudienceError):
    """A setting or environment variable has an unusable value."""


class CatalogError(AudienceError):
    """The schema catalog file is malformed or disagrees with the warehouse."""

    def __init__(self, message: str, *, problems: list[str] | None = None, **kw):
        super().__init__(message, **kw)
        self.problems = problems or []

    def __str__(self) -> str:
        head = super().__str__()
        return "\n".join([head, *(f"  - {p}" for p in self.problems)])


class WarehouseError(AudienceError):
    """The warehouse cannot be opened or a query on it failed."""


class DemoDataError(AudienceError):
    """The demo warehouse could not be generated."""
