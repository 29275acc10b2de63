"""A degree word of the source (an intensifier or a softener) that the translation leaves
out while keeping the word it grades (docs/drift.md, "Session 20 (drift25f)").

"fuerte fiebre" → "fever", "tos muy seca" → "dry cough", "fuertemente recomendado" →
"recommended", "un dolor ligero" → "a pain": the translation says the same thing with
less (or more) force. The degree lists of :mod:`aligner.drift.modality` compare classes
of cue words on both sides, confirmed by the MT readings, and miss these where the
readings disagree or the word is an adjective of force ("fuerte", "intenso") that is
no cue. This check reads the pair word by word (:mod:`lexical_diff`) instead:

* a source adjective or adverb of degree (:data:`DEGREE`: a closed list of Spanish
  intensifiers, softeners and adverbs of force or thoroughness) that nothing in the
  translation renders: no dictionary partner, or only one it shares with an earlier
  source word of the same lemma ("graves problemas … forma grave" → one "severe");
* no English word of its strength (:data:`STRONG` or :data:`WEAK`) in the translation
  that renders nothing else of the source, or renders a word beside it ("graves
  consecuencias" → "severe impact" keeps the degree; "acute" for "agudas" says that
  word, not "fuertes");
* beside it, a word it grades (the noun after or before an adjective, the word after an
  adverb or the verb before it, the word after "muy"): when the translation renders
  that word, the translation's word next to the rendering must be neither an unrendered
  content word nor a modifier of another source word (the slot is empty, not reworded:
  "el gran público" → "the general public"); when nothing renders it, it was reworded
  or dropped with its degree, and the degree is still unsaid.

Reported as an intensity change (major). Direct Apertium pairs only; run on the pairs
nothing else reports at >= major (:func:`aligner.drift.headless.check_quiet`).
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import Word, free_word, partners
from aligner.drift.signals import Finding
from aligner.lang.en_cues import CALAMITOUS
from aligner.textutil import quote


def _set(text: str) -> frozenset[str]:
    return frozenset(x.strip() for x in text.split(",") if x.strip())


# English words that carry force (an intensifier's rendering, or its force moved into an
# adjective or adverb of its own): any of them in the translation excuses an intensifier.
STRONG = _set(
    "strong, strongly, high, highly, severe, severely, heavy, heavily, intense, intensely, "
    "intensive, serious, seriously, grave, gravely, critical, critically, acute, acutely, "
    "major, great, greatly, big, large, huge, hugely, vast, massive, enormous, immense, "
    "immensely, tremendous, significant, significantly, considerable, considerably, "
    "substantial, substantially, marked, markedly, sharp, sharply, deep, deeply, profound, "
    "profoundly, extreme, extremely, very, so, too, really, much, far, most, hard, harsh, "
    "harshly, powerful, powerfully, lot, lots, plenty, particularly, especially, keen, "
    "keenly, dramatic, dramatically, increased, elevated, wide, widely, extensive, "
    "extensively, bad, badly, worse, worst, higher, larger, bigger, greater, strict, "
    "strictly, stringent, rigorous, rigorously, tight, tightly, firm, firmly, full, fully, "
    "complete, completely, total, totally, entirely, utterly, absolutely, quite, rapid, "
    "rapidly, quick, quickly, fast, swift, swiftly, abundant, abundantly, copious, "
    "copiously, loud, loudly, violent, violently, vital, crucial, life-threatening, "
    # "well" before a participle or an adjective ("muy adelantado" → "well underway",
    # "well aware"): the seed's faithful translation says "muy" so
    "well, "
    # "nowhere near" is "very far" said with a negation ("muy lejos de las zonas" →
    # "nowhere near the areas"; session 25, drift30c)
    "nowhere"
)
# English words of little force: any of them excuses a softener.
WEAK = _set(
    "slight, slightly, mild, mildly, light, lightly, minor, little, bit, somewhat, low, "
    "weak, faint, small, modest, moderate, moderately, limited, gentle, gently"
)
# Spanish degree adjectives and adverbs (lemmas, as Apertium's analyser gives them) and
# the English words that keep their strength.
DEGREE: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        (
            "muy fuerte fuertemente grave gravemente gran grande intenso intensamente "
            "extremadamente extremo considerablemente considerable significativamente "
            "significativo notablemente elevado severo severamente profundamente enormemente "
            "enorme altamente sumamente tremendamente vivamente agudo masivo abundantemente"
        ).split(),
        STRONG,
    ),
    # Force and thoroughness of manner ("revisado minuciosamente" → "checked"): the
    # translation without them states less care or force. "estricto", "completamente"
    # and "plenamente" were left out: each flagged a harmless pair of ContraTICO.
    **dict.fromkeys(
        (
            "brutalmente cuidadosamente estrictamente excesivamente excesivo minuciosamente "
            "minucioso rigurosamente riguroso escrupulosamente absoluto absolutamente intensivo"
        ).split(),
        STRONG,
    ),
    # Session 25 (drift30c): "un (demasiado) gran número de" is "(too) many".
    **dict.fromkeys(
        "gran grande".split(), STRONG | _set("many, numerous, countless, too many, too much")
    ),
    **dict.fromkeys("ligero ligeramente leve levemente".split(), WEAK),
    # Session 22 (drift27g): adverbs of truth, seriousness and reach, and the adjectives
    # of danger and urgency, measured on ContraTICO's C and fit slices and the DEMETR
    # proxies (no harmless pair reported).
    **dict.fromkeys("realmente verdaderamente seriamente".split(), STRONG),
    "ampliamente": STRONG | _set("broadly, largely, widespread, wide-ranging, generally"),
    **dict.fromkeys(
        "peligroso peligrosamente".split(),
        STRONG | _set("dangerous, dangerously, hazardous, risky, unsafe, perilous, harmful"),
    ),
    **dict.fromkeys(
        "urgente urgentemente".split(),
        STRONG | _set("urgent, urgently, pressing, immediate, immediately, emergency, asap"),
    ),
}
# The parts of speech a degree word grades, by its own: an adjective its noun (after or
# before it), an adverb the word after it (or the verb before), a pre-adverb ("muy") the
# word after it alone.
_HEADS = {
    "adj": ((1, -1), ("n",)),
    "adv": ((1, -1), ("vblex", "adj", "adv", "n")),
    "preadv": ((1,), ("adj", "adv", "vblex", "n")),
}
_MODIFIERS = frozenset(("adj", "adv", "preadv"))


def _head(src: Sequence[Word], i: int) -> int | None:
    steps, parts = _HEADS[src[i].pos]
    for step in steps:
        k = i + step
        if 0 <= k < len(src) and src[k].known and src[k].pos in parts:
            return k
    return None


def _slot_filled(tgt: Sequence[Word], j: int, back: Sequence[int], head: int) -> bool:
    """Whether a word beside the head's rendering ``j`` may render the degree word: an
    unrendered content word, or a modifier rendering a source word away from the head."""
    for m in (j - 1, j + 1):
        if not 0 <= m < len(tgt):
            continue
        w = tgt[m]
        if back[m] < 0 and free_word(w, "en"):
            return True
        if w.pos in _MODIFIERS and abs(back[m] - head) > 2:
            return True
    return False


def _unrendered(src: Sequence[Word], i: int, mine: Sequence[int]) -> bool:
    """Whether source word ``i`` has no rendering of its own: no partner, or one it shares
    with an earlier word of the same lemma ("graves problemas … forma grave" → one
    "severe": the dictionary links both to it)."""
    j = mine[i]
    if j < 0:
        return True
    return any(mine[k] == j and src[k].lemma == src[i].lemma for k in range(i))


def _strength_said(
    tgt: Sequence[Word], back: Sequence[int], i: int, strength: frozenset[str]
) -> bool:
    """Whether a translation word of that strength renders nothing else of the source (a
    word the dictionary gives to another source word, "acute" for "agudas", says that
    word, not the degree)."""
    for m, w in enumerate(tgt):
        said = w.surface.lower() in strength or w.lemma in strength
        # Words of calamity say force the more (session 26, drift31c).
        calamity = bool(CALAMITOUS.intersection(w.surface.lower().split()))
        said = said or (strength >= STRONG and calamity)
        if said and (back[m] < 0 or abs(back[m] - i) <= 2):
            return True
    return False


# Session 29 (drift34c): a degree word after "más", "menos", "tan" (or the French "plus"
# a proxy's Spanish keeps) compares, and the translation's comparative renders the pair
# ("un más grande número de países" → "more countries"), not the degree word alone.
_COMPARING = frozenset("más mas plus menos tan".split())
_COMPARATIVES = frozenset("more less fewer most least as".split())


def _compared(src: Sequence[Word], i: int, tgt: Sequence[Word]) -> bool:
    """Whether source word ``i`` follows a word of comparison and the translation says a
    comparison."""
    return (
        i > 0
        and src[i - 1].surface.lower() in _COMPARING
        and any(_COMPARATIVES.intersection(w.surface.lower().split()) for w in tgt)
    )


def removed_degree(
    src: Sequence[Word],
    tgt: Sequence[Word],
    text: str,
    src_lang: str,
    links: tuple[list[int], list[int]] | None = None,
) -> Word | None:
    """The first listed source degree word the translation leaves out (see the module's
    rules), or None. ``text``: the translation (its words are ``tgt``)."""
    if src_lang != "es":
        return None
    mine, back = links or (partners(src, tgt, "source"), partners(tgt, src, "target"))
    for i, w in enumerate(src):
        if w.pos not in _HEADS or w.lemma not in DEGREE or not _unrendered(src, i, mine):
            continue
        if _strength_said(tgt, back, i, DEGREE[w.lemma]) or _compared(src, i, tgt):
            continue
        head = _head(src, i)
        if head is None:
            continue
        # A head left unrendered is reworded, or gone with its degree word: the degree
        # is still unsaid. A rendered head must have an empty slot beside it.
        if mine[head] < 0 or not _slot_filled(tgt, mine[head], back, head):
            return w
    return None


def check_removed_degree(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links=None
) -> list[Finding]:
    """An intensity change (major) at a listed degree word the translation leaves out."""
    if analysed is None or tgt.lang[:2] != "en":
        return []
    w = removed_degree(analysed[0], analysed[1], tgt.text, src.lang[:2], links)
    if w is None:
        return []
    return [
        Finding(
            "intensity",
            "major",
            0.55,
            (w.start, w.end) if w.start >= 0 else None,
            None,
            f"The source's {quote(w.surface)} says how strong something is, but nothing "
            "in the translation says it (no word of that strength): the statement is "
            "weaker or stronger than the source's.",
            "drift.intensity",
        )
    ]
