"""A floor under the rules' quality (without the learned vote) on the labelled sets they were
tuned on (dev*.jsonl).

The learned models are trained on these sets, so with them the figures here say nothing; the
vote is measured on the held-out set in test_model.py. This only catches a change to the rules
that breaks what already worked.
"""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _evaluate(triage, name="dev.jsonl"):
    spec = importlib.util.spec_from_file_location("eval_triage", ROOT / "tests/benchmarks/eval_triage.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    report, _ = module.evaluate(ROOT / "tests/data/triage" / name, triage)
    return report


def test_dev_set_floor(rules):
    report = _evaluate(rules)
    assert report["comments"] >= 240
    assert report["language_accuracy"] >= 0.98
    for field in ("complaint", "abusive"):
        for lang in ("ms", "id", "en"):
            assert report[field][lang]["f1"] >= 0.95, (field, lang, report[field][lang])
    assert report["type_accuracy"] >= 0.95


def test_second_dev_set_floor(rules):
    report = _evaluate(rules, "dev2.jsonl")
    assert report["comments"] >= 360
    assert report["language_accuracy"] >= 0.98
    for field in ("complaint", "abusive"):
        assert report[field]["all"]["f1"] >= 0.95, (field, report[field]["all"])
        for lang in ("ms", "id", "en"):
            assert report[field][lang]["f1"] >= 0.95, (field, lang, report[field][lang])
    assert report["type_accuracy"] >= 0.91


def test_third_dev_set_floor(rules):
    # Written as a held-out set, measured once (type 68.9%), then tuned on.
    report = _evaluate(rules, "dev3.jsonl")
    assert report["comments"] >= 360
    assert report["language_accuracy"] >= 0.97
    for field in ("complaint", "abusive"):
        assert report[field]["all"]["f1"] >= 0.95, (field, report[field]["all"])
        for lang in ("ms", "id", "en"):
            assert report[field][lang]["f1"] >= 0.95, (field, lang, report[field][lang])
    assert report["type_accuracy"] >= 0.94


def test_fourth_and_fifth_dev_set_floor(rules):
    # Written as held-out sets by two more writers, measured once (type 81.9% and 83.3%,
    # complaint F1 0.866 and 0.908), then tuned on.
    for name, type_floor in (("dev4.jsonl", 0.93), ("dev5.jsonl", 0.94)):
        report = _evaluate(rules, name)
        assert report["comments"] >= 360
        assert report["language_accuracy"] >= 0.97, (name, report["language_accuracy"])
        assert report["complaint"]["all"]["f1"] >= 0.94, (name, report["complaint"]["all"])
        assert report["abusive"]["all"]["f1"] >= 0.95, (name, report["abusive"]["all"])
        for lang in ("ms", "id", "en"):
            assert report["complaint"][lang]["f1"] >= 0.94, (name, lang, report["complaint"][lang])
        assert report["type_accuracy"] >= type_floor, (name, report["type_accuracy"])


def test_sixth_dev_set_floor(rules):
    # Written as a held-out set by a new writer, measured once (type 85.8%, complaint F1 0.898),
    # then tuned on (errors read for even ids only; odd ids were measured, not read).
    report = _evaluate(rules, "dev6.jsonl")
    assert report["comments"] >= 360
    assert report["language_accuracy"] >= 0.97
    assert report["complaint"]["all"]["f1"] >= 0.94, report["complaint"]["all"]
    assert report["abusive"]["all"]["f1"] >= 0.97, report["abusive"]["all"]
    for lang in ("ms", "id", "en"):
        assert report["complaint"][lang]["f1"] >= 0.92, (lang, report["complaint"][lang])
    assert report["type_accuracy"] >= 0.88, report["type_accuracy"]
