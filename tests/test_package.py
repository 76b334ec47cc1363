"""The built wheel works outside the checkout: every module and data file travels inside the package.

The wheel is installed (without dependencies) into a fresh virtualenv that borrows the dependencies of
the project's own .venv through a .pth line, and the CLI runs from another folder: a module, prompt,
catalog or golden file left out of the wheel fails here. (Dependency versions are checked against the
lock by tests/test_structure.py.)
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-q",
                    "-w", str(out), str(ROOT)], check=True, capture_output=True, cwd=out)
    (found,) = out.glob("audience_builder-*.whl")
    return found


def test_the_wheel_holds_every_module_and_data_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in [*ROOT.glob("assistant/**/*.py"), *ROOT.glob("schema_catalog/**/*.py"),
                 *ROOT.glob("schema_catalog/**/*.yaml")]:
        assert path.relative_to(ROOT).as_posix() in names
    assert "assistant/sql/guard_functions.sql" in names
    for path in (ROOT / "prompts").rglob("*.*"):
        if path.suffix in (".md", ".yaml"):
            assert f"assistant/prompts/{path.relative_to(ROOT / 'prompts').as_posix()}" in names
    for path in (ROOT / "evals").rglob("*.*"):
        if path.suffix in (".yaml", ".sql"):
            assert f"assistant/evalsets/{path.relative_to(ROOT / 'evals').as_posix()}" in names


def test_the_installed_wheel_runs_the_journey_from_another_folder(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    # Dependencies from the project's .venv, appended after the new site-packages: the wheel's copy wins.
    # (every site-packages on this interpreter's path, so a venv layered over another one works too).
    deps = [p for p in sys.path if p.endswith("site-packages") and "__editable__" not in p]
    (site / "deps.pth").write_text("\n".join(dict.fromkeys([sysconfig.get_paths()["purelib"], *deps])) + "\n")
    with zipfile.ZipFile(wheel) as whl:
        whl.extractall(site)
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("AUDIENCE_")}
    env["AUDIENCE_HOME"] = str(work / "home")

    def audience(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(python), "-m", "assistant", *args], cwd=work, env=env, capture_output=True,
                              text=True, timeout=600)

    where = subprocess.run([str(python), "-c", "import assistant; print(assistant.__file__)"], cwd=work, env=env,
                           capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(site)), where
    db = work / "demo.duckdb"
    assert audience("demo-data", "--customers", "2000", "--out", str(db)).returncode == 0
    translated = audience("translate", "VIP customers in France", "--db", str(db), "--json")
    assert translated.returncode == 0, translated.stderr
    out = json.loads(translated.stdout)
    assert out["status"] == "ok" and "loyalty_tier" in out["sql"]
    (work / "def.json").write_text(json.dumps(out["definition"]))
    ran = audience("dry-run", "--definition", "def.json", "--db", str(db), "--json")
    assert ran.returncode == 0, ran.stderr
    assert 0 < json.loads(ran.stdout)["final_size"] < 2000
    golden = site / "assistant" / "evalsets" / "golden" / "streambox.yaml"
    evaluated = audience("eval", "--golden", str(golden), "--report", str(work / "report.json"))
    assert "prompts: execution match" in evaluated.stdout, evaluated.stderr
    assert (work / "report.json").exists() and not (ROOT / "work").exists()
