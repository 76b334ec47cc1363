"""What every command shares: settings from flags, the services it works on, a definition from a file."""
from __future__ import annotations

import sys
from pathlib import Path

from assistant import pipeline
from assistant.definition import AudienceDefinition, Criterion
from assistant.errors import AudienceError
from assistant.settings import load_settings


def progress_bar(i: int, n: int, label: str) -> None:
    width = 30
    done = int(width * i / n) if n else width
    sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {i}/{n} {label:<24}")
    if i >= n:
        sys.stderr.write("\n")
    sys.stderr.flush()


def settings_from(args):
    return load_settings(db=getattr(args, "db", None), catalog=getattr(args, "catalog", None))


def ensure_demo_warehouse(settings, *, quiet: bool = False) -> Path:
    from assistant.demo.generate import ensure_demo_warehouse as ensure

    if settings.db is None and not settings.demo_db.exists() and not quiet:
        print(f"Generating the demo warehouse ({settings.demo_customers:,} customers) at {settings.demo_db} ...", file=sys.stderr)
    if settings.engine == "duckdb":
        ensure(settings, None if quiet else progress_bar)
    return settings.warehouse_path


def services(settings) -> pipeline.Services:
    """The pipeline's services; the demo warehouse is generated first when no warehouse is configured."""
    ensure_demo_warehouse(settings)
    return pipeline.open(settings)


def load_definition(args) -> AudienceDefinition:
    if getattr(args, "sql", None):
        defn = AudienceDefinition(request="(hand-written SQL)", criteria=[
            Criterion(label="hand-written SQL", phrase="", sql=args.sql, origin="user")])
    else:
        defn = _definition_file(Path(args.definition))
    updates = {k: v for k, v in (("as_of", getattr(args, "as_of", None)), ("channel", getattr(args, "channel", None)))
               if v is not None}
    return defn.model_copy(update=updates) if updates else defn


def _definition_file(path: Path) -> AudienceDefinition:
    """A definition JSON, or what `audience translate --json` prints (its 'definition', when the status is ok)."""
    import json

    from pydantic import ValidationError

    try:
        data = json.loads(path.read_text())
    except OSError as exc:
        raise AudienceError(f"cannot read {path}: {exc.strerror}", hint="pass an existing JSON file") from None
    except json.JSONDecodeError as exc:
        raise AudienceError(f"{path} is not a valid audience definition: not JSON ({exc.msg} at line {exc.lineno})",
                            hint="write it with `audience translate ... --json > file.json`") from None
    if isinstance(data, dict) and "status" in data and "definition" in data:
        if data["status"] != "ok" or not data["definition"]:
            raise AudienceError(f"{path} holds a translation whose status is '{data['status']}', not a definition to submit",
                                hint="answer its clarification (or rephrase) and translate again")
        data = data["definition"]
    try:
        return AudienceDefinition.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise AudienceError(f"{path} is not a valid audience definition: {where}: {first['msg']}",
                            hint="write it with `audience translate ... --json` or follow the AudienceDefinition model") from None
