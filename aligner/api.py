"""The Python API: what the CLI, reports, batch runs and users' own code call.

>>> import aligner
>>> alignment = aligner.align(spanish_text, english_text)
>>> checked = aligner.check(spanish_text, english_text)     # statements and drift
>>> result = aligner.qa(spanish_text, english_text)         # every translator check
>>> html = aligner.report(result, "html")

Texts may be given as strings or as :class:`~aligner.types.Document` (from
:func:`load_document`, which reads a file). Every function takes the languages
(``src_lang``/``tgt_lang``, detected when omitted) and ``embedder``/``mt`` ("auto": the
e5 model and Apertium when they can run here; None: do without).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from aligner.alignment.engine import align, align_files, load_document
from aligner.types import AlignConfig, Document

if TYPE_CHECKING:
    from aligner.pipelines.check import DocumentCheck
    from aligner.pipelines.trace import TraceResult
    from aligner.pipelines.trace.index import BuildReport
    from aligner.quality.config import Settings
    from aligner.quality.results import QAResult

__all__ = ["align", "align_files", "check", "index", "load_document", "qa", "report", "trace"]


def _document(text: str | Document, role: str, lang: str | None, presegmented: bool) -> Document:
    if isinstance(text, Document):
        return text
    return load_document(f"<{role}>", lang, presegmented, text)


def check(
    source: str | Document,
    target: str | Document,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    presegmented: bool = False,
    embedder: object = "auto",
    mt: object = "auto",
) -> DocumentCheck:
    """Align, find attributed statements on both sides, and flag where the translation drifts.

    The result holds the alignment, one :class:`BeadCheck` per bead with its findings,
    and the statements paired across the languages.
    """
    from aligner.pipelines.check import check_documents

    src = _document(source, "source", src_lang, presegmented)
    tgt = _document(target, "target", tgt_lang, presegmented)
    return check_documents(src, tgt, embedder=embedder, mt=mt)


def qa(
    source: str | Document,
    target: str | Document,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    presegmented: bool = False,
    settings: Settings | None = None,
    glossary: str | None = None,
    embedder: object = "auto",
    mt: object = "auto",
    config: AlignConfig | None = None,
) -> QAResult:
    """Translator QA of a source and its translation: align, then run every enabled check.

    ``settings`` are those of ``aligner.toml`` (:func:`aligner.quality.config.load_settings`);
    ``glossary`` is the path of a CSV or TBX glossary.
    """
    from aligner.pipelines.qa import qa_documents
    from aligner.quality.glossary import load_glossary

    src = _document(source, "source", src_lang, presegmented)
    tgt = _document(target, "target", tgt_lang, presegmented)
    terms: Sequence = load_glossary(glossary, src.lang, tgt.lang) if glossary else ()
    result = qa_documents(src, tgt, settings, terms, embedder, mt, config)
    result.glossary = glossary
    return result


def report(result: QAResult, fmt: str = "html") -> str:
    """A QA result rendered as ``html`` (the side-by-side report), ``json`` or ``text``."""
    from aligner.quality.report import render

    return render(result, fmt)


def trace(
    article: str | Document,
    sources: Sequence[str | Document],
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    presegmented: bool = False,
    embedder: object = "auto",
    mt: object = "auto",
    index: str | None = None,
) -> TraceResult:
    """Find the source passages of every attributed statement of ``article`` in ``sources``,
    or in the index folder ``index`` (made by :func:`index`; ``sources`` then empty).

    ``article`` is a path or a :class:`Document`; ``sources`` are paths or Documents (in
    ``src_lang``). Each statement gets its matches (best first, calibrated scores, offsets
    into the source file) and the drift findings of its best match, or none and a near miss.
    The e5 model is needed (``embedder=None`` is an error); without Apertium (``mt=None``)
    a model fitted without it ranks the candidates.
    """
    from aligner.pipelines.trace import trace_documents

    art = (article if isinstance(article, Document)
           else load_document(article, tgt_lang, presegmented))  # fmt: skip
    if index is not None:
        from aligner.pipelines.trace.indexed import trace_index

        return trace_index(art, index, embedder=embedder, mt=mt, src_lang=src_lang)
    docs = [s if isinstance(s, Document) else load_document(s, src_lang, presegmented)
            for s in sources]  # fmt: skip
    return trace_documents(art, docs, embedder=embedder, mt=mt)


def index(
    sources: Sequence[str], folder: str, src_lang: str | None = None, create: bool = True,
    embedder: object = "auto", progress=None, workers: int = 1, engine: str = "local",
    scheduler: str | None = None, clauses: bool = False,
) -> BuildReport:  # fmt: skip
    """Index the documents of ``sources`` (files, folders searched recursively) into the
    folder ``folder`` for :func:`trace` (``index=folder``).

    ``create``: make the index if missing (an existing one is extended; documents whose
    content is already in are skipped, so a build run again resumes). Without it the index
    must exist. Files that cannot be read are left out and listed in the report's
    ``failed``. ``workers`` processes (``engine`` "local", or "dask" on a cluster at
    ``scheduler`` or a local one) read and segment the documents, as `aligner batch`
    runs its pairs; the index is the same whatever the engine. ``clauses``: embed the
    clauses of long sentences too (about twice the model's time; a search then scores
    them by their own vector, as the file route does, not their sentence's).
    """
    from aligner.pipelines.trace.index import build_index

    lang = None
    if src_lang:
        from aligner.alignment.engine import language_code

        lang = language_code(src_lang)
    return build_index(list(sources), folder, lang, create=create, embedder=embedder,
                       progress=progress, workers=workers, engine=engine,
                       scheduler=scheduler, clauses=clauses)  # fmt: skip
