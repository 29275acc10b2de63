"""Paraphrase drift: where an aligned translation says something the source does not.

``check_pairs`` takes aligned (source, target) texts and returns, per pair, a list of
:class:`Finding` of nine types (:data:`_TYPE_ORDER`). It works in three batched stages:

1. *Read* each side on its own: tokens, clauses, quantities, names, statements
   and their speakers (:mod:`aligner.statements.quotes`).
2. *Gather evidence* for all pairs at once: one Apertium call per direction
   (whole texts, clauses, names and speaker phrases together) and one embedding
   call (texts, clauses, texts with one clause left out, speaker phrases).
3. *Compare*: each check in :mod:`aligner.drift.signals` and
   :mod:`aligner.drift.clauses` reports what differs, with spans on both sides.

Without Apertium for a language pair, or without the embedding model, the checks
that need them are skipped and the others run; a language with no word lists
still gets numbers, names, clauses and embeddings. See ``docs/drift.md``."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from aligner.alignment.mt import load_translator, missing_route
from aligner.drift import (
    acting_roles,
    added_specifics,
    anonymous_sources,
    clause_senses,
    decision,
    glossary,
    headless,
    lexical_check,
    lexical_e5,
    link_grammar,
    lost_according,
    lost_exceptions,
    lost_phrases,
    misspelt,
    opposite_words,
    person_gender,
    pivot_reading,
    pivot_words,
    pos_fluency,
    seats_of_power,
    span_gain,
    subjectless,
)
from aligner.drift.acronyms import singular_acronym
from aligner.drift.added_adverbs import check_added_adverb
from aligner.drift.added_avoidance import check_added_avoidance
from aligner.drift.added_capitals import check_added_capital
from aligner.drift.added_frequency import check_added_frequency
from aligner.drift.added_increments import check_added_increment
from aligner.drift.added_qualities import check_added_quality
from aligner.drift.added_restrictions import check_added_restriction
from aligner.drift.antonyms import check_reversal
from aligner.drift.avoided_acts import check_avoided_act
from aligner.drift.bare_phrases import bare_pairs, read_bare
from aligner.drift.clauses import (
    ClauseEvidence,
    check_clauses,
    check_meaning,
    without_each,
    worded_omissions,
)
from aligner.drift.closed_gaps import check_closed_gaps, gap_pairs
from aligner.drift.closed_words import check_closed_words
from aligner.drift.demonym_swaps import check_demonym_swap
from aligner.drift.entities import find_entities
from aligner.drift.event_reversals import check_event_reversals
from aligner.drift.fluency import check_breaks, check_lost_names, mirrors_opening
from aligner.drift.intensity import check_degree
from aligner.drift.legal_status import check_legal_status
from aligner.drift.literal_stretch import addition_pairs, check_bare_additions
from aligner.drift.litotes import check_litotes
from aligner.drift.lost_comparatives import check_lost_comparative
from aligner.drift.lost_tails import check_added_tails, check_lost_tails
from aligner.drift.merging import absorb, add_unexplained, covered_by, dedupe, one_cause
from aligner.drift.modality import check_modality
from aligner.drift.modifiers import check_modifiers, modifier_pairs
from aligner.drift.mt_ahead import forward_parts
from aligner.drift.name_modifiers import check_name_modifier
from aligner.drift.names import check_entities
from aligner.drift.negation_count import negations_in_pairs
from aligner.drift.negation_scope import moved_negation
from aligner.drift.number_check import check_numbers
from aligner.drift.portfolios import check_portfolios, spoken_for
from aligner.drift.quantities import extract_quantities
from aligner.drift.references import without_references
from aligner.drift.rendered_unknowns import fill_all
from aligner.drift.reporting_stance import check_stance
from aligner.drift.run_record import DriftRun, DriftWarning, _note, _report
from aligner.drift.signals import Evidence, Finding, Reading, Side, check_polarity
from aligner.drift.speakers import check_speakers, find_voices
from aligner.drift.stated_plans import check_stated_plan
from aligner.drift.stray_words import check_stray_words, stray_pairs
from aligner.drift.sure_names import said_once
from aligner.drift.tense_shift import check_tense
from aligner.drift.text import split_clauses, tokenize, words
from aligner.drift.unrouted import check_unrouted
from aligner.drift.vote_margins import check_vote_margins
from aligner.drift.zero_amounts import check_zero_amounts

__all__ = ["DriftRun", "DriftWarning", "Finding", "check_pair", "check_pairs"]


# Order of the checks in a pair's findings: the most specific (and most critical) first.
_TYPE_ORDER = "number negation entity speaker omission modality intensity addition meaning".split()


@dataclass
class PairAnalysis:
    """Everything the checks know about one pair; kept for benchmarks and debugging."""

    src: Side
    tgt: Side
    evidence: Evidence
    clauses: ClauseEvidence
    findings: list[Finding] = field(default_factory=list)
    words: tuple | None = None  # both sides word by word (lexical_diff), when asked for
    candidates: list | None = None  # the word judge's candidates with their e5 gains
    tags: list | None = None  # the translation's words with parts of speech (pos_fluency)
    break_words: tuple | None = None  # both sides word by word, where a weak break needs it
    span_gains: list | None = None  # added-word candidates with their e5 gains (span_gain)
    bare_words: tuple | None = None  # source, translation and MT word by word (bare_phrases)
    pivot_words: pivot_words.PivotWords | None = None  # a pivot's Spanish word by word


def read_side(text: str, lang: str, run: DriftRun | None = None) -> Side:
    toks = tokenize(text)
    return Side(
        text=text,
        lang=lang,
        toks=toks,
        ws=words(toks),
        clauses=split_clauses(text, lang, toks=toks),
        quantities=extract_quantities(text, lang),
        entities=without_references(find_entities(toks, lang), text, lang),
        voices=find_voices(text, lang, run),
    )


def _two_codes(lang: str) -> str:
    return (lang or "").lower().split("-")[0].split("_")[0]


def _load_embedder(embedder: object, run: DriftRun | None = None):
    if embedder is None or embedder is False:
        return None
    if embedder == "auto":
        from aligner.alignment.embed import load_embedder

        model, problem = load_embedder()
        if problem:
            _report(run, f"drift checks: {problem}")
        if run is not None:
            run.embeddings = "e5" if model is not None else "none"
        return model
    if run is not None:
        run.embeddings = "caller"
    return embedder


def _translate(translator, texts: list[str], run: DriftRun | None = None) -> list[Reading] | None:
    """One batch through a translator: readings with unknown words when it is Apertium.

    A translator that fails (a broken install, a timeout) means no MT evidence, not a
    failed check: the checks that need it are skipped, and the failure is reported."""
    if translator is None or not texts:
        return None
    try:
        marked = getattr(translator, "translate_marked", None)
        if marked is not None:
            return [Reading.of(t.text, t.unknown, t.ungenerated, t.pivot) for t in marked(texts)]
        return [Reading.of(t) for t in translator.translate(texts)]
    except (OSError, subprocess.SubprocessError) as exc:
        _report(
            run,
            f"machine translation failed ({exc.__class__.__name__}: {exc}); "
            "drift checks ran without MT evidence",
        )
        return None


class _Batch:
    """The texts of one translation call; each pair keeps the slices it added."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def add(self, texts: Sequence[str]) -> slice:
        start = len(self.texts)
        self.texts.extend(texts)
        return slice(start, len(self.texts))


def _gather_mt(
    sides: Sequence[tuple[Side, Side]],
    src_lang: str,
    tgt_lang: str,
    mt: object,
    run: DriftRun | None = None,
) -> list[Evidence]:
    """MT evidence per pair: one call per direction for every text that needs one."""
    forward = load_translator(src_lang, tgt_lang, mt)
    # A caller's own translator covers the forward direction only.
    backward = load_translator(tgt_lang, src_lang, mt) if isinstance(mt, str) else None
    if isinstance(mt, str) and sides and _two_codes(src_lang) != _two_codes(tgt_lang):
        # One note for the user: the first direction missing (usually both are).
        missing = next(
            (
                (a, b)
                for a, b, t in ((src_lang, tgt_lang, forward), (tgt_lang, src_lang, backward))
                if t is None
            ),
            None,
        )
        if missing:
            _note(run, missing_route(*missing))
    if run is not None:
        if isinstance(mt, str):
            route = [t.name.removeprefix("apertium:") for t in (forward, backward) if t]
            run.mt = "+".join(route) or "none"
        elif forward is not None:
            run.mt = "caller"
    fwd, back = _Batch(), _Batch()
    layout = [
        (
            *(fwd.add(part) for part in forward_parts(src)),
            back.add([tgt.text]),
            back.add([c.text for c in tgt.clauses]),
            back.add([singular_acronym(e.text) for e in tgt.entities]),
        )
        for src, tgt in sides
    ]
    fwd_out = _translate(forward, fwd.texts, run)
    back_out = _translate(backward, back.texts, run)
    out = []
    for text, clauses, ents, voices, b_text, b_clauses, b_ents in layout:
        ev = Evidence()
        if fwd_out is not None:
            ev.mt = fwd_out[text][0]
            ev.mt_clauses = [r.text for r in fwd_out[clauses]]
            ev.mt_entities = [r.text for r in fwd_out[ents]]
            ev.src_unknown = [bool(r.unknown) for r in fwd_out[ents]]
            ev.mt_voices = [r.text for r in fwd_out[voices]]
        if back_out is not None:
            ev.back = back_out[b_text][0]
            ev.back_clauses = [r.text for r in back_out[b_clauses]]
            ev.back_entities = [r.text for r in back_out[b_ents]]
            ev.tgt_unknown = [bool(r.unknown) for r in back_out[b_ents]]
        out.append(ev)
    return fill_all(sides, out)  # the MT's leftovers a cognate renders (drift44b)


def _embed_all(
    embedder, sides, extra: Sequence[list[str]] | None = None
) -> list[dict[str, np.ndarray]] | None:
    """Vectors for every text the clause and meaning checks compare (and ``extra`` texts
    per pair: the word judge's), in one batch."""
    if embedder is None:
        return None
    per_pair: list[list[str]] = []
    for k, (src, tgt) in enumerate(sides):
        texts = [src.text, tgt.text]
        texts += [c.text for c in src.clauses] + [c.text for c in tgt.clauses]
        texts += without_each(src) + without_each(tgt)
        texts += extra[k] if extra else []
        per_pair.append([t for t in texts if t.strip()])
    flat = list(dict.fromkeys(t for texts in per_pair for t in texts))
    if not flat:
        return [{} for _ in per_pair]
    matrix = embedder.embed(flat)
    index = {t: matrix[i] for i, t in enumerate(flat)}
    return [{t: index[t] for t in texts} for texts in per_pair]


def analyse_pairs(
    pairs: Sequence[tuple[str, str]],
    src_lang: str,
    tgt_lang: str,
    embedder: object = "auto",
    mt: object = "auto",
    run: DriftRun | None = None,
    decide: bool | None = None,
    words: bool = False,
    *,
    glossary_pass: bool = True,
) -> list[PairAnalysis]:
    """Read, gather evidence for and check every pair; the findings are in the result.

    ``run``, when given, collects what ran and every failure (else failures are issued
    as :class:`DriftWarning`). ``decide``: apply the learned decision layer
    (:mod:`aligner.drift.decision`); None means its shipped default. ``words``: also
    compare the two sides word by word through Apertium's dictionary
    (:mod:`aligner.drift.lexical_check`; opt-in, with ``mt`` "auto" and a direct pair).
    """
    sides = [(read_side(s, src_lang, run), read_side(t, tgt_lang, run)) for s, t in pairs]
    evidence = _gather_mt(sides, src_lang, tgt_lang, mt, run)
    model = _load_embedder(embedder, run)
    judge_on = model is not None and lexical_check.judge_by_default()
    lexical = _gather_words(sides, src_lang, tgt_lang, mt, run) if words or judge_on else None
    tagged = _tag_targets(sides, tgt_lang, mt, run)
    modified = modifier_pairs(tagged, evidence, [s.text for s, _ in sides])
    bare = bare_pairs(tagged, [_mt_text(ev) for ev in evidence])
    bare = sorted({*bare, *addition_pairs(tagged, [_mt_text(ev) for ev in evidence])})
    modified += stray_pairs(tagged, [_mt_text(ev) for ev in evidence])
    if model is not None:  # e5 weighs the modifiers nothing renders (span_gain)
        modified += span_gain.gain_pairs(tagged, evidence)
    opposed = _opposite_pairs(sides, evidence, src_lang, mt, run)
    at_breaks = _break_pairs(tagged, gap_pairs(sides, evidence) + modified + opposed)

    def words(need: set[int]) -> dict[int, tuple]:
        return _words_of(sides, need, lexical, src_lang, tgt_lang, mt, run)

    break_words = words(at_breaks)
    bare_words = read_bare(bare, evidence, break_words, words, src_lang, tgt_lang, run)
    pivots = pivot_words.read_pivot(
        bare, at_breaks, sides, evidence, src_lang, tgt_lang, tagged, run
    )  # additions through a pivot route's Spanish
    # The fitted judge's and span_gain's texts go into the clauses' one embedding call.
    cands = lexical_check.candidates_of(sides, lexical) if model is not None else None
    added = _added_candidates(sides, evidence, break_words) if model is not None else None
    extra = None
    if cands or added:
        extra = [
            (lexical_e5.texts_to_embed(s.text, t.text, cands[k]) if cands else [])
            + (span_gain.texts_to_embed(s.text, t.text, _mt_text(ev), added[k]) if added else [])
            for k, ((s, t), ev) in enumerate(zip(sides, evidence, strict=True))
        ]
    vectors = _embed_all(model, sides, extra)
    out = []
    for k, ((src, tgt), ev) in enumerate(zip(sides, evidence, strict=True)):
        vecs = vectors[k] if vectors is not None else None
        clauses = ClauseEvidence.build(src, tgt, ev, vecs)
        analysis = PairAnalysis(
            src,
            tgt,
            ev,
            clauses,
            words=lexical[k] if lexical is not None else None,
            tags=tagged[k] if tagged is not None else None,
            break_words=break_words.get(k),
            bare_words=bare_words.get(k),
            pivot_words=pivots.get(k),
        )
        if cands is not None and vecs is not None:
            analysis.candidates = lexical_e5.with_e5(src.text, tgt.text, cands[k], vecs)
        if added and added[k] and vecs is not None and ev.mt is not None:
            analysis.span_gains = span_gain.gains(src.text, tgt.text, ev.mt.text, added[k], vecs)
        analysis.findings = _check(analysis)
        out.append(analysis)
    for k, found in _gender_findings(out, mt, run).items():  # a pronoun's gender (drift26c)
        out[k].findings = _ordered(
            out[k].findings + [f for f in found if not covered_by(f, out[k].findings)]
        )
    if tgt_lang[:2] == "en" and mt in ("auto", "apertium"):  # on what nothing else flags
        # A clause read as omitted whose words a dictionary renders there (clause_senses).
        no_gain = [worded_omissions(a.clauses) for a in out]
        for k, found in clause_senses.reworded(
            [a.findings for a in out], no_gain, words, src_lang
        ).items():
            out[k].findings = _ordered(found)
        parse = link_grammar.runs(tgt_lang, mt)
        for k, found in headless.check_quiet(out, words, parse).items():
            out[k].findings = _ordered(out[k].findings + found)
    if mt in ("auto", "apertium"):  # no MT route: names and opposites by dictionary
        check_unrouted(out, src_lang, tgt_lang, run, _ordered)
    if pivot_reading.applies(src_lang, tgt_lang, mt):  # the pivot's Spanish as the source
        pivot_reading.read_as_spanish(out, evidence, tgt_lang, model, mt, run)
    # An acronym rendered alike across the input is a term's (else see with_glossary).
    if glossary_pass:
        renderings = glossary.apply([(a.src, a.tgt, a.findings) for a in out])
        for a, found in zip(out, renderings, strict=True):
            a.findings = _ordered(found)
    decision.decide_in_run(out, decide, run)
    return out


def _mt_text(ev: Evidence) -> str | None:
    return ev.mt.text if ev.mt is not None else None


def _added_candidates(sides, evidence, break_words: dict[int, tuple]) -> list[list]:
    """span_gain's candidates per pair (English translations with MT and word analyses)."""
    return [
        span_gain.weighed(*break_words[k], t.text, ev.mt.text)
        if k in break_words and ev.mt is not None and t.lang[:2] == "en"
        else []
        for k, ((_, t), ev) in enumerate(zip(sides, evidence, strict=True))
    ]


def _gather_words(sides, src_lang: str, tgt_lang: str, mt: object, run: DriftRun | None):
    """Word-by-word analyses per pair, or None when MT is not Apertium's or it fails."""
    if mt not in ("auto", "apertium"):
        return None
    try:
        return lexical_check.gather(sides, src_lang, tgt_lang)
    except (OSError, subprocess.SubprocessError) as exc:
        _report(
            run,
            f"word-by-word analysis failed ({exc.__class__.__name__}: {exc}); "
            "drift checks ran without it",
        )
        return None


def _opposite_pairs(sides, evidence, src_lang: str, mt: object, run: DriftRun | None):
    """The pairs :func:`opposite_words.check_opposite_words` reads word by word (one
    dictionary call for the batch's antonyms), or none: MT off or a failure (reported)."""
    if mt not in ("auto", "apertium"):
        return []
    try:
        return opposite_words.opposite_pairs(sides, evidence, src_lang)
    except (OSError, subprocess.SubprocessError) as exc:
        _report(
            run,
            f"antonym look-up failed ({exc.__class__.__name__}: {exc}); "
            "drift checks ran without it",
        )
        return []


def _gender_findings(analyses, mt: object, run: DriftRun | None) -> dict[int, list[Finding]]:
    """:mod:`person_gender`'s findings by pair, or none on a failure (reported)."""
    try:
        return person_gender.check_batch(analyses, mt)
    except (OSError, subprocess.SubprocessError) as exc:
        _report(
            run,
            f"gender reading failed ({exc.__class__.__name__}: {exc}); drift checks ran without it",
        )
        return {}


def _tag_targets(sides, tgt_lang: str, mt: object, run: DriftRun | None):
    """The translations tagged word by word (one Apertium call), or None: not English,
    MT off (the tagger is Apertium's), no tagger, or a failure (reported)."""
    if mt not in ("auto", "apertium"):
        return None
    try:
        return pos_fluency.tag_sides([t.text for _, t in sides], tgt_lang)
    except (OSError, subprocess.SubprocessError) as exc:
        _report(
            run,
            f"part-of-speech tagging failed ({exc.__class__.__name__}: {exc}); "
            "drift checks ran without it",
        )
        return None


def _break_pairs(tagged, gaps: Sequence[int]) -> set[int]:
    """The pairs whose translation has only a weak break, or a break the source's words
    decide (:func:`pos_fluency.needs_words`), or a closed gap (``gaps``)."""
    model = pos_fluency.load_model()
    return set(gaps) | {
        k for k, words in enumerate(tagged or ()) if pos_fluency.needs_words(words, model)
    }


def _words_of(
    sides,
    need: set[int],
    lexical,
    src_lang: str,
    tgt_lang: str,
    mt: object,
    run: DriftRun | None,
) -> dict[int, tuple]:
    """Both sides word by word for the pairs in ``need``: the analyses already made, or
    one batch for those pairs alone, so that the other pairs cost nothing more."""
    need = sorted(need)
    if lexical is not None:
        return {k: lexical[k] for k in need if lexical[k] is not None}
    if not need:
        return {}
    got = _gather_words([sides[k] for k in need], src_lang, tgt_lang, mt, run)
    if got is None:
        return {}
    return {k: w for k, w in zip(need, got, strict=True) if w is not None}


def _check(a: PairAnalysis) -> list[Finding]:
    src, tgt, ev, ce = a.src, a.tgt, a.evidence, a.clauses
    found = check_numbers(src, tgt) + check_closed_words(src, tgt, ev)
    found += (
        check_polarity(src, tgt, ev)
        or moved_negation(src, tgt, ev)
        or negations_in_pairs(src, tgt, ev)
        or check_zero_amounts(src, tgt, ev)
        or check_litotes(src, tgt, ev)
    )
    voices = check_speakers(src, tgt, ev) or acting_roles.check_acting_roles(src, tgt, ev)
    voices = voices or anonymous_sources.check_anonymous_sources(src, tgt, ev)
    found += said_once(spoken_for(check_entities(src, tgt, ev), src, tgt), voices)
    found += check_portfolios(src, tgt, ev) + voices
    found += check_modality(src, tgt, ev) + check_stance(src, tgt, ev) + check_tense(src, tgt, ev)
    found += check_degree(src, tgt, ev) + check_legal_status(src, tgt, ev)
    found += check_vote_margins(src, tgt, ev) + check_demonym_swap(src, tgt, ev)
    reversed_ = check_reversal(src, tgt, ev) or check_event_reversals(src, tgt, ev)
    found += reversed_ or opposite_words.check_opposite_words(src, tgt, ev, a.break_words)
    clauses = check_clauses(src, tgt, ce, found)
    unread = ev.mt is None and ev.back is None and ce.similarity is None
    guessed = unread and src.lang != tgt.lang
    if guessed:
        # No MT, no e5: clauses are "found" by cognates only (half DEMETR's faithful flagged).
        clauses = [replace(c, severity="minor") for c in clauses]
    found = one_cause(absorb(found, clauses, guessed)) + clauses
    found += check_meaning(src, tgt, ce, found)
    found += [f for f in check_breaks(src, tgt) if not covered_by(f, found, guessed)]
    lost_names_found = check_lost_names(src, tgt, ev, found, a.tags)
    lost_names_found += check_name_modifier(src, tgt, ev) + check_lost_comparative(src, tgt)
    found += [f for f in lost_names_found if not covered_by(f, found, guessed)]
    found += [
        f
        for f in pos_fluency.check_tag_breaks(src, tgt, a.tags, a.break_words)
        or subjectless.check(tgt, a.tags)
        if not covered_by(f, found, guessed) and not mirrors_opening(f, src, tgt)
    ]
    # "according" cut: reported over a minor finding ("to" read as added), not an alarm.
    alarms = [f for f in found if f.severity != "minor"]
    lost = lost_according.check(src, tgt) + lost_exceptions.check(src, tgt, ev.mt)
    found += [f for f in lost if not covered_by(f, alarms)]
    # A word removed or added where the translation is literal around it, if unreported.
    gaps = check_closed_gaps(src, tgt, ev.mt, a.break_words)
    gaps += check_modifiers(src, tgt, a.break_words)
    gaps += check_stray_words(src, tgt, _mt_text(ev), a.break_words)
    gaps += check_added_frequency(src, tgt, ev)  # how often, said by nothing
    gaps += check_added_increment(src, tgt, ev)  # how many more, said by nothing
    gaps += check_stated_plan(src, tgt, ev) + check_avoided_act(src, tgt, ev)  # as facts
    gaps += check_added_adverb(src, tgt, ev)  # nearly, secretly, financially: said by nothing
    gaps += check_added_restriction(src, tgt, ev) + added_specifics.check(src, tgt, ev)  # only…
    gaps += check_lost_tails(src, tgt, ev) + check_added_tails(src, tgt, ev)  # item, phrase
    gaps += check_added_quality(src, tgt, ev)  # deadly, mistaken, useless: said by nothing
    gaps += check_added_avoidance(src, tgt, ev)  # avoiding, refusing: an act not done
    gaps += check_added_capital(src, tgt, ev, a.tags)  # a name before a kept noun
    gaps += check_bare_additions(tgt, a.bare_words)  # bare, beside a kept word, MT-worded
    gaps += pivot_words.check_additions(src, tgt, ev.mt, a.pivot_words)  # no direct pair
    add_unexplained(found, gaps, span_gain.check_span_gain(a.span_gains))
    found += lexical_check.check_words(src, tgt, a.words, found, a.candidates)
    found += lost_phrases.check(found, src, tgt, ev.mt)  # a name or figure cut with its phrase
    return _ordered(
        misspelt.said_misspelt(seats_of_power.undescribed(found, src, tgt), src, tgt, ev)
    )


def _ordered(found: list[Finding]) -> list[Finding]:
    return sorted(dedupe(found), key=lambda f: (_TYPE_ORDER.index(f.type), -f.confidence))


def check_pairs(
    pairs: list[tuple[str, str]],
    src_lang: str,
    tgt_lang: str,
    embedder: object = "auto",
    mt: object = "auto",
    run: DriftRun | None = None,
    decide: bool | None = None,
    words: bool = False,
    *,
    glossary_pass: bool = True,
) -> list[list[Finding]]:
    """Drift findings for each aligned (source, target) pair, in the pairs' order.

    ``embedder``: "auto" (the e5 model, when it runs here), None (no embeddings) or
    an object with ``embed(texts) -> array``. ``mt``: "auto" (Apertium for installed
    pairs, both directions), None (no MT) or an object with ``translate(texts)``
    used for source → target. Spans are character offsets into the texts given.
    ``run`` collects what ran and any failure (see :class:`DriftRun`). ``decide``: the
    learned decision layer (None: its shipped default, :data:`decision.ENABLED`).
    ``words``: the opt-in word-by-word comparison (:mod:`aligner.drift.lexical_check`).
    ``glossary_pass``: read recurring acronym pairings across these pairs
    (:mod:`aligner.drift.glossary`); off when the pairs are part of a larger input.
    """
    return [
        a.findings
        for a in analyse_pairs(
            pairs, src_lang, tgt_lang, embedder, mt, run, decide, words,
            glossary_pass=glossary_pass,
        )
    ]  # fmt: skip


def with_glossary(
    pairs: Sequence[tuple[str, str]], found: list[list[Finding]], src_lang: str, tgt_lang: str
) -> list[list[Finding]]:
    """The glossary pass over pairs checked in parts (``glossary_pass=False``): the
    acronym pairings the whole input repeats, as one ``check_pairs`` call would read them."""
    sides = [(read_side(s, src_lang), read_side(t, tgt_lang)) for s, t in pairs]
    renderings = glossary.apply([(a, b, f) for (a, b), f in zip(sides, found, strict=True)])
    return [_ordered(f) for f in renderings]


def check_pair(src: str, tgt: str, src_lang: str, tgt_lang: str, **kwargs: object) -> list[Finding]:
    """Findings for one pair (a convenience over :func:`check_pairs`)."""
    return check_pairs([(src, tgt)], src_lang, tgt_lang, **kwargs)[0]
