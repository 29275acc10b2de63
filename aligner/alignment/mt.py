"""Rule-based machine translation through the ``apertium`` command, as evidence.

The drift checks never show this output to anyone: a literal translation of the
source is a reference to compare the human translation against ("does the target
say *not* where the source does?"), in one language with one set of word lists.

Each direction is one process call per chunk of a batch (a whole document up to
``CHUNK_CHARS`` characters; a long book in a few chunks, each with its own timeout).
Texts are separated by a line holding only ".": Apertium treats the full stop as a
sentence boundary, so its transfer rules cannot move words from one text into the
next, which a bare newline does not prevent. A chunk never splits a text.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from typing import Protocol, TextIO

from aligner.alignment.mt_cache import TranslationCache, per_text, translation_cache_path
from aligner.runtime.progress import CLEAR_LINE

# A command run with --quiet asks for no progress lines; a context variable rather than
# a parameter, so the setting reaches the translator made deep inside align() or qa().
_PROGRESS_SILENCED: ContextVar[bool] = ContextVar("apertium_progress_silenced", default=False)


@contextmanager
def silenced_progress() -> Iterator[None]:
    """No chunk progress lines from Apertium inside this block (failures still raise)."""
    token = _PROGRESS_SILENCED.set(True)
    try:
        yield
    finally:
        _PROGRESS_SILENCED.reset(token)


@dataclass
class _Shared:
    """One command run's translations, by (mode, text), and the source texts it will want."""

    done: dict[tuple[str, str], str] = field(default_factory=dict)
    ahead: dict[str, Callable[[], Sequence[str]]] = field(default_factory=dict)


# `aligner check` translates the source for the alignment's confidences, then again for
# the drift checks (the same sentences, their clauses and names): a context variable, so
# both calls, deep inside align() and check_pairs(), share one memo without a parameter.
_SHARED: ContextVar[_Shared | None] = ContextVar("apertium_shared", default=None)


@contextmanager
def shared_translations() -> Iterator[None]:
    """Inside this block each Apertium mode translates a text at most once (a memo of
    Apertium's output per text, dropped at the end)."""
    token = _SHARED.set(_Shared())
    try:
        yield
    finally:
        _SHARED.reset(token)


@contextmanager
def translating_ahead(lang: str, ahead: Callable[[], Sequence[str]] | None) -> Iterator[None]:
    """Inside shared_translations: ``ahead`` gives texts in ``lang`` the run will translate
    later; the first Apertium call out of ``lang`` inside this block translates them too
    (``ahead`` is called then, only if Apertium runs), so that the later call starts no
    process. After the block none: a run whose alignment used no MT never reads them."""
    shared, key = _SHARED.get(), _two(lang)
    if shared is not None and ahead is not None:
        shared.ahead[key] = ahead
    try:
        yield
    finally:
        if shared is not None:
            shared.ahead.pop(key, None)


# Apertium's three-letter codes for the languages aligner knows.
_CODES = {
    "es": "spa",
    "en": "eng",
    "pt": "por",
    "fr": "fra",
    "de": "deu",
    "it": "ita",
    "ca": "cat",
    "gl": "glg",
}
# Apertium names its modes with either code ("fr-es", "spa-eng", "ita-spa"): try both.
_TWO = {three: two for two, three in _CODES.items()}
# Debian's packages for the pairs a route may need, for the hint when one is missing.
_PACKAGES = {
    frozenset(("es", "en")): "apertium-eng-spa",
    frozenset(("fr", "es")): "apertium-fr-es",
    frozenset(("pt", "es")): "apertium-es-pt",
    frozenset(("it", "es")): "apertium-spa-ita",
    frozenset(("ca", "es")): "apertium-spa-cat",
    frozenset(("ca", "en")): "apertium-eng-cat",
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
# "#move": a word whose form Apertium's generator could not make (often one part of a
# multiword such as "move away"), so its place in the output is uncertain.
_UNGENERATED = re.compile(r"(?<![\w*@#])#(\w[\w'-]*)")
# Where Debian installs the modes (a mode file's date tells one installed version from another).
MODES = "/usr/share/apertium/modes"
# A batch goes to Apertium in chunks of whole texts up to this many characters (~5 CPU-s
# of Apertium, ~1/4 of the long book), one process call each. The whole long book in one
# call (1.5 MB) took 74 s at load 6 and over 120 s at load 17. Each call starts a dozen
# processes that load their dictionaries (~0.2 CPU-s) and its pipeline fills and drains:
# 200,000 until session 17, when the long book's first 2,600 verses (321,480 characters)
# took 3.5 % less of Apertium's CPU in one call than in two, with the same output
# (docs/benchmarks.md, speed22).
CHUNK_CHARS = 400_000
# Every chunk is kept in the translation cache, so a rerun skips Apertium. Until session
# 29 only chunks of 20,000 characters or more were: a short text translates in under a
# second, but a `check` of a short article starts Apertium pipelines a score of times (the
# translation, then the drift checks' analyser, tagger and dictionary stages), each
# loading its dictionaries, ~0.2 CPU-s a start.
_TIMEOUT = 120  # seconds, per chunk
# Input a pair mistranslates, written the way it translates: Apertium's Italian pair
# garbles a percent sign glued to its figure ("il 66%" → "el #66", "4,3%" → "4,3"), and
# keeps it spaced ("66 %", the Spanish style anyway); French and Portuguese keep both.
_INPUT_REPAIRS = {"ita-spa": ((re.compile(r"(\d)%"), r"\1 %"),)}


class MtFailed(subprocess.SubprocessError):
    """Apertium failed on one chunk of a batch: the message says which and why."""


def chunks(texts: Sequence[str], limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``[start, end)`` ranges of ``texts`` in order, each under ``limit`` characters
    joined (a longer text alone): chunk boundaries fall between texts, never inside one."""
    out: list[tuple[int, int]] = []
    start = size = 0
    for i, text in enumerate(texts):
        cost = len(text) + len(_SEPARATOR)
        if i > start and size + cost > limit:
            out.append((start, i))
            start, size = i, 0
        size += cost
    if start < len(texts):
        out.append((start, len(texts)))
    return out


def _mode_stamp(mode: str) -> str:
    """The installed mode file's date: an upgraded pair misses what the old one gave."""
    try:
        return str(os.stat(os.path.join(MODES, mode + ".mode")).st_mtime_ns)
    except OSError:
        return ""


def _why(exc: BaseException) -> str:
    if isinstance(exc, subprocess.TimeoutExpired):
        return f"no answer in {exc.timeout:g} s"
    if isinstance(exc, subprocess.CalledProcessError):
        last = (exc.stderr or "").strip().splitlines()[-1:] or [""]
        return f"exit status {exc.returncode}" + (f": {last[0][:200]}" if last[0] else "")
    return f"{type(exc).__name__}: {exc}"


class Translator(Protocol):
    """Anything that turns a batch of texts in one language into another."""

    name: str

    def translate(self, texts: Sequence[str]) -> list[str]: ...


@dataclass(frozen=True)
class Translation:
    text: str  # the output with Apertium's marks removed
    unknown: tuple[str, ...]  # source words Apertium did not know (mostly names)
    ungenerated: tuple[str, ...] = ()  # output words whose form it could not generate
    # A route through Spanish: the first leg's output (the pivot text), else "".
    pivot: str = ""


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


def find_route(
    src_lang: str, tgt_lang: str, modes: frozenset[str] | None = None
) -> tuple[str, ...] | None:
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
    wanted = (
        [direct]
        if direct
        else [_PACKAGES.get(frozenset((src, PIVOT))), _PACKAGES.get(frozenset((PIVOT, tgt)))]
    )
    if shutil.which("apertium") is None:
        hint = "apertium is not installed"
    elif all(wanted):
        hint = f"install {' and '.join(dict.fromkeys(w for w in wanted if w))} for it"
    else:
        hint = "Debian has no Apertium pair for it"
    return f"no machine translation {src}→{tgt} ({hint}); checks ran without MT evidence"


class Apertium:
    """One translation direction of an installed Apertium pair."""

    def __init__(
        self,
        src_lang: str,
        tgt_lang: str,
        mode: str | None = None,
        chunk_chars: int = CHUNK_CHARS,
        progress: TextIO | None = None,
    ):
        self.mode = mode or f"{_code(src_lang)}-{_code(tgt_lang)}"
        self.name = f"apertium:{self.mode}"
        self.calls = 0  # process calls made, so tests and benchmarks can count them
        self.chunk_chars = chunk_chars
        self.progress = progress  # where a long batch reports its chunks (None: stderr)
        self.cache = TranslationCache(translation_cache_path())

    def translate_marked(self, texts: Sequence[str]) -> list[Translation]:
        """Translate a batch, one process call per chunk; marks give the unknown words.

        MtFailed (a SubprocessError) names the chunk Apertium failed on and why.
        """
        flat = [self._flat(t) for t in texts]
        todo = [t for t in flat if t]
        if not todo:
            return [Translation("", ()) for _ in flat]
        done = iter(self._outputs(todo))
        out = []
        for text in flat:
            part = next(done).strip() if text else ""
            out.append(
                Translation(
                    _MARK.sub("", part),
                    tuple(_UNKNOWN.findall(part)),
                    tuple(_UNGENERATED.findall(part)),
                )
            )
        return out

    def translate(self, texts: Sequence[str]) -> list[str]:
        return [t.text for t in self.translate_marked(texts)]

    def _flat(self, text: str) -> str:
        # Inside a text a line break could form our separator: fold all whitespace.
        return _repaired(self.mode, " ".join(text.split()))

    def _outputs(self, todo: list[str]) -> list[str]:
        """Apertium's raw output for each text; inside shared_translations, only the texts
        this run has not translated yet go to Apertium (with those it will want, once).
        Texts are separated by a sentence boundary, so a text's output does not depend on
        the batch it is in (`aligner check` and `qa` give byte-identical outputs)."""
        shared = _SHARED.get()
        if shared is None:
            return self._translate_chunks(todo)
        ahead = shared.ahead.pop(_two(self.mode.split("-")[0]), None)
        extra = [f for t in (ahead() if ahead else ()) if (f := self._flat(t))]
        missing = [
            t for t in dict.fromkeys(todo + extra) if t and (self.mode, t) not in shared.done
        ]
        if missing:
            outputs = self._translate_chunks(missing)
            shared.done.update(zip([(self.mode, t) for t in missing], outputs, strict=True))
        return [shared.done[self.mode, t] for t in todo]

    def _translate_chunks(self, todo: list[str]) -> list[str]:
        """Apertium's raw output for each text: read back for the texts this mode
        translated before, the others chunk by chunk."""
        stamp = _mode_stamp(self.mode)
        done = per_text(self.cache, self.mode, stamp, todo, self._translate_missing)
        assert done is not None  # _translate_missing always answers (or raises)
        return [parts[0] for parts in done]

    def _translate_missing(self, todo: list[str]) -> tuple[list[list[str]], bool]:
        """Each text's output, chunk by chunk, with a progress line on stderr when the
        batch takes more than one chunk; kept."""
        ranges = chunks(todo, self.chunk_chars)
        wanted = len(ranges) > 1 and not _PROGRESS_SILENCED.get()
        stream = (self.progress or sys.stderr) if wanted else None
        out: list[str] = []
        for n, (start, end) in enumerate(ranges, 1):
            try:
                out += self._chunk(todo[start:end])
            except (OSError, subprocess.SubprocessError) as exc:
                if stream is not None:
                    _show(stream, "", last=True)
                raise MtFailed(
                    f"{self.name} failed on texts {start + 1:,}–{end:,} of {len(todo):,} "
                    f"(chunk {n} of {len(ranges)}): {_why(exc)}"
                ) from exc
            if stream is not None:
                _show(stream, f"aligner: apertium {self.mode}: {end:,} of {len(todo):,} "
                              f"sentences translated", last=n == len(ranges))  # fmt: skip
        return [[part] for part in out], True

    def _chunk(self, texts: list[str]) -> list[str]:
        """One chunk's output parts, from one process call."""
        parts = self._run(_SEPARATOR.join(texts) + _SEPARATOR).split(_SEPARATOR)
        if len(parts) < len(texts):  # never seen; one call per text keeps it correct
            parts = [self._run(t + _SEPARATOR).split(_SEPARATOR)[0] for t in texts]
        return parts[: len(texts)]

    def _run(self, text: str) -> str:
        self.calls += 1
        result = run_apertium(["apertium", self.mode], text)
        if text.strip(" .\n") and not result.stdout.strip():
            raise EmptyTranslation(self.mode, result.stderr)
        return result.stdout


def _repaired(mode: str, text: str) -> str:
    """``text`` with what ``mode`` mistranslates written the way it translates."""
    for pattern, repl in _INPUT_REPAIRS.get(mode, ()):
        text = pattern.sub(repl, text)
    return text


def run_apertium(argv: list[str], text: str) -> subprocess.CompletedProcess[str]:
    """One Apertium process over a whole batch of text, in a UTF-8 locale (its tools read
    bytes by the locale), failing on a non-zero exit or after _TIMEOUT seconds."""
    return subprocess.run(
        argv,
        input=text,
        capture_output=True,
        text=True,
        timeout=_TIMEOUT,
        check=True,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )


def stage_outputs(
    command: str,
    mode: str,
    texts: Sequence[str],
    read: Callable[[str, list[str]], tuple[list[list[str]], bool] | None],
    lead: str = "",
) -> list[list[str]] | None:
    """What ``command`` (a shell pipeline of some of ``mode``'s stages: the drift checks'
    analyser and tagger, or its bilingual dictionary) gives each text: read back for the
    texts these stages of this installed mode read before, in any batch; the others go
    to one process call (``lead`` and then the texts), whose output
    ``read(output, texts)`` cuts into each text's (None: it cannot be cut, and nothing
    is kept)."""

    def run(missing: list[str]) -> tuple[list[list[str]], bool] | None:
        return read(run_apertium(["sh", "-c", command], lead + "".join(missing)).stdout, missing)

    return per_text(_cache_at(translation_cache_path()), command, _mode_stamp(mode), texts, run)


@cache
def _cache_at(path: str) -> TranslationCache:
    return TranslationCache(path)


class EmptyTranslation(subprocess.SubprocessError):
    """Apertium answered text with nothing: a stage of its pipeline is missing (the
    it→es mode without cg3's ``cg-proc`` exits 0 with no output). A failure, never an
    empty translation, so that nothing caches or compares it."""

    def __init__(self, mode: str, stderr: str):
        said = " ".join(stderr.split())[-160:]
        super().__init__(f"apertium {mode} returned no text" + (f" ({said})" if said else ""))


def _show(stream: TextIO, line: str, last: bool) -> None:
    """A progress line: redrawn in place on a terminal, one line a chunk elsewhere."""
    tty = bool(getattr(stream, "isatty", None) and stream.isatty())
    if tty:
        stream.write(CLEAR_LINE + line + ("\n" if last and line else ""))
    elif line:
        stream.write(line + "\n")
    stream.flush()


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
            out = [
                Translation(
                    b.text,
                    tuple(dict.fromkeys(a.unknown + b.unknown)),
                    b.ungenerated,
                    a.pivot or a.text,
                )
                for a, b in zip(out, step, strict=True)
            ]
        return out

    def translate(self, texts: Sequence[str]) -> list[str]:
        return [t.text for t in self.translate_marked(texts)]


def load_translator(
    src_lang: str, tgt_lang: str, mt: object = "auto", pivot: bool = True
) -> Translator | None:
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
