"""`aligner check`: align, find attributed statements on both sides, flag drift.

Pair-level drift (numbers, negation, names, clauses...) comes from
:mod:`aligner.drift.checks` on each aligned bead; this module adds what only the whole
document shows: sentences with no counterpart, statements present on one side
only, and a statement whose speaker (resolved across sentences: roles, pronouns,
carried quotes) differs between the two sides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from aligner.alignment.engine import align
from aligner.alignment.mt import shared_translations, translating_ahead
from aligner.drift.checks import DriftRun, Finding, check_pairs, read_side
from aligner.drift.mt_ahead import forward_parts
from aligner.drift.text import cognate, tokenize, words
from aligner.io.read import read_pairs_tsv as read_pairs_tsv  # re-exported: it lived here
from aligner.statements.quotes import Statement, find_statements, same_speaker
from aligner.types import Alignment, Document


@dataclass
class StatementPair:
    """A source statement and its counterpart in the translation (either may be missing)."""

    src: Statement | None
    tgt: Statement | None


@dataclass
class BeadCheck:
    """The drift findings of one bead; spans are offsets into the bead's joined texts."""

    index: int
    src_text: str
    tgt_text: str
    findings: list[Finding] = field(default_factory=list)


@dataclass
class DocumentCheck:
    alignment: Alignment
    beads: list[BeadCheck]
    statements: list[StatementPair]

    @property
    def findings(self) -> list[tuple[int, Finding]]:
        return [(b.index, f) for b in self.beads for f in b.findings]


def bead_texts(alignment: Alignment) -> list[tuple[str, str]]:
    return [
        (
            " ".join(alignment.src.sentences[i].text for i in bead.src),
            " ".join(alignment.tgt.sentences[j].text for j in bead.tgt),
        )
        for bead in alignment.beads
    ]


# Reading a sentence for the list costs ~1.6 ms of CPU (the drift checks read it again);
# an Apertium start saved ~0.2-0.45 CPU-s: beyond ~100 sentences the reading costs more.
AHEAD_MAX_SENTENCES = 100


def source_mt_texts(src: Document, mt: object) -> Callable[[], list[str]] | None:
    """The texts the drift checks will give Apertium for the source's one-sentence pairs
    (aligner.drift.mt_ahead), for the alignment's call to translate too; None without
    Apertium. A function, so that a run whose alignment uses no MT never reads them;
    a run record of its own, thrown away: the drift checks report their own reading."""
    if mt not in ("auto", "apertium") or len(src.sentences) > AHEAD_MAX_SENTENCES:
        return None
    return lambda: [
        text
        for s in src.sentences
        for part in forward_parts(read_side(s.text, src.lang, DriftRun()))
        for text in part
    ]


def check_documents(
    src: Document, tgt: Document, embedder: object = "auto", mt: object = "auto", **align_kwargs
) -> DocumentCheck:
    # One Apertium process for the source, not two (the alignment's and the drift's).
    with shared_translations():
        return _check_documents(src, tgt, embedder, mt, **align_kwargs)


def _check_documents(
    src: Document, tgt: Document, embedder: object, mt: object, **align_kwargs
) -> DocumentCheck:
    with translating_ahead(src.lang, source_mt_texts(src, mt)):
        alignment = (
            align(src, tgt, **align_kwargs)
            if embedder == "auto"
            else align(src, tgt, embedder=embedder, **align_kwargs)
        )
    texts = bead_texts(alignment)
    full = [k for k, bead in enumerate(alignment.beads) if not bead.is_null]
    run = DriftRun()
    drift = check_pairs(
        [texts[k] for k in full], src.lang, tgt.lang, embedder=embedder, mt=mt, run=run
    )
    # What the drift checks used, and any failure, travel with the alignment's own.
    alignment.signature = f"{alignment.signature}|{run.signature}"
    alignment.warnings.extend(run.notes + run.problems)
    checks = [BeadCheck(k, s, t) for k, (s, t) in enumerate(texts)]
    for k, findings in zip(full, drift, strict=True):
        checks[k].findings.extend(findings)
    statements = pair_statements(alignment, find_statements(src), find_statements(tgt))
    quoted = statement_sentences(statements)
    for k, bead in enumerate(alignment.beads):
        if bead.is_null:
            checks[k].findings.append(_unaligned(alignment, k, quoted))
    add_statement_findings(alignment, statements, checks)
    return DocumentCheck(alignment, checks, statements)


def statement_sentences(statements: list[StatementPair]) -> tuple[set[int], set[int]]:
    """The source and the target sentences that some attributed statement touches.

    Collected once per document: asking every unaligned bead to scan every statement
    made a long document with many quotes quadratic.
    """
    src = {i for p in statements if p.src is not None for i in p.src.sentences}
    tgt = {j for p in statements if p.tgt is not None for j in p.tgt.sentences}
    return src, tgt


def _unaligned(alignment: Alignment, k: int, quoted: tuple[set[int], set[int]]) -> Finding:
    """The finding of a null bead; ``quoted`` comes from :func:`statement_sentences`."""
    bead = alignment.beads[k]
    in_statement = not quoted[0].isdisjoint(bead.src) or not quoted[1].isdisjoint(bead.tgt)
    text = " ".join(
        (alignment.src if bead.src else alignment.tgt).sentences[i].text
        for i in bead.src or bead.tgt
    )
    quoted = text if len(text) <= 90 else text[:87] + "..."
    if bead.src:
        message = f"Source sentence has no counterpart in the translation: “{quoted}”"
        kind, spans = "omission", ((0, len(text)), None)
    else:
        message = f"Translation sentence has no counterpart in the source: “{quoted}”"
        kind, spans = "addition", (None, (0, len(text)))
    severity = "critical" if in_statement else "major"
    if in_statement:
        message += " (it is part of an attributed statement)"
    return Finding(
        kind, severity, round(bead.confidence, 3), spans[0], spans[1], message, f"align.{kind}"
    )


def pair_statements(
    alignment: Alignment, src_statements: list[Statement], tgt_statements: list[Statement]
) -> list[StatementPair]:
    """Pair statements through the sentence alignment: most shared aligned sentences wins.

    Ties go to the earliest target statement; each target statement pairs at most once.
    Only the target statements on the aligned sentences are counted (through an index
    by sentence), not every statement of the document for every source statement.
    """
    src_to_tgt: dict[int, set[int]] = {}
    for bead in alignment.beads:
        for i in bead.src:
            src_to_tgt[i] = set(bead.tgt)
    by_sentence = _statements_by_sentence(tgt_statements)
    used: set[int] = set()
    pairs = []
    for statement in src_statements:
        aligned = set().union(*(src_to_tgt.get(i, set()) for i in statement.sentences))
        best = _most_shared(aligned, by_sentence, used)
        if best is not None:
            used.add(best)
            pairs.append(StatementPair(statement, tgt_statements[best]))
        else:
            pairs.append(StatementPair(statement, None))
    pairs += [StatementPair(None, t) for k, t in enumerate(tgt_statements) if k not in used]
    return pairs


def _statements_by_sentence(statements: list[Statement]) -> dict[int, list[int]]:
    """Sentence index -> indices of the statements that touch it."""
    index: dict[int, list[int]] = {}
    for k, statement in enumerate(statements):
        for i in set(statement.sentences):
            index.setdefault(i, []).append(k)
    return index


def _most_shared(
    aligned: set[int], by_sentence: dict[int, list[int]], used: set[int]
) -> int | None:
    """The unused statement sharing the most of ``aligned`` (at least one), earliest on ties."""
    shared: dict[int, int] = {}
    for j in aligned:
        for k in by_sentence.get(j, ()):
            shared[k] = shared.get(k, 0) + 1
    best, best_overlap = None, 0
    for k in sorted(shared):
        if k not in used and shared[k] > best_overlap:
            best, best_overlap = k, shared[k]
    return best


def bead_index(alignment: Alignment) -> tuple[dict[int, int], dict[int, int]]:
    """Sentence -> the first bead holding it, per side (built once, looked up per statement)."""
    src: dict[int, int] = {}
    tgt: dict[int, int] = {}
    for k, bead in enumerate(alignment.beads):
        for i in bead.src:
            src.setdefault(i, k)
        for j in bead.tgt:
            tgt.setdefault(j, k)
    return src, tgt


def add_statement_findings(
    alignment: Alignment, statements: list[StatementPair], checks: list[BeadCheck]
) -> None:
    src_bead, tgt_bead = bead_index(alignment)
    for pair in statements:
        beads, statement = (src_bead, pair.src) if pair.src is not None else (tgt_bead, pair.tgt)
        assert statement is not None
        k = beads.get(statement.sentences[0])
        if k is None or alignment.beads[k].is_null:
            continue  # the unaligned-sentence finding already covers it
        existing = {f.type for f in checks[k].findings}
        if pair.src is not None and pair.tgt is not None:
            a, b = pair.src.speaker, pair.tgt.speaker
            src_span = _mention_span(checks[k].src_text, a.mention)
            tgt_span = _mention_span(checks[k].tgt_text, b.mention)
            # Only two *known* speakers can disagree; an unresolved role is not a change.
            # Both mentions inside the bead: the bead's own drift check has compared them
            # with what this comparison lacks (the mention's MT, aliases, roles), so
            # "Autoridad Portuaria" and "Port Authority" are one speaker there.
            judged = src_span is not None and tgt_span is not None
            # A speaker carried from an earlier statement is a guess ("We can accept…,"
            # with its reporting clause unread); a quote whose attribution the translation
            # dropped is the bead's drift check's finding.
            judged = judged or "carried" in (a.resolved_by, b.resolved_by)
            if (
                a.resolved_by == "none"
                and b.resolved_by == "explicit"
                and b.key
                and "speaker" not in existing
                and not _named_in(b.name, alignment.src.text)
            ):
                # The source leaves the quotation unattributed, the translation names
                # someone the source never mentions: a speaker made up, not moved.
                checks[k].findings.append(
                    Finding(
                        "speaker",
                        "critical",
                        0.7,
                        None,
                        tgt_span,
                        f"The translation credits this statement to {b.name}, whom the "
                        "source does not name anywhere.",
                        "statement.speaker",
                    )
                )
            elif (
                a.key
                and b.key
                and not judged
                and not same_speaker(a, b)
                and "speaker" not in existing
            ):
                checks[k].findings.append(
                    Finding(
                        "speaker",
                        "critical",
                        0.8,
                        src_span,
                        tgt_span,
                        f"The source attributes this statement to {a.name}, the translation to "
                        f"{b.name}.",
                        "statement.speaker",
                    )
                )
        elif (
            pair.src is not None
            and pair.src.speaker.key
            and "speaker" not in existing
            # A speaker named in the bead: the bead's drift check has seen whether the
            # translation still credits them ("criticó que" → "criticised … for").
            and _mention_span(checks[k].src_text, pair.src.speaker.mention) is None
        ):
            # Often a reporting verb the target's word list lacks, hence major and not
            # critical: the attribution may well be there in words the list misses.
            checks[k].findings.append(
                Finding(
                    "speaker",
                    "major",
                    0.5,
                    None,
                    None,
                    f"The source reports this as said by {pair.src.speaker.name}; the "
                    "translation does not present it as a statement.",
                    "statement.unmatched",
                )
            )


def _named_in(name: str, text: str) -> bool:
    """Whether any word of a name is written in ``text``, in any spelling of its stem
    ("Pope Francis" in a text naming "el papa Francisco")."""
    parts = [w for w in words(tokenize(name)) if w.cap]
    found = words(tokenize(text))
    return any(cognate(p.fold, w.fold) for p in parts for w in found if w.cap)


def _mention_span(text: str, mention: str) -> tuple[int, int] | None:
    """Where the speaker's mention is in the bead's text: the finding points at the
    words, so another check on the same name (qa.names) folds into it, not beside it."""
    at = text.find(mention) if mention else -1
    return (at, at + len(mention)) if at >= 0 else None


# --- already-aligned pairs ------------------------------------------------------------


def check_text_pairs(
    pairs: list[tuple[str, str]],
    src_lang: str,
    tgt_lang: str,
    embedder: object = "auto",
    mt: object = "auto",
) -> list[list[Finding]]:
    """Drift findings per pair, in order; empty pairs get none."""
    filled = [k for k, (s, t) in enumerate(pairs) if s or t]
    results: list[list[Finding]] = [[] for _ in pairs]
    found = check_pairs([pairs[k] for k in filled], src_lang, tgt_lang, embedder=embedder, mt=mt)
    for k, findings in zip(filled, found, strict=True):
        results[k] = findings
    return results


def finding_record(finding: Finding) -> dict:
    return {
        "type": finding.type,
        "severity": finding.severity,
        "confidence": round(float(finding.confidence), 3),
        "source_span": list(finding.source_span) if finding.source_span else None,
        "target_span": list(finding.target_span) if finding.target_span else None,
        "message": finding.message,
        "check": finding.check,
    }


def statement_record(pair: StatementPair) -> dict:
    def side(statement: Statement | None) -> dict | None:
        if statement is None:
            return None
        return {
            "kind": statement.kind,
            "content": statement.content,
            "offsets": [statement.start, statement.end],
            "sentences": list(statement.sentences),
            "speaker": statement.speaker.name,
            "speaker_key": statement.speaker.key,
            "resolved_by": statement.speaker.resolved_by,
        }

    return {"source": side(pair.src), "target": side(pair.tgt)}
