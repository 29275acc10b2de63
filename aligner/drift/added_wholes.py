"""A word of totality the translation puts before a possessed noun phrase the source says
plainly (docs/drift.md, "Session 40 (drift45d)"): "si el Labour acepta nuestro
presupuesto" → "if Labor accepts [all] our budget".

"All our budget" claims the whole of it: a quantity the source does not state, as a
figure added would be. A faithful translation says it where the source does ("todo
nuestro", "todos sus", "cada uno de", "la totalidad de"). "all" in the translation is an
addition (major) when

* the next word is a possessive determiner ("our", "their", "his", "her", "its", "my",
  "your"), and the word before is none that makes an idiom of "all" ("for all his
  talk": despite; "above all", "at all", "after all", "once and for all", "in all");
* no source word (Spanish, or the Spanish a pivot route went by; a proxy's French or
  Italian leftovers too) says a whole, each, none or any (:data:`WHOLE_ES`: "tod",
  "cada", "entero", "complet", "total", "ningun", "cualquier", "tutt", "tous" …);
* the literal MT has no word of a whole either ("all", "every", "whole", "entire",
  "each", "both", "full", "complete", "total" …).

Token work on the texts the pipeline has; it runs on every pair with an MT.
"""

from __future__ import annotations

from aligner.drift.added_adverbs import read_added
from aligner.drift.signals import Evidence, Finding, Reading, Side
from aligner.drift.text import Tok, tokenize, words

POSSESSIVES = frozenset("our their his her its my your".split())
# Words before "all" that make an idiom of it ("for all his efforts": despite them).
_IDIOMS = frozenset("for above at after once in".split())
WHOLE_ES = (
    "tod", "cada", "enter", "complet", "total", "conjunt", "integr", "plen", "ningun",
    "nada", "cualquier", "ambos", "ambas", "mism",
    # the DEMETR proxies' French and Italian leftovers
    "tutt", "ogni", "intier", "tous", "tout", "chaque", "entier", "aucun",
)  # fmt: skip
_WHOLE_MT = frozenset(
    """all every each whole entire entirely both full fully complete completely total
    totally everything everyone everybody any none no""".split()
)


def whole_added(src: str, tgt: str, mt: Reading) -> Tok | None:
    """The translation's "all" before a possessive that neither the source nor its literal
    MT says a whole of; None when there is none."""
    t_words = words(tokenize(tgt))
    said = [
        k
        for k, t in enumerate(t_words[:-1])
        if t.fold == "all"
        and t_words[k + 1].fold in POSSESSIVES
        and not (k and t_words[k - 1].fold in _IDIOMS)
    ]
    if not said:
        return None
    if any(s.fold.startswith(WHOLE_ES) for s in words(tokenize(src))):
        return None
    mt_folds = {t.fold for t in mt.ws} or {t.fold for t in words(tokenize(mt.text))}
    if mt_folds & _WHOLE_MT:
        return None
    return t_words[said[0]]


def check_added_whole(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """An addition (major) at "all" before a possessed phrase the source says plainly."""
    return read_added(
        src,
        tgt,
        ev,
        whole_added,
        ", which claims the whole of what follows where nothing in the source or its "
        "literal translation says so.",
    )
