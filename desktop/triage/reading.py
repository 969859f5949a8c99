"""What one comment says: faults and praise, where in the shop, and the cues of each type."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.triage.lexicon import Doc, Hit, PhraseIndex

__all__ = ["TOUCHPOINTS", "CUES", "Reading", "Reader"]

TOUCHPOINTS = ("delivery", "product_quality", "staff", "price", "payment", "online_shop",
               "store_visit")
CUES = ("switch", "used_to", "loyalty", "contempt", "detail")
_SENTIMENT = frozenset(("fault", "negative", "positive", "neutral"))
# Verdicts that stay faults beside a good word ("cheap garbage" is no praise of garbage).
_VERDICTS = frozenset(("garbage", "trash", "rubbish", "sampah", "junk", "crap", "hampas", "scam"))
# Cues whose place in the comment matters: read after the pass over all hits.
_PLACED = frozenset(("used_to", "switch", "mild"))
TOPIC_REACH = 5     # a topic word this close to a fault names where the fault is

_MEASURE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s?(?:g|gm|gram|kg|ml|l|cm|mm|inci|inch|minit|menit|mins?|minutes?|jam|"
    r"hours?|hrs?|hari|days?|minggu|weeks?|%|persen|peratus|percent|pcs|biji|keping|ketul)\b"
    r"|\b(?:rm|rp\.?)\s?\d+", re.I)
# "Dah 6 tahun", "for 8 years", "5 years already": how long someone has been a customer
# (not "baju budak 3 tahun": a duration needs a word saying so, before or after).
_SPAN = (r"(?:\d+|se|dua|tiga|empat|lima|enam|tujuh|lapan|delapan|sepuluh|two|three|four|five|"
         r"six|seven|eight|nine|ten|many|several|beberapa|banyak)\s*(?:\+\s*)?(?:tahun|thn|taun|years?|yrs?)")
_YEARS = re.compile(
    r"\b(?:dah|sudah|udah|sdh|for|selama|lebih|almost|hampir|over|nearly|been|past|last|sejak|"
    r"dari|since|about|around|lebih kurang|more than)\s+(?:\w+\s+){0,2}?" + _SPAN + r"\b"
    r"|\b" + _SPAN + r"\s+(?:already|dah|sudah|udah|lebih|lamanya|now|ni|ini|running|straight|"
    r"berturut|langganan|jadi|as a)\b|\bbertahun(?:-tahun|2)?\b"
    r"|\b(?:sejak|since|dari)\s+(?:tahun\s+)?(?:19|20)\d\d\b"
    r"|\b(?:sejak|since)\s+(?:kedai|toko|shop|korang|kalian|awal|mula|first|day)"
    r"|\bsince\s+you\s+(?:opened|open|started|began|first)"
    # "Udah botol ketiga", "third year using you", "umrah kedua": the nth time round.
    r"|\b(?:botol|kotak|tahun|umrah|pair|bottle|box|year|tub|jar|balang)\s+(?:kedua|ketiga|keempat|kelima|ke-?[2-9])\b"
    r"|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:bottle|box|pair|year|tub|jar)\b"
    # "3 tahun aku servis kereta sini", "5 years buying here", "6 years of loyalty": how long
    # with the verb of being a customer beside it.
    r"|\b" + _SPAN + r"\s+(?:(?:aku|saya|sy|kami|we|i|i've|ive|gw|gue|of|dah|sudah|udah)\s+)?"
    r"(?:beli|membeli|order|servis|service|makan|langgan|jahit|tempah|guna|pakai|buying|ordering|"
    r"shopping|coming|eating|using|loyalty|kesetiaan|being)\b"
    # "3 times a week", "2 kali seminggu", "seminggu 3 kali": a habit.
    r"|\b\d+\s?(?:x|kali|times)\s+(?:a|per|every|se|sa)\s?(?:week|month|minggu|bulan|bln)\b"
    r"|\b(?:seminggu|sebulan|sebulan)\s+\d+\s?(?:x|kali)\b"
    # "Our third stay", "kali ketiga kami": the nth visit.
    r"|\b(?:our|my|kali|the)\s+(?:second|third|fourth|fifth|2nd|3rd|4th|5th|ketiga|keempat|kelima)\s+"
    r"(?:stay|visit|order|time|booking|trip|kali)?\b", re.I)
# "Dah 3 kali sy beli", "ke-3 kalinya saya servis", "3rd time repairing here": a repeat customer.
_VISIT = (r"(?:beli|membeli|order|oder|repair|servis|service|makan|jajan|belanja|guna|pakai|sewa|"
          r"langgan|jahit|tempah|bought|buying|ordered|ordering|repairing|servicing|shopped|used|"
          r"rented|stayed|eaten|stay|visit|visited|eat|come|came|datang|dtg|nginep|menginap|inap|"
          r"singgah|mampir|potong|gunting|cuci|dobi|laundry|booked|book)")
_COUNT = (r"(?:\d+\s?(?:x|kali|times)|kali\s?ke-?\s?\d+|ke-?\d+\s?kali(?:nya)?|\d+(?:st|nd|rd|th)\s+time"
          r"|(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:time|stay|visit|order|year))")
_REPEAT = re.compile(rf"\b{_VISIT}\b(?:[^\w.!?]+\w+){{0,5}}?[^\w.!?]+{_COUNT}"
                     rf"|\b{_COUNT}\b(?:[^\w.!?]+\w+){{0,3}}?[^\w.!?]+{_VISIT}\b",
                     re.I)
_MONEY = (r"(?:(?:rm|rp\.?|\$|s\$|idr|myr)\s?\d[\d.,]*(?:\s?(?:rb|ribu|k|jt))?"
          r"|\d[\d.,]*\s?(?:rb|ribu|k|ringgit|rupiah|sen|cents?)\b)")
# Faults written as facts: a price that went up, a wait that took long, a count that fell short.
PATTERN_FAULTS = (
    ("price", re.compile(
        _MONEY + r"[^.!?\n]{0,40}?\b(?:to|ke|jadi|now|sekarang|skrg|kini|sampai|sampe|hingga|->|→)\s*(?:it'?s\s+)?" + _MONEY
        + r"|\b(?:naik|increase[ds]?|went up|up by|naikin|dinaikkan|dinaikan)\b[^.!?\n]{0,30}?(?:\d+\s?%|"
        + _MONEY + r")|" + _MONEY + r"\s*(?:for|untuk|utk|buat|sebiji|sekeping|satu|se\w+)?[^.!?\n]{0,30}?\?{2,}", re.I)),
    ("store_visit", re.compile(
        r"\b(?:wait(?:ed|ing)?|tunggu|menunggu|nunggu|nungguin|beratur|queued?|antri|antre|ngantri)\b"
        r"[^.!?\n]{0,25}?\b\d+\s?(?:min(?:s|ute|utes)?|minit|menit|jam|hours?|hrs?)\b", re.I)),
    ("product_quality", re.compile(
        r"\b(?:counted|dikira|kira|hitung|dihitung|timbang|ditimbang|weighed|only got|dapat)\s+\d+"
        r"|\b\d+\s?(?:g|gm|gram|ml|pcs|biji|keping|ketul)?\s+(?:je|jer|aje|aja|doang|sahaja|only)\b", re.I)),
)
# "Paid for 50 photos, received 41", "bayar 5 balang, sampai 2 je": fewer than paid for.
_SHORT_COUNT = re.compile(
    r"\b(?:paid for|bayar|dibayar|ordered|order|pesan|pesen|beli|bought|booked|tempah)\s+(\d+)\b[^.!?\n]{0,40}?"
    r"\b(?:received|got|get|dapat|dapet|sampai|sampe|nyampe|datang|dateng|came|only|cuma|je|jer|doang)\s+(\d+)\b",
    re.I)
# "Priced RM10 higher", "RM5 lebih mahal": dearer than elsewhere.
_DEARER = re.compile(_MONEY + r"\s+(?:higher|more expensive|dearer|lebih mahal|lebih tinggi|more than)\b", re.I)
# "RM18 for a small kopi-o? Seriously?", "350rb buat cake 16cm. Ngimpi.": disbelief at a price.
_DISBELIEF = re.compile(r"\b(?:seriously|serious|serius|biar betul|biar benar|are you kidding|you kidding)\s*\?"
                        r"|\b(?:ngimpi|mimpi ke|dream on|daylight robbery|rompakan)\b", re.I)
# The words each fact pattern needs (one pass over the text names the kinds to run).
_FACT_KEYS = re.compile(
    r"(?P<price>rm|rp|\$|idr|myr|\drb|ribu|ringgit|rupiah|\d ?k\b|\bsen\b|cent)"
    r"|(?P<store_visit>wait|tunggu|nunggu|beratur|queue|antr)"
    r"|(?P<product_quality>count|kira|hitung|timbang|weigh|got|dapat|je\b|jer|aje|aja|doang|sahaja|only|"
    r"paid|bayar|order|pesan|pesen|beli|bought|book|tempah)"
    r"|(?P<dearer>higher|expensive|dearer|mahal|tinggi|more than)")
# Two prices side by side with a comparison between them: "RM899 in the catalogue, RM849 on IG",
# "$4.50 last week, today $5.30", "minyak 45rb, di minimarket 36rb".
_PRICE_PAIR = re.compile(
    _MONEY + r"[^!\n]{0,50}?\b(?:di|kat|dkt|at|in|on|vs|versus|berbanding|compared|sebelah|lain|other|"
    r"elsewhere|tapi|but|padahal|sedangkan|while|whereas|lepas|lalu|last|before|dulu|sama|same|today|"
    r"now|skrg|sekarang|harini|kini|cuma|only|je|grab|gojek|lalamove|shopee|lazada|tokopedia|"
    r"charges?|caj)\b[^!?\n]{0,40}?" + _MONEY, re.I)
# "Charged postage twice", "saldo kepotong 2x": paid more than once.
_TWICE = re.compile(
    r"\b(?:charged?|caj|dicaj|potong|kepotong|terpotong|dipotong|debited|deducted|ditagih|tagih|bayar|"
    r"paid|billed)\b[^.!?\n]{0,30}?\b(?:twice|2x|2 kali|dua kali|double|two times)\b", re.I)
# "Harga naik", "biaya vaksin naik", "prices went up": a price rise said in words.
_PRICE_RISE = re.compile(
    r"\b(?:harga|biaya|caj|fee|fees|price|prices|tarif|ongkir|yuran|cost)\b(?:\W+\w+){0,2}?\W+"
    r"(?:naik|increased?|went up|gone up|dinaikkan|meningkat|melambung)\b", re.I)
# What each pattern cannot match without: most comments skip most patterns.
_TWICE_KEYS = re.compile("twice|2x|2 kali|dua kali|double|two times")
_RISE_KEYS = re.compile("naik|increase|went up|gone up|meningkat|melambung")
_BOYCOTT_KEYS = re.compile("sini|here|this|#")
_SWEEPING_KEYS = re.compile("worst|paling")
_OTHER_KEYS = re.compile("lain|other|another|different")
_YEARS_KEYS = re.compile("tahun|thn|taun|year|yr|sejak|since|kedua|ketiga|keempat|kelima|ke-|second|third|"
                         "fourth|fifth|2nd|3rd|4th|5th|week|month|minggu|bulan|bln")
# The count belongs to the word right before it: "pakai QRIS, gagal 2x" counts failures, not visits.
_NOT_VISITS = frozenset(("gagal", "failed", "fail", "kepotong", "terpotong", "potong", "dipotong", "charged",
                         "caj", "dicaj", "ditolak", "declined", "error", "cancel", "cancelled", "batal",
                         "lupa", "forgot", "tanya", "asked", "ask", "call", "called", "telefon", "mesej",
                         "chat", "complain", "komplen", "komplain", "remind", "reminded", "tegur",
                         "follow", "rosak", "rusak", "broke", "broken", "jatuh", "salah", "wrong"))
_REPEAT_KEYS = re.compile(r"kali|\dx|x\d|time|\d(?:nd|rd|th)\b|second|third|fourth|fifth")
_LAUGH_KEYS = re.compile("lol|lmao|lmfao|rofl|haha|hehe|wk|keke|\U0001F602|\U0001F923|\U0001F606|\U0001F92D")
# Letters of scripts other than Latin (Greek and on, CJK, Thai, Tamil…), and Vietnamese marks.
_OTHER_SCRIPT = re.compile("[\u0370-\u1fff\u3000-\ud7ff\u0600-\u06ff]")
_LAUGH = re.compile(r"[\U0001F602\U0001F923\U0001F606\U0001F92D]|\b(?:lol|lmao|lmfao|rofl|"
                   r"(?:ha){2,}h?|(?:he){2,}|(?:wk){2,}\w*|kekeke|wkwk\w*)\b", re.I)
_DIGIT = re.compile(r"\d")
_QUESTION_MARKS = re.compile(r"[?？]+")
_NUMBER = re.compile(r"\w*\d[\w.,:]*")
_NOW = frozenset(("sekarang", "skrg", "skrang", "skg", "now", "kini", "nowadays", "lately", "kali",
                  "today", "harini"))
# "Jangan datang sini", "don't go here", "#jangankesini": telling others to stay away.
_BOYCOTT = re.compile(
    r"\b(?:jangan|jgn|jgan|usah|gausah|tak payah|x payah|takyah|don'?t|do not|never|avoid)\b"
    r"(?:\W+\w+){0,3}?\W+(?:kat sini|dekat sini|di sini|disini|ke ?sini|sini|here|this (?:shop|place|store))\b"
    r"|#\w*(?:jangan|boikot|boycott|avoid)\w*", re.I)
# "Paling teruk kat Seremban", "worst barber in JB", "paling gak jelas se-Bekasi": a sweeping verdict.
_SWEEPING = re.compile(
    r"\b(?:worst|paling (?:teruk|lembab|lembap|mahal|buruk|jelek|parah|tak guna|x guna|gak jelas|ga jelas"
    r"|mengecewakan|lambat))\b(?:\W+[\w-]+){0,2}?\W+(?:in|kat|di|dekat|dalam|se-?\w+)\b", re.I)
# Someone addressing the crowd ("go elsewhere guys"): a call to others, not a personal choice.
_CROWD = frozenset(("guys", "gais", "gaes", "everyone", "everybody", "netizen", "warganet",
                    "geng", "friends", "kawan2", "people"))
# A place to go instead: "cari salon lain", "other pet shop", "another place".
_OTHER_PLACE = re.compile(
    r"\b(?:kedai|toko|tempat|salon|bengkel|warung|kafe|restoran|klinik|gerai|stall|outlet|brand|seller|penjual|"
    r"supplier|vendor|dobi|laundry|butik|barber|homestay|hotel|apotek|farmasi)\s+lain\b"
    r"|\b(?:other|another|different)\s+(?:\w+\s+)?(?:shops?|stores?|places?|salons?|workshops?|sellers?|"
    r"brands?|vendors?|barbers?|cafes?|stalls?|clinics?|vets?|laundr(?:y|ies)|bakery|bakeries|florists?|"
    r"suppliers?|restaurants?|outlets?|branch)\b", re.I)
# An earlier comment that is a plain statement of a fact with numbers in it ("Quote said RM680,
# invoice RM720", "Appointment pukul 3, mula 3.25"): a customer who keeps records.
_CONTRAST = frozenset(("bukan", "bkn", "instead", "than", "daripada", "drpd", "vs", "versus",
                       "padahal", "sedangkan", "walaupun", "tapi", "tp", "but", "only", "cuma", "je",
                       "jer", "doang", "aja", "sahaja", "minta", "asked", "said", "kata", "tulis",
                       "bilang", "listed", "says", "katalog", "menu", "catalog", "sebelah", "lain"))


# A measure with its unit ("26,3 cm", "2,800mAh", "18°C", "16oz"): two of one unit that differ,
# in a comment that contrasts them ("listed 25cm, it's 22cm"), are a fault found by measuring.
_UNIT_MEASURE = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)*)\s?(g|gm|gram|kg|ml|l|liter|litre|cm|mm|inci|inch|oz|°c|°|mah|mbps|gb|"
    r"psi|watt|w|db|pcs|biji|keping|ketul|%)(?![a-z])", re.I)
_MEASURE_CONTRAST = re.compile(
    r"\b(?:tapi|tp|but|bilang|kata|says?|said|listed|label|iklan|advertised|spec|asal|should|sepatutnya|"
    r"harusnya|seharusnya|supposed|asked|minta|instead|only|cuma|je|jer|doang|paling|kayak|macam|actual|"
    r"actually|measured|takar|ditakar|timbang|ditimbang|weighed|scale|vs|versus|bukan|not|padahal|"
    r"sedangkan|tertulis|written|claims?|promised|janji)\b", re.I)
# "1) ... 2) ...", "(1) ... (2)": a list of points, what a careful critic writes.
_LIST_MARK = re.compile(r"(?:^|[\s(])[1-9][).](?=\s)")
# A wait long enough to praise only in jest ("9 days for delivery, super fast").
_WAIT = re.compile(r"\b\d+\s?(?:days?|hari|minit|menit|minutes?|mins?|jam|hours?|hrs?|minggu|weeks?)\b", re.I)
# "Mungkin ni last kami datang", "last we stay here": the last visit.
_LAST_VISIT = re.compile(
    r"\blast\s+(?:time\s+)?(?:kami|kita|aku|sy|saya|kitorang|kiteorang|we|i)\s+(?:datang|dtg|pergi|beli|order|makan|"
    r"singgah|come|visit|stay|buy|order)", re.I)
# What was said, written or promised, then what came ("katanya same day. Kurir baru pickup Rabu",
# "tertulis ±300 m. Faktanya 1,2 km", "menu says 500 ml, but it's 350"): expectation against outcome.
_EXPECT = re.compile(
    r"\b(?:said|says|told|stated|listed|advertised|promised|supposed to|quoted|claims?|written|asked for|"
    r"requested|specifically|kata|katanya|ktnya|cakap|tertulis|ditulis|tulis|iklan|janji|dijanjikan|"
    r"sepatutnya|patutnya|harusnya|seharusnya|mestinya|bilang|minta|mintak|menu)\b[^.!?\n]{0,80}?"
    r"[,.;:!\-—–)]\s*[^?\n]{0,60}?\b(?:but|tapi|tp|padahal|faktanya|ternyata|rupanya|actually|instead|"
    r"sebaliknya|got|received|dapat|dapet|came|arrived|baru|bukan|only|cuma|hanya|doang|mung|yet|"
    r"still|masih|belum|blm|realnya|kenyataannya|in reality|turned out|takde|tiada|nothing|none)\b", re.I)
_EXPECT_KEYS = re.compile("said|says|told|stated|listed|advertis|promis|suppos|quoted|claim|written|asked|"
                          "request|specific|kata|ktnya|cakap|tulis|iklan|janji|patut|harus|mesti|bilang|"
                          "minta|menu")
# "Mana deposit aku?", "paket gw mana??", "where's my refund": asking after what is theirs.
_WHERE_MINE = re.compile(
    r"\bmana\s+(?!satu\b|nak\b|boleh\b|bisa\b|ada\b|yg\b|yang\b)\w+(?:\s+\w+)?\s+(?:aku|saya|sy|gw|gua|gue|"
    r"ku|kami|kitorang|i)\b"
    r"|\b\w+\s+(?:aku|saya|sy|gw|gua|gue|kami)\s+(?:mana|kemana|ke mana)\s*(?:\w+\s*)?\?", re.I)
# "Please check", "mohon dicek", "tolong betulkan": asking the shop to look at or fix something
# it got wrong (not "check your DM" or "check stock").
_FIX_REQUEST = re.compile(
    r"\b(?:please|pls|plz|kindly|tolong|mohon|harap|sila)\s+(?:\w+\s+)?(?:check|cek|dicek|dicheck|"
    r"semak|look into|fix|perbaiki|diperbaiki|betulkan|dibetulkan|baiki|dibaiki|take note|ambil perhatian|"
    r"be careful|berhati|tegur|ditegur|sort it|sort this|resolve|settle|selesaikan|diselesaikan)\b"
    r"(?!\s+(?:\w+\s+)?(?:dm|inbox|pm|email|e-mail|whatsapp|wa|mesej|message|messages|ig|website|"
    r"stock|stok|availability|ketersediaan|harga|price|link|bio)\b)", re.I)
_FIX_KEYS = re.compile("please|pls|plz|kindly|tolong|mohon|harap|sila")
# Faults of expectation that a question only asks about ("Can I pick up at 6 instead of 5?").
_STATEMENT_ONLY = frozenset(("instead of", "sepatutnya", "harusnya", "seharusnya", "padahal"))
_THANKS = frozenset(("terima kasih", "makasih", "thanks", "thank", "thank you", "tq", "tqvm", "ty",
                     "trims", "arigato", "salamat", "hatur nuhun", "merci", "gracias"))
# Sarcastic openers ("Wow, 9 days for delivery, super fast"): with a wait and no "but".
_SARCASTIC_OPENERS = frozenset(("wow", "wah", "wahh", "amboi", "bravo", "hebat", "congrats",
                                "congratulations", "tahniah", "salut", "fuyoo", "terbaik"))
# After praise, these bring the small fault a fan mentions ("Sedap! Cuma kuah agak sikit").
_BUT = frozenset(("cuma", "cuman", "tapi", "tp", "but", "though", "although", "just", "sayang",
                  "sayangnya", "except", "kecuali", "namun", "heads"))
_COMPARING = frozenset(("banding", "bandingkan", "membandingkan", "berbanding", "dibanding",
                        "dibandingkan", "compare", "compared", "comparing", "comparison", "vs",
                        "versus", "measured"))
# Missing out ("sold out already?? when's the next batch?", "terlepas promo, bila ada lagi?"):
# asking when it comes back is no complaint.
_MISSED = frozenset(("sold out", "out of stock", "habis stok", "stok habis", "kehabisan", "habis",
                     "terlepas", "ketinggalan", "missed"))
_COMES_BACK = frozenset(("bila", "kapan", "when", "whens", "next", "restock", "lagi", "again",
                         "bring", "balik"))
_THE_SHOP = frozenset(("kedai", "toko", "shop", "store", "korang", "kalian", "you", "kau", "ko", "lu",
                       "lo", "awak", "place", "tempat"))
# Swearing as the first word of a comment, at one's own luck ("Sial, terlepas promo").
_INTERJECTIONS = frozenset(("sial", "shit", "damn", "dammit", "fuck", "crap", "asu", "anjir", "anjing",
                            "anjay", "njir", "anjrit", "celaka", "alamak", "wtf", "fck"))


@dataclass
class Reading:
    faults: list[Hit] = field(default_factory=list)
    praise: list[Hit] = field(default_factory=list)
    cues: dict[str, list[str]] = field(default_factory=dict)
    touchpoint_scores: dict[str, float] = field(default_factory=dict)
    measures: int = 0
    numbers: int = 0
    laughs: bool = False
    length: int = 0
    question: bool = False
    questions: int = 0  # how many separate questions ("?" runs)
    happy_emoji: int = 0
    unhappy_emoji: int = 0
    record: bool = False  # a statement of facts with numbers or a contrast, no praise
    exclaims: bool = False  # opens with a swear at one's own luck ("Shit, I forgot my voucher")

    @property
    def thanks_only(self) -> bool:
        """The only praise is thanks ("ok, thanks for the voucher"): politeness, not delight."""
        return bool(self.praise) and all(h.entry in _THANKS for h in self.praise)

    @property
    def fault_touchpoints(self) -> set[str]:
        """Touchpoints with a fault close by: several means several different things went wrong."""
        return {key for key, score in self.touchpoint_scores.items() if score >= 2.0}

    @property
    def touchpoint(self) -> str:
        if not self.touchpoint_scores:
            return "other"
        best = max(self.touchpoint_scores.items(), key=lambda kv: kv[1])
        return best[0] if best[1] > 0 else "other"

    def has(self, cue: str) -> bool:
        return bool(self.cues.get(cue))

    @property
    def complaint(self) -> bool:
        return (bool(self.faults) or self.has("contempt") or self.has("sarcasm")
                or (self.has("switch") and not self.farewell))

    @property
    def farewell(self) -> bool:
        """Leaving with thanks and no fault ("Cancelled my membership. Thanks for the good
        years.", "Takpe la, dah jumpa kedai lain. Bye."): a goodbye, not a complaint."""
        return not self.faults and (bool(self.praise) or self.has("friendly"))

    @property
    def friendly(self) -> bool:
        """A friendly tone: happy emoji, "takpe", "just FYI"."""
        return bool(self.happy_emoji) or self.has("friendly")

    @property
    def mixed(self) -> bool:
        """Praise and a fault in the same comment: what a fan writes."""
        return bool(self.praise) and bool(self.faults)

    @property
    def tone(self) -> int:
        """-1 unhappy, 0 neutral, +1 happy: for reading someone's earlier comments."""
        bad = (len(self.faults) + len(self.cues.get("contempt", ())) + self.unhappy_emoji
               + self.has("sarcasm"))
        good = len(self.praise) + self.happy_emoji + self.has("again") + self.has("loyalty")
        if bad:
            return -1 if bad >= good else 1
        if good:
            return 1
        return -1 if self.record else 0


class Reader:
    def __init__(self, signals: dict):
        sentiment = signals["sentiment"]
        self.negators = frozenset(w.lower() for w in sentiment["negators"])
        self._question = frozenset(w.lower() for w in sentiment["question"])
        self.index = PhraseIndex()
        self.index.add("negative", sentiment["negative"])
        self.index.add("positive", sentiment["positive"])
        self.index.add("fault", sentiment["faults"])
        self.index.add("neutral", sentiment["neutral"])
        for key, entries in signals["cues"].items():
            self.index.add(key, entries)
        for key in TOUCHPOINTS:
            self.index.add("tp:" + key, signals["touchpoint"][key]["words"])
        emoji = signals["emoji"]
        self._happy_emoji = frozenset(emoji["happy"])
        self._unhappy_emoji = frozenset(emoji["unhappy"])
        self._mocking = frozenset(emoji["mocking"])
        self._mocking_alone = frozenset(emoji["mocking_alone"])
        # Other languages: Latin-script words join the index ("other:praise"…); words of scripts
        # without spaces are searched inside the text, one pattern per kind of cue.
        self._foreign = {}
        for key, words in signals["other"].items():
            self.index.add("other:" + key, [w for w in words if w.isascii()])
            inside = [re.escape(w) for w in words if not w.isascii()]
            if inside:
                self._foreign[key] = re.compile("|".join(inside))

    def doc(self, text: str) -> Doc:
        return Doc(text, self.negators)

    def read(self, doc: Doc, earlier: bool = False) -> Reading:
        """What the comment says; `earlier` (a past comment) stops once its tone is known."""
        reading = Reading()
        hits = self.index.find(doc)
        under_negation = doc.under_negation
        # A phrase covers the words inside it: "tak sabar" is one happy phrase, not a negated
        # "sabar"; "no complaints" is praise, not a complaint.
        covered: set[int] = set()
        phrases = [h for h in hits if h.end - h.start > 1 and h.category in _SENTIMENT]
        for hit in sorted(phrases, key=lambda h: h.start - h.end):
            if not covered.intersection(range(hit.start, hit.end)):
                covered.update(range(hit.start, hit.end))
                if hit.category != "neutral":
                    self._sentiment(reading, hit, under_negation)
        # A neutral word covers its token too: "suami" is a husband, not "suam" (lukewarm).
        covered.update(h.start for h in hits if h.category == "neutral" and h.end - h.start == 1)
        # "Dari dulu beli sini": the "dulu" inside a loyalty phrase is no "it used to be".
        # So is the "biasanya" in "enak kayak biasanya" (as usual).
        loyal_span = {i for h in hits if h.category in ("loyalty", "again") for i in range(h.start, h.end)}
        placed: dict[str, list[Hit]] = {}
        positive_at = {h.start for h in hits if h.category == "positive" and h.end - h.start == 1
                       and not under_negation[h.start]}
        topics: list[Hit] = []
        foreign: dict[str, str] = {}
        for hit in hits:
            category = hit.category
            if category == "neutral":
                continue
            if category.startswith("other:"):
                foreign.setdefault(category[6:], doc.quote(hit.start, hit.end))
                continue
            if category in ("negative", "positive", "fault"):
                if hit.end - hit.start > 1 or hit.start in covered:
                    continue
                # "Sedap sial", "seger parah", "keren parah": a strong word beside praise
                # makes the praise stronger; it is not a fault.
                if category == "negative" and hit.entry not in _VERDICTS and self._beside(
                        doc, hit.start, positive_at):
                    continue
                self._sentiment(reading, hit, under_negation)
            elif category.startswith("tp:"):
                topics.append(hit)
            elif category == "used_to" and hit.start in loyal_span:
                continue
            elif category in _PLACED:
                placed.setdefault(category, []).append(hit)
            else:
                reading.cues.setdefault(category, []).append(doc.quote(hit.start, hit.end))
        text = doc.text
        self._emoji(reading, text)
        if not text.isascii() and _OTHER_SCRIPT.search(text):
            for key, pattern in self._foreign.items():
                if key not in foreign:
                    match = pattern.search(text)
                    if match:
                        foreign[key] = match.group()
        for key, quote in foreign.items():
            if key == "faults":
                if not reading.faults:
                    reading.faults.append(Hit("fault", "foreign", 0, 1))
            elif key == "praise":
                reading.praise.append(Hit("positive", "foreign", 0, 1))
            else:
                reading.cues.setdefault(key, []).append(quote)
        has_digits = _DIGIT.search(text) is not None
        lowered = text.lower()
        # Money, a wait or a count: each kind of fact pattern runs only when its words are there.
        facts = frozenset(m.lastgroup for m in _FACT_KEYS.finditer(lowered)) if has_digits else frozenset()
        for touchpoint, pattern in PATTERN_FAULTS if has_digits else ():
            if touchpoint not in facts:
                continue
            for match in pattern.finditer(text):
                at = doc.token_at(match.start())
                reading.faults.append(Hit("fault", "pattern:" + touchpoint, at, at + 1))
                topics.append(Hit("tp:" + touchpoint, "pattern", at, at + 1))
        if "price" in facts and not reading.faults:
            match = _PRICE_PAIR.search(text)
            if match and len(set(re.findall(r"\d[\d.,]*", match.group()))) > 1:
                at = doc.token_at(match.start())
                reading.faults.append(Hit("fault", "pattern:price", at, at + 1))
                topics.append(Hit("tp:price", "pattern", at, at + 1))
        match = _TWICE.search(lowered) if _has(lowered, _TWICE_KEYS) else None
        if match:
            at = doc.token_at(match.start())
            reading.faults.append(Hit("fault", "pattern:payment", at, at + 1))
            topics.append(Hit("tp:payment", "pattern", at, at + 1))
        match = _PRICE_RISE.search(lowered) if _has(lowered, _RISE_KEYS) else None
        if match:
            at = doc.token_at(match.start())
            reading.faults.append(Hit("fault", "pattern:price", at, at + 1))
            topics.append(Hit("tp:price", "pattern", at, at + 1))
        words = doc.words
        self._unmet(reading, doc, lowered)
        used_to = placed.get("used_to", ())
        if used_to:
            reading.cues["used_to"] = [doc.quote(h.start, h.end) for h in used_to]
            # "Dulu best gila, bersih": praise after "it used to be", in the same sentence,
            # is about the past.
            for hit in used_to:
                end = self._sentence_end(doc, hit.start)
                reading.praise = [p for p in reading.praise if not hit.start < p.start < end]
        # "Dulu tebal, sekarang tipis": then and now side by side says it got worse, unless
        # what comes after "now" is praise; so does a sad face after "it used to be".
        if used_to:
            now_at = next((i for i, w in enumerate(words) if w in _NOW), None)
            if now_at is not None and not any(h.start > now_at for h in reading.praise):
                reading.faults.append(Hit("fault", "then_and_now", now_at, now_at + 1))
            elif reading.unhappy_emoji and not reading.praise and "?" not in text:
                at = used_to[0].start
                reading.faults.append(Hit("fault", "then_and_now", at, at + 1))
        for pattern, keys in ((_BOYCOTT, _BOYCOTT_KEYS), (_SWEEPING, _SWEEPING_KEYS)):
            match = pattern.search(lowered) if _has(lowered, keys) else None
            if match:
                reading.cues.setdefault("contempt", []).append(match.group())
        if earlier:
            # An earlier comment only needs its tone (and contempt): the rest is skipped.
            reading.questions = len(_QUESTION_MARKS.findall(text))
            reading.record = not reading.questions and not reading.praise and not reading.happy_emoji and (
                has_digits or any(w in _CONTRAST for w in words))
            return reading
        # Another shop named while comparing ("compared: your shop $58, another shop $51"), or
        # in a question ("ada tempat lain dekat2?"), is no threat to leave.
        comparing = any(w in _COMPARING for w in words)
        switch = [h for h in placed.get("switch", ())
                  if not (self._sentence_asks(doc, h.start) or (comparing and _names_place(words, h)))]
        if switch:
            reading.cues["switch"] = [doc.quote(h.start, h.end) for h in switch]
        match = _OTHER_PLACE.search(lowered) if _has(lowered, _OTHER_KEYS) else None
        if match and not comparing and not self._sentence_asks(doc, doc.token_at(match.start())):
            reading.cues.setdefault("switch", []).append(match.group())
        match = _LAST_VISIT.search(lowered) if "last" in lowered else None
        if match:
            reading.cues.setdefault("switch", []).append(match.group())
        if reading.has("switch") and any(w in _CROWD and (i == 0 or words[i - 1] not in ("you", "u", "hi", "hey"))
                                         for i, w in enumerate(words)):
            reading.cues.setdefault("contempt", []).append(reading.cues["switch"][0])
        # A fan's small fault: after praise, "cuma/tapi/though" and then a mild word
        # ("agak dikit", "a bit crowded", "tak sejuk") in a sentence that is not a question.
        mild = placed.get("mild", ())
        if mild:
            reading.cues["mild"] = [doc.quote(h.start, h.end) for h in mild]
        if mild and reading.praise and any(w in _BUT for w in words):
            for hit in mild:
                if not self._sentence_asks(doc, hit.start):
                    reading.faults.append(Hit("fault", "mild", hit.start, hit.end))
                    break
        # Sarcasm: a clap beside a fault, a wait or "it used to be"; "Wow … super fast" after a
        # long wait. The praise in it is no praise.
        if (("\U0001F44F" in text and (reading.faults or used_to or (has_digits and _WAIT.search(text))))
                or (words and words[0] in _SARCASTIC_OPENERS and reading.praise and has_digits
                    and _WAIT.search(text) and not any(w in _BUT for w in words))):
            reading.cues["sarcasm"] = ["\U0001F44F" if "\U0001F44F" in text else words[0]]
            reading.praise = []
        if reading.faults and "?" in text and all(h.entry in _MISSED for h in reading.faults) \
                and any(w in _COMES_BACK for w in words):
            reading.faults = []
        # "Kok barangnya beda?": an Indonesian "kok" question reports something wrong.
        if "kok" in words and "?" in text and not reading.praise and not reading.faults:
            at = words.index("kok")
            reading.faults.append(Hit("fault", "kok", at, at + 1))
        if has_digits:
            self._measured(reading, doc, topics)
            match = _SHORT_COUNT.search(text) if "product_quality" in facts else None
            if match and int(match.group(2)) < int(match.group(1)):
                at = doc.token_at(match.start())
                reading.faults.append(Hit("fault", "pattern:short", at, at + 1))
                topics.append(Hit("tp:product_quality", "pattern", at, at + 1))
            match = _DEARER.search(text) if "dearer" in facts else None
            if match:
                at = doc.token_at(match.start())
                reading.faults.append(Hit("fault", "pattern:price", at, at + 1))
                topics.append(Hit("tp:price", "pattern", at, at + 1))
        match = _DISBELIEF.search(text) if ("?" in text or "mimpi" in lowered or "dream" in lowered
                                            or "robbery" in lowered or "rompak" in lowered) else None
        if match and not reading.praise:
            at = doc.token_at(match.start())
            reading.faults.append(Hit("fault", "disbelief", at, at + 1))
            if has_digits:
                topics.append(Hit("tp:price", "pattern", at, at + 1))
        reading.exclaims = bool(words) and (
            (words[0] in _INTERJECTIONS and (len(words) == 1 or 1 in doc.clause_breaks
                                             or words[1] in ("la", "lah", "this")))
            or lowered.startswith(("what the fuck", "what the hell"))) and not any(
            w in _THE_SHOP for w in words[1:4])
        reading.questions = len(_QUESTION_MARKS.findall(text))
        reading.question = reading.questions > 0 or any(w in self._question for w in words[:2])
        reading.measures = len(_MEASURE.findall(text)) if has_digits else 0
        reading.length = len(text)
        reading.numbers = len(_NUMBER.findall(text)) if has_digits else 0
        reading.laughs = _has(lowered, _LAUGH_KEYS) and _LAUGH.search(text) is not None
        years = (_YEARS.search(text) if _has(lowered, _YEARS_KEYS) else None) or (
            _repeat(text) if has_digits and _has(lowered, _REPEAT_KEYS) else None)
        if years:
            reading.cues.setdefault("loyalty", []).append(years.group())
        reading.touchpoint_scores = self._touchpoints(topics, reading.faults)
        return reading

    def _unmet(self, reading: Reading, doc: Doc, lowered: str) -> None:
        """Faults said as plain facts, without a word of complaint: what was promised against
        what came, "where is my…", a request to check or fix something; and
        expectation phrases that a question only asks about are dropped."""
        if reading.faults and any(h.entry in _STATEMENT_ONLY for h in reading.faults):
            reading.faults = [h for h in reading.faults
                              if h.entry not in _STATEMENT_ONLY or not self._sentence_asks(doc, h.start)]
        if reading.faults:
            return
        found = None
        if _has(lowered, _EXPECT_KEYS):
            found = _EXPECT.search(lowered)
        if found is None and ("mana" in lowered or "where" in lowered):
            found = _WHERE_MINE.search(lowered)
        if found is None and _has(lowered, _FIX_KEYS):
            match = _FIX_REQUEST.search(lowered)
            if match and not self._sentence_asks(doc, doc.token_at(match.start())):
                found = match
        if found is not None:
            at = doc.token_at(found.start())
            reading.faults.append(Hit("fault", "unmet", at, at + 1))

    @staticmethod
    def _sentence_end(doc: Doc, i: int) -> int:
        """The index of the first token of the next sentence (or the end)."""
        return min((b for b in doc.breaks if b > i), default=len(doc.tokens))

    def _sentence_asks(self, doc: Doc, i: int) -> bool:
        """Whether the sentence holding token i ends with a question mark."""
        end = self._sentence_end(doc, i)
        tail = doc.text[doc.tokens[end - 1].end:doc.tokens[end].start if end < len(doc.tokens) else None]
        return "?" in tail

    @staticmethod
    def _measured(reading: Reading, doc: Doc, topics: list[Hit]) -> None:
        """Points a critic makes by measuring: two different amounts of one unit set against
        each other ("size chart 27 cm, insole 26,3 cm"), or a numbered list of points."""
        text = doc.text
        if len(_LIST_MARK.findall(text)) >= 2:
            reading.cues.setdefault("detail", []).append("1) 2)")
        seen: dict[str, set[str]] = {}
        first = None
        for match in _UNIT_MEASURE.finditer(text):
            unit = match.group(2).lower().replace("°c", "°")
            seen.setdefault(unit, set()).add(match.group(1))
            if first is None and len(seen[unit]) > 1:
                first = match
        if first is None or not _MEASURE_CONTRAST.search(text):
            return
        at = doc.token_at(first.start())
        reading.cues.setdefault("detail", []).append(first.group())
        if not reading.faults:
            reading.faults.append(Hit("fault", "pattern:measured", at, at + 1))
            topics.append(Hit("tp:product_quality", "pattern", at, at + 1))

    @staticmethod
    def _beside(doc: Doc, i: int, positive_at: set[int]) -> bool:
        """A praise word right before or after token i, in the same clause."""
        breaks = doc.clause_breaks
        return (i - 1 in positive_at and i not in breaks) or (i + 1 in positive_at and i + 1 not in breaks)

    @staticmethod
    def _sentiment(reading: Reading, hit: Hit, under_negation: list[bool]) -> None:
        """A fault phrase, or a good or bad word that a negation before it may flip."""
        if hit.category == "fault":
            reading.faults.append(hit)
            return
        # A phrase that holds its own negation ("tak sabar", "NEG complain") is not flipped again.
        flipped = under_negation[hit.start] and not hit.entry.startswith("NEG")
        if (hit.category == "negative") != flipped:
            reading.faults.append(hit)
        else:
            reading.praise.append(hit)

    def _emoji(self, reading: Reading, text: str) -> None:
        if text.isascii():
            return
        chars = set(text)
        reading.happy_emoji = sum(text.count(ch) for ch in chars & self._happy_emoji)
        reading.unhappy_emoji = sum(text.count(ch) for ch in chars & self._unhappy_emoji)
        mocking = chars & self._mocking
        alone = mocking & self._mocking_alone
        # A clown or vomit face mocks on its own; an eye-roll or yawn only next to a fault.
        if alone or (mocking and reading.faults):
            reading.cues.setdefault("contempt", []).append("🤡" if alone else "🙄")

    @staticmethod
    def _touchpoints(topics: list[Hit], faults: list[Hit]) -> dict[str, float]:
        scores = dict.fromkeys(TOUCHPOINTS, 0.0)
        for topic in topics:
            key = topic.category[3:]
            near = any(abs(topic.start - f.start) <= TOPIC_REACH for f in faults)
            inside = any(f.start <= topic.start < f.end or topic.start <= f.start < topic.end
                         for f in faults)
            scores[key] += 3.0 if inside else 2.0 if near else 1.0
        return scores


def _names_place(words: list[str], hit: Hit) -> bool:
    """Whether a switch phrase names another place ("another shop", "kedai lain")."""
    return any(w in ("lain", "other", "another", "different", "elsewhere") for w in words[hit.start:hit.end])


def _repeat(text: str) -> re.Match | None:
    """A repeat visit ("dah 3 kali beli"), unless the count belongs to another verb ("gagal 2x")."""
    for match in _REPEAT.finditer(text):
        if not any(w in _NOT_VISITS for w in re.findall(r"\w+", match.group().lower())):
            return match
    return None


def _has(lowered: str, keys: re.Pattern) -> bool:
    """A cheap look for the words a pattern needs, before running the pattern."""
    return keys.search(lowered) is not None
