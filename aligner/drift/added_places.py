"""A point of the compass the translation puts before a place the source names bare
(docs/drift.md, "Session 38 (drift43a)"): "la costa de África" → "the coast of [South]
Africa", "las afueras de Melbourne" → "suburban [south] Melbourne", "en Líbano" → "in
[southern] Lebanon".

A direction before a place's name says which part of it, or names another place ("South
Africa" is a country, "Africa" a continent): a claim of its own, which a translator
does not add. Faithful translations say one where the source does, in a word of its own
("el sur de Francia", "Irlanda del Norte", "Asia oriental", "Sudáfrica", "Cisjordania")
or in a name kept as written ("West Ham"). A compass word of the translation ("south",
"southern", "north-east" …) is an addition (major) when

* a capitalised word follows it, straight or after "of" or "of the" ("[south] of
  Madrid"), and that word, the place, is said by the source or its literal MT: a
  capitalised word with its first five letters, or the same word accent-folded ("África"
  / "Africa", MT "Lebanon"; not "la costa" for "the West Coast");
* no source word (Spanish, or the Spanish a pivot route went by; a proxy's French or
  Italian leftovers too) says any of its directions: it holds a Spanish, French, Italian
  or English stem of one ("sur", "sud", "meridional", "nort", "nord", "orient", "este",
  "occident", "oeste", "ovest", "levant", "ponient" …), opening a word ("Sudáfrica",
  "Norcorea") or, four letters or more, inside one ("noreste");
* the literal MT has no word of the same direction ("south", "southern", "oriental" …),
  and left no word untranslated, that the translation does not keep, between the MT's
  places of the word's neighbours (a proxy's "Asia orinentale", misspelt, is what "East
  Asia" renders: :func:`added_frequency._near_unknown`, :func:`added_adverbs._unkept`).

Token work on the texts the pipeline has; it runs on every pair with an MT.
"""

from __future__ import annotations

from aligner.drift.added_adverbs import _unkept, read_added
from aligner.drift.added_frequency import _near_unknown
from aligner.drift.signals import Evidence, Finding, Reading, Side
from aligner.drift.text import Tok, tokenize, words

# The four directions, each with the English stems that say it in a word ("southern",
# "south-east", "southeastern") and the source stems (Spanish; French and Italian for a
# proxy's leftovers; English for a name kept as written).
DIRECTIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "south": (
        ("south",),
        ("sur", "sud", "meridion", "austral", "south"),
    ),
    "north": (
        ("north",),
        ("nort", "nord", "nor", "septentrion", "boreal", "north"),
    ),
    "east": (
        ("east", "orient"),
        ("este", "est", "orient", "levant", "east"),
    ),
    "west": (
        ("west", "occident"),
        ("oeste", "ovest", "ouest", "occident", "ponient", "cisjordan", "west"),
    ),
}
_ENGLISH = frozenset(
    """north south east west northern southern eastern western northeast northwest
    southeast southwest northeastern northwestern southeastern southwestern north-east
    north-west south-east south-west north-eastern north-western south-eastern
    south-western""".split()
)


def directions(word: str) -> frozenset[str]:
    """The directions an English compass word says ("south-eastern": south, east)."""
    return frozenset(d for d, (en, _) in DIRECTIONS.items() if any(s in word for s in en))


def _place_after(t_words: list[Tok], k: int) -> Tok | None:
    """The capitalised word the compass word at ``k`` qualifies: the next word, or the
    one after "of" or "of the"; None when none is capitalised there."""
    nxt = t_words[k + 1 : k + 4]
    if nxt and nxt[0].cap and nxt[0].text[:1].isupper():
        return nxt[0]
    if len(nxt) >= 2 and nxt[0].fold == "of":
        last = nxt[2] if nxt[1].fold == "the" and len(nxt) > 2 else nxt[1]
        return last if last.text[:1].isupper() else None
    return None


def _said(place: Tok, toks: list[Tok]) -> bool:
    """Whether a capitalised word of ``toks`` (the source's or its literal MT's) says the
    place: the same word or its first five letters ("la costa" is no "Coast")."""
    f = place.fold
    return any(
        t.text[:1].isupper() and (t.fold == f or (len(f) >= 5 and t.fold[:5] == f[:5]))
        for t in toks
    )


def _source_says(ds: frozenset[str], s_folds: list[str]) -> bool:
    for d in ds:
        stems = DIRECTIONS[d][1]
        for s in s_folds:
            # Stems of three letters ("sur", "nor", "est") open a word: inside one they
            # are noise; longer ones may stand inside ("Sudeste", "noreste").
            if any(st in s if len(st) > 3 else s.startswith(st) for st in stems):
                return True
    return False


def compass_added(src: str, tgt: str, mt: Reading) -> Tok | None:
    """The translation's first compass word before a place the source names, that
    neither the source nor its literal MT says; None when there is none."""
    t_words = words(tokenize(tgt))
    if not any(t.fold in _ENGLISH for t in t_words):
        return None
    s_toks = words(tokenize(src))
    mt_toks = mt.ws or words(tokenize(mt.text))
    s_folds, mt_folds = [t.fold for t in s_toks], [t.fold for t in mt_toks]
    for k, t in enumerate(t_words):
        if t.fold not in _ENGLISH:
            continue
        place = _place_after(t_words, k)
        if place is None or place.fold in _ENGLISH:
            continue
        if not (_said(place, s_toks) or _said(place, mt_toks)):
            continue
        ds = directions(t.fold)
        if _source_says(ds, s_folds):
            continue
        if any(directions(f) & ds for f in mt_folds):
            continue
        if _near_unknown(t_words, k, _unkept(mt, t_words)):
            continue
        return t
    return None


def check_added_compass(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """An addition (major) at a compass word before a place the source names bare."""

    return read_added(
        src,
        tgt,
        ev,
        compass_added,
        ", a part of the place or another place, which nothing in the source or its "
        "literal translation says.",
    )
