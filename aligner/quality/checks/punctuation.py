"""Punctuation marks that must pair or match: qa.quotes, qa.brackets, qa.end_punctuation.

Quotation marks and brackets are counted and paired on each side (the style may change,
« » -> “ ”, the balance may not), and the segment's final mark is compared after
closing quotes and brackets are set aside. All three are ITS "typographical" issues,
about the marks that enclose or end the text, hence one module.
"""

from __future__ import annotations

from collections import Counter

from aligner.quality.checks.model import Context, Issue, Segment, Span, _capped, _issue
from aligner.textutil import quote

# --------------------------------------------------------------------------- quotes, brackets

_DOUBLE_QUOTES = frozenset('"“”„‟«»＂「」『』')
_SINGLE_OPENERS = frozenset("‘‹")  # a closing ’ is also an apostrophe: not counted


def _quote_positions(text: str) -> list[int]:
    return [i for i, c in enumerate(text) if c in _DOUBLE_QUOTES]


def _quotations(text: str) -> int:
    """Quotation marks, counting an opening single quote (nested quotation) as a pair."""
    return len(_quote_positions(text)) + 2 * sum(c in _SINGLE_OPENERS for c in text)


def check_quotes(seg: Segment, ctx: Context) -> list[Issue]:
    if seg.is_null:
        return []
    src_marks, tgt_marks = _quote_positions(seg.src), _quote_positions(seg.tgt)
    n_src, n_tgt = _quotations(seg.src), _quotations(seg.tgt)
    if n_src and not n_tgt:
        span = (src_marks[0], src_marks[-1] + 1) if src_marks else None
        return [_issue("qa.quotes", "The source's quotation marks are lost in the translation.",
                       span)]  # fmt: skip
    if len(src_marks) % 2 != len(tgt_marks) % 2 and tgt_marks:
        # An odd count is fine when the source's quotation spans segments as well.
        last = tgt_marks[-1]
        return [_issue("qa.quotes", "Unbalanced quotation marks in the translation.", None,
                       (last, last + 1))]  # fmt: skip
    if n_tgt < n_src and n_src - n_tgt >= 2:
        return [_issue("qa.quotes", f"The source has {n_src // 2} quotation(s), the "
                       f"translation {n_tgt // 2}.", None, None, 0.7)]  # fmt: skip
    return []


_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_CLOSING = {v: k for k, v in _BRACKETS.items()}


def unmatched_brackets(text: str) -> list[int]:
    """Positions of brackets without a partner (wrong kinds do not pair)."""
    stack: list[int] = []
    bad: list[int] = []
    for i, c in enumerate(text):
        if c in _BRACKETS:
            stack.append(i)
        elif c in _CLOSING:
            if stack and text[stack[-1]] == _CLOSING[c]:
                stack.pop()
            else:
                bad.append(i)
    return sorted(bad + stack)


def _first_pair(text: str) -> Span | None:
    """Span of the first bracket pair that closes (pairing as in unmatched_brackets)."""
    stack: list[int] = []
    pairs: list[Span] = []
    for i, c in enumerate(text):
        if c in _BRACKETS:
            stack.append(i)
        elif c in _CLOSING and stack and text[stack[-1]] == _CLOSING[c]:
            pairs.append((stack.pop(), i + 1))
    return min(pairs) if pairs else None


def _bracket_pairs(text: str) -> int:
    return sum(text.count(c) for c in _BRACKETS) - sum(
        text[i] in _BRACKETS for i in unmatched_brackets(text)
    )


def check_brackets(seg: Segment, ctx: Context) -> list[Issue]:
    if seg.is_null:
        return []
    src_bad = Counter(seg.src[i] for i in unmatched_brackets(seg.src))
    out = []
    for i in unmatched_brackets(seg.tgt):
        c = seg.tgt[i]
        if src_bad[c] > 0:  # the source has the same loose bracket ("1)" lists, split texts)
            src_bad[c] -= 1
            continue
        out.append(_issue("qa.brackets", f"Unmatched {quote(c)} in the translation.", None,
                          (i, i + 1)))  # fmt: skip
    if not out and _bracket_pairs(seg.tgt) < _bracket_pairs(seg.src):
        # Point at a pair the source really has: "{})(el." has "{}", and its ")" comes
        # before its "(", which once gave the span (3, 0).
        out.append(_issue("qa.brackets", "The translation has fewer bracket pairs than the "
                          "source.", _first_pair(seg.src), None, 0.6))  # fmt: skip
    return _capped(out, ctx.thresholds.max_per_segment)


# --------------------------------------------------------------------------- end punctuation

_CLOSERS = frozenset("\"'“”‘’«»„)]}」』›")
_FINAL = {"。": ".", "．": ".", "？": "?", "！": "!", "：": ":", "；": ";", "...": "…"}


def final_mark(text: str) -> tuple[str, Span | None]:
    """The segment's final punctuation (normalised) and its span; ("", None) if none."""
    end = len(text.rstrip())
    while end and (text[end - 1] in _CLOSERS or text[end - 1].isspace()):
        end -= 1
    if text[max(0, end - 3) : end] == "...":
        return "…", (end - 3, end)
    if end and text[end - 1] in ".!?:;…。．？！：；":
        start = end - 1
        # "?!" and "!?" are both kept: a question is still a question.
        while start and text[start - 1] in "!?？！":
            start -= 1
        mark = "".join(sorted({_FINAL.get(c, c) for c in text[start:end]}))
        return mark, (start, end)
    return "", None


def check_end_punctuation(seg: Segment, ctx: Context) -> list[Issue]:
    if seg.is_null:
        return []
    src_mark, src_span = final_mark(seg.src)
    tgt_mark, tgt_span = final_mark(seg.tgt)
    if src_mark == tgt_mark:
        return []
    said = {"": "no final punctuation", "…": "an ellipsis"}
    a = said.get(src_mark, quote(src_mark))
    b = said.get(tgt_mark, quote(tgt_mark))
    return [_issue("qa.end_punctuation", f"The source ends with {a}, the translation with {b}.",
                   src_span, tgt_span, 0.8)]  # fmt: skip
