"""Leftovers that are a known word misspelt, told by Apertium's own analysers.

A word the MT leaves untranslated is a word of another language (a proxy's
"thoraciques", "soldati"), a rare word, or a typo ("probablment", "douler", "tnsion",
"grves"). :mod:`aligner.drift.rendered_unknowns` reads the first kind through the
translation's cognate; a typo must not be read so: the translation word it "spells"
("probably", "pain") is a word the source meant but did not write, and filling the MT
with it makes the MT look like a complete translation that vouches for, or fails to
vouch for, a cue near it (docs/drift.md, "Session 39 (drift44b)" and "Session 40
(drift45c)").

A leftover is *misspelt* (:func:`misspelt_words`) when no analyser of its text's
language or of a language Apertium translates into it (the installed modes: for
Spanish, Spanish itself and French, Italian, Portuguese, whose words a Spanish text
may keep) knows it as written, and one of them knows a word one edit away: a letter
dropped, added or changed, or two neighbours swapped ("douler" / "douleur",
"sympttômes" / "symptômes", "écarn" / "écran", "imege" / "image"). A real word of any
of those languages ("thoraciques", "soldati") is no typo. No word list: the
dictionaries Apertium installs decide. Each analyser is one ``lt-proc`` call per batch
over every variant of the words not yet asked (answers are kept for the process).
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable
from functools import cache

from aligner.alignment.mt import MODES, _code, installed_modes, run_apertium
from aligner.drift.text import fold

# Letters an edit may put in or change to: the Latin letters and the accented ones of
# the Romance languages whose leftovers a Spanish text keeps.
_LETTERS = "abcdefghijklmnopqrstuvwxyzáàâäãçéèêëíìîïñóòôöõúùûü"
_UNIT = re.compile(r"\^((?:\\.|[^$\\])*)\$")
_ANALYSER = re.compile(r"lt-proc\s+(?:-\w\s+)*'([^']+automorf\.bin)'")
# The shortest word read: a slip in a shorter one lands on another word too often.
MIN_LETTERS = 4

_known: dict[tuple[str, str], bool] = {}


@cache
def analysers(lang: str) -> tuple[str, ...]:
    """The analyser files of ``lang``'s installed modes and of the modes into ``lang``
    (each language once, its own first)."""
    code = _code(lang)
    own: dict[str, str] = {}
    into: dict[str, str] = {}
    for mode in sorted(installed_modes()):
        parts = mode.split("-")
        if len(parts) != 2:
            continue
        a, b = (_code(p) for p in parts)
        table = own if a == code else into if b == code else None
        if table is None or a in table:
            continue
        try:
            with open(os.path.join(MODES, mode + ".mode"), encoding="utf-8") as fh:
                m = _ANALYSER.match(fh.read().strip())
        except OSError:
            continue
        if m:
            table[a] = m.group(1)
    return tuple(dict.fromkeys([*own.values(), *into.values()]))


def _variants(word: str) -> set[str]:
    """Every word one slip from ``word`` inside it (its first letter and its last two,
    where inflection is, stay): a letter dropped, added or changed, or two neighbouring
    letters swapped."""
    n = len(word)
    out = {word[:k] + word[k + 1 :] for k in range(1, n - 2)}
    out |= {word[:k] + word[k + 1] + word[k] + word[k + 2 :] for k in range(1, n - 3)}
    # A letter changed for the same letter accented otherwise is how neighbouring
    # languages spell one word ("diabète" / "diabete"), no slip.
    out |= {
        word[:k] + c + word[k + 1 :]
        for k in range(1, n - 2)
        for c in _LETTERS
        if fold(c) != fold(word[k])
    }
    out |= {word[:k] + c + word[k:] for k in range(1, n - 1) for c in _LETTERS}
    out.discard(word)
    return out


def _ask(path: str, forms: Iterable[str]) -> None:
    """Ask one analyser about every form it was not asked before; answers are kept."""
    todo = sorted({f for f in forms if (path, f) not in _known})
    if not todo:
        return
    try:
        raw = run_apertium(["lt-proc", "-w", path], "\n".join(todo) + "\n").stdout
    except (OSError, subprocess.SubprocessError):
        raw = ""
    said = {}
    for m in _UNIT.finditer(raw):
        surface, _, analysis = m.group(1).partition("/")
        said[surface] = bool(analysis) and not analysis.startswith("*")
    for f in todo:
        _known[(path, f)] = said.get(f, False)


def corrections(words: Iterable[str], lang: str) -> dict[str, frozenset[str]]:
    """Each lower-case word (of four letters or more) no analyser of ``lang`` and its
    neighbours knows as written → the words one slip away that one of them knows (only
    words that have some)."""
    asked = sorted({w for w in words if len(w) >= MIN_LETTERS and w.isalpha() and w.islower()})
    paths = analysers(lang)
    if not asked or not paths:
        return {}
    for path in paths:
        _ask(path, asked)
    unknown = [w for w in asked if not any(_known[(p, w)] for p in paths)]
    variants = {w: _variants(w) for w in unknown}
    every = set().union(*variants.values()) if variants else set()
    for path in paths:
        _ask(path, every)
    out = {}
    for w in unknown:
        known = frozenset(v for v in variants[w] if any(_known[(p, v)] for p in paths))
        if known:
            out[w] = known
    return out


__all__ = ["MIN_LETTERS", "analysers", "corrections"]
