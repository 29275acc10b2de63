"""Source verbs the dictionaries render by an English verb of another sense, whose English
opposites are then no opposites of the source (session 38, drift43c).

Spanish "atender" is "to look after, to deal with, to serve" ("atender a los pacientes",
"para atender a sus hijos"); Apertium and the bilingual dictionary write it "attend",
whose WordNet opposite "miss" is the opposite of the other sense, being present ("asistir
a clase"). So "se ausentan del trabajo para atender a sus hijos" → "miss work to care
for their children" was read twice as an opposite: the translation's "miss" against the
MT's "attend" (:func:`aligner.drift.antonyms.check_reversal`) and against the source's
"atender" through its rendering (:func:`aligner.drift.opposite_words.opposite_word`).
"asistió a la reunión" → "missed the meeting" is still an opposite ("asistir" is not
here), and so is "atender" against an opposite of its own sense ("neglect").
"""

from __future__ import annotations

from aligner.drift.signals import Side

# (English word of the dictionaries, the source's stems that it renders in another
# sense): per source language.
_FALSE = {"es": {"attend": ("atend", "atiend")}}


def misread(said: str, src: Side) -> bool:
    """Whether the MT's word ``said`` renders a source word of another sense here."""
    stems = _FALSE.get(src.lang[:2], {}).get(said.lower().removesuffix("s").removesuffix("ed"))
    if not stems:
        stems = _FALSE.get(src.lang[:2], {}).get(said.lower().removesuffix("ing"))
    return bool(stems) and any(t.fold.startswith(stems) for t in src.ws)


def not_opposed(opposite: str, src_lang: str) -> tuple[str, ...]:
    """The source stems whose dictionary rendering ``opposite`` is of another sense."""
    return _FALSE.get(src_lang[:2], {}).get(opposite, ())
