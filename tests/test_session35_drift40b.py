"""Session 35 (drift40b): ContraTICO's false alarms per kind (``drift_compare.py slices
--kinds``; docs/drift.md, "Session 35 (drift40b)").

The round's census found DEMETR's missed ``adj_adv_removed`` pairs to be, in the
words alone, what ContraTICO labels a harmless ``expansion_noimpact`` (one adjective or
adverb put into the source, the English left as it was), so the slices are now counted
per ContraTICO kind too. The rows below are written here, not taken from any data.
"""

from __future__ import annotations

import importlib.util
import os
import sys

_BENCH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "bench")


def _compare():
    sys.path.insert(0, _BENCH)  # drift_compare imports drift_public as a script does
    try:
        spec = importlib.util.spec_from_file_location(
            "bench_drift_compare", os.path.join(_BENCH, "drift_compare.py")
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    finally:
        sys.path.pop(0)
    return module


_MAJOR = {"type": "omission", "severity": "major"}
_MINOR = {"type": "omission", "severity": "minor"}
_OMISSION = [{"type": "omission", "severity": "critical", "accept": ["omission"]}]


def _row(n: int, kind: str, findings: list[dict], labels: list[dict] | None = None) -> dict:
    return {
        "id": f"contratico-fr>es:{n}",
        "kind": kind,
        "src": "Los médicos recomiendan a menudo descansar.",
        "tgt": "Doctors recommend rest.",
        "labels": labels or [],
        "findings": findings,
    }


ROWS = [
    _row(1, "faithful", []),
    _row(2, "faithful", [_MAJOR]),
    _row(3, "expansion_noimpact", [_MAJOR]),
    _row(4, "expansion_noimpact", [_MINOR]),
    _row(5, "omission", [_MAJOR], _OMISSION),
    _row(6, "faithful", [_MAJOR]),  # in a slice not shown
]
WHERE = {"1": "fit", "2": "A", "3": "C", "4": "fit", "5": "C", "6": "B"}


def test_counts_per_kind_over_the_shown_slices_only() -> None:
    counts = _compare().by_kind(ROWS, WHERE, ("fit", "A", "C"))
    # A minor finding is no flag; the pair of slice B is not read.
    assert counts == {"faithful": (1, 2), "expansion_noimpact": (1, 2), "omission": (1, 1)}
    assert _compare().by_kind(ROWS, WHERE, ("B",)) == {"faithful": (1, 1)}


def test_the_table_puts_label_0_kinds_first() -> None:
    table = _compare().kinds_table(ROWS, WHERE, ("fit", "A", "C")).splitlines()
    assert table[0].startswith("| kind (fit/A/C) |")
    body = [line.split(" | ") for line in table[2:]]
    assert [cells[0].strip("| ") for cells in body] == [
        "expansion_noimpact",
        "faithful",
        "omission",
    ]
    assert [cells[1] for cells in body] == ["0", "0", "1"]
    assert body[0][2].startswith("1 / 2 (50.0 %)")
