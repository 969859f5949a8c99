"""The playbooks are complete in all three languages and their replies follow their own rules."""

import re
from datetime import datetime, timedelta, timezone

import pytest

from desktop.triage.complainant import Reason
from desktop.triage.playbooks import PLAYBOOK_LANGUAGES, REPLY_TYPES

LANGS = PLAYBOOK_LANGUAGES


def _keys(table, prefix=""):
    keys = set()
    for key, value in table.items():
        keys.add(prefix + key)
        if isinstance(value, dict) and not set(value) <= {"one", "other"}:  # plural forms vary
            keys |= _keys(value, prefix + key + ".")
    return keys


def test_every_language_has_the_same_sections(playbooks):
    english = _keys(playbooks.book("en"))
    for lang in LANGS:
        assert _keys(playbooks.book(lang)) == english, lang


def test_reason_codes_the_triage_gives_all_have_words(playbooks):
    source = open("desktop/triage/complainant.py", encoding="utf-8").read()
    # Codes written out, plus the cue names passed through Reason(cue, ...).
    codes = set(re.findall(r'Reason\("(\w+)"', source))
    for args in re.findall(r"cue_reasons\(([^)]*)\)", source):
        codes |= set(re.findall(r'"(\w+)"', args))
    assert {"switch", "used_to", "upset", "again"} <= codes
    for lang in LANGS:
        assert codes <= set(playbooks.book(lang)["reasons"]), lang


@pytest.mark.parametrize("lang", LANGS)
def test_replies_carry_name_eta_and_signature_and_vary(playbooks, lang):
    for kind in REPLY_TYPES:
        variants = playbooks.variants(kind, lang)
        assert len(variants) >= 4 and len(set(variants)) == len(variants)
        for text in variants:
            assert "{name}" in text and "{eta}" in text and "{signature}" in text, (kind, text)


@pytest.mark.parametrize("lang", LANGS)
def test_the_playbooks_own_texts_pass_the_reply_checker(service, playbooks, lang):
    book = playbooks.book(lang)
    texts = [v for section in book["replies"].values() for v in section.get("variants", ())]
    texts += [rule["say_instead"] for rule in book["lint"].values()]
    texts += list(book["tips"].values())
    for text in texts:
        filled = text.replace("{name}", "Aina").replace("{signature}", "ML").replace(
            "{shop}", "Kedai Kek").replace("{eta}", playbooks.eta(lang, NOW, NOW + timedelta(hours=2)))
        assert service.lint(filled, lang) == [], filled


NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)


def test_suggestion_is_filled_in_and_signed(service):
    outcome = service.run("Order saya belum sampai, dah seminggu", author="Nurul Aina",
                          signature="ML", shop="Kedai Kek Mak Limah", now=NOW)
    text = outcome.suggestion.text
    assert "Nurul Aina" in text and text.rstrip().endswith("ML")
    assert "{" not in text and "dalam masa 2 jam" in text


def test_an_active_hater_gets_no_public_reply_and_hide_only_when_abusive(service):
    history = [("kedai scam jangan beli", 20), ("sampah, bodoh betul", 5)]
    from desktop.triage.engine import Past

    past = [Past(t, d) for t, d in history]
    abusive = service.run("babi punya kedai", author="X", history=past)
    assert abusive.verdict.type == "active_hater"
    assert abusive.suggestion.text == "" and abusive.suggestion.advice and abusive.suggestion.hide
    calm = service.run("masih jual barang scam ni? jangan beli guys", author="X", history=past)
    assert calm.suggestion.text == "" and not calm.suggestion.hide


def test_different_comments_get_different_variants_and_recent_ones_are_skipped(playbooks):
    seen = {playbooks.suggest(kind="newcomer", lang="en", complaint=True, abusive=False,
                              name="Sam", seed=str(n)).variant for n in range(40)}
    assert len(seen) >= 4
    first = playbooks.suggest(kind="newcomer", lang="en", complaint=True, abusive=False, seed="a")
    second = playbooks.suggest(kind="newcomer", lang="en", complaint=True, abusive=False, seed="a",
                               avoid=frozenset({first.variant}))
    assert second.variant != first.variant


def test_a_missing_name_leaves_no_gap(playbooks):
    for lang in LANGS:
        for n in range(6):
            text = playbooks.suggest(kind="newcomer", lang=lang, complaint=True, abusive=False,
                                     name="", seed=str(n)).text
            assert " ," not in text and "{" not in text


@pytest.mark.parametrize("lang, hours, expected", [
    ("en", 1, "within the hour"), ("en", 3, "within 3 hours"), ("ms", 2, "dalam masa 2 jam"),
    ("en", 30, "tomorrow"), ("id", 30, "besok"),
])
def test_eta_in_each_language(playbooks, lang, hours, expected):
    assert expected in playbooks.eta(lang, NOW, NOW + timedelta(hours=hours))


def test_reasons_read_in_the_owners_language(playbooks):
    reasons = [Reason("happy_history", 3, days=400), Reason("switch", quote="kedai lain")]
    english = playbooks.reason_texts(reasons, "en")
    malay = playbooks.reason_texts(reasons, "ms")
    assert "3" in english[0] and "year" in english[0] and "kedai lain" in english[1]
    assert "3" in malay[0] and "tahun" in malay[0] and malay != english
