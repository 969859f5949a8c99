"""The `balas` command line: starts the window, or runs a headless command (no display needed)."""

from __future__ import annotations

import argparse
import getpass
import os
import sqlite3
import sys
from datetime import datetime, timezone
from pathlib import Path

from desktop import __version__
from desktop.cases.vocab import BUILTIN_TOUCHPOINTS, Channel, State

PLATFORM_CHOICES = ("facebook", "instagram", "x")

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


def _day(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (like 2026-11-23): {text!r}") from None


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
    parser.add_argument("--minimized", action="store_true",
                        help="start in the tray without opening the window (used at login)")
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
    due = commands.add_parser("due", help="what is due or overdue (first replies, updates, follow-ups)")
    due.add_argument("--json", action="store_true", help="one JSON array")
    due.add_argument("--at", type=_when, metavar="ISO-TIME", help="as of this time (default now)")
    due.add_argument("--within", type=_positive, default=60, metavar="MINUTES",
                     help="also list what falls due within this many minutes (default 60)")
    report = commands.add_parser("report", help="complaints, response times and outcomes over a period")
    report.add_argument("--from", dest="first", type=_day, required=True, metavar="YYYY-MM-DD",
                        help="first day of the period (in the shop's time zone)")
    report.add_argument("--to", dest="last", type=_day, required=True, metavar="YYYY-MM-DD",
                        help="last day of the period, included")
    report.add_argument("--csv", type=Path, metavar="FILE", help="also write the period's cases to FILE (Excel-ready)")
    report.add_argument("--pdf", type=Path, metavar="FILE", help="also write the report with its charts to FILE")
    report.add_argument("--json", action="store_true", help="print the report as JSON")
    person = commands.add_parser("person", help="export or erase everything held about one person")
    person_commands = person.add_subparsers(dest="person_command", metavar="ACTION", required=True,
                                            parser_class=_Parser)
    export = person_commands.add_parser("export", help="print all of one person's data as JSON")
    export.add_argument("who", metavar="NAME_OR_ID", help="the person's exact name, or their id")
    export.add_argument("--json", action="store_true", help="JSON on standard output (the default)")
    export.add_argument("--csv", type=Path, metavar="FILE", help="also write it as one table to FILE")
    erase = person_commands.add_parser("erase", help="erase one person's data (cannot be undone)")
    erase.add_argument("who", metavar="NAME_OR_ID", help="the person's exact name, or their id")
    erase.add_argument("--yes", action="store_true", help="confirm: erase now")
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
    account = commands.add_parser("account", help="connect, list or forget Facebook, Instagram and X accounts")
    account_commands = account.add_subparsers(dest="account_command", metavar="ACTION", required=True,
                                              parser_class=_Parser)
    add_account = account_commands.add_parser(
        "add", help="connect an account with a token read from stdin (kept only in the keyring)")
    add_account.add_argument("platform", choices=PLATFORM_CHOICES)
    add_account.add_argument("--id", required=True, dest="external_id",
                             help="the Page id, Instagram user id or X user id")
    add_account.add_argument("--token-stdin", action="store_true", required=True,
                             help="read the access token from the first line of stdin"
                                  " (and a refresh token from the second, if any)")
    add_account.add_argument("--name", default="", help="the name shown in Balas")
    add_account.add_argument("--client-id", default="", help="X: your app's OAuth 2.0 client id")
    account_list = account_commands.add_parser("list", help="list the accounts (never a token)")
    account_list.add_argument("--json", action="store_true", help="one JSON array")
    remove_account = account_commands.add_parser("remove", help="forget an account's sign-in")
    remove_account.add_argument("account_id", type=_positive)
    sync = commands.add_parser("sync", help="fetch new comments and send the outbox")
    sync.add_argument("--once", action="store_true", required=True,
                      help="one run over every connected account; prints a JSON summary")
    reply = commands.add_parser("reply", help="queue a reply to a case (sent by the next sync)")
    reply.add_argument("case_id", type=_positive)
    reply.add_argument("--text", required=True, help="the reply ('-' reads stdin)")
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


def _due(args) -> int:
    import json
    from datetime import timedelta
    from desktop.cases.reminders import ReminderEngine

    at = (args.at or datetime.now(timezone.utc)).astimezone(timezone.utc)
    reminders = ReminderEngine(_open(args), clock=lambda: at).due(at, within=timedelta(minutes=args.within))
    if args.json:
        print(json.dumps([r.to_json(at) for r in reminders], ensure_ascii=False))
    else:
        for r in reminders:
            late = f"overdue {r.overdue_by.total_seconds() / 3600:.1f} h" if r.overdue else r.status(at)
            print(f"{r.case_id:>7}  {r.kind:<15} due {r.due_at.astimezone():%Y-%m-%d %H:%M}  {late:<16}"
                  f" {r.person[:24]:<24} {r.reason()}")
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


def _accounts(args, database):
    from desktop.paths import default_data_dir
    from desktop.sync.accounts import AccountStore, vault_for

    return AccountStore(database, vault_for(_data_dir(args), default_data_dir()))


def _account_add(args) -> int:
    import json
    from desktop.platforms import Credentials, PlatformError, make_connector

    lines = [line.strip() for line in sys.stdin.read().splitlines() if line.strip()]
    if not lines:
        print("balas: error: no token on stdin", file=sys.stderr)
        return 2
    credentials = Credentials(lines[0], lines[1] if len(lines) > 1 else None)
    connector = make_connector(args.platform, args.external_id, credentials, client_id=args.client_id)
    name, handle, warning = args.name, "", None
    try:
        info = connector.account()
        name, handle = name or info.name, info.handle
    except PlatformError as error:
        if not error.offline and error.kind != "temporary":
            print(f"balas: error: {args.platform} did not accept this token ({error.kind}"
                  f"{': ' + error.message if error.message else ''}); nothing was stored", file=sys.stderr)
            return 1
        warning = f"could not check the token now ({error.message}); it will be tried at the next sync"
    store = _accounts(args, _open(args))
    account_id = store.add(args.platform, args.external_id, credentials, name=name, handle=handle,
                           client_id=args.client_id)
    if warning:
        print(f"balas: warning: {warning}", file=sys.stderr)
    print(json.dumps(store.get(account_id).to_json(), ensure_ascii=False))
    return 0


def _account_list(args) -> int:
    import json

    rows = _accounts(args, _open(args)).list()
    if args.json:
        print(json.dumps([r.to_json() for r in rows], ensure_ascii=False))
    else:
        for r in rows:
            when = f"{r.last_sync_at:%Y-%m-%d %H:%M}" if r.last_sync_at else "never"
            print(f"{r.id:>4}  {r.platform:<9} {r.display_name[:30]:<30} {r.status:<14} synced {when}")
    return 0


def _account_remove(args) -> int:
    _accounts(args, _open(args)).remove(args.account_id)
    print(f"balas: account {args.account_id} signed out; its comments and cases stay", file=sys.stderr)
    return 0


def _sync(args) -> int:
    import json
    from desktop.sync.service import SyncService

    database = _open(args)
    summary = SyncService(database, _accounts(args, database)).sync_once()
    print(json.dumps(summary.to_json(), ensure_ascii=False))
    return 0 if not summary.keyring else 1


def _reply(args) -> int:
    import json
    from desktop.cases import queries
    from desktop.cases.repository import CaseRepository

    text = sys.stdin.read() if args.text == "-" else args.text
    database = _open(args)
    with database.connect() as conn:
        target = queries.reply_target(conn, args.case_id)
    outbox_id = CaseRepository(database).record_reply(args.case_id, text, getpass.getuser(),
                                                      reply_to=target)
    print(json.dumps({"case_id": args.case_id, "outbox_id": outbox_id,
                      "state": "queued" if outbox_id else "logged"}))
    return 0


def no_display() -> bool:
    """On Linux, Qt aborts without a display; say so in one line instead."""
    env = os.environ
    return (sys.platform.startswith("linux") and not env.get("QT_QPA_PLATFORM")
            and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"))


def _gui(args, argv: list[str]) -> int:
    if no_display():
        print("balas: error: no display to open the window on (DISPLAY is not set); "
              "the 'cases' commands work without one", file=sys.stderr)
        return 1
    from desktop.app.session import GuiOptions
    from desktop.ui.start import run
    from desktop.logs import setup_logging

    setup_logging(_data_dir(args))
    options = GuiOptions(data_dir=_data_dir(args), demo=args.demo, language=args.lang,
                         smoke=args.smoke, extra_cases=args.cases, minimized=args.minimized)
    return run(options, argv=[sys.argv[0], *argv])


def main(argv: list[str] | None = None) -> int:
    from desktop.cases.errors import CaseLogError
    from desktop.secrets import KeyringUnavailable

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
        if args.command == "due":
            return _due(args)
        if args.command in ("report", "person"):
            from desktop import cli_records

            return cli_records.run(args, _open(args))
        if args.command == "triage":
            return _triage(args)
        if args.command == "lint":
            return _lint(args)
        if args.command == "account":
            return {"add": _account_add, "list": _account_list,
                    "remove": _account_remove}[args.account_command](args)
        if args.command == "sync":
            return _sync(args)
        if args.command == "reply":
            return _reply(args)
        return _gui(args, argv)
    except CaseLogError as error:
        print(f"balas: error: {error}", file=sys.stderr)
        return 1
    except sqlite3.Error as error:
        print(f"balas: error: the case log could not be read or written ({error})", file=sys.stderr)
        return 1
    except KeyringUnavailable as error:
        print(f"balas: error: the keyring cannot be used ({error.reason}); accounts cannot be"
              " connected, everything else works", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"balas: error: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
