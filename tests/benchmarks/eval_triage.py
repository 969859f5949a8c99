"""How well the triage does on the labelled comments in tests/data/triage/.

    python tests/benchmarks/eval_triage.py [FILE.jsonl ...] [--errors FIELD] [--json] [--half even|odd]
                                           [--rules-only]

Prints, per file: language accuracy; precision, recall and F1 for complaint and abusive,
per language and overall; touchpoint accuracy on complaints; type accuracy with a
confusion matrix. --errors lang|complaint|abusive|type|touchpoint lists the misses.
--half even|odd keeps only the comments whose id number is even or odd: tune on one half,
check on the other without reading its lines (a held-out estimate inside a round).
--rules-only leaves out the learned models' vote (they were trained on dev*.jsonl, so only
holdout.jsonl tells how the two together read a writer never seen).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.triage.complainant import TYPES  # noqa: E402
from desktop.triage.engine import Past, Triage  # noqa: E402

DATA = ROOT / "tests" / "data" / "triage"


def _prf(pairs: list[tuple[bool, bool]]) -> dict:
    tp = sum(1 for want, got in pairs if want and got)
    fp = sum(1 for want, got in pairs if got and not want)
    fn = sum(1 for want, got in pairs if want and not got)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "n": len(pairs), "positives": tp + fn}


def _in_half(item_id: str, half: str | None) -> bool:
    if half is None:
        return True
    digits = re.findall(r"\d+", item_id)
    return bool(digits) and int(digits[-1]) % 2 == (0 if half == "even" else 1)


def evaluate(path: Path, triage: Triage, half: str | None = None) -> tuple[dict, list[dict]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        if not _in_half(item["id"], half):
            continue
        history = [Past(h["text"], h.get("days_ago", 0)) for h in item.get("history") or ()]
        verdict = triage.judge(item["text"], history)
        rows.append({"item": item, "want": item["labels"], "got": {
            "lang": verdict.lang, "complaint": verdict.complaint, "touchpoint": verdict.touchpoint,
            "abusive": verdict.abusive, "abusive_terms": verdict.abusive_terms, "type": verdict.type,
            "reasons": [r.code for r in verdict.reasons]}})
    report: dict = {"file": path.name, "comments": len(rows)}
    report["language_accuracy"] = round(
        sum(r["want"]["lang"] == r["got"]["lang"] for r in rows) / len(rows), 3)
    for field in ("complaint", "abusive"):
        report[field] = {"all": _prf([(r["want"][field], r["got"][field]) for r in rows])}
        for lang in ("ms", "id", "en", "other"):
            subset = [(r["want"][field], r["got"][field]) for r in rows if r["want"]["lang"] == lang]
            if subset:
                report[field][lang] = _prf(subset)
    complaints = [r for r in rows if r["want"]["complaint"] and r["got"]["complaint"]]
    report["touchpoint_accuracy"] = round(
        sum(r["want"]["touchpoint"] == r["got"]["touchpoint"] for r in complaints)
        / max(1, len(complaints)), 3)
    report["type_accuracy"] = round(sum(r["want"]["type"] == r["got"]["type"] for r in rows) / len(rows), 3)
    for lang in ("ms", "id", "en", "other"):
        subset = [r for r in rows if r["want"]["lang"] == lang]
        if subset:
            report.setdefault("type_accuracy_by_lang", {})[lang] = round(
                sum(r["want"]["type"] == r["got"]["type"] for r in subset) / len(subset), 3)
    confusion = Counter((r["want"]["type"], r["got"]["type"]) for r in rows)
    report["type_confusion"] = {want: {got: confusion[(want, got)] for got in TYPES} for want in TYPES}
    return report, rows


def _print(report: dict) -> None:
    print(f"== {report['file']}: {report['comments']} comments")
    print(f"language accuracy   {report['language_accuracy']:.1%}")
    for field in ("complaint", "abusive"):
        for lang, m in report[field].items():
            print(f"{field:<10} {lang:<5}  P {m['precision']:.3f}  R {m['recall']:.3f}  "
                  f"F1 {m['f1']:.3f}  (n={m['n']}, positive={m['positives']})")
    print(f"touchpoint accuracy {report['touchpoint_accuracy']:.1%} (on complaints found)")
    print(f"type accuracy       {report['type_accuracy']:.1%}  by language {report['type_accuracy_by_lang']}")
    short = {t: t.split("_")[-1][:7] for t in TYPES}
    print("type confusion (rows: label, columns: triage)")
    print(" " * 16 + "".join(f"{short[t]:>9}" for t in TYPES))
    for want, row in report["type_confusion"].items():
        print(f"{want:<16}" + "".join(f"{row[t]:>9}" for t in TYPES))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--errors", choices=("lang", "complaint", "abusive", "type", "touchpoint"))
    parser.add_argument("--json", action="store_true", help="one JSON line per file")
    parser.add_argument("--half", choices=("even", "odd"), help="only comments with even or odd id numbers")
    parser.add_argument("--rules-only", action="store_true", help="without the learned models' vote")
    args = parser.parse_args()
    files = args.files or sorted(DATA.glob("*.jsonl"))
    triage = Triage(models=None) if args.rules_only else Triage()
    for path in files:
        report, rows = evaluate(path, triage, args.half)
        if args.json:
            print(json.dumps(report))
        else:
            _print(report)
        if args.errors:
            field = args.errors
            for r in rows:
                if r["want"][field] != r["got"][field] and (
                        field != "touchpoint" or (r["want"]["complaint"] and r["got"]["complaint"])):
                    print(f"  {r['item']['id']:<8} want {r['want'][field]!s:<15} got {r['got'][field]!s:<15}"
                          f" {r['got']['reasons'] if field == 'type' else r['got']['abusive_terms'] if field == 'abusive' else ''}"
                          f" | {r['item']['text'][:150]!r}"
                          + (f" | H{len(r['item'].get('history') or [])}" if field == "type" else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
