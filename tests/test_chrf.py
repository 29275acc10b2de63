"""aligner.alignment.chrf gives sacrebleu's sentence chrF, to 1e-9, on pairs written here.

The pairs below were written for this test: translation-like pairs, unrelated text,
repeated n-grams (clipping), texts shorter than six characters (orders with no n-gram),
whitespace-only and empty sides, punctuation, accents and non-Latin scripts.
"""

from __future__ import annotations

import itertools

import pytest
from sacrebleu.metrics import CHRF

from aligner.alignment.chrf import (
    GRAM_BITS,
    SpanChrf,
    char_ngrams,
    joined_chrf,
    joined_ngrams,
    sentence_chrf,
)

PAIRS = [
    ("The port received the first ship yesterday.", "Yesterday the port received its first ship."),
    ("The union asks for more staff on night shifts.", "The union wants more people at night."),
    ("The dockers called a strike for next Monday.", "A recipe for lemon cake needs four eggs."),
    ("la la la la la la la", "la la la"),
    ("aaaaaaaaaa", "aaaa"),
    ("abc", "abcdefgh"),
    ("ab", "ba"),
    ("x", "x"),
    ("x", "y"),
    ("Hi!", "Hi !"),
    ("   ", "something"),
    ("something", "   "),
    ("", ""),
    ("", "nonempty"),
    ("El niño comió pan.", "The boy ate bread."),
    ("El niño comió pan.", "El nino comio pan."),
    ("Ἐν ἀρχῇ ἦν ὁ λόγος", "In the beginning was the Word"),
    ("東京は日本の首都です。", "東京は首都です。"),
    ("And God said, Let there be light: and there was light.",
     "And God said: Let there be light. And there was light."),
    ("1,000 people (about 3%) left; 200 stayed.", "About 3% of 1000 people left and 200 stayed"),
    ("same same same", "same same same"),
    ("\tTabs\nand\nnewlines  ", "Tabs and newlines"),
]  # fmt: skip


def _sacrebleu(hypothesis: str, reference: str) -> float:
    return CHRF().sentence_score(hypothesis, [reference]).score / 100.0


@pytest.mark.parametrize(("hypothesis", "reference"), PAIRS)
def test_equals_sacrebleu_both_ways(hypothesis: str, reference: str) -> None:
    assert sentence_chrf(hypothesis, reference) == pytest.approx(
        _sacrebleu(hypothesis, reference), abs=1e-9
    )
    assert sentence_chrf(reference, hypothesis) == pytest.approx(
        _sacrebleu(reference, hypothesis), abs=1e-9
    )


def test_equals_sacrebleu_on_joined_spans() -> None:
    """Spans joined by spaces, as the bead features build them, against each other."""
    sentences = [p[0] for p in PAIRS[:6]] + [p[1] for p in PAIRS[14:20]]
    spans = [" ".join(sentences[i:j]) for i in range(0, 8, 3) for j in (i + 1, i + 2)]
    for hyp, ref in itertools.product(spans, sentences):
        assert sentence_chrf(hyp, ref) == pytest.approx(_sacrebleu(hyp, ref), abs=1e-9)


def test_recall_weighs_more_than_precision() -> None:
    short, long = "the first ship", "the first ship arrived at the port of Valencia yesterday"
    assert sentence_chrf(long, short) > sentence_chrf(short, long)
    assert sentence_chrf(short, short) == pytest.approx(1.0)


def test_ngrams_ignore_whitespace() -> None:
    assert char_ngrams("a b\tc") == char_ngrams("abc")
    assert [sum(c.values()) for c in char_ngrams("abcdefg")] == [7, 6, 5, 4, 3, 2]


def test_joined_parts_equal_sacrebleu_on_the_joined_text() -> None:
    """Junction n-grams: parts shorter than five characters, blank parts, tabs."""
    parts = ["And God said,", "Let", "a", "", "  ", "there be light:", "ok", "x\ty", "light."]
    spans = [tuple(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)]
    reference = ("And God said, let there be light.", "x y ok")
    for hyp in spans:
        joined = " ".join(hyp)
        assert joined_chrf(hyp, reference) == pytest.approx(
            _sacrebleu(joined, " ".join(reference)), abs=1e-9
        )
        assert joined_chrf(reference, hyp) == pytest.approx(
            _sacrebleu(" ".join(reference), joined), abs=1e-9
        )
        assert char_ngrams(joined) == joined_ngrams(hyp)


def _every_span_pair(hyp_texts: list[str], ref_texts: list[str], chrf: SpanChrf) -> None:
    """SpanChrf equals joined_chrf exactly on every pair of spans of up to 3 texts, both ways."""
    hyp_spans = [
        (i, j) for i in range(len(hyp_texts)) for j in range(i + 1, min(i + 4, len(hyp_texts) + 1))
    ]
    ref_spans = [
        (i, j) for i in range(len(ref_texts)) for j in range(i + 1, min(i + 4, len(ref_texts) + 1))
    ]
    for (h0, h1), (r0, r1) in itertools.product(hyp_spans, ref_spans):
        hyp, ref = tuple(hyp_texts[h0:h1]), tuple(ref_texts[r0:r1])
        assert chrf((h0, h1), (r0, r1)) == joined_chrf(hyp, ref)
        assert chrf((r0, r1), (h0, h1), swap=True) == joined_chrf(ref, hyp)


def test_coded_spans_equal_the_string_ngrams_exactly() -> None:
    """The integer-coded n-grams give the very floats of the string ones: repeats
    (clipping), texts under six characters, blank and empty texts, tabs, accents,
    Greek and Japanese in one document."""
    hyp_texts = [p[0] for p in PAIRS]
    ref_texts = [p[1] for p in PAIRS]
    chrf = SpanChrf(hyp_texts, ref_texts)
    assert chrf.coded
    _every_span_pair(hyp_texts, ref_texts, chrf)


def test_too_many_characters_falls_back_to_the_string_ngrams() -> None:
    """A document of more distinct characters than GRAM_BITS can code (text made here:
    CJK ideographs in order) is scored by joined_chrf, with the same results."""
    ideographs = [chr(0x4E00 + k) for k in range(2**GRAM_BITS + 8)]
    hyp_texts = ["".join(ideographs[k : k + 180]) for k in range(0, len(ideographs), 180)]
    ref_texts = [t[2:40] + t[:2] for t in hyp_texts] + ["東京は首都です。", "  "]
    chrf = SpanChrf(hyp_texts, ref_texts)
    assert not chrf.coded
    _every_span_pair(hyp_texts, ref_texts, chrf)
