import pytest


@pytest.mark.parametrize("text, lang", [
    ("barang x sampai lagi, camne ni korang", "ms"),
    ("tak sedap la kek ni, mahal je", "ms"),
    ("nak order 2 kotak boleh tak kak?", "ms"),
    ("Dah seminggu tunggu, kurier pun tak angkat call", "ms"),
    ("paketnya gak nyampe2 nih, gimana dong", "id"),
    ("enak banget kuenya kak, aku mau pesen lagi aja", "id"),
    ("kalian udah kirim belum sih? kok lama", "id"),
    ("My order still hasn't arrived, what's going on?", "en"),
    ("Love the cakes, the delivery was quick", "en"),
    ("the parcel sampai already but the box was crushed", "en"),
    ("Salamat po sa mabilis na delivery", "other"),
    ("太贵了，不会再来了", "other"),
    ("ขนมอร่อยมากค่ะ", "other"),
    ("Ada kue ulang tahun tanpa gula?", "id"),
    ("Laundry kiloan minimal berapa kg?", "id"),
    ("Ada saiz XL utk kemeja batik lelaki?", "ms"),
    ("Selamat ulang tahun! Dari hari pertama sy dah jadi customer", "ms"),
    ("Pelayane asu, ditakoni rega malah mlengos. Toko ra nggenah", "other"),
    ("", "other"),
    ("😡😡😡", "other"),
])
def test_language_on_short_informal_text(triage, text, lang):
    assert triage.judge(text).lang == lang


def test_a_comment_that_could_be_either_follows_the_shops_preference(triage):
    assert triage.language("berapa harga?", prefer="id") == "id"
    assert triage.language("berapa harga?", prefer="ms") == "ms"
