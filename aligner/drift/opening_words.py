"""An adverb opening the source, reworded by a multiword preposition (session 32, drift37c).

The removed-word reader (:func:`aligner.drift.pos_fluency.removed_words`) places a source
word nothing renders by its anchors, the renderings of the nearest rendered content words
before and after it, and looks for a break in the translation near them. An adverbial
opening the sentence whose rendering the dictionary does not pair ("Más allá de las
ayudas, …", Apertium "further", → "In addition to direct aid, as usual the government
…") leaves a multiword preposition of the translation unmatched before its anchor: the
opener is reworded there, not lost, and "as usual the" is no break it left. Multiword
prepositions are function words, so the free words of
:func:`aligner.drift.lexical_diff.unrendered` (content words only), which answer a
reworded content word, do not include them.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import Word, partners

# Parts of speech of a multiword unit that renders a sentence's opening adverbial.
_OPENERS = frozenset("pr cnjadv cnjsub".split())


def reworded_opening(
    word: Word, anchor: int, src_words: Sequence[Word], tgt_words: Sequence[Word]
) -> bool:
    """Whether an adverb opening the source, with nothing rendering it, has before its
    anchor (an index into ``tgt_words``) a multiword preposition or conjunction of the
    translation that nothing in the source renders."""
    if word.pos != "adv":
        return False
    back = partners(tgt_words, src_words, "target")
    return any(
        back[j] < 0 and " " in w.lemma.strip() and w.pos in _OPENERS
        for j, w in enumerate(tgt_words[:anchor])
    )
