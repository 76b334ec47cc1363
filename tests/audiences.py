"""Audiences made through the pipeline for tests that start from an approved version (experiments, segments)."""
from __future__ import annotations

from assistant import pipeline


def approved(svc, request: str = "customers in Spain", channel: str = "none") -> int:
    """Translated, submitted by maria, approved by rachel (confirming the size when the size guard flagged it):
    the version id."""
    defn = pipeline.translate(svc, request, channel=channel).definition
    sub = pipeline.submit(svc, pipeline.user(svc, "maria"), defn)
    typed = sub.dry_run.final_size if sub.dry_run.flags else None
    pipeline.approve(svc, pipeline.user(svc, "rachel"), sub.version_id, typed_size=typed)
    return sub.version_id
