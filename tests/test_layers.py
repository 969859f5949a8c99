"""The folder tree is the architecture: nothing below desktop/app imports Qt."""

import re
import subprocess
import sys
from pathlib import Path

import desktop

PLAIN_PACKAGES = ["desktop.cases", "desktop.triage", "desktop.sync", "desktop.paths", "desktop.cli"]


def _plain_modules() -> list[str]:
    root = Path(desktop.__file__).parent
    modules = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root.parent).with_suffix("")
        parts = relative.parts
        if parts[1] in ("ui", "app") or "migrations" in parts or parts[-1] == "__main__":
            continue
        modules.append(".".join(p for p in parts if p != "__init__"))
    return modules


def test_no_qt_below_the_app_layer():
    modules = _plain_modules()
    assert "desktop.cases.repository" in modules and "desktop.cases.queries" in modules
    code = ("import sys\n"
            f"for name in {modules!r}: __import__(name)\n"
            "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
            "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(desktop.__file__).parent.parent)


def test_ui_never_touches_the_database_directly():
    root = Path(desktop.__file__).parent / "ui"
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in (r"\bsqlite3\b", r"\bsqlalchemy\b", r"\bsqlmodel\b", r"\bSession\("):
            assert not re.search(word, text), f"{path.name} uses {word}"


def test_app_layer_never_reaches_up_into_the_windows():
    root = Path(desktop.__file__).parent / "app"
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import) desktop\.ui", text, re.M), f"{path.name} imports desktop.ui"
