"""The Python API: the one entry point the CLI, reports and batch runs call."""

from __future__ import annotations

import contextvars
import dataclasses
import subprocess
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict

import numpy as np

from aligner import __version__
from aligner.alignment.confidence import (
    bead_features,
    document_quality,
    load_calibration,
    load_mt_calibration,
    load_overlap_calibration,
    load_overlap_mt_calibration,
    mt_bead_features,
    overlap_bead_features,
)
from aligner.alignment.crossing import crossed_beads
from aligner.alignment.debris import Cut, restore_alignment, take_out
from aligner.alignment.dictionary import missing_dictionary, route
from aligner.alignment.embed import Embedder, load_embedder
from aligner.alignment.langid import detect_language, normalize_code, unknown_code_message
from aligner.alignment.mt import MtFailed, Translator, load_translator
from aligner.alignment.overlap import (
    constants_signature,
    refine,
    second_pass_weights,
    uses_dictionary,
)
from aligner.alignment.sanity import pair_problems, text_problems
from aligner.alignment.score import SideFeatures, Weights, fitted_weights, side_features
from aligner.alignment.search import Path, find_path
from aligner.alignment.segment import segment
from aligner.alignment.selective import MtRows, Settings, cheap_confidences, select_and_align
from aligner.errors import InputError
from aligner.io.read import read_document
from aligner.runtime.background import SerialThread
from aligner.runtime.interrupts import threads_leave_signals_to_main
from aligner.runtime.limits import (
    MAX_MT_CONFIDENCE_CHARS,
    MAX_MT_CONFIDENCE_SENTENCES,
    check_segment_count,
)
from aligner.types import AlignConfig, Alignment, Bead, Document

_AUTO = "auto"


def load_document(
    path: str, lang: str | None = None, presegmented: bool = False, text: str | None = None
) -> Document:
    """Read (unless ``text`` is given), detect the language if not given, and segment.

    A file is read by format (text, HTML, DOCX, Markdown: aligner.io.read), and the
    document's text is what was read out of it; ``text`` given is taken as plain text.
    """
    if lang:
        lang = language_code(lang, "language")
    if text is None:
        text = read_document(path).text
    elif not text.strip():
        raise InputError(path, "is empty")
    warnings_lang = lang
    if not lang:
        warnings_lang, _share = detect_language(text)
    sentences = segment(text, warnings_lang, presegmented=presegmented)
    if not sentences:
        raise InputError(path, "contains no sentences")
    check_segment_count(path, len(sentences))
    return Document(path=path, lang=warnings_lang, text=text, sentences=sentences)


def language_code(code: str, option: str = "--src-lang") -> str:
    """The primary subtag of a BCP 47 code ("es-ES" → "es"); InputError for an unknown one."""
    primary = normalize_code(code)
    if primary is None:
        raise InputError(option, unknown_code_message(code))
    return primary


def load_pair(
    src_path: str,
    tgt_path: str,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    presegmented: bool = False,
    force: bool = False,
) -> tuple[Document, Document, list[str]]:
    """Read both documents and check they are a source and its translation, before any work.

    Every command reading a document pair comes through here. A problem (same text or
    language, swapped, partial, language unknown: aligner.alignment.sanity) raises
    :class:`InputError` naming the file, unless ``force``; the returned warnings are what
    to tell the user now (forced problems, doubtful guesses) beyond what ``align`` will
    report itself (:func:`language_warnings`).
    """
    src_lang = language_code(src_lang, "--src-lang") if src_lang else None
    tgt_lang = language_code(tgt_lang, "--tgt-lang") if tgt_lang else None
    src = load_document(src_path, src_lang, presegmented)
    tgt = load_document(tgt_path, tgt_lang, presegmented)
    return src, tgt, check_pair(src, tgt, src_lang, tgt_lang, force)


def check_pair(
    src: Document, tgt: Document, src_lang: str | None, tgt_lang: str | None, force: bool
) -> list[str]:
    """Refuse a pair that does not look like a source and its translation (see load_pair)."""
    problems = pair_problems(src, tgt, src_lang, tgt_lang)
    fatal = [p for p in problems if p.fatal]
    if fatal and not force:
        raise InputError(fatal[0].path, f"{fatal[0].message} (--force to go on anyway)")
    later = set(language_warnings(src, tgt))
    return [str(p) for p in problems if str(p) not in later]


def align(
    src: str | Document,
    tgt: str | Document,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    presegmented: bool = False,
    config: AlignConfig | None = None,
    embedder: Embedder | str | None = _AUTO,
    weights: Weights | None = None,
    overlap: bool = True,
) -> Alignment:
    """Align a source text with its translation.

    ``src``/``tgt`` are texts (or already loaded :class:`Document`s). Languages are
    detected when not given. ``embedder="auto"`` uses the shared e5 model with the
    on-disk cache when it can run here, and otherwise aligns without it (with a
    warning in the result). With embeddings and ``overlap``, a second pass embeds
    the concatenated sentences of the spans near the first path that could form
    many-to-one beads, and aligns again with them (aligner.alignment.overlap).
    ``config.embed="selective"`` aligns without embeddings first and embeds only the
    regions where that pass is unsure (aligner.alignment.selective).
    """
    config = config or AlignConfig()
    timings: dict[str, float] = {}
    began = time.perf_counter()
    src_doc = (
        src if isinstance(src, Document) else load_document("<source>", src_lang, presegmented, src)
    )
    tgt_doc = (
        tgt if isinstance(tgt, Document) else load_document("<target>", tgt_lang, presegmented, tgt)
    )
    timings["segment"] = time.perf_counter() - began
    # Page-break debris inside a sentence is aligned to nothing: taken out here, given back
    # as null beads at the end (aligner.alignment.debris).
    originals, cut = (src_doc, tgt_doc), take_out(src_doc, tgt_doc)
    if cut is not None:
        src_doc, tgt_doc = cut.src.doc, cut.tgt.doc

    # Apertium translates the source (one batched call) while the sentences are embedded
    # (or, with --embed selective, while the cheap pass runs: it waits for Apertium).
    translator = _confidence_translator(src_doc.lang, tgt_doc.lang, config)
    too_big = _too_big_for_mt(src_doc) if translator is not None else None
    if too_big:
        translator = None
    pool = ThreadPoolExecutor(max_workers=1) if translator is not None else None
    try:
        translation = None
        if pool is not None and translator is not None:
            # The caller's context goes with it (a command's --quiet silences MT progress).
            context = contextvars.copy_context()
            texts = [s.text for s in src_doc.sentences]
            with threads_leave_signals_to_main():  # the pool's thread starts in submit
                translation = pool.submit(context.run, translator.translate, texts)
        # Checked while Apertium starts (0.1 s on the long book's first 2,600 verses).
        warnings = language_warnings(src_doc, tgt_doc)
        if too_big:
            warnings.append(f"confidence scored without MT: over {too_big} (see docs/limits.md)")
        result = _align(
            src_doc, tgt_doc, config, embedder, weights, warnings, timings, overlap,
            translator, translation, cut,
        )  # fmt: skip
        return result if cut is None else restore_alignment(cut, result, *originals)
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def _align(
    src_doc: Document,
    tgt_doc: Document,
    config: AlignConfig,
    embedder: Embedder | str | None,
    weights: Weights | None,
    warnings: list[str],
    timings: dict[str, float],
    overlap: bool = True,
    translator: Translator | None = None,
    translation: Future | None = None,
    cut: Cut | None = None,
) -> Alignment:
    if not config.use_embeddings or config.embed == "none":
        embedder = None
    given_translator = translator
    if embedder == _AUTO:
        embedder, problem = load_embedder()
        if problem:
            warnings.append(problem)
    # Selective: the pass below runs without vectors; select_and_align embeds after it.
    selective = isinstance(embedder, Embedder) and config.embed == "selective"
    began = time.perf_counter()
    src_vectors = tgt_vectors = None
    if isinstance(embedder, Embedder) and not selective:
        # One call for both sides: one batch schedule, one cache round trip.
        vectors = embedder.embed([s.text for s in src_doc.sentences + tgt_doc.sentences])
        src_vectors, tgt_vectors = (
            vectors[: len(src_doc.sentences)],
            vectors[len(src_doc.sentences) :],
        )
    timings["embed"] = time.perf_counter() - began

    mode = "embeddings" if src_vectors is not None else "no_embeddings"
    given, want_overlap = weights, overlap
    second = weights or second_pass_weights()
    weights = weights or fitted_weights(mode)
    began = time.perf_counter()
    src_features = side_features(src_doc.sentences, src_doc.lang, src_vectors)
    tgt_features = side_features(tgt_doc.sentences, tgt_doc.lang, tgt_vectors)
    if cut is not None:  # the halves of a sentence cut by debris stay in one bead
        src_features, tgt_features = cut.flag_halves(src_features, tgt_features)
    timings["features"] = time.perf_counter() - began
    overlap = overlap and isinstance(embedder, Embedder) and src_vectors is not None
    began = time.perf_counter()
    # With the second pass, the first path's gaps are computed only if it keeps the path.
    gaps = "later" if overlap else True
    path = find_path(src_features, tgt_features, weights, config.max_bead, config.band, gaps)
    timings["search"] = time.perf_counter() - began
    if overlap:
        assert isinstance(embedder, Embedder)
        began = time.perf_counter()
        refined = refine(
            path, src_features, tgt_features,
            [s.text for s in src_doc.sentences], [s.text for s in tgt_doc.sentences],
            weights, embedder, config.max_bead, second,
        )  # fmt: skip
        path, src_features, tgt_features = refined.path.with_gaps(), refined.src, refined.tgt
        timings["overlap"] = time.perf_counter() - began
    if overlap and uses_dictionary(second):
        missing = missing_dictionary(
            src_doc.lang, tgt_doc.lang,
            [s.text for s in src_doc.sentences], [s.text for s in tgt_doc.sentences],
        )  # fmt: skip
        if missing:
            warnings.append(missing)

    began = time.perf_counter()
    src_mt = _translation(translation, translator, warnings)
    # A translator that failed is named in the signature: its absence changed the result.
    mt_failed = translation is not None and src_mt is None
    if src_mt is None or load_mt_calibration(mode) is None:
        translator = None
    src_mt = src_mt if translator is not None else None
    if selective:
        assert isinstance(embedder, Embedder)
        chosen = _select_and_align(
            path, src_features, tgt_features, src_doc, tgt_doc, embedder, given, config,
            src_mt, want_overlap, timings,
        )  # fmt: skip
        if chosen is None:  # doubt nearly everywhere: embedding everything costs no more
            return _align(
                src_doc, tgt_doc, dataclasses.replace(config, embed="all"), embedder, given,
                warnings, timings, want_overlap, given_translator, translation, cut,
            )  # fmt: skip
        beads, quality = chosen
    else:
        beads, quality = _score_beads(
            path, src_features, tgt_features, mode, src_mt,
            [s.text for s in tgt_doc.sentences], overlap,
        )  # fmt: skip
    timings["confidence"] = time.perf_counter() - began - timings.get("selective", 0.0)
    return Alignment(
        src=src_doc,
        tgt=tgt_doc,
        beads=beads,
        quality=quality,
        signature=signature(
            src_doc.lang,
            tgt_doc.lang,
            config,
            weights,
            embedder,
            translator,
            second if overlap else None,
            "selective" if selective else "all",
            given_translator if mt_failed else None,
        ),
        warnings=warnings,
        timings=timings,
    )


def _select_and_align(
    path: Path,
    src: SideFeatures,
    tgt: SideFeatures,
    src_doc: Document,
    tgt_doc: Document,
    embedder: Embedder,
    weights: Weights | None,
    config: AlignConfig,
    src_mt: list[str] | None,
    overlap: bool,
    timings: dict[str, float],
) -> tuple[list[Bead], float] | None:
    """The cheap path's doubtful regions aligned again with embeddings (see selective.py);
    None when they would cover most of the document."""
    src_texts, tgt_texts = [s.text for s in src_doc.sentences], [s.text for s in tgt_doc.sentences]
    mt_rows = MtRows(src_mt, tgt_texts) if src_mt is not None else None
    # The model's first call starts in a thread while the cheap confidences are computed.
    settings = Settings()
    with SerialThread("aligner-embed") as model:
        cheap, head = cheap_confidences(
            path, src, tgt, src_texts, tgt_texts, src_mt, mt_rows, embedder, model, settings
        )
        began = time.perf_counter()
        selected = select_and_align(
            path, cheap, src, tgt, src_texts, tgt_texts, embedder,
            weights or fitted_weights("embeddings"), weights or second_pass_weights(),
            config.max_bead, config.band, overlap, src_mt, settings, mt_rows, head, model,
        )  # fmt: skip
    timings["selective"] = time.perf_counter() - began
    if selected is None:
        return None
    timings["embed"] = selected.seconds_embedding
    spans, p = selected.path.spans, selected.confidences
    beads = [
        Bead(tuple(range(s0, s1)), tuple(range(t0, t1)), round(cost, 6), round(float(q), 6))
        for (s0, s1, t0, t1), cost, q in zip(spans, selected.path.costs, p, strict=True)
    ]
    return beads, round(document_quality(spans, p), 6)


def _too_big_for_mt(doc: Document) -> str | None:
    """Why MT confidence is skipped for this source, or None when it is not."""
    if len(doc.sentences) > MAX_MT_CONFIDENCE_SENTENCES:
        return f"{MAX_MT_CONFIDENCE_SENTENCES:,} source sentences"
    if sum(len(s.text) for s in doc.sentences) > MAX_MT_CONFIDENCE_CHARS:
        return f"{MAX_MT_CONFIDENCE_CHARS:,} source characters"
    return None


def _confidence_translator(src_lang: str, tgt_lang: str, config: AlignConfig) -> Translator | None:
    """Apertium for this pair when MT is on, installed for the pair, and a model uses it."""
    if not config.use_mt or all(
        load_mt_calibration(mode) is None for mode in ("embeddings", "no_embeddings")
    ):
        return None
    # Direct pairs only: the MT confidence model was fitted on a direct pair's output,
    # and a pivot's two legs translate less literally than it expects.
    return load_translator(src_lang, tgt_lang, "auto", pivot=False)


def _translation(
    translation: Future | None, translator: Translator | None, warnings: list[str]
) -> list[str] | None:
    """The source's translation, or None (and a warning, once) when Apertium failed."""
    if translation is None:
        return None
    try:
        return translation.result()
    except (OSError, subprocess.SubprocessError) as exc:
        name = translator.name if translator is not None else "machine translation"
        why = str(exc) if isinstance(exc, MtFailed) else f"{name} failed ({type(exc).__name__})"
        warning = f"{why}; confidence scored without MT"
        if warning not in warnings:  # the selective fallback asks a second time
            warnings.append(warning)
        return None


def language_warnings(src: Document, tgt: Document) -> list[str]:
    """Say so when the texts do not look like a source and its translation in the languages
    given or detected (the checks of aligner.alignment.sanity that need no more than that)."""
    return [str(p) for p in text_problems(src, tgt)]


def align_files(
    src_path: str,
    tgt_path: str,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    presegmented: bool = False,
    config: AlignConfig | None = None,
    embedder: Embedder | str | None = _AUTO,
    force: bool = False,
) -> Alignment:
    """Read and align two files; InputError for a pair that looks wrong, unless ``force``."""
    src, tgt, notes = load_pair(src_path, tgt_path, src_lang, tgt_lang, presegmented, force)
    result = align(src, tgt, config=config, embedder=embedder)
    result.warnings[:0] = notes
    return result


def _score_beads(
    path: Path,
    src: SideFeatures,
    tgt: SideFeatures,
    mode: str,
    src_mt: list[str] | None = None,
    tgt_texts: list[str] | None = None,
    overlap: bool = False,
) -> tuple[list[Bead], float]:
    """Confidences from the model over the aligner's features, plus MT's when given (and
    then, after the second pass, its crossing flag, aligner.alignment.crossing), or else
    the second pass's evidence when it ran (aligner.alignment.overlap)."""
    spans, costs = path.spans, path.costs
    features = bead_features(spans, costs, src, tgt, path.gaps)
    model = load_calibration(mode)
    mt_model = load_mt_calibration(mode)
    overlap_model = load_overlap_calibration() if overlap else None
    overlap_mt_model = load_overlap_mt_calibration(mode) if overlap else None
    with_mt = src_mt is not None and tgt_texts is not None and len(spans) > 0
    if with_mt and overlap_mt_model is not None:
        assert src_mt is not None and tgt_texts is not None
        crossed = (
            crossed_beads(spans, src.vectors, tgt.vectors)
            if src.vectors is not None and tgt.vectors is not None
            else 0.0
        )
        features = np.column_stack(
            [features, mt_bead_features(spans, src_mt, tgt_texts), np.zeros(len(spans)) + crossed]
        )
        model = overlap_mt_model
    elif with_mt and mt_model is not None:
        assert src_mt is not None and tgt_texts is not None
        features = np.hstack([features, mt_bead_features(spans, src_mt, tgt_texts)])
        model = mt_model
    elif overlap_model is not None and len(spans):
        features = np.hstack([features, overlap_bead_features(spans, src, tgt)])
        model = overlap_model
    confidences = model.probability(features) if len(spans) else np.zeros(0)
    beads = [
        Bead(tuple(range(s0, s1)), tuple(range(t0, t1)), round(cost, 6), round(float(p), 6))
        for (s0, s1, t0, t1), cost, p in zip(spans, costs, confidences, strict=True)
    ]
    return beads, round(document_quality(spans, confidences), 6)


def signature(
    src_lang: str,
    tgt_lang: str,
    config: AlignConfig,
    weights: Weights,
    embedder,
    translator: Translator | None = None,
    overlap: Weights | None = None,
    embed: str = "all",
    failed: Translator | None = None,
) -> str:
    """A sacrebleu-style string naming everything that determines the result.

    ``mt:`` names the translator whose output went into the confidences ("none" when
    MT was off or not installed for the pair; "failed:" and the translator's name when
    it was asked and failed, e.g. timed out: confidences then come from the model
    without MT). With the second pass
    (aligner.alignment.overlap), ``overlap:`` gives its weights and ``second:`` its
    constants (longest span embedded, extra bead size, margin, band) and bead scorer;
    ``dict:`` the bilingual dictionary the second pass read for the pair, its folder and
    files with their editions ("none" when its weights ask for one and none is installed).
    """
    model = embedder.model_id if isinstance(embedder, Embedder) else "none"
    selective = embed == "selective" and model != "none"
    mt = translator.name if translator is not None else "none"
    mt = f"failed:{failed.name}" if failed is not None else mt
    calibration = load_calibration().fitted_on
    weight_text = ",".join(f"{k}={v:g}" for k, v in asdict(weights).items())
    if overlap is not None:
        weight_text += "|overlap:" + ",".join(f"{k}={v:g}" for k, v in asdict(overlap).items())
        weight_text += "|second:" + constants_signature()
        if uses_dictionary(overlap):
            weight_text += "|dict:" + route(src_lang, tgt_lang)
    return (
        f"aligner:{__version__}|pair:{src_lang}-{tgt_lang}|emb:{model}|max_bead:{config.max_bead}"
        f"|band:{config.band}|weights:{weight_text}|calibration:{calibration}|mt:{mt}"
        + (f"|embed:{embed}" if embed != "all" and model != "none" else "")
        + (f"|selective:{Settings().signature()}" if selective else "")
    )
