"""Reranking trace candidates: the evidence beyond e5 cosine, and a calibrated score.

Each (statement, passage) pair gets a few features the project already computes
elsewhere: Apertium chrF of the statement's translation against the passage, whether
the figures and the names of the statement appear in the passage, whether the source
attributes the passage to the same speaker, and how much longer or shorter it is.
A logistic model over them (fitted by ``bench/trace.py --fit``, shipped as
``weights.json``) turns them into the probability that the passage is a source.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from aligner.alignment.chrf import sentence_chrf
from aligner.drift.entities import find_entities
from aligner.drift.quantities import Quantity, extract_quantities
from aligner.drift.quantity_match import compare_quantities
from aligner.drift.text import skeleton, tokenize
from aligner.statements.quotes import Speaker, same_speaker

FEATURES = ("bias", "cosine", "chrf", "numbers_found", "numbers_missing", "names_found",
            "names_missing", "same_speaker", "other_speaker", "speaker_named", "longer",
            "shorter", "speaker_near", "clause", "distinct")  # fmt: skip
WEIGHTS_PATH = Path(__file__).with_name("weights.json")
# Without Apertium chrF is 0 for every candidate: a model fitted that way.
WEIGHTS_NO_MT_PATH = Path(__file__).with_name("weights-nomt.json")


@dataclass(frozen=True)
class Query:
    """One attributed statement as the reranker reads it."""

    text: str
    lang: str
    translation: str  # into the sources' language ("" without MT)
    speaker: Speaker


@lru_cache(maxsize=100_000)
def quantities(text: str, lang: str) -> tuple[Quantity, ...]:
    return tuple(extract_quantities(text, lang))


@lru_cache(maxsize=100_000)
def name_keys(text: str, lang: str) -> frozenset[str]:
    """Spelling-neutral keys of the name words of ``text`` ("Sheinbaum", "OPEP")."""
    return frozenset(skeleton(p) for e in find_entities(tokenize(text), lang) for p in e.parts)


@lru_cache(maxsize=100_000)
def word_keys(text: str) -> frozenset[str]:
    return frozenset(skeleton(t.text) for t in tokenize(text) if t.word)


def can_render(passage: str, query: str, translation: str = "") -> bool:
    """Whether ``passage`` can be what ``query`` renders, by its form alone.

    A rendering is never a third the length of what it renders, in characters (of the
    translation, when there is one) or in words: a one-word quotation ("irresponsable")
    is no source of "the strike was unjustified", however close its vector. And a
    question (an interviewer's) is no source of a statement that asks nothing.
    """
    if 3 * len(passage) < len(translation or query):
        return False
    if 3 * len(passage.split()) < len(query.split()):
        return False
    return "?" in query or not passage.rstrip(" »”\"'’)").endswith("?")


# A candidate with no competitor elsewhere among those retrieved stands out this much.
DISTINCT_ALONE = 0.1


def distinctness(spans: list[tuple[int, int, int]], cosines: list[float]) -> list[float]:
    """How far each candidate stands out: its cosine minus the best cosine of the
    candidates (``spans``: document, start, end) that do not overlap it.

    The windows around a passage (the sentence, the quote in it, two sentences) all
    score alike, so they are not its competitors; another place is. A statement with a
    source usually has one place clearly closer than any other; an unsourced one finds
    several places about as close (the same speaker on the same topic, other days).
    """
    out = []
    for i, (doc, start, end) in enumerate(spans):
        rivals = [c for (d, s, e), c in zip(spans, cosines, strict=True)
                  if not (d == doc and s < end and start < e)]  # fmt: skip
        out.append(cosines[i] - max(rivals) if rivals else DISTINCT_ALONE)
    return out


def features(query: Query, passage: str, passage_lang: str, speaker: Speaker,
             cosine: float, context: str = "", quoted: bool = False, clause: bool = False,
             distinct: float = 0.0) -> list[float]:  # fmt: skip
    """The feature vector of one candidate, in the order of FEATURES; ``context``: the
    source's sentences before the passage (:attr:`.candidates.Passage.context`);
    ``quoted``: the passage is words inside quote marks or a statement's content;
    ``clause``: it is one clause of a long sentence (a fragment: less evidence);
    ``distinct``: how far its cosine stands out from other places (:func:`distinctness`)."""
    chrf = 0.0
    if query.translation:
        chrf = sentence_chrf(passage, query.translation)
    mine = [q for q in quantities(query.text, query.lang) if not q.weak]
    theirs = list(quantities(passage, passage_lang))
    diff = compare_quantities(theirs, mine)
    # A figure found without the unit the statement gives it ("five euros" against «cinco
    # comunidades») is no evidence: the drift check forgives a dropped unit, a search not.
    found_numbers = [t for s, t in diff.matched if not t.unit or s.unit == t.unit]
    numbers_found = len(found_numbers) / len(mine) if mine else 0.0
    names = name_keys(query.text, query.lang)
    found = names & word_keys(passage)
    same = bool(speaker.key and query.speaker.key and same_speaker(query.speaker, speaker))
    other = bool(speaker.key and query.speaker.key and not same)
    # Reported speech names its speaker beside the words: "Cebrián calificó las restricciones…"
    named = bool(query.speaker.key) and skeleton(query.speaker.key) in word_keys(passage)
    # Words the source quotes or attributes, but to no one it names («…», advirtió la
    # dirigente; calificó el proyecto de «expolio»), where the sentences before (and a
    # quoted word's own sentence) name the speaker: the source likely means them.
    unnamed = not speaker.key and (bool(speaker.name) or quoted)
    near = (bool(query.speaker.key) and unnamed and not named
            and skeleton(query.speaker.key) in word_keys(context))  # fmt: skip
    # Lengths compared in the sources' language when the translation is there.
    ratio = math.log(max(1, len(passage)) / max(1, len(query.translation or query.text)))
    return [1.0, cosine, chrf, numbers_found, float(bool(diff.tgt_only)),
            len(found) / len(names) if names else 0.0, float(len(names - found)),
            float(same), float(other), float(named), max(0.0, ratio), max(0.0, -ratio),
            float(near), float(clause), distinct]  # fmt: skip


# The source vouches for the speaker: it attributes the passage to them, names them in it
# or in the sentences just before it.
VOUCHING = ("same_speaker", "speaker_named", "speaker_near")
# The statement-level calibration reads the best candidate's log-odds, whether the
# statement is a partial quote (a bias of its own: in effect its own no-source threshold)
# and whether the source vouches for the speaker there. Reported speech ("said that…")
# has no bias of its own any more (tenth round, docs/trace.md): fitted on corpora/trace it
# learned how many of the set's reported statements were written without a source, a
# property of how the set was made, not evidence about a source.
CALIBRATION = ("bias", "logit", "vouched", "partial")


@dataclass(frozen=True)
class Model:
    """The fitted reranker: candidate weights, the statement-level calibration, the cut."""

    weights: tuple[float, ...]
    calibration: tuple[float, ...]  # in the order of CALIBRATION
    threshold: float  # a best match scored below this is no source


def weights_path(with_mt: bool) -> Path:
    return WEIGHTS_PATH if with_mt else WEIGHTS_NO_MT_PATH


@cache
def load_model(path: str | Path | None = None) -> Model:
    data = json.loads(Path(path or WEIGHTS_PATH).read_text(encoding="utf-8"))
    cal = {"bias": 0.0, "logit": 1.0, **data.get("calibration", {})}
    # A feature the file's model was not fitted with weighs nothing.
    return Model(tuple(float(data["weights"].get(name, 0.0)) for name in FEATURES),
                 tuple(float(cal.get(name, 0.0)) for name in CALIBRATION),
                 float(data.get("threshold", 0.5)))  # fmt: skip


def logit(row: list[float], weights: tuple[float, ...]) -> float:
    """The reranker's log-odds that the candidate is the source passage (ranks candidates)."""
    return sum(w * x for w, x in zip(weights, row, strict=True))


def calibration_row(z: float, kind: str, row: list[float]) -> list[float]:
    """What the calibration reads of a candidate with log-odds ``z`` and features ``row``,
    for a statement of ``kind`` (:attr:`aligner.statements.quotes.Statement.kind`).

    A partial quote (a few quoted words: "plunder", "the only thing we have") gives e5
    and chrF little to hold, so its scores read otherwise; a passage the source gives to
    the same speaker, or that names them, is better evidence than one of nobody's.
    Reported speech reads as a direct quote: its paraphrase is already in the log-odds.
    """
    vouched = any(row[FEATURES.index(name)] for name in VOUCHING)
    return [1.0, z, float(bool(vouched)), float(kind == "partial")]


def calibrated(z: float, kind: str, row: list[float], calibration: tuple[float, ...]
               ) -> float:  # fmt: skip
    """Probability that a candidate, when best, is a source of a statement of ``kind``
    (fitted on the best candidates of the evaluation set)."""
    x = calibration_row(z, kind, row)
    return _sigmoid(sum(w * v for w, v in zip(calibration, x, strict=True)))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
