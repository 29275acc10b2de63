"""Terminology: qa.glossary and qa.inconsistency.

``glossary_hits`` finds the glossary terms of a source segment (folded, whole words,
longest first) and the alternative its target uses; ``qa.glossary`` flags a term with
none. ``qa.inconsistency`` is a document check over renderings (glossary hits, role
phrases from the language profiles paired through the alignment, repeated segments):
the same source rendered differently, or one target serving different sources, flagged
on the rarer rendering. Both share ``glossary_hits``, hence one module.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from aligner.lang import profile
from aligner.quality.checks.model import Context, Issue, Segment, Span, Term, _issue
from aligner.quality.checks.text import (
    _LETTERS,
    _bare,
    _unfold,
    fold,
    fold_map,
    term_pattern,
)
from aligner.textutil import quote

# --------------------------------------------------------------------------- glossary


@dataclass(frozen=True)
class TermHit:
    term: Term
    span: Span  # in the original text
    rendering: str  # the target alternative found ("" when none)
    target_span: Span | None


def glossary_hits(seg: Segment, glossary: Sequence[Term]) -> list[TermHit]:
    """Glossary terms in the source, longest first, and the alternative the target uses."""
    src_fold, src_where = fold_map(seg.src)
    tgt_fold, tgt_where = fold_map(seg.tgt)
    taken: list[Span] = []
    hits = []
    for term in sorted(glossary, key=lambda t: -len(t.source)):
        m = term_pattern(term.source).search(src_fold)
        if m is None or any(a < m.end() and m.start() < b for a, b in taken):
            continue  # "ministro" inside a matched "ministro de exteriores" is not its own hit
        taken.append(m.span())
        rendering, tgt_span = "", None
        for alternative in term.targets:
            t = term_pattern(alternative).search(tgt_fold)
            if t is not None:
                rendering, tgt_span = alternative, _unfold(t.span(), tgt_where)
                break
        hits.append(TermHit(term, _unfold(m.span(), src_where), rendering, tgt_span))
    return sorted(hits, key=lambda h: h.span)


def check_glossary(seg: Segment, ctx: Context) -> list[Issue]:
    if seg.is_null or not ctx.glossary:
        return []
    out = []
    for hit in glossary_hits(seg, ctx.glossary):
        if hit.rendering:
            continue
        wanted = " or ".join(quote(t) for t in hit.term.targets)
        out.append(_issue("qa.glossary", f"Glossary: {quote(seg.src[hit.span[0]:hit.span[1]])} "
                          f"should be translated as {wanted}.", hit.span))  # fmt: skip
    return out


# --------------------------------------------------------------------------- inconsistency


@dataclass(frozen=True)
class Rendering:
    """One observed source item and how this segment's translation renders it."""

    segment: int
    src_key: str
    src_text: str
    src_span: Span | None
    tgt_key: str
    tgt_text: str
    tgt_span: Span | None


def check_inconsistency(segments: Sequence[Segment], ctx: Context) -> list[tuple[int, Issue]]:
    repeats = _segment_renderings(segments, ctx)
    roles, classes = _role_renderings(segments, ctx)
    out = _varying(repeats + _term_renderings(segments, ctx) + roles, segments, forward=True)
    out += _varying(repeats, segments, forward=False)
    # A target role serving two source roles is an error only when those roles cannot
    # be the same office ("canciller" and "ministro de exteriores" may both be Foreign
    # Minister; "presidente" and "canciller" may not).
    out += _varying(roles, segments, forward=False,
                    compatible=lambda a, b: bool(classes[a] & classes[b]))  # fmt: skip
    seen: set[tuple[int, Span | None, Span | None]] = set()
    unique = []
    for k, issue in out:
        key = (k, issue.source_span, issue.target_span)
        if key not in seen:
            seen.add(key)
            unique.append((k, issue))
    return unique


def _varying(
    renderings: list[Rendering],
    segments: Sequence[Segment],
    forward: bool,
    compatible: Callable[[str, str], bool] | None = None,
) -> list[tuple[int, Issue]]:
    """Flag the less frequent renderings of one item (forward: of a source item; else of
    a target item by different source items)."""
    groups: dict[str, list[Rendering]] = defaultdict(list)
    for r in renderings:
        groups[r.src_key if forward else r.tgt_key].append(r)
    out = []
    for group in groups.values():
        other = Counter(r.tgt_key if forward else r.src_key for r in group)
        if len(other) < 2:
            continue
        usual, _ = other.most_common(1)[0]
        usual_rs = [r for r in group if (r.tgt_key if forward else r.src_key) == usual]
        for r in group:
            key = r.tgt_key if forward else r.src_key
            if key == usual or (compatible is not None and compatible(key, usual)):
                continue
            where = _segment_list([segments[u.segment].id for u in usual_rs])
            if forward:
                message = (
                    f"{quote(r.src_text)} is rendered {quote(r.tgt_text)} here but "
                    f"{quote(usual_rs[0].tgt_text)} in {where}."
                )
            else:
                message = (
                    f"{quote(r.tgt_text)} here renders {quote(r.src_text)}, but "
                    f"{quote(usual_rs[0].src_text)} in {where}."
                )
            out.append((r.segment, _issue("qa.inconsistency", message, r.src_span,
                                          r.tgt_span, 0.7)))  # fmt: skip
    return out


def _segment_list(ids: list[str]) -> str:
    unique = list(dict.fromkeys(ids))
    shown = ", ".join(f"#{i}" for i in unique[:3])
    more = f" and {len(unique) - 3} more" if len(unique) > 3 else ""
    return f"segment{'s' if len(unique) > 1 else ''} {shown}{more}"


def _segment_renderings(segments: Sequence[Segment], ctx: Context) -> list[Rendering]:
    """Whole segments: a repeated source sentence should get the same translation."""
    out = []
    for k, seg in enumerate(segments):
        if seg.is_null or len(_LETTERS.findall(seg.src)) < ctx.thresholds.repeat_min_words:
            continue
        out.append(Rendering(k, _bare(seg.src), seg.src, (0, len(seg.src)), _bare(seg.tgt),
                             seg.tgt, (0, len(seg.tgt))))  # fmt: skip
    # Only items seen more than once can vary; keep the rest out of the reverse pass too.
    src_counts = Counter(r.src_key for r in out)
    tgt_counts = Counter(r.tgt_key for r in out)
    return [r for r in out if src_counts[r.src_key] > 1 or tgt_counts[r.tgt_key] > 1]


def _term_renderings(segments: Sequence[Segment], ctx: Context) -> list[Rendering]:
    out = []
    for k, seg in enumerate(segments):
        if seg.is_null or not ctx.glossary:
            continue
        for hit in glossary_hits(seg, ctx.glossary):
            if hit.rendering:  # a missing rendering is qa.glossary's finding
                out.append(Rendering(k, fold(hit.term.source), seg.src[hit.span[0]:hit.span[1]],
                                     hit.span, fold(hit.rendering), hit.rendering,
                                     hit.target_span))  # fmt: skip
    return out


# Roles too generic to pin down a rendering ("the official", "the head of ...").
_GENERIC_ROLES = frozenset({"official", "leader", "head", "expert", "body"})


@cache
def _role_table(lang: str) -> tuple[re.Pattern[str], tuple[frozenset[str], ...]]:
    """One pattern on folded text matching every role noun (group ``r<n>`` for noun n,
    longest nouns first, so "ministro de exteriores" wins over "ministro"), and the role
    classes of each noun."""
    classes: dict[str, set[str]] = defaultdict(set)
    for noun, cls in profile(lang).role_nouns:
        classes[fold(noun)] |= set(cls.split("|"))
    nouns = sorted((n for n, c in classes.items() if c - _GENERIC_ROLES), key=lambda n: -len(n))
    body = "|".join(
        f"(?P<r{i}>" + r"[\s\-‐]+".join(re.escape(w) for w in n.replace("-", " ").split()) + ")"
        for i, n in enumerate(nouns)
    )
    pattern = re.compile(rf"(?<![^\W_])(?:{body or '(?!)'})(?:e?s)?(?![^\W_])")
    return pattern, tuple(frozenset(classes[n]) for n in nouns)


def find_roles(text: str, lang: str) -> list[tuple[Span, str, frozenset[str]]]:
    """Role phrases (span in ``text``, normalised key, role classes), in order."""
    pattern, classes = _role_table(lang)
    folded, where = fold_map(text)
    out = []
    for m in pattern.finditer(folded):
        noun = int((m.lastgroup or "r0")[1:])
        out.append((_unfold(m.span(), where), _singular(m.group(0)), classes[noun]))
    return out


def _singular(phrase: str) -> str:
    """A crude key: "foreign ministers" and "Foreign Minister" are one rendering, and so
    are "spokeswoman" and "spokesman": a role said of a woman and of a man is one."""
    words = phrase.replace("-", " ").split()
    words = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
             for w in words]  # fmt: skip
    return " ".join(_GENDERED.sub("man", w) for w in words)


_GENDERED = re.compile(r"(?<=\w)(?:woman|person)$")


def _role_renderings(
    segments: Sequence[Segment], ctx: Context
) -> tuple[list[Rendering], dict[str, frozenset[str]]]:
    """Role phrases paired through the alignment (same segment, a role class in common),
    and the role classes of each source key."""
    out = []
    classes_of: dict[str, frozenset[str]] = {}
    for k, seg in enumerate(segments):
        if seg.is_null:
            continue
        targets = find_roles(seg.tgt, ctx.tgt_lang)
        used: set[int] = set()
        for span, key, classes in find_roles(seg.src, ctx.src_lang):
            j = next((j for j, t in enumerate(targets) if j not in used and t[2] & classes),
                     None)  # fmt: skip
            if j is None:
                continue
            used.add(j)
            classes_of[key] = classes
            t_span, t_key, _ = targets[j]
            out.append(Rendering(k, key, seg.src[span[0]:span[1]], span, t_key,
                                 seg.tgt[t_span[0]:t_span[1]], t_span))  # fmt: skip
    return out, classes_of
