"""Test-only crash injection: AUDIENCE_FAILPOINT=<name> kills the process at that step, as a power cut would.

Like datasette's test-only sleep(): a tiny, named hook so the crash paths (export steps, the audit head)
are tested for real, in a subprocess. Unset, it costs one environment lookup.
"""
from __future__ import annotations

import os

EXIT_CODE = 97


def failpoint(name: str) -> None:
    if os.environ.get("AUDIENCE_FAILPOINT") == name:
        os._exit(EXIT_CODE)
