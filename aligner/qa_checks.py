"""Translator QA checks: pure functions from aligned segments to issues.

Every check has a stable id (``qa.numbers``, ``qa.glossary``…), a kind of problem
(``type``), the closest ITS 2.0 ``locQualityIssueType`` and MQM issue type, a default
severity and an explanation (``aligner qa --explain ID``). The drift findings of
``aligner check`` (``drift.*``, ``statement.*``) are registered here too, so that
configuration, filters and reports treat every finding alike.

Two shapes of check: a *segment* check sees one aligned segment at a time; a
*document* check sees all of them (length outliers, names kept elsewhere,
inconsistent renderings). Neither reads files nor knows about the alignment: the
orchestration is :mod:`aligner.qa`.
"""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from aligner.drift_text import Tok, cognate, tokenize
from aligner.lang import profile
from aligner.langid import detect_language
from aligner.quantities import Quantity, compare_quantities, extract_quantities

Span = tuple[int, int]


@dataclass(frozen=True)
class CheckSpec:
    id: str
    type: str  # what is wrong: "number", "omission", "terminology"...
    its: str  # ITS 2.0 locQualityIssueType
    mqm: str  # closest MQM Core issue type, "Dimension/Issue"
    severity: str  # default severity
    summary: str  # one line for tables and the report legend
    explain: str  # what --explain prints


@dataclass(frozen=True)
class Issue:
    """One finding on one segment; spans are offsets into the segment's texts."""

    check: str
    severity: str
    message: str
    source_span: Span | None = None
    target_span: Span | None = None
    confidence: float = 1.0
    type: str = ""  # set from the check's spec when empty


@dataclass(frozen=True)
class Mark:
    """An attributed statement on one side of a segment, for the report."""

    side: str  # "src" | "tgt"
    start: int
    end: int
    speaker: str
    resolved_by: str


@dataclass
class Segment:
    """One aligned row: a bead of a document pair, or a unit of a bilingual file."""

    id: str
    index: int
    src: str
    tgt: str
    kind: str = "1-1"  # bead shape
    score: float | None = None
    src_sentences: tuple[int, ...] = ()
    tgt_sentences: tuple[int, ...] = ()
    issues: list[Issue] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)

    @property
    def is_null(self) -> bool:
        return not self.src.strip() or not self.tgt.strip()


@dataclass(frozen=True)
class Term:
    """A glossary entry: a source term and its allowed translations."""

    source: str
    targets: tuple[str, ...]


@dataclass(frozen=True)
class Thresholds:
    length_z: float = 3.5  # robust z-score beyond which a length ratio is an outlier
    length_min_segments: int = 8  # below this a document has no length distribution
    length_min_chars: int = 12  # ignore segments this short on both sides
    untranslated_min_words: int = 4  # shorter targets are too short to tell the language
    untranslated_share: float = 0.7  # langid margin needed to call a target untranslated
    repeat_min_words: int = 3  # shorter repeated segments ("Sí.") may differ freely
    max_per_segment: int = 3  # one check reports at most this many issues per segment


@dataclass(frozen=True)
class Context:
    src_lang: str
    tgt_lang: str
    thresholds: Thresholds = Thresholds()
    glossary: tuple[Term, ...] = ()


# --------------------------------------------------------------------------- registry

_DRIFT_NOTE = (
    "Reported by the drift checks of `aligner check` (aligner.drift), on every aligned "
    "segment with text on both sides; the severity is set per finding. See docs/drift.md."
)

_SPECS = (
    CheckSpec(
        "qa.numbers", "number", "numbers", "Accuracy/Mistranslation", "critical",
        "A figure, date, percentage or unit differs after normalisation.",
        "Compares the figures of source and translation after normalising them for each "
        "language (aligner.quantities): 100.000 = 100,000, 49,9 % = 49.9%, dos = two, "
        "siglo XV = 15th century, 13.000 millones = 13 billion, 14 de marzo = March 14. "
        "Reports a changed figure, a figure missing from the translation, one the "
        "translation adds, and a figure whose unit changed (cuatro años -> four months). "
        "Articles and idioms (un, both, la mitad) may match a figure but are never "
        "reported alone. It replaces drift.number, which is the same comparison.",
    ),
    CheckSpec(
        "qa.omitted", "omission", "omission", "Accuracy/Omission", "major",
        "A source segment has no translation (a 1-0 bead).",
        "A source sentence the alignment could pair with nothing in the translation (a 1-0 "
        "bead), or a bilingual unit with an empty target. Raised to critical when the "
        "sentence is part of an attributed statement (unless the severity is configured).",
    ),
    CheckSpec(
        "qa.added", "addition", "addition", "Accuracy/Addition", "major",
        "A translated segment has no source (a 0-1 bead).",
        "A translation sentence the alignment could pair with nothing in the source (a 0-1 "
        "bead: a translator's note, a credit line, an added paragraph), or a bilingual unit "
        "with an empty source. Raised to critical inside an attributed statement.",
    ),
    CheckSpec(
        "qa.untranslated", "untranslated", "untranslated", "Accuracy/Untranslated", "major",
        "The target is still the source text, or still in the source language.",
        "The target equals the source (ignoring case, spacing and punctuation) and holds "
        "ordinary lower-case words, so it is not just a name or a title; or the target "
        "reads as the source language by function words (aligner.langid) with a clear "
        "margin. Targets shorter than thresholds.untranslated_min_words words are only "
        "compared for identity.",
    ),
    CheckSpec(
        "qa.length", "length", "length", "Design and markup/Truncation or text expansion",
        "minor",
        "The length ratio is an outlier for this document.",
        "Each segment's log length ratio (target/source characters, smoothed) is compared "
        "with the document's own distribution: a robust z-score (median and median "
        "absolute deviation) beyond thresholds.length_z flags a translation much longer or "
        "shorter than this translator usually writes, a hint of an omission or addition "
        "inside the segment. Needs thresholds.length_min_segments segments.",
    ),
    CheckSpec(
        "qa.quotes", "quotes", "typographical", "Linguistic conventions/Punctuation", "minor",
        "Quotation marks unbalanced or lost.",
        "Counts double quotation marks of every style (\" “ ” „ « » 「 」) and opening single "
        "ones (‘ ‹; a closing ’ is also an apostrophe, so it is not counted). The style may "
        "change (« » -> “ ” is fine); an odd count in the translation where the source's is "
        "even, a quotation lost entirely, or fewer quotations than the source are flagged.",
    ),
    CheckSpec(
        "qa.brackets", "brackets", "typographical", "Linguistic conventions/Punctuation",
        "minor",
        "Brackets unbalanced or lost.",
        "Round, square and curly brackets: an unmatched bracket in the translation that the "
        "source does not have too, or fewer bracket pairs than in the source.",
    ),
    CheckSpec(
        "qa.urls", "url", "inconsistent-entities", "Design and markup/Link or cross-reference",
        "major",
        "A URL is missing, added or changed.",
        "Every URL (http://, https://, www.) of the source must appear in the translation "
        "unchanged (a trailing slash aside); a changed, missing or added URL is flagged.",
    ),
    CheckSpec(
        "qa.emails", "email", "inconsistent-entities",
        "Design and markup/Link or cross-reference", "major",
        "An e-mail address is missing, added or changed.",
        "Every e-mail address of the source must appear in the translation unchanged.",
    ),
    CheckSpec(
        "qa.handles", "handle", "inconsistent-entities", "Accuracy/Mistranslation", "major",
        "A social-media @handle is missing, added or changed.",
        "@handles name accounts and must not be translated: every @handle of the source "
        "must appear in the translation unchanged (case aside).",
    ),
    CheckSpec(
        "qa.hashtags", "hashtag", "inconsistent-entities", "Accuracy/Mistranslation", "minor",
        "A #hashtag is missing, added or changed.",
        "#hashtags of the source should appear in the translation unchanged (case aside). "
        "Minor by default: campaigns sometimes have a localised hashtag.",
    ),
    CheckSpec(
        "qa.names", "name", "inconsistent-entities", "Accuracy/Mistranslation", "major",
        "A name the translator keeps elsewhere is missing here.",
        "Capitalised words of the source (not stopwords; a sentence-initial word only if the "
        "source also capitalises it mid-sentence) must have a match, or a close spelling "
        "(Serguéi/Sergey), in the segment's translation, when the translation keeps that "
        "name somewhere in the document. Names the translation never keeps (España -> "
        "Spain, Occidente -> the West) are never flagged: drift.entity, with machine "
        "translation, judges those.",
    ),
    CheckSpec(
        "qa.doubled_words", "doubled-word", "duplication", "Linguistic conventions/Grammar",
        "minor",
        "The same word twice in a row in the translation.",
        "The same word twice in a row in the translation (the the, de de), unless the "
        "source repeats a word too or the pair is grammatical in the target language "
        "(English had had, that that; French nous nous).",
    ),
    CheckSpec(
        "qa.whitespace", "whitespace", "whitespace", "Linguistic conventions/Punctuation",
        "minor",
        "Leading/trailing space differs, double spaces, space before punctuation.",
        "Leading or trailing whitespace that differs from the source's (bilingual files "
        "only: documents are segmented without it), runs of two or more spaces the source "
        "does not have, and a space before , . ; : ! ? or a closing bracket (French keeps "
        "its space before ; : ! ?).",
    ),
    CheckSpec(
        "qa.end_punctuation", "punctuation", "typographical",
        "Linguistic conventions/Punctuation", "minor",
        "The segment ends with different punctuation.",
        "The final punctuation mark, after closing quotes and brackets are set aside "
        "(. ! ? : ; … and their full-width forms; ... = …): a question that became a "
        "statement, a colon that introduced a quotation and became a full stop, a stop "
        "added to a title.",
    ),
    CheckSpec(
        "qa.glossary", "terminology", "terminology",
        "Terminology/Inconsistent with terminology resource", "major",
        "A glossary term is not translated as the glossary says.",
        "For every glossary term found in a source segment (accent- and case-insensitive, "
        "whole words, a plural -s/-es allowed), one of its translations must appear in the "
        "target. Glossary: CSV lines source_term,target_term[|alternative...] (an optional "
        "header, # comments) or TBX (read with defusedxml), via --glossary or "
        "qa.glossary in the configuration. Longer terms win over terms inside them.",
    ),
    CheckSpec(
        "qa.inconsistency", "inconsistency", "inconsistency",
        "Terminology/Inconsistent use of terminology", "minor",
        "The same source rendered differently within the document, or the reverse.",
        "Within one document: a glossary term, a role or title phrase (canciller -> "
        "\"Foreign Minister\" here, \"Chancellor\" there) or a repeated source segment "
        "translated in different ways; and the reverse, one target segment or role phrase "
        "used for different source ones. Role phrases come from the language profiles "
        "(aligner.lang) and are paired through the alignment when their role classes "
        "agree; the less frequent rendering is flagged, naming the segments of the others.",
    ),
    CheckSpec(
        "drift.negation", "negation", "mistranslation", "Accuracy/Mistranslation", "critical",
        "A negation was lost or added.", _DRIFT_NOTE,
    ),
    CheckSpec(
        "drift.entity", "entity", "inconsistent-entities", "Accuracy/Mistranslation",
        "critical", "A named entity differs.", _DRIFT_NOTE,
    ),
    CheckSpec(
        "drift.speaker", "speaker", "mistranslation", "Accuracy/Mistranslation", "critical",
        "A statement is credited to someone else.", _DRIFT_NOTE,
    ),
    CheckSpec(
        "drift.modality", "modality", "mistranslation", "Accuracy/Mistranslation", "major",
        "A hedge, obligation or certainty changed.", _DRIFT_NOTE,
    ),
    CheckSpec(
        "drift.intensity", "intensity", "mistranslation", "Accuracy/Mistranslation", "major",
        "An intensifier or quantifier was dropped, weakened or added.", _DRIFT_NOTE,
    ),
    CheckSpec(
        "drift.omission", "omission", "omission", "Accuracy/Omission", "major",
        "A clause of the source is missing from the translation.", _DRIFT_NOTE,
    ),
    CheckSpec(
        "drift.addition", "addition", "addition", "Accuracy/Addition", "major",
        "The translation adds a clause.", _DRIFT_NOTE,
    ),
    CheckSpec(
        "drift.meaning", "meaning", "mistranslation", "Accuracy/Mistranslation", "major",
        "The translation says something else.", _DRIFT_NOTE,
    ),
    CheckSpec(
        "statement.speaker", "speaker", "mistranslation", "Accuracy/Mistranslation",
        "critical", "The statement's speaker differs between source and translation.",
        "Attributed statements are found on both sides (aligner.quotes), paired through "
        "the alignment, and their resolved speakers compared (documents only).",
    ),
    CheckSpec(
        "statement.unmatched", "speaker", "mistranslation", "Accuracy/Mistranslation", "major",
        "The source attributes a statement the translation does not present as one.",
        "A source statement with a known speaker has no statement counterpart in the "
        "translation (documents only).",
    ),
)  # fmt: skip

CHECKS: dict[str, CheckSpec] = {spec.id: spec for spec in _SPECS}


def spec_of(check: str) -> CheckSpec:
    """The spec of a check id; an unregistered drift id gets a generic one."""
    if check in CHECKS:
        return CHECKS[check]
    kind = check.split(".", 1)[-1]
    return CheckSpec(check, kind, "other", "Other", "major", kind, _DRIFT_NOTE)


# --------------------------------------------------------------------------- helpers


def _issue(check: str, message: str, src: Span | None = None, tgt: Span | None = None,
           confidence: float = 1.0) -> Issue:  # fmt: skip
    return Issue(check, CHECKS[check].severity, message, src, tgt, confidence)


def quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return "«" + (text if len(text) <= limit else text[: limit - 1] + "…") + "»"


def lang_code(lang: str | None) -> str:
    """The primary subtag, lower case: "es-ES" -> "es"."""
    return (lang or "").lower().replace("_", "-").split("-")[0]


def fold_map(text: str) -> tuple[str, list[int]]:
    """Accent-free case-folded ``text`` and, per folded character, its offset in ``text``.

    Matching terms on folded text is what a translator expects (Canciller = canciller,
    Bogotá = Bogota); the map turns a match back into a span of the original.
    """
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(c):
                continue
            for f in c.casefold():
                out.append(f)
                where.append(i)
    where.append(len(text))
    return "".join(out), where


def fold(text: str) -> str:
    return fold_map(text)[0]


def _unfold(span: Span, where: list[int]) -> Span:
    return where[span[0]], where[max(span[0], span[1] - 1)] + 1


@cache
def term_pattern(term: str) -> re.Pattern[str]:
    """Whole words of a folded term, any spacing or hyphen between, a plural allowed."""
    parts = [re.escape(w) for w in fold(term).replace("-", " ").split()]
    body = r"[\s\-‐]+".join(parts) if parts else r"(?!)"
    return re.compile(rf"(?<![^\W_]){body}(?:e?s)?(?![^\W_])")


def _capped(issues: list[Issue], limit: int) -> list[Issue]:
    return issues[:limit]


# --------------------------------------------------------------------------- numbers


def check_numbers(seg: Segment, ctx: Context) -> list[Issue]:
    if seg.is_null:
        return []
    diff = compare_quantities(
        extract_quantities(seg.src, ctx.src_lang), extract_quantities(seg.tgt, ctx.tgt_lang)
    )
    out = [
        _issue("qa.numbers", f"Same figure, different unit: {quote(a.text)} in the source is "
               f"{quote(b.text)} in the translation.", (a.start, a.end), (b.start, b.end))
        for a, b in diff.unit_changes
    ]  # fmt: skip
    left = list(diff.tgt_only)
    for a in diff.src_only:
        b = _counterpart(a, left, len(seg.src), len(seg.tgt))
        if b is None:
            out.append(_issue("qa.numbers", f"The figure {quote(a.text)} is missing from the "
                              "translation.", (a.start, a.end)))  # fmt: skip
            continue
        left.remove(b)
        message = f"The source says {quote(a.text)} but the translation says {quote(b.text)}."
        out.append(_issue("qa.numbers", message, (a.start, a.end), (b.start, b.end)))
    for b in left:
        out.append(_issue("qa.numbers", f"The translation has {quote(b.text)}, which the "
                          "source does not state.", None, (b.start, b.end)))  # fmt: skip
    return out


def _counterpart(a: Quantity, pool: list[Quantity], n_src: int, n_tgt: int) -> Quantity | None:
    """The unmatched target figure most likely to be ``a`` changed: same kind, same place."""
    if not pool:
        return None
    where = a.start / max(1, n_src)
    return min(pool, key=lambda b: (b.kind != a.kind, abs(b.start / max(1, n_tgt) - where)))


# --------------------------------------------------------------------------- empty sides


def check_omitted(seg: Segment, ctx: Context) -> list[Issue]:
    if seg.src.strip() and not seg.tgt.strip():
        return [_issue("qa.omitted", f"The source segment has no translation: {quote(seg.src)}",
                       (0, len(seg.src)))]  # fmt: skip
    return []


def check_added(seg: Segment, ctx: Context) -> list[Issue]:
    if seg.tgt.strip() and not seg.src.strip():
        return [_issue("qa.added", f"The translation has a segment with no source: "
                       f"{quote(seg.tgt)}", None, (0, len(seg.tgt)))]  # fmt: skip
    return []


# --------------------------------------------------------------------------- untranslated

_LETTERS = re.compile(r"[^\W\d_]+")


def check_untranslated(seg: Segment, ctx: Context) -> list[Issue]:
    if seg.is_null or ctx.src_lang == ctx.tgt_lang:
        return []
    whole = (0, len(seg.tgt))
    if _bare(seg.src) == _bare(seg.tgt) and _has_common_word(seg.tgt):
        # A name or a title ("Misión Verdad") is legitimately the same in both languages;
        # a lower-case word is language.
        return [_issue("qa.untranslated", "The translation is the source text, unchanged.",
                       (0, len(seg.src)), whole)]  # fmt: skip
    words = _LETTERS.findall(seg.tgt)
    if len(words) < ctx.thresholds.untranslated_min_words:
        return []
    lang, share = detect_language(seg.tgt)
    if lang == ctx.src_lang and share >= ctx.thresholds.untranslated_share:
        return [
            _issue(
                "qa.untranslated",
                f"The translation reads as {ctx.src_lang}, the "
                f"source language, not {ctx.tgt_lang}.",
                None,
                whole,
                round(share, 3),
            )
        ]
    return []  # fmt: skip


def _bare(text: str) -> str:
    return " ".join(_LETTERS.findall(fold(text)))


def _has_common_word(text: str) -> bool:
    return any(w[0].islower() and len(w) >= 3 for w in _LETTERS.findall(text))


# --------------------------------------------------------------------------- length


def check_length(segments: Sequence[Segment], ctx: Context) -> list[tuple[int, Issue]]:
    """Length-ratio outliers against the document's own distribution (robust z-score).

    A fixed ratio would be wrong for every language pair and every translator; the
    median and the median absolute deviation of this document are not moved by the
    few outliers we are looking for.
    """
    th = ctx.thresholds
    # Smoothing keeps short segments ("Sí." -> "Yes, indeed.") from dominating.
    ratios = {
        k: math.log((len(s.tgt) + 20) / (len(s.src) + 20))
        for k, s in enumerate(segments)
        if not s.is_null and max(len(s.src), len(s.tgt)) >= th.length_min_chars
    }
    if len(ratios) < th.length_min_segments:
        return []
    median = statistics.median(ratios.values())
    # A floor on the spread: in a very regular translation (a MAD of 0.04 is common) a
    # sentence condensed by a third is style, not an outlier.
    mad = max(statistics.median(abs(r - median) for r in ratios.values()), 0.08)
    out = []
    for k, r in ratios.items():
        z = 0.6745 * (r - median) / mad
        if abs(z) > th.length_z:
            seg = segments[k]
            actual = len(seg.tgt) / max(1, len(seg.src))
            word = "longer" if z > 0 else "shorter"
            message = (f"The translation is {word} than usual: {actual:.2f}× the source's "
                       f"length, where this document's translations run {math.exp(median):.2f}× "
                       f"(robust z = {z:+.1f}).")  # fmt: skip
            out.append((k, _issue("qa.length", message, None, None, 0.6)))
    return out


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


# --------------------------------------------------------------------------- names


@cache
def _not_names(src_lang: str, tgt_lang: str) -> frozenset[str]:
    """Capitalised words that are no names: function words and role nouns of both sides."""
    words: set[str] = set()
    for lang in (src_lang, tgt_lang):
        prof = profile(lang)
        words |= {fold(w) for w in prof.stopwords | prof.determiners | prof.titles}
        words |= {fold(w) for noun, _ in prof.role_nouns for w in noun.split()}
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


# --------------------------------------------------------------------------- doubled words

# Repetitions that are grammatical: "he had had", "said that that was", "nous nous".
_GRAMMATICAL_DOUBLES = {
    "en": frozenset({"had", "that", "is"}),
    "fr": frozenset({"nous", "vous"}),
    "de": frozenset({"die", "der", "das", "sie"}),
}
_DOUBLED = re.compile(r"(?<![^\W_])([^\W\d_]+)\s+\1(?![^\W_])", re.IGNORECASE)


def check_doubled_words(seg: Segment, ctx: Context) -> list[Issue]:
    if seg.is_null or _DOUBLED.search(seg.src):
        return []  # a source that repeats itself ("muy, muy") may be rendered the same way
    allowed = _GRAMMATICAL_DOUBLES.get(ctx.tgt_lang, frozenset())
    out = []
    for m in _DOUBLED.finditer(seg.tgt):
        if m.group(1).lower() in allowed:
            continue
        out.append(_issue("qa.doubled_words", f"{quote(m.group(0))}: the word is doubled.",
                          None, (m.start(), m.end())))  # fmt: skip
    return _capped(out, ctx.thresholds.max_per_segment)


# --------------------------------------------------------------------------- whitespace

_MULTI_SPACE = re.compile(r"(?<=\S)[ \t\u00a0\u202f]{2,}(?=\S)")
_SPACE_BEFORE = re.compile(r"(?<=[^\W_])[ \t]+(?=[,.;:!?)\]](?:\s|$))")
_FRENCH_SPACED = frozenset(";:!?")


def check_whitespace(seg: Segment, ctx: Context) -> list[Issue]:
    if seg.is_null:
        return []
    out = []
    for name, src_ws, tgt_ws, at in (
        ("leading", _lead(seg.src), _lead(seg.tgt), 0),
        ("trailing", _trail(seg.src), _trail(seg.tgt), len(seg.tgt) - len(_trail(seg.tgt))),
    ):
        if src_ws != tgt_ws:
            span = (at, at + len(tgt_ws)) if tgt_ws else None
            out.append(_issue("qa.whitespace", f"The {name} whitespace differs from the "
                              f"source's ({len(src_ws)} vs {len(tgt_ws)} characters).",
                              None, span))  # fmt: skip
    if not _MULTI_SPACE.search(seg.src):
        for m in _MULTI_SPACE.finditer(seg.tgt):
            out.append(_issue("qa.whitespace", "Double space in the translation.", None,
                              (m.start(), m.end())))  # fmt: skip
    for m in _SPACE_BEFORE.finditer(seg.tgt):
        mark = seg.tgt[m.end()]
        if ctx.tgt_lang == "fr" and mark in _FRENCH_SPACED:
            continue
        out.append(_issue("qa.whitespace", f"Space before {quote(mark)} in the translation.",
                          None, (m.start(), m.end())))  # fmt: skip
    return _capped(out, ctx.thresholds.max_per_segment)


def _lead(text: str) -> str:
    return text[: len(text) - len(text.lstrip())]


def _trail(text: str) -> str:
    return text[len(text.rstrip()) :]


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
_GENERIC_ROLES = frozenset({"official", "leader", "head", "expert"})


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
    """A crude key: "foreign ministers" and "Foreign Minister" are one rendering."""
    words = phrase.replace("-", " ").split()
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                    for w in words)  # fmt: skip


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
