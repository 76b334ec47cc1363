"""The last step of every translation: each part is bound on the engine before it may be called ok."""
from __future__ import annotations

from assistant.edges.warehouse.base import Warehouse
from assistant.errors import AudienceError
from assistant.sql.bind import bind
from assistant.translate.result import Translation
from schema_catalog.model import Catalog


def checked(result: Translation, catalog: Catalog, warehouse: Warehouse) -> Translation:
    """A part whose SQL the engine cannot bind turns the translation into an error naming its phrase."""
    if result.status != "ok" or result.definition is None:
        return result
    for role, parts in (("criterion", result.definition.criteria), ("exclusion", result.definition.exclusions)):
        for part in parts:
            try:
                bind(warehouse, part.sql, catalog)
            except AudienceError as exc:
                where = f"'{part.phrase}'" if part.phrase else f"the {role} '{part.label}'"
                return Translation.refuse(
                    f"{where} became SQL the warehouse cannot run ({exc.message}); nothing was kept. Rephrase it, or "
                    "ask the data team to check this attribute in the catalog (`audience catalog check`).",
                    definition=result.definition, explanation=result.explanation, elapsed_ms=result.elapsed_ms,
                    language=result.language,
                    attempts=result.attempts, usage=result.usage)
    return result
