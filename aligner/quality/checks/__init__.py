"""Translator QA checks: pure functions from aligned segments to issues.

Every check has a stable id (``qa.numbers``, ``qa.glossary``…), a kind of problem
(``type``), the closest ITS 2.0 ``locQualityIssueType`` and MQM issue type, a default
severity and an explanation (``aligner qa --explain ID``). The drift findings of
``aligner check`` (``drift.*``, ``statement.*``) are registered here too, so that
configuration, filters and reports treat every finding alike.

Two shapes of check: a *segment* check sees one aligned segment at a time; a
*document* check sees all of them (length outliers, names kept elsewhere,
inconsistent renderings). Neither reads files nor knows about the alignment: the
orchestration is :mod:`aligner.pipelines.qa`.

This package is the check table (:data:`SEGMENT_CHECKS`, :data:`DOCUMENT_CHECKS`, in the
order issues are reported) and :func:`run_checks`; everything else lives in one module a
family, and every name other modules use is re-exported here, so callers import from
``aligner.quality.checks`` only:

* ``registry``: :class:`CheckSpec` of every id (``CHECKS``, ``spec_of``);
* ``model``: ``Segment``, ``Issue``, ``Context``, ``Thresholds``, ``Term``, ``Mark``;
* ``text``: folding, quoting and term patterns shared by the families;
* ``numbers``: ``qa.numbers``;
* ``coverage``: ``qa.omitted``, ``qa.added``, ``qa.untranslated``, ``qa.length``;
* ``punctuation``: ``qa.quotes``, ``qa.brackets``, ``qa.end_punctuation``;
* ``preserved``: ``qa.urls``, ``qa.emails``, ``qa.handles``, ``qa.hashtags``;
* ``names``: ``qa.names``;
* ``style``: ``qa.doubled_words``, ``qa.whitespace``;
* ``terms``: ``qa.glossary``, ``qa.inconsistency``.

A new check: its spec in ``registry``, its function in the family it belongs to (or a
new module), its entry in the table below. Submodules import each other, never this
package, so there is no import cycle.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from aligner.quality.checks.coverage import (
    check_added,
    check_length,
    check_omitted,
    check_untranslated,
)
from aligner.quality.checks.model import Context, Issue, Mark, Segment, Span, Term, Thresholds
from aligner.quality.checks.names import check_names
from aligner.quality.checks.numbers import check_numbers
from aligner.quality.checks.preserved import check_emails, check_handles, check_hashtags, check_urls
from aligner.quality.checks.punctuation import (
    check_brackets,
    check_end_punctuation,
    check_quotes,
    final_mark,
    unmatched_brackets,
)
from aligner.quality.checks.registry import CHECKS, CheckSpec, spec_of
from aligner.quality.checks.style import check_doubled_words, check_whitespace
from aligner.quality.checks.terms import (
    Rendering,
    TermHit,
    check_glossary,
    check_inconsistency,
    find_roles,
    glossary_hits,
)
from aligner.quality.checks.text import fold, fold_map, lang_code, term_pattern
from aligner.textutil import quote

__all__ = [
    "CHECKS",
    "DOCUMENT_CHECKS",
    "SEGMENT_CHECKS",
    "CheckSpec",
    "Context",
    "DocumentCheck",
    "Issue",
    "Mark",
    "Rendering",
    "Segment",
    "SegmentCheck",
    "Span",
    "Term",
    "TermHit",
    "Thresholds",
    "check_added",
    "check_brackets",
    "check_doubled_words",
    "check_emails",
    "check_end_punctuation",
    "check_glossary",
    "check_handles",
    "check_hashtags",
    "check_inconsistency",
    "check_length",
    "check_names",
    "check_numbers",
    "check_omitted",
    "check_quotes",
    "check_untranslated",
    "check_urls",
    "check_whitespace",
    "final_mark",
    "find_roles",
    "fold",
    "fold_map",
    "glossary_hits",
    "lang_code",
    "quote",
    "run_checks",
    "spec_of",
    "term_pattern",
    "unmatched_brackets",
]


# --------------------------------------------------------------------------- the lists

SegmentCheck = Callable[[Segment, Context], list[Issue]]
DocumentCheck = Callable[[Sequence[Segment], Context], list[tuple[int, Issue]]]

SEGMENT_CHECKS: dict[str, SegmentCheck] = {
    "qa.numbers": check_numbers,
    "qa.omitted": check_omitted,
    "qa.added": check_added,
    "qa.untranslated": check_untranslated,
    "qa.quotes": check_quotes,
    "qa.brackets": check_brackets,
    "qa.urls": check_urls,
    "qa.emails": check_emails,
    "qa.handles": check_handles,
    "qa.hashtags": check_hashtags,
    "qa.doubled_words": check_doubled_words,
    "qa.whitespace": check_whitespace,
    "qa.end_punctuation": check_end_punctuation,
    "qa.glossary": check_glossary,
}
DOCUMENT_CHECKS: dict[str, DocumentCheck] = {
    "qa.length": check_length,
    "qa.names": check_names,
    "qa.inconsistency": check_inconsistency,
}


def run_checks(
    segments: Sequence[Segment], ctx: Context, enabled: Callable[[str], bool]
) -> list[tuple[int, Issue]]:
    """Every enabled qa.* check over the segments: (segment index, issue) pairs."""
    out: list[tuple[int, Issue]] = []
    for check, function in SEGMENT_CHECKS.items():
        if enabled(check):
            for k, seg in enumerate(segments):
                out += [(k, issue) for issue in function(seg, ctx)]
    for check, document_function in DOCUMENT_CHECKS.items():
        if enabled(check):
            out += document_function(segments, ctx)
    return out
