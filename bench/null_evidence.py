"""What the gold says of the first path's null lean, for the leave-one-piece-out folds' starts.

``Weights.null_asymmetry`` makes a null dearer on the side that a document's first path
leaves out less often than the other (aligner/alignment/side_nulls.py). In Text+Berg dev
it fixes one region (a German sentence the French summarises with its neighbour, left out);
a fold without that piece sees at most a bead's precision and keeps the weight off, as
with the boundary rules (bench/boundary_evidence.py). What every fold's own gold can show
is the weight's sign: on the documents whose first path leans, the gold's nulls fall on
the leaning side less often than that side's share of the sentences. A one-sided binomial
test of that, over the fold's training documents (Text+Berg's kept pieces), starts the
weight at its grid's smallest step when it passes; the F1 search then moves it as before.
The lean is read from the first path (no gold); the held-out piece's gold is not read.
"""

from __future__ import annotations

from collections.abc import Iterable

from boundary_evidence import EVIDENCE_P, binomial_tail

from aligner.types import Bead


def lean_counts(beads: Iterable[Bead], src_lean: float, tgt_lean: float, n: int, m: int):
    """(gold nulls on the leaning side, gold nulls on both sides, the leaning side's share
    of the sentences); None when the document does not lean. ``beads`` may be part of a
    document's gold (a piece); n and m are then that part's sentences. A sentence in no
    bead with both sides is a null (the corpora's gold lists aligned beads only)."""
    if src_lean <= 0 and tgt_lean <= 0:
        return None
    beads = list(beads)
    src_nulls = n - sum(len(b.src) for b in beads if b.src and b.tgt)
    tgt_nulls = m - sum(len(b.tgt) for b in beads if b.src and b.tgt)
    on_lean = src_nulls if src_lean > 0 else tgt_nulls
    share = (n if src_lean > 0 else m) / max(1, n + m)
    return on_lean, src_nulls + tgt_nulls, share


def lean_supported(
    rows: Iterable[tuple[int, int, float] | None], level: float = EVIDENCE_P
) -> bool:
    """Whether the gold's nulls avoid the leaning side (pooled over documents, the expected
    share weighted by each document's nulls) at ``level``."""
    kept = [r for r in rows if r is not None and r[1] > 0]
    k = sum(r[0] for r in kept)
    n = sum(r[1] for r in kept)
    if n == 0:
        return False
    expected = sum(r[1] * r[2] for r in kept) / n
    return binomial_tail(k, n, expected, lower=True) < level
