"""The reply checker finds what a reply should not say, where, and what to say instead."""

import pytest


@pytest.mark.parametrize("lang, text, rule, quote", [
    ("ms", "Maaf, saya tak tahu bila barang sampai.", "dont_know", "tak tahu"),
    ("id", "Wah kami juga gak tau kak.", "dont_know", "gak tau"),
    ("en", "I don't know when it will arrive.", "dont_know", "I don't know"),
    ("en", "Sorry but that's not my problem.", "dont_care", None),
    ("en", "It's your own fault for choosing the wrong size.", "blame_customer", None),
    ("ms", "Salah awak sendiri sebab tak baca.", "blame_customer", None),
    ("en", "Don't come back then.", "dont_come_back", None),
    ("id", "Dijamin 100% tidak akan terulang.", "promise", None),
    ("en", "Guaranteed this will never happen again.", "promise", None),
    ("en", "Your order #A12345678 is on its way.", "order_number", None),
    ("ms", "Sila datang ke No. 12, Jalan Ampang, 50450 Kuala Lumpur.", "address", None),
    ("en", "Call us at +60 12-345 6789.", "phone", "+60 12-345 6789"),
    ("id", "Hubungi 0812 3456 7890 ya.", "phone", "0812 3456 7890"),
    ("en", "Email me at aina.shop@gmail.com", "email", "aina.shop@gmail.com"),
    ("en", "WE ARE VERY SORRY ABOUT THIS", "all_caps", None),
])
def test_findings_name_the_rule_the_place_and_a_better_phrasing(service, lang, text, rule, quote):
    findings = [f for f in service.lint(text, lang) if f.rule == rule]
    assert findings, (rule, text)
    finding = findings[0]
    assert 0 <= finding.start < finding.end <= len(text)
    if quote:
        assert text[finding.start:finding.end].lower() == quote.lower()
    assert finding.message
    assert finding.better or rule == "all_caps"


def test_messages_follow_the_owners_language_and_phrasings_the_replys(service):
    [finding] = service.lint("Saya tak tahu.", "ms", ui_lang="en")
    assert "know" in finding.message
    assert finding.better == service.playbooks.book("ms")["lint"]["dont_know"]["say_instead"]


def test_missing_name_and_signature_only_when_asked(service):
    text = "Maaf atas kesulitan, kami semak sekarang."
    assert service.lint(text, "ms", name="Aina", signature="ML") == []
    rules = [f.rule for f in service.lint(text, "ms", name="Aina", signature="ML",
                                          require_name=True, require_signature=True)]
    assert rules == ["missing_name", "missing_signature"]
    signed = "Hai Aina, maaf atas kesulitan. – ML"
    assert service.lint(signed, "ms", name="Aina Binti Ali", signature="ML",
                        require_name=True, require_signature=True) == []


@pytest.mark.parametrize("text", [
    "Hi Sam, sorry about the wait. I'll check with the courier and update you by 3 pm. – ML",
    "Order on 12/11 for RM45.90, 2 boxes",
    "Kami akan hubungi tuan/puan dalam 2 jam",
    "",
    "🙏🙏🙏",
])
def test_good_replies_and_plain_figures_pass(service, text):
    assert [f.rule for f in service.lint(text, "en")] == []


def test_whitespace_and_newlines_do_not_hide_a_phrase(service):
    text = "Saya\n  tak   tahu"
    [finding] = service.lint(text, "ms")
    assert text[finding.start:finding.end] == "tak   tahu"


def _apply(text: str, finding) -> str:
    return text[:finding.fix_start] + finding.fix + text[finding.fix_end:]


@pytest.mark.parametrize("lang, text, rule", [
    ("ms", "Hai Siti. Itu salah awak sendiri! Kami akan semak. – ML", "blame_customer"),
    ("en", "Hi Siti, I don't know when it comes.\nSorry. – ML", "dont_know"),
    ("id", "Halo Kak Siti, dijamin 100% tidak terulang. – ML", "promise"),
])
def test_one_click_fix_rewrites_the_whole_sentence_and_clears_the_finding(service, lang, text, rule):
    finding = next(f for f in service.lint(text, lang) if f.rule == rule)
    fixed = _apply(text, finding)
    assert finding.better in fixed and fixed.endswith("– ML")
    assert "\n" in fixed if "\n" in text else True
    assert rule not in {f.rule for f in service.lint(fixed, lang)}


def test_shouting_is_fixed_into_sentence_case(service):
    text = "Hi Siti, WE ARE VERY SORRY. IT WILL NOT HAPPEN. – ML"
    finding = next(f for f in service.lint(text, "en", signature="ML") if f.rule == "all_caps")
    fixed = _apply(text, finding)
    assert fixed == "Hi Siti, we are very sorry. It will not happen. – ML"
    assert "all_caps" not in {f.rule for f in service.lint(fixed, "en")}


@pytest.mark.parametrize("lang, greeting", [("ms", "Hai Siti,"), ("id", "Halo Kak Siti,"), ("en", "Hi Siti,")])
def test_missing_name_and_signature_are_added_in_the_replys_language(service, lang, greeting):
    text = "Terima kasih."
    findings = service.lint(text, lang, name="Siti", signature="— Limah (ML)", require_name=True,
                            require_signature=True)
    assert {f.rule for f in findings} == {"missing_name", "missing_signature"}
    for finding in sorted(findings, key=lambda f: -f.fix_start):  # from the end: offsets hold
        text = _apply(text, finding)
    assert text == f"{greeting} Terima kasih.\n– Limah (ML)"
    assert service.lint(text, lang, name="Siti", signature="— Limah (ML)", require_name=True,
                        require_signature=True) == []
