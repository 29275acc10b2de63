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


class Apertium:
    """One translation direction of an installed Apertium pair."""

    def __init__(self, src_lang: str, tgt_lang: str):
        self.mode = f"{_code(src_lang)}-{_code(tgt_lang)}"
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
        return result.stdout


def load_translator(src_lang: str, tgt_lang: str, mt: object = "auto") -> Translator | None:
    """The translator for one direction, or None.

    ``mt`` is "auto" or "apertium" (Apertium when the pair is installed, else None),
    None or False (no machine translation), or any object with a
    ``translate(texts) -> list[str]`` method, used as it is.
    """
    if mt is None or mt is False:
        return None
    if isinstance(mt, str):
        if mt not in ("auto", "apertium"):
            raise ValueError(f"mt must be 'auto', None or a translator, not {mt!r}")
        mode = f"{_code(src_lang)}-{_code(tgt_lang)}"
        return Apertium(src_lang, tgt_lang) if mode in installed_modes() else None
    if hasattr(mt, "translate"):
        return mt  # type: ignore[return-value]
    raise ValueError(f"mt must be 'auto', None or a translator, not {mt!r}")
