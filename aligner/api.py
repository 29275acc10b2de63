"""The Python API: the one entry point the CLI, reports and batch runs call."""

from __future__ import annotations

import time
from dataclasses import asdict

import numpy as np

from aligner import __version__
from aligner.align import Path, find_path
from aligner.confidence import bead_features, document_quality, load_calibration
from aligner.embed import Embedder, load_embedder
from aligner.errors import InputError
from aligner.langid import detect_language
from aligner.limits import check_segment_count
from aligner.read import read_text
from aligner.score import SideFeatures, Weights, fitted_weights, side_features
from aligner.segment import segment
from aligner.types import AlignConfig, Alignment, Bead, Document

_AUTO = "auto"


def load_document(
    path: str, lang: str | None = None, presegmented: bool = False, text: str | None = None
) -> Document:
    """Read (unless ``text`` is given), detect the language if not given, and segment."""
    if text is None:
        text = read_text(path)
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


def align(
    src: str | Document,
    tgt: str | Document,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    presegmented: bool = False,
    config: AlignConfig | None = None,
    embedder: Embedder | str | None = _AUTO,
    weights: Weights | None = None,
) -> Alignment:
    """Align a source text with its translation.

    ``src``/``tgt`` are texts (or already loaded :class:`Document`s). Languages are
    detected when not given. ``embedder="auto"`` uses the shared e5 model with the
    on-disk cache when it can run here, and otherwise aligns without it (with a
    warning in the result).
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

    warnings = language_warnings(src_doc, tgt_doc)
    if embedder == _AUTO:
        embedder, problem = load_embedder() if config.use_embeddings else (None, None)
        if problem:
            warnings.append(problem)
    began = time.perf_counter()
    src_vectors = tgt_vectors = None
    if isinstance(embedder, Embedder):
        # One call for both sides: one batch schedule, one cache round trip.
        vectors = embedder.embed([s.text for s in src_doc.sentences + tgt_doc.sentences])
        src_vectors, tgt_vectors = (
            vectors[: len(src_doc.sentences)],
            vectors[len(src_doc.sentences) :],
        )
    timings["embed"] = time.perf_counter() - began

    mode = "embeddings" if src_vectors is not None else "no_embeddings"
    weights = weights or fitted_weights(mode)
    began = time.perf_counter()
    src_features = side_features(src_doc.sentences, src_doc.lang, src_vectors)
    tgt_features = side_features(tgt_doc.sentences, tgt_doc.lang, tgt_vectors)
    timings["features"] = time.perf_counter() - began
    began = time.perf_counter()
    path = find_path(src_features, tgt_features, weights, config.max_bead, config.band)
    timings["search"] = time.perf_counter() - began

    beads, quality = _score_beads(path, src_features, tgt_features, mode)
    return Alignment(
        src=src_doc,
        tgt=tgt_doc,
        beads=beads,
        quality=quality,
        signature=signature(src_doc.lang, tgt_doc.lang, config, weights, embedder),
        warnings=warnings,
        timings=timings,
    )


def language_warnings(src: Document, tgt: Document) -> list[str]:
    """Say so when the languages given (or detected) do not fit the texts."""
    detected = {}
    for role, doc in (("source", src), ("target", tgt)):
        lang, share = detect_language(doc.text)
        if len(doc.text) >= 300 and share >= 0.58:
            detected[role] = lang
    warnings = []
    if detected.get("source") == tgt.lang and detected.get("target") == src.lang != tgt.lang:
        warnings.append(
            f"source looks like {tgt.lang} and target like {src.lang}: are they swapped?"
        )
    else:
        for role, doc in (("source", src), ("target", tgt)):
            if role in detected and detected[role] != doc.lang:
                warnings.append(f"{doc.path} looks like {detected[role]}, not {doc.lang} as given")
    if src.lang == tgt.lang and src.lang != "xx":
        warnings.append(
            f"source and target both look like {src.lang}; is the target a translation?"
        )
    return warnings


def align_files(
    src_path: str,
    tgt_path: str,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    presegmented: bool = False,
    config: AlignConfig | None = None,
    embedder: Embedder | str | None = _AUTO,
) -> Alignment:
    src = load_document(src_path, src_lang, presegmented)
    tgt = load_document(tgt_path, tgt_lang, presegmented)
    return align(src, tgt, config=config, embedder=embedder)


def _score_beads(
    path: Path, src: SideFeatures, tgt: SideFeatures, mode: str
) -> tuple[list[Bead], float]:
    spans, costs = path.spans, path.costs
    features = bead_features(spans, costs, src, tgt, path.gaps)
    confidences = load_calibration(mode).probability(features) if len(spans) else np.zeros(0)
    beads = [
        Bead(tuple(range(s0, s1)), tuple(range(t0, t1)), round(cost, 6), round(float(p), 6))
        for (s0, s1, t0, t1), cost, p in zip(spans, costs, confidences, strict=True)
    ]
    return beads, round(document_quality(spans, confidences), 6)


def signature(src_lang: str, tgt_lang: str, config: AlignConfig, weights: Weights, embedder) -> str:
    """A sacrebleu-style string naming everything that determines the result."""
    model = embedder.model_id if isinstance(embedder, Embedder) else "none"
    calibration = load_calibration().fitted_on
    weight_text = ",".join(f"{k}={v:g}" for k, v in asdict(weights).items())
    return (
        f"aligner:{__version__}|pair:{src_lang}-{tgt_lang}|emb:{model}|max_bead:{config.max_bead}"
        f"|band:{config.band}|weights:{weight_text}|calibration:{calibration}"
    )
