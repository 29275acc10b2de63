"""Whole-word bilingual tables from FreeDict, for the checks of source languages that
have no MT route (:mod:`aligner.drift.unrouted_names`).

:mod:`aligner.alignment.dictionary` keys its tables by six-letter prefixes, which is
what the aligner's second pass needs (many words, crude lemmas) but loses the words a
name check asks about: "griech-" holds "greek" and not "Greece", "kinder-" fills its
twelve places with "babysitter", "crib" … A country, a demonym or an institution's word
is looked up here whole (a few inflectional endings stripped), in both directions of the
pair; the table is cached like the prefix tables (reading deu-eng takes a minute).
"""

from __future__ import annotations

import gzip
import os
import pickle
import re
import zlib
from collections.abc import Sequence
from functools import cache

from aligner.alignment.dictionary import (
    DRIFT_ISO3,
    ISO3,
    dictionary_dir,
    read_entries,
    write_pickle,
)
from aligner.textutil import fold_accents

MAX_WORDS = 24  # translations kept per word (the shortest)
PHRASE_WORDS = 3  # a translation phrase this long gives each of its words ("South Korea")
MIN_LETTERS = 3
# Inflectional endings tried when a word is not a headword as written (German, Slavic,
# Romance adjectives and cases), longest first.
ENDINGS = tuple(
    sorted(
        "en er es em e n s ern ischen ischer isches ischem ische "
        "ego ogo emu omu ymi imi ami ach ich ych om ie ia iu ą ę y i a u o".split(),
        key=len,
        reverse=True,
    )
)
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"^[\u0400-\u04ff]")
STEM_MARK = "~"  # keys of Cyrillic headwords by their first letters
# Mueller's English-Russian dictionary (Debian's mueller7-dict): FreeDict's eng-rus has
# about a thousand entries, Mueller's 46,000.
MUELLER = "mueller7"
Table = dict[str, frozenset[str]]


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(fold_accents(text.lower())) if len(w) >= MIN_LETTERS]


def forms(word: str) -> list[str]:
    """The word, then the word without one ending (three letters or more kept)."""
    out = [word]
    out += [word[: -len(e)] for e in ENDINGS if word.endswith(e) and len(word) - len(e) >= 4]
    return out


def look_up(word: str, table: Table) -> frozenset[str]:
    """Translations of a folded word or of its form without an ending; empty: unknown.
    A Cyrillic word's are those of every headword it may be a declension of (its first
    letters: "луну", "лиги" against "луна", "лига"), as written or not."""
    if _CYRILLIC.match(word):
        out = set(table.get(word, ()))
        for n in range(len(word), max(3, len(word) - 3) - 1, -1):
            out |= table.get(STEM_MARK + word[:n], frozenset())
        return frozenset(out)
    for form in forms(word):
        found = table.get(form)
        if found:
            return found
    return frozenset()


def _stem_key(word: str) -> str:
    return STEM_MARK + word[: max(3, len(word) - 2)]


def tables(source: str, target: str) -> tuple[Table, Table] | None:
    """Source→target and target→source whole-word tables from whichever FreeDict
    directions are installed (ALIGNER_DICTD_DIR or /usr/share/dictd); None when neither
    is."""
    return _tables(source[:2], target[:2], dictionary_dir())


def unrouted(analyses: Sequence, source: str, target: str) -> tuple[list[int], tuple] | None:
    """The pairs with no MT reading (their indices) and the pair's tables, for the checks
    that read a dictionary where no MT route exists; None when there is no such pair or
    no dictionary."""
    todo = [k for k, a in enumerate(analyses) if a.evidence.mt is None]
    found = tables(source, target) if todo else None
    return None if found is None else (todo, found)


@cache
def _tables(source: str, target: str, folder: str) -> tuple[Table, Table] | None:
    codes = ISO3 | DRIFT_ISO3
    src3, tgt3 = codes.get(source), codes.get(target)
    if src3 is None or tgt3 is None:
        return None
    bases = [os.path.join(folder, f"freedict-{a}-{b}") for a, b in ((src3, tgt3), (tgt3, src3))]
    found = [b for b in bases if os.path.exists(b + ".index")]
    mueller = os.path.join(folder, MUELLER)
    extra = (source, target) == ("ru", "en") and os.path.exists(mueller + ".index")
    if not found and not extra:
        return None
    found += [mueller] if extra else []
    stamp = [(b, os.path.getmtime(b + ".index")) for b in found]
    path = _cache_path(stamp)
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    fwd: dict[str, set[str]] = {}
    back: dict[str, set[str]] = {}
    for base in found:
        forward = base == bases[0]
        entries = mueller_entries(base) if base == mueller else read_entries(base)[0]
        for head, translations in entries:
            heads = _words(head)
            if len(heads) != 1 or len(head.split()) != 1:
                continue
            for phrase in translations:
                if len(phrase.split()) > PHRASE_WORDS:
                    continue
                for w in _words(phrase):
                    a, b = (heads[0], w) if forward else (w, heads[0])
                    _add(fwd, a, b)
                    _add(back, b, a)
    for table in (fwd, back):
        for word in [w for w in table if _CYRILLIC.match(w)]:
            for t in table[word]:
                _add(table, _stem_key(word), t)
    out = ({k: _kept(v) for k, v in fwd.items()}, {k: _kept(v) for k, v in back.items()})
    _write(path, out)
    return out


_SENSE_MARK = re.compile(r"^(?:\d+\.|\d+\)|[а-я]\)|_[IVX]+)\s*")
_LABEL = re.compile(r"_[^\s.]+\.?")
_LATIN = re.compile(r"[A-Za-z]")


def mueller_entries(base: str) -> list[tuple[str, list[str]]]:
    """(English headword, Russian translations) of Mueller's dictionary: per sense line,
    the translations before its first ";" (examples follow it), transcriptions and
    labels ("_n.", "_ам.") left out, a segment with Latin letters (an example) skipped."""
    with gzip.open(base + ".dict.dz", "rb") as handle:
        data = handle.read()
    out = []
    with open(base + ".index", encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or parts[0].startswith("00database"):
                continue
            text = data[_b64(parts[1]) : _b64(parts[1]) + _b64(parts[2])].decode("utf-8", "replace")
            words = []
            for body in text.split("\n")[1:]:
                body = re.sub(r"\[[^\]]*\]", " ", body).strip()
                while _SENSE_MARK.match(body):
                    body = _SENSE_MARK.sub("", body, count=1)
                segment = _LABEL.sub(" ", body.split(";")[0])
                if segment.strip() and not _LATIN.search(segment):
                    words += [w.strip() for w in segment.split(",") if w.strip()]
            out.append((parts[0], words))
    return out


def _b64(text: str) -> int:
    value = 0
    for char in text:
        value = value * 64 + _B64.index(char)
    return value


_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _add(table: dict[str, set[str]], word: str, translation: str) -> None:
    table.setdefault(word, set()).add(translation)


def _kept(words: set[str]) -> frozenset[str]:
    """A word's MAX_WORDS shortest translations: built backwards, a word is in many
    headwords' entries ("луна": "moon", "moonlander", "lunarian" …), and the short ones
    are the common words."""
    return frozenset(sorted(words, key=lambda w: (len(w), w))[:MAX_WORDS])


def _cache_path(stamp: list) -> str:
    from aligner.alignment.embed import default_cache_path

    key = zlib.crc32(repr((stamp, MAX_WORDS, PHRASE_WORDS, MIN_LETTERS, 2)).encode())
    return os.path.join(os.path.dirname(default_cache_path()), f"words-{key:08x}.pickle")


def _write(path: str, value: tuple) -> None:
    write_pickle(path, value)
