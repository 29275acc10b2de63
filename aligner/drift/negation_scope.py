"""A negation moved to another part of the sentence: as many negations on each side, so
the polarity count sees nothing, but they deny different things ("No es un caso
aislado, es un sistema" → "It is an isolated case, not a system").

The literal MT and the translation are both in the target language, so what each
negation governs can be compared word for word: the content words right after each
negation particle. A move is reported only as a swap: the MT's negated word stands in
the translation un-negated, and the translation's negated word stands in the MT
un-negated. Negation raising ("No creo que sea fácil" → "I think it is not easy") and
quantifier scope ("No todos aprobaron" → "Some did not pass") move a negation without
changing what is said, so negations governing those words are left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.signals import Evidence, Finding, Polarity, Side, clause_ids, polarity
from aligner.drift.text import Cue, Tok
from aligner.lang import profile
from aligner.textutil import quote

# What a negation may govern without its place mattering: verbs of opinion (negation
# raising) and quantifiers or focus words whose scope a translator may turn around.
_SCOPE_FREE = frozenset(
    "think thinks thought believe believes believed expect expects expected seem seems "
    "seemed suppose supposes supposed imagine imagines imagined want wants wanted "
    "appear appears appeared feel feels felt likely all every everyone everybody "
    "everything always many much both each only just even yet necessarily entirely "
    "completely quite very enough too".split()
)
_STEM = 5  # words compared by their first letters: "isolated" and "isolation" alike


def _stem(tok: Tok) -> str:
    return tok.fold[:_STEM]


def _governed(ws: Sequence[Tok], text: str, cue: Cue, stop: frozenset[str]) -> list[Tok]:
    """The first two content words within four words after a negation cue, not past
    punctuation ("not a system," said…)."""
    out: list[Tok] = []
    end = ws[cue.end - 1].end
    for tok in ws[cue.end : cue.end + 4]:
        if not tok.word or text[end : tok.start].strip():
            break
        end = tok.end
        if tok.fold not in stop:
            out.append(tok)
        if len(out) == 2:
            break
    return out


def _scopes(
    ws: Sequence[Tok], text: str, pol: Polarity, stop: frozenset[str]
) -> list[list[Tok]] | None:
    """Each particle's governed words, or None when one governs a scope-free word."""
    scopes = [_governed(ws, text, c, stop) for c in pol.cues if c.label == "neg"]
    if any(not s or any(t.fold in _SCOPE_FREE for t in s) for s in scopes):
        return None
    return scopes


def _negated_positions(scopes: list[list[Tok]]) -> set[int]:
    return {t.start for scope in scopes for t in scope}


def _stands_free(
    words: Sequence[Tok], ws: Sequence[Tok], negated: set[int], clauses: list[int], cue: Cue
) -> bool:
    """Whether every one of ``words`` occurs in ``ws`` outside a negation's scope and in
    another clause than the negation ``cue``: a move to another phrase, not a noun phrase
    turned around ("without the help of the volunteers" → "without the volunteers' help").
    With :data:`HEAD_ONLY`, a word after the first that ``ws`` does not use at all (a
    rendering of its own: MT "audience" ↔ "hearing") says nothing and is passed over."""
    own = clauses[cue.start]

    def free(w: Tok) -> bool:
        return any(
            _stem(t) == _stem(w) and t.start not in negated and clauses[i] != own
            for i, t in enumerate(ws)
            if t.word
        )

    def absent(w: Tok) -> bool:
        return not any(_stem(t) == _stem(w) for t in ws if t.word)

    if HEAD_ONLY:
        return free(words[0]) and all(free(w) or absent(w) for w in words[1:])
    return all(free(w) for w in words)


# Only the first negated word must stand free on the other side; a later one the other
# side does not use is passed over (docs/drift.md, "Session 23 (drift28c)").
HEAD_ONLY = True


def moved_negation(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """One negation particle on each side and in the MT, denying different words."""
    mt = ev.mt  # unknown words (names, mostly) do not move a negation
    a = polarity(src.ws, src.text, src.lang)
    b = polarity(tgt.ws, tgt.text, tgt.lang)
    m = polarity(mt.ws, mt.text, tgt.lang) if mt else None
    if a is None or b is None or m is None or not (a.count == b.count == m.count == 1):
        return []
    if not all(p.particles == 1 for p in (a, b, m)):
        return []
    stop = frozenset(profile(tgt.lang).stopwords | profile(tgt.lang).determiners)
    m_scopes, t_scopes = _scopes(mt.ws, mt.text, m, stop), _scopes(tgt.ws, tgt.text, b, stop)
    if not m_scopes or not t_scopes:
        return []
    m_words, t_words = m_scopes[0], t_scopes[0]
    if {_stem(t) for t in m_words} & {_stem(t) for t in t_words}:
        return []
    m_cue = next(c for c in m.cues if c.label == "neg")
    t_cue = next(c for c in b.cues if c.label == "neg")
    if not (
        _stands_free(
            m_words, tgt.ws, _negated_positions(t_scopes),
            clause_ids(tgt.ws, tgt.text, tgt.lang), t_cue,
        )
        and _stands_free(
            t_words, mt.ws, _negated_positions(m_scopes),
            clause_ids(mt.ws, mt.text, tgt.lang), m_cue,
        )
    ):  # fmt: skip
        return []
    s_cue = a.cues[0]
    message = (
        f"The negation moved: a literal translation of the source reads "
        f"{quote(mt.text[m_cue.char_start : m_words[-1].end])}, the translation "
        f"{quote(tgt.text[t_cue.char_start : t_words[-1].end])}."
    )
    return [
        Finding(
            "negation",
            "critical",
            0.7,
            (s_cue.char_start, s_cue.char_end),
            (t_cue.char_start, t_words[-1].end),
            message,
            "drift.negation",
        )
    ]
