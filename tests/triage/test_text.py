from desktop.triage.text import MAX_CHARS, plain, stems, tokenize


def test_markup_links_and_control_characters_are_read_as_plain_words():
    text = plain("<b>Kek</b> &amp; roti\x00\u202e http://x.co/a @ali ok")
    assert [t.word for t in tokenize(text)] == ["kek", "roti", "ok"]


def test_words_keep_their_place_in_the_text():
    text = "Barang x sampai.tapi ok"
    tokens = tokenize(text)
    assert [t.word for t in tokens] == ["barang", "x", "sampai", "tapi", "ok"]
    assert all(text.lower()[t.start:t.end] == t.raw for t in tokens)


def test_letters_spelled_out_with_dots_are_one_word_and_hyphens_split():
    assert [t.word for t in tokenize("b.o.d.o.h barang-barang")] == ["bodoh", "barang", "barang"]


def test_malay_and_indonesian_affixes_lead_back_to_the_root():
    assert "kecewa" in stems("mengecewakan")
    assert "kecewa" in stems("kekecewaan")
    assert "kirim" in stems("ngirimnya")
    assert "tunggu" in stems("menunggu")
    assert "lambat" in stems("kelambatan")
    assert "sampai" in stems("sampailah")
    assert "deliver" in stems("delivered")


def test_a_huge_comment_is_read_only_as_far_as_it_matters():
    assert len(plain("a" * 1_000_000)) == MAX_CHARS


def test_a_short_root_left_by_a_malay_suffix_is_not_an_english_word():
    assert "bad" not in stems("badan")
    assert "lambat" in stems("kelambatan")


def test_the_handles_x_puts_before_a_reply_are_not_read_as_talking_to_someone(rules):
    from desktop.triage.text import without_thread_handles

    post = "@nurulhuda_ @KedaiKekAina Cupcake 24 biji, yang sampai 20 je. Mana lagi 4?"
    assert without_thread_handles(post, "x") == "Cupcake 24 biji, yang sampai 20 je. Mana lagi 4?"
    assert not rules.judge(post).complaint   # read as a reply to another commenter
    assert rules.judge(without_thread_handles(post, "x")).complaint
    # On Facebook a leading name is someone the writer speaks to; a handle inside stays.
    assert without_thread_handles("@Zack you idiot", "facebook") == "@Zack you idiot"
    assert without_thread_handles("lambat @KedaiKekAina", "x") == "lambat @KedaiKekAina"
