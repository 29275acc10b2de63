"""Fuzz properties of the drift checks and qa over any text pairs. The MT and
embedder here are adversarial stand-ins (an echo, unrelated text, reversed words; hashed
vectors) that make the checks meet readings the real ones rarely give; the properties
only ask that nothing raises and every span lies inside its text."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

import numpy as np
from hypothesis import strategies as st

from aligner.io.export import Unit
from aligner.pipelines.check import check_text_pairs
from aligner.pipelines.qa import qa_units
from aligner.quality.checks import Term
from aligner.quality.report import FORMATS as REPORT_FORMATS
from aligner.quality.report import render as render_report
from tests.properties.fragments import news_text

# --------------------------------------------------------------------------- drift, qa


class FakeMT:
    """A deterministic stand-in for Apertium: the drift checks that read machine
    translation run without it being installed. ``mode`` decides what it returns."""

    name = "fake"

    def __init__(self, mode: str, other: Sequence[str]):
        self.mode = mode
        self.other = list(other)

    def translate(self, texts: Sequence[str]) -> list[str]:
        if self.mode == "echo":
            return list(texts)
        if self.mode == "other":  # unrelated text, as a wrong reading would be
            return [
                self.other[k % len(self.other)] if self.other else "" for k in range(len(texts))
            ]
        return [" ".join(reversed(t.split())) for t in texts]


class FakeEmbedder:
    """Unit vectors from a hash of the text: stable, and unrelated texts far apart."""

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        rows = []
        for text in texts:
            seed = int.from_bytes(
                hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()[:8]
            )
            v = np.random.default_rng(seed).standard_normal(16)
            rows.append(v / np.linalg.norm(v))
        return np.array(rows, dtype=np.float32).reshape(len(rows), 16)


@st.composite
def text_pairs(draw: st.DrawFn) -> tuple[list[tuple[str, str]], str, str, Any, Any]:
    src_lang, tgt_lang = draw(
        st.sampled_from([("es", "en"), ("en", "es"), ("pt", "en"), ("fr", "de"), ("es", "xx")])
    )
    pairs = draw(st.lists(st.tuples(news_text(25), news_text(25)), min_size=1, max_size=4))
    # A faithful-looking pair now and then: the source itself with a few pieces changed.
    if draw(st.booleans()):
        src = pairs[0][0]
        pairs[0] = (src, src + draw(news_text(4)))
    mt = draw(st.sampled_from([None, "echo", "other", "reverse"]))
    translator = None if mt is None else FakeMT(mt, [t for _, t in pairs])
    embedder = draw(st.sampled_from([None, FakeEmbedder()]))
    return pairs, src_lang, tgt_lang, translator, embedder


SEVERITIES = {"critical", "major", "minor"}


def _span_inside(span: tuple[int, int] | None, text: str) -> bool:
    return span is None or 0 <= span[0] <= span[1] <= len(text)


def drift_property(case: tuple[list[tuple[str, str]], str, str, Any, Any]) -> None:
    """The drift checks never raise on any pair; a finding's spans lie inside its texts."""
    pairs, src_lang, tgt_lang, translator, embedder = case
    found = check_text_pairs(pairs, src_lang, tgt_lang, embedder=embedder, mt=translator)
    assert len(found) == len(pairs)
    for (src, tgt), findings in zip(pairs, found, strict=True):
        if not src and not tgt:
            assert findings == []
        for f in findings:
            assert f.severity in SEVERITIES and 0 <= f.confidence <= 1 and f.message, f
            assert _span_inside(f.source_span, src) and _span_inside(f.target_span, tgt), f


def qa_property(
    case: tuple[list[tuple[str, str]], str, str, Any, Any], glossary: list[tuple[str, str]]
) -> None:
    """qa over any units (with a glossary) never raises, its issues and statement marks lie
    inside their segment's texts, and every report format renders."""
    pairs, src_lang, tgt_lang, translator, embedder = case
    units = [
        Unit(f"u:{k}", src, tgt, src_lang, tgt_lang, None, "1-1", "u")
        for k, (src, tgt) in enumerate(pairs)
    ]
    terms = tuple(Term(s, (t,)) for s, t in glossary if s.strip() and t.strip())
    result = qa_units(units, "fuzz.tsv", glossary=terms, embedder=embedder, mt=translator)
    for seg in result.segments:
        for issue in seg.issues:
            assert _span_inside(issue.source_span, seg.src), issue
            assert _span_inside(issue.target_span, seg.tgt), issue
        for mark in seg.marks:
            assert 0 <= mark.start <= mark.end <= len(seg.src if mark.side == "src" else seg.tgt)
    for fmt in REPORT_FORMATS:
        assert render_report(result, fmt)
