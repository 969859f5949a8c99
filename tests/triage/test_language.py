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


@pytest.mark.parametrize("text, lang", [
    # Jakarta slang, and words both sides use (boleh, yg, pak) not taken for Malay.
    ("gw udh nunggu 2 jam doang dibales, parah bgt lo pada", "id"),
    ("Kak boleh minta pricelist stiker? Mau buat kado ultah", "id"),
    ("Halo kak, kucing umur 2 bulan udah boleh grooming belum?", "id"),
    ("Sedih. Anak Pak Hamid yg jaga skrg kasar, sy tanya harga pun kena sindir", "ms"),
    # Money against a number tells the country only when nothing else does.
    ("Martabak 75rb, keju cuma di tengah, harganya berapa?", "id"),
    ("RM18 for a small kopi-o? Seriously?", "en"),
    ("Unfollowing. Good luck.", "en"),
    # Malaysian negation against the word; a size is not a negation.
    ("barang xsampai, order dari minggu lepas", "ms"),
    ("kerudung ukurannya berapa x berapa? bahannya katun?", "id"),
    # Vietnamese marks, Hindi and Urdu in Latin letters.
    ("Shop ơi, áo này size L còn không ạ?", "other"),
    ("Yaar payment kiya, paise kat gaye par order confirm nahi hua", "other"),
    # Words only one side uses, in short comments.
    ("Tempatnya bersih dan nyaman", "id"),
    ("Sudah transfer tapi belum dikonfirmasi", "id"),
    ("Kedai bersih dan selesa", "ms"),
    ("Perkhidmatan kurier lambat", "ms"),
])
def test_language_of_slang_shared_words_and_other_languages(triage, text, lang):
    assert triage.judge(text).lang == lang
