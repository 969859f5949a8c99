"""The owner's reply templates: kept per language, found by search, refused when empty, and
made from a reply written for one customer."""

from __future__ import annotations

import pytest

from desktop.cases.errors import InvalidInput, NotFound
from desktop.cases.saved_replies import TEXT_CHARS, as_template, delete_reply, list_saved, save_reply
from desktop.triage.playbooks import Playbooks
from tests.conftest import NOW


def test_templates_are_kept_found_and_changed(database):
    with database.connect() as conn:
        refund = save_reply(conn, None, "ms", "Bayaran balik", "Hai {name}, kami pulangkan RM48 {eta}. – {signature}",
                            NOW)
        late = save_reply(conn, None, "ms", "Penghantaran lambat", "Hai {name}, maaf kek lambat sampai.", NOW)
        save_reply(conn, None, "en", "Refund", "Hi {name}, your refund is on its way.", NOW)
        assert [r.title for r in list_saved(conn, "ms")] == ["Bayaran balik", "Penghantaran lambat"]
        assert [r.id for r in list_saved(conn, "ms", "KEK lambat")] == [late]  # every word, any case
        assert [r.title for r in list_saved(conn, None, "refund")] == ["Refund"]
        assert list_saved(conn, "ms", "50%_") == []  # LIKE's own characters are plain letters
        save_reply(conn, refund, "ms", "Bayaran balik penuh", "Hai {name}, wang anda dipulangkan.", NOW)
        assert list_saved(conn, "ms", "penuh")[0].text == "Hai {name}, wang anda dipulangkan."
        delete_reply(conn, late)
        assert [r.id for r in list_saved(conn, "ms")] == [refund]
        with pytest.raises(NotFound):
            delete_reply(conn, late)
        with pytest.raises(NotFound):
            save_reply(conn, 999, "ms", "x", "y", NOW)


@pytest.mark.parametrize("lang, title, text, field", [
    ("ms", "  ", "Hai", "title"), ("ms", "Tajuk", "\x00\x07 ", "text"), ("fr", "Titre", "Bonjour", "lang"),
    ("en", "Long", "x" * (TEXT_CHARS + 1), "text")])
def test_empty_or_odd_templates_are_refused(database, lang, title, text, field):
    with database.connect() as conn:
        with pytest.raises(InvalidInput) as refused:
            save_reply(conn, None, lang, title, text, NOW)
        assert refused.value.field == field
        assert list_saved(conn) == []


def test_a_reply_becomes_a_template_and_is_filled_for_the_next_customer():
    reply = "Hai Aina, maaf sangat! Kedai Kek Mak Limah akan hantar semula esok. AINA, DM kami ya.\n– Limah (ML)"
    template = as_template(reply, name="Aina", signature="Limah (ML)", shop="Kedai Kek Mak Limah")
    assert template == "Hai {name}, maaf sangat! {shop} akan hantar semula esok. {name}, DM kami ya.\n– {signature}"
    assert as_template("Hai Ainaa, Rainaldo", name="Aina") == "Hai Ainaa, Rainaldo"  # whole words only
    filled = Playbooks().fill(template, "ms", name="Budi", signature="— Limah (ML)", shop="Kedai Kek", eta="")
    assert filled == "Hai Budi, maaf sangat! Kedai Kek akan hantar semula esok. Budi, DM kami ya.\n– Limah (ML)"
