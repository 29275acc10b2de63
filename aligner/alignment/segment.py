"""Sentence segmentation: decoded user text → :class:`Sentence` tuples with exact offsets.

Decisions are made on an NFC view of the text, so NFD input segments exactly
like NFC input; offsets are mapped back to the user's own string. The rules are
regular expressions over whitespace-separated tokens (linear time, no
backtracking over long runs) plus per-token decisions that read the language's
abbreviation lists and stopwords from :mod:`aligner.lang` and, for the few
ambiguous cases (a capital after "p.m." or after a quoted question), what the
same document shows about the next word: seen in lower case, or capitalised
mid-sentence like a name.

"Blank" below means Unicode whitespace *or* an invisible character (control
characters, zero-width space, soft hyphen, bidi marks, BOM): such characters
never start or end a segment and are dropped from :attr:`Sentence.text`, so a
stray zero-width space cannot become a sentence of its own.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator

from aligner.lang import KNOWN, LanguageProfile, profile
from aligner.types import Sentence

# Invisible characters that are not Unicode whitespace (whitespace is `\s`).
_INVISIBLE_CLASS = (
    "\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u180e\u200b\u200e\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
)
BLANK_CLASS = r"\s" + _INVISIBLE_CLASS
_INVISIBLE = re.compile(f"[{_INVISIBLE_CLASS}]+")
_SPACES = re.compile(r"\s+")
# Line breaks as str.splitlines() sees them; CRLF counts once.
_LB_CLASS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE = re.compile(f"[^{_LB_CLASS}]+")
_BREAK = re.compile(f"\r\n|[{_LB_CLASS}]")
_CHUNK = re.compile(f"[^{BLANK_CLASS}]+")

# Full stops of scripts that do not put a space after them: a boundary even mid-token.
_CJK_STOPS = "。！？｡"
_CLOSERS = "\"'»«”“’‘›‹)]}」』】〉》）"
_OPENERS = "\"'«»“”‘’„‚‹›([{¿¡「『【〈《（"
_DASHES = "—–-‐‑‒―*•·"
# Question and exclamation marks, and the stops of scripts without abbreviation
# periods (Devanagari, Ethiopic): they end a sentence unless lowercase follows.
_STRONG = "?!‼⁇⁈⁉؟।॥።፧"
_TERMINALS = "." + "…" + _STRONG + "։۔"
_STRONG_SET = frozenset(_STRONG)
_TOKEN = re.compile(
    f"[^{BLANK_CLASS}{_CJK_STOPS}]*[{_CJK_STOPS}]+[{re.escape(_CLOSERS)}]*|[^{BLANK_CLASS}]+"
)

_WORD = re.compile(r"[^\W\d_]+")
_SPACED_WORDS = re.compile(r"([^\w]*)([^\W\d_]+)")
_ALNUM = re.compile(r"[^\W_]")
# Marks that open what follows them; a token starting with one is never trailing.
_LEADING = "«“‘„‚‹([{¿¡\"'" + _DASHES
# Dotted acronyms with 1-2 letter parts (U.S, EE.UU, a.m, S.A.S); not domains like x.org.
_DOTTED = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
_NAME = re.compile(r"[^\W\d_][\w'’-]*")
# The byline of an embedded post: "— Name (@handle) May 29, 2024".
_TWEET_BYLINE = re.compile(r"[—–]\s+[^\s()][^()\n]{0,80}\(@\w{1,30}\)")
_LIST_MARKER = re.compile(r"\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[^\W\d_]")
# Languages that write ordinal numbers with a period ("am 3. Oktober").
_ORDINAL_DOT_LANGS = frozenset({"de"})
# For languages without a profile: titles and references that are abbreviations in
# most Latin-script languages.
_FALLBACK_PREFIX = frozenset(
    "dr dra drs prof mr mrs ms mme mlle mgr sr sra nr art vol vs cf ca".split()
)
_FALLBACK_ABBR = frozenset("etc ecc usw inc ltd corp jr".split())
# "etc." ends a list, never a name, so any capital after it starts a sentence.
_LIST_END = frozenset("etc ecc usw etcétera".split())

_MAX_HEADING_WORDS = 20
_CAPTION_CUES = (
    r"photos?|fotos?|fotograf[íi]as?|photographs?|pictures?|pics?|images?|imagen(?:es)?|"
    r"imagem|immagine|bild|cr[ée]dits?|cr[ée]ditos?|ilustraci[óo]n|illustrations?"
)
_CAPTION_TAIL = re.compile(rf"\(\s*(?:{_CAPTION_CUES})\b[^()]{{0,80}}\)\s*\.?$", re.IGNORECASE)
_CAPTION_HEAD = re.compile(rf"(?:{_CAPTION_CUES})\s*:", re.IGNORECASE)


def is_blank(char: str) -> bool:
    """True for characters that never start or end a segment."""
    return char.isspace() or bool(_INVISIBLE.match(char))


def fold(text: str) -> str:
    """The :attr:`Sentence.text` form of a span: NFC, invisibles dropped, spaces folded."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", text).strip()


# --- the NFC view and its offset map ---


class _OffsetMap:
    """Maps positions in the NFC view back to the original string.

    ``shifts[k]`` (original minus NFC position) holds from NFC position
    ``points[k]`` on; positions are exact at every boundary between clusters
    (a base character with its combining marks), which is where segments start
    and end.
    """

    def __init__(self, points: list[int], shifts: list[int]) -> None:
        self.points = points
        self.shifts = shifts

    def __call__(self, position: int) -> int:
        k = bisect.bisect_right(self.points, position)
        return position + (self.shifts[k - 1] if k else 0)


def _clusters(word: str) -> list[str]:
    """Split into the units NFC works on: a base with its marks (or Hangul jamo)."""
    parts: list[str] = []
    for char in word:
        if parts and (unicodedata.combining(char) or _composes(parts[-1], char)):
            parts[-1] += char
        else:
            parts.append(char)
    return parts


def _composes(cluster: str, char: str) -> bool:
    # A few base characters (Hangul vowel and final jamo, some Indic vowel signs)
    # compose with the one before; nothing below U+0300 ever does.
    if char < "\u0300":
        return False
    return (
        unicodedata.normalize("NFC", cluster + char) != unicodedata.normalize("NFC", cluster) + char
    )


def nfc_view(text: str) -> tuple[str, _OffsetMap]:
    """The NFC form of ``text`` and a map from its positions to positions in ``text``."""
    if unicodedata.is_normalized("NFC", text):
        return text, _OffsetMap([], [])
    pieces: list[str] = []
    points: list[int] = []
    shifts: list[int] = []
    last = shift = 0
    # Blanks never compose with their neighbours, so each blank-free chunk
    # normalises on its own and untouched chunks keep their offsets.
    for match in _CHUNK.finditer(text):
        chunk = match.group()
        if unicodedata.is_normalized("NFC", chunk):
            continue
        pieces.append(text[last : match.start()])
        parts = _clusters(chunk)
        normal = [unicodedata.normalize("NFC", part) for part in parts]
        if "".join(normal) != unicodedata.normalize("NFC", chunk):
            # Should not happen; if it does, keep the chunk whole: only its ends
            # are then exact, which is where blank-separated segments start and end.
            parts, normal = [chunk], [unicodedata.normalize("NFC", chunk)]
        position = match.start()
        for part, norm in zip(parts, normal, strict=True):
            pieces.append(norm)
            position += len(part)
            if len(part) != len(norm):
                shift += len(part) - len(norm)
                points.append(position - shift)
                shifts.append(shift)
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces), _OffsetMap(points, shifts)


# --- lines and paragraphs ---


def _lines(text: str) -> Iterator[tuple[int, int, bool]]:
    """Yield (start, end, after_blank_line) for each line with visible content."""
    previous_end = 0
    blank_before = False
    for match in _LINE.finditer(text):
        tokens = _CHUNK.search(text, match.start(), match.end())
        gap = text[previous_end : match.start()]
        if previous_end and len(_BREAK.findall(gap)) > 1:
            blank_before = True
        previous_end = match.end()
        if tokens is None:
            blank_before = True  # a line of spaces or invisibles is a blank line
            continue
        yield match.start(), match.end(), blank_before
        blank_before = False


# --- sentence boundaries inside one line ---


class _Rules:
    """What the boundary decisions know: the language's word lists and the document."""

    def __init__(self, prof: LanguageProfile, document: str) -> None:
        fallback = prof.code not in KNOWN
        self.prefix = prof.prefix_abbreviations | (_FALLBACK_PREFIX if fallback else frozenset())
        self.abbr = prof.abbreviations | (_FALLBACK_ABBR if fallback else frozenset())
        self.starters = prof.stopwords
        self.ordinal_dot = prof.code in _ORDINAL_DOT_LANGS
        self._document = document
        self._lowercase: set[str] | None = None
        self._names: set[str] | None = None

    def seen_lowercase(self, word: str) -> bool:
        """Does ``word`` occur in lower case somewhere in the document (so it is no name)?"""
        if self._lowercase is None:  # built on first use: most documents never need it
            self._lowercase = {
                m.group() for m in _WORD.finditer(self._document) if m.group()[0].islower()
            }
        return word.lower() in self._lowercase

    def is_name(self, word: str) -> bool:
        """Is ``word`` capitalised right after a lowercase word somewhere ("on Wednesday")?"""
        if self._names is None:
            self._names = set()
            previous = ""
            for match in _SPACED_WORDS.finditer(self._document):
                word_here, gap = match.group(2), match.group(1)
                if previous[:1].islower() and word_here[0].isupper() and not gap.strip():
                    self._names.add(word_here)
                previous = word_here
        return word in self._names


def _first_letter(token: str) -> str:
    """The first character after opening quotes, brackets, ¿¡ and dashes ('' if none)."""
    core = token.lstrip(_OPENERS + _DASHES)
    return core[:1]


def _next_word(token: str) -> str | None:
    """The capitalised word ``token`` opens, "¿" for a ¿/¡ opening, else None.

    An initial ("R." in "J. R. R. Tolkien") counts as no word: it never starts a sentence.
    """
    core = token.lstrip(_OPENERS + _DASHES)
    if "¿" in token[: len(token) - len(core)] or "¡" in token[: len(token) - len(core)]:
        return "¿"
    word = _WORD.match(core)
    if word is None or not word.group()[0].isupper():
        return None
    if len(word.group()) == 1 and core[word.end() : word.end() + 1] == ".":
        return None
    return word.group()


def _starts_sentence(token: str, rules: _Rules) -> bool:
    """Does ``token`` clearly open a sentence (a capitalised function word, ¿, ¡)?

    Used after abbreviations such as "etc." or "U.S.", which end a sentence only
    when what follows cannot be the rest of a name ("U.S. President" vs "U.S. The").
    """
    word = _next_word(token)
    return word is not None and (word == "¿" or word.lower() in rules.starters)


def _phrase_final_ends(token: str, rules: _Rules) -> bool:
    """After "p.m.", "aprox.": a capital starts a sentence unless it begins a name.

    Abbreviations written in lower case close a phrase (a time, a quantity)
    rather than introduce a name, so only names and acronyms ("5 p.m.
    Wednesday", "9 a.m. ET") continue the sentence.
    """
    word = _next_word(token)
    if word is None or token[:1] == "(":
        return False  # also "9 mar. (Agencia Sur)", "5 p.m. (local time)"
    if word == "¿":
        return True
    if len(word) > 1 and word.isupper():
        return False  # an acronym or a time zone
    return word.lower() in rules.starters or not rules.is_name(word)


def _attribution_follows(following: list[str], rules: _Rules) -> bool:
    """After a quoted question or trailing-off quote: a name, then a lowercase verb?

    English puts the speaker first ("“Who knows?” Maduro asked."); a capitalised
    word that is no function word and never appears in lower case in the
    document is taken as a name.
    """
    for names, token in enumerate(following[:4]):
        if token[:1].islower():
            return names > 0
        if not _NAME.fullmatch(token) or token.lower() in rules.starters:
            return False
        if not token[0].isupper() or rules.seen_lowercase(token):
            return False
    return False


def _is_initial(word: str) -> bool:
    return len(word) == 1 and (word.isupper() or "a" <= word <= "z")


def _period_ends(word: str, nxt: str, first_in_segment: bool, rules: _Rules) -> bool:
    key = word.lower()
    if first_in_segment and _LIST_MARKER.fullmatch(word):
        return False  # "1. Item", "IV. Section"
    if key in rules.prefix:
        return False
    if key in _LIST_END:
        return True
    if key in rules.abbr or _is_initial(word) or _DOTTED.fullmatch(word):
        if word.islower() and len(word) > 1:
            return _phrase_final_ends(nxt, rules)
        return _starts_sentence(nxt, rules)
    if rules.ordinal_dot and word.isdigit() and len(word) <= 2:
        return _starts_sentence(nxt, rules)
    return True


def _ends_sentence(token: str, following: list[str], first_in_segment: bool, rules: _Rules) -> bool:
    """Is there a sentence boundary between ``token`` and the tokens ``following`` it?"""
    core = token.rstrip(_CLOSERS)
    if not core:
        return False
    if core[-1] in _CJK_STOPS:
        return True
    stem = core.rstrip(_TERMINALS)
    punct = core[len(stem) :]
    if not punct:
        return False
    word = stem.lstrip(_OPENERS).rstrip(_CLOSERS + _DASHES)
    nxt = following[0]
    if _ALNUM.search(nxt) is None and len(following) > 1:
        nxt += following[1]  # a spaced opening mark: "« Bonjour", "— MV"
    head = _first_letter(nxt)
    if head.islower():
        return False  # "“¿Quién lo sabe?” preguntó", "—¿Vienes? —preguntó"
    if nxt[:1] == "#":
        return False  # hashtags trail the text of a post
    ellipsis = "…" in punct or ".." in punct
    strong = not _STRONG_SET.isdisjoint(punct)
    if (ellipsis or strong) and core != token and _attribution_follows(following, rules):
        return False  # the quote's speaker follows
    if strong:
        return True
    if ellipsis:
        if not word and stem[-1:] in "([":
            return False  # an elision mark "(…)" inside a quotation
        return head.isalpha()  # an uppercase (or uncased) letter; never before digits
    return _period_ends(word, nxt, first_in_segment, rules)


def _is_trailing(token: str) -> bool:
    """A token with no letter or digit that is no opening mark: a spaced closing
    guillemet ("enjoliver. »"), an emoji after a sentence; it stays with what precedes."""
    return token[0] not in _LEADING and _ALNUM.search(token) is None


def _split_line(text: str, start: int, end: int, rules: _Rules) -> list[tuple[int, int]]:
    """Sentence spans (in ``text`` coordinates) of the line text[start:end]."""
    tokens = [m.span() for m in _TOKEN.finditer(text, start, end)]
    spans = []
    first = i = 0
    while i < len(tokens) - 1:
        t_start, t_end = tokens[i]
        if i > first and t_end - t_start == 1 and _TWEET_BYLINE.match(text, t_start, end):
            # "… #hashtag» — Name (@handle) May 29, 2024": an embedded post's byline
            spans.append((tokens[first][0], tokens[i - 1][1]))
            first = i
        token = text[t_start:t_end]
        if token[-1] not in _CLOSERS and token[-1] not in _TERMINALS + _CJK_STOPS:
            i += 1
            continue
        last = i
        while last + 1 < len(tokens) and _is_trailing(text[slice(*tokens[last + 1])]):
            last += 1
        following = [text[a:b] for a, b in tokens[last + 1 : last + 6]]
        if following and _ends_sentence(token, following, i == first, rules):
            spans.append((tokens[first][0], tokens[last][1]))
            first = last + 1
        i = last + 1
    if tokens:
        spans.append((tokens[first][0], tokens[-1][1]))
    return spans


# --- kinds ---


def _kind(unit: str, n_segments: int) -> str:
    """'caption' for photo credits, 'heading' for short unpunctuated lines."""
    if _CAPTION_TAIL.search(unit) or (
        _CAPTION_HEAD.match(unit) and len(unit.split()) <= _MAX_HEADING_WORDS
    ):
        return "caption"
    core = unit.rstrip(_CLOSERS)
    if (
        n_segments == 1
        and core
        and core[-1] not in _TERMINALS + _CJK_STOPS + ":;,"
        and len(unit.split()) <= _MAX_HEADING_WORDS
        and any(char.isalpha() for char in unit)
    ):
        return "heading"
    return "sentence"


# --- the entry point ---


def segment(text: str, lang: str, presegmented: bool = False) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences (or, if ``presegmented``, one segment per line).

    Every line with visible content starts a new paragraph, except in
    presegmented mode where only blank lines do. Offsets index into ``text``
    exactly as given.
    """
    if not text:
        return ()
    view, to_original = nfc_view(text)
    rules = _Rules(profile(lang or ""), view)
    sentences: list[Sentence] = []
    paragraph = -1
    for line_start, line_end, after_blank in _lines(view):
        if presegmented:
            first = _CHUNK.search(view, line_start, line_end)
            assert first is not None  # _lines yields only lines with content
            last = _last_chunk_end(view, line_start, line_end)
            spans = [(first.start(), last)]
            if after_blank or paragraph < 0:
                paragraph += 1
        else:
            spans = _split_line(view, line_start, line_end, rules)
            paragraph += 1
        unit = view[spans[0][0] : spans[-1][1]]
        kind = _kind(unit, len(spans))
        for span_start, span_end in spans:
            start, end = to_original(span_start), to_original(span_end)
            sentences.append(
                Sentence(len(sentences), fold(text[start:end]), start, end, paragraph, kind)
            )
    return tuple(sentences)


def _last_chunk_end(text: str, start: int, end: int) -> int:
    """End of the last non-blank character in text[start:end] (which has one)."""
    position = end
    while position > start and is_blank(text[position - 1]):
        position -= 1
    return position
