"""The e5 vectors of the sentences selective embedding has embedded so far, both sides
(aligner.alignment.selective), and the ones it embeds ahead, while it still computes
what it will ask for (:meth:`RegionVectors.ahead`)."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence
from concurrent.futures import Future

import numpy as np

from aligner.alignment.embed import DIM, Embedder
from aligner.alignment.score import SideFeatures, Whole

Box = tuple[int, int, int, int]  # source start, end; target start, end


class RegionVectors:
    """Vectors by sentence, both sides. ``have``: the sentence has its vector; ``used``:
    the alignment asked for it (:meth:`fill`). A sentence embedded ahead
    (:meth:`ahead`) and never asked for counts nowhere."""

    def __init__(self, n: int, m: int, cut: int = 0):
        self.cut = cut  # texts cut at this many characters (clipped); 0: whole
        self.src = np.zeros((n, DIM), dtype=np.float32)
        self.tgt = np.zeros((m, DIM), dtype=np.float32)
        self.src_have = np.zeros(n, dtype=bool)
        self.tgt_have = np.zeros(m, dtype=bool)
        self.src_used = np.zeros(n, dtype=bool)
        self.tgt_used = np.zeros(m, dtype=bool)
        self.seconds = 0.0

    def whole(self, src: SideFeatures, tgt: SideFeatures) -> tuple[SideFeatures, SideFeatures]:
        """Both sides with their :class:`Whole`: the total length, and the mean of the
        vectors asked for so far for the meaning baseline (sentences from all over the
        document; no more are embedded for it)."""
        return (
            dataclasses.replace(src, whole=_whole(src, self.src[self.src_used])),
            dataclasses.replace(tgt, whole=_whole(tgt, self.tgt[self.tgt_used])),
        )

    def fill(
        self,
        boxes: list[Box],
        src_texts: Sequence[str],
        tgt_texts: Sequence[str],
        embedder: Embedder,
    ) -> None:
        """The vectors of every sentence of the boxes (those not yet embedded, in one call)."""
        src_need, tgt_need = self._rows(boxes)
        self.src_used |= src_need
        self.tgt_used |= tgt_need
        self._embed(src_need, tgt_need, src_texts, tgt_texts, embedder)

    def ahead(
        self,
        boxes: list[Box],
        src_texts: Sequence[str],
        tgt_texts: Sequence[str],
        embedder: Embedder,
    ) -> None:
        """:meth:`fill` before the boxes are asked for (in a thread, while the alignment
        works out the rest): only the vectors, nothing counted as asked for."""
        self._embed(*self._rows(boxes), src_texts, tgt_texts, embedder)

    def _rows(self, boxes: list[Box]) -> tuple[np.ndarray, np.ndarray]:
        src_need = np.zeros_like(self.src_have)
        tgt_need = np.zeros_like(self.tgt_have)
        for s0, s1, t0, t1 in boxes:
            src_need[s0:s1] = True
            tgt_need[t0:t1] = True
        return src_need, tgt_need

    def _embed(
        self,
        src_need: np.ndarray,
        tgt_need: np.ndarray,
        src_texts: Sequence[str],
        tgt_texts: Sequence[str],
        embedder: Embedder,
    ) -> None:
        src_rows = np.flatnonzero(src_need & ~self.src_have)
        tgt_rows = np.flatnonzero(tgt_need & ~self.tgt_have)
        if not len(src_rows) and not len(tgt_rows):
            return
        began = time.perf_counter()
        # One call for both sides and every region: one batch schedule, one cache round trip.
        texts = [src_texts[i] for i in src_rows] + [tgt_texts[j] for j in tgt_rows]
        if self.cut:
            texts = [clipped(text, self.cut) for text in texts]
        out = embedder.embed(texts)
        self.src[src_rows] = out[: len(src_rows)]
        self.tgt[tgt_rows] = out[len(src_rows) :]
        self.src_have[src_rows] = True
        self.tgt_have[tgt_rows] = True
        self.seconds += time.perf_counter() - began

    def count(self) -> int:
        """Sentences asked for, both sides."""
        return int(self.src_used.sum() + self.tgt_used.sum())


@dataclasses.dataclass(frozen=True)
class HeadStart:
    """Vectors being embedded ahead (``ready``: the call's future) while the rest of the
    first round is worked out (aligner.alignment.selective.cheap_confidences)."""

    vectors: RegionVectors
    ready: Future[None]


def _whole(side: SideFeatures, sample: np.ndarray) -> Whole:
    if not len(sample):
        return Whole(float(side.lengths.sum()))
    return Whole(float(side.lengths.sum()), sample.astype(np.float64).mean(axis=0), len(sample))


def clipped(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at the end of a word (at ``limit``
    itself when its first word is longer); whole when it fits."""
    if len(text) <= limit:
        return text
    end = text.rfind(" ", 0, limit + 1)
    return text[:end].rstrip() if end > 0 else text[:limit]
