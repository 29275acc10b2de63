"""`aligner qa`: translator QA over an aligned document pair or a bilingual file.

A document pair is aligned first (:func:`aligner.alignment.engine.align`); each bead becomes a
:class:`~aligner.quality.checks.Segment`. A bilingual file (TMX, XLIFF, TSV, JSONL) is
already aligned: each unit is a segment and keeps its id. Then, on the segments:

* the drift checks of `aligner check` (``drift.*``; ``statement.*`` for documents),
  with machine translation but, unless ``deep``, without the clause embeddings that
  would make QA several times slower than aligning;
* the translator checks of :mod:`aligner.quality.checks` (``qa.*``);
* the configuration (:mod:`aligner.quality.config`): which checks run, their severities.

The result (:class:`QAResult`) is plain data; :mod:`aligner.quality.report` renders it.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from aligner import __version__
from aligner.alignment.engine import align, load_pair
from aligner.alignment.langid import detect_language
from aligner.alignment.mt import shared_translations, translating_ahead
from aligner.alignment.segment import fold as segment_fold
from aligner.drift.checks import DriftRun, Finding, check_pairs, with_glossary
from aligner.errors import InputError
from aligner.io.bilingual import read_bilingual
from aligner.io.export import Unit
from aligner.pipelines.check import (
    BeadCheck,
    StatementPair,
    add_statement_findings,
    bead_texts,
    pair_statements,
    source_mt_texts,
)
from aligner.quality.checks import (
    CHECKS,
    Context,
    Issue,
    Mark,
    Segment,
    Term,
    lang_code,
    run_checks,
    spec_of,
)
from aligner.quality.config import Settings
from aligner.quality.glossary import load_glossary
from aligner.quality.results import SCHEMA, QAResult
from aligner.runtime.interrupts import threads_leave_signals_to_main, unblock_stop_signals
from aligner.runtime.limits import check_segment_count
from aligner.statements.quotes import Statement, find_statements
from aligner.types import AlignConfig, Alignment, Document

_SEVERITY_ORDER = {"critical": 0, "major": 1, "minor": 2}


# --------------------------------------------------------------------------- entry points


def qa_documents(
    src: Document,
    tgt: Document,
    settings: Settings | None = None,
    glossary: Sequence[Term] = (),
    embedder: object = "auto",
    mt: object = "auto",
    config: AlignConfig | None = None,
    alignment: Alignment | None = None,
) -> QAResult:
    """Align two documents (unless their ``alignment`` is given), then run every enabled
    check on the beads."""
    settings = settings or Settings()
    # One Apertium process for the source, not two (the alignment's and the drift's).
    with shared_translations():
        return _qa_documents(src, tgt, settings, glossary, embedder, mt, config, alignment)


def _qa_documents(
    src: Document,
    tgt: Document,
    settings: Settings,
    glossary: Sequence[Term],
    embedder: object,
    mt: object,
    config: AlignConfig | None,
    alignment: Alignment | None,
) -> QAResult:
    # Without MT for the checks, none for the alignment's confidences either.
    config = config or AlignConfig(use_mt=mt is not None and mt is not False)
    timings: dict[str, float] = {}
    began = time.perf_counter()
    drifts = any(settings.enabled(c) for c in CHECKS if c.startswith("drift."))
    if alignment is None:
        with translating_ahead(src.lang, source_mt_texts(src, mt) if drifts else None):
            alignment = (
                align(src, tgt, config=config)
                if embedder == "auto"
                else align(src, tgt, config=config, embedder=embedder)  # type: ignore[arg-type]
            )
    timings["align"] = time.perf_counter() - began
    segments = alignment_segments(alignment)
    ctx = Context(lang_code(src.lang), lang_code(tgt.lang), settings.thresholds, tuple(glossary))
    began = time.perf_counter()
    # The drift checks start first: half of them may run in a worker meanwhile.
    drift = _start_drift(segments, ctx, settings, embedder, mt)
    with drift.cancelled_on_error():
        statements = pair_statements(alignment, find_statements(src), find_statements(tgt))
        for pair in statements:
            for side, statement in (("src", pair.src), ("tgt", pair.tgt)):
                if statement is not None:
                    _mark_statement(alignment, segments, side, statement)
        for seg in segments:
            seg.marks = outermost(seg.marks)
        quoted = _quoted_sentences(statements)
        checked = [(k, _escalate(i, segments[k], quoted, settings))
                   for k, i in run_checks(segments, ctx, settings.enabled)]  # fmt: skip
        timings["checks"] = time.perf_counter() - began
        began = time.perf_counter()
        found, run = drift()
    found += _statement_findings(alignment, statements, segments, found, settings)
    timings["drift"] = time.perf_counter() - began
    found += checked
    _attach(segments, found, settings)
    return QAResult(
        "documents", src.path, tgt.path, ctx.src_lang, ctx.tgt_lang, segments,
        alignment.quality, f"{alignment.signature}|{run.signature}|qa:{SCHEMA}", settings,
        warnings=[*alignment.warnings, *run.notes, *run.problems], timings=timings,
        documents=(src, tgt),
    )  # fmt: skip


def qa_units(
    units: Sequence[Unit],
    path: str,
    settings: Settings | None = None,
    glossary: Sequence[Term] = (),
    embedder: object = "auto",
    mt: object = "auto",
    src_lang: str | None = None,
    tgt_lang: str | None = None,
) -> QAResult:
    """Check the units of a bilingual file (already aligned), keeping their ids."""
    settings = settings or Settings()
    if not units:
        raise InputError(path, "contains no translation units")
    src_lang, tgt_lang = unit_languages(units, src_lang or settings.src_lang,
                                        tgt_lang or settings.tgt_lang)  # fmt: skip
    segments = [Segment(u.id, k, u.src, u.tgt, u.bead, u.score) for k, u in enumerate(units)]
    ctx = Context(src_lang, tgt_lang, settings.thresholds, tuple(glossary))
    timings: dict[str, float] = {}
    began = time.perf_counter()
    drift = _start_drift(segments, ctx, settings, embedder, mt)
    with drift.cancelled_on_error():
        for seg in segments:
            marks = _unit_marks(seg.src, "src", src_lang) + _unit_marks(seg.tgt, "tgt", tgt_lang)
            seg.marks = outermost(marks)
        checked = run_checks(segments, ctx, settings.enabled)
        timings["checks"] = time.perf_counter() - began
        began = time.perf_counter()
        found, run = drift()
    found += checked
    timings["drift"] = time.perf_counter() - began
    _attach(segments, found, settings)
    warnings = (
        [
            f"cannot tell the {role} language of {path}; give --{flag}-lang for its checks"
            for role, flag, lang in (("source", "src", src_lang), ("target", "tgt", tgt_lang))
            if lang in ("", "xx")
        ]
        + run.notes
        + run.problems
    )
    scores = [u.score for u in units if u.score is not None]
    quality = round(sum(scores) / len(scores), 6) if scores else None
    signature = f"aligner:{__version__}|pair:{src_lang}-{tgt_lang}|{run.signature}|qa:{SCHEMA}"
    return QAResult("pairs", path, path, src_lang, tgt_lang, segments, quality, signature,
                    settings, warnings=warnings, timings=timings)  # fmt: skip


def unit_languages(
    units: Sequence[Unit], src_lang: str | None, tgt_lang: str | None
) -> tuple[str, str]:
    """The pair given, else the file's, else detected from the texts."""
    src = src_lang or next((u.src_lang for u in units if u.src_lang), "")
    tgt = tgt_lang or next((u.tgt_lang for u in units if u.tgt_lang), "")
    if not src:
        src = detect_language(" ".join(u.src for u in units))[0]
    if not tgt:
        tgt = detect_language(" ".join(u.tgt for u in units))[0]
    return lang_code(src), lang_code(tgt)


def run_qa(
    source: str | None,
    target: str | None,
    pairs: str | None,
    settings: Settings,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    glossary: str | None = None,
    presegmented: bool = False,
    embedder: object = "auto",
    mt: object = "auto",
    force: bool = False,
    corrected: str | None = None,
    embed: str = "all",
) -> QAResult:
    """What `aligner qa` does with its inputs: read, pick languages, load the glossary, check.

    Languages and the glossary come from the arguments, else from the settings.
    ``corrected``: a corrected alignment (aligner.io.corrected) to use instead of aligning,
    when it was made on these very texts. ``embed``: which sentences the alignment gives
    e5 vectors (AlignConfig.embed: "all", "selective", "none").
    """
    src_lang, tgt_lang = src_lang or settings.src_lang, tgt_lang or settings.tgt_lang
    glossary = glossary or settings.glossary
    if pairs:
        units = read_bilingual(pairs)
        check_segment_count(pairs, len(units), "units")
        src_lang, tgt_lang = unit_languages(units, src_lang, tgt_lang)
        terms = load_glossary(glossary, src_lang, tgt_lang) if glossary else ()
        result = qa_units(units, pairs, settings, terms, embedder, mt, src_lang, tgt_lang)
    else:
        assert source is not None and target is not None
        src, tgt, notes = load_pair(source, target, src_lang, tgt_lang, presegmented, force)
        terms = load_glossary(glossary, src.lang, tgt.lang) if glossary else ()
        alignment, note = _corrected_alignment(corrected, src, tgt)
        config = AlignConfig(use_mt=mt is not None and mt is not False, embed=embed)
        result = qa_documents(
            src, tgt, settings, terms, embedder, mt, config=config, alignment=alignment
        )
        result.warnings[:0] = notes
        result.warnings += [note] if note else []
    result.glossary = glossary
    return result


def _corrected_alignment(
    path: str | None, src: Document, tgt: Document
) -> tuple[Alignment | None, str | None]:
    """The hand-corrected alignment in ``path`` if it fits these texts, and a note saying
    what happened."""
    from aligner.alignment.manual import manual_alignment
    from aligner.io.corrected import read_corrected

    if not path:
        return None, None
    beads = read_corrected(path, src, tgt)
    if beads is None:
        return None, f"{path} was made on other texts; aligned afresh"
    return manual_alignment(src, tgt, beads, os.path.basename(path)), None


# --------------------------------------------------------------------------- segments


def alignment_segments(alignment: Alignment) -> list[Segment]:
    """One segment per bead; the id is the bead number, as in `aligner align`."""
    return [
        Segment(str(k), k, src, tgt, bead.kind, round(bead.confidence, 6), bead.src, bead.tgt)
        for k, (bead, (src, tgt)) in enumerate(
            zip(alignment.beads, bead_texts(alignment), strict=True)
        )
    ]


def _mark_statement(
    alignment: Alignment, segments: list[Segment], side: str, statement: Statement
) -> None:
    """Mark a statement's content on the segments that hold its sentences.

    Statement offsets are into the original document; segment texts are normalised
    sentences joined by spaces, so each piece is found again inside its sentence.
    """
    speaker = statement.speaker
    if speaker.resolved_by == "none" or not speaker.name:
        return  # only attributed statements are marked
    doc = alignment.src if side == "src" else alignment.tgt
    for seg in segments:
        indices = seg.src_sentences if side == "src" else seg.tgt_sentences
        base = 0
        for i in indices:
            sentence = doc.sentences[i]
            start, end = max(statement.start, sentence.start), min(statement.end, sentence.end)
            piece = segment_fold(doc.text[start:end]) if start < end else ""
            at = sentence.text.find(piece) if piece else -1
            if at >= 0:
                seg.marks.append(Mark(side, base + at, base + at + len(piece), speaker.name,
                                      speaker.resolved_by))  # fmt: skip
            base += len(sentence.text) + 1


def outermost(marks: list[Mark]) -> list[Mark]:
    """Drop a statement inside another of the same speaker (a quoted word inside a
    reported sentence): one speaker label per statement is enough."""
    unique = list({(m.side, m.start, m.end, m.speaker): m for m in marks}.values())
    return [m for m in unique if not any(o is not m and _within(m, o) for o in unique)]


def _within(inner: Mark, outer: Mark) -> bool:
    return (inner.side, inner.speaker) == (outer.side, outer.speaker) and (
        outer.start <= inner.start and inner.end <= outer.end
    )


def _unit_marks(text: str, side: str, lang: str) -> list[Mark]:
    if not text.strip():
        return []
    try:
        statements = find_statements(Document("", lang, text, ()))
    except Exception as exc:  # one unit's failure must not stop the report, nor pass unseen
        import warnings

        from aligner.drift.checks import DriftWarning

        warnings.warn(
            f"statement parser failed on a {side} unit ({exc.__class__.__name__}: "
            f"{exc}); its statements are not marked",
            DriftWarning,
            stacklevel=2,
        )
        return []
    return [
        Mark(side, s.start, s.end, s.speaker.name, s.speaker.resolved_by)
        for s in statements
        if s.speaker.resolved_by != "none" and s.speaker.name
    ]


# --------------------------------------------------------------------------- drift


# Below this many pairs a worker process costs more than it saves.
PARALLEL_MIN_PAIRS = 16
_WORKER_TIMEOUT = 900.0


def _start_drift(
    segments: list[Segment], ctx: Context, settings: Settings, embedder: object, mt: object
) -> _DriftJob:
    """Start the drift checks of `aligner check` on every segment with text on both sides;
    the returned function gives their findings and what the run used (its MT route,
    embeddings and any failure, for the signature and the warnings).

    The drift checks cost about half the alignment time (MT and word-list readings), so
    the second half of the pairs goes to a forked worker while this process checks the
    first half and runs the qa.* checks. Pairs are checked independently and the MT
    batch is cut at text boundaries, and the glossary pass (acronyms the input renders
    alike) runs once over both halves, so the halves give exactly the serial findings.
    """
    if not any(settings.enabled(c) for c in CHECKS if c.startswith("drift.")):
        return _DriftJob(lambda: ([], DriftRun()), None)
    full = [k for k, s in enumerate(segments) if not s.is_null]
    pairs = [(segments[k].src, segments[k].tgt) for k in full]
    # The clause and meaning checks embed every clause and every "text minus a clause":
    # several times the texts the alignment embeds. Off unless asked for (deep).
    drift_embedder = embedder if settings.deep else None
    # A model object cannot go to a worker; deep runs stay in this process.
    split = len(pairs) // 2 if drift_embedder is None and len(pairs) >= PARALLEL_MIN_PAIRS else 0
    worker = None
    if split:
        worker = _Forked(_checked_pairs, pairs[split:], ctx.src_lang, ctx.tgt_lang, None, mt, False)

    def finish() -> tuple[list[tuple[int, Issue]], DriftRun]:
        if worker is not None:
            found, run = _checked_pairs(pairs[:split], ctx.src_lang, ctx.tgt_lang, None, mt, False)
            rest, other = worker.result()
            found = with_glossary(pairs, found + rest, ctx.src_lang, ctx.tgt_lang)
            run = _merged_runs(run, other)
        else:
            found, run = _checked_pairs(pairs, ctx.src_lang, ctx.tgt_lang, drift_embedder, mt)
        issues = [
            (k, _from_finding(f))
            for k, findings in zip(full, found, strict=True)
            for f in findings
            if f.type != "number"  # qa.numbers is the same comparison
        ]
        return issues, run

    return _DriftJob(finish, worker)


class _DriftJob:
    """The drift checks under way: call it for their findings; ``cancel()`` stops a
    forked worker at once (an interrupted run must not wait for it, nor leave it)."""

    def __init__(
        self, finish: Callable[[], tuple[list[tuple[int, Issue]], DriftRun]], worker: _Forked | None
    ):
        self._finish, self._worker = finish, worker

    def __call__(self) -> tuple[list[tuple[int, Issue]], DriftRun]:
        return self._finish()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.close()

    @contextmanager
    def cancelled_on_error(self) -> Iterator[None]:
        """Ctrl-C, SIGTERM or a failed check inside the block: no worker left behind."""
        try:
            yield
        except BaseException:
            self.cancel()
            raise


def _checked_pairs(
    pairs: list[tuple[str, str]],
    src_lang: str,
    tgt_lang: str,
    embedder: object,
    mt: object,
    whole: bool = True,
) -> tuple[list[list[Finding]], DriftRun]:
    """``check_pairs`` with its run record; module level so that a worker can run it.
    ``whole=False``: the pairs are a part of the input (no glossary pass of their own)."""
    run = DriftRun()
    found = check_pairs(pairs, src_lang, tgt_lang, embedder, mt, run=run, glossary_pass=whole)
    return found, run


def _merged_runs(first: DriftRun, second: DriftRun) -> DriftRun:
    """One record for two halves of the same run (an empty half used nothing)."""
    merged = DriftRun(
        mt=first.mt if first.mt != "none" else second.mt,
        embeddings=first.embeddings if first.embeddings != "none" else second.embeddings,
    )
    for message in first.problems + second.problems:
        merged.problem(message)
    for message in first.notes + second.notes:
        merged.note(message)
    return merged


def _can_fork() -> bool:
    # Linux only: fork is the default there and nothing in the drift checks needs a
    # thread of the parent. ALIGNER_QA_PARALLEL=0 keeps everything in one process.
    return (
        sys.platform == "linux"
        and (os.cpu_count() or 1) >= 2
        and os.environ.get("ALIGNER_QA_PARALLEL", "1") != "0"
    )


class _Forked:
    """``function(*args)`` in a forked worker process, or in this one when that fails.

    ``result()`` returns what the call returns here: a worker that cannot start, dies
    or times out is replaced by running the call in this process (which also raises
    what the call raises).
    """

    def __init__(self, function: Callable, *args: object):
        self._function, self._args = function, args
        self._pool = None
        self._pending = None
        if not _can_fork():
            return
        try:
            # The pool's threads leave the signals to the main thread; its worker, forked
            # with them held, takes them again (terminate() ends it with SIGTERM).
            with threads_leave_signals_to_main():
                context = multiprocessing.get_context("fork")
                self._pool = context.Pool(1, initializer=unblock_stop_signals)
                self._pending = self._pool.apply_async(function, args)
        except Exception:  # e.g. inside a daemonic worker, which may not have children
            self.close()

    def result(self) -> Any:
        try:
            if self._pending is not None:
                return self._pending.get(timeout=_WORKER_TIMEOUT)
        except Exception:  # a broken worker: the same call, here
            pass
        finally:
            self.close()
        return self._function(*self._args)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
        self._pool = self._pending = None


def _from_finding(f: Finding) -> Issue:
    check = f.check or f"drift.{f.type}"
    return Issue(check, f.severity, f.message, f.source_span, f.target_span,
                 round(float(f.confidence), 3), f.type)  # fmt: skip


def _statement_findings(
    alignment: Alignment,
    statements: list[StatementPair],
    segments: list[Segment],
    found: list[tuple[int, Issue]],
    settings: Settings,
) -> list[tuple[int, Issue]]:
    """Speaker findings across sentences, exactly as `aligner check` makes them.

    Reuses ``check.add_statement_findings`` rather than a copy, so that both commands
    always agree.
    """
    if not any(settings.enabled(c) for c in CHECKS if c.startswith("statement.")):
        return []
    checks = [BeadCheck(k, s.src, s.tgt) for k, s in enumerate(segments)]
    for k, issue in found:  # so that a drift speaker finding is not reported twice
        checks[k].findings.append(
            Finding(issue.type, issue.severity, issue.confidence, None, None, "", issue.check)
        )
    before = [len(c.findings) for c in checks]
    add_statement_findings(alignment, statements, checks)
    return [(k, _from_finding(f)) for k, c in enumerate(checks) for f in c.findings[before[k] :]]


# --------------------------------------------------------------------------- settings


def _quoted_sentences(statements: list[StatementPair]) -> tuple[set[int], set[int]]:
    src = {i for p in statements if p.src is not None for i in p.src.sentences}
    tgt = {i for p in statements if p.tgt is not None for i in p.tgt.sentences}
    return src, tgt


def _escalate(issue: Issue, seg: Segment, quoted: tuple[set[int], set[int]],
              settings: Settings) -> Issue:  # fmt: skip
    """A whole sentence lost or added inside an attributed statement changes what someone
    said: critical, as in `aligner check` (unless the user set the severity)."""
    if issue.check not in ("qa.omitted", "qa.added") or issue.check in settings.severity:
        return issue
    if set(seg.src_sentences) & quoted[0] or set(seg.tgt_sentences) & quoted[1]:
        return replace(
            issue,
            severity="critical",
            message=issue.message + " (it is part of an attributed statement)",
        )
    return issue  # fmt: skip


def _attach(segments: list[Segment], found: list[tuple[int, Issue]], settings: Settings) -> None:
    """Apply the configuration (enabled checks, severities) and sort each segment's issues."""
    for k, issue in found:
        if not settings.enabled(issue.check):
            continue
        spec = spec_of(issue.check)
        severity = settings.severity_of(issue.check, issue.severity)
        segments[k].issues.append(replace(issue, severity=severity, type=issue.type or spec.type))
    for seg in segments:
        seg.issues.sort(
            key=lambda i: (
                _SEVERITY_ORDER.get(i.severity, 3),
                (i.source_span or i.target_span or (0, 0))[0],
            )
        )
        seg.issues = merge_duplicates(seg.issues)


def merge_duplicates(issues: list[Issue]) -> list[Issue]:
    """One finding per error: an issue on the same words as a more severe one (listed first)
    is folded into it, its check named in the message, so a translator reads it once.

    Two checks often see one error (drift.speaker and qa.names on a swapped name); issues
    of different checks on different words stay apart.
    """
    kept: list[Issue] = []
    for issue in issues:
        same = next((k for k, other in enumerate(kept) if _same_words(other, issue)), None)
        if same is None:
            kept.append(issue)
        elif issue.check != kept[same].check and issue.check not in kept[same].message:
            other = kept[same]
            kept[same] = replace(other, message=f"{other.message} (also {issue.check})")
    return kept


def _same_words(a: Issue, b: Issue) -> bool:
    """Both point at overlapping words on every side where both have a span, and share one."""
    shared = False
    for x, y in ((a.source_span, b.source_span), (a.target_span, b.target_span)):
        if x is None or y is None:
            continue
        overlap = min(x[1], y[1]) - max(x[0], y[0])
        if overlap <= 0 or overlap < 0.5 * min(x[1] - x[0], y[1] - y[0]):
            return False
        shared = True
    return shared
