"""A pivot route's Spanish read as the source (docs/drift.md, "Session 23 (drift28f)").

French, Italian and Portuguese reach English through Spanish (``fr-es|spa-eng``): with
no word lists of their own and no direct Apertium pair, most checks see the source only
through its English MT (negation, antonyms, names), and the word checks, the removal
readers and every Spanish cue list never run on it. Yet the first leg's Spanish is a
source they can read: the checks fitted on Spanish sources, run on that Spanish against
the same translation, are exactly the Spanish-source proxies' run (DEMETR fr>es and it>es
*are* this Spanish), which found 0.72 / 0.70 of DEMETR's critical errors against the
pivot route's 0.61 / 0.58, at the same share of faithful pairs flagged.

So where a pivot route ran, each pair is checked a second time as Spanish → English
(the pivot's Spanish against the translation), and that reading's findings stand for the
pair's. The Spanish carries the first leg's errors (mangled names, untranslated words),
which the checks already meet on the proxies. Offsets into the Spanish are never
reported as offsets into the source: a finding the source's own reading also made (same
type and severity, at the same translation words) is reported as that reading has it,
with its span into the source; any other has no source span, and says it read the
Spanish.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from aligner.drift.clause_senses import omitted_clause
from aligner.drift.merging import overlaps
from aligner.drift.pivot_words import _MARKS, PIVOT_LANG, pivot_text, uses_pivot
from aligner.drift.run_record import DriftRun, _report
from aligner.drift.signals import Evidence, Finding, Side
from aligner.drift.text import Tok, fold, tokenize, words

# Said after a finding's message when its source words are the pivot's Spanish.
THROUGH = " (source read through its Spanish machine translation)"
_WORD = re.compile(r"\w+")
# A word of the pivot's Spanish that the first leg could not analyse or generate.
_MARKED = re.compile(r"(?<![\w*@#])[*#](\w+)")
# On by default; off, a pivot route's pairs keep their own reading (session 22's).
ENABLED = True


def applies(src_lang: str, tgt_lang: str, mt: object) -> bool:
    """Whether a pivot route through Spanish serves this direction (Apertium's, English
    translations, the spa-eng pair readable word by word: :func:`uses_pivot`)."""
    return ENABLED and mt in ("auto", "apertium") and uses_pivot(src_lang, tgt_lang)


def _same(own: Finding, other: Finding) -> bool:
    return own.type == other.type and own.severity == other.severity


def _folded_words(text: str) -> list[str]:
    return [fold(w).lower() for w in _WORD.findall(text)]


def written_in(name: str, text: str) -> bool:
    """Whether every word of ``name`` is written in ``text`` (accents and case aside)."""
    wanted, there = _folded_words(name), set(_folded_words(text))
    return bool(wanted) and all(w in there for w in wanted)


def first_leg_error(
    f: Finding,
    source: str,
    target: str,
    own: Sequence[Finding],
    spanish: str = "",
    marked: str = "",
) -> bool:
    """Whether a finding of the Spanish reading is the first leg's doing, which the
    source itself refutes:

    * a figure the Spanish lost or changed where the source's own reading sees every
      figure rendered (it reads the source's digits and number words; the first leg
      mistakes number words for others and back: Italian "Sei" → "Eres", "Otto" →
      "Ocho", French "XIe" → "Xi");
    * a name of the translation said to be missing from the source (replaced, added,
      another speaker) that the source writes as it is: the first leg translated it as
      a common word ("El Pais" → "El Apaciento", "Paris" → "Apuestas");
    * a clause read as omitted where the source's own reading finds no omission and
      the clause holds a word the first leg did not know (``marked``: the pivot's
      Spanish with Apertium's marks; ``spanish``: without them, which the finding's
      span points into): the first leg leaves such words as they are ("una esquema
      posologique"), which no back-translation into Spanish renders, so a Spanish
      clause holding them looks uncovered. A clause of known words the translation
      lacks ("si el gobierno no acepta la propuesta" for a Portuguese "se o governo não
      aceitar a proposta") is the source's, and stands.
    """
    if f.type == "number":
        return not any(g.type == "number" for g in own)
    if omitted_clause(f):
        if any(g.type == "omission" for g in own):
            return False
        if not marked or f.source_span is None:
            return True
        unknown = {w.lower() for w in _MARKED.findall(marked)}
        clause = _folded_words(spanish[f.source_span[0] : f.source_span[1]])
        return any(fold(w).lower() in unknown for w in clause) or not clause
    if f.type in ("entity", "speaker") and f.target_span is not None:
        said = target[f.target_span[0] : f.target_span[1]]
        # A speaker's mention holds a role ("Governor Eduardo Leite"): its surname,
        # the last capitalised word, is the name ("Leite" → first leg "Leche").
        names = [w for w in said.split() if w[:1].isupper()] if f.type == "speaker" else []
        return written_in(names[-1] if names else said, source)
    return False


def as_source(
    spanish: Sequence[Finding],
    own: Sequence[Finding],
    source: str = "",
    target: str = "",
    marked: str = "",
) -> list[Finding]:
    """The Spanish reading's findings in the source's terms (``source`` and ``target``:
    the pair's texts): those :func:`first_leg_error` refutes left out; each one the
    source's own reading also made (same type and severity at overlapping translation
    words, or, with no translation span, the one such finding on each side) as that
    reading has it; any other without a source span, its message saying it read the
    Spanish. The source's own speaker findings are kept too, and its names the
    translation lacks: who is credited, and which names, is read on the source's own
    words, which the first leg may garble ("dijo a presidente") or translate.
    ``marked``: the pivot's Spanish with Apertium's marks of unknown words, if known."""
    out: list[Finding] = []
    plain = _MARKS.sub("", marked)
    for f in spanish:
        if first_leg_error(f, source, target, own, plain, marked):
            continue
        if f.target_span is not None:
            twin = next(
                (g for g in own if _same(g, f) and overlaps(g.target_span, f.target_span)),
                None,
            )
        else:
            alike = [g for g in own if _same(g, f) and g.target_span is None]
            lone = sum(1 for h in spanish if _same(h, f) and h.target_span is None) == 1
            twin = alike[0] if len(alike) == 1 and lone else None
        if twin is not None and all(g is not twin for g in out):
            out.append(twin)
        elif f.source_span is None:
            out.append(f)
        else:
            out.append(replace(f, source_span=None, message=f.message + THROUGH))
    kept = [g for g in own if (g.type == "speaker" or _removed_name(g))]
    return out + [g for g in kept if all(h is not g for h in out)]


def _removed_name(f: Finding) -> bool:
    """A name of the source the translation lacks (:mod:`names`: a source span only)."""
    return f.type == "entity" and f.source_span is not None and f.target_span is None


def read_as_spanish(
    analyses: Sequence,
    evidence: Sequence[Evidence],
    tgt_lang: str,
    embedder: object,
    mt: object,
    run: DriftRun | None,
) -> None:
    """Replace each pair's findings with those of its pivot Spanish checked as the
    source (one batch of :func:`aligner.drift.checks.analyse_pairs`); a pair with no
    pivot text keeps its own."""
    from aligner.drift.checks import _ordered, analyse_pairs  # they call this module

    keys = [k for k, ev in enumerate(evidence) if pivot_text(ev)]
    if not keys:
        return
    pairs = [(pivot_text(evidence[k]), analyses[k].tgt.text) for k in keys]
    inner = DriftRun()  # the outer run keeps its own route and models; failures carry
    spanish = analyse_pairs(
        pairs, PIVOT_LANG, tgt_lang, embedder or None, mt, inner, False, glossary_pass=False
    )
    for message in inner.problems:
        _report(run, message)
    for k, sp in zip(keys, spanish, strict=True):
        a = analyses[k]
        marked = evidence[k].mt.pivot if evidence[k].mt is not None else ""
        a.findings = _ordered(
            as_source(sp.findings, a.findings, a.src.text, a.tgt.text, marked or "")
        )


def own_or_pivot(src: Side, ev: Evidence, langs: object) -> tuple[list[Tok], str, bool] | None:
    """The source's words for a reader with tables in ``langs``: the source's own when its
    language has one, else its pivot's Spanish (French, Italian), with whether they are
    the source's own (a finding then points at them); None when neither can be read."""
    if src.lang in langs:
        return list(src.ws), src.lang, True
    if ev.mt is not None and ev.mt.pivot:
        return words(tokenize(ev.mt.pivot)), "es", False
    return None
