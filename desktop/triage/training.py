"""Train the triage's learned models on the labelled comments (needs scikit-learn: `.[train]`).

    python -m desktop.triage.training [--data tests/data/triage] [--out resources/triage/model.zip]

Learns from the development sets (dev*.jsonl) only: held-out sets stay unseen, to measure.
Logistic regression over tf-idf character and word n-grams (desktop.triage.model), plus the
person's history in numbers for the complainant type; the touchpoint is learned from the
complaints only. Deterministic: the same data gives the
same file.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import tempfile
import zipfile
from array import array
from collections import Counter
from pathlib import Path

from desktop.triage.complainant import TYPES
from desktop.triage.engine import Past, Triage
from desktop.triage.model import (HISTORY_NUMBERS, LANGUAGE_ANSWERS as LANGS, SEPARATOR,
                                  TOUCHPOINT_ANSWERS as TOUCHPOINTS, WORD_LIMIT, Models,
                                  char_grams, char_units, word_grams)

__all__ = ["train", "main"]

ROOT = Path(__file__).resolve().parents[2]
STRENGTH = 8.0        # inverse regularisation (C): chosen by leaving one writer's set out
MIN_CHAR_DOCS = 2     # a character n-gram seen in one comment only is noise


def load_items(folder: Path) -> list[dict]:
    items = []
    for path in sorted(folder.glob("dev*.jsonl")):
        items += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                  if line.strip()]
    return items


def _idf(grams: list[list[str]], min_docs: int) -> dict[str, float]:
    docs = Counter(g for doc in grams for g in set(doc))
    n = len(grams)
    return {g: math.log((1 + n) / (1 + d)) + 1 for g, d in sorted(docs.items()) if d >= min_docs}


def train(items: list[dict], out: Path) -> None:
    """Fit the models on `items` and write the model file to `out` (whole or not at all)."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    rules = Triage(models=None)
    docs = [rules.reader.doc(item["text"]) for item in items]
    char_idf = _idf([[g for u in char_units(d.text) for g in char_grams(u)] for d in docs], MIN_CHAR_DOCS)
    word_idf = _idf([word_grams(d.words[:WORD_LIMIT]) for d in docs], 1)
    n_features = len(char_idf) + len(word_idf)
    n_out = 1 + len(LANGS) + len(TYPES) + len(TOUCHPOINTS)
    header = {"langs": list(LANGS), "types": list(TYPES), "touchpoints": list(TOUCHPOINTS),
              "trained_on": len(items),
              "bias": [0.0] * n_out, "number_weights": [[0.0] * n_out] * HISTORY_NUMBERS}
    idf = array("f", [*char_idf.values(), *word_idf.values()])
    with tempfile.TemporaryDirectory() as folder:   # the features come from the app's loader
        vocabulary_only = Path(folder) / "vocabulary.zip"
        _write(vocabulary_only, header, list(char_idf), list(word_idf), idf,
               bytes(4 * n_features * n_out))
        models = Models(vocabulary_only)
    rows, cols, values = [], [], []
    for r, doc in enumerate(docs):
        for col, value in models.features(doc.text, doc.words).items():
            rows.append(r)
            cols.append(col)
            values.append(value)
    text = csr_matrix((values, (rows, cols)), shape=(len(items), n_features))
    numbers = csr_matrix([rules.history_numbers(_history(item)) for item in items])

    def fit(features, labels):
        return LogisticRegression(C=STRENGTH, tol=1e-6, max_iter=10_000).fit(features, labels)

    complaint = fit(text, [bool(i["labels"]["complaint"]) for i in items])
    lang = fit(text, [i["labels"]["lang"] for i in items])
    kind = fit(hstack([text, numbers]).tocsr(), [i["labels"]["type"] for i in items])
    complaints = [r for r, item in enumerate(items) if item["labels"]["complaint"]]
    where = fit(text[complaints], [items[r]["labels"]["touchpoint"] for r in complaints])
    (lang_coef, lang_bias), (kind_coef, kind_bias), (where_coef, where_bias) = (
        _in_order(model, answers)
        for model, answers in ((lang, LANGS), (kind, TYPES), (where, TOUCHPOINTS)))
    weights = np.hstack([complaint.coef_.T, lang_coef.T, kind_coef[:, :n_features].T, where_coef.T])
    header["bias"] = [float(x) for x in np.concatenate(
        [complaint.intercept_, lang_bias, kind_bias, where_bias])]
    # The history is for the type only.
    before = np.zeros((HISTORY_NUMBERS, 1 + len(LANGS)))
    after = np.zeros((HISTORY_NUMBERS, len(TOUCHPOINTS)))
    header["number_weights"] = np.hstack([before, kind_coef[:, n_features:].T, after]).tolist()
    weighted = weights * np.asarray(idf, dtype=np.float64)[:, None]   # what the app adds up
    partial = out.with_name(out.name + ".partial")
    _write(partial, header, list(char_idf), list(word_idf), idf, weighted.astype(np.float32).tobytes())
    os.replace(partial, out)


def _in_order(model, answers):
    """A fitted model's weights and biases with its classes in the order of `answers`."""
    classes = list(model.classes_)
    assert sorted(classes) == sorted(answers), (classes, answers)
    order = [classes.index(answer) for answer in answers]
    return model.coef_[order], model.intercept_[order]


def _write(out: Path, header: dict, chars: list[str], words: list[str], idf: array,
           weighted: bytes) -> None:
    """The model file: a zip of the header, the vocabularies (compressed) and the float32
    arrays (stored: numbers hardly compress, and reading them whole is quicker)."""
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("header.json", json.dumps(header), zipfile.ZIP_DEFLATED)
        archive.writestr("char_vocabulary.txt", SEPARATOR.join(chars), zipfile.ZIP_DEFLATED)
        archive.writestr("word_vocabulary.txt", SEPARATOR.join(words), zipfile.ZIP_DEFLATED)
        archive.writestr("idf.f32", idf.tobytes())
        archive.writestr("weighted.f32", weighted)


def _history(item: dict) -> list[Past]:
    return [Past(h["text"], int(h.get("days_ago", 0))) for h in item.get("history") or ()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "triage")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "triage" / "model.zip")
    args = parser.parse_args(argv)
    items = load_items(args.data)
    train(items, args.out)
    print(f"trained on {len(items)} comments -> {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
