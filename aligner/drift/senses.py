"""Senses Apertium's one-sense dictionary lacks, from FreeDict (Debian's
``dict-freedict-spa-eng`` and ``-eng-spa``): "despacho" is "dispatch" to Apertium, and
also "office" to FreeDict.

Used only to excuse a source word reported as removed when one of its FreeDict senses is
a translation word nothing else renders. Joined to the word-by-word evidence itself, the
extra senses cost DEMETR removed-word pairs and flagged faithful pairs (docs/drift.md,
"Session 16, lead"); as an excuse they can only clear a finding.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache

from aligner.drift.lexical_diff import Word, partners
from aligner.drift.table_cache import cached_table


@cache
def _table(src_lang: str, tgt_lang: str) -> dict[str, frozenset[str]]:
    """Lemma → its renderings from the FreeDict dictionaries of the pair that are
    installed, both directions read ("office" in eng-spa gives "cargo" its "office").
    Reading them is ~1 CPU-s, so a process reads the table a previous one built."""
    from aligner.alignment import dictionary

    bases = _bases(src_lang, tgt_lang)
    sources = [base + ext for base, _ in bases for ext in (".index", ".dict.dz")]
    return cached_table(
        "freedict-senses",
        lambda: _build(bases),
        sources,
        (__file__, dictionary.__file__),
        (src_lang, tgt_lang),
    )


def _bases(src_lang: str, tgt_lang: str) -> list[tuple[str, bool]]:
    """The installed FreeDict dictionaries of the pair: (path without extension, whether
    it reads from the source language)."""
    from aligner.alignment.dictionary import ISO3, dictionary_dir

    a, b = ISO3.get(src_lang), ISO3.get(tgt_lang)
    out = []
    for source, target, forward in ((a, b, True), (b, a, False)):
        base = os.path.join(dictionary_dir(), f"freedict-{source}-{target}")
        if source and target and os.path.exists(base + ".index"):
            out.append((base, forward))
    return out


def _build(bases: Sequence[tuple[str, bool]]) -> dict[str, frozenset[str]]:
    from aligner.alignment.dictionary import read_entries

    table: dict[str, set[str]] = {}
    for base, forward in bases:
        try:
            entries, _ = read_entries(base)
        except (OSError, ValueError, EOFError):
            continue
        for head, renderings in entries:
            head = " ".join(head.lower().split())
            for rendering in renderings:
                rendering = " ".join(rendering.lower().split())
                if rendering and "(" not in rendering:
                    key, value = (head, rendering) if forward else (rendering, head)
                    table.setdefault(key, set()).add(value)
    return {k: frozenset(v) for k, v in table.items()}


def other_senses(lemma: str, src_lang: str, tgt_lang: str) -> frozenset[str]:
    """FreeDict's renderings of a source lemma (empty when the pair is not installed)."""
    return _table(src_lang, tgt_lang).get(lemma, frozenset())


def unpartnered_lemmas(tgt_words: Sequence[Word], src_words: Sequence[Word]) -> frozenset[str]:
    """Lemmas of the translation's content words that nothing in the source renders."""
    found = partners(tgt_words, src_words, "target")
    return frozenset(w.lemma for w, j in zip(tgt_words, found, strict=True) if j < 0 and w.content)
