"""Sentence-segmentation benchmark against the gold segmentations in corpora/.

    python -m aligner.io.gold build corpora/          # derive NAME.LANG.txt and NAME.LANG.seg
    python bench/segmentation.py [FOLDER] [--json] [--errors]

Every NAME.LANG.txt with a NAME.LANG.seg next to it is segmented with language
LANG and compared with the gold. A boundary is a position in the concatenation
of the sentences with all whitespace removed, so spacing differences between
the raw text and the gold do not matter. Scores are micro-averaged per
language; "inner" counts only boundaries inside a paragraph (a line break
gives the others away). A naive splitter (after . ! ? followed by a space and
a capital) is shown for reference.
"""

from __future__ import annotations

import argparse
import bisect
import difflib
import json
import os
import re
import sys
from dataclasses import dataclass, field

from aligner.alignment.segment import fold, segment
from aligner.io.gold import read_segmentation

_NAIVE = re.compile(r"(?<=[.!?])\s+(?=[\"“«¿¡(]?[A-ZÁÉÍÓÚÑ])")


def _squash(sentence: str) -> str:
    return "".join(fold(sentence).split())


def boundary_positions(sentences: list[str]) -> list[int]:
    """End offsets of all sentences but the last in the whitespace-free concatenation."""
    positions, total = [], 0
    for sentence in sentences:
        total += len(_squash(sentence))
        positions.append(total)
    return positions[:-1]


def _pred_in_gold_coordinates(gold: list[str], pred: list[str]) -> list[int]:
    """Predicted boundaries; if the two texts differ at all, mapped through a diff."""
    gold_text = "".join(_squash(s) for s in gold)
    pred_text = "".join(_squash(s) for s in pred)
    positions = boundary_positions(pred)
    if gold_text == pred_text:
        return positions
    matcher = difflib.SequenceMatcher(None, pred_text, gold_text, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    starts = [b.a for b in blocks]
    mapped = set()
    for position in positions:
        # a boundary maps if it falls inside or right after a matching stretch
        k = bisect.bisect_left(starts, position) - 1
        if k >= 0 and position <= blocks[k].a + blocks[k].size:
            mapped.add(blocks[k].b + position - blocks[k].a)
    return sorted(mapped)


def boundary_counts(gold: list[str], pred: list[str]) -> tuple[int, int, int]:
    """(correct, predicted, gold) boundary counts for one document."""
    gold_set = set(boundary_positions(gold))
    pred_set = set(_pred_in_gold_coordinates(gold, pred))
    return len(gold_set & pred_set), len(pred_set), len(gold_set)


def _prf(correct: int, predicted: int, expected: int) -> tuple[float, float, float]:
    precision = correct / predicted if predicted else 1.0
    recall = correct / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def boundary_scores(gold: list[str], pred: list[str]) -> tuple[float, float, float]:
    """Boundary precision, recall and F1 of a predicted segmentation against the gold."""
    return _prf(*boundary_counts(gold, pred))


# --- walking a corpus folder ---


@dataclass
class Tally:
    docs: int = 0
    sentences: int = 0
    counts: list[int] = field(default_factory=lambda: [0, 0, 0])
    inner: list[int] = field(default_factory=lambda: [0, 0, 0])
    naive: list[int] = field(default_factory=lambda: [0, 0, 0])

    def add(self, key: str, counts: tuple[int, int, int]) -> None:
        total = getattr(self, key)
        for i, value in enumerate(counts):
            total[i] += value


def find_documents(folder: str) -> list[tuple[str, str, str]]:
    """(raw text path, gold segmentation path, language) for each gold pair under folder."""
    found = []
    for root, _dirs, files in os.walk(folder):
        for name in sorted(files):
            match = re.fullmatch(r"(.+)\.([a-z]{2,3})\.txt", name)
            seg = os.path.join(root, f"{match.group(1)}.{match.group(2)}.seg") if match else ""
            if match and os.path.exists(seg):
                found.append((os.path.join(root, name), seg, match.group(2)))
    return sorted(found)


def _paragraph_gold(seg_path: str) -> list[list[str]]:
    with open(seg_path, encoding="utf-8") as handle:
        blocks = handle.read().split("\n\n")
    return [[line.strip() for line in b.splitlines() if line.strip()] for b in blocks if b.strip()]


def _inner_counts(paragraphs: list[list[str]], pred: list[str]) -> tuple[int, int, int]:
    """Counts restricted to boundaries that are not paragraph ends in the gold."""
    gold = [s for p in paragraphs for s in p]
    ends = set(boundary_positions(["".join(p) for p in paragraphs]))
    gold_set = set(boundary_positions(gold)) - ends
    pred_set = set(_pred_in_gold_coordinates(gold, pred)) - ends
    return len(gold_set & pred_set), len(pred_set), len(gold_set)


def _context(sentences: list[str], position: int) -> str:
    total = 0
    for i, sentence in enumerate(sentences[:-1]):
        total += len(_squash(sentence))
        if total == position:
            left, right = fold(sentence), fold(sentences[i + 1])
            return f"…{left[-60:]} ‖ {right[:60]}…"
    return f"(position {position})"


def _print_errors(path: str, gold: list[str], pred: list[str]) -> None:
    gold_set = set(boundary_positions(gold))
    pred_set = set(_pred_in_gold_coordinates(gold, pred))
    for position in sorted(gold_set - pred_set):
        print(f"  MISSED   {os.path.basename(path)}: {_context(gold, position)}")
    for position in sorted(pred_set - gold_set):
        print(f"  SPURIOUS {os.path.basename(path)}: {_context(pred, position)}")


def evaluate_folder(folder: str, show_errors: bool = False) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for txt_path, seg_path, lang in find_documents(folder):
        with open(txt_path, encoding="utf-8") as handle:
            raw = handle.read()
        paragraphs = _paragraph_gold(seg_path)
        gold = read_segmentation(seg_path)
        pred = [s.text for s in segment(raw, lang)]
        naive = [p for line in raw.splitlines() for p in _NAIVE.split(line) if p.strip()]
        tally = tallies.setdefault(lang, Tally())
        tally.docs += 1
        tally.sentences += len(gold)
        tally.add("counts", boundary_counts(gold, pred))
        tally.add("inner", _inner_counts(paragraphs, pred))
        tally.add("naive", boundary_counts(gold, naive))
        if show_errors:
            _print_errors(txt_path, gold, pred)
    return tallies


def report(tallies: dict[str, Tally]) -> dict[str, dict[str, float]]:
    table = {}
    for lang, tally in sorted(tallies.items()):
        p, r, f = _prf(*tally.counts)
        ip, ir, inner_f = _prf(*tally.inner)
        table[lang] = {
            "docs": tally.docs,
            "sentences": tally.sentences,
            "boundaries": tally.counts[2],
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "inner_precision": round(ip, 4),
            "inner_recall": round(ir, 4),
            "inner_f1": round(inner_f, 4),
            "naive_f1": round(_prf(*tally.naive)[2], 4),
        }
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="corpora")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--errors", action="store_true", help="list missed/spurious boundaries")
    args = parser.parse_args(argv)
    tallies = evaluate_folder(args.folder, args.errors)
    if not tallies:
        print(f"no NAME.LANG.txt with NAME.LANG.seg under {args.folder}", file=sys.stderr)
        return 1
    table = report(tallies)
    if args.json:
        print(json.dumps(table, indent=2))
        return 0
    print(f"{'lang':5} {'docs':>4} {'bounds':>6} {'P':>7} {'R':>7} {'F1':>7}  inner F1  naive F1")
    for lang, row in table.items():
        scores = " ".join(f"{row[k]:>7.4f}" for k in ("precision", "recall", "f1"))
        extra = f"{row['inner_f1']:>8.4f}  {row['naive_f1']:>8.4f}"
        print(f"{lang:5} {row['docs']:>4} {row['boundaries']:>6} {scores}  {extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
