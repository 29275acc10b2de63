"""A modifier added to a noun phrase the literal MT keeps in another shape (docs/drift.md,
"Session 40 (drift45d)").

:mod:`literal_stretch` reads a modifier added where the MT has the words around it side
by side in the same order, and takes a word the MT has anywhere as rendered. Three
shapes of the same addition slip past it, each read here with the stretch's evidence
(the translation's words on both sides of the phrase are the MT's, so the MT has no word
of its own there that the added one could render):

* *the phrase in another order*: the MT keeps the phrase's other words in the source's
  order ("for the operating system Linux." ↔ "for the [newest] Linux operating
  system."): the translation's words from the modifier's right to the head are the MT's
  words there in another order, one for one, and the two words before the modifier and
  the word after the head are the MT's around them;
* *a modifier glued to its head*: Apertium's English analyser reads some adjective and
  noun pairs as one unit ("the [dead] end of" is the noun "dead end"), so no reader sees
  a modifier: the unit's last word is the MT's noun, with the MT's words on both sides,
  its first word (an adjective or noun WordNet has) is nothing the source or MT says,
  and the unit is no kind of the MT's noun in WordNet (a translator names the kind:
  "the [high] school" for MT "the school"; "dead end" and "prime minister" are no end
  and no minister);
* *an adjective said twice*: the translation has the same adjective twice, the source
  and the MT once ("Biological clocks … of external [biological] stimuli"): one of the
  two stands where the MT has it (a neighbour of the MT's word is its neighbour), the
  other stands between two translation words the MT has side by side elsewhere (and one
  word more beyond them), before a noun; that one renders nothing.

The modifier itself is held to :mod:`literal_stretch`'s tests (a lower-case adjective,
participle or noun that renders no source word and that the MT has in no form), except
the doubled adjective, which the source and MT say once by design. It reads the analyses
:mod:`bare_phrases` reads; :func:`reshaped_pairs` adds the pairs a glued unit or a
doubled adjective brings.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift import bare_phrases as bare
from aligner.drift import literal_stretch as stretch
from aligner.drift.lexical_diff import LIGHT, Word, partners, reportable, synsets, wordnet_file
from aligner.drift.lexical_diff import wordnet_parts as _parts
from aligner.drift.modifiers import OWNED
from aligner.drift.signals import Finding, Side, added_to_head
from aligner.drift.text import fold, tokenize, words

# The words a reordered phrase may hold from the modifier's right to its head (Apertium's
# tags): modifiers, nouns and names.
_PHRASE_WORDS = frozenset(("adj", "n", "np"))
# The longest reordered phrase read (words after the modifier).
LONGEST = 4


def _context(t: Word, m: Word) -> bool:
    """A translation word and an MT word that stand for each other around the phrase:
    marks by form, words as :mod:`literal_stretch` matches them."""
    if not t.surface[:1].isalnum() or not m.surface[:1].isalnum():
        return t.surface == m.surface
    return stretch._matches(t, m)


def _one_for_one(ts: Sequence[Word], ms: Sequence[Word]) -> bool:
    """Whether every translation word of ``ts`` matches its own MT word of ``ms`` (as
    many words), in any order."""
    if len(ts) != len(ms):
        return False
    used: set[int] = set()
    for t in ts:
        k = next(
            (
                i
                for i, m in enumerate(ms)
                if i not in used and (fold(t.surface) == fold(m.surface) or stretch._matches(t, m))
            ),
            None,
        )
        if k is None:
            return False
        used.add(k)
    return True


def _reordered(
    src: Sequence[Word], tgt: Sequence[Word], mt: Sequence[Word], mine: Sequence[int]
) -> tuple[Word, Word] | None:
    """(modifier, head) for a modifier added before a phrase the MT has in another
    order with the same words around it; None when there is none."""
    more = any(bare._DEGREE & set(fold(m.surface).split()) for m in mt)
    for j in range(2, len(tgt) - 2):
        if tgt[j + 1].pos not in _PHRASE_WORDS:
            continue
        w = stretch._modifier(src, tgt, mt, mine, j)
        if w is None or (more and w.surface.endswith(("er", "est"))):
            continue
        h = j + 1
        while h + 1 < len(tgt) and tgt[h + 1].pos in _PHRASE_WORDS and h - j < LONGEST:
            h += 1
        rest = tgt[j + 1 : h + 1]
        if len(rest) < 2 or tgt[h].pos not in bare._HEADS or h + 1 >= len(tgt):
            continue  # one word after the modifier is literal_stretch's reading
        if w.pos == "n" and bare._entry(w, tgt[j + 1]):
            continue
        size = len(rest)
        for q in range(2, len(mt) - size):
            around = (
                _context(tgt[j - 2], mt[q - 2])
                and _context(tgt[j - 1], mt[q - 1])
                and _context(tgt[h + 1], mt[q + size])
            )
            if not around or not _one_for_one(rest, mt[q : q + size]):
                continue
            if [fold(t.surface) for t in rest] == [fold(m.surface) for m in mt[q : q + size]]:
                continue  # the same order: literal_stretch's reading
            return w, tgt[h]
    return None


def _near_leftover(mt: Sequence[Word], k: int) -> bool:
    """Whether a word the MT left untranslated stands within three words of MT word
    ``k`` (it may be what the translation's word renders)."""
    near = mt[max(0, k - 3) : k + 4]
    return any(not x.known and x.surface[:1].islower() and x.surface.isalpha() for x in near)


def _said(word: str, src: Sequence[Word], mt: Sequence[Word]) -> bool:
    """Whether a source word translates as ``word`` (or begins as it does) or the MT
    says it in any form."""
    stem = word[:5]
    for s in src:
        if word in s.trans or (len(word) > 4 and fold(s.surface).startswith(stem)):
            return True
    for m in mt:
        for piece in fold(m.surface).split():
            if piece == word or (len(word) > 4 and piece.startswith(stem)):
                return True
    return False


def _hypernyms(offset: int) -> list[int]:
    """The WordNet noun synsets (offsets into data.noun) a noun synset is a kind or an
    instance of."""
    data = wordnet_file("data.noun")
    if data is None:
        return []
    fields = data[offset : data.find(b"\n", offset)].split()
    at = 4 + 2 * int(fields[3], 16)
    out = []
    for k in range(int(fields[at])):
        symbol, target, part = fields[at + 1 + 4 * k : at + 4 + 4 * k]
        if symbol in (b"@", b"@i") and part == b"n":
            out.append(int(target))
    return out


def _kind_of(unit: str, head: str, depth: int = 6) -> bool:
    """Whether a sense of the noun ``unit`` is, within ``depth`` steps up WordNet's
    hypernyms, a sense of ``head`` ("high school" is a school; "dead end", "prime
    minister" are no end, no minister)."""
    targets = {s // 4 for s in synsets(head) if s % 4 == 0}
    seen = {s // 4 for s in synsets(unit) if s % 4 == 0}
    front = set(seen)
    for _ in range(depth):
        if seen & targets:
            return True
        front = {h for o in front for h in _hypernyms(o)} - seen
        seen |= front
    return bool(seen & targets)


def _glued(
    src: Sequence[Word], tgt: Sequence[Word], mt: Sequence[Word]
) -> tuple[Word, Word] | None:
    """(modifier, head) for a modifier the analyser read as one unit with its head ("the
    [dead] end of"), the head being the MT's noun with the MT's words around it."""
    for j in range(1, len(tgt) - 1):
        w = tgt[j]
        pieces = w.surface.split()
        if w.pos != "n" or len(pieces) != 2 or not w.surface[:1].islower():
            continue
        first, last = fold(pieces[0]), fold(pieces[1])
        if not first.isalpha() or first in OWNED or first in LIGHT.get("en", ()):
            continue
        if not {"adj", "n"} & set(_parts(first)) or _said(first, src, mt):
            continue
        if any(fold(m.surface) == fold(w.surface) for m in mt):
            continue
        if _kind_of(fold(w.surface), last):
            continue  # a kind of the MT's noun, named: "the [high] school" for "the school"
        at = [k for k, m in enumerate(mt) if m.pos == "n" and fold(m.surface) == last]
        if len(at) != 1:
            continue
        k = at[0]
        if not 0 < k < len(mt) - 1 or _near_leftover(mt, k):
            continue
        if _context(tgt[j - 1], mt[k - 1]) and _context(tgt[j + 1], mt[k + 1]):
            modifier = Word(
                pieces[0], first, "adj", frozenset(), w.start, w.start + len(pieces[0]), True
            )
            head = Word(pieces[1], last, "n", frozenset(), w.end - len(pieces[1]), w.end, True)
            return modifier, head
    return None


def _doubled(
    src: Sequence[Word], tgt: Sequence[Word], mt: Sequence[Word]
) -> tuple[Word, Word] | None:
    """(adjective, head) for an adjective the translation says twice, the source and the
    MT once, the second time inside a seam of the MT before a noun."""
    for j in range(1, len(tgt) - 2):
        w, head = tgt[j], tgt[j + 1]
        if w.pos != "adj" or head.pos != "n" or not w.content or not w.surface[:1].islower():
            continue
        if not reportable(w, "en") or fold(w.surface) in OWNED:
            continue
        others = [i for i, t in enumerate(tgt) if i != j and t.lemma == w.lemma]
        if len(others) != 1 or tgt[others[0]].pos != "adj":
            continue
        at = [k for k, m in enumerate(mt) if m.lemma == w.lemma or bare._related(w, m)]
        said = [s for s in src if w.lemma in s.trans or fold(s.surface)[:5] == fold(w.surface)[:5]]
        if len(at) != 1 or len(said) > 1:
            continue
        k, i = at[0], others[0]

        def beside(a: int, b: int) -> bool:
            return 0 <= a < len(tgt) and 0 <= b < len(mt) and _context(tgt[a], mt[b])

        if not (beside(i - 1, k - 1) or beside(i + 1, k + 1)):
            continue  # the other one does not stand where the MT has the word
        if beside(j - 1, k - 1) or beside(j + 1, k + 1):
            continue  # this one may be the MT's
        for q in range(1, len(mt)):
            if k in (q - 1, q) or not (beside(j - 1, q - 1) and beside(j + 1, q)):
                continue
            if beside(j - 2, q - 2) or beside(j + 2, q + 1):
                return w, head
    return None


def reshaped(
    src: Sequence[Word], tgt: Sequence[Word], mt: Sequence[Word]
) -> tuple[Word, Word] | None:
    """(modifier, head) for the first modifier added to a phrase the MT keeps in another
    shape (reordered, glued to its head, an adjective said twice); None when none is."""
    mine = partners(tgt, src, "target")
    return _reordered(src, tgt, mt, mine) or _glued(src, tgt, mt) or _doubled(src, tgt, mt)


def reshaped_pairs(tagged: Sequence[Sequence] | None, mts: Sequence[str | None]) -> list[int]:
    """The pairs (with MT) whose tagged translation has a unit of two words whose last the
    MT has and whose whole it lacks, or an adjective twice that the MT has once: what
    :func:`_glued` and :func:`_doubled` read (the reordered phrase's pairs are
    :func:`bare_phrases.bare_pairs`')."""
    out = []
    for k, (ws, mt) in enumerate(zip(tagged or (), mts, strict=False)):
        if mt is None or not ws:
            continue
        seq = [t.fold for t in words(tokenize(mt))]
        folds = set(seq)
        seen: dict[str, int] = {}
        for a in ws:
            pieces = fold(a.surface).split()
            if len(pieces) == 2 and pieces[1] in folds and pieces[0] not in folds:
                out.append(k)
                break
            if a.tag.split(".")[0] == "adj":
                f = fold(a.surface)
                seen[f] = seen.get(f, 0) + 1
                if seen[f] == 2 and seq.count(f) == 1:
                    out.append(k)
                    break
    return out


def check_reshaped(
    tgt: Side, analysed: tuple[list[Word], list[Word], list[Word]] | None
) -> list[Finding]:
    """An addition (major) at a modifier added to a phrase the MT keeps in another shape."""
    return added_to_head(
        tgt,
        analysed,
        reshaped,
        "where the literal translation of the source has the words around it.",
    )
