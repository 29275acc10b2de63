"""Rule-based machine translation through the ``apertium`` command, as evidence.

The drift checks never show this output to anyone: a literal translation of the
source is a reference to compare the human translation against ("does the target
say *not* where the source does?"), in one language with one set of word lists.

Each direction is one process call for a whole batch. Texts are separated by a
line holding only ".": Apertium treats the full stop as a sentence boundary, so
its transfer rules cannot move words from one text into the next, which a bare
newline does not prevent.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

# Apertium's three-letter codes for the languages aligner knows.
_CODES = {
    "es": "spa", "en": "eng", "pt": "por", "fr": "fra", "de": "deu", "it": "ita",
    "ca": "cat", "gl": "glg",
}
# Apertium names its modes with either code ("fr-es", "spa-eng", "ita-spa"): try both.
_TWO = {three: two for two, three in _CODES.items()}
# Debian's packages for the pairs a route may need, for the hint when one is missing.
_PACKAGES = {
    frozenset(("es", "en")): "apertium-eng-spa", frozenset(("fr", "es")): "apertium-fr-es",
    frozenset(("pt", "es")): "apertium-es-pt", frozenset(("it", "es")): "apertium-spa-ita",
    frozenset(("ca", "es")): "apertium-spa-cat", frozenset(("ca", "en")): "apertium-eng-cat",
    frozenset(("gl", "es")): "apertium-es-gl",
}
# The language a route may go through when no direct pair is installed: Debian's
# Apertium pairs for Romance languages mostly meet in Spanish, and spa-eng is the pair
# the project's word lists and tests were built on.
PIVOT = "es"
_SEPARATOR = "\n.\n"
# Marks Apertium puts before words it could not analyse (*), translate (@) or generate (#).
_MARK = re.compile(r"(?<![\w*@#])[*@#](?=\w)")
_UNKNOWN = re.compile(r"(?<![\w*@#])\*(\w[\w'-]*)")
_TIMEOUT = 120


class Translator(Protocol):
    """Anything that turns a batch of texts in one language into another."""

    name: str

    def translate(self, texts: Sequence[str]) -> list[str]: ...


@dataclass(frozen=True)
class Translation:
    text: str  # the output with Apertium's marks removed
    unknown: tuple[str, ...]  # source words Apertium did not know (mostly names)


def _code(lang: str) -> str:
    lang = (lang or "").lower().split("-")[0].split("_")[0]
    return _CODES.get(lang, lang)


def _two(lang: str) -> str:
    code = _code(lang)
    return _TWO.get(code, code)


@cache
def installed_modes() -> frozenset[str]:
    """Apertium modes installed on this machine ("spa-eng", ...); empty without Apertium."""
    if shutil.which("apertium") is None:
        return frozenset()
    try:
        out = subprocess.run(
            ["apertium", "-l"], capture_output=True, text=True, timeout=30, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in out.splitlines() if line.strip())


def find_mode(src_lang: str, tgt_lang: str, modes: frozenset[str] | None = None) -> str | None:
    """The installed Apertium mode for one direction ("spa-eng", "fr-es"), or None."""
    modes = installed_modes() if modes is None else modes
    for a in dict.fromkeys((_code(src_lang), _two(src_lang))):
        for b in dict.fromkeys((_code(tgt_lang), _two(tgt_lang))):
            if f"{a}-{b}" in modes:
                return f"{a}-{b}"
    return None


def find_route(src_lang: str, tgt_lang: str,
               modes: frozenset[str] | None = None) -> tuple[str, ...] | None:
    """The Apertium modes that take ``src_lang`` to ``tgt_lang``, in order, or None.

    A direct pair when one is installed, else two legs through Spanish
    (``("fr-es", "spa-eng")``). Each leg loses a little, so a direct pair always wins.
    """
    modes = installed_modes() if modes is None else modes
    if _two(src_lang) == _two(tgt_lang):
        return None
    direct = find_mode(src_lang, tgt_lang, modes)
    if direct:
        return (direct,)
    if PIVOT in (_two(src_lang), _two(tgt_lang)):
        return None
    first, second = find_mode(src_lang, PIVOT, modes), find_mode(PIVOT, tgt_lang, modes)
    return (first, second) if first and second else None


def missing_route(src_lang: str, tgt_lang: str) -> str:
    """One sentence for a user: no MT for this direction, and what would give it one."""
    src, tgt = _two(src_lang), _two(tgt_lang)
    direct = _PACKAGES.get(frozenset((src, tgt)))
    wanted = [direct] if direct else [_PACKAGES.get(frozenset((src, PIVOT))),
                                      _PACKAGES.get(frozenset((PIVOT, tgt)))]
    if shutil.which("apertium") is None:
        hint = "apertium is not installed"
    elif all(wanted):
        hint = f"install {' and '.join(dict.fromkeys(w for w in wanted if w))} for it"
    else:
        hint = "Debian has no Apertium pair for it"
    return f"no machine translation {src}→{tgt} ({hint}); checks ran without MT evidence"


class Apertium:
    """One translation direction of an installed Apertium pair."""

    def __init__(self, src_lang: str, tgt_lang: str, mode: str | None = None):
        self.mode = mode or f"{_code(src_lang)}-{_code(tgt_lang)}"
        self.name = f"apertium:{self.mode}"
        self.calls = 0  # process calls made, so tests and benchmarks can count them

    def translate_marked(self, texts: Sequence[str]) -> list[Translation]:
        """Translate a batch in one process call; marks give the unknown words."""
        # Inside a text a line break could form our separator: fold all whitespace.
        flat = [" ".join(t.split()) for t in texts]
        todo = [t for t in flat if t]
        if not todo:
            return [Translation("", ()) for _ in flat]
        parts = self._run(_SEPARATOR.join(todo) + _SEPARATOR).split(_SEPARATOR)
        if len(parts) < len(todo):  # never seen; one call per text keeps it correct
            parts = [self._run(t + _SEPARATOR).split(_SEPARATOR)[0] for t in todo]
        done = iter(parts)
        out = []
        for text in flat:
            part = next(done).strip() if text else ""
            out.append(Translation(_MARK.sub("", part), tuple(_UNKNOWN.findall(part))))
        return out

    def translate(self, texts: Sequence[str]) -> list[str]:
        return [t.text for t in self.translate_marked(texts)]

    def _run(self, text: str) -> str:
        self.calls += 1
        result = subprocess.run(
            ["apertium", self.mode],
            input=text,
            capture_output=True,
            text=True,
            timeout=_TIMEOUT,
            check=True,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
        )
        if text.strip(" .\n") and not result.stdout.strip():
            raise EmptyTranslation(self.mode, result.stderr)
        return result.stdout


class EmptyTranslation(subprocess.SubprocessError):
    """Apertium answered text with nothing: a stage of its pipeline is missing (the
    it→es mode without cg3's ``cg-proc`` exits 0 with no output). A failure, never an
    empty translation, so that nothing caches or compares it."""

    def __init__(self, mode: str, stderr: str):
        said = " ".join(stderr.split())[-160:]
        super().__init__(f"apertium {mode} returned no text" + (f" ({said})" if said else ""))


class Pivot:
    """Two Apertium directions one after the other (French → Spanish → English).

    Each leg is one process call for the whole batch, so a pivot costs two calls, not
    two per text. Unknown words are those either leg could not handle: a source name
    (unknown to the first leg) and a word the second leg left untranslated both mean
    the reading cannot vouch for that word.
    """

    def __init__(self, modes: Sequence[str]):
        self.legs = [Apertium("", "", mode) for mode in modes]
        self.modes = tuple(modes)
        self.name = "apertium:" + "|".join(self.modes)

    @property
    def calls(self) -> int:
        return sum(leg.calls for leg in self.legs)

    def translate_marked(self, texts: Sequence[str]) -> list[Translation]:
        out = self.legs[0].translate_marked(texts)
        for leg in self.legs[1:]:
            step = leg.translate_marked([t.text for t in out])
            out = [Translation(b.text, tuple(dict.fromkeys(a.unknown + b.unknown)))
                   for a, b in zip(out, step, strict=True)]
        return out

    def translate(self, texts: Sequence[str]) -> list[str]:
        return [t.text for t in self.translate_marked(texts)]


def load_translator(src_lang: str, tgt_lang: str, mt: object = "auto",
                    pivot: bool = True) -> Translator | None:
    """The translator for one direction, or None.

    ``mt`` is "auto" or "apertium" (Apertium when a route is installed, else None),
    None or False (no machine translation), or any object with a
    ``translate(texts) -> list[str]`` method, used as it is. ``pivot``: when no direct
    pair is installed, go through Spanish if both legs are (see :func:`find_route`);
    the translator's ``name`` says the route ("apertium:fr-es|spa-eng").
    """
    if mt is None or mt is False:
        return None
    if isinstance(mt, str):
        if mt not in ("auto", "apertium"):
            raise ValueError(f"mt must be 'auto', None or a translator, not {mt!r}")
        route = find_route(src_lang, tgt_lang)
        if route is None or (len(route) > 1 and not pivot):
            return None
        return Apertium(src_lang, tgt_lang, route[0]) if len(route) == 1 else Pivot(route)
    if hasattr(mt, "translate"):
        return mt  # type: ignore[return-value]
    raise ValueError(f"mt must be 'auto', None or a translator, not {mt!r}")
