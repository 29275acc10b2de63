"""A source participle used as an adjective, read as its verb when an opposite is looked
for (docs/drift.md, "Session 22 (drift27g)").

:mod:`opposite_words` takes the translation word's WordNet antonyms through Apertium's
dictionary into Spanish and looks for their lemmas among the source's words. The
dictionary gives an English participle's opposite as the Spanish *verb* ("closed",
"shut" → "cerrar"; "opened" → "abrir"), while Apertium's Spanish analyser reads a
participle used as an adjective under its own lemma ("están cerrados", "las escuelas
cerradas" → "cerrado"). So "remain open" for "quedan cerrados" was not read as an
opposite, and neither was any such pair whose adjective the dictionary lists only as
a participle.

:func:`verbs_of` gives the infinitives a Spanish participle lemma can come from ("-ado"
→ "-ar"; "-ido" → "-er", "-ir"); the participle then matches what the opposite renders
by either lemma. Irregular participles ("abierto", "escrito", "roto", "muerto", "dicho")
are listed in :data:`IRREGULAR`.
"""

from __future__ import annotations

from functools import cache

# Spanish irregular participles (masculine singular lemma) → their infinitives.
IRREGULAR = {
    "abierto": ("abrir",),
    "cubierto": ("cubrir",),
    "descubierto": ("descubrir",),
    "encubierto": ("encubrir",),
    "escrito": ("escribir",),
    "descrito": ("describir",),
    "inscrito": ("inscribir",),
    "prescrito": ("prescribir",),
    "roto": ("romper",),
    "muerto": ("morir",),
    "puesto": ("poner",),
    "dispuesto": ("disponer",),
    "expuesto": ("exponer",),
    "impuesto": ("imponer",),
    "propuesto": ("proponer",),
    "supuesto": ("suponer",),
    "vuelto": ("volver",),
    "devuelto": ("devolver",),
    "resuelto": ("resolver",),
    "visto": ("ver",),
    "previsto": ("prever",),
    "hecho": ("hacer",),
    "deshecho": ("deshacer",),
    "satisfecho": ("satisfacer",),
    "dicho": ("decir",),
    "frito": ("freír",),
    "impreso": ("imprimir",),
    "preso": ("prender",),
    "suelto": ("soltar",),
    "absuelto": ("absolver",),
    "disuelto": ("disolver",),
    "envuelto": ("envolver",),
}
# Regular participle endings (lemma, masculine singular) → infinitive endings.
_REGULAR = (("ado", ("ar",)), ("ido", ("er", "ir")))


@cache
def verbs_of(lemma: str) -> tuple[str, ...]:
    """The Spanish infinitives a participle lemma ("cerrado", "permitido", "abierto")
    can come from; () for a word that is no participle by its form. Short words
    ("lado", "nido", "todo") are left alone: a stem of four letters or more is asked."""
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    for end, verbs in _REGULAR:
        if lemma.endswith(end) and len(lemma) - len(end) >= 4:
            stem = lemma[: -len(end)]
            return tuple(stem + v for v in verbs)
    return ()


def with_verbs(lemma: str, pos: str) -> frozenset[str]:
    """The lemma and, for an adjective of participle form, its verbs."""
    if pos != "adj":
        return frozenset((lemma,))
    return frozenset((lemma, *verbs_of(lemma)))
