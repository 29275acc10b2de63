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

import os
import pickle
import re
import zlib
from functools import cache

from aligner.alignment.dictionary import DRIFT_ISO3, ISO3, dictionary_dir, read_entries
from aligner.textutil import fold_accents

MAX_WORDS = 16  # translations kept per headword (senses come most common first)
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
Table = dict[str, frozenset[str]]


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(fold_accents(text.lower())) if len(w) >= MIN_LETTERS]


def forms(word: str) -> list[str]:
    """The word, then the word without one ending (three letters or more kept)."""
    out = [word]
    out += [word[: -len(e)] for e in ENDINGS if word.endswith(e) and len(word) - len(e) >= 4]
    return out


def look_up(word: str, table: Table) -> frozenset[str]:
    """Translations of a folded word or of its form without an ending; empty: unknown."""
    for form in forms(word):
        found = table.get(form)
        if found:
            return found
    return frozenset()


def tables(source: str, target: str) -> tuple[Table, Table] | None:
    """Source→target and target→source whole-word tables from whichever FreeDict
    directions are installed (ALIGNER_DICTD_DIR or /usr/share/dictd); None when neither
    is."""
    return _tables(source[:2], target[:2], dictionary_dir())


@cache
def _tables(source: str, target: str, folder: str) -> tuple[Table, Table] | None:
    codes = ISO3 | DRIFT_ISO3
    src3, tgt3 = codes.get(source), codes.get(target)
    if src3 is None or tgt3 is None:
        return None
    bases = [os.path.join(folder, f"freedict-{a}-{b}") for a, b in ((src3, tgt3), (tgt3, src3))]
    found = [b for b in bases if os.path.exists(b + ".index")]
    if not found:
        return None
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
        entries, _edition = read_entries(base)
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
    out = ({k: frozenset(v) for k, v in fwd.items()}, {k: frozenset(v) for k, v in back.items()})
    _write(path, out)
    return out


def _add(table: dict[str, set[str]], word: str, translation: str) -> None:
    bucket = table.setdefault(word, set())
    if len(bucket) < MAX_WORDS:
        bucket.add(translation)


def _cache_path(stamp: list) -> str:
    from aligner.alignment.embed import default_cache_path

    key = zlib.crc32(repr((stamp, MAX_WORDS, PHRASE_WORDS, MIN_LETTERS, 1)).encode())
    return os.path.join(os.path.dirname(default_cache_path()), f"words-{key:08x}.pickle")


def _write(path: str, value: tuple) -> None:
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # no cache: the next run reads the dictionary again
