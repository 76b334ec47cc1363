"""Read table-driven SQL fixture files: blocks introduced by '-- case:' with '-- key: value' headers."""
from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def read_cases(name: str) -> list[dict]:
    cases, current = [], None
    for line in (FIXTURES / name).read_text().splitlines():
        if line.startswith("-- case:"):
            current = {"case": line.split(":", 1)[1].strip(), "sql": []}
            cases.append(current)
        elif current is None:
            continue
        elif line.startswith("-- ") and ":" in line and not current["sql"] and line[3:].split(":")[0].isidentifier():
            key, value = line[3:].split(":", 1)
            current[key.strip()] = value.strip()
        else:
            current["sql"].append(line)
    for case in cases:
        case["sql"] = "\n".join(case["sql"]).strip("\n")
    return cases
