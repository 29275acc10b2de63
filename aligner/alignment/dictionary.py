"""A bilingual dictionary (FreeDict, dictd format) as evidence of which words a bead translates.

e5-small's meaning cost prefers the gold bead only narrowly in the regions the second pass
gets wrong, and a lexicon learnt from the document itself is too sparse and too noisy to
decide them (docs/benchmarks.md, branches tb13h and lex13i). A dictionary brings evidence
from outside the document: each content word of a sentence that the dictionary knows gets
its translations. The second pass uses them where e5 cannot see it (:func:`split_evidence`):
a many-to-many bead that is two beads side by side, each part translating its counterpart
and nothing translated across the cut. (Costs per untranslated word, per untranslated
sentence, or on a null sentence whose words are translated nearby all lost on Text+Berg:
docs/benchmarks.md, branch tb17d.)

Debian ships FreeDict's dictionaries as ``dict-freedict-<src>-<tgt>`` (files
``/usr/share/dictd/freedict-<src>-<tgt>.dict.dz`` and ``.index``, ISO 639-3 codes). Both
directions are read when installed (deu-fra and fra-deu), so a pair is covered by the
union of the two. Words are matched by accent-folded prefixes after their endings (a crude
lemma: "Gletschern" and "Gletscher", "montagnes" and "montagne"); a word the dictionary
lacks is tried as a compound ("Gipfelbesteigung": "gipfel" + "besteigung"); French
elisions ("l'arête") split at the apostrophe like any other non-letter. Every word also
translates to itself, so names and shared words count as covered; a capitalised word the
dictionary lacks (a name) and a number count as words that only themselves translate.
"""

from __future__ import annotations

import gzip
import os
import pickle
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TypeVar

import numpy as np

from aligner.alignment.lexicon import LexiconSides
from aligner.lang import profile
from aligner.textutil import fold_accents

DICTD_DIR = "/usr/share/dictd"
PREFIX = 6  # letters compared after the endings: a crude lemma for inflected forms
# Inflectional endings of the languages seen here, longest first; up to two are stripped
# while MIN_STEM letters remain ("gletschern" and "gletscher": "gletsc").
ENDINGS = ("ern", "en", "er", "es", "em", "e", "n", "s", "x")
MIN_LETTERS = 4  # a sentence's shorter words are mostly function words
MIN_STEM = 3  # letters left after an ending is stripped ("tage": "tag"; dictionary: "Tag")
MAX_TRANSLATIONS = 12  # prefixes kept per word (senses come most common first)
GLOSS_WORDS = 3  # whole-word translations kept per word for a gloss
MIN_PART = 4  # letters of each part of a compound
# 2,048-bit sets: a sentence holds ~50 translation prefixes, a span of three ~150; with
# 1,024 bits the collisions cost Text+Berg a region (docs/benchmarks.md, tb17d).
DICTIONARY_WORDS = 32
# A dictionary that knows fewer of a document's content words than this (on either side)
# is not used for it: its silence would read as "not translated" everywhere. The weights
# were fitted where FreeDict knows 58-94 % of a side's words (:func:`coverage`: es-en
# heldout 58-81 %, Text+Berg 90-94 %); Portuguese-English (por-eng alone, 27-35 %) cost
# corpora/other's pt documents two beads (docs/benchmarks.md, "The dictionary below its
# fitted range").
MIN_COVERAGE = 0.5
ISO3 = {"de": "deu", "fr": "fra", "es": "spa", "en": "eng", "pt": "por", "it": "ita"}
# Languages whose dictionaries only the drift checks read (``wider=True``): the aligner's
# second pass was fitted on the ISO3 ones and does not use these.
DRIFT_ISO3 = {"ru": "rus", "pl": "pol", "cs": "ces"}
_WORD = re.compile(r"[^\W\d_]+")
_TOKEN = re.compile(r"[^\W\d_]+|\d{2,}")  # words, and numbers of two digits or more
_SENSE = re.compile(r"^\d+\.\s+")
_TRAILING_SENSE = re.compile(r"\s+\d+\.\s*$")
T = TypeVar("T")
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


@dataclass(frozen=True)
class Dictionary:
    """Word prefix → translation prefixes, for one direction of a language pair."""

    source: str  # language codes as the aligner names them
    target: str
    table: dict[str, frozenset[str]]
    files: tuple[str, ...]  # "freedict-deu-fra@2022.11.18", what the signature shows
    # Word prefix → its first GLOSS_WORDS translations as whole (accent-folded) words,
    # for a word-by-word gloss (aligner.alignment.gloss).
    gloss: dict[str, tuple[str, ...]] = field(default_factory=dict)


def dictionary_dir() -> str:
    return os.environ.get("ALIGNER_DICTD_DIR", DICTD_DIR)


def _b64(text: str) -> int:
    value = 0
    for char in text:
        value = value * 64 + _B64.index(char)
    return value


@cache
def stem(word: str) -> str:
    """The word without up to two inflectional endings, cut to PREFIX letters
    ("glaciers" and "glacier": "glaci"). Cached: words repeat, in a dictionary most."""
    for _ in range(2):
        ending = next(
            (e for e in ENDINGS if word.endswith(e) and len(word) - len(e) >= MIN_STEM), None
        )
        if ending is None:
            break
        word = word[: len(word) - len(ending)]
    return word[:PREFIX]


def read_entries(base: str) -> tuple[list[tuple[str, list[str]]], str]:
    """(headword, translation phrases) of a dictd dictionary ``base``.index/.dict.dz,
    and its edition. A FreeDict entry is its headword line, then per sense a line of
    translations ("1. montagne, mont") followed by glosses in the source language, which
    are skipped."""
    with gzip.open(base + ".dict.dz", "rb") as handle:
        data = handle.read()
    entries, edition = [], "unknown"
    with open(base + ".index", encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                continue
            text = data[_b64(parts[1]) : _b64(parts[1]) + _b64(parts[2])].decode("utf-8", "replace")
            if parts[0].startswith("00database"):
                found = re.search(r"ver\. (\S+)", text) or re.search(r"Edition: (\S+)", text)
                edition = found.group(1) if found and parts[0] == "00databaseshort" else edition
                continue
            lines = text.split("\n")
            phrases: list[str] = []
            for k, body in enumerate(lines[1:]):
                if k == 0 and not _SENSE.match(body) and not body.startswith(" "):
                    phrases.append(body)
                elif _SENSE.match(body):
                    phrases.append(_SENSE.sub("", body))
            translations = [
                p.strip()
                for phrase in phrases
                for p in re.split(r"[,;]", _TRAILING_SENSE.sub("", phrase))
            ]
            entries.append((parts[0], [t for t in translations if t]))
    return entries, edition


def _content(text: str, stopwords: frozenset[str], shortest: int = MIN_LETTERS) -> list[str]:
    words = _WORD.findall(fold_accents(text.lower()))
    return [w for w in words if len(w) >= shortest and w not in stopwords]


def load_pair(
    source: str, target: str, wider: bool = False
) -> tuple[Dictionary, Dictionary] | None:
    """:func:`read_pair` from the dictionary folder (ALIGNER_DICTD_DIR or /usr/share/dictd);
    both orders of a pair share one reading. ``wider``: DRIFT_ISO3's languages too."""
    if (source, target) > (target, source):
        pair = read_pair(target, source, dictionary_dir(), wider)
        return None if pair is None else (pair[1], pair[0])
    return read_pair(source, target, dictionary_dir(), wider)


@cache
def read_pair(
    source: str, target: str, folder: str, wider: bool = False
) -> tuple[Dictionary, Dictionary] | None:
    """Source→target and target→source tables from whichever FreeDict directions are
    installed (None when neither is). A translation phrase counts only when it is one
    content word: a phrase ("bruant des neiges" for "Schneeammer") does not translate
    each of its words, and compounds are split at lookup instead."""
    codes = ISO3 | DRIFT_ISO3 if wider else ISO3
    src3, tgt3 = codes.get(source), codes.get(target)
    if src3 is None or tgt3 is None:
        return None
    bases = [os.path.join(folder, f"freedict-{a}-{b}") for a, b in ((src3, tgt3), (tgt3, src3))]
    present = [os.path.exists(base + ".index") for base in bases]
    if not any(present):
        return None
    found = [base for base, ok in zip(bases, present, strict=True) if ok]
    stamp = [(base, os.path.getmtime(base + ".index")) for base in found]
    cached = _read_cache(stamp)
    if cached is not None:
        return cached
    stop = {source: folded(profile(source).stopwords), target: folded(profile(target).stopwords)}
    tables: dict[str, dict[str, set[str]]] = {source: {}, target: {}}
    glosses: dict[str, dict[str, list[str]]] = {source: {}, target: {}}
    files = []
    for base, ok, (head_lang, other_lang) in zip(
        bases, present, ((source, target), (target, source)), strict=True
    ):
        if not ok:
            continue
        entries, edition = read_entries(base)
        files.append(f"{os.path.basename(base)}@{edition}")
        for head, translations in entries:
            heads = _content(head, stop[head_lang], MIN_STEM)
            if len(heads) != 1 or len(head.split()) != 1:
                continue  # phrases as headwords: their words are not each other's translation
            for phrase in translations:
                words = _content(phrase, stop[other_lang], MIN_STEM)
                if len(words) != 1 or len(phrase.split()) > 2:
                    continue
                _add(tables[head_lang], heads[0], words[0])
                _add(tables[other_lang], words[0], heads[0])
                _add_gloss(glosses[head_lang], heads[0], words[0])
                _add_gloss(glosses[other_lang], words[0], heads[0])
    pair = tuple(
        Dictionary(
            a,
            b,
            {k: frozenset(v) for k, v in tables[a].items()},
            tuple(files),
            {k: tuple(v) for k, v in glosses[a].items()},
        )
        for a, b in ((source, target), (target, source))
    )
    _write_cache(stamp, pair)
    return pair  # type: ignore[return-value]


def _add(table: dict[str, set[str]], word: str, translation: str) -> None:
    bucket = table.setdefault(stem(word), set())
    if len(bucket) < MAX_TRANSLATIONS:
        bucket.add(stem(translation))


def _add_gloss(table: dict[str, list[str]], word: str, translation: str) -> None:
    bucket = table.setdefault(stem(word), [])
    if len(bucket) < GLOSS_WORDS and translation not in bucket:
        bucket.append(translation)


def _cache_path(stamp: list) -> str:
    from aligner.alignment.embed import default_cache_path

    key = zlib.crc32(
        repr((stamp, PREFIX, ENDINGS, MIN_STEM, MAX_TRANSLATIONS, GLOSS_WORDS, 3)).encode()
    )
    return os.path.join(os.path.dirname(default_cache_path()), f"dictionary-{key:08x}.pickle")


def _read_cache(stamp: list) -> tuple[Dictionary, Dictionary] | None:
    """The tables built before from the same files (reading a dictionary takes seconds)."""
    try:
        with open(_cache_path(stamp), "rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        return None


def _write_cache(stamp: list, pair: tuple) -> None:
    write_pickle(_cache_path(stamp), pair)


def write_pickle(path: str, value: object) -> None:
    """Pickle ``value`` to ``path`` atomically (a temp file, then rename); a cache that
    cannot be written is no error: the next run reads the dictionary again."""
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass


def load(source: str, target: str) -> Dictionary | None:
    pair = load_pair(source, target)
    return None if pair is None else pair[0]


@lru_cache(maxsize=16)  # a language's stopwords, folded for every sentence and region
def folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold_accents(w.lower()) for w in words)


def word_translations(word: str, table: dict[str, frozenset[str]]) -> frozenset[str] | None:
    """A word's translation prefixes, directly or as a compound of two known parts
    (the longest known head wins; a linking "s" may join them); None: unknown."""
    found = lookup(word, table)
    if found is None:
        return None
    head, modifier = found
    return head if modifier is None else head | modifier


def lookup(word: str, table: dict[str, T]) -> tuple[T, T | None] | None:
    """A word's entry in ``table`` (stem → translations), or a compound's head and
    modifier entries (head, modifier); None: unknown."""
    found = table.get(stem(word))
    if found is not None:
        return found, None
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head = table.get(stem(word[cut:]))
        if head is None:
            continue
        left = word[:cut]
        modifier = table.get(stem(left))
        if modifier is None and left.endswith("s") and len(left) > MIN_PART:
            modifier = table.get(stem(left[:-1]))
        if modifier is not None:
            return head, modifier
    return None


def sentence_words(
    texts: Sequence[str], language: str, table: dict[str, frozenset[str]]
) -> tuple[list[list[str]], list[list[str]]]:
    """Per sentence: its known words (prefixes) and every translation prefix of them.
    Every content word also translates to itself (shared words, names the dictionary
    lacks); a capitalised word the dictionary lacks counts as known, a name that only
    itself translates, and so does a number of two digits or more."""
    stopwords = folded(profile(language).stopwords)
    known, translations = [], []
    for text in texts:
        words, trans = [], []
        for token in _TOKEN.findall(text):
            if token[0].isdigit():
                words.append(token)
                trans.append(token)
                continue
            word = fold_accents(token)
            if len(word) < MIN_LETTERS or word in stopwords:
                continue
            found = word_translations(word, table)
            trans.append(stem(word))
            if found is not None:
                trans.extend(found)
            if found is not None or token[0].isupper():
                words.append(stem(word))
        known.append(words)
        translations.append(trans)
    return known, translations


def coverage(texts: Sequence[str], language: str, other: str) -> float:
    """Share of the texts' content words (as :func:`sentence_words` reads them, numbers
    and unknown capitalised words left out) that the language → other dictionary knows
    (1.0: none)."""
    counts: dict[str, int] = {}
    for token in _WORD.findall("\n".join(texts)):
        counts[token] = counts.get(token, 0) + 1
    words = known = 0
    folder = dictionary_dir()
    for token, count in counts.items():  # each distinct token looked up once
        content, found = _judged(token, language, other, folder)
        words += count * content
        known += count * found
    return known / words if words else 1.0


@lru_cache(maxsize=1 << 16)  # each region's coverage reads the same words again
def _judged(token: str, language: str, other: str, folder: str) -> tuple[bool, bool]:
    """Whether :func:`coverage` counts the token as a content word, and as a known one."""
    word = fold_accents(token)
    if len(word) < MIN_LETTERS or word in folded(profile(language).stopwords):
        return False, False
    pair = load_pair(language, other)
    found = pair is not None and word_translations(word, pair[0].table) is not None
    return found or not token[0].isupper(), found


def weak_coverage(
    src_texts: Sequence[str], tgt_texts: Sequence[str], source: str, target: str
) -> float | None:
    """The lower of the two sides' :func:`coverage` when it is under MIN_COVERAGE (None:
    the dictionary is used, or there is none)."""
    if load_pair(source, target) is None:
        return None
    lowest = min(
        _side_coverage(tuple(src_texts), source, target),
        _side_coverage(tuple(tgt_texts), target, source),
    )
    return lowest if lowest < MIN_COVERAGE else None


@lru_cache(maxsize=4)
def _side_coverage(texts: tuple[str, ...], language: str, other: str) -> float:
    # Cached: the second pass and the engine's warning ask about the same document.
    pair = load_pair(language, other)
    return 1.0 if pair is None else coverage(texts, language, other)


def dictionary_sides(
    src_texts: Sequence[str], tgt_texts: Sequence[str], source: str, target: str
) -> tuple[LexiconSides, LexiconSides] | None:
    """Each sentence's known words and their translations as bitsets, in the form of
    aligner.alignment.lexicon (None: no dictionary for the pair is installed, or it knows
    too few of these texts' words: :func:`weak_coverage`)."""
    pair = load_pair(source, target)
    if pair is None or weak_coverage(src_texts, tgt_texts, source, target) is not None:
        return None
    folder = dictionary_dir()
    return _side_words(src_texts, source, target, folder), _side_words(
        tgt_texts, target, source, folder
    )


def _side_words(texts: Sequence[str], language: str, other: str, folder: str) -> LexiconSides:
    """:func:`sentence_words` by the language → other dictionary, as bitsets."""
    rows = [_text_words(text, language, other, folder) for text in texts]
    if not rows:
        return LexiconSides(*(np.zeros((0, DICTIONARY_WORDS), dtype=np.uint64),) * 2)
    return LexiconSides(np.stack([k for k, _ in rows]), np.stack([t for _, t in rows]))


# Selective embedding's regions overlap, and each one's second pass reads its sentences
# again: a sentence's words are remembered (with the dictionaries' folder), as bitsets.
@lru_cache(maxsize=1 << 14)
def _text_words(text: str, language: str, other: str, folder: str) -> tuple[np.ndarray, ...]:
    from aligner.alignment.score import bitsets

    pair = load_pair(language, other)
    assert pair is not None
    known, trans = sentence_words([text], language, pair[0].table)
    return bitsets(known, DICTIONARY_WORDS)[0], bitsets(trans, DICTIONARY_WORDS)[0]


def route(source: str, target: str) -> str:
    """What the signature says about the dictionary for a pair: the folder and each
    FreeDict file read, with its edition; "none" when none is installed."""
    forward = load(source, target)
    if forward is None:
        return "none"
    return f"{dictionary_dir()}:" + "+".join(forward.files) + f":min_coverage={MIN_COVERAGE:g}"


def missing_dictionary(
    source: str, target: str, src_texts: Sequence[str] = (), tgt_texts: Sequence[str] = ()
) -> str | None:
    """A warning when the second pass would use a dictionary the pair does not have, or
    one that knows too few of the texts' words to be used."""
    if load(source, target) is not None:
        weak = weak_coverage(src_texts, tgt_texts, source, target) if src_texts else None
        if weak is None:
            return None
        return (
            f"the {source}-{target} dictionary knows {weak:.0%} of these texts' content words "
            f"(under {MIN_COVERAGE:.0%}): the second pass ran without dictionary evidence"
        )
    src3, tgt3 = ISO3.get(source, source), ISO3.get(target, target)
    return (
        f"no bilingual dictionary for {source}-{target} in {dictionary_dir()}: the second pass "
        f"ran without dictionary evidence (where FreeDict has the pair, Debian: apt-get install "
        f"dict-freedict-{src3}-{tgt3})"
    )


MIN_KNOWN = 2  # two parts with fewer known words between them say nothing about a cut


def _coverage(pw: np.ndarray, pt: np.ndarray, qw: np.ndarray, qt: np.ndarray) -> np.ndarray:
    """Share of the known words of parts P (rows) and Q (columns) that the other part
    translates (NaN with fewer than MIN_KNOWN between them)."""
    # One sum over a set's 32 words (score.popcount adds word columns one by one, which
    # suits its 4-word sets).
    hit = np.bitwise_count(pw[:, None, :] & qt[None, :, :]).sum(axis=-1, dtype=np.int64)
    hit += np.bitwise_count(pt[:, None, :] & qw[None, :, :]).sum(axis=-1, dtype=np.int64)
    known = (
        np.bitwise_count(pw).sum(axis=-1, dtype=np.int64)[:, None]
        + np.bitwise_count(qw).sum(axis=-1, dtype=np.int64)[None, :]
    )
    return np.where(known >= MIN_KNOWN, hit / np.maximum(known, 1), np.nan)


def split_evidence(x: dict, y: dict, crossed: float) -> np.ndarray:
    """For many-to-many beads (rows: source spans, columns: target spans): at the best
    cut of both sides, the lower coverage of the two diagonal parts minus ``crossed``
    times the higher of the two crossed parts. High when the bead is two beads side by
    side; low when a clause of one part is translated across the cut (a bead that only
    splits into crossed pairs, or into parts the dictionary cannot judge, scores 0).
    Spans' fields as aligner.alignment.lexicon.lexicon_span puts them with "dict_"."""
    xw, xt = x["dict_each"], x["dict_each_trans"]
    yw, yt = y["dict_each"], y["dict_each_trans"]
    a, b = xw.shape[1], yw.shape[1]
    best = np.zeros((len(xw), len(yw)))

    def part(bits: np.ndarray, lo: int, hi: int) -> np.ndarray:
        return np.bitwise_or.reduce(bits[:, lo:hi], axis=1)

    for i in range(1, a):
        x1, x2 = (part(xw, 0, i), part(xt, 0, i)), (part(xw, i, a), part(xt, i, a))
        for j in range(1, b):
            # A target span's sentences run from its last back (score._tgt_spans): its
            # first j sentences in reading order are the last j columns.
            y1 = (part(yw, b - j, b), part(yt, b - j, b))
            y2 = (part(yw, 0, b - j), part(yt, 0, b - j))
            diagonal = np.minimum(_coverage(*x1, *y1), _coverage(*x2, *y2))
            across = np.maximum(_coverage(*x1, *y2), _coverage(*x2, *y1))
            best = np.fmax(best, np.nan_to_num(diagonal - crossed * across, nan=0.0))
    return best
