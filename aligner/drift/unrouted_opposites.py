"""Opposites of strong valence where no MT reads the source (German, Russian, Polish,
Czech → English): a translation word no source word renders, rated strongly one way,
near a source word that nothing in the translation renders and whose dictionary
renderings are rated the other way ("Armut" → "poverty" ↔ "wealth"; docs/drift.md,
"Session 22 (drift27c)").

The ratings are :mod:`aligner.drift.opposite_valence`'s (VADER's), the dictionary is the
one the names of such pairs are read with (:mod:`aligner.drift.word_lexicon`: FreeDict,
whole words, both directions). FreeDict's tables are noisy (a phrase gives each of its
words, so "vor" has a rendering "saved"), so a source word counts only where its
renderings lean one way: at least one in :data:`SHARE` of them of the opposite valence,
and more of its rated renderings of that valence than not. Besides:

* the translation word is lower case, rated at least ``opposite_valence.STRONG``, and
  neither renders a source word nor is rendered by one (either direction), nor is a
  rendering's synonym or one WordNet step from one ("difficult" is similar to "knotty",
  a rendering of Russian "сложные");
* the source word stands where the translation word does, at most :data:`PLACE` of the
  sentence away (word positions as shares of each side's length);
* the opposite rendering shares a common part of speech with the translation word and
  WordNet does not link them (``opposite_valence``'s rules);
* no negation stands just before either word (a "nicht gut" rendered "bad" is the same).
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift import opposite_valence, word_lexicon
from aligner.drift.run_record import DriftRun
from aligner.drift.signals import Finding, Side, polarity
from aligner.drift.synonyms import bases
from aligner.textutil import fold_accents, quote

# At least one in SHARE of a source word's single-word renderings must be opposed.
SHARE = 5
# How far apart the two words may stand, as a share of each sentence's length.
PLACE = 0.2
# Words before a word that a negation may govern it from.
_NEGATION_REACH = 3


def _forms(word: str) -> frozenset[str]:
    w = word.lower()
    return frozenset(bases(w) | {w})


def _renderings(word: str, table) -> frozenset[str]:
    """A source word's single-word renderings (lower case)."""
    return frozenset(
        x for x in word_lexicon.look_up(fold_accents(word.lower()), table) if x.isalpha()
    )


def _negated(side: Side, k: int) -> bool:
    pol = polarity(side.ws, side.text, side.lang)
    if pol is None:
        return False
    return any(c.start <= k < c.end or c.end <= k <= c.end + _NEGATION_REACH for c in pol.cues)


def opposed(src: Side, tgt: Side, tables) -> tuple[int, int, str] | None:
    """(translation token index, source token index, the opposed rendering) for the first
    translation word of strong valence opposed to a source word in its place."""
    to_en, to_src = tables
    src_words = [(i, t) for i, t in enumerate(src.ws) if t.word and len(t.text) > 2]
    tgt_words = [(j, t) for j, t in enumerate(tgt.ws) if t.word]
    if not src_words or not tgt_words:
        return None
    rendered = {i: _renderings(t.text, to_en) for i, t in src_words}
    every = frozenset().union(*rendered.values())
    src_forms = {f for _, t in src_words for f in word_lexicon.forms(fold_accents(t.norm))}
    tgt_forms = frozenset().union(*(_forms(t.text) for _, t in tgt_words))
    n_src, n_tgt = len(src.ws), len(tgt.ws)
    for j, w in tgt_words:
        y = opposite_valence.candidate(w.text)
        if y is None or _forms(w.text) & every:
            continue
        if any(opposite_valence.related(w.text, x) for x in every):
            # a synonym of a rendering, or one WordNet step from it ("difficult" is
            # similar to "knotty", a rendering of "сложные"): the word renders it
            continue
        back = {f for x in word_lexicon.look_up(w.norm, to_src) for f in word_lexicon.forms(x)}
        if back & src_forms:
            continue
        for i, _ in src_words:
            said = rendered[i]
            if not said or said & tgt_forms or abs(i / n_src - j / n_tgt) > PLACE:
                continue
            rated = [x for x in said if opposite_valence.candidate(x) is not None]
            # the strongest first, for the message ("poverty" for "Armut")
            opposite = sorted(
                (
                    x
                    for x in rated
                    if opposite_valence.candidate(x) * y < 0
                    and opposite_valence.same_kind(x, w.text)
                ),
                key=lambda x: (-abs(opposite_valence.candidate(x)), x),
            )
            if not opposite or SHARE * len(opposite) < len(said) or 2 * len(opposite) <= len(rated):
                continue
            if _negated(src, i) or _negated(tgt, j):
                continue
            return j, i, opposite[0]
    return None


def check_pairs(
    analyses: Sequence, src_lang: str, tgt_lang: str, run: DriftRun | None = None
) -> dict[int, list[Finding]]:
    """New `meaning` findings (major) for the pairs with no MT reading, English targets
    only; nothing without the ratings (which ``run`` notes: the MT pairs' valence
    reading is off too) or a dictionary for the pair."""
    if tgt_lang[:2] != "en":
        return {}
    if not opposite_valence.available():
        if run is not None:
            run.note(
                "VADER's word ratings (the vaderSentiment package) are not installed: "
                "opposites of valence were not read"
            )
        return {}
    reading = word_lexicon.unrouted(analyses, src_lang, tgt_lang)
    if reading is None:
        return {}
    todo, tables = reading
    out = {}
    for k in todo:
        a = analyses[k]
        hit = opposed(a.src, a.tgt, tables)
        if hit is None:
            continue
        j, i, said = hit
        w, s = a.tgt.ws[j], a.src.ws[i]
        out[k] = [
            Finding(
                "meaning",
                "major",
                0.45,
                (s.start, s.end),
                (w.start, w.end),
                f"The translation says {quote(w.text)} where the source says "
                f"{quote(s.text)} ({quote(said)} in a dictionary), of the opposite sense.",
                "drift.meaning",
            )
        ]
    return out
