"""Modifiers a translation adds that say what the source says another way.

* "single" stresses a negation the source says with its n-word: "ni un euro" → "not a
  single euro", "ningún vecino" → "no single resident" ("a single mother", with no
  n-word in the source, is still an addition);
* "full", "whole", "entire", "complete" render the source's word of totality before
  the noun's article: "todo el apoyo" → "the full support", "el país entero" → "the
  whole country" (the literal MT's "all the support" keeps "all" apart from the noun);
* "early" renders "a primera hora", "temprano", "de madrugada";
* "widely", "extensively" render a verb's "mucho" or "ampliamente" ("se usa mucho" →
  "is widely used"; session 35, drift40c): the extent of an act, not a word added;
* "poorly", "badly", "ill", "insufficiently", "barely", "hardly", "scarcely" render a
  "poco" before a participle or adjective ("poco preparados" → "poorly prepared";
  session 38, drift43b): the quality the source denies, not a judgement added.

Used by the addition checks that read a modifier before its head
(:mod:`aligner.drift.modifiers`, :func:`aligner.drift.signals.added_to_head`).
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.text import fold

# Spanish and Portuguese n-words a "single" may stress (folded).
_N_WORDS = frozenset("ni ningun ninguna ninguno nem nenhum nenhuma".split())
_TOTAL = frozenset("full whole entire complete".split())
# Spanish, Portuguese, Italian words of totality (folded).
_ALL_OF = frozenset(
    """todo toda todos todas entero entera enteros enteras completo completa completos
    completas pleno plena plenos plenas integro integra inteiro inteira tutto tutta
    tutti tutte intero intera""".split()
)

# "a primera hora de la mañana" → "early in the morning", "de madrugada" → "early".
_EARLY = frozenset("temprano temprana madrugada madrugadas".split())

# "se usa mucho", "se emplea ampliamente" → "is widely used" (folded).
_EXTENT = frozenset("widely extensively".split())
_MUCH = frozenset("mucho ampliamente extensamente muito ampiamente".split())

# "poco preparados" → "poorly prepared", "pouco conhecido" → "barely known" (folded).
_POORLY = frozenset("poorly badly ill insufficiently barely hardly scarcely".split())
_POCO = frozenset("poco poca pocos pocas pouco pouca poucos poucas".split())


def said_otherwise(added: str, src: Sequence[str]) -> bool:
    """Whether the added word renders a word of the source's (``src``: its words)
    another way: an n-word's stress, a totality."""
    word = fold(added)
    source = {fold(w) for w in src}
    if word == "single":
        return bool(source & _N_WORDS)
    if word == "early":
        return bool(source & _EARLY) or {"primera", "hora"} <= source
    if word in _EXTENT:
        return bool(source & _MUCH)
    if word in _POORLY:
        return bool(source & _POCO)
    return word in _TOTAL and bool(source & _ALL_OF)
