"""A negatively prefixed word the dictionary does not know, opposed to the source word its
bare form renders (docs/drift.md, "Session 20 (drift25d)").

:mod:`opposite_words` reads a translation word's WordNet antonyms through Apertium's
dictionary; Apertium's English analyser does not know many prefixed words
("unprepared", "misconducted", "unreliable" …), so they have no part of speech there and
that reading never starts. :mod:`opposite_forms` reads the prefix against the literal MT,
which fails when the MT chose another word for the source's ("un plato preparado" → MT
"a poised dish" ↔ "an unprepared dish"; "condujo la orquesta" → MT "drove" ↔
"misconducted"). Here such a word is read as the opposite of a source word when:

* the analyser does not know the translation word, it is lower case, and with a
  negative prefix (:data:`opposite_forms.PREFIXES`) taken off it leaves a word WordNet
  knows (the *bare* word) whose dictionary renderings include the source word's lemma, or
  the verb a participle adjective comes from ("prepared" → "preparar" for "preparado");
* the source word is a content word nothing in the translation renders, with no
  "no", "sin", "poco" … right before it, and the source says no negation at all (a
  prefix may render one: "ningún herido" → "unhurt");
* neither the MT nor the translation uses the bare word, and the MT does not use the
  prefixed one; the translation word sits where its rendered neighbours put the source
  word (:func:`opposite_words._placed_elsewhere`).

:func:`opposite_words.check_opposite_words` then weighs the two sides' negations as
for its own opposites.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import LIGHT, Word, partners
from aligner.drift.opposite_forms import _bare
from aligner.drift.text import fold

# Spanish infinitive endings: a participle adjective ("preparado") comes from the verb
# the dictionary gives ("preparar").
_INFINITIVE = ("ar", "er", "ir")


# A light English verb ("got to know") matched to a source verb through a rare synonym
# ("get" ~ "drive" for "condujo") renders nothing of its own: the source word still
# counts as unrendered (docs/drift.md, "Session 27 (drift32a)").
LIGHT_PARTNERS = True


def _light(w: Word) -> bool:
    return LIGHT_PARTNERS and w.lemma in LIGHT["en"]


def candidates(surface: str) -> tuple[str, ...]:
    """The bare words of a lower-case, negatively prefixed word ("unprepared" →
    "prepared"), for the batch's dictionary look-up; () for any other word."""
    if not surface[:1].islower() or not surface.replace("-", "").isalpha():
        return ()
    return _bare(surface)


def _answers(lemma: str, said: frozenset[str]) -> bool:
    """Whether a source lemma is one of the renderings, or a participle of one's verb."""
    f = fold(lemma)
    for x in said:
        y = fold(x)
        if f == y:
            return True
        if (
            y.endswith(_INFINITIVE)
            and len(y) > 5
            and f.startswith(y[:-2])
            and f.endswith(("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"))
        ):
            return True
    return False


def prefixed_word(
    src: Sequence[Word],
    tgt: Sequence[Word],
    mt_lemmas: set[str],
    renderings: dict[str, frozenset[str]],
    turned: set[str],
    placed_elsewhere,
) -> tuple[Word, Word] | None:
    """(translation word, source word) for the first unknown prefixed translation word
    whose bare form renders an unrendered source word (the module's rules).
    ``renderings``: the dictionary's renderings of the bare words; ``mt_lemmas``: the
    MT's words and their base forms; ``turned``: source lemmas right after a negation or
    a diminisher; ``placed_elsewhere``: :func:`opposite_words._placed_elsewhere`."""
    tgt_forms = {fold(w.surface) for w in tgt}
    maybe = []
    for j, w in enumerate(tgt):
        if w.known:
            continue
        bares = [b for b in candidates(w.surface) if b not in tgt_forms and b not in mt_lemmas]
        if not bares or fold(w.surface) in mt_lemmas:
            continue
        said = frozenset().union(*(renderings.get(b, frozenset()) for b in bares))
        if said:
            maybe.append((j, said))
    if not maybe:
        return None
    mine = partners(tgt, src, "target")
    back = partners(src, tgt, "source")
    for j, said in maybe:
        if mine[j] >= 0:
            continue
        for i, s in enumerate(src):
            if (back[i] >= 0 and not _light(tgt[back[i]])) or not s.content or s.lemma in turned:
                continue
            if not _answers(s.lemma, said):
                continue
            if placed_elsewhere(j, i, mine, back, src, tgt):
                continue
            return tgt[j], s
    return None
