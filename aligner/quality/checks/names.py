"""qa.names: a name the translator keeps elsewhere in the document but not here.

A document check: capitalised words of the source (stopwords, titles and role nouns of
both languages aside) are looked for in the segment's translation, exactly or as a close
spelling (aligner.drift.text.cognate), only when the translation keeps that name
somewhere in the document, so exonyms (España -> Spain) are never flagged. Tokenising is
:mod:`aligner.drift.text`'s, shared with the drift checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from aligner.drift.text import Tok, cognate, tokenize
from aligner.lang import profile
from aligner.quality.checks.model import Context, Issue, Segment, Span, _issue
from aligner.quality.checks.preserved import _tokens_of
from aligner.quality.checks.text import fold
from aligner.textutil import quote

# --------------------------------------------------------------------------- names


@cache
def _not_names(src_lang: str, tgt_lang: str) -> frozenset[str]:
    """Capitalised words that are no names: function words and role nouns of both sides."""
    words: set[str] = set()
    for lang in (src_lang, tgt_lang):
        prof = profile(lang)
        words |= {fold(w) for w in prof.stopwords | prof.determiners | prof.titles}
        # Bodies ("union", "council") are part of names ("European Union").
        words |= {fold(w) for noun, cls in prof.role_nouns if cls != "body" for w in noun.split()}
    return frozenset(words)


def _headline(toks: Sequence[Tok]) -> bool:
    letters = [t for t in toks if t.word and any(c.isalpha() for c in t.text)]
    upper = sum(t.text.isupper() and len(t.text) > 1 for t in letters)
    return bool(letters) and upper > 0.6 * len(letters)


def _special_spans(text: str) -> list[Span]:
    return [s for kind in ("url", "email", "handle", "hashtag") for s, _ in _tokens_of(kind, text)]


def check_names(segments: Sequence[Segment], ctx: Context) -> list[tuple[int, Issue]]:
    """Names missing from a segment's translation that the translation keeps elsewhere.

    "Kept elsewhere" is what makes this check quiet on exonyms and translated names
    (España -> Spain): only a name this translator writes as it is, somewhere in the
    document, is expected to be there each time the source has it.
    """
    skip = _not_names(ctx.src_lang, ctx.tgt_lang)
    src_toks = [tokenize(s.src) for s in segments]
    tgt_toks = [tokenize(s.tgt) for s in segments]
    mid_caps = {t.fold for toks in src_toks for t in toks if t.word and t.cap and not t.initial}
    kept = {t.fold for toks in tgt_toks for t in toks if t.word and t.cap}
    # A name recurs: compare it with the whole document's capitalised words once.
    kept_here: dict[str, bool] = {}

    def kept_anywhere(word: str) -> bool:
        if word not in kept_here:
            kept_here[word] = _found(word, kept)
        return kept_here[word]

    out = []
    for k, seg in enumerate(segments):
        if seg.is_null or _headline(src_toks[k]):
            continue
        here = {t.fold for t in tgt_toks[k] if t.word}
        special = _special_spans(seg.src)
        missing = [
            t for t in src_toks[k]
            if _name_like(t, skip, mid_caps) and not any(a <= t.start < b for a, b in special)
            and not _found(t.fold, here) and kept_anywhere(t.fold)
        ]  # fmt: skip
        for first, last in _runs(missing, seg.src):
            name = seg.src[first.start : last.end]
            out.append((k, _issue("qa.names", f"The name {quote(name)} is not in the "
                                  "translation, which keeps it elsewhere in the document.",
                                  (first.start, last.end), None, 0.8)))  # fmt: skip
    return out


def _name_like(t: Tok, skip: frozenset[str], mid_caps: set[str]) -> bool:
    if not (t.word and t.cap and len(t.text) >= 2 and any(c.isalpha() for c in t.text)):
        return False
    if t.fold in skip:
        return False
    # A capital at a sentence start says nothing, unless the word is capitalised mid-sentence
    # elsewhere in the source.
    return not t.initial or t.fold in mid_caps


def _found(word: str, pool: set[str]) -> bool:
    return word in pool or any(cognate(word, other) for other in pool)


def _runs(toks: list[Tok], text: str) -> list[tuple[Tok, Tok]]:
    """Adjacent tokens (only spaces between them) merged: "Yván Gil" is one name."""
    runs: list[tuple[Tok, Tok]] = []
    for t in toks:
        if runs and not text[runs[-1][1].end : t.start].strip():
            runs[-1] = (runs[-1][0], t)
        else:
            runs.append((t, t))
    return runs
