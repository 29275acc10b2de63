"""An opposite word in a translation from a language with no MT route to English, found
through a bilingual dictionary (issue 12; docs/drift.md, "Session 22 (drift27f)").

:mod:`aligner.drift.opposite_words` and :mod:`aligner.drift.antonyms` compare the
translation with the source's machine translation; a German, Polish or Czech source has
none. The FreeDict tables of :mod:`aligner.drift.word_lexicon` stand in for it: a
translation word is reported as an opposite (``meaning``, major) when

* it is a lower-case word that no source word renders, either direction of the
  dictionary ("small" is no rendering of anything in "Das Haus ist groß");
* one of its WordNet antonyms (:func:`aligner.drift.antonyms.opposed`, satellites
  through their heads, not through synonyms: on DEMETR de, pl and cs they added one
  pair and tripled the time) is a one-word rendering of a source content word (five letters
  or more) that has at most :data:`MAX_RENDERINGS` one-word renderings, so that a word
  of many senses ("sehr", a Russian word looked up by its first letters) vouches for
  nothing;
* nothing else in the translation renders that source word, and no negation stands
  right before either word ("nicht leicht" → "difficult" is the polarity check's
  business).

Fitted on DEMETR German (the cap of renderings: 24 flagged two faithful pairs, 12 none);
checked on Polish and Czech. Not run for Cyrillic sources: Mueller's English–Russian
dictionary, read by first letters, gave two faithful Russian pairs for four opposites.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift import word_lexicon
from aligner.drift.antonyms import opposed
from aligner.drift.signals import Finding, Side, polarity
from aligner.drift.text import Tok
from aligner.drift.translit import cyrillic
from aligner.textutil import quote

CHECK = "drift.unrouted_opposite"
MAX_RENDERINGS = 12
MIN_SOURCE_LETTERS = 5
_NEAR = 3  # words between a negation and the word it would negate


def _single(translations: frozenset[str]) -> set[str]:
    return {t for t in translations if " " not in t}


def _negated(ws: Sequence[Tok], side: Side, k: int) -> bool:
    pol = polarity(ws, side.text, side.lang)
    return pol is not None and any(k - _NEAR <= c.end - 1 < k for c in pol.cues)


def _source_has(word: str, renders: dict[str, set[str]]) -> bool:
    """The word among the source's, or the first five letters of one (an inflection)."""
    return word in renders or (
        len(word) >= MIN_SOURCE_LETTERS and any(s.startswith(word[:5]) for s in renders)
    )


def check_opposites(src: Side, tgt: Side, tables: tuple[dict, dict]) -> list[Finding]:
    to_en, from_en = tables
    source = [(k, t) for k, t in enumerate(src.ws) if len(t.fold) >= 3 and not cyrillic(t.fold)]
    renders = {t.fold: _single(word_lexicon.look_up(t.fold, to_en)) for _, t in source}
    said = set().union(*renders.values()) if renders else set()
    if not said:
        return []
    words = [t.fold for t in tgt.ws]
    out = []
    for k, mt_word in opposed(sorted(said), words, synonyms=False):
        w = tgt.ws[k]
        if not w.text[:1].islower() or len(w.fold) < 3 or w.fold in said:
            continue
        if any(_source_has(b, renders) for b in word_lexicon.look_up(w.fold, from_en)):
            continue  # the dictionary's other direction renders it
        others = set(words) - {w.fold}
        owners = [
            (i, t)
            for i, t in source
            if len(t.fold) >= MIN_SOURCE_LETTERS
            and mt_word in renders[t.fold]
            and len(renders[t.fold]) <= MAX_RENDERINGS
            and not renders[t.fold] & others
        ]
        if not owners or _negated(tgt.ws, tgt, k):
            continue
        i, owner = owners[0]
        if _negated(src.ws, src, i):
            continue
        back = {b for o in others for b in word_lexicon.look_up(o, from_en)}
        if owner.fold in back:
            continue
        message = (
            f"The translation has {quote(w.text)} where the source has {quote(owner.text)} "
            f"(in the dictionary {quote(mt_word)}), its opposite."
        )
        out.append(
            Finding(
                "meaning", "major", 0.6, (owner.start, owner.end), (w.start, w.end), message, CHECK
            )
        )
        break  # one opposite a pair is enough to send the reader to it
    return out


def check_pairs(analyses: Sequence, src_lang: str, tgt_lang: str) -> dict[int, list[Finding]]:
    """New findings of each pair with no MT reading (none without a dictionary for the
    pair, or for a translation not in English: WordNet is English)."""
    if tgt_lang[:2] != "en":
        return {}
    reading = word_lexicon.unrouted(analyses, src_lang, tgt_lang)
    if reading is None:
        return {}
    todo, tables = reading
    out = {}
    for k in todo:
        a = analyses[k]
        if any(f.type in ("meaning", "negation") and f.severity != "minor" for f in a.findings):
            continue
        found = check_opposites(a.src, a.tgt, tables)
        if found:
            out[k] = found
    return out
