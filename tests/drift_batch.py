"""Drift findings for a test module's parametrized pairs, from one ``check_pairs`` call
per language.

Every call starts Apertium (about 0.4 s), and the pairs are independent
(:func:`aligner.drift.checks.analyse_pairs` checks each one on its own), so the first
case of a module that asks checks all of the module's ``src``/``tgt`` cases together.
The one pass across pairs, the acronym glossary (:mod:`aligner.drift.glossary`), needs
a pairing of two unknown acronyms in two sentences: a module whose cases repeat one
(tests/test_drift23d.py) learns it, which is what that module tests. A
module opts in with ``_batch = batch_fixture()`` and asks with
``findings(__name__, src, tgt, lang)``.

Under pytest-xdist a module's cases may run on both workers: the batch is computed by
the first worker that asks and read by the other (:mod:`tests.worker_share`), so it is
the same batch, checked once.
"""

from __future__ import annotations

import pytest

from aligner.drift.checks import check_pairs
from tests.worker_share import shared_value

_BATCHES: dict[str, BatchedFindings] = {}


def _check(pairs: list[tuple[str, str]], lang: str) -> list:
    return check_pairs(pairs, lang, "en", embedder=None, mt="auto")


class BatchedFindings:
    def __init__(self, by_lang: dict[str, list[tuple[str, str]]], share=None):
        self._pending = {lang: list(dict.fromkeys(pairs)) for lang, pairs in by_lang.items()}
        self._found: dict[tuple[str, str, str], list] = {}
        self._share = share  # (tmp_path_factory, module name): the batch shared by workers

    def __call__(self, src: str, tgt: str, lang: str) -> list:
        key = (src, tgt, lang)
        if key not in self._found:
            pairs = self._pending.pop(lang, [])
            if (src, tgt) in pairs and self._share is not None:
                factory, module = self._share
                found = shared_value(factory, f"drift-{module}-{lang}", lambda: _check(pairs, lang))
            else:  # a pair outside the module's parameters: checked with what is left
                if (src, tgt) not in pairs:
                    pairs.append((src, tgt))
                found = _check(pairs, lang)
            for (s, t), one in zip(pairs, found, strict=True):
                self._found[(s, t, lang)] = one
        return self._found[key]


def _module_pairs(request, default_lang: str) -> dict[str, list[tuple[str, str]]]:
    by_lang: dict[str, list[tuple[str, str]]] = {}
    for item in request.session.items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if getattr(item, "module", None) is request.module and {"src", "tgt"} <= params.keys():
            lang = params.get("lang", default_lang)
            by_lang.setdefault(lang, []).append((params["src"], params["tgt"]))
    return by_lang


def batch_fixture(default_lang: str = "es"):
    @pytest.fixture(scope="module", autouse=True)
    def _batch(request, tmp_path_factory):
        name = request.module.__name__
        pairs = _module_pairs(request, default_lang)
        _BATCHES[name] = BatchedFindings(pairs, (tmp_path_factory, name))
        yield
        _BATCHES.pop(name, None)

    return _batch


def findings(module: str, src: str, tgt: str, lang: str = "es") -> list:
    batch = _BATCHES.get(module)
    return batch(src, tgt, lang) if batch is not None else _check([(src, tgt)], lang)[0]


def alarms(module: str, src: str, tgt: str, lang: str = "es") -> list[tuple[str, str]]:
    """(type, severity) of the findings at major or above: what a translator is shown."""
    return [(f.type, f.severity) for f in findings(module, src, tgt, lang) if f.severity != "minor"]


def alarm_types(module: str, src: str, tgt: str, lang: str = "es") -> set[str]:
    """The finding types at major or above."""
    return {kind for kind, _ in alarms(module, src, tgt, lang)}
