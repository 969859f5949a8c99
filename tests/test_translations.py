"""The Malay and Indonesian translations: complete, up to date with the code, and compiled.

A developer who adds a tr() string gets a failing test here that names it. To fix:

    pyside6-lupdate $(find desktop -name '*.py') -no-obsolete \
        -ts resources/translations/balas_ms.ts resources/translations/balas_id.ts
    # translate the new messages (Qt Linguist: pyside6-linguist, or edit the .ts), then
    pyside6-lrelease resources/translations/balas_ms.ts resources/translations/balas_id.ts
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"ms": "ms_MY", "id": "id_ID"}

PLACEHOLDER = re.compile(r"%(?:\d|n)")
SHORTCUT = re.compile(r"Ctrl\+(?:Enter|Return|[A-Z])\b")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]
    """The translation (one entry), or every numerus form."""


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(form.text or "" for form in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(Message(
                context=name, source=message.findtext("source") or "",
                comment=message.findtext("comment") or "", numerus=numerus,
                finished=translation is not None and translation.get("type") is None,
                forms=forms))
    return messages


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"balas_{lang}.ts"


def tool(name: str) -> str:
    """A PySide6 tool: beside this Python first (the venv's own), else on PATH."""
    beside = Path(sys.executable).parent / (name + (".exe" if sys.platform == "win32" else ""))
    found = str(beside) if beside.is_file() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} not found (beside {sys.executable} or on PATH); it ships with "
                    f"PySide6-Essentials: pip install PySide6-Essentials", pytrace=False)
    return found


def desktop_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def short(pairs) -> str:
    return "\n".join(f"    [{context}] {source!r}" for context, source in sorted(pairs))


# -- the .ts files ---------------------------------------------------------------------------------

def test_english_has_a_singular_and_a_plural_for_every_count(tmp_path):
    """English reads "1 reply waiting", "3 replies waiting", never "reply(s)"."""
    committed = ts_path("en")
    copy = tmp_path / committed.name
    shutil.copyfile(committed, copy)
    result = subprocess.run([tool("pyside6-lupdate"), *desktop_sources(), "-pluralonly", "-no-obsolete",
                             "-ts", str(copy)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    messages = read_ts(copy)
    assert messages and all(m.numerus for m in messages)
    problems = [f"[{m.context}] {m.source!r}" for m in messages
                if not m.finished or len(m.forms) != 2 or any("(s)" in f or "%n" not in f for f in m.forms)]
    assert not problems, ("balas_en.ts needs the singular and plural of (update it with "
                          "pyside6-lupdate … -pluralonly -ts resources/translations/balas_en.ts):\n"
                          + "\n".join(problems))
    assert (TRANSLATIONS / "balas_en.qm").is_file()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang):
    path = ts_path(lang)
    assert path.is_file(), f"{path} is missing"
    assert ET.parse(path).getroot().get("language") == LANGUAGES[lang]
    messages = read_ts(path)
    assert messages, f"{path.name} has no messages"
    problems = []
    for m in messages:
        where = f"[{m.context}] {m.source!r}"
        if not m.finished:
            problems.append(f"{where}: not marked finished (unfinished/obsolete/vanished)")
        if not m.forms or not all(form.strip() for form in m.forms):
            problems.append(f"{where}: empty translation")
            continue
        if m.numerus and len(m.forms) != 1:
            problems.append(f"{where}: Malay and Indonesian have one plural form, found {len(m.forms)}")
        for form in m.forms:
            if Counter(PLACEHOLDER.findall(form)) != Counter(PLACEHOLDER.findall(m.source)):
                problems.append(f"{where}: placeholders differ in {form!r}")
            if Counter(SHORTCUT.findall(form)) != Counter(SHORTCUT.findall(m.source)):
                problems.append(f"{where}: keyboard hint changed in {form!r}")
            if form.count("…") != m.source.count("…"):
                problems.append(f"{where}: “…” lost or added in {form!r}")
            if form.count("\n") != m.source.count("\n"):
                problems.append(f"{where}: line breaks differ in {form!r}")
    assert not problems, f"{path.name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_lists_exactly_the_strings_in_the_code(lang, tmp_path):
    """lupdate over today's desktop/ sources adds or drops nothing."""
    committed = ts_path(lang)
    copy = tmp_path / committed.name
    shutil.copyfile(committed, copy)
    result = subprocess.run([tool("pyside6-lupdate"), *desktop_sources(), "-no-obsolete",
                             "-ts", str(copy)], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, f"lupdate failed:\n{result.stdout}\n{result.stderr}"
    before = {(m.context, m.source) for m in read_ts(committed)}
    after = {(m.context, m.source) for m in read_ts(copy)}
    added, dropped = after - before, before - after
    assert not added and not dropped, (
        f"{committed.name} is out of date with desktop/ — run pyside6-lupdate (see this file's "
        f"docstring), translate, then pyside6-lrelease.\n"
        + (f"  New strings, not yet in {committed.name}:\n{short(added)}\n" if added else "")
        + (f"  Strings no longer in the code:\n{short(dropped)}\n" if dropped else ""))


def _wrapper_contexts(tree: ast.AST) -> dict[str, str]:
    """Functions like `def _tr(text): return QCoreApplication.translate("Ctx", text)`."""
    wrappers = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        params = {a.arg for a in node.args.args}
        for call in ast.walk(node):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate" and len(call.args) >= 2
                    and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
                    and isinstance(call.args[1], ast.Name) and call.args[1].id in params):
                wrappers[node.name] = call.args[0].value
    return wrappers


def _literal(node: ast.AST) -> str | None:
    """The source text handed to a wrapper: a literal, or QT_TRANSLATE_NOOP(ctx, literal)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
            and len(node.args) == 2):
        return _literal(node.args[1])
    return None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_strings_passed_through_translate_wrappers_are_in_the_ts(lang):
    """lupdate cannot see `_tr("…")` when `_tr` wraps QCoreApplication.translate: such strings
    must also be marked with QT_TRANSLATE_NOOP, or they are never translated."""
    known = {(m.context, m.source) for m in read_ts(ts_path(lang))}
    unseen = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = _wrapper_contexts(tree)
        for call in ast.walk(tree):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                    and call.func.id in wrappers and call.args):
                text = _literal(call.args[0])
                if text is not None and (wrappers[call.func.id], text) not in known:
                    unseen.add((wrappers[call.func.id], f"{path.relative_to(ROOT)}:{call.lineno}: {text}"))
    assert not unseen, (
        "lupdate does not see these strings (passed to a translate() wrapper as plain literals); "
        "wrap them as _tr(QT_TRANSLATE_NOOP(\"<context>\", \"…\")) and re-run lupdate:\n"
        + short(unseen))


# -- the compiled .qm files -------------------------------------------------------------------------

def _translator(lang: str):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    qm = TRANSLATIONS / f"balas_{lang}.qm"
    assert qm.is_file(), f"{qm} is missing — run pyside6-lrelease on {ts_path(lang).name}"
    assert translator.load(str(qm)), f"{qm} cannot be loaded"
    return translator


@pytest.mark.parametrize("lang", LANGUAGES)
def test_qm_matches_ts(lang):
    """The compiled file gives exactly the .ts translations (lrelease was run after the last edit)."""
    translator = _translator(lang)
    stale = []
    for m in read_ts(ts_path(lang)):
        got = translator.translate(m.context, m.source, m.comment or None, 1 if m.numerus else -1)
        if got != m.forms[0]:
            stale.append(f"    [{m.context}] {m.source!r}: .qm has {got!r}, .ts has {m.forms[0]!r}")
    assert not stale, (f"balas_{lang}.qm is older than balas_{lang}.ts — run pyside6-lrelease:\n"
                       + "\n".join(stale))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_app_finds_and_uses_the_translation(lang):
    """The file name and folder the app loads from (desktop.app.i18n) hold real translations."""
    from PySide6.QtCore import QTranslator

    from desktop.paths import resources_dir

    translator = QTranslator()
    assert translator.load(f"balas_{lang}", str(resources_dir() / "translations"))
    expected = {m.context + "\0" + m.source: m.forms[0] for m in read_ts(ts_path(lang))}
    for context, source in (("Labels", "New"), ("Labels", "Walk-in"), ("MainWindow", "Refresh"),
                            ("MainWindow", "Balas — complaints inbox")):
        got = translator.translate(context, source)
        assert got, f"[{context}] {source!r} has no {lang} translation in the .qm"
        assert got == expected[context + "\0" + source]
    assert translator.translate("Labels", "Walk-in") != "Walk-in"
    plural = translator.translate("InboxPresenter", "%n case(s) shown.", "", 5)
    assert "%n" in plural and plural != "%n case(s) shown."
