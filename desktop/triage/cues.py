"""How facts and cues are written that a word list cannot hold: money, waits, counts and years,
prices set side by side, boycott calls, requests to check something; with the small word sets
the reader checks around them. Each pattern has cheap KEYS to look for before it is run."""

from __future__ import annotations

import re

MEASURE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s?(?:g|gm|gram|kg|ml|l|cm|mm|inci|inch|minit|menit|mins?|minutes?|jam|"
    r"hours?|hrs?|hari|days?|minggu|weeks?|%|persen|peratus|percent|pcs|biji|keping|ketul)\b"
    r"|\b(?:rm|rp\.?)\s?\d+", re.I)
# "Dah 6 tahun", "for 8 years", "5 years already": how long someone has been a customer
# (not "baju budak 3 tahun": a duration needs a word saying so, before or after).
SPAN = (r"(?:\d+|se|dua|tiga|empat|lima|enam|tujuh|lapan|delapan|sepuluh|two|three|four|five|"
        r"six|seven|eight|nine|ten|many|several|beberapa|banyak)\s*(?:\+\s*)?(?:tahun|thn|taun|years?|yrs?)")
YEARS = re.compile(
    r"\b(?:dah|sudah|udah|sdh|for|selama|lebih|almost|hampir|over|nearly|been|past|last|sejak|"
    r"dari|since|about|around|lebih kurang|more than)\s+(?:\w+\s+){0,2}?" + SPAN + r"\b"
    r"|\b" + SPAN + r"\s+(?:already|dah|sudah|udah|lebih|lamanya|now|ni|ini|running|straight|"
    r"berturut|langganan|jadi|as a)\b|\bbertahun(?:-tahun|2)?\b"
    r"|\b(?:sejak|since|dari)\s+(?:tahun\s+)?(?:19|20)\d\d\b"
    r"|\b(?:sejak|since)\s+(?:kedai|toko|shop|korang|kalian|awal|mula|first|day)"
    r"|\bsince\s+you\s+(?:opened|open|started|began|first)"
    # "Udah botol ketiga", "third year using you", "umrah kedua": the nth time round.
    r"|\b(?:botol|kotak|tahun|umrah|pair|bottle|box|year|tub|jar|balang)\s+(?:kedua|ketiga|keempat|kelima|ke-?[2-9])\b"
    r"|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:bottle|box|pair|year|tub|jar)\b"
    # "3 tahun aku servis kereta sini", "5 years buying here", "6 years of loyalty": how long
    # with the verb of being a customer beside it.
    r"|\b" + SPAN + r"\s+(?:(?:aku|saya|sy|kami|we|i|i've|ive|gw|gue|of|dah|sudah|udah)\s+)?"
    r"(?:beli|membeli|order|servis|service|makan|langgan|jahit|tempah|guna|pakai|buying|ordering|"
    r"shopping|coming|eating|using|loyalty|kesetiaan|being)\b"
    # "3 times a week", "2 kali seminggu", "seminggu 3 kali": a habit.
    r"|\b\d+\s?(?:x|kali|times)\s+(?:a|per|every|se|sa)\s?(?:week|month|minggu|bulan|bln)\b"
    r"|\b(?:seminggu|sebulan|sebulan)\s+\d+\s?(?:x|kali)\b"
    # "Our third stay", "kali ketiga kami": the nth visit.
    r"|\b(?:our|my|kali|the)\s+(?:second|third|fourth|fifth|2nd|3rd|4th|5th|ketiga|keempat|kelima)\s+"
    r"(?:stay|visit|order|time|booking|trip|kali)?\b", re.I)
# "Dah 3 kali sy beli", "ke-3 kalinya saya servis", "3rd time repairing here": a repeat customer.
VISIT = (r"(?:beli|membeli|order|oder|repair|servis|service|makan|jajan|belanja|guna|pakai|sewa|"
         r"langgan|jahit|tempah|bought|buying|ordered|ordering|repairing|servicing|shopped|used|"
         r"rented|stayed|eaten|stay|visit|visited|eat|come|came|datang|dtg|nginep|menginap|inap|"
         r"singgah|mampir|potong|gunting|cuci|dobi|laundry|booked|book)")
COUNT = (r"(?:\d+\s?(?:x|kali|times)|kali\s?ke-?\s?\d+|ke-?\d+\s?kali(?:nya)?|\d+(?:st|nd|rd|th)\s+time"
         r"|(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:time|stay|visit|order|year))")
REPEAT = re.compile(rf"\b{VISIT}\b(?:[^\w.!?]+\w+){{0,5}}?[^\w.!?]+{COUNT}"
                    rf"|\b{COUNT}\b(?:[^\w.!?]+\w+){{0,3}}?[^\w.!?]+{VISIT}\b",
                    re.I)
MONEY = (r"(?:(?:rm|rp\.?|\$|s\$|idr|myr)\s?\d[\d.,]*(?:\s?(?:rb|ribu|k|jt))?"
         r"|\d[\d.,]*\s?(?:rb|ribu|k|ringgit|rupiah|sen|cents?)\b)")
# Faults written as facts: a price that went up, a wait that took long, a count that fell short.
PATTERN_FAULTS = (
    ("price", re.compile(
        MONEY + r"[^.!?\n]{0,40}?\b(?:to|ke|jadi|now|sekarang|skrg|kini|sampai|sampe|hingga|->|→)\s*(?:it'?s\s+)?" + MONEY
        + r"|\b(?:naik|increase[ds]?|went up|up by|naikin|dinaikkan|dinaikan)\b[^.!?\n]{0,30}?(?:\d+\s?%|"
        + MONEY + r")|" + MONEY + r"\s*(?:for|untuk|utk|buat|sebiji|sekeping|satu|se\w+)?[^.!?\n]{0,30}?\?{2,}", re.I)),
    ("store_visit", re.compile(
        r"\b(?:wait(?:ed|ing)?|tunggu|menunggu|nunggu|nungguin|beratur|queued?|antri|antre|ngantri)\b"
        r"[^.!?\n]{0,25}?\b\d+\s?(?:min(?:s|ute|utes)?|minit|menit|jam|hours?|hrs?)\b", re.I)),
    ("product_quality", re.compile(
        r"\b(?:counted|dikira|kira|hitung|dihitung|timbang|ditimbang|weighed|only got|dapat)\s+\d+"
        r"|\b\d+\s?(?:g|gm|gram|ml|pcs|biji|keping|ketul)?\s+(?:je|jer|aje|aja|doang|sahaja|only)\b", re.I)),
)
# "Paid for 50 photos, received 41", "bayar 5 balang, sampai 2 je": fewer than paid for.
SHORT_COUNT = re.compile(
    r"\b(?:paid for|bayar|dibayar|ordered|order|pesan|pesen|beli|bought|booked|tempah)\s+(\d+)\b[^.!?\n]{0,40}?"
    r"\b(?:received|got|get|dapat|dapet|sampai|sampe|nyampe|datang|dateng|came|only|cuma|je|jer|doang)\s+(\d+)\b",
    re.I)
# "Priced RM10 higher", "RM5 lebih mahal": dearer than elsewhere.
DEARER = re.compile(MONEY + r"\s+(?:higher|more expensive|dearer|lebih mahal|lebih tinggi|more than)\b", re.I)
# "RM18 for a small kopi-o? Seriously?", "350rb buat cake 16cm. Ngimpi.": disbelief at a price.
DISBELIEF = re.compile(r"\b(?:seriously|serious|serius|biar betul|biar benar|are you kidding|you kidding)\s*\?"
                       r"|\b(?:ngimpi|mimpi ke|dream on|daylight robbery|rompakan)\b", re.I)
# The words each fact pattern needs (one pass over the text names the kinds to run).
FACT_KEYS = re.compile(
    r"(?P<price>rm|rp|\$|idr|myr|\drb|ribu|ringgit|rupiah|\d ?k\b|\bsen\b|cent)"
    r"|(?P<store_visit>wait|tunggu|nunggu|beratur|queue|antr)"
    r"|(?P<product_quality>count|kira|hitung|timbang|weigh|got|dapat|je\b|jer|aje|aja|doang|sahaja|only|"
    r"paid|bayar|order|pesan|pesen|beli|bought|book|tempah)"
    r"|(?P<dearer>higher|expensive|dearer|mahal|tinggi|more than)")
# Two prices side by side with a comparison between them: "RM899 in the catalogue, RM849 on IG",
# "$4.50 last week, today $5.30", "minyak 45rb, di minimarket 36rb".
PRICE_PAIR = re.compile(
    MONEY + r"[^!\n]{0,50}?\b(?:di|kat|dkt|at|in|on|vs|versus|berbanding|compared|sebelah|lain|other|"
    r"elsewhere|tapi|but|padahal|sedangkan|while|whereas|lepas|lalu|last|before|dulu|sama|same|today|"
    r"now|skrg|sekarang|harini|kini|cuma|only|je|grab|gojek|lalamove|shopee|lazada|tokopedia|"
    r"charges?|caj)\b[^!?\n]{0,40}?" + MONEY, re.I)
# "Charged postage twice", "saldo kepotong 2x": paid more than once.
TWICE = re.compile(
    r"\b(?:charged?|caj|dicaj|potong|kepotong|terpotong|dipotong|debited|deducted|ditagih|tagih|bayar|"
    r"paid|billed)\b[^.!?\n]{0,30}?\b(?:twice|2x|2 kali|dua kali|double|two times)\b", re.I)
# "Harga naik", "biaya vaksin naik", "prices went up": a price rise said in words.
PRICE_RISE = re.compile(
    r"\b(?:harga|biaya|caj|fee|fees|price|prices|tarif|ongkir|yuran|cost)\b(?:\W+\w+){0,2}?\W+"
    r"(?:naik|increased?|went up|gone up|dinaikkan|meningkat|melambung)\b", re.I)
# What each pattern cannot match without: most comments skip most patterns.
TWICE_KEYS = re.compile("twice|2x|2 kali|dua kali|double|two times")
RISE_KEYS = re.compile("naik|increase|went up|gone up|meningkat|melambung")
BOYCOTT_KEYS = re.compile("sini|here|this|#")
SWEEPING_KEYS = re.compile("worst|paling")
OTHER_KEYS = re.compile("lain|other|another|different")
YEARS_KEYS = re.compile("tahun|thn|taun|year|yr|sejak|since|kedua|ketiga|keempat|kelima|ke-|second|third|"
                        "fourth|fifth|2nd|3rd|4th|5th|week|month|minggu|bulan|bln")
# The count belongs to the word right before it: "pakai QRIS, gagal 2x" counts failures, not visits.
NOT_VISITS = frozenset(("gagal", "failed", "fail", "kepotong", "terpotong", "potong", "dipotong", "charged",
                        "caj", "dicaj", "ditolak", "declined", "error", "cancel", "cancelled", "batal",
                        "lupa", "forgot", "tanya", "asked", "ask", "call", "called", "telefon", "mesej",
                        "chat", "complain", "komplen", "komplain", "remind", "reminded", "tegur",
                        "follow", "rosak", "rusak", "broke", "broken", "jatuh", "salah", "wrong"))
REPEAT_KEYS = re.compile(r"kali|\dx|x\d|time|\d(?:nd|rd|th)\b|second|third|fourth|fifth")
LAUGH_KEYS = re.compile("lol|lmao|lmfao|rofl|haha|hehe|wk|keke|\U0001F602|\U0001F923|\U0001F606|\U0001F92D")
# Letters of scripts other than Latin (Greek and on, CJK, Thai, Tamil…), and Vietnamese marks.
OTHER_SCRIPT = re.compile("[\u0370-\u1fff\u3000-\ud7ff\u0600-\u06ff]")
LAUGH = re.compile(r"[\U0001F602\U0001F923\U0001F606\U0001F92D]|\b(?:lol|lmao|lmfao|rofl|"
                   r"(?:ha){2,}h?|(?:he){2,}|(?:wk){2,}\w*|kekeke|wkwk\w*)\b", re.I)
DIGIT = re.compile(r"\d")
QUESTION_MARKS = re.compile(r"[?？]+")
NUMBER = re.compile(r"\b\w*\d[\w.,:]*")  # \b: the same matches, found without retrying inside each word
NOW = frozenset(("sekarang", "skrg", "skrang", "skg", "now", "kini", "nowadays", "lately", "kali",
                 "today", "harini"))
# "Jangan datang sini", "don't go here", "#jangankesini": telling others to stay away.
BOYCOTT = re.compile(
    r"\b(?:jangan|jgn|jgan|usah|gausah|tak payah|x payah|takyah|don'?t|do not|never|avoid)\b"
    r"(?:\W+\w+){0,3}?\W+(?:kat sini|dekat sini|di sini|disini|ke ?sini|sini|here|this (?:shop|place|store))\b"
    r"|#\w*(?:jangan|boikot|boycott|avoid)\w*", re.I)
# "Paling teruk kat Seremban", "worst barber in JB", "paling gak jelas se-Bekasi": a sweeping verdict.
SWEEPING = re.compile(
    r"\b(?:worst|paling (?:teruk|lembab|lembap|mahal|buruk|jelek|parah|tak guna|x guna|gak jelas|ga jelas"
    r"|mengecewakan|lambat))\b(?:\W+[\w-]+){0,2}?\W+(?:in|kat|di|dekat|dalam|se-?\w+)\b", re.I)
# Someone addressing the crowd ("go elsewhere guys"): a call to others, not a personal choice.
CROWD = frozenset(("guys", "gais", "gaes", "everyone", "everybody", "netizen", "warganet",
                   "geng", "friends", "kawan2", "people"))
# A place to go instead: "cari salon lain", "other pet shop", "another place".
OTHER_PLACE = re.compile(
    r"\b(?:kedai|toko|tempat|salon|bengkel|warung|kafe|restoran|klinik|gerai|stall|outlet|brand|seller|penjual|"
    r"supplier|vendor|dobi|laundry|butik|barber|homestay|hotel|apotek|farmasi)\s+lain\b"
    r"|\b(?:other|another|different)\s+(?:\w+\s+)?(?:shops?|stores?|places?|salons?|workshops?|sellers?|"
    r"brands?|vendors?|barbers?|cafes?|stalls?|clinics?|vets?|laundr(?:y|ies)|bakery|bakeries|florists?|"
    r"suppliers?|restaurants?|outlets?|branch)\b", re.I)
# An earlier comment that is a plain statement of a fact with numbers in it ("Quote said RM680,
# invoice RM720", "Appointment pukul 3, mula 3.25"): a customer who keeps records.
CONTRAST = frozenset(("bukan", "bkn", "instead", "than", "daripada", "drpd", "vs", "versus",
                      "padahal", "sedangkan", "walaupun", "tapi", "tp", "but", "only", "cuma", "je",
                      "jer", "doang", "aja", "sahaja", "minta", "asked", "said", "kata", "tulis",
                      "bilang", "listed", "says", "katalog", "menu", "catalog", "sebelah", "lain"))


# A measure with its unit ("26,3 cm", "2,800mAh", "18°C", "16oz"): two of one unit that differ,
# in a comment that contrasts them ("listed 25cm, it's 22cm"), are a fault found by measuring.
UNIT_MEASURE = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)*)\s?(g|gm|gram|kg|ml|l|liter|litre|cm|mm|inci|inch|oz|°c|°|mah|mbps|gb|"
    r"psi|watt|w|db|pcs|biji|keping|ketul|%)(?![a-z])", re.I)
MEASURE_CONTRAST = re.compile(
    r"\b(?:tapi|tp|but|bilang|kata|says?|said|listed|label|iklan|advertised|spec|asal|should|sepatutnya|"
    r"harusnya|seharusnya|supposed|asked|minta|instead|only|cuma|je|jer|doang|paling|kayak|macam|actual|"
    r"actually|measured|takar|ditakar|timbang|ditimbang|weighed|scale|vs|versus|bukan|not|padahal|"
    r"sedangkan|tertulis|written|claims?|promised|janji)\b", re.I)
# "1) ... 2) ...", "(1) ... (2)": a list of points, what a careful critic writes.
LIST_MARK = re.compile(r"(?:^|[\s(])[1-9][).](?=\s)")
# A wait long enough to praise only in jest ("9 days for delivery, super fast").
WAIT = re.compile(r"\b\d+\s?(?:days?|hari|minit|menit|minutes?|mins?|jam|hours?|hrs?|minggu|weeks?)\b", re.I)
# "Mungkin ni last kami datang", "last we stay here": the last visit.
LAST_VISIT = re.compile(
    r"\blast\s+(?:time\s+)?(?:kami|kita|aku|sy|saya|kitorang|kiteorang|we|i)\s+(?:datang|dtg|pergi|beli|order|makan|"
    r"singgah|come|visit|stay|buy|order)", re.I)
# What was said, written or promised, then what came ("katanya same day. Kurir baru pickup Rabu",
# "tertulis ±300 m. Faktanya 1,2 km", "menu says 500 ml, but it's 350"): expectation against outcome.
EXPECT = re.compile(
    r"\b(?:said|says|told|stated|listed|advertised|promised|supposed to|quoted|claims?|written|asked for|"
    r"requested|specifically|kata|katanya|ktnya|cakap|tertulis|ditulis|tulis|iklan|janji|dijanjikan|"
    r"sepatutnya|patutnya|harusnya|seharusnya|mestinya|bilang|minta|mintak|menu)\b[^.!?\n]{0,80}?"
    r"[,.;:!\-—–)]\s*[^?\n]{0,60}?\b(?:but|tapi|tp|padahal|faktanya|ternyata|rupanya|actually|instead|"
    r"sebaliknya|got|received|dapat|dapet|came|arrived|baru|bukan|only|cuma|hanya|doang|mung|yet|"
    r"still|masih|belum|blm|realnya|kenyataannya|in reality|turned out|takde|tiada|nothing|none)\b", re.I)
EXPECT_KEYS = re.compile("said|says|told|stated|listed|advertis|promis|suppos|quoted|claim|written|asked|"
                         "request|specific|kata|ktnya|cakap|tulis|iklan|janji|patut|harus|mesti|bilang|"
                         "minta|menu")
# "Mana deposit aku?", "paket gw mana??", "where's my refund": asking after what is theirs.
WHERE_MINE = re.compile(
    r"\bmana\s+(?!satu\b|nak\b|boleh\b|bisa\b|ada\b|yg\b|yang\b)\w+(?:\s+\w+)?\s+(?:aku|saya|sy|gw|gua|gue|"
    r"ku|kami|kitorang|i)\b"
    r"|\b\w+\s+(?:aku|saya|sy|gw|gua|gue|kami)\s+(?:mana|kemana|ke mana)\s*(?:\w+\s*)?\?", re.I)
# "Please check", "mohon dicek", "tolong betulkan": asking the shop to look at or fix something
# it got wrong (not "check your DM" or "check stock").
FIX_REQUEST = re.compile(
    r"\b(?:please|pls|plz|kindly|tolong|mohon|harap|sila)\s+(?:\w+\s+)?(?:check|cek|dicek|dicheck|"
    r"semak|look into|fix|perbaiki|diperbaiki|betulkan|dibetulkan|baiki|dibaiki|take note|ambil perhatian|"
    r"be careful|berhati|tegur|ditegur|sort it|sort this|resolve|settle|selesaikan|diselesaikan)\b"
    r"(?!\s+(?:\w+\s+)?(?:dm|inbox|pm|email|e-mail|whatsapp|wa|mesej|message|messages|ig|website|"
    r"stock|stok|availability|ketersediaan|harga|price|link|bio)\b)", re.I)
FIX_KEYS = re.compile("please|pls|plz|kindly|tolong|mohon|harap|sila")
# Faults of expectation that a question only asks about ("Can I pick up at 6 instead of 5?").
# Worse than it usually is: "longer than usual", "lebih lama dari biasa", "kecil drpd sebelum ni",
# "lebih asin dari biasanya" (better than usual is praise, so only the worse side is listed).
WORSE_THAN_USUAL = re.compile(
    r"\b(?:longer|slower|smaller|less|fewer|thinner|saltier|oilier|pricier|dearer|weaker|later|harder|"
    r"tougher|drier|soggier|smaller|worse|more expensive|more oily|more salty|"
    r"(?:lebih|makin|semakin|lagi) (?:lama|lambat|lembab|kecil|sikit|sedikit|dikit|nipis|tipis|masin|asin|"
    r"mahal|keras|liat|pahit|lewat|telat|teruk|buruk|jelek|kurang|berminyak|tawar|cair|encer))\b"
    r"[^.!?\n]{0,30}?\b(?:than (?:usual|normal|before|last time|it used to be|ever)"
    r"|(?:dari|daripada|drpd|dr) (?:biasa|biasanya|sebelum|sebelumnya|sebelum ni|dulu|selalu)"
    r"|(?:than|compared to|dibanding|dibandingkan|berbanding|drpd|daripada|dari) (?:the |your |di |kat )?(?:other|another|"
    r"cabang|outlet|branch|branches|kedai|toko|tempat)(?: (?:lain|branch|branches|outlets?|shops?))?)\b")
WORSE_KEYS = re.compile("usual|normal|before|last time|used to|biasa|sebelum|dulu|selalu|other|another|lain")
# Food that came cold: "the food was cold when it arrived", "nasi sampai dah sejuk",
# "makanannya datang udah dingin" (drinks are left out: iced tea is meant to be cold).
ARRIVED_COLD = re.compile(
    r"\b(?:arrived|arrive|came|come|delivered|served|sampai|smpai|tiba|datang|dtg|dihantar|dihidang|diantar)\b"
    r"[^.!?\n]{0,20}?\b(?:cold|sejuk|sejok|dingin)\b"
    r"|\b(?:food|meal|makanan|makanannya|nasi|rice|soup|sup|kuah|pizza|burger|fries|noodles?|mee|mi|"
    r"bakso|ayam|chicken|lauk|roti|martabak|dim sum|pau)\b[^.!?\n]{0,20}?\b(?:cold|sejuk|sejok|dingin)\b")
COLD_KEYS = re.compile("cold|sejuk|sejok|dingin")
# Ordered one thing, got another: "ordered the green one but got the blue one", "received size M
# but I ordered L", "pesan yang pedas tapi dapat yang original".
MISMATCH = re.compile(
    r"\b(?:ordered|order|asked for|requested|pesan|pesen|minta|mintak|tempah|booked|chose|pilih)\b[^.!?\n]{1,40}?"
    r"\b(?:but|tapi|tp|instead|malah|yet)\b[^.!?\n]{0,20}?\b(?:got|received|gave|given|sent|came|dapat|dapet|"
    r"dpt|dikasih|dihantar|dikirim|diberi|sampai|datang)\b"
    r"|\b(?:got|received|dapat|dapet|dpt|terima|sent|came)\b[^.!?\n]{1,40}?\b(?:but|tapi|tp|padahal|whereas|"
    r"sedangkan)\s+(?:i\s+|we\s+|saya\s+|sy\s+|aku\s+|gw\s+|kami\s+)?(?:ordered|order|asked for|pesan|pesen|"
    r"beli|bought|minta|chose|pilih)\b")
MISMATCH_KEYS = re.compile("order|asked|request|pesan|pesen|minta|tempah|booked|chose|pilih")
# Asked without something and it came with it: "asked for no peanuts and there were peanuts",
# "minta tanpa bawang, tapi ada bawang".
REQUEST_NOT = re.compile(
    r"\b(?:asked for|requested|said|minta|mintak|pesan|pesen|order|ordered)\s+(?:no|without|tanpa|tak nak|"
    r"tak mau|x nak|gak pake|ga pake|tidak pakai|tak pakai|xpayah)\s+(\w{3,})\b[^.!?\n]{0,60}?\b\1\b")
# Something that keeps failing: "keeps logging me out", "asyik hang", "terus error".
KEEPS_FAILING = re.compile(
    r"\b(?:keeps?|kept)\s+(?:on\s+)?(?:crash|log|freez|fail|load|declin|reject|cancel|disconnect|restart|hang|"
    r"lag|error|timing out|kick|sign)\w*"
    r"|\b(?:asyik|selalu|sentiasa|sering|terus|kerap)\s+(?:je\s+|aja\s+|jer\s+)?(?:crash|hang|error|logout|"
    r"log out|force close|gagal|failed|declined|ditolak|lag|lembab|lemot|loading)\b")
KEEPS_KEYS = re.compile("keep|kept|asyik|selalu|sentiasa|sering|terus|kerap")
# A mild fault said as room for better: "the restroom could be cleaner", "servis boleh lebih
# cepat", "bisa lebih ramah lagi" (not in a question: "boleh lebih murah tak?" only asks).
COULD_BE_BETTER = re.compile(
    r"\b(?:could|can|should) (?:be|have been|get) (?:a (?:bit|little|lot) |much |way |slightly )?(?:better|improved|"
    r"faster|quicker|cleaner|cheaper|warmer|hotter|colder|bigger|friendlier|nicer|tidier|fresher|tastier|crispier|"
    r"softer|clearer|more \w+)\b"
    r"|\b(?:boleh|bleh|blh|bisa|bs|perlu|harus|kena) (?:lebih|diperbaiki|dibaiki|ditingkatkan|diperbaik|improve)\b")
COULD_KEYS = re.compile("could|can|should|boleh|bleh|blh|bisa|bs|perlu|harus|kena")
STATEMENT_ONLY = frozenset(("instead of", "sepatutnya", "harusnya", "seharusnya", "padahal"))
THANKS = frozenset(("terima kasih", "makasih", "thanks", "thank", "thank you", "tq", "tqvm", "ty",
                    "trims", "arigato", "salamat", "hatur nuhun", "merci", "gracias"))
# Sarcastic openers ("Wow, 9 days for delivery, super fast"): with a wait and no "but".
SARCASTIC_OPENERS = frozenset(("wow", "wah", "wahh", "amboi", "bravo", "hebat", "congrats",
                               "congratulations", "tahniah", "salut", "fuyoo", "terbaik"))
# After praise, these bring the small fault a fan mentions ("Sedap! Cuma kuah agak sikit").
BUT = frozenset(("cuma", "cuman", "tapi", "tp", "but", "though", "although", "just", "sayang",
                 "sayangnya", "except", "kecuali", "namun", "heads"))
COMPARING = frozenset(("banding", "bandingkan", "membandingkan", "berbanding", "dibanding",
                       "dibandingkan", "compare", "compared", "comparing", "comparison", "vs",
                       "versus", "measured"))
# Missing out ("sold out already?? when's the next batch?", "terlepas promo, bila ada lagi?"):
# asking when it comes back is no complaint.
MISSED = frozenset(("sold out", "out of stock", "habis stok", "stok habis", "kehabisan", "habis",
                    "terlepas", "ketinggalan", "missed"))
COMES_BACK = frozenset(("bila", "kapan", "when", "whens", "next", "restock", "lagi", "again",
                        "bring", "balik"))
THE_SHOP = frozenset(("kedai", "toko", "shop", "store", "korang", "kalian", "you", "kau", "ko", "lu",
                      "lo", "awak", "place", "tempat"))
# Swearing as the first word of a comment, at one's own luck ("Sial, terlepas promo").
INTERJECTIONS = frozenset(("sial", "shit", "damn", "dammit", "fuck", "crap", "asu", "anjir", "anjing",
                           "anjay", "njir", "anjrit", "celaka", "alamak", "wtf", "fck"))


def repeat(text: str) -> re.Match | None:
    """A repeat visit ("dah 3 kali beli"), unless the count belongs to another verb ("gagal 2x")."""
    for match in REPEAT.finditer(text):
        if not any(w in NOT_VISITS for w in re.findall(r"\w+", match.group().lower())):
            return match
    return None


def has(lowered: str, keys: re.Pattern) -> bool:
    """A cheap look for the words a pattern needs, before running the pattern."""
    return keys.search(lowered) is not None


WHERE_KEYS = re.compile("mana|where")
# Faults said as plain facts, each pattern run only when its keys are there; the first that
# matches counts.
PLAIN_FACTS = (
    (EXPECT_KEYS, EXPECT),                # what was promised against what came
    (WHERE_KEYS, WHERE_MINE),             # "where is my…"
    (WORSE_KEYS, WORSE_THAN_USUAL),       # worse than usual or than the other branches
    (COLD_KEYS, ARRIVED_COLD),            # food that came cold
    (MISMATCH_KEYS, MISMATCH),            # ordered one thing, got another
    (MISMATCH_KEYS, REQUEST_NOT),         # asked without something, it came with it
    (KEEPS_KEYS, KEEPS_FAILING),          # something that keeps failing
)
