"""Pattern alerts: complaints that look alike in the same days, and bursts that look organised.

Two complaints are alike when they share a touchpoint (other than "other") or significant
words: what is left of a text once markup, links, numbers, emoji, grammar words and generic
complaint words ("lambat", "kecewa", "bad") are taken out. People are counted, not cases: one
customer writing three times is one voice, never a pattern.

A burst of negative items (cases, and customers' comments filed into cases or written by an
active hater) is flagged as a possible organised attack when a few people wrote most of it,
or when several people wrote near-identical words. It is a hint to check before reacting.

Plain Python over the case log. Only the window's rows are read (ix_case_inbox starts with
received_at) and each text only up to MAX_TEXT_CHARS, so a 100,000-case log stays fast.
"""

from __future__ import annotations

import html
import math
import re
import sqlite3
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from typing import NamedTuple

from desktop.cases.queries import from_db_time, to_db_time
from desktop.cases.vocab import ComplainantType, State

__all__ = ["SimilarCase", "Similarity", "PatternGroup", "AttackSignal", "similar_to", "pattern_groups",
           "possible_attacks", "significant_words", "SAME_PEOPLE", "SAME_WORDING", "PATTERN_WINDOW",
           "BURST_WINDOW", "MIN_PEOPLE", "MAX_TEXT_CHARS", "BACKGROUND_SHARE"]

PATTERN_WINDOW = timedelta(days=7)
BURST_WINDOW = timedelta(hours=2)
MAX_TEXT_CHARS = 2000          # a text is read this far: a pasted novel says what it is about early
MIN_PEOPLE = 3                 # a group the inbox announces
BACKGROUND_SHARE = 0.25        # a word in more of the week's cases than this is background ("kek")
BUSY_WEEK = 12                 # cases in the window before a word can be called background
GROUP_WORDS = 8                # words listed with a group
SAME_PEOPLE = "same_people"
SAME_WORDING = "same_wording"
MIN_BURST = 5                  # negative items in the window before "the same few people" is asked
FEW_PEOPLE, FEW_SHARE = 2, 0.3  # "a few": at most two people, or at most 30% of those writing
MOST = 0.7                     # the share of the burst the few wrote
NEAR_IDENTICAL = 0.8           # Jaccard of word pairs
MIN_WORDING_PEOPLE = 3
MIN_WORDING_WORDS = 4          # "Lambat!" from three people is ordinary, not a copied text
MAX_BURST_ITEMS = 5000         # newest first; more than this in two hours is a flood anyway

_MIN_WORD, _MAX_WORD = 3, 30
_TAG = re.compile(r"<[^>]{0,200}>")
_URL = re.compile(r"(?:https?://|www\.)\S*", re.I)
_MENTION = re.compile(r"(?<!\w)@[\w.]+")
_LETTERS = re.compile(r"[^\W\d_]+")    # digits, punctuation, emoji and controls split words
_ASCII_LETTERS = re.compile(r"[a-z]+")
_RUN = re.compile(r"(.)\1{2,}")
_THREE = re.compile(r"(.)\1\1")  # the same test, found faster
# Deleted, not spaced: "ka\u200bsar" is one word in disguise.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\ufeff"))

# Short forms and Malay/Indonesian spellings of the same word, folded so they meet.
_SPELLINGS = {
    "sampe": "sampai", "smpai": "sampai", "smpi": "sampai", "nyampe": "sampai", "brg": "barang",
    "hntr": "hantar", "hantaq": "hantar", "dtg": "datang", "dateng": "datang", "kurier": "kurir",
    "courier": "kurir", "rosak": "rusak", "kualiti": "kualitas", "pakej": "paket", "parcel": "parsel",
    "kue": "kek", "byr": "bayar", "trf": "transfer", "uang": "wang", "harge": "harga", "staf": "staff",
}

# Grammar, chat particles, greetings, pronouns, time and number words of ms, id and en.
_STOP_WORDS = frozenset("""
yang dan dgn dengan utk untuk buat bagi kat dkt dekat dari daripada pada kepada kpd dalam dlm
atas bawah oleh akan telah sudah sdh udah udh dah belum blm blom belom lom masih msh lagi jugak
juga jgk pun pon pula pulak jer aje aja saja sahaja cuma hanya sangat sgt amat banget bgt bngt
sekali terlalu tlalu sikit sedikit dikit banyak byk semua smua ada ade takde tiada xde xda tak
tidak tdk gak nggak ngga enggak ndak bukan bkn jangan jgn ini itu nih tuh sini situ sana mana
mane apa ape kenapa knp mengapa bila kapan bagaimana gimana camne cemana camana macam mcm
berapa brp siapa sape saya aku gue kita kami kamu awak anda kau engkau dia mereka diorang
dorang korang kalian punya kalau klu kalo jika tapi tetapi namun atau ataupun sebab sbb kerana
karena krn pastu lepas selepas setelah sebelum nanti tadi dulu skrg sekarang baru mau mahu nak
hendak ingin boleh blh bisa dapat dpt dapet kena jadi buat bikin sama lah kah tah sih dong deh
kan kok loh lho yaa yah okay oke okey tolong tlg mohon sila minta harap terima kasih tqvm
makasih maaf hai helo salam assalamualaikum kak akak sis bro bang abang boss bos min admin
encik puan cik pak mbak adik orang org satu dua tiga empat lima hari minggu bulan tahun jam
minit menit saat semalam kelmarin esok besok pagi petang malam siang sore kali selalu pernah
memang mmg betul benar seperti kayak kyk agar supaya biar lebih kurang paling lain sendiri tiap
setiap masa waktu mcmni camni camtu gitu gini begitu begini terus trus langsung balik kembali
ya iya tau tahu tengok tgk lihat liat cakap kata bilang ckp bagitau kasi kasih beri dapatkan

the and but for nor yet with without from into onto over under until upon about above after
before because since ago via per than then that this these those there here its are was were
been being have has had having get got getting did does doing done can will just should would
could may might must shall what which who whom whose when where why how all any both each few
more most other some such not only own same too very again also already still even ever never
really much many one two three four five please pls plz thanks thank thx sorry hello dear guys
lol dont didnt doesnt cant wont isnt wasnt arent werent havent hasnt hadnt couldnt wouldnt
shouldnt today yesterday tomorrow day days week weeks month months year years hour hours minute
minutes time times now you your yours our ours their theirs him his her hers they them she
went gone come came make made take took give gave say said told tell asked ask know see saw
look want wanted need needed like just every anything something nothing someone anyone
""".split())

# Complaint words every complaint uses; they say how, not what. Also shop words every order has.
_GENERIC_WORDS = frozenset("""
kecewa mengecewakan dikecewakan kekecewaan teruk hampeh hampa menyampah geram marah sakit hati
kesal sedih parah buruk jelek lambat lembap lewat telat terlambat lama lambatnya tunggu menunggu
nunggu tggu komplen komplain aduan masalah isu puas bagus baik mantap terbaik suka sedih
benci serius tipu menipu gila cepat segera urgent
order orders ordered oder odr pesanan pesan pesen beli membeli dibeli barang produk kedai toko
pelanggan customer customers layanan pelayanan servis service seller penjual datang sampai
terima diterima hantar dihantar kirim dikirim

slow slowly late delay delayed delays long wait waiting waited bad worst worse terrible awful
horrible poor pathetic disappointed disappointing disappointment disappoint angry upset sad
unhappy complain complained complaint complaints problem problems issue issues good great nice
best love loved happy satisfied unsatisfied satisfaction unacceptable ridiculous seriously
quick quickly fast asap urgent shop store product products item items buy bought purchase
purchased arrive arrived received receive deliver delivered
""".split())

_IGNORED = _STOP_WORDS | _GENERIC_WORDS


class SimilarCase(NamedTuple):
    """Another customer's case like the one asked about, and why."""

    case_id: int
    person_id: int
    received_at: datetime
    same_touchpoint: bool
    shared_words: tuple[str, ...]


class Similarity(NamedTuple):
    """What the case panel says: "4 other customers mentioned late delivery this week"."""

    case_id: int
    touchpoint: str
    words: tuple[str, ...]            # the case's own significant words
    cases: list[SimilarCase]          # newest first; the case's own person is left out
    people: int                       # distinct other people
    touchpoint_people: int            # of them, how many had the same touchpoint
    word_people: list[tuple[str, int]]  # shared words and how many other people used them, most first


class PatternGroup(NamedTuple):
    """Complaints from several people that belong together, for the inbox to announce."""

    kind: str                    # "touchpoint" or "words"
    key: str                     # the touchpoint key, or the shared words joined by spaces
    words: tuple[str, ...]       # words at least `min_people` of its people used, most used first
    people: int
    person_ids: tuple[int, ...]
    case_ids: tuple[int, ...]    # newest first, to open as a list
    first_at: datetime
    last_at: datetime


class AttackSignal(NamedTuple):
    """A burst that may be organised; the owner checks it before reacting."""

    reason: str                  # SAME_PEOPLE or SAME_WORDING
    person_ids: tuple[int, ...]  # most items first
    items: int
    case_ids: tuple[int, ...]
    comment_ids: tuple[int, ...]
    first_at: datetime
    last_at: datetime
    sample: str                  # the words of one item, cleaned (safe to show)


# -- words ------------------------------------------------------------------------------------
def _words(text: str | None) -> list[str]:
    """Every word of a text, lower case, letters only, with slang spellings folded."""
    text = (text or "")[:MAX_TEXT_CHARS]
    # Each step only when its mark is there: most complaints are a plain line or two.
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    if "://" in text or "www." in text or "WWW." in text:
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _MENTION.sub(" ", text)
    only_ascii = text.isascii()
    if not only_ascii:
        text = unicodedata.normalize("NFKC", text.translate(_INVISIBLE))
    text = text.casefold()
    if _THREE.search(text):
        text = _RUN.sub(_first, text)  # "lambatttt", "sooo"
    words = []
    for word in (_ASCII_LETTERS if only_ascii else _LETTERS).findall(text):
        if len(word) > _MAX_WORD:
            continue
        if word.endswith("nya") and len(word) >= 6:  # kurirnya, harganya: the thing itself
            word = word[:-3]
        words.append(_SPELLINGS.get(word, word))
    return words


def _first(match: re.Match) -> str:
    return match.group(1)


def significant_words(text: str | None) -> tuple[str, ...]:
    """The words that say what a complaint is about, in the order written, each once."""
    return tuple(dict.fromkeys(w for w in _words(text) if len(w) >= _MIN_WORD and w not in _IGNORED))


# -- similar complaints -----------------------------------------------------------------------
class _Case(NamedTuple):
    id: int
    person_id: int
    touchpoint: str
    words: tuple[str, ...]
    received_at: str  # as stored: sorts as time


# Facebook hides commenters' ids without an extra permission; each such comment then made a
# person of its own, and one customer writing three times would count as three voices. Those
# people count by their platform and name instead (the first such person stands for them).
_WHO = ("coalesce((SELECT min(q.id) FROM person q WHERE p.external_id IS NULL AND p.platform != 'offline'"
        " AND p.name != '' AND p.erased_at IS NULL AND q.platform = p.platform AND q.name = p.name"
        " AND q.external_id IS NULL AND q.erased_at IS NULL), p.id)")


def _window_cases(conn: sqlite3.Connection, now: datetime, window: timedelta) -> list[_Case]:
    """The window's cases that were not ignored, newest first (a range on ix_case_inbox)."""
    rows = conn.execute(
        f"SELECT c.id, {_WHO}, c.touchpoint, substr(c.text, 1, {MAX_TEXT_CHARS}), c.received_at"
        " FROM complaint_case c JOIN person p ON p.id = c.person_id"
        " WHERE c.received_at >= ? AND c.received_at <= ? AND +c.state != ?"
        " ORDER BY c.received_at DESC", (to_db_time(now - window), to_db_time(now), State.IGNORED.value))
    return [_Case(r[0], r[1], r[2], significant_words(r[3]), r[4]) for r in rows]


def similar_to(conn: sqlite3.Connection, case_id: int, now: datetime,
               window: timedelta = PATTERN_WINDOW) -> Similarity | None:
    """Other people's cases from the `window` before `now` that are like this one; None if it is gone.

    The case itself may be older than the window (the owner opened an old case): the question
    is what is happening now. Pass its received time as `now` to look at the days before it.
    Runs on a worker thread.
    """
    row = conn.execute(f"SELECT {_WHO}, c.touchpoint, substr(c.text, 1, {MAX_TEXT_CHARS})"
                       " FROM complaint_case c JOIN person p ON p.id = c.person_id WHERE c.id = ?",
                       (case_id,)).fetchone()
    if row is None:
        return None
    person_id, touchpoint, text = row
    words = significant_words(text)
    own_words = frozenset(words)
    by_touchpoint = touchpoint != "other"
    found: list[SimilarCase] = []
    if by_touchpoint or own_words:
        for other in _window_cases(conn, now, window):
            if other.id == case_id or other.person_id == person_id:
                continue
            same_touchpoint = by_touchpoint and other.touchpoint == touchpoint
            shared = tuple(w for w in other.words if w in own_words)
            if same_touchpoint or shared:
                found.append(SimilarCase(other.id, other.person_id, from_db_time(other.received_at),
                                         same_touchpoint, shared))
    people_by_word: dict[str, set[int]] = defaultdict(set)
    for similar in found:
        for word in similar.shared_words:
            people_by_word[word].add(similar.person_id)
    ranked = sorted(people_by_word.items(), key=lambda kv: (-len(kv[1]), words.index(kv[0])))
    return Similarity(case_id, touchpoint, words, found, len({s.person_id for s in found}),
                      len({s.person_id for s in found if s.same_touchpoint}),
                      [(word, len(people)) for word, people in ranked])


def pattern_groups(conn: sqlite3.Connection, now: datetime, window: timedelta = PATTERN_WINDOW,
                   min_people: int = MIN_PEOPLE, background: float = BACKGROUND_SHARE) -> list[PatternGroup]:
    """Touchpoints and shared words that at least `min_people` people complained about in the
    `window` before `now`, most people first.

    Words shared by exactly the same cases make one group; a group whose cases all sit inside
    a bigger group is left out (its words are listed with the bigger one). A word in more than
    `background` of a busy week's cases is what the shop sells or is called ("kek", its name),
    not news. Runs on a worker thread.
    """
    cases = _window_cases(conn, now, window)
    by_id = {case.id: case for case in cases}
    members: dict[tuple[str, str], list[int]] = defaultdict(list)
    for case in cases:  # newest first, so every member list is too
        if case.touchpoint != "other":
            members[("touchpoint", case.touchpoint)].append(case.id)
        for word in case.words:
            members[("words", word)].append(case.id)

    common = frozenset(key for (kind, key), ids in members.items()
                       if kind == "words" and len(cases) >= BUSY_WEEK and len(ids) > background * len(cases))
    for word in common:
        del members[("words", word)]

    # One candidate per distinct set of cases: a touchpoint comes first, words with the same set join.
    candidates: dict[frozenset[int], _Candidate] = {}
    for (kind, key), ids in sorted(members.items(), key=lambda kv: kv[0][0] != "touchpoint"):
        people = frozenset(by_id[i].person_id for i in ids)
        if len(people) >= min_people:
            candidates.setdefault(frozenset(ids), _Candidate(kind, [], ids, people)).keys.append(key)
    ranked = sorted(candidates.items(), key=lambda kv: kv[1].keys[0])
    ranked.sort(key=lambda kv: by_id[kv[1].case_ids[0]].received_at, reverse=True)  # latest news first
    ranked.sort(key=lambda kv: (-len(kv[1].people), -len(kv[0])))  # but most people above all

    groups: list[PatternGroup] = []
    group_sets: list[frozenset[int]] = []
    holding: dict[int, list[int]] = defaultdict(list)  # case id -> the groups kept that hold it
    for ids, candidate in ranked:
        if any(ids <= group_sets[n] for n in holding[candidate.case_ids[0]]):
            continue  # already told, under a bigger group
        for case_id in ids:
            holding[case_id].append(len(groups))
        group_sets.append(ids)
        groups.append(_group(candidate, [by_id[i] for i in candidate.case_ids], min_people, common))
    return groups


class _Candidate(NamedTuple):
    kind: str
    keys: list[str]        # the touchpoint first, if any; then the words found in exactly these cases
    case_ids: list[int]    # newest first
    people: frozenset[int]


def _group(candidate: _Candidate, cases: list[_Case], min_people: int, common: frozenset[str]) -> PatternGroup:
    keys = candidate.keys
    earliest = cases[-1]
    key = keys[0] if candidate.kind == "touchpoint" else " ".join(_in_text_order(keys, earliest.words))
    return PatternGroup(candidate.kind, key, _group_words(cases, keys, min_people, common), len(candidate.people),
                        tuple(sorted(candidate.people)), tuple(candidate.case_ids),
                        from_db_time(earliest.received_at), from_db_time(cases[0].received_at))


def _in_text_order(keys: list[str], words: tuple[str, ...]) -> list[str]:
    """Words as the earliest case wrote them ("kek coklat", not "coklat kek")."""
    return sorted(keys, key=lambda w: words.index(w) if w in words else len(words))


def _group_words(cases: list[_Case], keys: list[str], min_people: int, common: frozenset[str]) -> tuple[str, ...]:
    """Words enough of the group's people used (not the week's background words): most people
    first, then as first written."""
    people_by_word: dict[str, set[int]] = defaultdict(set)
    for case in reversed(cases):  # oldest first: the dict keeps the order words first came in
        for word in case.words:
            people_by_word[word].add(case.person_id)
    shared = [w for w, people in people_by_word.items() if len(people) >= min_people and w not in common]
    shared.sort(key=lambda w: (-len(people_by_word[w]), w not in keys))
    return tuple(shared[:GROUP_WORDS])


# -- possible organised attacks ---------------------------------------------------------------
class _Item(NamedTuple):
    comment_id: int | None
    case_id: int | None
    person: int          # an author the platform did not name counts as a person of their own
    at: str
    text: str


def _burst_items(conn: sqlite3.Connection, start: str, end: str) -> list[_Item]:
    """Customers' comments filed into a case or written by an active hater, and the cases that
    came without a comment (phone, counter, letter …), newest first."""
    # The schema has no index on comment.created_at, so SQLite scans the comments here (only the
    # window's reach Python); an index would make it a range read like the cases below.
    comments = conn.execute(
        f"SELECT m.id, m.case_id, {_WHO}, m.created_at, substr(m.text, 1, {MAX_TEXT_CHARS})"
        " FROM comment m LEFT JOIN person p ON p.id = m.person_id"
        " WHERE m.created_at >= ? AND m.created_at <= ? AND m.by_page = 0"
        " AND (m.case_id IS NOT NULL OR p.manual_type = ?)"
        " ORDER BY m.created_at DESC LIMIT ?",
        (start, end, ComplainantType.ACTIVE_HATER.value, MAX_BURST_ITEMS))
    items = [_Item(r[0], r[1], r[2] if r[2] is not None else -r[0], r[3], r[4]) for r in comments]
    cases = conn.execute(
        f"SELECT c.id, {_WHO}, c.received_at, substr(c.text, 1, {MAX_TEXT_CHARS})"
        " FROM complaint_case c JOIN person p ON p.id = c.person_id WHERE c.received_at >= ? AND c.received_at <= ?"
        " AND NOT EXISTS (SELECT 1 FROM comment m WHERE m.case_id = c.id AND m.by_page = 0)"
        " ORDER BY c.received_at DESC LIMIT ?", (start, end, MAX_BURST_ITEMS))
    items += [_Item(None, r[0], r[1], r[2], r[3]) for r in cases]
    items.sort(key=lambda item: item.at, reverse=True)
    return items[:MAX_BURST_ITEMS]


def possible_attacks(conn: sqlite3.Connection, now: datetime,
                     window: timedelta = BURST_WINDOW) -> list[AttackSignal]:
    """Bursts in the `window` before `now` that may be organised, biggest first.

    SAME_WORDING: at least MIN_WORDING_PEOPLE people wrote near-identical texts of four words
    or more (word pairs, Jaccard >= 0.8). SAME_PEOPLE, asked of the items left: at least
    MIN_BURST of them, and at most two people (or 30% of those writing), each with two or
    more, wrote at least 70%. Ignored cases count: an attack the owner ignored was still one.
    Runs on a worker thread.
    """
    items = _burst_items(conn, to_db_time(now - window), to_db_time(now))
    signals = []
    copied: set[_Item] = set()
    for group in _same_wording(items):
        signals.append(_signal(SAME_WORDING, group))
        copied.update(group)
    # Copies are told already; what is left is asked "the same few people?" on its own.
    few = _same_few_people([item for item in items if item not in copied])
    if few is not None:
        signals.append(_signal(SAME_PEOPLE, few))
    signals.sort(key=lambda s: -s.items)
    return signals


def _signal(reason: str, items: list[_Item]) -> AttackSignal:
    items = sorted(items, key=lambda item: item.at, reverse=True)
    per_person = Counter(item.person for item in items)
    people = tuple(p for p, _n in per_person.most_common() if p > 0)  # named people only
    return AttackSignal(
        reason, people, len(items),
        tuple(dict.fromkeys(i.case_id for i in items if i.case_id is not None)),
        tuple(i.comment_id for i in items if i.comment_id is not None),
        from_db_time(items[-1].at), from_db_time(items[0].at), " ".join(_words(items[0].text)[:40]))


def _same_few_people(items: list[_Item]) -> list[_Item] | None:
    if len(items) < MIN_BURST:
        return None
    ranked = Counter(item.person for item in items).most_common()
    few, covered = [], 0
    for person, count in ranked[:max(FEW_PEOPLE, int(len(ranked) * FEW_SHARE))]:
        if count < 2:
            break  # someone who wrote once is not one of "the same few"
        few.append(person)
        covered += count
        if covered >= MOST * len(items):
            chosen = set(few)
            return [item for item in items if item.person in chosen]
    return None


def _pairs(words: list[str]) -> frozenset[str]:
    return frozenset(f"{a} {b}" for a, b in zip(words, words[1:]))


def _same_wording(items: list[_Item]) -> list[list[_Item]]:
    """Items whose word pairs nearly match, in groups written by several people."""
    # Identical texts share one set, so a thousand pasted copies cost one comparison.
    holders: dict[frozenset[str], list[_Item]] = defaultdict(list)
    for item in items:
        words = _words(item.text)
        if len(words) >= MIN_WORDING_WORDS:
            holders[_pairs(words)].append(item)
    sets = list(holders)
    # Prefix filtering: two sets with Jaccard >= t share a token among their rarest
    # len - ceil(t * len) + 1, so only those are indexed and compared.
    frequency = Counter(pair for s in sets for pair in s)
    parent = list(range(len(sets)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    index: dict[str, list[int]] = defaultdict(list)
    for n, pairs in enumerate(sets):
        rarest = sorted(pairs, key=lambda p: (frequency[p], p))
        prefix = rarest[:len(pairs) - math.ceil(NEAR_IDENTICAL * len(pairs)) + 1]
        candidates = {m for pair in prefix for m in index[pair]}
        for m in candidates:
            if root(m) != root(n) and _jaccard(sets[m], pairs) >= NEAR_IDENTICAL:
                parent[root(m)] = root(n)
        for pair in prefix:
            index[pair].append(n)

    clusters: dict[int, list[_Item]] = defaultdict(list)
    for n, pairs in enumerate(sets):
        clusters[root(n)] += holders[pairs]
    return [group for group in clusters.values() if len({item.person for item in group}) >= MIN_WORDING_PEOPLE]


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if len(a) > len(b):
        a, b = b, a
    if len(a) < NEAR_IDENTICAL * len(b):
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)
