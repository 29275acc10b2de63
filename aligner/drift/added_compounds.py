"""A noun the translation sets right after a noun the literal MT keeps, which becomes
the new head (docs/drift.md, "Session 39 (drift44d)").

DEMETR's additions often make a compound of a noun a good translation keeps: a noun
added after it ("the tiger" → "the tiger shark", "the curry" → "curry soup", "an
electron" → "an electron pair"), or one added before it that makes a dictionary entry
with it ("the bees" → "mason bees", "the traffic" → "foot traffic"), which
:mod:`literal_stretch` leaves alone (a WordNet compound mostly renders one source word:
"pantalla táctil" → "touch screen"). No reader looked at a noun added after the kept
one. Here the evidence is the strictest of the stretch readers': the translation's word
before the pair and its word after it are the MT's words side by side around the kept
noun ("The tiger belongs" ↔ "The tiger shark belongs"), so the MT has no word of its
own there the added noun could render. The added noun:

* a lower-case noun (WordNet has it as one, not in "-ing"), not a light word, that no
  source word renders through the dictionary and that the MT has in no form (lemma,
  form, five-letter stem, WordNet synonym), and no plural that is also a verb ("the
  water flows", "the project holds water");
* not a word translators add to name a kind or a measure of the noun they keep
  (:data:`FRAMING`: "the crisis situation", "the vaccine dose");
* after a kept noun that is lower case (or opens the sentence): a name takes
  explanatory nouns freely ("the Amazon river", "Gaza strip");
* making a WordNet entry with the kept noun ("tiger shark"): a compound that names
  another thing than the kept noun does. A head that makes none ("an electron [pair]",
  "curry [soup]") may be a translator's explanation: read so, it flagged one faithful
  pair of a held-out set (counts only).

The kept noun stands once in the translation and once in the MT, a noun there too,
matched by form, not "of" to another MT noun ("his demand of visa" → "their visa
applications", "the services of health" → "health care": the added noun renders that
one), no word the MT left untranslated within three words of it, no noun or adjective
of the translation's own just before the pair ("travel health insurance"); the words
around match by lemma, form or (content words) WordNet synonym, marks by form.

A noun added before the kept noun, making a WordNet entry with it, is read the same way
(the MT's words around its noun the translation's, a mark, an opener, or after it a
function word other than "of"/"for") when :data:`ENTRIES_BEFORE` is on, and only where
the translation says the added noun nowhere else (same lemma or first five letters): a
translator's compound often echoes a word the sentence has ("to touch the [touch]
screen", ContraTICO's one label-0 alarm of session 39), DEMETR's added noun does not
("open to [foot] traffic until"; session 40, drift45d).

It reads the analyses :mod:`bare_phrases` reads; :func:`compound_pairs` adds the pairs
with a noun after a noun whose form the MT has and the second's it lacks.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from aligner.drift import bare_phrases as bare
from aligner.drift.lexical_diff import Word, partners, reportable
from aligner.drift.lexical_diff import wordnet_parts as _parts
from aligner.drift.modifiers import OWNED, _rendered
from aligner.drift.signals import Finding, Side, added_to_head
from aligner.drift.text import fold, tokenize, words

# A noun added before a kept noun, making a WordNet entry with it ("foot traffic"), read
# where the translation says the noun nowhere else ("to touch the touch screen" echoes
# its verb: ContraTICO slice C, session 39); tests turn it off to see what it finds.
ENTRIES_BEFORE = True
# The MT's words after its noun that open its complement ("the vaccine of
# reinforcement" → "the booster vaccine").
_COMPLEMENT = frozenset(("of", "for"))
# Nouns a translator adds after a kept noun to name what kind of thing or how much of
# it the source means, saying nothing new.
FRAMING = frozenset(
    """situation process level levels area areas system systems rate rates issue issues
    problem problems sector field matter activity activities work works program
    programme programs programmes measure measures effort efforts use type types kind
    kinds sort form forms part parts case cases dose doses amount amounts number numbers
    period periods time times stage stages phase phases service services industry
    status condition conditions practice practices procedure procedures operation
    operations project projects plan plans policy policies rule rules scheme schemes
    campaign campaigns event events member members group groups team teams staff
    personnel people person persons figure figures data site sites region regions
    zone zones side sides point points way ways term terms world market markets
    method methods means centre center centres centers facility facilities unit units
    authorities authority officials official spokesman spokesperson""".split()
)


def _context(t: Word, m: Word) -> bool:
    """A translation word and an MT word that stand for each other around the pair:
    marks by form, words as :mod:`literal_stretch` matches them."""
    if not t.surface[:1].isalnum() or not m.surface[:1].isalnum():
        return t.surface == m.surface
    return bare._same(t, m) or (t.content and m.content and bare._related(t, m))


def _added_noun(src: Sequence[Word], tgt: Sequence[Word], mt: Sequence[Word], mine, j: int):
    """Translation word ``j`` as an added noun, or None when it may render something."""
    w = tgt[j]
    if w.pos != "n" or not w.content or not w.surface[:1].islower():
        return None
    if not reportable(w, "en") or fold(w.surface) in OWNED or w.surface.endswith("ing"):
        return None
    if "n" not in _parts(w.lemma) or w.lemma in FRAMING or fold(w.surface) in FRAMING:
        return None
    if _rendered(src, mine[j]) or any(bare._related(w, m) for m in mt):
        return None
    return w


def _bare_before(t: Word | None, m: Word | None) -> bool:
    """Whether the MT's word before its noun (None: the sentence starts) is no modifier
    of its own: the translation's word there, a mark, or a word that opens a phrase."""
    if m is None:
        return t is None or t.lemma in bare.ARTICLES
    if t is not None and _context(t, m):
        return True
    return not m.surface[:1].isalnum() or m.pos in bare._OPENERS


def _bare_after(t: Word, m: Word | None) -> bool:
    """Whether the MT's word after its noun (None: the text ends) is no modifier or
    complement of its own: the translation's word there, a mark, or a function word
    other than "of" and "for" (the MT's complement a noun may render)."""
    if m is None or _context(t, m):
        return True
    if not m.surface[:1].isalnum():
        return True
    return m.known and not m.content and m.lemma not in _COMPLEMENT


def _complement_of(mt: Sequence[Word], k: int, tgt: Sequence[Word]) -> bool:
    """Whether MT noun ``k`` is "of" to another ("his demand of visa" → "their visa
    applications", "the services of health" → "health care"): the added noun may
    render that one, said again or another way."""
    q = k - 1
    while q >= 0 and mt[q].lemma in bare.ARTICLES:
        q -= 1
    return q >= 1 and mt[q].lemma == "of" and mt[q - 1].pos == "n"


def _kept_at(tgt: Sequence[Word], mt: Sequence[Word], kept: int, added: int) -> bool:
    """Whether the MT has translation noun ``kept`` (``added`` beside it) with nothing of
    its own on either side: the words around the pair in the translation, or words
    that modify nothing; and no word it left untranslated near it."""
    lo, hi = min(kept, added), max(kept, added)
    if hi + 1 >= len(tgt):
        return False
    before = tgt[lo - 1] if lo else None
    noun, after = tgt[kept], tgt[hi + 1]
    if before is not None and before.pos in ("n", "adj") and not before.surface[:1].isupper():
        return False  # the translator's own compound ("travel health insurance")
    if sum(fold(t.surface) == fold(noun.surface) for t in tgt) != 1:
        return False
    at = [k for k, m in enumerate(mt) if fold(m.surface) == fold(noun.surface)]
    if len(at) != 1 or mt[at[0]].pos != "n":
        return False
    for k in at:
        if _complement_of(mt, k, tgt):
            continue
        near = mt[max(0, k - 3) : k + 4]
        if any(not x.known and x.surface[:1].islower() and x.surface.isalpha() for x in near):
            continue
        prev = mt[k - 1] if k else None
        nxt = mt[k + 1] if k + 1 < len(mt) else None
        if kept < added:  # a head added after: the MT's words around are the same
            strict = prev is None or before is None or _context(before, prev)
            if not strict or nxt is None or not _context(after, nxt):
                continue
        if _bare_before(before, prev) and _bare_after(after, nxt):
            return True
    return False


def _echoed(tgt: Sequence[Word], j: int) -> bool:
    """Whether the translation says word ``j`` elsewhere too (same lemma or first five
    letters, any part of speech): a compound that echoes the sentence ("to touch the
    touch screen") names what the sentence already says."""
    w = tgt[j]
    stem = fold(w.surface)[:5]
    return any(
        i != j and (t.lemma == w.lemma or (len(stem) == 5 and fold(t.surface)[:5] == stem))
        for i, t in enumerate(tgt)
    )


def added_compound(
    src: Sequence[Word], tgt: Sequence[Word], mt: Sequence[Word]
) -> tuple[Word, Word] | None:
    """(added noun, kept noun) for the first noun added beside a noun the MT keeps inside
    a stretch the MT words the same; None when there is none."""
    mine = partners(tgt, src, "target")
    for j in range(len(tgt) - 1):
        a, b = tgt[j], tgt[j + 1]
        if a.pos != "n" or b.pos != "n":
            continue
        # A noun added after a kept common noun: "the tiger shark", "curry soup".
        opening = j == 0 or (j == 1 and fold(tgt[0].surface) in bare.ARTICLES)
        if a.surface[:1].islower() or (opening and a.surface[:1].isupper()):
            w = _added_noun(src, tgt, mt, mine, j + 1)
            # a verb read as a plural noun: "the water flows", "the project holds"
            verb = w is not None and fold(w.surface) != w.lemma and "vblex" in _parts(w.lemma)
            # the two make a WordNet entry: another thing than the kept noun names
            entry = w is not None and bare._entry(a, w)
            if entry and not verb and _kept_at(tgt, mt, j, j + 1):
                return w, a
        # A noun added before a kept noun, making an entry with it: "mason bees".
        w = _added_noun(src, tgt, mt, mine, j) if ENTRIES_BEFORE else None
        if w is not None and _echoed(tgt, j):
            continue
        if w is not None and bare._entry(w, b) and _kept_at(tgt, mt, j + 1, j):
            return w, b
    return None


def compound_pairs(tagged: Sequence[Sequence] | None, mts: Sequence[str | None]) -> list[int]:
    """The pairs (with MT) whose tagged translation has two nouns side by side, the
    first's form in the MT and the second's not (a head the translation adds)."""
    out = []
    for k, (ws, mt) in enumerate(zip(tagged or (), mts, strict=False)):
        if mt is None or not ws:
            continue
        folds = {t.fold for t in words(tokenize(mt))}
        for a, b in itertools.pairwise(ws):
            nouns = a.tag.split(".")[0] == "n" and b.tag.split(".")[0] == "n"
            fresh = fold(a.surface) in folds and fold(b.surface) not in folds
            if nouns and b.surface[:1].islower() and fresh:
                out.append(k)
                break
    return out


def check_added_compound(
    tgt: Side, analysed: tuple[list[Word], list[Word], list[Word]] | None
) -> list[Finding]:
    """An addition (major) at a noun set beside a noun the MT keeps, the MT's words
    around it side by side."""
    return added_to_head(
        tgt,
        analysed,
        added_compound,
        "where the literal translation of the source has the words around it side by side.",
    )
