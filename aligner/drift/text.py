"""Text primitives for the drift checks: tokens, word-list cues, clauses, cognates.

Everything here is pure and language-parametrised by :mod:`aligner.lang`; a
language without lists still gets tokens, punctuation clauses and cognates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from aligner.lang import profile
from aligner.lang.places import different_places
from aligner.lang.scripts import IDEOGRAPHIC, MARKS, NEEDS_WIDE
from aligner.textutil import edit_distance
from aligner.textutil import fold_accents as fold

# An elided article before a figure is a word of its own ("all'1,2 %", "l'8 marzo").
_WORD = r"[^\W_]+(?:(?:[-.](?=[^\W_])|['’](?=[^\W\d_]))[^\W_]+)*\.?"
# Figures keep their separators ("7,2", "100.000"): a comma in them cuts no clause.
_TOKEN = re.compile(rf"\d+(?:[.,\u00a0\u202f]\d+)+|{_WORD}|\S")
# Text with combining marks or ideographs (issue 12, other scripts): a letter may carry
# marks ("नहीं", "إنَّ"), and Chinese and Japanese, written without spaces, are read one
# character a word, apart from the Latin letters and digits between them
# ("与Microsoft签署", "３５０万"). Only such text takes this slower pattern, so every
# other text is cut exactly as before.
_LETTER = rf"(?:[^\W_{IDEOGRAPHIC}]|[{MARKS}])"
_WIDE_WORD = rf"{_LETTER}+(?:[-'’.](?={_LETTER}){_LETTER}+)*\.?"
_WIDE_TOKEN = re.compile(
    rf"\d+(?:[.,\u00a0\u202f\u066b\u066c]\d+)+|[{IDEOGRAPHIC}]|{_WIDE_WORD}|\S"
)
# After these a capital letter may just mark the start of a sentence or a quotation.
_OPENERS = set(".!?:;¿¡([{«“„‘—–•")
_CLOSERS = set("»”)]}")
CLAUSE_PUNCT = set(',;:()[]«»“”"—–.!?¿¡') | set("，、；：。！？「」『』（）।॥،؛؟")
QUOTE_MARKS = set('«»“”"')
_GAP = 6  # "…" in a cue skips at most this many words


# slots: a Tok is kept for every word of every aligned pair until the checks run (their
# evidence is gathered for the whole document at once), so its size is per-bead memory.
@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    norm: str  # lower case, curly apostrophe made straight, final period of a word dropped
    fold: str  # accent-free lower case: "Medvédev" → "medvedev"
    start: int
    end: int
    word: bool
    cap: bool
    initial: bool  # first word of a sentence, a quotation or a clause after ":"


def tokenize(text: str) -> list[Tok]:
    """Words and punctuation with offsets; "hasn't" → "has" + "n't", "Peru's" → "Peru" + "'s"."""
    return list(_tokens(text))


# The readers of one pair tokenize the same few texts (each side, the MT) about fourteen
# times between them; the cache spans a pair's readers, and its bound keeps a long run's
# memory flat (Toks are frozen, and each caller gets its own list).
@lru_cache(maxsize=2048)
def _tokens(text: str) -> tuple[Tok, ...]:
    pieces: list[tuple[str, int]] = []
    for m in (_WIDE_TOKEN if NEEDS_WIDE.search(text) else _TOKEN).finditer(text):
        piece, pos = m.group(0), m.start()
        low = piece.lower().replace("’", "'")
        # A sentence-final period is punctuation, but "EE.UU." and "U.S." keep theirs.
        if piece.endswith(".") and piece.count(".") == 1 and len(piece) > 1:
            pieces += [(piece[:-1], pos), (".", pos + len(piece) - 1)]
        elif low.endswith("n't") and len(low) > 3:
            cut = len(piece) - 3
            pieces += [(piece[:cut], pos), ("n't", pos + cut)]
        elif low.endswith("'s") and len(low) > 2:
            cut = len(piece) - 2
            pieces += [(piece[:cut], pos), (piece[cut:], pos + cut)]
        else:
            pieces.append((piece, pos))
    out: list[Tok] = []
    initial = True
    quotes = 0  # straight quotes open and close alike: count them
    enumerator = False  # "(3)", "2)", "a)" begin a list item: its first word is initial
    for piece, pos in pieces:
        is_word = piece[0].isalnum()
        norm = _same(piece.lower().replace("’", "'"), piece)
        if out and out[-1].end == pos and norm == "n't":
            # "can't", "won't": the verb is "can", "will", whatever is left of it.
            out[-1] = _renorm(out[-1], _CONTRACTED.get(out[-1].norm, out[-1].norm))
        out.append(
            Tok(
                piece,
                norm,
                _same(fold(norm), norm),
                pos,
                pos + len(piece),
                is_word,
                piece[0].isupper(),
                initial,
            )
        )
        if is_word:
            enumerator = initial and bool(_ENUMERATOR.fullmatch(piece))
            initial = False
        elif piece == ")" and enumerator:
            initial = True
        elif piece == '"':
            quotes += 1
            initial = initial or quotes % 2 == 1
        elif piece in _OPENERS:
            initial = True
    return tuple(out)


_CONTRACTED = {"ca": "can", "wo": "will", "sha": "shall"}
# A list item's number or letter: "1", "12", "b", "iv" (an item is rarely past 99).
_ENUMERATOR = re.compile(r"\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4}")


def _same(derived: str, original: str) -> str:
    """``original`` when ``derived`` equals it: one string object instead of two equal
    ones ("list", "list", "list" as text, norm and fold) in every retained token."""
    return original if derived == original else derived


def _renorm(tok: Tok, norm: str) -> Tok:
    return Tok(tok.text, norm, fold(norm), tok.start, tok.end, tok.word, tok.cap, tok.initial)


def words(toks: Sequence[Tok]) -> list[Tok]:
    return [t for t in toks if t.word]


# --- cue lists ---


@dataclass(frozen=True)
class Cue:
    start: int  # index into the word list
    end: int
    label: str
    char_start: int
    char_end: int


# A cue's item compiled once per table (the shape of "word", "stem*", "*ending",
# "ne*l", "…" read when the table is built, not at every word it is tried on): (kind,
# head, tail, least length of the word).
_EXACT, _PREFIX, _SUFFIX, _AROUND, _SKIP = range(5)
_Item = tuple[int, str, str, int]


def _compile_item(item: str) -> _Item:
    if item == "…":
        return (_SKIP, "", "", 0)
    if item.endswith("*") and len(item) > 1:
        return (_PREFIX, item[:-1], "", 0)
    if item.startswith("*") and len(item) > 1:
        return (_SUFFIX, item[1:], "", len(item) + 1)  # a stem of 2+
    if "*" in item:  # "ne*l": a prefix and an ending with a stem of 2+ between them, in a
        # word written in lower case (a name as "Neapol" is no negated verb)
        head, tail = item.split("*", 1)
        return (_AROUND, head, tail, len(item) + 1)
    return (_EXACT, item, "", 0)


def _matches(item: _Item, tok: Tok) -> bool:
    kind, head, tail, least = item
    norm = tok.norm
    if kind == _EXACT:
        return norm == head
    if kind == _PREFIX:
        return norm.startswith(head)
    if kind == _SUFFIX:
        return norm.endswith(head) and len(norm) >= least
    return (
        tok.text[:1].islower()
        and norm.startswith(head)
        and norm.endswith(tail)
        and len(norm) >= least
    )


def _match_at(items: Sequence[_Item], ws: Sequence[Tok], i: int) -> int:
    """End index of ``items`` matched at word i (-1 if no match); "…" skips words."""
    n = len(ws)
    for k, item in enumerate(items):
        if item[0] == _SKIP:
            rest = items[k + 1 :]
            if not rest:
                return -1
            for skip in range(0, _GAP + 1):
                end = _match_at(rest, ws, i + skip)
                if end >= 0:
                    return end
            return -1
        if i >= n or not _matches(item, ws[i]):
            return -1
        i += 1
    return i if items else -1


CueItems = tuple[str, ...]
# A cue as the table keeps it: its compiled items, its label, and whether it is one word
# written in lower case (which a capitalised word inside a sentence does not match).
_Cue = tuple[tuple[_Item, ...], str, bool]


@dataclass(frozen=True)
class _CueTable:
    """Cue phrases by the word they must start with, longest first within each list.

    Trying every phrase at every word dominated check and qa; a word can only start
    the phrases keyed by its own form, plus the few that begin with a wildcard or a gap.
    """

    by_first: dict[str, tuple[_Cue, ...]]
    anywhere: tuple[_Cue, ...]
    # Per word form (and whether it is written in lower case): the phrases whose first
    # item can match it. The phrases that open with a wildcard ("necesit* …") are tried
    # at every word otherwise, and each added one slowed every check (session 36).
    seen: dict[tuple[str, bool], tuple[_Cue, ...]] = field(default_factory=dict, compare=False)

    def starting_at(self, tok: Tok) -> tuple[_Cue, ...]:
        key = (tok.norm, tok.text[:1].islower())
        found = self.seen.get(key)
        if found is None:
            cues = self.by_first.get(tok.norm, self.anywhere)
            found = tuple(c for c in cues if not c[0] or _may_open(c[0][0], tok))
            self.seen[key] = found
        return found


def _may_open(item: _Item, tok: Tok) -> bool:
    return item[0] == _SKIP or _matches(item, tok)


def _indexable(items: CueItems) -> bool:
    return bool(items) and items[0] != "…" and "*" not in items[0]


def _cue(items: CueItems, label: str) -> _Cue:
    one_lower = bool(items) and items[0].islower() and len(items) == 1
    return (tuple(map(_compile_item, items)), label, one_lower)


@cache
def _compiled(entries: tuple[tuple[str, str], ...]) -> _CueTable:
    # Longest phrases first, so "no es la primera vez" wins over "no".
    ordered = sorted(((tuple(p.split()), label) for p, label in entries), key=lambda x: -len(x[0]))
    anywhere = [(k, _cue(*cue)) for k, cue in enumerate(ordered) if not _indexable(cue[0])]
    keyed: dict[str, list[tuple[int, _Cue]]] = {}
    for k, cue in enumerate(ordered):
        if _indexable(cue[0]):
            keyed.setdefault(cue[0][0], []).append((k, _cue(*cue)))
    # Merged back in the original order, so the first match is the same as before.
    by_first = {
        first: tuple(cue for _k, cue in sorted(cues + anywhere, key=lambda x: x[0]))
        for first, cues in keyed.items()
    }
    return _CueTable(by_first, tuple(cue for _k, cue in anywhere))


def find_cues(ws: Sequence[Tok], entries: Iterable[tuple[str, str]]) -> list[Cue]:
    """Non-overlapping cue matches, left to right, longest first at each word.

    A cue written in lower case does not match a capitalised word inside a sentence:
    "May" in "in May" is a month and "Will" a name, not modal verbs.
    """
    table = _table_of(entries)
    out: list[Cue] = []
    i = 0
    while i < len(ws):
        w = ws[i]
        for items, label, one_lower in table.starting_at(w):
            end = _match_at(items, ws, i)
            if end > i and not (one_lower and w.cap and not w.initial and w.text[1:].islower()):
                out.append(Cue(i, end, label, w.start, ws[end - 1].end))
                i = end
                break
        else:
            i += 1
    return out


# Tables by identity: most callers pass one module-level tuple of a few hundred cues, and
# hashing it for _compiled's cache on every call (over a hundred a pair) cost more than
# matching it. Each entry keeps its tuple alive, so its id is never reused for another.
_TABLES: dict[int, tuple[object, _CueTable]] = {}


def _table_of(entries: Iterable[tuple[str, str]]) -> _CueTable:
    known = _TABLES.get(id(entries))
    if known is not None and known[0] is entries:
        return known[1]
    table = _compiled(tuple(entries))
    if isinstance(entries, tuple):
        if len(_TABLES) >= 1024:  # a caller that builds a new tuple each call
            _TABLES.clear()
        _TABLES[id(entries)] = (entries, table)
    return table


def labelled(phrases: Iterable[str], label: str) -> tuple[tuple[str, str], ...]:
    return tuple((p, label) for p in phrases)


# --- clauses ---


@dataclass(frozen=True)
class Clause:
    start: int  # character offsets
    end: int
    text: str
    toks: tuple[Tok, ...]


def content(toks: Iterable[Tok], lang: str) -> list[Tok]:
    """Words that carry content: not function words, not bare digits of one character."""
    stop = _stopwords(lang)
    return [t for t in toks if t.word and t.norm not in stop and len(t.fold) > 2]


@cache
def _stopwords(lang: str) -> frozenset[str]:
    prof = profile(lang)
    extra = prof.determiners | prof.complementizers | prof.relatives | prof.pronouns
    return frozenset(w.lower() for w in prof.stopwords | extra)


# Quotation marks that open and close a quotation; straight double quotes pair in order.
_QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks (the marks excluded), outermost only; an
    unclosed quotation runs to the end of the text."""
    spans, k = [], 0
    while k < len(text):
        close = _QUOTE_PAIRS.get(text[k])
        if close is None:
            k += 1
            continue
        end = text.find(close, k + 1)
        end = len(text) if end < 0 else end
        spans.append((k + 1, end))
        k = end + 1
    return spans


def clause_openers(lang: str) -> frozenset[str]:
    """Words that open a clause; a language without that list falls back on its
    coordinating conjunctions ("e", "ou"), which at least split "X and Y" lists."""
    prof = profile(lang)
    return prof.clause_openers or prof.conjunctions


def split_clauses(
    text: str, lang: str, min_content: int = 2, toks: Sequence[Tok] | None = None
) -> list[Clause]:
    """Clauses cut at clause punctuation and before conjunctions/subordinators.

    A piece with fewer than ``min_content`` content words ("y Colombia", "dijo")
    joins the piece before it, so a clause is always something that can be missed.
    ``toks``: ``tokenize(text)`` when the caller has it already; the clauses then share
    those tokens instead of holding a second copy of every one.
    """
    toks = tokenize(text) if toks is None else toks
    openers = clause_openers(lang)
    groups: list[list[Tok]] = [[]]
    for t in toks:
        if not t.word and t.text in CLAUSE_PUNCT:
            groups.append([])
            continue
        # Two openers in a row open one clause ("and if", "but when").
        if t.word and t.norm in openers and groups[-1] and groups[-1][-1].norm not in openers:
            groups.append([])
        groups[-1].append(t)
    groups = [g for g in groups if g]
    merged: list[list[Tok]] = []
    for g in groups:
        if merged and len(content(g, lang)) < min_content:
            merged[-1] = merged[-1] + g
        else:
            merged.append(list(g))
    if len(merged) > 1 and len(content(merged[0], lang)) < min_content:
        merged[1] = merged[0] + merged[1]
        merged.pop(0)
    return [Clause(g[0].start, g[-1].end, text[g[0].start : g[-1].end], tuple(g)) for g in merged]


# --- cognates ---

# "ts" is how Cyrillic "ц" comes out, and it stands for a Latin "c" ("Центральной" /
# "Central"); a "q" outside "qu" is a "k" sound too ("Катар" / "Qatar").
_SKELETON = (
    ("ph", "f"),
    ("th", "t"),
    ("kh", "j"),
    ("ck", "k"),
    ("qu", "k"),
    ("ts", "c"),
    ("q", "c"),
    ("z", "s"),
    ("y", "i"),
    ("w", "v"),
    ("k", "c"),
)


# Cyrillic to Latin, so "Египет"/"Egypt" and "Катар"/"Qatar" can be compared at all.
_CYRILLIC = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ё": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "i",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
    }
)


# skeleton and cognate are pure and asked about the same words again and again (every
# pair's names against the other side's words, in several checks): a bounded memo keeps a
# long input's memory flat.
@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A spelling-neutral key: "Brazil"/"Brasil", "Sergey"/"Serguei" come close."""
    s = re.sub(r"[^a-z0-9]", "", fold(word).translate(_CYRILLIC))
    for old, new in _SKELETON:
        s = s.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", s)


@lru_cache(maxsize=1 << 17)
def cognate(a: str, b: str) -> bool:
    """Whether two words (any languages) are spellings of one stem.

    Shared stems ("Peru"/"Peruvian", "ministerio"/"ministry") or a small edit
    distance between skeletons ("Serguéi"/"Sergey", "OPEP"/"OPEC").
    """
    sa, sb = skeleton(a), skeleton(b)
    if not sa or not sb:
        return False
    if sa == sb:
        return True
    if different_places(a, b):  # "Níger"/"Nigeria", "Dominica"/"Dominican"
        return False
    short, long_ = sorted((len(sa), len(sb)))
    prefix = 0
    for ca, cb in zip(sa, sb, strict=False):
        if ca != cb:
            break
        prefix += 1
    # A shared stem: all but the last letter of the shorter word ("peru"/"peruvian"),
    # or a long one ("minist-"); "austria"/"australia" share too little of the longer.
    if prefix >= 4 and (prefix >= short - 1 or prefix >= 0.6 * long_):
        return True
    # Transliterations differ inside the word; short words are too easily confused.
    if short >= 5 and long_ - short <= 2:
        if edit_distance(sa, sb) <= (1 if short < 8 else 2):
            return True
        # Exonyms that move only vowels ("Baviera"/"Bavaria", "Losanna"/"Lausanne"):
        # the same first letter and the same three consonants or more, in order.
        ca, cb = _VOWELS.sub("", sa), _VOWELS.sub("", sb)
        return sa[0] == sb[0] and len(ca) >= 3 and ca == cb
    return False


_VOWELS = re.compile(r"[aeiouy]")


def in_compound(part: str, word: str) -> bool:
    """A name written inside a longer compound of the other language ("korea" in
    "nordkorea", "africa" in "südafrika"): five letters or more, at the compound's end."""
    a, b = skeleton(part), skeleton(word)
    return len(a) >= 5 and len(b) > len(a) + 2 and b.endswith(a)


def coverage(needles: Sequence[Tok], haystack: Sequence[Tok]) -> float:
    """Share of ``needles`` with a cognate in ``haystack`` (1.0 when nothing to find)."""
    if not needles:
        return 1.0
    keys = {t.fold for t in haystack}
    found = sum(1 for n in needles if n.fold in keys or any(cognate(n.fold, k) for k in keys))
    return found / len(needles)
