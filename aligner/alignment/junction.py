"""Junction moves: a boundary sentence given to the neighbouring bead its words translate.

After the second pass, about a quarter of Text+Berg's remaining errors are boundary
shifts: a sentence at the junction of two beads given to the wrong one (``[65, 66]:[104]
[67, 68]:[105, 106]`` where the gold has ``[65]:[104] [66, 67, 68]:[105, 106]``). e5's
cosine of one sentence against either bead points the wrong way as often as the right
way there (docs/benchmarks.md, tb13h); a bilingual dictionary can say which bead's other
side translates the sentence's words. A junction sentence moves when the dictionary finds
clearly more of its words translated in the neighbouring bead than in its own and the
second pass's cost of the two beads rises by little (e5, length and the other signals do
not object strongly). The bead that gave the sentence up is then cut again where the
second pass's own costs prefer (:func:`resegment`): the DP chose its cut with the
sentence inside. Nulls are left alone: joining a null sentence to the neighbour
that translates some of its words, or dropping a sentence that none translate, lost on
the fitting sets (docs/benchmarks.md, tb18).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from aligner.alignment.lexicon import LexiconSides
from aligner.alignment.score import BeadScorer
from aligner.alignment.search import Path, bead_types

Span = tuple[int, int, int, int]  # (src_start, src_end, tgt_start, tgt_end), half-open


def translated(own: LexiconSides, other: LexiconSides, i: int, ids: range) -> int:
    """How many of sentence ``i``'s known words the sentences ``ids`` of the other side
    translate, plus how many of theirs it translates (hashed bits, both directions)."""
    if len(ids) == 0:
        return 0
    words = np.bitwise_or.reduce(other.words[ids.start : ids.stop], axis=0)
    trans = np.bitwise_or.reduce(other.translations[ids.start : ids.stop], axis=0)
    into = np.bitwise_count(own.words[i] & trans).sum()
    return int(into + np.bitwise_count(own.translations[i] & words).sum())


def bead_cost(scorer: BeadScorer, span: Span) -> float:
    """The second pass's cost of one bead with both sides (the DP's own scorer)."""
    s0, s1, t0, t1 = span
    a, b = s1 - s0, t1 - t0
    return float(scorer.block_costs(np.array([s1]), np.array([t1]), [(a, b)])[(a, b)][0, 0])


def null_cost(scorer: BeadScorer, side: str, i: int) -> float:
    """The second pass's cost of leaving sentence ``i`` of ``side`` ("src"/"tgt") out."""
    costs = scorer.src_null if side == "src" else scorer.tgt_null
    return float(costs[i]) if costs is not None else scorer.w.null


def resegment(scorer: BeadScorer, span: Span, max_bead: int) -> tuple[list[Span], list[float]]:
    """The cheapest cut of one bead's sentences into beads of at most ``max_bead``
    sentences and nulls, by the second pass's costs (a DP over the bead's few cells)."""
    s0, s1, t0, t1 = span
    best: dict[tuple[int, int], tuple[float, tuple[int, int]]] = {(0, 0): (0.0, (0, 0))}
    for i in range(s1 - s0 + 1):
        for j in range(t1 - t0 + 1):
            for a, b in bead_types(max_bead):
                if (i, j) == (0, 0) or a > i or b > j:
                    continue
                if a and b:
                    cost = bead_cost(scorer, (s0 + i - a, s0 + i, t0 + j - b, t0 + j))
                elif a:
                    cost = null_cost(scorer, "src", s0 + i - 1)
                else:
                    cost = null_cost(scorer, "tgt", t0 + j - 1)
                total = best[(i - a, j - b)][0] + cost
                if (i, j) not in best or total < best[(i, j)][0]:
                    best[(i, j)] = (total, (a, b))
    spans: list[Span] = []
    costs: list[float] = []
    i, j = s1 - s0, t1 - t0
    while (i, j) != (0, 0):
        total, (a, b) = best[(i, j)]
        spans.append((s0 + i - a, s0 + i, t0 + j - b, t0 + j))
        costs.append(total - best[(i - a, j - b)][0])
        i, j = i - a, j - b
    return spans[::-1], costs[::-1]


def shifts(left: Span, right: Span) -> Iterator[tuple[Span, Span, str, int, Span, Span]]:
    """The four one-sentence moves across the junction of two beads with both sides:
    (new left, new right, side, sentence, bead it leaves, bead it joins). A bead keeps at
    least one sentence on each side."""
    ls0, ls1, lt0, lt1 = left
    rs0, rs1, rt0, rt1 = right
    if ls1 - ls0 >= 2:
        yield (ls0, ls1 - 1, lt0, lt1), (ls1 - 1, rs1, rt0, rt1), "src", ls1 - 1, left, right
    if rs1 - rs0 >= 2:
        yield (ls0, rs0 + 1, lt0, lt1), (rs0 + 1, rs1, rt0, rt1), "src", rs0, right, left
    if lt1 - lt0 >= 2:
        yield (ls0, ls1, lt0, lt1 - 1), (rs0, rs1, lt1 - 1, rt1), "tgt", lt1 - 1, left, right
    if rt1 - rt0 >= 2:
        yield (ls0, ls1, lt0, rt0 + 1), (rs0, rs1, rt0 + 1, rt1), "tgt", rt0, right, left


def _aligned(span: Span) -> bool:
    return span[1] > span[0] and span[3] > span[2]


def move_junctions(
    path: Path,
    scorer: BeadScorer,
    src: LexiconSides,
    tgt: LexiconSides,
    min_hits: float,
    max_cost: float,
    max_bead: int,
) -> Path:
    """``path`` with each junction sentence moved to the neighbouring bead when the
    dictionary finds at least ``min_hits`` more translated words for it there than in its
    own bead and the two beads cost at most ``max_cost`` more; one sweep, left to right.
    A moved bead's min-marginal gap becomes 0 (the DP itself preferred the other cut).
    The bead that gave a sentence up is cut again where that is cheaper (:func:`resegment`)."""
    spans, costs = list(path.spans), list(path.costs)
    gaps = list(path.gaps) if path.gaps is not None else None
    gave_up: list[int] = []
    for k in range(len(spans) - 1):
        left, right = spans[k], spans[k + 1]
        if not (_aligned(left) and _aligned(right)):
            continue
        best = None
        for new_left, new_right, side, i, leaves, joins in shifts(left, right):
            if max(_size(new_left), _size(new_right)) > max_bead:
                continue
            own, other = (src, tgt) if side == "src" else (tgt, src)
            there = translated(own, other, i, _opposite(joins, side))
            evidence = there - translated(own, other, i, _opposite(leaves, side))
            if evidence < min_hits:
                continue
            new_costs = (bead_cost(scorer, new_left), bead_cost(scorer, new_right))
            rise = sum(new_costs) - costs[k] - costs[k + 1]
            if rise <= max_cost and (best is None or (evidence, -rise) > best[0]):
                best = ((evidence, -rise), new_left, new_right, new_costs)
        if best is not None:
            _key, spans[k], spans[k + 1], (costs[k], costs[k + 1]) = best
            gave_up.append(k if _size(spans[k]) < _size(left) else k + 1)
            if gaps is not None:
                gaps[k] = gaps[k + 1] = 0.0
    for k in sorted(set(gave_up), reverse=True):  # right to left: indices stay valid
        parts, part_costs = resegment(scorer, spans[k], max_bead)
        if len(parts) > 1 and sum(part_costs) < costs[k] - 1e-9:
            spans[k : k + 1], costs[k : k + 1] = parts, part_costs
            if gaps is not None:
                gaps[k : k + 1] = [0.0] * len(parts)
    return Path(spans, costs, gaps)


def _opposite(span: Span, side: str) -> range:
    """The bead's sentences on the side opposite ``side``."""
    return range(span[2], span[3]) if side == "src" else range(span[0], span[1])


def _size(span: Span) -> int:
    return span[1] - span[0] + span[3] - span[2]
