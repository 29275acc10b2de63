"""Drift findings for the test modules' parametrized pairs, from one ``check_pairs`` call
per language for the whole run.

Every call starts Apertium several times (about 1.3 CPU-s a call on small batches), and
the pairs are independent (:func:`aligner.drift.checks.analyse_pairs` checks each one on
its own), so the first case that asks checks the ``src``/``tgt`` cases of every module
that opted in, one call per language, and the other cases read their findings. The one
pass across pairs, the acronym glossary (:mod:`aligner.drift.glossary`), reads a pairing
of two unknown acronyms repeated within one input: that call runs without it
(``glossary_pass=False``), and each module's findings are then given the glossary pass
over the module's own pairs (:func:`aligner.drift.checks.with_glossary`, as the product
does for an input checked in parts). A module where that pass changes anything (its
cases repeat a pairing: tests/test_drift23d.py learns one, which is what it tests) is
checked on its own, in one call with the glossary, as before. A module opts in with
``_batch = batch_fixture()`` and asks with ``findings(__name__, src, tgt, lang)``.

Under pytest-xdist the run's batch is computed by the first worker that asks and read
by the other (:mod:`tests.worker_share`); a worker that asks while the other computes it
checks its module's pairs on its own rather than wait.
"""

from __future__ import annotations

import sys
from functools import cache

import pytest

from aligner.drift.checks import check_pairs, with_glossary
from aligner.drift.lexical_diff import analyse
from tests.drift_batch_sites import asked_pairs
from tests.worker_share import shared_value

Pair = tuple[str, str]
_BATCHES: dict[str, BatchedFindings] = {}
_DEFAULT_LANG: dict[str, str] = {}  # the modules that opted in, with their default language


def _check(pairs: list[tuple[str, str]], lang: str) -> list:
    return check_pairs(pairs, lang, "en", embedder=None, mt="auto")


class BatchedFindings:
    def __init__(self, by_lang: dict[str, list[Pair]], share=None):
        self._pending = {lang: list(dict.fromkeys(pairs)) for lang, pairs in by_lang.items()}
        self._found: dict[tuple[str, str, str], list] = {}
        self._share = share  # (tmp_path_factory, module name, the run's pairs by language)

    def __call__(self, src: str, tgt: str, lang: str) -> list:
        key = (src, tgt, lang)
        if key not in self._found:
            pairs = self._pending.pop(lang, [])
            if (src, tgt) in pairs and self._share is not None:
                found = self._shared(pairs, lang)
            else:  # a pair outside the module's parameters: checked with what is left
                if (src, tgt) not in pairs:
                    pairs.append((src, tgt))
                found = _check(pairs, lang)
            for (s, t), one in zip(pairs, found, strict=True):
                self._found[(s, t, lang)] = one
        return self._found[key]

    def _shared(self, pairs: list[Pair], lang: str) -> list:
        factory, module, run_pairs = self._share
        everything = shared_value(
            factory, f"drift-run-{lang}", lambda: _check_run(run_pairs[lang], lang), wait=False
        )
        found = everything.get(module) if everything is not None else None
        if found is None:  # the other worker is checking the run, or the glossary matters
            return shared_value(factory, f"drift-{module}-{lang}", lambda: _check(pairs, lang))
        return found


def _check_run(by_module: dict[str, list[Pair]], lang: str) -> dict[str, list | None]:
    """Each module's findings from one call for the run's pairs in ``lang``; None for a
    module whose own glossary pass changes them (it is checked on its own)."""
    pairs = list(dict.fromkeys(p for module_pairs in by_module.values() for p in module_pairs))
    checked = check_pairs(pairs, lang, "en", embedder=None, mt="auto", glossary_pass=False)
    by_pair = dict(zip(pairs, checked, strict=True))
    out: dict[str, list | None] = {}
    for module, module_pairs in by_module.items():
        found = [by_pair[p] for p in dict.fromkeys(module_pairs)]
        glossed = with_glossary(list(dict.fromkeys(module_pairs)), found, lang, "en")
        out[module] = found if glossed == found else None
    return out


# The fixtures every batched case has (tests/conftest.py's and this module's): a module
# whose cases use any other (its own dictionary folder, say: tests/test_session21_drift26f.py)
# may check its pairs in a setting of its own, so it is left out of the run's batch and
# checked on its own, in its own setting, as before.
_PLAIN_FIXTURES = {
    "_private_cache",
    "_dictionaries_of_the_setup",
    "_batch",
    "request",
    "tmp_path_factory",
}


def _run_pairs(session) -> dict[str, dict[str, list[Pair]]]:
    """The pairs of every module that opted in and sets nothing up of its own: language
    → module → pairs."""
    by_lang: dict[str, dict[str, list[Pair]]] = {}
    own_setting = set()
    for item in session.items:
        name = getattr(getattr(item, "module", None), "__name__", None)
        if name not in _DEFAULT_LANG:
            continue
        params = getattr(getattr(item, "callspec", None), "params", {})
        extra = set(getattr(item, "fixturenames", ())) - params.keys() - _PLAIN_FIXTURES
        if {"src", "tgt"} <= params.keys() and extra:
            own_setting.add(name)
        for lang, src, tgt in _item_pairs(item, _DEFAULT_LANG[name]):
            by_lang.setdefault(lang, {}).setdefault(name, []).append((src, tgt))
    return {
        lang: {m: pairs for m, pairs in modules.items() if m not in own_setting}
        for lang, modules in by_lang.items()
    }


def _module_pairs(request, default_lang: str) -> dict[str, list[tuple[str, str]]]:
    by_lang: dict[str, list[tuple[str, str]]] = {}
    for item in request.session.items:
        if getattr(item, "module", None) is request.module:
            for lang, src, tgt in _item_pairs(item, default_lang):
                by_lang.setdefault(lang, []).append((src, tgt))
    return by_lang


def _item_pairs(item, default_lang: str) -> list[tuple[str, str, str]]:
    """(language, source, translation) the test asks about: its ``src``/``tgt``
    parameters, and the asker calls its source shows (tests/drift_batch_sites.py)."""
    params = getattr(getattr(item, "callspec", None), "params", {})
    out = []
    if {"src", "tgt"} <= params.keys():
        out.append((params.get("lang", default_lang), params["src"], params["tgt"]))
    return out + asked_pairs(item, _PLAIN_FIXTURES)


def batch_fixture(default_lang: str = "es"):
    _DEFAULT_LANG[sys._getframe(1).f_globals["__name__"]] = default_lang

    @pytest.fixture(scope="module", autouse=True)
    def _batch(request, tmp_path_factory):
        name = request.module.__name__
        pairs = _module_pairs(request, default_lang)
        run_pairs = _run_pairs(request.session)
        _BATCHES[name] = BatchedFindings(pairs, (tmp_path_factory, name, run_pairs))
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


def fresh_alarm_types(src: str, tgt: str, lang: str = "es") -> set[str]:
    """The finding types at major or above from a check of this pair alone, outside the
    module's batch: for tests that switch a reader off with ``monkeypatch`` first."""
    [found] = check_pairs([(src, tgt)], lang, "en", embedder=None, mt="auto")
    return {f.type for f in found if f.severity != "minor"}


def analysed_words(pairs: dict[str, Pair], lang: str = "es") -> dict[str, tuple]:
    """Each named pair's word analysis, (source words, translation words), keyed like
    ``pairs``: one Apertium run per side for a module's pairs, whatever case asks first."""
    return _analysed_words(tuple(pairs.items()), lang)


@cache
def _analysed_words(items: tuple[tuple[str, Pair], ...], lang: str) -> dict[str, tuple]:
    keys = [key for key, _ in items]
    src = analyse([pair[0] for _, pair in items], lang, "en")
    tgt = analyse([pair[1] for _, pair in items], "en", lang)
    assert src is not None and tgt is not None
    return {k: (s, t) for k, s, t in zip(keys, src, tgt, strict=True)}


def stretch_addition(src: str, tgt: str) -> str | None:
    """The word :func:`aligner.drift.literal_stretch.added_in_stretch` reads as added
    between a Spanish ``src`` and an English ``tgt``, against Apertium's literal MT."""
    from aligner.alignment.mt import load_translator
    from aligner.drift.checks import read_side
    from aligner.drift.lexical_check import gather
    from aligner.drift.literal_stretch import added_in_stretch

    pair = gather([(read_side(src, "es"), read_side(tgt, "en"))], "es", "en")[0]
    assert pair is not None
    mt = load_translator("es", "en", pivot=False).translate([src])[0]
    got = added_in_stretch(*pair, analyse([mt], "en", "es")[0])
    return got[0].surface if got is not None else None


def major_addition_spans(module: str, src: str, tgt: str, lang: str = "es") -> list[str]:
    """The translation's words that major addition findings point at."""
    return [
        tgt[f.target_span[0] : f.target_span[1]]
        for f in findings(module, src, tgt, lang)
        if f.type == "addition" and f.severity == "major" and f.target_span
    ]


def assert_added_or_quiet(module: str, src: str, tgt: str, added: str | None) -> None:
    """No alarm at all when ``added`` is None, else a major addition pointing at it."""
    if added is None:
        assert_quiet_or_reported(module, src, tgt, None)
    else:
        spans = major_addition_spans(module, src, tgt)
        assert added in spans, spans


def assert_quiet_or_reported(module: str, src: str, tgt: str, kind: str | None) -> None:
    """No alarm at all when ``kind`` is None, else an alarm of that type among them."""
    kinds = alarm_types(module, src, tgt)
    if kind is None:
        assert not kinds, kinds
    else:
        assert kind in kinds, kinds


def mt_reading(text: str, unknown: tuple[str, ...] = ()):
    """A literal MT written by hand for a reader's unit test (``Reading.of``), never None."""
    from aligner.drift.signals import Reading

    reading = Reading.of(text, unknown)
    assert reading is not None
    return reading
