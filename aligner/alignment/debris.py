"""Page-break debris inside a sentence: taken out before aligning, given back as a null.

A scanned book's OCR leaves a page break's debris as a line of its own (``h * "``,
``.:-- , .``), now and then inside a running sentence: "Grâce aux cordes fixes , l' arête"
| ``h * "`` | "est atteinte rapidement .". Text+Berg's gold leaves such a line out and gives
the sentence's two halves to one bead, a bead that skips a line, which a DP over
consecutive sentences cannot make; and the aligner, which had to put the line somewhere,
left the halves out or gave the whole to a neighbour's bead (docs/benchmarks.md, align28).

So the aligner takes these lines out of both documents before aligning, aligns the rest,
and gives each line back as a null bead right after the bead holding the line before it.
The half before the line is a fragment (``boundary.FRAGMENT``: in the second pass a bead
ending there costs ``Weights.boundary_fragment``), so the two halves stay in one bead.

Only debris *inside a sentence* is taken out: the line before it does not end a sentence,
or the line after it goes on in lower case. Debris between sentences (a caption's
remains, a page number) is left where it is, for the null costs to settle.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np

from aligner.alignment.boundary import FRAGMENT
from aligner.alignment.score import SideFeatures
from aligner.types import Alignment, Bead, Document

# How a sentence can end; anything else (a word, a comma, a bracket) leaves it open.
FINAL = (".", "!", "?", ":", ";", "»", '"')
# A debris null bead's confidence: the gold leaves such lines out (both in Text+Berg dev,
# where 11 of 13 debris lines of any kind are nulls); not fitted further.
DEBRIS_CONFIDENCE = 0.9


def is_debris(text: str) -> bool:
    """A line that holds no word: at most one letter and no digit (``h * "``, ``.:-- , .``)."""
    letters = 0
    # One pass that stops at the second letter or the first digit: a sentence is known
    # for what it is after a few characters (the whole line was read twice, ~5 % of a
    # 100,000-sentence alignment).
    for char in text:
        if char.isdigit():
            return False
        if char.isalpha():
            letters += 1
            if letters > 1:
                return False
    return True


def inside_sentence(texts: Sequence[str], i: int) -> bool:
    """Whether line ``i`` is debris between two halves of one sentence: neighbours on both
    sides that are not debris, the one before not ending a sentence or the one after going
    on in lower case."""
    if i == 0 or i + 1 >= len(texts) or not is_debris(texts[i]):
        return False
    before, after = texts[i - 1].strip(), texts[i + 1].strip()
    if is_debris(before) or is_debris(after):
        return False
    first = next((c for c in after if c.isalpha()), "")
    return not before.endswith(FINAL) or first.islower()


@dataclasses.dataclass(frozen=True)
class SideCut:
    """One document without its debris lines inside sentences."""

    doc: Document  # the kept sentences, numbered again from 0
    keep: tuple[int, ...]  # each kept sentence's index in the original document
    dropped: tuple[int, ...]  # the lines taken out, original indices

    def halves(self) -> np.ndarray:
        """Per kept sentence: a line was taken out right after it (the first half)."""
        out = np.zeros(len(self.keep), dtype=bool)
        where = {original: k for k, original in enumerate(self.keep)}
        for d in self.dropped:
            out[where[d - 1]] = True
        return out


def cut_side(doc: Document) -> SideCut:
    texts = [s.text for s in doc.sentences]
    dropped = tuple(i for i in range(len(texts)) if inside_sentence(texts, i))
    if not dropped:
        return SideCut(doc, tuple(range(len(texts))), ())
    gone = set(dropped)
    keep = tuple(i for i in range(len(texts)) if i not in gone)
    sentences = tuple(dataclasses.replace(doc.sentences[i], index=k) for k, i in enumerate(keep))
    return SideCut(dataclasses.replace(doc, sentences=sentences), keep, dropped)


@dataclasses.dataclass(frozen=True)
class Cut:
    """Both documents without their debris lines; maps beads back and forth."""

    src: SideCut
    tgt: SideCut

    def flag_halves(
        self, src: SideFeatures, tgt: SideFeatures
    ) -> tuple[SideFeatures, SideFeatures]:
        """The features with each first half flagged as a fragment in ``ends`` (the second
        pass adds its own flags to these: overlap.choose)."""
        return _flagged(src, self.src.halves()), _flagged(tgt, self.tgt.halves())

    def restore(self, beads: Sequence[Bead]) -> list[Bead]:
        """Beads over the kept sentences in the original documents' indices, each debris
        line a null bead right after the bead that holds the line before it."""
        src_after = {d - 1: d for d in self.src.dropped}
        tgt_after = {d - 1: d for d in self.tgt.dropped}
        out: list[Bead] = []
        for bead in beads:
            src = tuple(self.src.keep[i] for i in bead.src)
            tgt = tuple(self.tgt.keep[j] for j in bead.tgt)
            out.append(dataclasses.replace(bead, src=src, tgt=tgt))
            out += [_null((src_after[i],), ()) for i in src if i in src_after]
            out += [_null((), (tgt_after[j],)) for j in tgt if j in tgt_after]
        return out

    def reduce(self, beads: Sequence[Bead]) -> list[Bead]:
        """Beads in the original indices (a gold) over the kept sentences only: the debris
        lines' own beads dropped, the rest numbered as the cut documents number them."""
        src_at = {original: k for k, original in enumerate(self.src.keep)}
        tgt_at = {original: k for k, original in enumerate(self.tgt.keep)}
        out = []
        for bead in beads:
            src = tuple(src_at[i] for i in bead.src if i in src_at)
            tgt = tuple(tgt_at[j] for j in bead.tgt if j in tgt_at)
            if src or tgt:
                out.append(dataclasses.replace(bead, src=src, tgt=tgt))
        return out


def take_out(src: Document, tgt: Document) -> Cut | None:
    """The cut of both documents; None when neither has debris inside a sentence."""
    cut = Cut(cut_side(src), cut_side(tgt))
    return cut if cut.src.dropped or cut.tgt.dropped else None


def restore_alignment(cut: Cut, result: Alignment, src: Document, tgt: Document) -> Alignment:
    """``result`` (an alignment of the cut documents) over the original ones."""
    return dataclasses.replace(result, src=src, tgt=tgt, beads=cut.restore(result.beads))


def _null(src: tuple[int, ...], tgt: tuple[int, ...]) -> Bead:
    return Bead(src, tgt, 0.0, DEBRIS_CONFIDENCE)


def _flagged(side: SideFeatures, halves: np.ndarray) -> SideFeatures:
    if not halves.any():
        return side
    ends = np.zeros(len(side), dtype=np.int8) if side.ends is None else side.ends.copy()
    ends[halves] |= FRAGMENT
    return dataclasses.replace(side, ends=ends)
