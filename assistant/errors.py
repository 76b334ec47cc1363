"""One error base class; each subclass is a phase of the pipeline, and every error class lives here.

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


class PathError(ValueError):
    """No relationship path between two catalog tables, or several: the message says which and what to declare.
    Raised while the catalog's semantic model is resolved; the loader reports it as a located catalog problem."""


class TranslationError(AudienceError):
    """A request could not be turned into an audience definition (no translator, or a bad backend name)."""


class GuardError(AudienceError):
    """The SQL is not a safe, read-only query over the catalog."""

    def __init__(self, message: str, *, hint: str, line: int | None = None, col: int | None = None):
        where = f"line {line}, column {col}" if line else None
        super().__init__(message, hint=hint, where=where)
        self.line, self.col = line, col


class WarehouseError(AudienceError):
    """The warehouse cannot be opened or a query on it failed."""


class ReviewError(AudienceError):
    """The review workflow refused an action: wrong state, four eyes, a definition that changed."""


class PermissionDenied(ReviewError):
    """The acting user's role does not allow the action, or the user is unknown."""


class StoreError(AudienceError):
    """The application store cannot be opened or refused a write (busy, full disk, corrupt file)."""


class DeliveryError(AudienceError):
    """An export could not be written to the outbox or delivered to its destination."""


class ModelError(AudienceError):
    """The model endpoint could not give a usable answer."""


class DemoDataError(AudienceError):
    """The demo warehouse could not be generated."""
