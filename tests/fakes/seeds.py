"""Deterministic, realistic content for the fakes: a cake shop's customers in Malay, Indonesian
and English, complaining, praising, asking and sometimes swearing, with threads the shop has
already answered. Same `seed`, same content. Plus `odd_texts()` for robustness tests.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

__all__ = ["BASE_TIME", "PEOPLE", "Person", "odd_texts", "seed_facebook", "seed_instagram",
           "seed_x"]

BASE_TIME = datetime(2026, 11, 23, 6, 0, tzinfo=timezone.utc)   # the tests' NOW


@dataclass(frozen=True)
class Person:
    name: str
    username: str
    lang: str       # "ms", "id" or "en"
    number: int     # makes the per-platform ids

    @property
    def first(self) -> str:
        return self.name.split()[0]

    @property
    def facebook(self) -> tuple[str, str]:
        return (f"24{self.number:015d}", self.name)

    @property
    def instagram(self) -> tuple[str, str]:
        return (f"179{self.number:014d}0", self.username)

    @property
    def x(self) -> tuple[str, str, str]:
        handle = self.username.replace(".", "_")   # X handles allow no dots
        return (str(1500000000000000000 + self.number), handle, self.name)


PEOPLE = [Person(name, username, lang, number) for number, (name, username, lang) in enumerate([
    ("Nur Aisyah Rahman", "aisyah.rahman", "ms"), ("Muhammad Hafiz", "hafiz_mhd", "ms"),
    ("Siti Khadijah Omar", "sitikhadijah.o", "ms"), ("Faizal Hamzah", "faizalhamzah88", "ms"),
    ("Nurul Izzati", "izzati.nurul", "ms"), ("Ahmad Zaki", "zaki_ahmad", "ms"),
    ("Putri Ayu Lestari", "putriayu.l", "id"), ("Dimas Prasetyo", "dimasprasetyo", "id"),
    ("Rina Wulandari", "rinawulan_", "id"), ("Agus Santoso", "agus.santoso", "id"),
    ("Dewi Kartika", "dewikartika23", "id"), ("Sarah Tan", "sarahtan.eats", "en"),
    ("Priya Nair", "priya.nair", "en"), ("Jason Lim", "jasonlim_kl", "en"),
    ("Emily Wong", "emwong", "en"), ("Ravi Kumar", "ravik", "en"),
], start=1)]

CAPTIONS = [
    "Kek Coklat Moist kami dah kembali! Tempah sekarang untuk hujung minggu 🎂",
    "Promo 11.11: diskaun 20% untuk semua kek 1kg. Sampai 15 Nov je!",
    "New in store: Burnt Basque Cheesecake with Biscoff. Available at all branches.",
    "Cawangan baru kami di Bangi dah buka! Jom singgah, ada free cupcake untuk 50 orang pertama.",
    "Tempahan kek Krismas & Tahun Baru kini dibuka. Slot terhad!",
    "Behind the scenes: our bakers start at 4am so your cake is fresh every morning.",
]

TEXTS: dict[str, dict[str, list[str]]] = {
    "ms": {
        "complaint": [
            "Order kek coklat untuk birthday anak saya sampai lambat 2 jam. Majlis dah habis baru "
            "sampai. Sangat teruk!",
            "Kek sampai dah hancur, krim habis melekat kat kotak. Camne nak bagi orang makan?",
            "Saya order red velvet, yang sampai kek pandan. Tak check ke sebelum hantar?",
            "Staff kat kaunter Seksyen 7 tu kurang ajar betul, tanya sikit je dah tarik muka.",
            "Dah 3 hari saya whatsapp minta refund, sampai sekarang x reply. Korang ni serius ke "
            "tak buat bisnes?",
            "Kek tu rasa masam, macam krim dah basi. Anak saya sakit perut lepas makan.",
            "Rider cakap dah sampai tapi saya tak terima apa-apa pun. Duit dah potong.",
            "Tulisan atas kek salah eja nama. Nama anak saya Aisyah bukan Aishah. Malu depan "
            "tetamu.",
            "Harga naik tapi saiz makin kecik. Kecewa la macam ni.",
            "Order pukul 10 pagi, janji siap pukul 2. Pukul 4 pun belum siap. Tak payah janji "
            "kalau tak boleh tepati.",
            "Kotak kek tak tutup elok, semut masuk. Sangat tak profesional.",
            "Saya call banyak kali, tak angkat langsung. Bila datang kedai cakap sistem rosak.",
            "Kek lapis yang saya beli keras macam batu. Ni stok lama ke?",
            "Dah bayar deposit RM50 tapi order saya hilang dari sistem. Macam mana ni?",
            "Cupcake 24 biji, yang sampai 20 je. Mana lagi 4?",
        ],
        "praise": [
            "Kek birthday semalam sedap sangat! Semua tetamu puji. Terima kasih Kedai Kek Aina ❤️",
            "Burnt cheesecake dia memang terbaik, tak terlalu manis. Confirm repeat order.",
            "Staff kat Bangi ramah sangat, siap tolong angkat kek ke kereta. Thank you!",
            "Hantar tepat masa, kek cantik macam dalam gambar. Puas hati 👍",
            "Dah 3 tahun order kat sini untuk raya, tak pernah kecewa.",
            "Kek pandan gula melaka tu padu gila. Mak saya suka sangat.",
            "Terbaik lah korang, last minute order pun boleh siap.",
            "Refund dah masuk, terima kasih sebab settle cepat.",
        ],
        "question": [
            "Boleh hantar ke Shah Alam tak? Berapa caj?",
            "Ada kek tanpa telur tak? Anak saya alah telur.",
            "Kedai buka pukul berapa hari Ahad?",
            "Kalau nak order kek 3 tingkat untuk kahwin kena tempah berapa lama awal?",
            "Boleh tulis nama atas kek tak? Ada caj tambahan ke?",
            "Ada sijil halal JAKIM ke?",
            "Camne nak claim refund? Saya dah isi borang tapi tak dapat email apa-apa pun.",
            "Promo 11.11 tu sampai bila?",
        ],
        "abusive": [
            "Bodoh betul la korang ni, order simple pun boleh salah!",
            "Kedai sial, duit aku dah bayar kek tak sampai. Penipu!",
            "Bangang punya servis. Jangan beli kat sini, buang duit je.",
            "Staff korang tu perangai macam babi. Layan customer macam sampah.",
            "Celaka, dah la lambat, kek hancur pulak.",
        ],
        "follow_up": [
            "Update: masih tak ada siapa contact saya. Dah 5 hari.",
            "Hello? Ada admin ke tak kat page ni?",
            "Saya tanya lagi sekali, bila refund saya nak masuk?",
            "Sampai hari ni x ada jawapan. Saya report kat KPDN la camni.",
        ],
        "me_too": [
            "Sama la, saya pun kena benda yang sama minggu lepas.",
            "Betul tu, saya pun tunggu refund sampai sekarang.",
        ],
        "reply_sorry": [
            "Hai {first}, kami mohon maaf atas kesulitan ini. Boleh PM nombor order supaya kami "
            "semak segera?",
            "Maaf atas kelewatan, {first}. Refund sedang diproses dan akan masuk dalam 3 hari "
            "bekerja.",
        ],
        "reply_thanks": ["Terima kasih {first}! Gembira dengar anda suka kek kami 😊"],
        "reply_answer": ["Hai {first}, boleh. Sila WhatsApp 012-345 6789 untuk maklumat lanjut."],
    },
    "id": {
        "complaint": [
            "Pesan kue ulang tahun buat anak, datangnya telat 2 jam. Acaranya udah selesai. "
            "Kecewa banget.",
            "Kuenya sampai udah hancur, krimnya nempel semua di kardus. Gimana mau dikasih ke tamu?",
            "Saya pesan red velvet, yang dikirim malah kue pandan. Nggak dicek dulu apa?",
            "Mbak kasirnya jutek banget, ditanya baik-baik malah cemberut.",
            "Udah 3 hari minta refund lewat WA, nggak dibalas sama sekali. Kalian serius jualan "
            "gak sih?",
            "Rasanya asam, kayak krimnya udah basi. Anak saya sampai sakit perut.",
            "Kurir bilang udah diantar, tapi saya gak nerima apa-apa. Uang udah kepotong.",
            "Tulisan nama di kuenya salah. Malu banget di depan keluarga.",
            "Harganya naik terus tapi ukurannya makin kecil.",
            "Janjinya jadi jam 2 siang, jam 4 masih belum jadi juga. Jangan janji kalau gak bisa "
            "nepatin.",
            "Pesan 24 cupcake, yang datang cuma 20. Sisanya ke mana?",
            "Udah transfer DP tapi pesanan saya gak ada di sistem. Gimana ini?",
        ],
        "praise": [
            "Kue ulang tahunnya enak banget! Semua tamu pada muji. Makasih ya ❤️",
            "Cheesecake-nya juara, gak terlalu manis. Pasti order lagi.",
            "Pengirimannya tepat waktu, kuenya cantik persis kayak di foto. Puas!",
            "Mas-mas di tokonya ramah banget, sampai dibantuin bawa ke mobil.",
            "Bolu pandannya mantap, ibu saya suka banget.",
            "Langganan dari tahun lalu, belum pernah kecewa.",
        ],
        "question": [
            "Bisa kirim ke Depok gak? Ongkirnya berapa?",
            "Ada kue tanpa telur? Anak saya alergi.",
            "Hari Minggu buka jam berapa kak?",
            "Kalau mau pesan kue pernikahan 3 tingkat harus pesan berapa hari sebelumnya?",
            "Gimana cara klaim refund? Udah isi form tapi gak ada email masuk.",
            "Promo akhir tahun sampai kapan ya?",
            "Bisa bayar pakai QRIS?",
        ],
        "abusive": [
            "Goblok banget sih, pesanan gampang aja bisa salah!",
            "Toko anjing, udah bayar kuenya gak dateng. Penipu!",
            "Pelayanan tolol. Jangan beli di sini, buang-buang duit.",
            "Bangsat, udah telat, kuenya hancur pula.",
        ],
        "follow_up": [
            "Update: masih belum ada yang hubungi saya. Udah 5 hari.",
            "Halo? Adminnya ke mana sih?",
            "Saya tanya sekali lagi ya, refund saya kapan masuk?",
            "Sampai hari ini belum ada jawaban. Saya lapor ke YLKI aja kalau gini.",
        ],
        "me_too": [
            "Sama kak, aku juga ngalamin minggu lalu.",
            "Bener banget, refund aku juga belum masuk.",
        ],
        "reply_sorry": [
            "Halo kak {first}, mohon maaf atas ketidaknyamanannya. Boleh DM nomor pesanannya "
            "supaya kami cek?",
        ],
        "reply_thanks": ["Makasih kak {first}! Senang banget kakak suka 😊"],
        "reply_answer": ["Halo kak {first}, bisa kak. Silakan WA ke 0812-3456-7890 ya."],
    },
    "en": {
        "complaint": [
            "Ordered a chocolate cake for my son's birthday and it arrived two hours late. The "
            "party was already over.",
            "The cake arrived completely smashed, frosting all over the box. Really disappointed.",
            "I ordered red velvet and got pandan instead. Does nobody check the orders?",
            "The girl at the counter was so rude to my mum. Rolled her eyes when she asked about "
            "the price.",
            "Been asking for a refund for 3 days now, no reply at all. Is anyone even reading "
            "these?",
            "The cream tasted sour, like it had gone off. My kid had a stomach ache after.",
            "Driver marked it delivered but nothing arrived. I've already been charged.",
            "You spelled my daughter's name wrong on the cake. So embarrassing in front of "
            "everyone.",
            "Prices keep going up and the slices keep getting smaller.",
            "Paid the deposit and now you say my order isn't in the system??",
            "Ordered 24 cupcakes, got 20. Where are the other 4?",
        ],
        "praise": [
            "Best burnt cheesecake in town, not too sweet. Will definitely order again!",
            "Delivered right on time and looked exactly like the photo. Thank you so much!",
            "Staff at the Bangi branch were lovely, even helped carry the cake to my car.",
            "Third year ordering our Raya cakes here and never disappointed.",
            "Moist, soft and not overly sweet. 10/10 would recommend.",
        ],
        "question": [
            "Do you deliver to Petaling Jaya? How much is the fee?",
            "Do you have an eggless option? My son is allergic.",
            "What time do you open on Sundays?",
            "How far in advance do I need to order a 3-tier wedding cake?",
            "How do I get a refund? I filled in the form but never got an email.",
            "Is the 11.11 promo still on?",
        ],
        "abusive": [
            "You idiots can't even get a simple order right!",
            "Worst bakery ever, total scam. Paid and got nothing, bloody crooks.",
            "Your staff are stupid and rude. Don't waste your money here.",
            "What the hell is this crap? Cake was late AND smashed.",
        ],
        "follow_up": [
            "Update: still nobody has contacted me. 5 days now.",
            "Hello?? Is there an admin on this page or not?",
            "Asking again: when will my refund come through?",
            "Still no answer. I'll be filing a complaint with consumer affairs.",
        ],
        "me_too": [
            "Same thing happened to me last week.",
            "+1, still waiting on my refund too.",
        ],
        "reply_sorry": [
            "Hi {first}, we're so sorry about this. Could you DM us your order number so we can "
            "look into it right away?",
            "Sorry for the wait, {first}. Your refund is being processed and should arrive within "
            "3 working days.",
        ],
        "reply_thanks": ["Thank you {first}! So glad you enjoyed it 😊"],
        "reply_answer": ["Hi {first}, yes we do! Please WhatsApp 012-345 6789 for details."],
    },
}
REPLY_KIND = {"complaint": "reply_sorry", "follow_up": "reply_sorry", "me_too": "reply_sorry",
              "praise": "reply_thanks", "question": "reply_answer"}


@dataclass
class _Said:
    person: Person
    kind: str
    text: str
    minutes: int                # after the post
    follows: int | None         # index of the earlier comment this one replies to
    hidden: bool
    shop_reply: str | None


def _plan(rng: random.Random, count: int) -> list[_Said]:
    """What customers say under one post: a few regulars, follow-ups, threads, shop replies."""
    regulars = rng.sample(PEOPLE, 8)
    said: list[_Said] = []
    minutes = 0
    for _ in range(count):
        minutes += rng.randint(4, 240)
        unhappy = [i for i, s in enumerate(said)
                   if s.follows is None and s.kind in ("complaint", "abusive")]
        follows = None
        if unhappy and rng.random() < 0.2:
            earlier = rng.choice(unhappy)
            person, kind = said[earlier].person, "follow_up"
            follows = earlier if rng.random() < 0.6 else None
        elif said and rng.random() < 0.1:
            follows = rng.randrange(len(said))
            person, kind = rng.choice(regulars), "me_too"
        else:
            person = rng.choice(regulars)
            kind = rng.choices(["complaint", "praise", "question", "abusive"], (5, 3, 3, 1))[0]
        texts = TEXTS[person.lang]
        reply = None
        if kind in REPLY_KIND and rng.random() < 0.3:
            reply = rng.choice(texts[REPLY_KIND[kind]]).format(first=person.first)
        said.append(_Said(person, kind, rng.choice(texts[kind]), minutes, follows,
                          kind == "abusive" and rng.random() < 0.4, reply))
    return said


def seed_facebook(fb, posts: int = 3, comments_per_post: int = 20, seed: int = 1) -> list[str]:
    """Posts with customer comments (shop replies come on top of the count); returns post ids."""
    rng = random.Random(seed)
    post_ids = []
    for number in range(posts):
        posted = BASE_TIME - timedelta(days=2 * (posts - number), hours=rng.randint(0, 6))
        post_id = fb.add_post(CAPTIONS[number % len(CAPTIONS)], created_time=posted)
        post_ids.append(post_id)
        ids: list[str] = []
        for said in _plan(rng, comments_per_post):
            at = posted + timedelta(minutes=said.minutes)
            parent = ids[said.follows] if said.follows is not None else None
            comment_id = fb.add_comment(post_id, said.text, said.person.facebook, at, parent,
                                        said.hidden)
            ids.append(comment_id)
            if said.shop_reply:
                fb.add_comment(post_id, said.shop_reply, (fb.page_id, fb.page_name),
                               at + timedelta(minutes=rng.randint(20, 600)), comment_id)
    return post_ids


def seed_instagram(ig, media: int = 3, comments_per_media: int = 20, seed: int = 1) -> list[str]:
    """Media with customer comments (shop replies come on top of the count); returns media ids."""
    rng = random.Random(seed)
    media_ids = []
    for number in range(media):
        posted = BASE_TIME - timedelta(days=2 * (media - number), hours=rng.randint(0, 6))
        media_id = ig.add_media(CAPTIONS[number % len(CAPTIONS)], timestamp=posted)
        media_ids.append(media_id)
        ids: list[str] = []
        for said in _plan(rng, comments_per_media):
            at = posted + timedelta(minutes=said.minutes)
            parent = ids[said.follows] if said.follows is not None else None
            comment_id = ig.add_comment(media_id, said.text, said.person.instagram, at, parent,
                                        said.hidden)
            ids.append(comment_id)
            if said.shop_reply:
                ig.add_comment(media_id, said.shop_reply, (ig.ig_user_id, ig.username),
                               at + timedelta(minutes=rng.randint(20, 600)), comment_id)
    return media_ids


def seed_x(x, mentions: int = 30, seed: int = 1, now: datetime = BASE_TIME) -> list[str]:
    """Two shop posts, then mentions (some replying to them, some in threads, some answered
    by the shop), all within the last four days before `now` (X's search looks back a week:
    a test that runs Balas on the real clock passes the real time); returns the mention ids."""
    rng = random.Random(seed)
    start = now - timedelta(days=4)
    own = [x.add_post(CAPTIONS[1], created_at=start),
           x.add_post(CAPTIONS[2], created_at=start + timedelta(hours=5))]
    ids: list[str] = []
    handle = f"@{x.username}"
    plan = _plan(rng, mentions)
    for said in plan:
        at = start + timedelta(hours=6, minutes=said.minutes)
        if said.follows is not None:
            earlier = plan[said.follows].person    # X puts the thread's other handles first
            names = handle if earlier == said.person else f"@{earlier.x[1]} {handle}"
            text, in_reply_to = f"{names} {said.text}", ids[said.follows]
        elif rng.random() < 0.4:
            text, in_reply_to = f"{handle} {said.text}", rng.choice(own)
        else:
            text, in_reply_to = (f"{said.text} {handle}" if rng.random() < 0.3
                                 else f"{handle} {said.text}"), None
        mention_id = x.add_mention(text, said.person.x, at, in_reply_to)
        ids.append(mention_id)
        if said.shop_reply:
            x.add_post(f"@{said.person.x[1]} {said.shop_reply}",
                       at + timedelta(minutes=rng.randint(20, 600)), mention_id)
    return ids


def odd_texts() -> list[str]:
    """Awkward comment texts: markup, control and invisible characters, RTL, huge and empty."""
    return [
        "<img src=x onerror=alert(1)>",
        "<script>alert('balas')</script> kek sedap",
        "Tom &amp; Jerry & <b>bold</b> \"double\" 'single' `back`",
        "control: \x01\x02\x07\x08\x0b\x0c \x1b[31mred\x1b[0m \x7f end",
        "nul inside: a\x00b",                                   # JSON carries it as \u0000
        "tab\there\r\nwindows line\rold mac\u2028line sep\u2029para sep",
        "zero\u200bwidth\u200cnon\u200djoiner\ufeffbom\u2060word joiner",
        "family 👨\u200d👩\u200d👧\u200d👦 and 🧑🏽\u200d🍳 chef",
        "skin tones 👍🏽👋🏿🙏🏻 flags 🇲🇾🇮🇩🇸🇬 🏳️\u200d🌈 keycap 1️⃣",
        "الكعكة وصلت متأخرة جداً، أريد استرداد المال",
        "העוגה הגיעה שבורה לגמרי, אני רוצה החזר",
        "Order #123 \u202eevil\u202c mixed \u200fعربي\u200e then English",
        ("Kek sedap tapi lambat sampai. " * 35000)[:1_000_000],  # 1 MB
        "Sangat" + "a" * 5000 + "t teruk",
        "https://example.com/" + "x" * 3000 + "?ref=" + "y" * 1000,
        "   \t\n   ",
        "\u3000\u00a0\u2003",
        "",
        "Z\u0334\u0321\u032a\u032b\u0353a\u0336l\u0337g\u0335o\u0336 text",
        "e\u0301 (NFD) vs \u00e9 (NFC)",
        "\U0001d4a6\U0001d452\U0001d4c0 \U0001d4c8\U0001d452\U0001d4b9\U0001d4b6\U0001d4c5 "
        "(math letters, astral plane)",
        "Robert'); DROP TABLE cases;--",
        "%s %d {0} {name} ${HOME} $(whoami) \\n \\u0041",
    ]
