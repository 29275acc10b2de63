"""Speed of the drift checks' word-list cues and cognates against their plain versions.

    python bench/cue_speed.py [--repeat 3]

Checks the bundled seed article (corpora/seed, without embeddings, with Apertium when
installed) once, recording every ``find_cues`` and ``cognate`` call the checks make; then
replays the recorded calls, in the same run, with a plain matcher written here (each cue
item's shape read again at every word it is tried on, as before branch ci31) and with
aligner.drift.text's (items compiled once per table), and ``cognate`` without and with
its memo. Reports both times, their ratio, and whether every result is the same.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence

from aligner.alignment.engine import load_document
from aligner.drift import text
from aligner.pipelines.check import check_documents

SEED = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpora", "seed")


def _plain_item(item: str, tok: text.Tok) -> bool:
    if item.endswith("*") and len(item) > 1:
        return tok.norm.startswith(item[:-1])
    if item.startswith("*") and len(item) > 1:
        return tok.norm.endswith(item[1:]) and len(tok.norm) > len(item)
    if "*" in item:
        head, tail = item.split("*", 1)
        return (
            tok.text[:1].islower()
            and tok.norm.startswith(head)
            and tok.norm.endswith(tail)
            and len(tok.norm) >= len(item) + 1
        )
    return tok.norm == item


def _plain_at(items: Sequence[str], ws: Sequence[text.Tok], i: int) -> int:
    if not items:
        return -1
    head, rest = items[0], items[1:]
    if head == "…":
        for skip in range(0, text._GAP + 1):
            end = _plain_at(rest, ws, i + skip)
            if end >= 0:
                return end
        return -1
    if i >= len(ws) or not _plain_item(head, ws[i]):
        return -1
    return i + 1 if not rest else _plain_at(rest, ws, i + 1)


_PLAIN_TABLES: dict[tuple, tuple[dict, tuple]] = {}


def _plain_table(entries: tuple) -> tuple[dict, tuple]:
    """The same first-word index as aligner's, over the items as strings."""
    if entries not in _PLAIN_TABLES:
        ordered = sorted(((tuple(p.split()), lb) for p, lb in entries), key=lambda x: -len(x[0]))
        anywhere = [(k, c) for k, c in enumerate(ordered) if not text._indexable(c[0])]
        keyed: dict[str, list] = {}
        for k, c in enumerate(ordered):
            if text._indexable(c[0]):
                keyed.setdefault(c[0][0], []).append((k, c))
        by_first = {
            f: tuple(c for _k, c in sorted(cs + anywhere, key=lambda x: x[0]))
            for f, cs in keyed.items()
        }
        _PLAIN_TABLES[entries] = (by_first, tuple(c for _k, c in anywhere))
    return _PLAIN_TABLES[entries]


def plain_find_cues(ws: Sequence[text.Tok], entries) -> list[text.Cue]:
    by_first, anywhere = _plain_table(tuple(entries))
    out: list[text.Cue] = []
    i = 0
    while i < len(ws):
        for items, label in by_first.get(ws[i].norm, anywhere):
            end = _plain_at(items, ws, i)
            if end > i and not (
                ws[i].cap
                and not ws[i].initial
                and items[0].islower()
                and ws[i].text[1:].islower()
                and len(items) == 1
            ):
                out.append(text.Cue(i, end, label, ws[i].start, ws[end - 1].end))
                i = end
                break
        else:
            i += 1
    return out


def record() -> tuple[list, list]:
    """The (words, table) of every find_cues call and the (a, b) of every cognate call
    the seed's check makes."""
    cues: list = []
    pairs: list = []
    real_cues, real_cognate = text.find_cues, text.cognate

    def cue_spy(ws, entries):
        entries = tuple(entries)
        cues.append((ws, entries))
        return real_cues(ws, entries)

    def cognate_spy(a, b):
        pairs.append((a, b))
        return real_cognate(a, b)

    patched = []
    for module in list(sys.modules.values()):
        for name, real, spy in (
            ("find_cues", real_cues, cue_spy),
            ("cognate", real_cognate, cognate_spy),
        ):
            if getattr(module, name, None) is real:
                setattr(module, name, spy)
                patched.append((module, name, real))
    try:
        src = load_document(os.path.join(SEED, "lavrov.es.txt"), "es")
        tgt = load_document(os.path.join(SEED, "lavrov.en.txt"), "en")
        check_documents(src, tgt, embedder=None)
    finally:
        for module, name, real in patched:
            setattr(module, name, real)
    return cues, pairs


def timed(fn: Callable, calls: list, repeat: int) -> tuple[float, list]:
    best, out = float("inf"), []
    for _ in range(repeat):
        began = time.process_time()
        out = [fn(*args) for args in calls]
        best = min(best, time.process_time() - began)
    return best, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="best of this many replays")
    args = parser.parse_args()
    cues, pairs = record()
    print(f"seed check: {len(cues)} find_cues calls, {len(pairs)} cognate calls")
    plain_t, plain_out = timed(plain_find_cues, cues, args.repeat)
    ours_t, ours_out = timed(text.find_cues, cues, args.repeat)
    print(
        f"find_cues: plain {plain_t:.3f} CPU-s, aligner {ours_t:.3f} CPU-s, "
        f"ratio {ours_t / plain_t:.2f}, same results: {plain_out == ours_out}"
    )
    # The memo filled up while recording; each timing starts it empty, as a process does.
    plain_c = text.cognate.__wrapped__
    text.cognate.cache_clear()
    text.skeleton.cache_clear()
    began = time.process_time()
    ours_c = [text.cognate(a, b) for a, b in pairs]
    ours_ct = time.process_time() - began
    text.skeleton.cache_clear()
    began = time.process_time()
    plain_c_out = [plain_c(a, b) for a, b in pairs]
    plain_ct = time.process_time() - began  # skeleton memoised in both: only cognate's own
    print(
        f"cognate: without memo {plain_ct:.3f} CPU-s, with {ours_ct:.3f} CPU-s, "
        f"ratio {ours_ct / plain_ct:.2f}, same results: {plain_c_out == ours_c}"
    )


if __name__ == "__main__":
    main()
