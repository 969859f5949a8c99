"""`balas triage` and `balas lint`: JSON in, JSON out, a bad line never stops the run."""

import json

from tests.test_cli import balas

LINES = [
    {"id": "a", "author": "Nurul Aina", "text": "Order saya dah seminggu tak sampai, kecewa",
     "history": [{"text": "Kek terbaik!", "days_ago": 400}, {"text": "Sedap sangat", "days_ago": 300}]},
    {"id": "b", "author": "Budi", "text": "paketnya gak nyampe2, gimana sih kalian"},
    {"id": "c", "text": "babi punya kedai, scam, jangan beli"},
]


def test_triage_reads_json_lines_and_answers_each(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in LINES) + "\n",
                      encoding="utf-8")
    result = balas("triage", str(source), "--signature", "ML")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c"]
    a, b, c = out
    assert a["lang"] == "ms" and a["type"] == "lapsed_loyal" and a["complaint"]
    assert a["touchpoint"] == "delivery" and a["type_reasons"] and "Nurul Aina" in a["suggestion"]
    assert b["lang"] == "id" and b["complaint"]
    assert c["abusive"] and c["abusive_terms"] == ["babi"] and c["suggestion"] == ""
    assert set(a) >= {"id", "lang", "type", "type_reasons", "complaint", "touchpoint", "abusive",
                      "abusive_terms", "suggestion"}


def test_a_bad_line_gets_an_error_naming_it_and_the_run_goes_on():
    stdin = "\n".join([json.dumps(LINES[1]), "{not json", json.dumps({"id": 9, "text": 5}),
                       json.dumps(["a list"]), json.dumps(LINES[0])]) + "\n"
    result = balas("triage", "-", stdin=stdin)
    assert result.returncode == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("line") for o in out if "error" in o] == [2, 3, 4]
    assert "text" in out[2]["error"] and out[2]["id"] == 9
    assert out[0]["id"] == "b" and out[-1]["id"] == "a"


def test_reasons_in_the_owners_language():
    result = balas("triage", "-", "--ui-lang", "id", stdin=json.dumps(LINES[0]) + "\n")
    [line] = [json.loads(x) for x in result.stdout.splitlines()]
    assert "komentar" in " ".join(line["type_reasons"]).lower()


def test_lint_prints_findings_as_json():
    result = balas("lint", "--lang", "ms", "Saya tak tahu, salah awak sendiri")
    assert result.returncode == 0, result.stderr
    findings = json.loads(result.stdout)
    assert [f["rule"] for f in findings] == ["dont_know", "blame_customer"]
    assert findings[0]["text"] == "tak tahu" and findings[0]["better"]


def test_lint_reads_stdin_and_a_clean_reply_has_no_findings():
    result = balas("lint", "--lang", "en", stdin="Hi Sam, sorry for the wait. – ML")
    assert result.returncode == 0 and json.loads(result.stdout) == []


def test_lint_needs_a_language():
    result = balas("lint", "hello")
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
