"""Pattern alerts, checked against what each test logged itself: who complained, about what, when."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.cases.inbound import Filing, InboundStore
from desktop.cases.patterns import (SAME_PEOPLE, SAME_WORDING, pattern_groups, possible_attacks,
                                    significant_words, similar_to)
from desktop.platforms import RemoteComment
from tests.conftest import NOW
from tests.fakes.seeds import odd_texts


class Shop:
    """Logs cases the way the owner does, one person per name, and remembers the ids."""

    def __init__(self, repo):
        self.repo = repo
        self.people: dict[str, int] = {}

    def person(self, name: str) -> int:
        if name not in self.people:
            self.people[name] = self.repo.add_person(name)
        return self.people[name]

    def case(self, name: str, text: str, *, hours_ago: float, touchpoint: str = "other",
             channel: str = "walk_in") -> int:
        return self.repo.add_manual_case(channel=channel, text=text, actor="ML", person_id=self.person(name),
                                         touchpoint=touchpoint, received_at=NOW - timedelta(hours=hours_ago))


@pytest.fixture
def shop(repo):
    return Shop(repo)


@pytest.fixture
def conn(database):
    with database.connect() as connection:
        yield connection


@pytest.fixture
def page(database):
    with database.connect() as connection:
        connection.execute("INSERT INTO account (platform, external_id, display_name, status, created_at)"
                           " VALUES ('facebook', '1001', 'Kedai', 'connected', '2026-11-01 00:00:00.000000')")
        connection.commit()
        return connection.execute("SELECT id FROM account").fetchone()[0]


def post_comments(database, clock, page, comments, *, file_as_complaints: bool) -> list[int]:
    """Store (author id, text, minutes ago) comments as a sync does; returns their ids in order."""
    store = InboundStore(database, clock)
    stored = store.store(page, "facebook", [
        RemoteComment(external_id=f"c{n}", post_id="1001_7", text=text, author_id=author,
                      author_name=f"Akaun {author}", created_at=NOW - timedelta(minutes=minutes))
        for n, (author, text, minutes) in enumerate(comments)])
    if file_as_complaints:
        store.file_comments([Filing(i, True, "newcomer", [], "ms", [], None) for i in stored.new], "facebook")
    return stored.new


# -- similar complaints -----------------------------------------------------------------------
def test_four_customers_with_late_deliveries_in_three_languages_are_one_group(shop, conn):
    ms = shop.case("Aina", "Penghantaran lewat 3 hari, rider tak angkat call", hours_ago=100, touchpoint="delivery")
    id_ = shop.case("Budi", "Pengiriman telat, kurir gak bisa dihubungi", hours_ago=50, touchpoint="delivery")
    en = shop.case("Grace", "Delivery was late again, the rider never called", hours_ago=20, touchpoint="delivery")
    ms2 = shop.case("Farid", "Parcel sampai lambat, kotak kemek", hours_ago=3, touchpoint="delivery")
    shop.case("Intan", "Staf kaunter kasar sangat", hours_ago=10, touchpoint="staff")

    [group] = pattern_groups(conn, NOW)
    assert (group.kind, group.key, group.people) == ("touchpoint", "delivery", 4)
    assert group.case_ids == (ms2, en, id_, ms)  # newest first
    assert group.first_at == NOW - timedelta(hours=100) and group.last_at == NOW - timedelta(hours=3)

    similar = similar_to(conn, en, NOW)
    assert similar.people == 3 and similar.touchpoint_people == 3
    assert [s.case_id for s in similar.cases] == [ms2, id_, ms]
    assert all(s.same_touchpoint for s in similar.cases)
    assert similar.word_people == [("rider", 1)]  # the Malay case also names the rider
    assert [s.shared_words for s in similar.cases] == [(), (), ("rider",)]


def test_one_customer_complaining_three_times_is_not_a_pattern(shop, conn):
    again = [shop.case("Aina", f"Kek sampai penyek lagi, kali ke-{n}", hours_ago=30 - n, touchpoint="delivery")
             for n in range(3)]
    other = shop.case("Budi", "Kotak kek penyek bila sampai", hours_ago=2, touchpoint="delivery")

    assert pattern_groups(conn, NOW) == []  # two people, not three
    [group, *_] = pattern_groups(conn, NOW, min_people=2)
    assert group.people == 2 and set(group.case_ids) == {*again, other}

    similar = similar_to(conn, other, NOW)
    assert similar.people == 1 and len(similar.cases) == 3
    assert similar_to(conn, again[0], NOW).people == 1  # Aina's own cases are not "others"


def test_only_the_window_counts_and_ignored_cases_never(shop, repo, conn):
    inside = [shop.case(name, "Saiz baju tak sama dengan gambar", hours_ago=hours, touchpoint="product_quality")
              for name, hours in (("Aina", 150), ("Budi", 90), ("Chong", 30))]
    too_old = shop.case("Dewi", "Saiz baju kecil dari gambar", hours_ago=24 * 7 + 1, touchpoint="product_quality")
    spam = shop.case("Farid", "Saiz baju salah, gambar tipu", hours_ago=5, touchpoint="product_quality")
    repo.apply_action(spam, "ignore", "ML", reason="spam")

    groups = pattern_groups(conn, NOW)
    assert [(g.key, g.people, set(g.case_ids)) for g in groups] == [("product_quality", 3, set(inside))]
    assert groups[0].words == ("saiz", "baju", "gambar")
    similar = similar_to(conn, inside[0], NOW)
    assert {s.case_id for s in similar.cases} == set(inside[1:])
    # Two days on, Aina's case has left the window too: no pattern any more.
    assert pattern_groups(conn, NOW + timedelta(days=2)) == []
    # An old case opened today is compared with this week; as of its own day, nothing came before it.
    assert {s.case_id for s in similar_to(conn, too_old, NOW).cases} == set(inside)
    assert similar_to(conn, too_old, NOW - timedelta(hours=24 * 7 + 1)).cases == []


def test_complaints_sharing_only_grammar_and_generic_words_are_not_similar(shop, conn):
    kedai = shop.case("Aina", "Saya sangat kecewa dengan kedai ini, teruk!", hours_ago=9)
    shop.case("Budi", "I am so disappointed with this shop, very bad", hours_ago=8)
    coklat = shop.case("Chong", "Kek coklat sampai cair, kecewa sangat", hours_ago=7)
    kue = shop.case("Dewi", "Kuenya coklatnya meleleh, parah banget", hours_ago=6)

    assert significant_words("Saya sangat kecewa dengan kedai ini, teruk!") == ()
    assert similar_to(conn, kedai, NOW).cases == []
    [match] = similar_to(conn, coklat, NOW).cases
    assert (match.case_id, match.same_touchpoint, match.shared_words) == (kue, False, ("kek", "coklat"))
    assert similar_to(conn, 999_999, NOW) is None


def test_slang_links_emoji_and_numbers_are_read_past():
    words = significant_words("Kurirnya lambattt bgt 😡😡, paketnya sampe penyek!!! 3 hari https://x.co/a @admin")
    assert words == ("kurir", "paket", "penyek")
    assert significant_words("ROSAK skrin <b>handphone</b> &amp; charger") == ("rusak", "skrin", "handphone",
                                                                             "charger")


def test_words_shared_by_the_same_cases_make_one_group_not_two(shop, conn):
    brownies = [shop.case("Aina", "Brownies keras macam batu", hours_ago=40),
                shop.case("Budi", "Browniesnya keras banget", hours_ago=30),
                shop.case("Chong", "The brownies were rock hard, keras!", hours_ago=20)]
    [group] = pattern_groups(conn, NOW)
    assert (group.kind, group.key, group.people) == ("words", "brownies keras", 3)
    assert set(group.case_ids) == set(brownies) and group.words == ("brownies", "keras")


def test_a_group_inside_a_bigger_one_is_told_once_with_its_words(shop, conn):
    quality = [shop.case(name, text, hours_ago=hours, touchpoint="product_quality")
               for name, text, hours in (("Dewi", "Brownies keras, gigi sakit", 10),
                                         ("Farid", "Brownies keras sangat", 9),
                                         ("Grace", "Brownies keras lagi", 8),
                                         ("Hafiz", "Kek lapis kering", 7))]
    [group] = pattern_groups(conn, NOW)  # the brownies are three of the four quality complaints
    assert (group.kind, group.key, group.people) == ("touchpoint", "product_quality", 4)
    assert set(group.case_ids) == set(quality) and group.words == ("brownies", "keras")
    # Two more brownies complaints filed elsewhere: now the words reach past the touchpoint.
    shop.case("Intan", "Brownies keras", hours_ago=6)
    shop.case("Joko", "Brownies keras, delivery pun lambat", hours_ago=5, touchpoint="delivery")
    groups = pattern_groups(conn, NOW)
    assert [(g.kind, g.key, g.people) for g in groups] == [("words", "brownies keras", 5),
                                                           ("touchpoint", "product_quality", 4)]


def test_the_other_touchpoint_alone_makes_no_group(shop, conn):
    for name, text in (("Aina", "Parking penuh"), ("Budi", "Aircon rosak"), ("Chong", "Tandas kotor")):
        shop.case(name, text, hours_ago=5)
    assert pattern_groups(conn, NOW) == []


# -- possible organised attacks ---------------------------------------------------------------
def test_near_identical_comments_from_different_people_in_an_hour_are_flagged(database, clock, page, conn):
    copied = [("u1", "Kedai ni PENIPU!!! Jangan beli, duit tak pulang 😡", 50),
              ("u2", "kedai ni penipu, jangan beli. duit tak pulang", 40),
              ("u3", "Kedai ni penipu jangan beli duit tak pulang https://bit.ly/x", 30),
              ("u4", "Kedai ni penipu!! jangan beli!! duit tak pulang!! 😡😡", 20),
              ("u5", "Kek sampai lambat sikit tapi rasa masih ok", 10)]
    ids = post_comments(database, clock, page, copied, file_as_complaints=True)

    [signal] = possible_attacks(conn, NOW)
    assert signal.reason == SAME_WORDING
    assert set(signal.comment_ids) == set(ids[:4]) and signal.items == 4
    cases = {conn.execute("SELECT case_id FROM comment WHERE id = ?", (i,)).fetchone()[0] for i in ids[:4]}
    assert set(signal.case_ids) == cases and len(cases) == 4
    assert len(signal.person_ids) == 4
    assert signal.first_at == NOW - timedelta(minutes=50) and signal.last_at == NOW - timedelta(minutes=20)
    assert signal.sample.startswith("kedai ni penipu")


def test_ten_complaints_in_an_hour_from_two_people_are_flagged(shop, conn):
    texts = ["Roti keras", "Harga naik tanpa notis", "Staf tak senyum langsung", "Kopi sejuk bila sampai",
             "Meja kotor penuh semut", "Parking susah nak cari", "Resit tak diberi", "Aircon rosak panas",
             "Tunggu lama di kaunter bayaran", "Sambal terlalu masin hari ini"]
    ids = [shop.case("Aina" if n % 2 else "Budi", text, hours_ago=1 - n / 10) for n, text in enumerate(texts)]
    shop.case("Chong", "Kek sampai penyek", hours_ago=0.5)

    [signal] = possible_attacks(conn, NOW)
    assert signal.reason == SAME_PEOPLE
    assert set(signal.person_ids) == {shop.people["Aina"], shop.people["Budi"]}
    assert set(signal.case_ids) == set(ids) and signal.comment_ids == ()
    assert signal.first_at == NOW - timedelta(hours=1)


def test_a_pasted_text_and_two_busy_accounts_at_once_are_two_signals(database, clock, page, conn):
    pasted = [(f"copy{n}", "Jangan beli sini, barang tiruan semua! Report page ni", 90 - n) for n in range(4)]
    busy = [(author, text, 60 - 5 * n) for n, (author, text) in enumerate(
        [("b1", "Owner kedai ni sombong"), ("b2", "Saya pun kena tipu dulu"), ("b1", "Harga mahal kualiti teruk"),
         ("b2", "Tiada lesen perniagaan pun"), ("b1", "Jangan percaya rating 5 bintang"),
         ("b2", "Semua review dia upah orang")])]
    others = [("c1", "Kek sampai penyek", 30), ("c2", "Rider lambat 40 minit", 20)]
    ids = post_comments(database, clock, page, pasted + busy + others, file_as_complaints=True)

    signals = possible_attacks(conn, NOW)
    assert sorted((s.reason, s.items) for s in signals) == [(SAME_PEOPLE, 6), (SAME_WORDING, 4)]
    by_reason = {s.reason: s for s in signals}
    assert set(by_reason[SAME_WORDING].comment_ids) == set(ids[:4])
    assert set(by_reason[SAME_PEOPLE].comment_ids) == set(ids[4:10])


def test_an_active_haters_comments_count_even_when_not_filed_as_complaints(database, clock, page, repo, conn):
    burst = [(author, f"Komen {n}: {text}", 60 - 5 * n) for n, (author, text) in enumerate(
        [("h1", "siapa beli sini memang bodoh"), ("h2", "tengok muka owner pun dah tahu"),
         ("h1", "jangan percaya review dia"), ("h2", "semua review palsu"), ("h1", "boikot"),
         ("h2", "share supaya semua tahu")])]
    ids = post_comments(database, clock, page, burst, file_as_complaints=False)
    assert possible_attacks(conn, NOW) == []  # just comments, as far as anyone knows

    haters = {r[0] for r in conn.execute("SELECT DISTINCT person_id FROM comment")}
    for person_id in haters:
        repo.set_person_type(person_id, "active_hater", "ML")
    [signal] = possible_attacks(conn, NOW)
    assert signal.reason == SAME_PEOPLE
    assert set(signal.comment_ids) == set(ids) and set(signal.person_ids) == haters


def test_ordinary_traffic_is_not_flagged(shop, conn):
    day = [("Aina", "Kek coklat kurang manis kali ini"), ("Budi", "Pengiriman agak telat dari janji"),
           ("Chong", "Parking in front of the shop is full"), ("Dewi", "Harga roti naik tanpa notis"),
           ("Farid", "Rider tak call bila sampai"), ("Grace", "The icing melted on the way home"),
           ("Hafiz", "Resit tak diberi semalam"), ("Intan", "Tudung saiz M terlalu kecil")]
    for n, (name, text) in enumerate(day):  # spread over a day
        shop.case(name, text, hours_ago=24 - 3 * n)
    for hours in range(0, 25):
        assert possible_attacks(conn, NOW - timedelta(hours=hours)) == []
    # A busy afternoon: six people in ninety minutes, each with their own words, is still ordinary.
    busy = [("Joko", "Sambal kurang pedas"), ("Kumar", "Teh tarik terlalu manis"), ("Lina", "Meja melekit"),
            ("Nurul", "Kuih lapis keras"), ("Putri", "Antrian kasir panjang sekali"), ("Rizal", "Wifi tak jalan")]
    for n, (name, text) in enumerate(busy):
        shop.case(name, text, hours_ago=1.5 - n / 4)
    assert possible_attacks(conn, NOW) == []
    # One upset customer writing three times among a few others is a conversation, not a campaign.
    for n, text in enumerate(["Order 5512 belum sampai", "Tolong check order 5512", "Sudah 3 hari, order 5512?"]):
        shop.case("Siti", text, hours_ago=10.9 - n * 0.3, channel="whatsapp")
    shop.case("Tan", "Roti gosong sikit", hours_ago=10)
    shop.case("Umar", "Kaunter bayaran tutup awal", hours_ago=9.8)
    assert possible_attacks(conn, NOW - timedelta(hours=9.5)) == []  # Siti 3, Tan 1, Umar 1
    # Three people asking the same short question is what customers do when a batch is late.
    for n, (name, text) in enumerate([("Wahyu", "Bila nak sampai?"), ("Yusof", "bila nak sampai??"),
                                      ("Zainab", "BILA NAK SAMPAI 😭")]):
        shop.case(name, text, hours_ago=30.5 - n / 5)
    assert possible_attacks(conn, NOW - timedelta(hours=30)) == []


# -- messy texts -------------------------------------------------------------------------------
def test_odd_texts_do_not_break_anything(shop, conn, database, clock, page):
    logged = {}
    for n, text in enumerate(odd_texts()):
        if text.strip():  # the repository refuses blank cases
            logged[text] = shop.case(f"Pelik {n}", text, hours_ago=1.9 - n / 20)
    post_comments(database, clock, page, [(f"o{n}", text, n) for n, text in enumerate(odd_texts())],
                  file_as_complaints=True)

    for text in odd_texts():
        for word in significant_words(text):
            assert word.isprintable() and 3 <= len(word) <= 30, (text[:40], word)
    huge = next(text for text in logged if len(text) > 100_000)
    script = next(text for text in logged if text.startswith("<script>"))
    math = next(text for text in logged if text.startswith("\U0001d4a6"))
    from_comments = {text: conn.execute("SELECT case_id FROM comment WHERE text = ?", (text,)).fetchone()[0]
                     for text in (huge, script, math)}
    # "Kek sedap" in all three, each logged by hand and sent as a comment by someone else.
    similar = similar_to(conn, logged[huge], NOW)
    assert {s.case_id for s in similar.cases} == {logged[script], logged[math], *from_comments.values()}
    groups = pattern_groups(conn, NOW)
    assert ("words", "kek sedap", 6) in [(g.kind, g.key, g.people) for g in groups]
    # Everyone wrote once, and no text reached three people: no burst of the same people or wording.
    assert possible_attacks(conn, NOW) == []


def test_what_the_shop_sells_is_background_not_news(shop, conn):
    # a busy week where every complaint names the cake; four people say the frosting melted
    for n in range(12):
        shop.case(f"P{n}", f"Kek coklat nombor {n} rasa pelik", hours_ago=n + 1,
                  touchpoint="product_quality" if n < 6 else "delivery")
    for n in range(4):
        shop.case(f"F{n}", "Kek frosting cair teruk", hours_ago=n + 20)
    groups = pattern_groups(conn, NOW)
    word_groups = [g for g in groups if g.kind == "words"]
    assert not any("kek" in g.key.split() or "kek" in g.words for g in word_groups)
    assert [g.people for g in word_groups if "frosting" in g.key.split()] == [4]
    assert {g.key for g in groups if g.kind == "touchpoint"} == {"product_quality", "delivery"}
    # a quiet week: no word is background yet (too few cases to tell)
    assert pattern_groups(conn, NOW - timedelta(days=30)) == []


def test_one_customer_whose_id_the_platform_hides_is_one_voice(database, clock, page, conn):
    # Facebook without the extra permission gives no author id: each comment makes a person of
    # its own, but the same name pasting the same words three times is one customer, not three
    store = InboundStore(database, clock)
    text = "Kek saya sampai hancur, kotak penyek, tolong ganti"
    stored = store.store(page, "facebook", [
        RemoteComment(external_id=f"h{n}", post_id="1001_9", text=text, author_id=None, author_name="Aina Sofea",
                      created_at=NOW - timedelta(minutes=40 - n * 10)) for n in range(3)])
    store.file_comments([Filing(i, True, "newcomer", [], "ms", [], "delivery") for i in stored.new], "facebook")
    assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 3  # as stored
    assert possible_attacks(conn, NOW) == []
    assert pattern_groups(conn, NOW) == []  # one voice is not a pattern
