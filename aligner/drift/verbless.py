"""A translation sentence left without a verb where the source has one: its verb was
cut and nothing took its place ("The tiger to the same family as lions…", "Each temple
an open courtyard and then an internal sanctuary…", "The Gothic style its peak between
the 10th and the 14th century") (docs/drift.md, "Session 20, drift25c").

Headings, captions and list items have no verb in either language ("Lockdowns and other
internal restrictions", "Date of onset of symptoms"), so the source decides: it must
have more finite verbs (Apertium's tense tags, :attr:`lexical_diff.Word.finite`) than the
translation has words that could be one. A word could be one when Apertium tags it a
verb that is not an infinitive after "to" nor a form in "-ing", or when the tagger calls
it something else but WordNet knows it as a verb form and it does not stand after a
determiner or a preposition unless it ends in "-ed", nor in its base form after an
adjective ("a virtual team") (the tagger reads "team members often function as…",
"consumer groups opposed the…", "The state capital lies…" as nouns or adjectives).
The sentence must open on a capital and end on a full stop or "!", with five words or
more, and be a sentence of the text, not a piece the tagger cut at an abbreviation or a
colon ("Lewis Hamilton and Co.", "…: Thomas Cook Belgium, Thomas Cook…"), nor written
in capitals (a headline: the tagger reads every word as a name). Direct
Apertium pairs (the source's tense tags), run on the pairs nothing else reports at >=
major (:func:`aligner.drift.headless.check_quiet`).
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import Word
from aligner.drift.pos_fluency import Tagged
from aligner.drift.signals import Finding, removed_word
from aligner.drift.verb_gaps import verb_form
from aligner.textutil import quote

_VERB_TAGS = ("vblex", "vbser", "vbhaver", "vbmod", "vaux", "vbdo")
# Tags after which a word is a noun's or an adjective's, unless it is a form in "-ed"
# ("The same happened", which the tagger reads as an adjective).
_NOMINAL_BEFORE = ("det", "pr")
MIN_WORDS = 5


def could_be_finite(ws: Sequence[Tagged], k: int) -> bool:
    """Whether word ``k`` may be a finite verb (read generously: the tagger's nouns too)."""
    w = ws[k]
    before = ws[k - 1] if k else None
    if w.tag.startswith(_VERB_TAGS):
        if w.tag.endswith("ger"):
            return False
        return before is None or before.surface.lower() != "to"
    word = w.surface.lower()
    if not word.isalpha() or word.endswith("ing"):
        return False
    if k and not w.surface.islower():
        return False  # a name
    # The tag's first part: "prn" (a pronoun, "It ranks among…") is no "pr".
    nominal = before is not None and before.tag.split(".")[0] in _NOMINAL_BEFORE
    if nominal and not word.endswith("ed"):
        return False
    if before is not None and before.tag == "adj" and not word.endswith(("s", "ed")):
        return False  # a base form after an adjective is its noun ("virtual team")
    return verb_form(word)


def _abbreviation(word: str) -> bool:
    """A word a full stop after may not end a sentence: "Co", "U.K", "T", "c"."""
    return "." in word or len(word) == 1 or (word[:1].isupper() and len(word) <= 3)


def split_well(words: Sequence[Tagged], first: int, ws: Sequence[Tagged]) -> bool:
    """Whether a sentence of the tagger's is one of the text's: it opens the text or
    follows a full stop, "!" or "?" after a word (not a colon's list, an abbreviation or
    an ellipsis), does not end on an abbreviation, and the text goes on, if at all, on
    a capital or a quotation mark."""
    if first:
        if words[first - 1].surface not in (".", "!", "?") or first < 2:
            return False
        if not words[first - 2].surface[:1].isalnum() or _abbreviation(words[first - 2].surface):
            return False
    if _abbreviation(ws[-2].surface) or not ws[-2].surface[:1].isalnum():
        return False
    after = first + len(ws)
    return (
        after >= len(words)
        or words[after].surface[:1].isupper()
        or words[after].surface[:1] in "\"“‘'"
    )


def verbless_sentence(
    words: Sequence[Tagged], nouns: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The span of the first sentence that has no word that could be a finite verb (a
    word starting at an offset in ``nouns`` is none: :func:`plural_nouns`), or None."""
    from aligner.drift.subjectless import sentences  # subjectless reads this module's helpers

    for first, ws in sentences(words):
        letters = [w for w in ws if w.surface[:1].isalnum()]
        if len(letters) < MIN_WORDS or ws[-1].surface not in (".", "!"):
            continue
        if not ws[0].surface[:1].isupper() or ws[0].start < 0 or ws[-2].end < 0:
            continue
        if not split_well(words, first, ws):
            continue
        if all(w.surface.isupper() for w in letters if w.surface.isalpha()):
            continue  # a headline in capitals: the tagger knows none of its words
        if not any(_could_be(ws, k, nouns) for k in range(len(ws))):
            return ws[0].start, ws[-2].end
    return None


def _could_be(ws: Sequence[Tagged], k: int, nouns: frozenset[int]) -> bool:
    return ws[k].start not in nouns and could_be_finite(ws, k)


def plural_nouns(analysed: tuple[Sequence[Word], Sequence[Word]], back: Sequence[int]):
    """The offsets of translation words that are the plural of a source plural noun's
    dictionary translation ("three main structures" for "tres estructuras principales"):
    the tagger's noun there is no verb in "-s", which :func:`could_be_finite` reads it as
    when WordNet knows the word as a verb (drift38a: "Machu Picchu of three main
    structures, namely…")."""
    src, tgt = analysed
    out = set()
    for j, w in enumerate(tgt):
        i = back[j] if j < len(back) else -1
        if i < 0 or w.pos != "n" or src[i].pos != "n" or w.start < 0:
            continue
        plural = w.surface.endswith("s") and w.surface.lower() != w.lemma
        if plural and w.lemma in src[i].trans and src[i].surface.lower().endswith("s"):
            out.add(w.start)
    return frozenset(out)


def check_verbless(
    src,
    tgt,
    analysed: tuple[Sequence[Word], Sequence[Word]] | None,
    tags: Sequence[Tagged] | None,
    links: tuple[Sequence[int], Sequence[int]] | None = None,
) -> list[Finding]:
    """An omission (major) where a translation sentence has no verb and the source has
    more finite verbs than the translation has candidates."""
    if analysed is None or tags is None or tgt.lang[:2] != "en":
        return []
    nouns = plural_nouns(analysed, links[1]) if links else frozenset()
    span = verbless_sentence(tags, nouns)
    if span is None:
        return []
    finite = sum(w.finite for w in analysed[0])
    candidates = sum(_could_be(tags, k, nouns) for k in range(len(tags)))
    if finite <= candidates:
        return []
    return [
        removed_word(
            None,
            span,
            f"The translation's sentence {quote(tgt.text[span[0] : span[1]])} has no verb, "
            "where the source has one: it seems to have been left out.",
        )
    ]
