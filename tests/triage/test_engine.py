"""The verdict on one comment: complaint, touchpoint, type and why."""

import pytest

from desktop.triage.engine import Past


@pytest.mark.parametrize("text, touchpoint", [
    ("Order saya dah seminggu tak sampai lagi", "delivery"),
    ("paketnya belum nyampe kak, udah 5 hari", "delivery"),
    ("The cake was stale and the cream tasted sour", "product_quality"),
    ("Staff kat kaunter kasar gila, muka masam", "staff"),
    ("Harga naik dari RM4.50 ke RM5.50, mahal sangat", "price"),
    ("Saya kena caj dua kali, tolong refund", "payment"),
    ("Website error bila checkout, tak boleh bayar langsung", "online_shop"),
    ("Waited 40 minutes in the queue, the aircon was broken too", "store_visit"),
])
def test_complaints_and_where_they_happened(triage, text, touchpoint):
    verdict = triage.judge(text)
    assert verdict.complaint
    assert verdict.touchpoint == touchpoint


@pytest.mark.parametrize("text", [
    "Ada stok kek coklat tak?",
    "Buka tak hari Ahad?",
    "Kak, ready stok gak?",
    "Terima kasih, kek sampai elok dan sedap sangat!",
    "enak banget, gak nyesel beli disini",
    "Never disappointed, always fresh",
    "tak pernah kecewa dengan kedai ni",
    "Do you deliver to Shah Alam?",
])
def test_questions_and_praise_are_not_complaints(triage, text):
    verdict = triage.judge(text)
    assert not verdict.complaint
    assert verdict.touchpoint is None


def test_praise_mixed_with_a_fault_is_a_complaint_from_a_fan(triage):
    verdict = triage.judge("Kek sedap macam biasa, tapi kotak penyek masa sampai")
    assert verdict.complaint
    assert verdict.type == "loyal_fan"
    assert "praise_and_fault" in [r.code for r in verdict.reasons]


def test_a_regular_who_threatens_to_leave_is_lapsed_loyal_with_reasons(triage):
    history = [Past("Kek terbaik! Mesti order lagi", 420), Past("Sedap sangat, terima kasih", 300),
               Past("Best macam biasa", 200)]
    verdict = triage.judge("Kecewa, kek kali ni keras. Lepas ni saya cari kedai lain", history)
    assert verdict.type == "lapsed_loyal"
    codes = {r.code: r for r in verdict.reasons}
    assert codes["happy_history"].count == 3 and codes["happy_history"].days == 420
    assert "switch" in codes


def test_insults_and_a_call_to_boycott_make_an_active_hater(triage):
    history = [Past("kedai scam, jangan beli", 30), Past("sampah betul produk korang, bodoh", 10)]
    verdict = triage.judge("lol still selling this junk", history)
    assert verdict.type == "active_hater"
    assert "hostile_history" in [r.code for r in verdict.reasons]


def test_detailed_fault_finding_makes_an_extreme_critic(triage):
    verdict = triage.judge("The 500g cake weighed 438g, the box said 12 pieces but had 10, "
                           "and it arrived at 4:40pm instead of 2pm.")
    assert verdict.type == "extreme_critic"


def test_no_history_and_no_cue_is_a_newcomer(triage):
    verdict = triage.judge("Hi, parcel saya belum sampai, boleh check?")
    assert verdict.type == "newcomer"
    assert [r.code for r in verdict.reasons] == ["no_history"]


def test_the_owners_choice_of_type_always_wins(triage):
    verdict = triage.judge("kedai babi, jangan beli", manual_type="loyal_fan")
    assert verdict.type == "loyal_fan"
    assert [r.code for r in verdict.reasons] == ["manual"]


@pytest.mark.parametrize("text", [
    "", "   ", "😀😀😀👍🏽👨‍👩‍👧", "<script>alert(1)</script><b>bold</b>", "\x00\x01\x02\u202e",
    "مرحبا هذا المنتج سيء", "a" * 1_000_000, "kek " * 250_000,
    "sedap tapi mahal, the delivery was late lah, paketnya penyok",
])
def test_odd_input_gets_a_sensible_answer(service, text):
    outcome = service.run(text, author="Ali")
    verdict = outcome.verdict
    assert verdict.lang in ("ms", "id", "en", "other")
    assert verdict.type in ("active_hater", "extreme_critic", "lapsed_loyal", "loyal_fan", "newcomer")
    assert outcome.reasons and all(isinstance(r, str) and r for r in outcome.reasons)
    assert outcome.suggestion.text or outcome.suggestion.advice


def test_empty_and_emoji_only_comments_are_not_complaints(triage):
    for text in ("", "😀😀😀"):
        verdict = triage.judge(text)
        assert not verdict.complaint and not verdict.abusive
