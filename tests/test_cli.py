"""The headless command line, run as a real process like a script would."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def balas(*args, stdin: str | None = None, data_dir: Path | None = None):
    command = [sys.executable, "-m", "desktop"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(command + list(args), input=stdin, capture_output=True, text=True,
                          cwd=ROOT, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
                          timeout=120)


def test_version():
    done = balas("--version")
    assert done.returncode == 0
    from desktop import __version__
    assert done.stdout.strip() == f"balas {__version__}"


def test_add_then_list_as_json(tmp_path):
    added = balas("cases", "add", "--channel", "phone", "--name", "Puan Rosnah",
                  "--text", "Kek lapis <b>basi</b> 😡", "--touchpoint", "product_quality",
                  data_dir=tmp_path)
    assert added.returncode == 0, added.stderr
    case = json.loads(added.stdout)
    assert case["text"] == "Kek lapis <b>basi</b> 😡" and case["state"] == "new"
    assert case["person"]["name"] == "Puan Rosnah" and case["channel"] == "phone"
    listed = json.loads(balas("cases", "list", "--json", "--search", "basi", data_dir=tmp_path).stdout)
    assert [c["id"] for c in listed] == [case["id"]]
    assert json.loads(balas("cases", "list", "--json", "--state", "closed", data_dir=tmp_path).stdout) == []
    assert (tmp_path / "balas.db").exists()


def test_text_from_stdin(tmp_path):
    done = balas("cases", "add", "--channel", "letter", "--name", "Encik Lim", "--text", "-",
                 stdin="Surat rasmi\nbaris kedua\n", data_dir=tmp_path)
    assert json.loads(done.stdout)["text"] == "Surat rasmi\nbaris kedua\n"


@pytest.mark.parametrize("args", [
    ["--bogus"], ["cases", "add", "--channel", "pigeon", "--name", "A", "--text", "x"],
    ["cases", "add", "--name", "A", "--text", "x"], ["--demo", "--cases", "many"],
    ["cases", "list", "--state", "sleeping"], ["cases", "add", "--channel", "phone", "--name", "A",
                                               "--text", "x", "--received", "yesterday"],
])
def test_bad_arguments_are_one_line_and_non_zero(args, tmp_path):
    done = balas(*args, data_dir=tmp_path)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_refused_input_is_one_line(tmp_path):
    done = balas("cases", "add", "--channel", "phone", "--name", "A", "--text", "x",
                 "--touchpoint", "moon", data_dir=tmp_path)
    assert done.returncode == 1 and done.stderr.strip() == "balas: error: touchpoint: unknown touchpoint 'moon'"


def test_corrupt_database_is_one_line_and_untouched(tmp_path):
    (tmp_path / "balas.db").write_bytes(b"not a database at all" * 50)
    done = balas("cases", "list", "--json", data_dir=tmp_path)
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1
    assert "damaged" in done.stderr and "Traceback" not in done.stderr
    assert (tmp_path / "balas.db").read_bytes() == b"not a database at all" * 50


def test_demo_never_uses_the_owner_database(tmp_path):
    balas("cases", "add", "--channel", "phone", "--name", "Real Owner Customer", "--text", "x",
          data_dir=tmp_path)
    demo = json.loads(balas("--demo", "cases", "list", "--json", data_dir=tmp_path).stdout)
    assert len(demo) > 20 and "Real Owner Customer" not in {c["person"] for c in demo}
    own = json.loads(balas("cases", "list", "--json", data_dir=tmp_path).stdout)
    assert [c["person"] for c in own] == ["Real Owner Customer"]


def test_window_without_a_display_is_one_line(tmp_path):
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path)], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=60)
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1
    assert "no display" in done.stderr


def test_report_as_json_and_csv(tmp_path):
    import csv
    from datetime import date, timedelta

    for name, channel in (("Puan Rosnah", "phone"), ("Encik Ali", "letter"), ("Puan Rosnah", "walk_in")):
        assert balas("cases", "add", "--channel", channel, "--name", name, "--text", "=cmd|' /C calc'!A0",
                     data_dir=tmp_path).returncode == 0
    today = (date.today() + timedelta(days=1)).isoformat()  # wherever the test runs, "now" is inside
    out = tmp_path / "period.csv"
    done = balas("report", "--from", "2020-01-01", "--to", today, "--json", "--csv", str(out), data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["received"], report["open"], report["by_channel"]) == (3, 3, {"phone": 1, "letter": 1, "walk_in": 1})
    # "Puan Rosnah" was typed twice: two people of that name (nothing links them yet)
    assert report["repeat_complainants"]["people"] == 0
    with open(out, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert len(rows) == 4 and {r[-1] for r in rows[1:]} == {"'=cmd|' /C calc'!A0"}
    plain = balas("report", "--from", "2020-01-01", "--to", today, data_dir=tmp_path)
    assert plain.returncode == 0 and "3 complaints" in plain.stdout
    pdf = tmp_path / "period.pdf"
    malay = balas("--lang", "ms", "report", "--from", "2020-01-01", "--to", today, "--pdf", str(pdf), data_dir=tmp_path)
    assert malay.returncode == 0, malay.stderr
    from pypdf import PdfReader

    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Laporan aduan" in text and "Encik Ali" not in text  # in Malay; one case each: no repeat list


@pytest.mark.parametrize("args, words", [
    (["--from", "2026-12-31", "--to", "2026-12-01"], "first day comes after the last"),
    (["--from", "2026-12-01", "--to", "2026-12-31", "--csv", "/no/such/folder/x.csv"], "/no/such/folder/x.csv"),
])
def test_report_refusals_are_one_line(tmp_path, args, words):
    done = balas("report", *args, data_dir=tmp_path)
    assert done.returncode == 1 and done.stdout == ""
    assert words in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_person_export_and_erase(tmp_path):
    added = balas("cases", "add", "--channel", "phone", "--name", "Puan Rosnah", "--contact", "012-555 1234",
                  "--text", "Kek lapis basi, rumah saya di Jalan Melur", data_dir=tmp_path)
    assert added.returncode == 0, added.stderr
    exported = balas("person", "export", "puan rosnah", "--json", "--csv", str(tmp_path / "rosnah.csv"),
                     data_dir=tmp_path)
    assert exported.returncode == 0, exported.stderr
    data = json.loads(exported.stdout)
    assert data["person"]["contact"] == "012-555 1234" and data["cases"][0]["text"].endswith("Jalan Melur")
    assert "Jalan Melur" in (tmp_path / "rosnah.csv").read_text(encoding="utf-8-sig")
    refused = balas("person", "erase", "Puan Rosnah", data_dir=tmp_path)
    assert refused.returncode == 1 and "--yes" in refused.stderr
    erased = balas("person", "erase", "Puan Rosnah", "--yes", data_dir=tmp_path)
    assert erased.returncode == 0, erased.stderr
    assert json.loads(erased.stdout)["cases"] == 1
    log_files = [p for p in tmp_path.iterdir() if p.name.startswith("balas.db")]  # with -wal and -shm
    assert log_files and all(b"Jalan Melur" not in p.read_bytes() for p in log_files)
    gone = balas("person", "export", "Puan Rosnah", data_dir=tmp_path)
    assert gone.returncode == 1 and "no person" in gone.stderr
    listed = json.loads(balas("cases", "list", "--json", data_dir=tmp_path).stdout)
    assert len(listed) == 1 and listed[0]["text"] == "" and listed[0]["person"] == ""
