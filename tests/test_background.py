"""The model's calls in a thread beside the Python steps (aligner.runtime.background):
selective embedding's regions refined while the model embeds the earlier ones' spans,
and the first regions' sentences embedded while the cheap confidences are computed.
The results must be those of the serial code, and a failure in the thread the usual one.
Real e5 and Apertium, on test_selective.py's story (written for those tests)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from concurrent.futures import Future

import pytest

from aligner.alignment import engine, selective
from aligner.alignment.embed import Embedder
from aligner.alignment.engine import align
from aligner.runtime.background import SerialThread
from aligner.types import AlignConfig
from tests.test_selective import EN, ES, CountingEmbedder, _documents


def test_calls_run_in_order_in_one_other_thread_and_their_exception_comes_back_as_is():
    ran: list[tuple[int, str]] = []

    def call(k: int) -> int:
        ran.append((k, threading.current_thread().name))
        if k == 2:
            raise MemoryError("model batch")
        return k * k

    with SerialThread("test-worker") as worker:
        futures = [worker.submit(call, k) for k in range(4)]
        assert [futures[k].result() for k in (0, 1, 3)] == [0, 1, 9]
        with pytest.raises(MemoryError, match="model batch"):
            futures[2].result()
    assert [k for k, _name in ran] == [0, 1, 2, 3]
    assert {name for _k, name in ran} == {"test-worker"}


class ThreadNoting(CountingEmbedder):
    """The real embedder, noting the thread and the size of each call."""

    def __init__(self, inner: Embedder):
        super().__init__(inner)
        self.calls: list[tuple[str, int]] = []

    def embed(self, texts):
        self.calls.append((threading.current_thread().name, len(texts)))
        return super().embed(texts)


class Inline(SerialThread):
    """Runs each call at once in the caller's thread: the serial code."""

    def submit(self, fn, *args):
        future = Future()
        future.set_result(fn(*args))
        return future


def _selective(embedder: Embedder, monkeypatch, *, head: bool, group: int):
    """The story aligned selectively, with the head start on or off and refine_many's
    calls of ``group`` texts (one: every call made in the caller's thread, one after the
    other); settings that leave the story doubtful in many places."""
    monkeypatch.setattr(engine, "SerialThread", SerialThread if head else Inline)
    doubtful = selective.Settings(unsure=0.97, max_share=1.0, shift_settle=-2.0, merge_sure=1.01)
    monkeypatch.setattr(engine, "Settings", lambda: doubtful)
    monkeypatch.setattr(selective, "HEAD_BEADS", 10 if head else 10**9)
    monkeypatch.setattr(selective, "HEAD_SHARE", 0.6)
    monkeypatch.setattr(selective, "HEAD_MARGIN", 2)
    monkeypatch.setattr("aligner.alignment.overlap.GROUP_TEXTS", group)
    src, tgt = _documents()
    noting = ThreadNoting(embedder)
    result = align(src, tgt, config=AlignConfig(embed="selective"), embedder=noting)
    assert "mt:none" not in result.signature  # Apertium's evidence: the head start can run
    return result, noting


def test_selective_with_the_model_in_a_thread_gives_the_serial_result(embedder, monkeypatch):
    serial, one = _selective(embedder, monkeypatch, head=False, group=10**9)
    threaded, other = _selective(embedder, monkeypatch, head=True, group=1)
    assert threaded.beads == serial.beads
    assert threaded.quality == serial.quality
    assert other.asked == one.asked  # the same texts, none more
    main = threading.main_thread().name
    assert {name for name, _n in one.calls} == {main}
    # Every call in the model's thread: the first round's first sentences embedded ahead,
    # the rest of the round, the regions' spans one group after another.
    assert {name for name, _n in other.calls} == {"aligner-embed"}
    assert len(other.calls) > len(one.calls)


def _story_parts(embedder: Embedder) -> list:
    """Pairs of the story's paragraphs as independent alignments (the third has the merge)."""
    from aligner.alignment.overlap import Part
    from aligner.alignment.score import fitted_weights, side_features
    from aligner.alignment.search import find_path

    src, tgt = _documents()
    parts = []
    for k in range(0, 6, 2):
        s = [x for x in src.sentences if k <= x.paragraph < k + 2]
        t = [x for x in tgt.sentences if k <= x.paragraph < k + 2]
        s_f = side_features(s, "es", embedder.embed([x.text for x in s]))
        t_f = side_features(t, "en", embedder.embed([x.text for x in t]))
        path = find_path(s_f, t_f, fitted_weights("embeddings"), 5, 8, with_gaps="later")
        parts.append(Part(path, s_f, t_f, [x.text for x in s], [x.text for x in t]))
    return parts


def _summary(refined) -> list:
    return [(r.path.spans, r.path.costs, r.path.gaps, r.embedded) for r in refined]


def test_regions_refined_a_few_texts_a_call_in_the_thread_equal_one_call(embedder):
    from aligner.alignment.overlap import refine_many, second_pass_weights
    from aligner.alignment.score import fitted_weights

    parts, weights = _story_parts(embedder), fitted_weights("embeddings")
    results = {}
    for group in (1, 10**9):
        noting = ThreadNoting(embedder)
        refined = refine_many(parts, weights, noting, 5, second_pass_weights(), 1.0, group=group)
        results[group] = _summary(refined)
        threads = [name for name, _n in noting.calls]
        assert threads.count("aligner-embed") == (len(threads) if group == 1 else 0)
        assert len(threads) == (3 if group == 1 else 1)  # every part has spans to embed
    assert results[1] == results[10**9]


def test_a_full_group_goes_to_the_model_before_the_next_region_is_taken(embedder):
    """With the caller's model thread, a group's call is made as soon as the group is
    full (branch speed19; before, once the next part had been searched), at
    IDLE_GROUP_TEXTS texts while the model is idle (the first call), and the results come
    one by one, each as soon as its call is back: those of one call."""
    from aligner.alignment.overlap import (
        IDLE_GROUP_TEXTS,
        refine_each,
        refine_many,
        second_pass_weights,
    )
    from aligner.alignment.score import fitted_weights

    parts, weights = _story_parts(embedder), fitted_weights("embeddings")
    events: list[str] = []

    class Noting(SerialThread):
        def submit(self, fn, *args):
            events.append(f"call of {len(args[0])}")
            return super().submit(fn, *args)

    def taken():
        for k, part in enumerate(parts):
            events.append(f"part {k}")
            yield part

    second = second_pass_weights()
    one_call = refine_many(parts, weights, embedder, 5, second, 1.0, group=10**9)
    for group in (1, None):
        events.clear()
        with Noting("aligner-embed") as model:
            each = refine_each(taken(), weights, embedder, 5, second, 1.0, group=group, model=model)
            first = next(each)
            calls = [e for e in events if e.startswith("call")]
            if group == 1:
                shown = [e.split(" of ")[0] for e in events]
                assert shown == ["part 0", "call", "part 1", "call", "part 2", "call"]
            else:  # the first call before the last part is taken, the rest after it
                assert events.index(calls[0]) < events.index("part 2") and len(calls) == 2
                assert int(calls[0].split(" of ")[1]) >= IDLE_GROUP_TEXTS
            results = [first, *each]
        assert _summary(results) == _summary(one_call)


def test_the_dictionary_is_read_while_the_model_embeds_the_first_round(embedder, monkeypatch):
    """The second pass's dictionary (~0.2 s to build on a cold cache, on one core while
    the model waited for the first region's spans) is read while the model embeds the
    first round's sentences: that call waits here until it is, and must not time out."""
    from aligner.alignment import overlap
    from aligner.alignment.region_vectors import RegionVectors

    read, waited = threading.Event(), []
    load_pair, fill = overlap.load_pair, RegionVectors.fill

    def noted_load(source: str, target: str):
        read.set()
        return load_pair(source, target)

    def waiting_fill(self, *args):
        waited.append(read.wait(timeout=20))
        return fill(self, *args)

    monkeypatch.setattr(overlap, "load_pair", noted_load)
    monkeypatch.setattr(RegionVectors, "fill", waiting_fill)
    _selective(embedder, monkeypatch, head=True, group=12)
    assert waited and waited[0] is True


def test_a_failure_in_the_models_thread_is_the_usual_one_line_error(tmp_path, embedder):
    src, tgt = tmp_path / "story.es.txt", tmp_path / "story.en.txt"
    src.write_text("\n\n".join("\n".join(p) for p in ES), encoding="utf-8")
    tgt.write_text("\n\n".join("\n".join(p) for p in EN), encoding="utf-8")
    # The first model call fails (the others would not); with the head start it is made
    # in the thread, and the run must fail all the same, and say so the same way.
    script = (
        "import aligner.alignment.embed as e, aligner.alignment.selective as s, "
        "aligner.alignment.engine as g\n"
        "doubtful = s.Settings(unsure=0.97, max_share=1.0, shift_settle=-2.0, merge_sure=1.01)\n"
        "g.Settings = lambda: doubtful\n"
        "s.HEAD_BEADS, s.HEAD_SHARE, s.HEAD_MARGIN = {beads}, 0.6, 2\n"
        "embed, calls = e.Embedder.embed, []\n"
        "def boom(self, texts):\n"
        "    calls.append(len(texts))\n"
        "    if len(calls) == 1:\n"
        "        raise MemoryError\n"
        "    return embed(self, texts)\n"
        "e.Embedder.embed = boom\n"
        "from aligner.cli import main; main()\n"
    )
    outs = []
    for beads in (10, 10**9):  # head start on, off
        done = subprocess.run(
            [sys.executable, "-c", script.format(beads=beads), "align", str(src), str(tgt),
             "--src-lang", "es", "--tgt-lang", "en", "--embed", "selective", "--presegmented"],
            capture_output=True, text=True, timeout=300,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )  # fmt: skip
        outs.append((done.returncode, done.stderr))
    assert outs[0] == outs[1]
    code, stderr = outs[0]
    assert code == 3
    assert stderr.strip().splitlines()[-1] == (
        "aligner: error: out of memory; split the input into smaller documents"
    )
    assert "Traceback" not in stderr
