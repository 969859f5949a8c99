"""The demo shop: a hand-written small shop page, and a generator of big case logs for benchmarks."""

from __future__ import annotations

import json
import os
import random
import shutil
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable

from desktop.cases.db import Database, open_database
from desktop.cases.deadlines import ReminderKind, due_after
from desktop.cases.reminders import load_targets
from desktop.cases.queries import to_db_time
from desktop.cases.repository import CaseRepository
from desktop.cases.vocab import BUILTIN_TOUCHPOINTS, Channel, ComplainantType, State
from desktop.paths import DB_FILENAME, resources_dir

__all__ = ["build_demo_database", "seed_demo_shop", "generate_cases", "load_demo_shop"]


def load_demo_shop(path: Path | None = None) -> dict:
    path = path or resources_dir() / "demo" / "shop.json"
    return json.loads(Path(path).read_text(encoding="utf-8"))


def build_demo_database(folder: Path, now: datetime, extra_cases: int = 0,
                        prepare: Callable[[Database], None] | None = None) -> Database:
    """A fresh demo database in `folder` (the old demo is replaced; the owner's is never touched).

    `prepare` runs on the seeded shop before any generated cases (the app triages it there).
    Built beside its final name and moved into place, so a failed build leaves the old demo.
    """
    folder.mkdir(parents=True, exist_ok=True)
    building = folder / "building"
    shutil.rmtree(building, ignore_errors=True)
    database = open_database(building / DB_FILENAME, now=now)
    seed_demo_shop(database, load_demo_shop(), now)
    if prepare is not None:
        prepare(database)
    if extra_cases:
        generate_cases(database, extra_cases, now)
    database.dispose()
    with database.connect() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target = folder / DB_FILENAME
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(building / DB_FILENAME, target)
    shutil.rmtree(building, ignore_errors=True)
    return open_database(target, now=now)


def seed_demo_shop(database: Database, shop: dict, now: datetime) -> None:
    """Write the hand-made shop (people, comments, cases with their history) into `database`."""
    from desktop.cases.models import Comment

    repo = CaseRepository(database, clock=lambda: now)
    owner = shop["shop"].get("initials", "ML")
    ago = lambda hours: now - timedelta(hours=float(hours))  # noqa: E731
    people = {p["key"]: repo.add_person(p["name"], platform=p["platform"],
                                        external_id=p.get("external_id"),
                                        profile_url=p.get("profile_url"), contact=p.get("contact"))
              for p in shop["people"]}
    comments: dict[str, int] = {}
    with database.session() as session:
        for c in sorted(shop["comments"], key=lambda c: -float(c["hours_ago"])):
            row = Comment(platform=c["platform"], external_id=f"demo-{c['key']}",
                          post_external_id=c.get("post"), text=c["text"],
                          person_id=people.get(c.get("person")), by_page=bool(c.get("by_page")),
                          parent_id=comments.get(c.get("parent")), created_at=ago(c["hours_ago"]),
                          fetched_at=ago(c["hours_ago"]))
            session.add(row)
            session.flush()
            comments[c["key"]] = row.id
        session.commit()
    for k in shop["cases"]:
        received = ago(k["hours_ago"])
        # Logged when it came in: the created event and the due time follow the story.
        logged = CaseRepository(database, clock=lambda received=received: received)
        case_id = logged.add_manual_case(channel=k["channel"], text=k["text"], actor=owner,
                                         person_id=people[k["person"]], touchpoint=k["touchpoint"],
                                         received_at=received,
                                         complainant_type=k.get("complainant_type"),
                                         language=k.get("lang"))
        if k.get("comments"):
            with database.session() as session:
                for key in k["comments"]:
                    comment = session.get(Comment, comments[key])
                    comment.case_id = case_id
                    session.add(comment)
                session.commit()
        for event in k.get("events", []):
            at = ago(event["hours_ago"])
            if "note" in event:
                repo.add_note(case_id, event["note"], event.get("by", ""), at=at)
            else:
                repo.apply_action(case_id, event["action"], event.get("by", ""),
                                  reason=event.get("reason"), at=at)


# -- big generated logs ---------------------------------------------------------------
_OPENERS = {
    "ms": ["Kek sampai lambat", "Order saya tak sampai lagi", "Staf kaunter kurang mesra",
           "Harga naik tak bagitau", "Bayaran dah potong tapi status belum bayar",
           "Kedai tutup awal hari ni", "Rasa kek lain dari biasa", "Kotak kek penyek"],
    "id": ["Pesanan saya belum datang", "Kuenya agak keras", "Kurirnya telat banget",
           "Harganya kok naik terus", "Sudah transfer tapi belum dikonfirmasi",
           "Pelayanannya kurang ramah", "Aplikasinya error terus", "Rasanya beda dari biasanya"],
    "en": ["My cake arrived late", "The icing was melted", "Staff were rude at the counter",
           "Prices went up again", "Charged twice for one order", "Website checkout keeps failing",
           "Wrong flavour delivered", "Shop was closed during opening hours"],
}
_TAILS = {
    "ms": ["tolong semak", "kecewa sgt", "camne ni", "dah 3 hari tunggu", "harap cepat balas"],
    "id": ["tolong dicek ya", "kecewa banget", "gimana nih", "udah nunggu 3 hari", "mohon dibantu"],
    "en": ["please check", "really disappointed", "what happened?", "waited three days",
           "hope you reply soon"],
}
_FIRST = ["Aisyah", "Budi", "Chong", "Dewi", "Farid", "Grace", "Hafiz", "Intan", "Joko", "Kumar",
          "Lina", "Mei Ling", "Nurul", "Putri", "Rizal", "Siti", "Tan", "Wahyu", "Yusof", "Zainab"]
_LAST = ["Abdullah", "Santoso", "Wei", "Lestari", "Rahman", "Lim", "Ismail", "Permata", "Raj",
         "Hassan", "Wijaya", "Ng", "Hidayat", "Osman", "Kurniawan"]


def generate_cases(database: Database, count: int, now: datetime, seed: int = 7) -> None:
    """Add `count` plausible cases (with people, events and source comments) for benchmarks.

    Uses bulk sqlite3 inserts; the search index is kept in step by the schema's triggers.
    """
    rng = random.Random(seed)
    channels = list(Channel)
    states = list(State)
    types = list(ComplainantType)
    people_count = max(1, count // 3)
    with database.connect() as conn:
        targets = load_targets(conn)
        base_person = conn.execute("SELECT coalesce(max(id), 0) FROM person").fetchone()[0]
        conn.executemany(
            "INSERT INTO person (id, platform, external_id, name, created_at) VALUES (?,?,?,?,?)",
            [(base_person + i + 1, "offline", None,
              f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {i}", to_db_time(now))
             for i in range(people_count)])
        base_case = conn.execute("SELECT coalesce(max(id), 0) FROM complaint_case").fetchone()[0]
        cases, events, comments = [], [], []
        for i in range(count):
            case_id = base_case + i + 1
            lang = rng.choice(("ms", "id", "en"))
            text = f"{rng.choice(_OPENERS[lang])}, {rng.choice(_TAILS[lang])} (#{case_id})"
            received = now - timedelta(minutes=rng.randint(1, 60 * 24 * 365))
            channel = rng.choice(channels)
            state = rng.choice(states)
            last = received + timedelta(minutes=rng.randint(1, 600))
            due = due_after(state, channel, received, last, targets)
            first_due = targets.hours.add(received, targets.span(ReminderKind.FIRST_RESPONSE, channel))
            answered = state not in (State.NEW, State.IGNORED)
            resolved = state in (State.RESOLVED, State.FOLLOWED_UP, State.CLOSED)
            cases.append((case_id, base_person + rng.randint(1, people_count), channel,
                          rng.choice(BUILTIN_TOUCHPOINTS), text, to_db_time(received), state,
                          rng.choice(types), lang, "spam" if state == State.IGNORED else None,
                          to_db_time(due) if due else None, to_db_time(last), to_db_time(first_due),
                          to_db_time(last) if answered else None, to_db_time(last) if resolved else None))
            events.append((case_id, to_db_time(received), "created", "", None, "new"))
            if state != State.NEW:
                events.append((case_id, to_db_time(last), "state", "ML", "new", state))
            if channel in (Channel.FACEBOOK, Channel.INSTAGRAM, Channel.X):
                comments.append((channel, f"gen-{case_id}", text, to_db_time(received),
                                 to_db_time(received), case_id, cases[-1][1]))
        conn.executemany(
            "INSERT INTO complaint_case (id, person_id, channel, touchpoint, text, received_at,"
            " state, complainant_type, language, ignore_reason, due_at, updated_at, first_due_at,"
            " first_response_at, resolved_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", cases)
        conn.executemany("INSERT INTO case_event (case_id, at, kind, actor, from_state, to_state)"
                         " VALUES (?,?,?,?,?,?)", events)
        conn.executemany(
            "INSERT INTO comment (platform, external_id, text, created_at, fetched_at, case_id,"
            " person_id, by_page, hidden, deleted) VALUES (?,?,?,?,?,?,?,0,0,0)", comments)
        conn.commit()
