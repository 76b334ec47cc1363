"""The outbox as files on disk, for retention: list what is older than a cutoff, delete it.

Export files hold contact data; they are deleted after the retention period (review/purge.py). What is
kept is in the store: the export's row count and checksum, and the audit entry of the purge.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import DeliveryError


@dataclass(frozen=True)
class OutboxFile:
    path: Path
    modified: dt.datetime
    size: int
    sha256: str


def older_than(outbox: Path, cutoff: dt.datetime) -> list[OutboxFile]:
    """Files of the outbox (exports and crash leftovers) last written before `cutoff`, oldest first."""
    if not outbox.is_dir():
        return []
    found = []
    for path in outbox.iterdir():
        if not path.is_file():
            continue
        stat = path.stat()
        modified = dt.datetime.fromtimestamp(stat.st_mtime, dt.timezone.utc)
        if modified < cutoff:
            found.append(OutboxFile(path, modified, stat.st_size, hashlib.sha256(path.read_bytes()).hexdigest()))
    return sorted(found, key=lambda f: (f.modified, f.path.name))


def delete(file: OutboxFile) -> None:
    try:
        file.path.unlink(missing_ok=True)
    except OSError as exc:
        raise DeliveryError(f"could not delete {file.path}: {exc.strerror}",
                            hint="fix the outbox folder's permissions and run `audience purge` again") from None
