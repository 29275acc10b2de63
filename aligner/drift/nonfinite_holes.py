"""A participle or an infinitive cut where the words on either side of it still stand
side by side (docs/drift.md, "Session 40 (drift45b)").

:mod:`verb_holes` reads a verb in a tense cut from a clause left with no verb, and a verb
cut before "que". A verb that is no tense leaves its clause's own verb standing, so
neither reads it:

* a participle that qualified the noun before it, cut before the preposition that
  opened its complement ("la historia presentada en la ópera" → "the story in the
  opera", "dos documentos emitidos por la FAA" → "two documents by the FAA", "un plato
  preparado con hierbas" → "a dish with herbs");
* an infinitive or a gerund cut between the preposition that took it and its object
  ("después de haber admitido ocho cargos" → "after eight charges", "sin consultar a
  los vecinos" → "without the neighbours").

English writes both shapes for other reasons ("a book by Tolstoy", "after the war"),
so the source decides, as in :mod:`verb_holes`: the verb (with a "haber" or "ser"
before it that nothing renders either) has no rendering, and its two neighbours are
rendered by two translation words next to each other, in that order, the second of
them a preposition for a participle, and not one for an infinitive. A translation that
says the verb another way puts its words between the two or elsewhere. Verbs a
faithful translation leaves unsaid are not read: participles of place ("situado en" →
"in", "ubicado", "basado") and of containing ("contenido en"), and light verbs
("realizar", "hacer", "llevar", "tener", "dar": "tras realizar pruebas" → "after
tests").

Direct Apertium pairs, on the pairs nothing else reports at >= major
(:func:`headless.check_quiet`), after :mod:`verb_holes`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.drift.lexical_diff import Word
from aligner.drift.signals import Finding, removed_word
from aligner.textutil import quote

# Switched off only to measure what the rule does (bench runs).
ENABLED = True

_PARTICIPLE = re.compile(r"(?:ad|id|ít|ict|ech|ich|ert|iert|uest|uelt|ubiert|ist|rit)[oa]s?$")
_INFINITIVE = re.compile(r"(?:ar|er|ir|ír)(?:se|lo|la|los|las|le|les|me|te|nos)?$")
_ADJECTIVE_PARTICIPLE = re.compile(r"(?:ad|id)[oa]s?$")
_GERUND = re.compile(r"(?:ando|iendo|yendo)(?:se|lo|la|los|las|le|les)?$")

# Participles a faithful translation leaves out: a place or a containing ("las islas
# situadas en el océano" → "the islands in the ocean").
_PLACE_LEMMAS = frozenset(
    "situar ubicar localizar emplazar encontrar hallar radicar basar asentar establecer "
    "contener incluir comprender alojar instalar colocar".split()
)
# Verbs whose object carries the meaning ("tras realizar pruebas" → "after tests").
_LIGHT_LEMMAS = frozenset(
    "ser estar haber tener hacer realizar efectuar llevar dar poner tomar ir venir "
    "seguir quedar resultar poder deber querer soler".split()
)
_AUXILIARIES = frozenset("haber ser".split())
_CLITICS = frozenset("se me te nos os lo la le los las les".split())
_NOUN_POS = frozenset(("n", "adj", "np"))
# Quantifiers that stand for a noun phrase before a participle ("ambos emitidos por").
_STANDING_QUANTIFIERS = frozenset("ambos ambas todos todas muchos muchas varios varias".split())
_OBJECT_POS = frozenset(("det", "num", "n", "np", "adj", "predet"))


def _form(w: Word) -> str | None:
    """ "pp" for a participle (or an adjective the tagger reads in one: "preparado"),
    "inf" for an infinitive or a gerund, None otherwise."""
    low = w.surface.lower()
    if w.pos == "adj" and w.known and _ADJECTIVE_PARTICIPLE.search(low):
        return "pp"
    if w.pos != "vblex" or w.finite or not w.known:
        return None
    if _PARTICIPLE.search(low):
        return "pp"
    if _INFINITIVE.search(low) or _GERUND.search(low):
        return "inf"
    return None


def nonfinite_hole(
    src: Sequence[Word], tgt: Sequence[Word], mine: Sequence[int]
) -> tuple[Word, int, int] | None:
    """(the cut source verb, the translation's two words around its place), or None."""
    for i, w in enumerate(src):
        form = _form(w)
        if form is None or mine[i] >= 0 or w.lemma in _LIGHT_LEMMAS:
            continue
        if form == "pp" and w.lemma in _PLACE_LEMMAS:
            continue
        start = i
        while start and src[start - 1].lemma in _AUXILIARIES and mine[start - 1] < 0:
            start -= 1
        if start != i:
            form = "inf"  # "después de haber admitido": the group is an infinitive's
        before, after = start - 1, i + 1
        # The personal "a" before a person object ("interrogar a tres testigos").
        if form == "inf" and after + 1 < len(src) and src[after].lemma == "a" and mine[after] < 0:
            after += 1
        if before < 0 or after >= len(src):
            continue
        prev, nxt = src[before], src[after]
        if form == "pp":
            # A participle after its noun, before the preposition opening its complement.
            noun = prev.pos in _NOUN_POS or prev.lemma in _STANDING_QUANTIFIERS
            if not noun or nxt.pos != "pr":
                continue
        else:
            # An infinitive or gerund taken by a preposition, before its object.
            if prev.pos != "pr" or nxt.pos not in _OBJECT_POS:
                continue
        if prev.lemma in _CLITICS or not prev.surface[:1].isalnum():
            continue
        jb, ja = mine[before], mine[after]
        if jb < 0 or ja != jb + 1:
            continue
        after_word = tgt[ja]
        if form == "pp" and after_word.pos != "pr":
            continue
        if form == "inf" and after_word.pos in ("pr", "vblex", "vbser", "vbhaver", "vbmod"):
            continue
        return w, jb, ja
    return None


def check_nonfinite_hole(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links
) -> list[Finding]:
    """An omission (major) at a participle or infinitive cut from between two rendered
    words."""
    if not ENABLED or analysed is None or not links or tgt.lang[:2] != "en":
        return []
    if src.lang[:2] != "es":
        return []
    found = nonfinite_hole(analysed[0], analysed[1], links[0])
    if found is None:
        return []
    verb, jb, ja = found
    a, b = analysed[1][jb], analysed[1][ja]
    if a.start < 0 or b.end < 0:
        return []
    return [
        removed_word(
            (verb.start, verb.end) if verb.start >= 0 else None,
            (a.start, b.end),
            f"The source's verb {quote(verb.surface)} has nothing rendering it: the "
            f"translation's {quote(tgt.text[a.start : b.end])} joins the words on either "
            "side of it, so it seems to have been left out.",
        )
    ]
