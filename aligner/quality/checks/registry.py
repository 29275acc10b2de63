"""The register of every finding: id, kind, ITS 2.0 and MQM types, severity, explanation.

One :class:`CheckSpec` per check id, in the order reports list them: the translator
checks (``qa.*``) and the drift findings of ``aligner check`` (``drift.*``,
``statement.*``), registered together so that configuration, filters, reports and
``aligner qa --explain ID`` treat every finding alike. Adding a check starts here; the
function that runs it lives in the family module named after what it checks, and is
listed in :data:`aligner.quality.checks.SEGMENT_CHECKS` or ``DOCUMENT_CHECKS``. This module
imports nothing from the rest of the package, so every other module can import it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CheckSpec:
    id: str
    type: str  # what is wrong: "number", "omission", "terminology"...
    its: str  # ITS 2.0 locQualityIssueType
    mqm: str  # closest MQM Core issue type, "Dimension/Issue"
    severity: str  # default severity
    summary: str  # one line for tables and the report legend
    explain: str  # what --explain prints


_DRIFT_NOTE = (
    "Reported by the drift checks of `aligner check` (aligner.drift.checks), on every aligned "
    "segment with text on both sides; the severity is set per finding. See docs/drift.md."
)

_SPECS = (
    CheckSpec(
        "qa.numbers", "number", "numbers", "Accuracy/Mistranslation", "critical",
        "A figure, date, percentage or unit differs after normalisation.",
        "Compares the figures of source and translation after normalising them for each "
        "language (aligner.drift.quantities): 100.000 = 100,000, 49,9 % = 49.9%, dos = two, "
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
        "reads as the source language by function words (aligner.alignment.langid) with a clear "
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
        "drift.speaker_role", "entity", "mistranslation", "Accuracy/Mistranslation", "major",
        "The same named speaker is given another role.", _DRIFT_NOTE,
    ),
    CheckSpec(
        "drift.portfolio", "entity", "mistranslation", "Accuracy/Mistranslation", "critical",
        "A government portfolio changed (another ministry).", _DRIFT_NOTE,
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
        "Attributed statements are found on both sides (aligner.statements.quotes), paired through "
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
