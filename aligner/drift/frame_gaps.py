"""A verb or a noun cut where English grammar leaves a hole no other reader knew
(docs/drift.md, "Session 31 (drift36a)").

DEMETR-style removals of one word from a good translation leave English a reader sees
is broken; the shapes here are nine the earlier shape readers (:mod:`subjectless` and
the modules it calls) did not know, each a rule of English grammar measured on every
faithful English sentence on this machine that is not held out (DEMETR's faithful
pairs, ContraTICO's label-0 pairs of the fit, A and C slices, corpora/ dev and dev2,
WordNet's example sentences): none of them has one.

A verb is missing:

* after a subject pronoun and an adverb, before a word WordNet never reads as a verb
  form ("They usually food, drink and…"; "He often jokes" has one);
* after a modal or "do" and "not", before a determiner, "that", a noun or a figure that
  is no verb form ("may not that patience", "did not a major comeback");
* between "he", "she" or "they" and a name, a determiner, a figure or "that" ("In
  1989, he Brooks and Groening create…"), not after a verb or a preposition;
* after "almost", "nearly" or "practically" and a subject pronoun before its verb ("you
  can buy almost you need": the pronoun stands where the object was).

A subject is missing (drift38a, docs/drift.md "Session 33 (drift38a)"):

* in a clause a subordinator opened ("if", "when", "because"…, no comma since), after a
  verb not in "-ing", "these", "those", "many", "several", "both", "few", "various" or
  "numerous", adjectives and a plural common noun straight before "is", "was", "has" or
  "does" ("If the agency chose not to show these images is only to…"): the phrase is the
  verb's object, and the main clause's subject was cut with the comma before it (a
  subject with a plural head and a singular verb, "Many patients has", is a slip of
  agreement; "Publishing these figures is…" has a clause for its subject: both left
  alone). Not a time ("these days is"), nor a title in capitals.

A noun (or the verb of an opening phrase) is missing:

* a sentence-opening preposition straight before another, a comma, or an adverb that is
  a preposition's phrase ("By in advance, the traveler…", "According, around…"); the
  second may not be one that follows a preposition ("From behind", "Up to");
* "to" straight before "until" or "till" ("did not open to until March");
* "as well as" straight before a comma and a noun phrase ("as well as, speech and
  facial recognition"; "as well as, of course, English" is an aside);
* an article or a possessive straight before "of" or the sentence's end ("absent from
  the of Bishkek", "owning a."), the word before it a word (not a letter in a formula:
  "b x a.") and the mark no decimal point ("at the .01 level").

English targets only, on Apertium's tags (:func:`aligner.drift.pos_fluency.tag_texts`),
through :func:`aligner.drift.subjectless.gaps` (questions are left alone there).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from aligner.drift.pos_fluency import Tagged
from aligner.drift.verb_gaps import verb_form

_VERB_TAGS = ("vblex", "vbser", "vbhaver", "vbmod", "vaux", "vbdo")
_SUBJECTS = frozenset("i he she we they".split())
_PRONOUN_SUBJECTS = frozenset("he she they".split())
_NOT_VERBS = ("n", "adj", "det")  # Apertium's tags of the word after the adverb
_MODALS = frozenset("can could will would should must might may shall do does did".split())
_AFTER_NOT = ("det", "cnjsub", "n", "num", "np", "rel")
_ALMOST = frozenset("almost nearly practically virtually".split())
# A preposition may follow another at a sentence's start only as a bound or a place:
# "About 40 people…", "From behind the wall…", "Up to 50…", "Out of…".
_SECOND = frozenset(
    "at about over under around between below above up beyond past across near like of "
    "behind within inside outside beneath among to"
    .split()
)  # fmt: skip
_PREPOSITIONS = frozenset("of in to for on at with by from into during without about".split())
_DETERMINERS = frozenset("the a an its their our my your".split())
# What opens the next member of a list after "as well as," whose own member was cut.
_AFTER_COMMA = ("n", "adj", "det", "np", "num")


def _tag(w: Tagged) -> str:
    return w.tag.split(".")[0]


def _next_to(a: Tagged, b: Tagged) -> bool:
    """Whether ``b`` follows ``a`` after one space (no mark between)."""
    return b.start - a.end == 1


def pronoun_adverb_noun(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A subject pronoun, an adverb, then a noun, an adjective or a determiner that is
    no verb form in WordNet ("They usually food"), or None."""
    for i in range(len(ws) - 2):
        a, b, c = ws[i], ws[i + 1], ws[i + 2]
        if a.surface.lower() not in _SUBJECTS or b.tag != "adv" or " " in b.surface:
            continue
        if _tag(c) not in _NOT_VERBS or not (_next_to(a, b) and _next_to(b, c)):
            continue
        if not c.surface.isalpha() or verb_form(c.surface.lower()):
            continue  # "He often jokes", "I always lie"
        return a.start, c.end
    return None


def negated_modal(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A modal or "do", "not", then a determiner, "that", a noun or a figure that is no
    verb form ("may not that patience"), or None. Not a verb form: "did not trouble to
    call", "does not postulate" (the tagger reads some verbs as nouns)."""
    for i in range(len(ws) - 2):
        a, b, c = ws[i], ws[i + 1], ws[i + 2]
        if a.surface.lower() not in _MODALS or b.surface.lower() != "not":
            continue
        if _tag(c) not in _AFTER_NOT or not _next_to(b, c) or " " in c.surface:
            continue
        if c.surface.isalpha() and verb_form(c.surface.lower()):
            continue
        return a.start, c.end
    return None


def pronoun_before_object(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """ "he", "she" or "they" straight before a name, a determiner, a figure or "that",
    not after a verb or a preposition ("In 1989, he Brooks and Groening create…"), or
    None. "we" and "I" are left alone ("we the people", "I the undersigned")."""
    for i in range(len(ws) - 1):
        a, b = ws[i], ws[i + 1]
        if a.surface.lower() not in _PRONOUN_SUBJECTS or not _next_to(a, b):
            continue
        if _tag(b) not in ("det", "np", "num") and b.surface != "that":
            continue
        if i and (ws[i - 1].tag.startswith(_VERB_TAGS) or ws[i - 1].tag == "pr"):
            continue
        return a.start, b.end
    return None


def almost_pronoun(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """ "almost" (or "nearly", "practically", "virtually"), a subject pronoun or "you",
    then a verb ("buy almost you need"): the object after "almost" is gone, or None."""
    for i in range(len(ws) - 2):
        a, b, c = ws[i], ws[i + 1], ws[i + 2]
        if a.surface.lower() not in _ALMOST or b.surface.lower() not in _SUBJECTS | {"you"}:
            continue
        if c.tag.startswith(_VERB_TAGS) and _next_to(a, b) and _next_to(b, c):
            return a.start, c.end
    return None


_PLURAL_DETERMINERS = frozenset("these those many several both few various numerous".split())
_SINGULAR_VERBS = frozenset("is was has does".split())
_TIMES = frozenset("days weeks months years hours minutes seconds decades centuries times".split())


_SUBORDINATORS = frozenset("if when because although though since while once unless".split())


def _in_open_clause(ws: Sequence[Tagged], i: int) -> bool:
    """Whether word ``i`` stands in a clause a subordinator opened with no comma since."""
    for w in reversed(ws[:i]):
        if w.surface in (",", ";", ":"):
            return False
        if w.surface.lower() in _SUBORDINATORS:
            return True
    return False


def plural_before_singular(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A plural determiner's noun phrase, after a verb, straight before a singular verb
    ("to show these images is"), or None."""
    for i, d in enumerate(ws):
        if d.surface.lower() not in _PLURAL_DETERMINERS:
            continue
        if not i or not ws[i - 1].tag.startswith(_VERB_TAGS) or ws[i - 1].tag.endswith("ger"):
            continue  # the phrase is a verb's object ("Many patients has" is a slip)
        if not _in_open_clause(ws, i):
            continue  # "To show these images is…", a clause as the subject
        m = i + 1
        while m < len(ws) and _tag(ws[m]) == "adj":
            m += 1
        if m + 1 >= len(ws):
            return None
        noun, verb = ws[m], ws[m + 1]
        if _tag(noun) != "n" or not noun.surface.islower() or noun.surface in _TIMES:
            continue
        plural = noun.surface.endswith("s") and not noun.surface.endswith("ss")
        if plural and verb.surface.lower() in _SINGULAR_VERBS and _next_to(noun, verb):
            return d.start, verb.end
    return None


def opening_preposition(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A sentence-opening preposition straight before another, a comma or an adverb
    made of a preposition's phrase ("By in advance,", "According, around"), or None."""
    if len(ws) < 3 or ws[0].tag != "pr" or " " in ws[0].surface:
        return None
    b = ws[1]
    first = b.surface.lower().split()[0] if b.surface.split() else ""
    if b.tag == "cm":
        return ws[0].start, b.end
    if not _next_to(ws[0], b):
        return None
    if b.tag == "pr" and " " not in b.surface and first not in _SECOND:
        return ws[0].start, b.end
    if b.tag == "adv" and " " in b.surface and first in _PREPOSITIONS:
        return ws[0].start, b.end
    return None


def joined_words(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """ "to" straight before "until"/"till", or "as well as" before a comma, or None."""
    for i in range(len(ws) - 1):
        a, b = ws[i], ws[i + 1]
        if a.surface.lower() == "to" and b.surface.lower() in ("until", "till") and _next_to(a, b):
            return a.start, b.end
        if a.surface.lower() == "as well as" and b.surface == ",":
            after = ws[i + 2] if i + 2 < len(ws) else None
            if after is not None and _tag(after) in _AFTER_COMMA:
                return a.start, b.end  # not an aside: "as well as, of course, English"
    return None


def determiner_cut(ws: Sequence[Tagged], words: Sequence[Tagged], first: int):
    """An article or a possessive straight before "of", or before the sentence's full
    stop or "!" ("from the of Bishkek", "owning a."), or None. ``words`` are the whole
    text's, ``first`` the sentence's first index in them (to see past its mark)."""
    for i in range(1, len(ws) - 1):
        before, a, b = ws[i - 1], ws[i], ws[i + 1]
        if a.surface not in _DETERMINERS or not _next_to(before, a):
            continue
        if not (before.surface.isalpha() and len(before.surface) > 1):
            continue  # "b x a.", "Shari'a."
        if b.surface == "of" and _next_to(a, b):
            return a.start, b.end
        if b.tag == "sent" and b.surface in (".", "!") and b.start - a.end in (0, 1):
            k = first + i + 2
            if k < len(words) and words[k].start == b.end:
                continue  # a decimal point: "at the .01 level"
            return a.start, b.end
    return None


def spans(ws: Sequence[Tagged], words: Sequence[Tagged], first: int) -> Iterator[tuple[int, int]]:
    """Each shape's span in one sentence's words (a question is never passed)."""
    for shape in (
        pronoun_adverb_noun,
        negated_modal,
        pronoun_before_object,
        almost_pronoun,
        plural_before_singular,
        opening_preposition,
        joined_words,
    ):
        span = shape(ws) if ws else None
        if span is not None:
            yield span
    span = determiner_cut(ws, words, first) if ws else None
    if span is not None:
        yield span
