"""A clause reported omitted whose words a dictionary renders in the translation.

Without embeddings, a source clause is omitted when not one of its content words is
found in the translation, literally, as a cognate or a WordNet synonym of its literal MT
(:mod:`aligner.drift.clauses`). Apertium's MT gives each word one sense, so a clause
whose words the translator rendered by another sense reads as missing: "para la travesía
de vuelta" → MT "for the travesía of turn" ↔ "for the return journey" (the bilingual
dictionary has "vuelta" → "return" too).

Here each such finding is read again word by word (the analyses of
:mod:`aligner.drift.lexical_diff`: every translation Apertium's bilingual dictionary
gives a word, WordNet synonyms, cognates; :func:`lexical_diff.partners`). The clause has
a counterpart when one of its content words, not a light one, is rendered by a content
word of the translation that no source word outside the clause renders: that word is
the clause's, not a neighbour's ("mantener" → "keep" does not vouch for "guardarlos" →
"keep" in the same sentence). Such a finding drops to minor: a clause reworded, not
dropped. Only findings of the no-word rule (without embeddings, or with e5 where e5's
own rule does not read the clause: :func:`aligner.drift.clauses.by_words`; e5's findings
weigh the rewording by the clause's similarity) and only direct Apertium pairs (the
analyses need one).

FreeDict's extra senses (:mod:`aligner.drift.senses`) were tried and left out: on the
proxies they matched a translation word that renders a source word the analyser does
not know ("síndrome grippal" → "influenza-like"), so real omitted clauses were excused
("y de los casos de gripe activa" through "gripe" → "influenza"); docs/drift.md,
"Session 19 (drift24e)".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from aligner.drift.lexical_diff import LIGHT, Word, partners
from aligner.drift.signals import Finding

# The message :func:`aligner.drift.clauses.check_clauses` opens an omission with.
_OPENING = "The source clause "


def _light(w: Word, lang: str) -> bool:
    return w.lemma in LIGHT.get(lang, ())


def rendered_clause(
    span: tuple[int, int],
    src_words: Sequence[Word],
    tgt_words: Sequence[Word],
    src_lang: str,
) -> Word | None:
    """The first content word of the source clause at ``span`` that a translation word
    renders and no source word outside the clause does; None when there is none."""
    a, b = span
    inside = [a <= w.start < b for w in src_words]
    mine = partners(src_words, tgt_words, "target")
    back = partners(tgt_words, src_words, "source")
    # Translation words some source word outside the clause renders, either way.
    taken = {j for i, j in enumerate(mine) if j >= 0 and not inside[i]}
    taken |= {j for j, i in enumerate(back) if i >= 0 and not inside[i]}
    free = [
        j
        for j, t in enumerate(tgt_words)
        if j not in taken and t.content and not _light(t, "en") and t.start >= 0
    ]
    for i, w in enumerate(src_words):
        if inside[i] and w.content and not _light(w, src_lang) and mine[i] in free:
            return w
    return None


def omitted_clause(f: Finding) -> bool:
    """Whether ``f`` is a source clause read as omitted at >= major (:mod:`clauses`)."""
    return (
        f.check == "drift.omission"
        and f.severity in ("major", "critical")
        and f.source_span is not None
        and f.message.startswith(_OPENING)
    )


def candidates(findings: Sequence[Sequence[Finding]], no_gain: Sequence[set]) -> set[int]:
    """The pairs with a clause omission at ≥ major made by the no-word rule (``no_gain``:
    per pair, the spans of the source clauses that rule reads,
    :func:`aligner.drift.clauses.worded_omissions`)."""
    return {
        k
        for k, found in enumerate(findings)
        if any(omitted_clause(f) and f.source_span in no_gain[k] for f in found)
    }


def reworded(
    findings: list[list[Finding]],
    no_gain: Sequence[set],
    words: Callable[[set[int]], dict[int, tuple]],
    src_lang: str,
) -> dict[int, list[Finding]]:
    """Per pair whose findings change, its findings with each clause omission whose
    clause a dictionary renders in the translation dropped to minor. ``words`` gives both
    sides word by word for the pairs asked (one Apertium batch)."""
    need = candidates(findings, no_gain)
    if not need:
        return {}
    analysed = words(need)
    out = {}
    for k in sorted(need):
        if k not in analysed:
            continue
        src_words, tgt_words = analysed[k]
        changed = False
        found = []
        for f in findings[k]:
            if (
                omitted_clause(f)
                and f.source_span in no_gain[k]
                and rendered_clause(f.source_span, src_words, tgt_words, src_lang) is not None
            ):
                f = replace(f, severity="minor")
                changed = True
            found.append(f)
        if changed:
            out[k] = found
    return out
