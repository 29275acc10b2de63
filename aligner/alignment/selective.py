"""Selective embedding: align without e5 first, then embed only where that pass is unsure.

Embedding is the one expensive step, and on a long book most beads are settled by
length, paragraphs, numbers and shared names alone. So the cheap pass runs first; its
beads are scored by the confidence model without embeddings (with Apertium's evidence
when the pair has it), and every bead that is doubtful (confidence below
``Settings.unsure``) or of a shape the cheap signals judge badly (a null bead, a merge
not scored at least ``Settings.merge_sure``) opens a *region*: that bead and
``context`` beads either side. So does a bead the cheap pass trusts whose target shares
more words with a source sentence one or two places away than with its own
(aligner.alignment.shift: a stretch of the path run off the diagonal), alone. The
other way round, a doubtful bead (a null bead only when at least ``settle_null`` likely
right) whose target and both neighbours' fit their own sources better than any shifted
rival, and which fits no better joined with a neighbour, is settled: its words say the
path is on the diagonal there (:func:`settled_by_stems`); without Apertium's
translation those words are the source's own, and no null bead is settled so
(:meth:`Settings.without_mt`). The
sentences of the regions are embedded (one batched call), and each region is aligned
again on its own, with embeddings and the second pass of concatenated spans
(aligner.alignment.overlap; the spans of all regions in one more call), between the two
fixed corners the cheap path gave it.
Where the result is still doubtful the region grows (context doubled) and is aligned
again, for a few rounds. Beads outside every region keep the cheap pass's beads and
confidences. Apertium's chrF features are computed once per span for the whole document
(:class:`MtRows`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np

from aligner.alignment.confidence import (  # MtRows: the callers' import, from here
    MtRows,
    bead_features,
    load_calibration,
    load_mt_calibration,
    mt_bead_features,
)
from aligner.alignment.embed import Embedder
from aligner.alignment.overlap import MARGIN, Part, Refined, prepare_second_pass, refine_each
from aligner.alignment.region_vectors import Box, HeadStart, RegionVectors
from aligner.alignment.score import SideFeatures, Weights
from aligner.alignment.search import Path, find_path
from aligner.alignment.shift import Bags, join_gains, shift_gains
from aligner.runtime.background import SerialThread
from aligner.textutil import merge_ranges


@dataclasses.dataclass(frozen=True)
class Settings:
    unsure: float = 0.5  # a bead less likely right than this is re-aligned with embeddings
    context: int = 1  # beads either side of a doubtful one that join its region
    rounds: int = 2  # passes; each later one doubles the context around beads still doubtful
    shapes: bool = True  # null beads and merges are doubtful whatever their confidence
    # A region's corners are fixed: it grows (up to ``reach`` beads a side) until the bead
    # at each of its ends is a 1-1 bead at least this likely right.
    solid: float = 0.0
    reach: int = 4
    # A bead of any shape (null, merge) at least this likely right may be a corner too
    # (1.01: never).
    corner_sure: float = 1.01
    # First round: a doubtful bead takes in one neighbour only, not ``context`` a side: a
    # null bead the one outside its run of null beads, any other the less likely one.
    # On since branch speed16d with Apertium's translation (the cheap confidences then
    # rank the neighbours): 7 % fewer e5 tokens on the long book's first 2,600 verses for
    # 0.0008 strict F1 (with ``single`` off, 9 % and 0.0018 on the whole book; 0.0009 on
    # heldout). Without it, off (``bare_one_side``): on Text+Berg dev it lost 0.0105
    # (docs/benchmarks.md, "fewer tokens").
    one_side: bool = True
    # When the first regions hold more than this share of the sentences, the cheap pass
    # was unsure nearly everywhere: everything is embedded and aligned as usual instead.
    max_share: float = 0.5
    # A null bead or merge at least this likely right is settled after all (1.01: never).
    shape_sure: float = 1.01
    # With Apertium's translation: a merge whose chrF against the target is at least
    # ``merge_chrf`` and beats its one-sentence-longer/shorter rivals by at least
    # ``merge_margin`` is settled; so is a null bead at least ``null_sure`` likely right
    # whose sentence no neighbour covers (chrF of the best below ``null_cover``).
    merge_chrf: float = 2.0  # 2.0: never settled this way
    # A merge at least this likely right is settled (1.01: never). On the long book's
    # cheap pass, 3 of its 146 merges at 0.9 or more were wrong, 159 of 245 below; 0.8
    # since the shift signal below catches the beads a wrong merge pushes off the diagonal.
    merge_sure: float = 0.8
    merge_margin: float = -0.02
    null_sure: float = 0.9
    null_cover: float = -1.0  # -1.0: never settled this way
    # A null bead inside a run of null beads on the same side (a paragraph left out) may
    # be a region's corner: the region need not grow through the whole run.
    null_corner: bool = False
    # A region whose re-alignment changed the bead at one of its ends (its corner may
    # have held the path back) is looked at again in the next round, with the wider
    # context, whatever that bead's confidence.
    grow_changed: bool = False
    # A bead whose target shares more word stems with a source sentence up to
    # ``shift_reach`` places away than with its own (aligner.alignment.shift), by more
    # than ``shift_gain``, is doubtful whatever its confidence (0: never looked at). On
    # the long book, 25 of the 32 wrong beads that no other rule looked at.
    shift_reach: int = 2
    shift_gain: float = 0.05
    shift_context: int = 0  # beads either side of a shifted one in its region (-1: context)
    # The other way round: a doubtful bead that is not a null bead is settled when it and
    # both its neighbours fit their own sentences better than any shifted rival, by at
    # least ``-shift_settle`` Dice (every shift gain <= shift_settle; -2.0: never).
    shift_settle: float = -0.05
    # A null bead is settled so too when also at least this likely right (1.01: never).
    # 0.9 until branch speed16d: 0.7 embeds 5 % fewer e5 tokens on the long book's first
    # 2,600 verses at the same F1 (2.8 % and -0.0002 on the whole book, -0.0005 on heldout).
    settle_null: float = 0.7
    # ... but not a bead that, joined with a neighbour, fits better than either alone by
    # more than this (aligner.alignment.shift.join_gains: a 2-2 bead split in two).
    settle_join: float = 0.0
    # Without Apertium's translation (no pair installed, MT off) the stems the shift
    # signal compares are the source's own: names, numbers, cognates. That settles null
    # beads wrongly (Text+Berg dev: 3 of 3 settled at >= 0.9 wrong), and a merge's shift
    # no longer shows. So without MT (:meth:`without_mt`) no null bead is settled by
    # stems (1.01: never) and a merge is settled at this confidence, not ``merge_sure``.
    # Fitted on Text+Berg dev and corpora/heldout with MT off (docs/benchmarks.md,
    # "settling without MT").
    bare_settle_null: float = 1.01
    bare_merge_sure: float = 0.9
    bare_one_side: bool = False
    # A region of one source and one target sentence (a shifted 1-1 bead between sure
    # 1-1 beads) is aligned again too. It can then only stay a 1-1 bead or split into two
    # null beads: False leaves it alone, 5 % fewer texts on the long book's first 2,600
    # verses at the same F1, but 0.0002-0.0003 strict F1 lost on heldout and parallel
    # (off since branch speed16d: none of the book's 29 such regions changed a bead).
    single: bool = False
    # The second pass in a region embeds the concatenated spans of the many-to-one beads
    # whose path costs at most this much more than the region's best (overlap.MARGIN).
    span_margin: float = MARGIN
    # With MT a sentence goes to e5 cut at this many characters at a word's end (0: whole;
    # spans whole): its first words place it among a region's few rivals, and e5's time is
    # linear in tokens (speed23: 22 % fewer on the long book, same F1; without MT whole).
    embed_chars: int = 100
    bare_embed_chars: int = 0

    def without_mt(self) -> Settings:
        """These settings for a document without a translation of its source."""
        return dataclasses.replace(
            self,
            settle_null=self.bare_settle_null,
            merge_sure=self.bare_merge_sure,
            one_side=self.bare_one_side,
            embed_chars=self.bare_embed_chars,
        )

    def signature(self) -> str:
        """Every setting, as ``k=v`` pairs: they all change which beads are re-aligned."""
        return ",".join(f"{k}={v:g}" for k, v in dataclasses.asdict(self).items())


@dataclasses.dataclass(frozen=True)
class Selected:
    path: Path  # the whole document's beads (gaps: None)
    confidences: np.ndarray
    sentences_embedded: int  # distinct source + target sentences given vectors
    regions: int  # regions aligned again (every round counted)
    seconds_embedding: float


def path_confidences(
    path: Path,
    src: SideFeatures,
    tgt: SideFeatures,
    mode: str,
    src_mt: Sequence[str] | None,
    tgt_texts: Sequence[str],
    mt_rows: MtRows | None = None,
    offset: tuple[int, int] = (0, 0),
) -> np.ndarray:
    """The confidence model of ``mode`` over a path's beads (with MT's features when given).

    With ``mt_rows`` (the whole document's), MT's features are taken from it for the
    beads moved by ``offset`` into the document's coordinates: each span's chrF is
    computed once per document, and a region's beads see their rivals outside it."""
    if not path.spans:
        return np.zeros(0)
    features = bead_features(path.spans, path.costs, src, tgt, path.gaps)
    model, mt_model = load_calibration(mode), load_mt_calibration(mode)
    if (src_mt is not None or mt_rows is not None) and mt_model is not None:
        if mt_rows is not None:
            s0, t0 = offset
            mt = mt_rows([(a + s0, b + s0, c + t0, d + t0) for a, b, c, d in path.spans])
        else:
            assert src_mt is not None
            mt = mt_bead_features(path.spans, src_mt, tgt_texts)
        features = np.hstack([features, mt])
        model = mt_model
    return model.probability(features)


def doubtful(
    spans: list[Box],
    confidences: list[float],
    settings: Settings,
    shapes: bool,
    mt: np.ndarray | None = None,
) -> list[int]:
    """Indices of the beads to look at again (``mt``: MT_FEATURES rows of the beads)."""
    side = [_null_side(span) for span in spans]
    out = []
    for k, ((s0, s1, t0, t1), p) in enumerate(zip(spans, confidences, strict=True)):
        if p < settings.unsure:
            out.append(k)
        elif p >= settings.shape_sure:
            continue
        elif shapes and side[k]:
            # Inside a run of omissions (a paragraph left out) a sentence has no
            # alternative; only the run's two ends could be placed wrong.
            inner = 0 < k < len(spans) - 1 and side[k - 1] == side[k] == side[k + 1]
            if not inner and not _settled_null(p, mt, k, settings):
                out.append(k)
        elif shapes and (s1 - s0 != 1 or t1 - t0 != 1) and not _settled_merge(p, mt, k, settings):
            out.append(k)
    return out


def _settled_null(p: float, mt: np.ndarray | None, k: int, settings: Settings) -> bool:
    """A likely null bead whose sentence MT finds in no neighbour."""
    return mt is not None and p >= settings.null_sure and mt[k, 2] < settings.null_cover


def _settled_merge(p: float, mt: np.ndarray | None, k: int, settings: Settings) -> bool:
    """A merge whose translation matches its target, better than its near rivals."""
    if p >= settings.merge_sure:
        return True
    return mt is not None and mt[k, 0] >= settings.merge_chrf and mt[k, 1] >= settings.merge_margin


def _shifted(
    picked: list[int],
    spans: list[Box],
    src_words: Sequence[str],
    tgt_texts: Sequence[str],
    settings: Settings,
    gains: np.ndarray | None = None,
) -> list[int]:
    """The beads not in ``picked`` whose target fits a shifted source better
    (aligner.alignment.shift); ``src_words``: the source's translation, or the source;
    ``gains``: every bead's shift gain, when already computed."""
    chosen = set(picked)
    others = [k for k in range(len(spans)) if k not in chosen]
    if gains is None:
        gains = shift_gains(spans, Bags(src_words, tgt_texts), settings.shift_reach, others)
    return [k for k in others if gains[k] > settings.shift_gain]


def settled_by_stems(
    picked: list[int],
    spans: list[Box],
    conf: list[float],
    gains: np.ndarray,
    settings: Settings,
    joins: np.ndarray | None = None,
) -> list[int]:
    """``picked`` less the beads whose own shift gain and both neighbours' are all at
    most ``settings.shift_settle`` (negative: every shifted rival fits worse by at least
    that much): their words say the path is on the diagonal here. A null bead (no gain
    of its own) only when also at least ``settings.settle_null`` likely right; no bead
    whose ``joins`` gain (shift.join_gains) is over ``settings.settle_join``."""
    last = len(spans) - 1
    kept = []
    for k in picked:
        s0, s1, t0, t1 = spans[k]
        near = gains[max(0, k - 1) : min(last, k + 1) + 1]
        unsure_null = (s1 == s0 or t1 == t0) and conf[k] < settings.settle_null
        joined = joins is not None and joins[k] > settings.settle_join
        if unsure_null or joined or near.max() > settings.shift_settle:
            kept.append(k)
    return kept


def _null_side(span: Box) -> str:
    s0, s1, t0, t1 = span
    return "src" if t1 == t0 else "tgt" if s1 == s0 else ""


def regions(picked: list[int], count: int, context: int) -> list[tuple[int, int]]:
    """Bead ranges [b0, b1) around the picked beads, overlapping or touching ones merged."""
    out: list[tuple[int, int]] = []
    for k in picked:
        b0, b1 = max(0, k - context), min(count, k + context + 1)
        if out and b0 <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b1))
        else:
            out.append((b0, b1))
    return out


def one_sided(picked: list[int], spans: list[Box], conf: list[float]) -> list[tuple[int, int]]:
    """Bead ranges of each picked bead and one neighbour (see ``Settings.one_side``)."""
    last = len(spans) - 1
    side = [_null_side(span) for span in spans]
    out = []
    for k in picked:
        left, right = k > 0, k < last
        if side[k] and left and side[k - 1] == side[k]:
            left = False  # inside or at the end of a run: the outside is to the right
        if side[k] and right and side[k + 1] == side[k]:
            right = False
        if not side[k] and left and right:
            left = conf[k - 1] <= conf[k + 1]
            right = not left
        out.append((k - 1 if left else k, k + 2 if right else k + 1))
    return merged(out)


merged = merge_ranges  # bead ranges sorted, overlapping or touching ones joined


def solid_ends(
    ranges: list[tuple[int, int]], spans: list[Box], conf: list[float], settings: Settings
) -> list[tuple[int, int]]:
    """The ranges grown until the beads at their ends are sure 1-1 beads, merged again."""

    side = [_null_side(span) for span in spans] if settings.null_corner else []

    def solid(k: int) -> bool:
        s0, s1, t0, t1 = spans[k]
        if side and side[k] and 0 < k < len(spans) - 1 and side[k - 1] == side[k] == side[k + 1]:
            return True
        if conf[k] >= settings.corner_sure:
            return True
        return s1 - s0 == 1 and t1 - t0 == 1 and conf[k] >= settings.solid

    grown: list[tuple[int, int]] = []
    for b0, b1 in ranges:
        for _ in range(settings.reach):
            if b0 == 0 or solid(b0):
                break
            b0 -= 1
        for _ in range(settings.reach):
            if b1 == len(spans) or solid(b1 - 1):
                break
            b1 += 1
        if grown and b0 <= grown[-1][1]:
            grown[-1] = (grown[-1][0], max(grown[-1][1], b1))
        else:
            grown.append((b0, b1))
    return grown


# cheap_confidences: the share of a long document's cheap beads scored first, the beads at
# its end whose regions may still change with the next ones, and the shortest document
# given a head start (chrF of a few hundred beads takes too little time to hide).
HEAD_SHARE = 0.1
HEAD_MARGIN = 12
HEAD_BEADS = 400


def cheap_confidences(
    path: Path,
    src: SideFeatures,
    tgt: SideFeatures,
    src_texts: Sequence[str],
    tgt_texts: Sequence[str],
    src_mt: Sequence[str] | None,
    mt_rows: MtRows | None,
    embedder: Embedder,
    model: SerialThread,
    settings: Settings | None = None,
) -> tuple[np.ndarray, HeadStart | None]:
    """The cheap path's confidences (:func:`path_confidences` without embeddings), and on
    a long document with MT a head start for the first round's model call.

    Apertium's chrF features of every bead are the slow part here (~1 s on one core for
    the long book's first 2,600 verses), and the model waits for them. So the first
    HEAD_SHARE of the beads are scored first, the regions they open found (a region
    reaches a few beads either side: those well before the head's end are the first
    round's own) and their sentences embedded in ``model``'s thread while the rest are
    scored, on the core the model would leave idle. The confidences are those of one
    call (``mt_rows`` keeps the head's chrF), and the first round asks for the same
    vectors whatever was embedded ahead (:meth:`RegionVectors.ahead`)."""

    def scored(some: Path) -> np.ndarray:
        return path_confidences(some, src, tgt, "no_embeddings", src_mt, tgt_texts, mt_rows)

    count = int(len(path.spans) * HEAD_SHARE)
    if mt_rows is None or len(path.spans) < HEAD_BEADS:
        return scored(path), None
    gaps = path.gaps[:count] if path.gaps is not None else None
    head = Path(path.spans[:count], path.costs[:count], gaps)
    conf = [float(p) for p in scored(head)]
    spans, words = list(head.spans), src_mt or src_texts
    settings = settings or Settings()  # as select_and_align will have them (MT given)
    boxes, _ = round_boxes(
        0, spans, conf, mt_rows(spans), settings, words, tgt_texts, set(), set(), set()
    )
    sure = [box for _b0, b1, box in boxes if b1 <= count - HEAD_MARGIN]
    vectors = RegionVectors(len(src), len(tgt), settings.embed_chars)
    ready = model.submit(vectors.ahead, sure, src_texts, tgt_texts, embedder)
    return scored(path), HeadStart(vectors, ready)


def select_and_align(
    path: Path,
    confidences: np.ndarray,
    src: SideFeatures,
    tgt: SideFeatures,
    src_texts: Sequence[str],
    tgt_texts: Sequence[str],
    embedder: Embedder,
    weights: Weights,
    second: Weights,
    max_bead: int,
    band: int,
    overlap: bool,
    src_mt: Sequence[str] | None,
    settings: Settings | None = None,
    mt_rows: MtRows | None = None,
    head: HeadStart | None = None,
    model: SerialThread | None = None,
) -> Selected | None:
    """The cheap path with its doubtful regions aligned again with embeddings; None when
    those regions would hold over ``max_share`` of the sentences. ``head``: the first
    regions' sentences being embedded ahead (:func:`cheap_confidences`); ``model``: the
    thread that makes every model call (one thread's memory for the model's batches)."""
    settings = settings or Settings()
    if mt_rows is None and src_mt is not None:
        mt_rows = MtRows(src_mt, tgt_texts)
    if mt_rows is None:
        settings = settings.without_mt()
    spans, costs = list(path.spans), list(path.costs)
    conf = [float(p) for p in confidences]
    cut = settings.embed_chars  # the head start's vectors were cut the same way
    vectors = head.vectors if head is not None else RegionVectors(len(src), len(tgt), cut)
    done: set[Box] = set()
    changed: set[Box] = set()  # end beads of regions whose ends moved (grow_changed)
    settled: set[Box] = set()  # doubtful beads settled by their words (shift_settle)
    aligned = 0
    for round_ in range(settings.rounds):
        mt = mt_rows(spans) if mt_rows is not None else None
        words = src_mt or src_texts
        boxes, settled = round_boxes(
            round_, spans, conf, mt, settings, words, tgt_texts, changed, settled, done
        )
        changed = set()
        if round_ == 0 and head is not None:
            head.ready.result()  # its call first: never two model calls at once
        if not boxes:
            break
        if round_ == 0 and _share(boxes, len(src) + len(tgt)) > settings.max_share:
            return None
        filled = [b for _b0, _b1, b in boxes], src_texts, tgt_texts, embedder
        if model:
            call = model.submit(vectors.fill, *filled)
            if round_ == 0 and overlap:  # while the model embeds, not after
                prepare_second_pass(second, src.lang, tgt.lang)
            call.result()
        else:
            vectors.fill(*filled)
        if round_ == 0:
            # Regions are scored on the whole document's length ratio and meaning baseline.
            src, tgt = vectors.whole(src, tgt)
        realigned = _realign(
            [box for _b0, _b1, box in boxes], src, tgt, src_texts, tgt_texts, vectors,
            embedder, weights, second, max_bead, band, overlap, mt_rows, settings.span_margin,
            model,
        )  # fmt: skip
        # From the end, so earlier indices stay valid.
        for (b0, b1, box), (sub, sub_conf) in reversed(list(zip(boxes, realigned, strict=True))):
            s0, _s1, t0, _t1 = box
            new = [(a + s0, b + s0, c + t0, d + t0) for a, b, c, d in sub.spans]
            if settings.grow_changed and new:
                changed |= {n for n, o in ((new[0], spans[b0]), (new[-1], spans[b1 - 1])) if n != o}
            spans[b0:b1] = new
            settled -= set(new)  # aligned again: its new confidence says
            costs[b0:b1] = sub.costs
            conf[b0:b1] = [float(p) for p in sub_conf]
            done.add(box)
            aligned += 1
    return Selected(
        Path(spans, costs),
        np.array(conf, dtype=np.float64),
        vectors.count(),
        aligned,
        vectors.seconds,
    )


def round_boxes(
    round_: int,
    spans: list[Box],
    conf: list[float],
    mt: np.ndarray | None,
    settings: Settings,
    src_words: Sequence[str],
    tgt_texts: Sequence[str],
    changed: set[Box],
    settled: set[Box],
    done: set[Box],
) -> tuple[list[tuple[int, int, Box]], set[Box]]:
    """A round's regions (first bead, end bead, box) and the beads settled by their words
    (``settled`` as it goes on); ``src_words``: the source's translation, or the source."""
    context = settings.context * 2**round_
    picked = doubtful(spans, conf, settings, settings.shapes and round_ == 0, mt)
    if changed:
        picked = sorted(set(picked) | {k for k, span in enumerate(spans) if span in changed})
    if round_ == 0 and settings.shift_reach > 0:
        bags = Bags(src_words, tgt_texts)
        gains = shift_gains(spans, bags, settings.shift_reach, range(len(spans)))
        joins = join_gains(spans, bags, picked) if settings.settle_join < 2.0 else None
        kept = settled_by_stems(picked, spans, conf, gains, settings, joins)
        settled = {spans[k] for k in set(picked) - set(kept)}
        picked = kept
    elif settled:  # a bead settled by its words stays settled while the path keeps it
        picked = [k for k in picked if spans[k] not in settled]
    if round_ == 0 and settings.one_side:
        ranges = one_sided(picked, spans, conf)
    else:
        ranges = regions(picked, len(spans), context)
    if round_ == 0 and settings.shift_reach > 0:
        shifted = _shifted(picked, spans, src_words, tgt_texts, settings, gains)
        around = context if settings.shift_context < 0 else settings.shift_context
        ranges = merged(ranges + regions(shifted, len(spans), around))
    boxes = []
    for b0, b1 in solid_ends(ranges, spans, conf, settings):
        box = (spans[b0][0], spans[b1 - 1][1], spans[b0][2], spans[b1 - 1][3])
        # A region with one side empty has nothing to match; one seen before gains nothing.
        if box[1] > box[0] and box[3] > box[2] and box not in done and _worth(box, settings):
            boxes.append((b0, b1, box))
    return boxes, settled


def _realign(
    boxes: list[Box],
    src: SideFeatures,
    tgt: SideFeatures,
    src_texts: Sequence[str],
    tgt_texts: Sequence[str],
    vectors: RegionVectors,
    embedder: Embedder,
    weights: Weights,
    second: Weights,
    max_bead: int,
    band: int,
    overlap: bool,
    mt_rows: MtRows | None,
    margin: float = MARGIN,
    model: SerialThread | None = None,
) -> list[tuple[Path, np.ndarray]]:
    """Each region aligned with embeddings, in its own coordinates, with its confidences.

    The regions are independent, so the second pass's concatenated spans of all of them
    are embedded in few calls (overlap.refine_each), each region searched as the second
    pass takes it: the later regions' search, and the earlier ones' confidences, then run
    while the model embeds the earlier ones' spans."""

    def searched(box: Box) -> Part:
        s0, s1, t0, t1 = box
        sub_src = _slice(src, s0, s1, vectors.src)
        sub_tgt = _slice(tgt, t0, t1, vectors.tgt)
        # The gaps (a backward DP pass) only when the second pass keeps this path.
        path = find_path(sub_src, sub_tgt, weights, max_bead, band, with_gaps="later")
        return Part(path, sub_src, sub_tgt, src_texts[s0:s1], tgt_texts[t0:t1])

    def scored(box: Box, part: Part | Refined) -> tuple[Path, np.ndarray]:
        s0, _s1, t0, t1 = box
        path = part.path.with_gaps()
        confidences = path_confidences(
            path, part.src, part.tgt, "embeddings", None, tgt_texts[t0:t1], mt_rows, (s0, t0)
        )
        return path, confidences

    if not overlap:
        return [scored(box, searched(box)) for box in boxes]
    # Each region's confidences as soon as it is aligned again, while the model embeds
    # the later regions' spans.
    refined = refine_each(
        (searched(box) for box in boxes), weights, embedder, max_bead, second, margin,
        model=model,
    )  # fmt: skip
    return [scored(box, r) for box, r in zip(boxes, refined, strict=True)]


def _worth(box: Box, settings: Settings) -> bool:
    """Whether aligning the region again could move a bead (see ``Settings.single``)."""
    s0, s1, t0, t1 = box
    return settings.single or s1 - s0 > 1 or t1 - t0 > 1


def _share(boxes: list[tuple[int, int, Box]], sentences: int) -> float:
    return sum(s1 - s0 + t1 - t0 for _b0, _b1, (s0, s1, t0, t1) in boxes) / max(1, sentences)


def _slice(side: SideFeatures, start: int, end: int, vectors: np.ndarray) -> SideFeatures:
    return SideFeatures(
        vectors=vectors[start:end],
        lengths=side.lengths[start:end],
        numbers=side.numbers[start:end],
        subwords=side.subwords[start:end],
        paragraph_end=side.paragraph_end[start:end],
        paragraph=side.paragraph[start:end],
        whole=side.whole,
        lang=side.lang,
    )
