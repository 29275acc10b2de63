"""Fuzz properties of the segmenter and the quote and speaker finder."""

from __future__ import annotations

import itertools
import unicodedata

from aligner.alignment.segment import fold, is_blank, segment
from aligner.statements.quotes import find_statements
from aligner.statements.speakers import tokenize
from aligner.types import Document

# --------------------------------------------------------------------------- segmenter


def check_segments(text: str, lang: str, presegmented: bool) -> None:
    """Segments cover the input exactly: every visible character lies in exactly one
    segment, a blank in at most one; no segment starts or ends with a blank; offsets
    index ``text`` as given and slice back to the segment's text; indices and
    paragraphs count up from 0."""
    sents = segment(text, lang, presegmented=presegmented)
    covered = [0] * len(text)
    previous_end = 0
    for i, s in enumerate(sents):
        assert s.index == i
        assert previous_end <= s.start < s.end <= len(text), (s, previous_end)
        previous_end = s.end
        assert not is_blank(text[s.start]) and not is_blank(text[s.end - 1]), s
        assert s.text and s.text == fold(text[s.start : s.end]), s
        for position in range(s.start, s.end):
            covered[position] += 1
    for position, char in enumerate(text):
        assert covered[position] == 1 or (is_blank(char) and covered[position] == 0), position
    paragraphs = [s.paragraph for s in sents]
    assert paragraphs == sorted(paragraphs)
    assert not paragraphs or paragraphs[0] == 0
    assert all(b - a <= 1 for a, b in itertools.pairwise(paragraphs))
    if presegmented:
        # One segment per line with visible content, whatever the line's punctuation.
        assert [s.text for s in sents] == [fold(line) for line in text.splitlines() if fold(line)]


def segment_property(text: str, lang: str) -> None:
    check_segments(text, lang, presegmented=False)
    check_segments(text, lang, presegmented=True)


def _layout(text: str, lang: str, presegmented: bool) -> list[tuple[str, int, str]]:
    return [(s.text, s.paragraph, s.kind) for s in segment(text, lang, presegmented)]


def segment_forms_property(text: str, lang: str) -> None:
    """LF, CRLF and CR files, and NFC and NFD files, segment alike (same texts,
    paragraphs and kinds), and each keeps exact offsets into its own form."""
    lf = text.replace("\r\n", "\n").replace("\r", "\n")
    for presegmented in (False, True):
        reference = _layout(lf, lang, presegmented)
        for variant in (lf.replace("\n", "\r\n"), lf.replace("\n", "\r")):
            assert _layout(variant, lang, presegmented) == reference
            check_segments(variant, lang, presegmented)
        nfc = _layout(unicodedata.normalize("NFC", text), lang, presegmented)
        nfd_text = unicodedata.normalize("NFD", text)
        assert _layout(nfd_text, lang, presegmented) == nfc
        check_segments(nfd_text, lang, presegmented)


# --------------------------------------------------------------------------- quotes, speakers

STATEMENT_KINDS = {"direct", "partial", "indirect", "according_to"}
RESOLUTIONS = {"explicit", "role", "pronoun", "carried", "none"}


def quotes_property(text: str, lang: str, presegmented: bool) -> None:
    """find_statements never raises; every span lies inside the text and slices back to
    the text reported for it (content, speaker mention, tokens)."""
    for tok in tokenize(text, 0, len(text)):
        assert 0 <= tok.start < tok.end <= len(text) and text[tok.start : tok.end] == tok.text
    sentences = segment(text, lang, presegmented)
    doc = Document("fuzz", lang, text, sentences)
    for n, s in enumerate(find_statements(doc)):
        assert s.index == n and s.kind in STATEMENT_KINDS
        assert 0 <= s.start <= s.end <= len(text), s
        assert s.content == text[s.start : s.end]
        # Contents are trimmed: no empty statement, no space left at either end.
        assert s.content and s.content == s.content.strip(), s
        assert list(s.sentences) == sorted(set(s.sentences))
        assert all(0 <= i < len(sentences) for i in s.sentences)
        sp = s.speaker
        assert sp.resolved_by in RESOLUTIONS
        if sp.mention_start == -1:
            assert sp.mention_end == -1 and sp.mention == ""
        else:
            assert 0 <= sp.mention_start <= sp.mention_end <= len(text), sp
            assert text[sp.mention_start : sp.mention_end] == sp.mention
