"""Tokens that must come through unchanged: qa.urls, qa.emails, qa.handles, qa.hashtags.

One finder (``_tokens_of``: URLs first, then e-mail addresses outside them, then
@handles or #hashtags outside both) and one comparison (``_check_preserved``: what the
source has and the target lacks, paired with what the target adds, as changes). The
four checks differ only in the kind of token, its label and how it is normalised.
:mod:`aligner.quality.checks.names` uses the finder to leave these tokens out of names.
"""

from __future__ import annotations

import re
from collections import Counter

from aligner.quality.checks.model import Context, Issue, Segment, Span, _capped, _issue
from aligner.textutil import quote

# --------------------------------------------------------------------------- URLs and friends

_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"“”«»]+", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE = re.compile(r"(?<![\w@./])@\w{1,30}")
_HASHTAG = re.compile(r"(?<![\w#&/])#\w*[^\W\d_]\w*")
_URL_TAIL = ".,;:!?)]}'’»”"


def _urls(text: str) -> list[tuple[Span, str]]:
    out = []
    for m in _URL.finditer(text):
        url = m.group(0)
        while url and url[-1] in _URL_TAIL and not (url[-1] == ")" and "(" in url):
            url = url[:-1]
        out.append(((m.start(), m.start() + len(url)), url))
    return out


def _outside(spans: list[Span], found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    return [(s, t) for s, t in found if not any(a <= s[0] < b for a, b in spans)]


def _tokens_of(kind: str, text: str) -> list[tuple[Span, str]]:
    """URLs, e-mails, @handles or #hashtags; the later kinds skip what an earlier one holds."""
    urls = _urls(text)
    if kind == "url":
        return urls
    taken = [s for s, _ in urls]
    emails = _outside(taken, [((m.start(), m.end()), m.group(0)) for m in _EMAIL.finditer(text)])
    if kind == "email":
        return emails
    taken += [s for s, _ in emails]
    pattern = _HANDLE if kind == "handle" else _HASHTAG
    return _outside(taken, [((m.start(), m.end()), m.group(0)) for m in pattern.finditer(text)])


_PRESERVED = {
    "qa.urls": ("url", "URL", lambda t: t.rstrip("/")),
    "qa.emails": ("email", "e-mail address", str.lower),
    "qa.handles": ("handle", "handle", str.lower),
    "qa.hashtags": ("hashtag", "hashtag", str.lower),
}


def _check_preserved(check: str, seg: Segment, ctx: Context) -> list[Issue]:
    """Tokens that must come through unchanged: pair the leftovers as changes."""
    if seg.is_null:
        return []  # an omitted or added segment is reported as such
    kind, label, norm = _PRESERVED[check]
    src = _tokens_of(kind, seg.src)
    tgt = _tokens_of(kind, seg.tgt)
    pool = Counter(norm(t) for _, t in tgt)
    missing = []
    for span, text in src:
        if pool[norm(text)] > 0:
            pool[norm(text)] -= 1
        else:
            missing.append((span, text))
    seen = Counter(norm(t) for _, t in src)
    extra = []
    for span, text in tgt:
        if seen[norm(text)] > 0:
            seen[norm(text)] -= 1
        else:
            extra.append((span, text))
    out = []
    for (s_span, s_text), (t_span, t_text) in zip(missing, extra, strict=False):
        out.append(_issue(check, f"The {label} {quote(s_text)} became {quote(t_text)} in the "
                          "translation.", s_span, t_span))  # fmt: skip
    for s_span, s_text in missing[len(extra) :]:
        out.append(_issue(check, f"The {label} {quote(s_text)} is missing from the "
                          "translation.", s_span))  # fmt: skip
    for t_span, t_text in extra[len(missing) :]:
        out.append(_issue(check, f"The translation adds the {label} {quote(t_text)}.", None,
                          t_span))  # fmt: skip
    return _capped(out, ctx.thresholds.max_per_segment)


def check_urls(seg: Segment, ctx: Context) -> list[Issue]:
    return _check_preserved("qa.urls", seg, ctx)


def check_emails(seg: Segment, ctx: Context) -> list[Issue]:
    return _check_preserved("qa.emails", seg, ctx)


def check_handles(seg: Segment, ctx: Context) -> list[Issue]:
    return _check_preserved("qa.handles", seg, ctx)


def check_hashtags(seg: Segment, ctx: Context) -> list[Issue]:
    return _check_preserved("qa.hashtags", seg, ctx)
