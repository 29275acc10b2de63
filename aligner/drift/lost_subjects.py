"""A clause whose subject was taken out, read from the translation's tags.

DEMETR's "subject removed" deletes the subject of a clause from a good translation: a
pronoun ("As I watched" → "As watched"), a noun phrase's head ("the term refers to" →
"the refers to", "the global operation would" → "the global would") or the speaker after
a quotation ("…," said Piegza." → "…," said."). :mod:`aligner.drift.subjectless` reads
the shapes left at a sentence's opening; this module six more, each a rule of English
grammar measured on every faithful English sentence on this machine that is not held
out (DEMETR's six languages, ContraTICO's label-0 pairs, WordNet's example sentences:
48,821 sentences, one WordNet fragment flagged, "the were evicted…"; docs/drift.md,
"Session 19 (drift24f)"):

* a determiner straight before a verb in "-s" that WordNet knows only as a verb ("the
  contains", "The belongs to"): a determiner opens a noun phrase, and no noun is there.
  Not "-yzes"/"-yses" ("The analyzes on…" is a spelling of the noun "analyses"), nor
  a word joined by a hyphen ("a thank-you note");
* "the", "a" or "an" straight before a finite auxiliary or modal that is never a noun
  ("the is", "The would then"; not "the might", "a must", "the does"; a capital "A" is
  the letter);
* a conjunction that only opens a clause ("while", "because", "although", "until"…) or
  "so that", straight before an auxiliary, a modal or a past ("because are
  responsible", "while were absent");
* a determiner or a comma, an adjective WordNet knows only as an adjective (or an
  adverb), then an auxiliary or a modal before a lower-case word ("the global would be",
  ", big have their"): the adjective's noun is gone ("the parental will" ends there);
* a reporting verb straight after a comma (or a quotation's closing mark after one)
  that ends the sentence or meets a preposition (""…," said.", "…, said on the day";
  "said to cost" is a participle), where the words since the comma before are no
  speaker (""…," the victim's mother, Rosa Díaz, said" has one: a phrase with no verb
  and no preposition): whoever said it is gone;
* a subordinating conjunction, a past and a determiner ("As watched the eclipse", "If
  watched the movie"): a past with an object is a finite verb, which needs a subject
  (a participle after "when" or "as" is passive and takes none: "as shown").

English targets only; questions are left alone (:func:`aligner.drift.subjectless.gaps`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from aligner.drift.lexical_diff import wordnet_parts
from aligner.drift.pos_fluency import Tagged
from aligner.drift.synonyms import inflection_bases, irregular_forms

Span = tuple[int, int]

_DETERMINERS = frozenset("the a an his her its their our my your".split())
_FINITE_AUXILIARIES = frozenset(
    """is are was were has have had will would can could should may might must shall
    does did""".split()
)
_REPORTING = frozenset(
    """said says added adds explained explains stated states noted notes declared
    insisted continued concluded told""".split()
)
# Finite forms that are never a noun after "the" ("the might", "a must", "the does" are).
_NOUNLESS_AUXILIARIES = frozenset("is are was were has had did would could should".split())
# Conjunctions that open a clause (never a relative, a preposition or a comparison) and
# the finite forms that would have needed its subject before them.
_CLAUSE_CONJUNCTIONS = frozenset("while until whereas although though because unless".split())
_FINITE_AFTER_CONJUNCTION = _NOUNLESS_AUXILIARIES | {"have", "will", "can", "may", "must"}
# Prepositions the tagger reads as adverbs at times ("said on Monday").
_PARTICLES = frozenset("on in at".split())
_SUBORDINATORS = frozenset(
    "when as if while because although though whereas where since until unless".split()
)
_VERB_TAGS = ("vblex", "vbser", "vbhaver", "vbmod", "vaux", "vbdo")
_QUOTES = frozenset("\"'”’»")
# A verb in "-yzes" is the plural noun in "-yses" as many write it ("the analyzes").
_NOUN_SPELLING = re.compile(r"y[sz]es$")


@cache
def _parts(word: str) -> frozenset[str]:
    """The parts of speech WordNet knows the word, or a base it inflects, as."""
    bases = inflection_bases(word, irregular_forms())
    return frozenset(p for b in bases for p in wordnet_parts(b))


def _article_verb(ws: Sequence[Tagged]) -> Span | None:
    """A determiner before a present verb in "-s" that is never a noun."""
    for i in range(len(ws) - 1):
        det, verb = ws[i], ws[i + 1]
        word = verb.surface
        if (
            det.surface.lower() in _DETERMINERS
            and det.tag.startswith("det")
            and verb.tag == "vblex"
            and word.islower()
            and word.endswith("s")
            and not word.endswith("ss")
            and not _NOUN_SPELLING.search(word)
            and _parts(word) == {"vblex"}
            and (i + 2 >= len(ws) or ws[i + 2].tag != "guio")
        ):
            return det.start, verb.end
    return None


def _article_auxiliary(ws: Sequence[Tagged]) -> Span | None:
    """ "the", "a" or "an" straight before a finite auxiliary or modal ("the is", "the
    would then"); a capital "A" is left alone (the letter: "A is for…")."""
    for i in range(len(ws) - 1):
        det, verb = ws[i], ws[i + 1]
        if det.surface in ("the", "The", "a", "an", "An") and verb.surface in _NOUNLESS_AUXILIARIES:
            return det.start, verb.end
    return None


def _conjunction_auxiliary(ws: Sequence[Tagged]) -> Span | None:
    """A conjunction that opens a clause, or "so that", straight before an auxiliary, a
    modal or a past ("because are responsible", "while were absent", "so that could")."""
    for i in range(len(ws) - 1):
        word = ws[i].surface.lower()
        k = i + 1
        if word == "so" and ws[k].surface == "that" and k + 1 < len(ws):
            k += 1
        elif word not in _CLAUSE_CONJUNCTIONS and word != "so that":  # one unit at times
            continue
        verb = ws[k]
        if verb.surface in _FINITE_AFTER_CONJUNCTION or verb.tag == "vblex.past":
            return ws[i].start, verb.end
    return None


def _adjective_auxiliary(ws: Sequence[Tagged]) -> Span | None:
    """A determiner or a comma, an adjective that is never a noun nor a verb, then an
    auxiliary or a modal before a lower-case word."""
    for i in range(len(ws) - 3):
        first, adjective, verb, after = ws[i : i + 4]
        opens = first.tag == "cm" or (
            first.tag.startswith("det") and first.surface.lower() in _DETERMINERS
        )
        parts = _parts(adjective.surface)
        if (
            opens
            and adjective.tag == "adj"
            and adjective.surface.islower()
            and "adj" in parts
            and parts <= {"adj", "adv"}
            and verb.surface in _FINITE_AUXILIARIES
            and after.surface[:1].isalpha()
            and after.surface.islower()
        ):
            return adjective.start, verb.end
    return None


def _speaker_gone(ws: Sequence[Tagged]) -> Span | None:
    """A reporting verb after a comma, with no speaker before the comma."""
    for i in range(1, len(ws) - 1):
        verb, after = ws[i], ws[i + 1]
        # the sentence ends, or a preposition follows ("…, said on the day"; "said to" is
        # a participle: "the plan, said to cost…")
        ends = after.tag == "sent" or (
            (after.tag == "pr" or after.surface in _PARTICLES) and after.surface != "to"
        )
        if verb.surface not in _REPORTING or not ends:
            continue
        j = i - 1
        while j > 0 and ws[j].surface in _QUOTES:
            j -= 1
        if ws[j].tag == "cm" and not _speaker_before(ws[:j]):
            return ws[j].start, verb.end
    return None


def _speaker_before(ws: Sequence[Tagged]) -> bool:
    """Whether the words since the last comma (or the sentence's start) may be the
    speaker: a phrase with no verb and no preposition ("…," the victim's mother, Rosa
    Díaz, said"), where a quotation's last clause has one ("…in the United States,
    said.", "…others of this type," concluded.")."""
    last = max((k for k, w in enumerate(ws) if w.tag == "cm"), default=-1)
    phrase = ws[last + 1 :]
    return bool(phrase) and not any(w.tag.startswith(_VERB_TAGS) or w.tag == "pr" for w in phrase)


def _subordinate_past_object(ws: Sequence[Tagged]) -> Span | None:
    """A subordinating conjunction, a past and a determiner ("As watched the…")."""
    for i in range(len(ws) - 2):
        conj, verb, det = ws[i : i + 3]
        if (
            conj.surface.lower() in _SUBORDINATORS
            and verb.tag in ("vblex.ed", "vblex.past")
            and verb.surface.islower()
            and det.tag.startswith("det")
        ):
            return conj.start, verb.end
    return None


SHAPES: tuple[Callable[[Sequence[Tagged]], Span | None], ...] = (
    _article_verb,
    _article_auxiliary,
    _conjunction_auxiliary,
    _adjective_auxiliary,
    _speaker_gone,
    _subordinate_past_object,
)


def spans(ws: Sequence[Tagged]) -> list[Span]:
    """Character spans where one sentence's clause lost its subject (one per shape)."""
    return [span for shape in SHAPES if (span := shape(ws)) is not None]
