"""The `balas` command line: starts the window, or runs a headless command (no display needed)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

from desktop import __version__
from desktop.cases.vocab import BUILTIN_TOUCHPOINTS, Channel, State

__all__ = ["main", "build_parser"]


class _Parser(argparse.ArgumentParser):
    """A bad argument is one line on stderr and exit code 2, never a traceback or a page of usage."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog.split()[0]} --help)\n")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text}")
    return value


def _when(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO time (like 2026-11-23T14:30): {text!r}") from None
    return moment if moment.tzinfo else moment.astimezone()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="balas", description="Answer and track customer complaints.")
    parser.add_argument("--version", action="version", version=f"balas {__version__}")
    parser.add_argument("--data-dir", type=Path, metavar="DIR",
                        help="keep the case log in DIR instead of your user data folder")
    parser.add_argument("--demo", action="store_true",
                        help="open the built-in demo shop (never your own cases)")
    parser.add_argument("--cases", type=_positive, default=0, metavar="N",
                        help="with --demo: add N generated cases (for trying out big logs)")
    parser.add_argument("--lang", choices=("en", "ms", "id"),
                        help="interface language (default: the system's)")
    parser.add_argument("--smoke", action="store_true",
                        help="quit as soon as the inbox has loaded (for build checks)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    cases = commands.add_parser("cases", help="add or list cases without opening the window")
    case_commands = cases.add_subparsers(dest="case_command", metavar="ACTION", required=True,
                                         parser_class=_Parser)
    add = case_commands.add_parser("add", help="log a complaint; prints the new case as JSON")
    add.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    add.add_argument("--name", required=True, help="the customer's name")
    add.add_argument("--text", required=True, help="what the customer said ('-' reads stdin)")
    add.add_argument("--touchpoint", default="other",
                     help=f"one of {', '.join(BUILTIN_TOUCHPOINTS)} or your own")
    add.add_argument("--contact", help="phone number or e-mail")
    add.add_argument("--received", type=_when, help="when it came in (ISO time; default now)")
    listing = case_commands.add_parser("list", help="list cases")
    listing.add_argument("--json", action="store_true", help="one JSON array")
    listing.add_argument("--state", choices=[s.value for s in State] + ["open", "all"], default="all")
    listing.add_argument("--channel", choices=[c.value for c in Channel])
    listing.add_argument("--search", default="", metavar="WORDS")
    listing.add_argument("--overdue", action="store_true")
    triage = commands.add_parser(
        "triage", help="triage comments from a JSON-lines file; prints one JSON line per comment")
    triage.add_argument("file", help="JSON lines with id, author, text, history, lang ('-' reads stdin)")
    _reply_options(triage)
    lint = commands.add_parser("lint", help="check a reply before it is sent; prints the findings as JSON")
    lint.add_argument("text", nargs="?", default="-", help="the reply ('-' or nothing reads stdin)")
    lint.add_argument("--lang", choices=("en", "ms", "id"), required=True, help="the reply's language")
    lint.add_argument("--name", default="", help="the customer's name (checked with --require-name)")
    lint.add_argument("--require-name", action="store_true")
    lint.add_argument("--require-signature", action="store_true")
    _reply_options(lint)
    return parser


def _reply_options(command) -> None:
    command.add_argument("--ui-lang", choices=("en", "ms", "id"), default="en",
                         help="language of the reasons and messages (default en)")
    command.add_argument("--signature", default="", help="initials that sign replies, e.g. ML")
    if command.prog.endswith("triage"):
        command.add_argument("--shop", default="", help="the shop's name for the replies")
        command.add_argument("--prefer", choices=("ms", "id"), default="ms",
                             help="Malay or Indonesian when a comment could be either")


def _data_dir(args) -> Path:
    from desktop.paths import default_data_dir, demo_data_dir

    base = args.data_dir.expanduser() if args.data_dir else default_data_dir()
    return demo_data_dir(base) if args.demo else base


def _open(args):
    from desktop.cases.db import open_database
    from desktop.paths import DB_FILENAME

    folder = _data_dir(args)
    if args.demo and not (folder / DB_FILENAME).exists():
        from desktop.cases.demo import build_demo_database
        from desktop.sync.intake import triage_all

        return build_demo_database(folder, datetime.now(timezone.utc), args.cases, prepare=triage_all)
    return open_database(folder / DB_FILENAME)


def _cases_add(args) -> int:
    import json
    from desktop.cases import queries
    from desktop.cases.repository import CaseRepository

    text = sys.stdin.read() if args.text == "-" else args.text
    database = _open(args)
    case_id = CaseRepository(database).add_manual_case(
        channel=args.channel, text=text, person_name=args.name, contact=args.contact,
        touchpoint=args.touchpoint, received_at=args.received, actor=getpass.getuser())
    with database.connect() as conn:
        detail = queries.case_detail(conn, case_id)
    print(json.dumps(detail.to_json(), ensure_ascii=False))
    return 0


def _cases_list(args) -> int:
    import json
    from desktop.cases import queries
    from desktop.cases.vocab import OPEN_STATES

    states = (None if args.state == "all" else tuple(s.value for s in OPEN_STATES)
              if args.state == "open" else (args.state,))
    case_filter = queries.CaseFilter(states=states, channel=args.channel, search=args.search,
                                     overdue_only=args.overdue)
    now = datetime.now(timezone.utc)
    database = _open(args)
    with database.connect() as conn:
        ids = queries.find_case_ids(conn, case_filter, now)
        rows = queries.load_rows(conn, ids)
    listed = [rows[i] for i in ids if i in rows]
    if args.json:
        print(json.dumps([{
            "id": r.id, "person": r.person_name, "channel": r.channel, "touchpoint": r.touchpoint,
            "state": r.state, "complainant_type": r.complainant_type, "text": r.snippet,
            "received_at": r.received_at.isoformat(),
            "due_at": r.due_at.isoformat() if r.due_at else None, "overdue": r.overdue(now),
        } for r in listed], ensure_ascii=False))
    else:
        for r in listed:
            flag = " OVERDUE" if r.overdue(now) else ""
            snippet = " ".join(r.snippet.split())[:70]
            print(f"{r.id:>7}  {r.received_at:%Y-%m-%d %H:%M}  {r.state:<12} {r.channel:<9} "
                  f"{r.person_name[:24]:<24} {snippet}{flag}")
    return 0


def _triage(args) -> int:
    """One output line per input line; a bad line gets an error object and the run goes on."""
    import json
    from desktop.triage.service import TriageService, read_item

    service = TriageService()
    source = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8", errors="replace")
    failed = 0
    with source:
        for number, line in enumerate(source, start=1):
            if not line.strip():
                continue
            item_id = None
            try:
                raw = json.loads(line)
                item_id = raw.get("id") if isinstance(raw, dict) else None
                item = read_item(raw)
                outcome = service.run(item["text"], author=item["author"], history=item["history"],
                                      lang=item["lang"], ui_lang=args.ui_lang, signature=args.signature,
                                      shop=args.shop, prefer=args.prefer, seed=str(item_id or number))
                print(json.dumps(outcome.to_json(item_id), ensure_ascii=False), flush=True)
            except (ValueError, RecursionError) as error:
                failed += 1
                reason = f"not valid JSON: {error.msg}" if isinstance(error, json.JSONDecodeError) else str(error)
                print(json.dumps({"id": item_id, "line": number, "error": reason}, ensure_ascii=False),
                      flush=True)
    return 1 if failed else 0


def _lint(args) -> int:
    import json
    from desktop.triage.service import TriageService

    text = sys.stdin.read() if args.text == "-" else args.text
    findings = TriageService().lint(text, args.lang, ui_lang=args.ui_lang, name=args.name,
                                    signature=args.signature, require_name=args.require_name,
                                    require_signature=args.require_signature)
    print(json.dumps([f.to_json(text) for f in findings], ensure_ascii=False))
    return 0


def _no_display() -> bool:
    """On Linux, Qt aborts without a display; say so in one line instead."""
    env = os.environ
    return (sys.platform.startswith("linux") and not env.get("QT_QPA_PLATFORM")
            and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"))


def _gui(args, argv: list[str]) -> int:
    if _no_display():
        print("balas: error: no display to open the window on (DISPLAY is not set); "
              "the 'cases' commands work without one", file=sys.stderr)
        return 1
    from desktop.app.session import GuiOptions
    from desktop.ui.start import run
    from desktop.logs import setup_logging

    setup_logging(_data_dir(args))
    options = GuiOptions(data_dir=_data_dir(args), demo=args.demo, language=args.lang,
                         smoke=args.smoke, extra_cases=args.cases)
    return run(options, argv=[sys.argv[0], *argv])


def main(argv: list[str] | None = None) -> int:
    from desktop.cases.errors import CaseLogError

    argv = sys.argv[1:] if argv is None else argv
    for stream in (sys.stdout, sys.stderr):
        # Piped JSON is UTF-8 on every system; a console that cannot show a letter gets a '?'.
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace", **({} if stream.isatty() else {"encoding": "utf-8"}))
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "cases":
            return _cases_add(args) if args.case_command == "add" else _cases_list(args)
        if args.command == "triage":
            return _triage(args)
        if args.command == "lint":
            return _lint(args)
        return _gui(args, argv)
    except CaseLogError as error:
        print(f"balas: error: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"balas: error: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
