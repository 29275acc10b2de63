"""Words added to a translation, read through the Spanish of a pivot route (docs/drift.md,
"Session 22 (drift27a)").

Where no direct Apertium pair serves the source language (French, Italian, Portuguese to
English), the MT goes through Spanish (``fr-es|spa-eng``) and the word checks that find
added words (:mod:`closed_gaps`, :mod:`modifiers`, :mod:`stray_words`,
:mod:`bare_phrases`, :mod:`beside_modifiers`) never ran: they compare words through a
direct pair's dictionary. The first leg's Spanish is a source they can read: a word of
the translation that neither that Spanish (through the ``spa-eng`` dictionary) nor its
English MT has, where the translation otherwise follows them, is a word nothing in the
source says, as on a Spanish source. The Spanish carries the first leg's errors, so it
is read by exactly the rules fitted on the Spanish-source proxies (DEMETR fr>es and it>es
are this very Spanish), with their guards and thresholds unchanged.

Only the addition readers run: their findings point at translation words alone, so no
offset into the Spanish is ever reported as one into the source. The readers that also
report removed words (with a source span) keep to direct pairs, and :mod:`modifiers`'
added adjectives stay off here (:data:`MODIFIERS`: over the faithful budget on
ContraTICO fr). The pairs read are those the readers' own pre-filters pick (the same
cheap tests on the tagged translation and the MT text), analysed in three Apertium calls
(the Spanish, the translations, the MT).
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from aligner.alignment.mt import find_route
from aligner.drift import closed_gaps, modifiers
from aligner.drift.closed_gaps import opened_gaps
from aligner.drift.lexical_diff import Word, analyse, route
from aligner.drift.literal_stretch import check_bare_additions
from aligner.drift.run_record import DriftRun, _report
from aligner.drift.signals import Evidence, Finding, Reading, Side
from aligner.drift.stray_words import check_stray_words, stray_pairs

# The language every pivot route goes through (aligner.alignment.mt.find_route).
PIVOT_LANG = "es"
# Whether :mod:`modifiers`' added adjectives are read through the pivot too. Off: on
# ContraTICO fr through the pivot it flags 2 more faithful pairs of its 600-pair sample
# (of 327 label 0: "ongoing Phase" for "en cours", "local citizens" for "du pays"), over
# the budget of one, for 13 / 9 more DEMETR fr / it additions (docs/drift.md).
MODIFIERS = False
# Apertium's marks of an unknown ("*") or ungenerated ("#") word, should a pivot text
# keep one: the word is read without it.
_MARKS = re.compile(r"[*#](?=\w)")


@dataclass(frozen=True)
class PivotWords:
    """One pair's pivot Spanish, translation and MT word by word, and which addition
    readers' pre-filters picked the pair."""

    src: list[Word]  # the pivot's Spanish (offsets into it, never reported)
    tgt: list[Word]
    mt: list[Word]  # read only for bare_phrases' pairs (empty otherwise)
    bare: bool  # bare_phrases' pre-filter (bare_phrases, beside_modifiers)
    breaks: bool  # the word checks' pairs (closed_gaps, modifiers, stray_words)


def pivot_text(ev: Evidence) -> str:
    """The Spanish a pivot route went by for this pair's source, or ""."""
    return _MARKS.sub("", ev.mt.pivot) if ev.mt is not None and ev.mt.pivot else ""


def spanish_reading(src: Side, tgt: Side, ev: Evidence) -> tuple[str, bool] | None:
    """What a reader of Spanish lists reads against an English translation: the source
    itself (a Spanish one; True) or the Spanish its pivot route went by (False); None
    for another target or no Spanish."""
    if tgt.lang[:2] != "en":
        return None
    direct = src.lang[:2] == "es"
    spanish = src.text if direct else pivot_text(ev)
    return (spanish, direct) if spanish else None


def uses_pivot(src_lang: str, tgt_lang: str) -> bool:
    """Whether the word checks have no direct pair here but a pivot's Spanish would
    serve: English translations, no direct Apertium pair, a route through Spanish, and
    ``spa-eng``'s dictionary stages readable."""
    if tgt_lang[:2] != "en" or route(src_lang, tgt_lang) is not None:
        return False
    legs = find_route(src_lang, tgt_lang)
    return legs is not None and len(legs) > 1 and route(PIVOT_LANG, tgt_lang) is not None


def read_pivot(
    bare: Collection[int],
    breaks: Collection[int],
    sides: Sequence[tuple[Side, Side]],
    evidence: Sequence[Evidence],
    src_lang: str,
    tgt_lang: str,
    tagged: Sequence[Sequence] | None,
    run: DriftRun | None = None,
) -> dict[int, PivotWords]:
    """The pivot pairs that ``bare`` (bare_phrases' pre-filter) or ``breaks`` (the word
    checks' pairs) pick, word by word (``tagged``: the translations' tags, for
    :func:`stray_words.stray_pairs`); none without a pivot route, or on a failure
    (reported)."""
    from aligner.drift import pivot_reading  # it imports this module

    # With the whole Spanish read as the source (pivot_reading), these readers run there.
    if not uses_pivot(src_lang, tgt_lang) or pivot_reading.ENABLED:
        return {}
    mts = [ev.mt.text if ev.mt is not None else None for ev in evidence]
    if not MODIFIERS:
        # Of the word checks' pairs, those the other readers can flag: a translation
        # word between two words the MT has side by side, or a word no dictionary knows.
        strays = set(stray_pairs(tagged, mts))
        breaks = {
            k for k in breaks if k in strays or (mts[k] and opened_gaps(mts[k], sides[k][1].text))
        }
    keys = sorted(k for k in set(bare) | set(breaks) if pivot_text(evidence[k]))
    if not keys:
        return {}
    # Only the bare and beside phrases read the MT word by word.
    phrased = [k for k in keys if k in bare]
    try:
        spanish = analyse([pivot_text(evidence[k]) for k in keys], PIVOT_LANG, tgt_lang)
        english = analyse([sides[k][1].text for k in keys], tgt_lang, PIVOT_LANG)
        literal = analyse([mts[k] or "" for k in phrased], tgt_lang, PIVOT_LANG) if phrased else []
    except (OSError, subprocess.SubprocessError) as exc:
        _report(
            run,
            f"pivot word analysis failed ({exc.__class__.__name__}: {exc}); "
            "drift checks ran without it",
        )
        return {}
    if spanish is None or english is None or literal is None:
        return {}
    mt_words = dict(zip(phrased, literal, strict=True))
    return {
        k: PivotWords(s, t, mt_words.get(k, []), k in bare, k in breaks)
        for k, s, t in zip(keys, spanish, english, strict=True)
    }


def check_additions(
    src: Side, tgt: Side, mt: Reading | None, words: PivotWords | None
) -> list[Finding]:
    """The addition findings the Spanish-source word checks give on the pivot's Spanish,
    in their order (closed gaps, modifiers, stray words, then bare or beside phrases)."""
    if words is None or mt is None:
        return []
    found: list[Finding] = []
    if words.breaks:
        pair = (words.src, words.tgt)
        found += closed_gaps.added_finding(tgt, mt, pair)
        if MODIFIERS:
            found += modifiers.added_finding(PIVOT_LANG, tgt, pair)
        found += check_stray_words(src, tgt, mt.text, pair)
    if words.bare:
        triple = (words.src, words.tgt, words.mt)
        found += check_bare_additions(tgt, triple)
    return found
