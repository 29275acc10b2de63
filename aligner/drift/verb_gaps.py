"""A verb cut out of a clause whose other words still stand: two noun phrases side by
side where a subject meets its object, "to" after a word that takes only an
infinitive, a modal straight before a demonstrative (docs/drift.md, "Session 20,
drift25c").

DEMETR-style removals of a verb leave the subject straight before the object: "Some tax
agencies an object to be…", "the voter the envelope in the ballot box", "this nation
50,000 soldiers", "The Gladbach player first the game late"; :mod:`subjectless` reads
that shape for subjects made of names ("Bush his plan"), this module for a subject
whose head is a common noun. English puts two noun phrases side by side there only in a
reduced relative ("the man the police arrested was…": a verb follows the second phrase),
after a time phrase ("Last year the company…"), or in an imperative ("Wash your hands",
"Theologians list seven sins": the first phrase's words may be verbs); each is left
alone. Two more shapes: "to" after a word that opens only an infinitive ("the ability to
customer diagnoses", "willingness to passports", "impossible to Falklands money"), and a
modal straight before "this", "these" or "those", or "not that" ("Jesus will this
hero", "may not that patience…"); and a name (or a noun and an adverb) straight before
"that" and a clause ("Paris that French firms will…"); a noun that is never a verb
straight before an object pronoun ("new technologies us to see"). Apertium's tags
(:mod:`pos_fluency`) and WordNet's verbs; English targets only; questions are left alone
(:mod:`subjectless` reads each sentence but questions).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache

from aligner.drift.lexical_diff import wordnet_parts
from aligner.drift.pos_fluency import Tagged
from aligner.drift.synonyms import irregular_forms

_VERB_TAGS = ("vblex", "vbser", "vbhaver", "vbmod", "vaux", "vbdo")
# What opens the second phrase: an article, a possessive, "this"/"these" (a figure too).
_OBJECT_OPENERS = frozenset("the a an his her its their our my your this these".split())
OBJECT_OPENERS = _OBJECT_OPENERS
_NOUN_TAGS = ("adj", "n", "np", "num")
# Adverbs that may stand between a subject and its verb ("already", "first").
_SKIPPED = frozenset("already now still also just only never always often even then first".split())
# Words that open a clause before its subject ("After…, the voter…").
_OPENERS = frozenset(
    "although though when while if because as since after before once unless whereas until".split()
)
# Time words: "Last year the company…", "this weekend" (a noun phrase of its own).
_TIME_WORDS = frozenset(
    """year years week weeks month months day days time morning evening night today
    yesterday weekend season decade century monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december""".split()
)
# Words whose "to" opens an infinitive and never a noun phrase (nouns and adjectives;
# stranded.py lists the verbs: "able", "managed", "refused"…). Not "sufficient" ("is
# sufficient to the purpose").
INFINITIVE_HEADS = frozenset(
    """ability inability willingness unwillingness reluctance eagerness impossible vain
    eager reluctant""".split()
)
_MODALS = frozenset("can could will would should must might may shall cannot".split())
# Words after which a modal is inverted, or a noun ("nor will this", "than would these").
_NOT_BEFORE_MODAL = frozenset(
    "nor so how why what where when than as only that which who the a an his her its".split()
)
_DEMONSTRATIVES = frozenset("this these those".split())


@cache
def verb_form(word: str) -> bool:
    """Whether a lower-case word may be a verb's base, "-s", past or participle form in
    WordNet (the noun "player" is not "play" here: no "-er" is undone)."""
    bases = {word}
    irregular = irregular_forms()
    if word in irregular:
        bases.add(irregular[word])
    if word.endswith("ies"):
        bases.add(word[:-3] + "y")
    if word.endswith("es"):
        bases.add(word[:-2])
    if word.endswith("s"):
        bases.add(word[:-1])
    if word.endswith("ied"):
        bases.add(word[:-3] + "y")
    elif word.endswith("ed"):
        bases |= {word[:-2], word[:-1]}
        if len(word) > 4 and word[-3] == word[-4]:
            bases.add(word[:-3])  # "stopped"
    return any("vblex" in wordnet_parts(b) for b in bases if len(b) > 1)


def _verbish(w: Tagged) -> bool:
    """A word tagged as a verb, or one the tagger may have misread ("members function")."""
    if w.tag.startswith(_VERB_TAGS):
        return True
    word = w.surface.lower()
    return word.isalpha() and verb_form(word)


def _modifier(w: Tagged) -> bool:
    """A noun, or an adjective WordNet also lists as one that is no participle ("a long
    way"; "the police arrested" keeps its verb)."""
    if w.tag == "n":
        return True
    word = w.surface.lower()
    if w.tag != "adj" or word.endswith(("ed", "ing")):
        return False
    return "adj" in wordnet_parts(word)


def _subject_start(ws: Sequence[Tagged]) -> int | None:
    """Where the sentence's subject may begin: its first word, or after the comma that
    closes an opening phrase or clause; None when an opening phrase has no comma."""
    if ws[0].tag in ("pr", "adv", "cnjadv") or ws[0].surface.lower() in _OPENERS:
        comma = next((i for i, w in enumerate(ws) if w.surface == ","), None)
        return None if comma is None else comma + 1
    return 0


subject_start = _subject_start


def _object_end(ws: Sequence[Tagged], j: int) -> int | None:
    """The end of a noun phrase opening at ``j`` on an article, a possessive or a figure,
    or None."""
    if ws[j].surface.lower() not in _OBJECT_OPENERS and ws[j].tag != "num":
        return None
    k = j + 1
    while k < len(ws) and (
        ws[k].tag in _NOUN_TAGS
        or (ws[k].tag == "unk" and ws[k].surface.islower() and not _verbish(ws[k]))
    ):
        k += 1
    if k == j + 1 or ws[k - 1].tag not in ("n", "np", "unk"):
        return None
    return k


def subject_then_object(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A subject of common nouns (or nouns and names) straight before a second noun
    phrase that no verb follows: the span of the subject and the second phrase's first
    word, or None."""
    s = _subject_start(ws)
    if s is None or s >= len(ws):
        return None
    first = ws[s]
    article = (
        first.tag.startswith("det") and first.tag != "det.pos" and first.surface.lower() != "that"
    )
    h = j = s + article
    while j < len(ws) and ws[j].tag in ("adj", "n", "np") and " " not in ws[j].surface.strip():
        j += 1
    if j == h:
        return None
    head = ws[j - 1]
    named = head.tag == "np" and (article or any(ws[x].tag == "n" for x in range(h, j)))
    if head.tag != "n" and not named:
        return None
    if not article and j - h == 1 and head.tag == "n" and not head.surface.endswith("s"):
        return None  # a bare singular noun opens a fragment or an imperative ("Worth her…")
    if any(ws[x].surface.lower() in _TIME_WORDS for x in range(s, j)):
        return None
    # The verb may be the subject's last word ("Theologians list…"), an "-s" word inside
    # it ("Uneasy lies the head…"), or its first word (an imperative: "Wash your hands").
    if _verbish(head) or (h == s and j - 1 > h and _verbish(ws[h])):
        return None
    if any(ws[x].surface.endswith("s") and _verbish(ws[x]) for x in range(h + 1, j)):
        return None
    while j < len(ws) and ws[j].tag == "adv" and ws[j].surface.lower() in _SKIPPED:
        j += 1
    if j >= len(ws) or ws[j].surface[:1].isupper():
        return None
    end = _object_end(ws, j)
    if end is None or any(ws[x].surface.lower() in _TIME_WORDS for x in range(j, end)):
        return None
    if any(_verbish(ws[x]) and not _modifier(ws[x]) for x in range(j + 1, end)):
        return None
    if end < len(ws):
        after = ws[end]
        # A reduced relative ("the man the police arrested"), a possessive, a clause.
        if _verbish(after) or after.tag in ("gen", "rel", "prn.subj"):
            return None
    return first.start, ws[j].end


def infinitive_head(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A word that opens only an infinitive, "to", then a determiner, a name, a figure or
    a noun that is never a verb: the verb after "to" was cut."""
    for i in range(len(ws) - 2):
        if ws[i].surface.lower() not in INFINITIVE_HEADS or ws[i + 1].surface != "to":
            continue
        x = ws[i + 2]
        word = x.surface.lower()
        noun = x.tag == "n" and x.surface.islower() and not verb_form(word)
        if word in _OBJECT_OPENERS or x.tag in ("np", "num") or noun:
            return ws[i].start, x.end
    return None


def modal_demonstrative(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A modal straight before "this", "these" or "those" (or "not that") that no verb
    follows: the verb after the modal was cut ("Jesus will this hero")."""
    for i in range(1, len(ws) - 1):
        before = ws[i - 1].surface
        if ws[i].surface not in _MODALS or not before[:1].isalnum():
            continue
        if before.lower() in _NOT_BEFORE_MODAL:
            continue
        j = i + 1
        negated = ws[j].surface in ("not", "n't")
        j += negated
        if j >= len(ws):
            continue
        word = ws[j].surface
        if word in _DEMONSTRATIVES or (negated and word == "that"):
            if j + 1 < len(ws) and _verbish(ws[j + 1]) and ws[j + 1].tag != "n":
                continue  # "would this be", "will those who"
            return ws[i].start, ws[j].end
    return None


_CLAUSE_OPENERS = ("det", "num", "np", "prn.subj")


def subject_that(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A subject straight before "that" and a clause, with no verb between: a name ("Paris
    that French firms will…", "El Pais that 7,400 have…"; a relative on a name takes a
    comma) or any noun with an adverb before "that" ("Residents now that the…"; a noun's
    own "that" clause follows it straight: "Claims that the…"). The verb of saying or
    thinking was cut."""
    s = _subject_start(ws)
    if s is None or s >= len(ws):
        return None
    h = j = s + (ws[s].tag == "det.def")
    while j < len(ws) and ws[j].tag in ("np", "n", "adj"):
        j += 1
    if j == h:
        return None
    head, adverb = ws[j - 1], False
    while j < len(ws) and ws[j].tag == "adv" and ws[j].surface.lower() in _SKIPPED:
        j, adverb = j + 1, True
    if j + 1 >= len(ws) or ws[j].surface != "that" or not (head.tag == "np" or adverb):
        return None
    if any(_verbish(ws[x]) for x in range(h, j) if ws[x].tag != "np"):
        return None
    if h == 0 and verb_form(ws[0].surface.lower()):
        return None  # "Puzzled that she left…": a capitalised participle, not a name
    if not ws[j + 1].tag.startswith(_CLAUSE_OPENERS):
        return None
    return ws[s].start, ws[j].end


_OBJECT_PRONOUNS = frozenset("us them him me".split())


def noun_then_object_pronoun(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A noun that is never a verb straight before an object pronoun ("The rise of new
    technologies us to see…"): the verb between was cut. (The tagger calls verbs nouns:
    "It pains me", "refund me my money"; those have a verb reading and are left.)"""
    for i in range(1, len(ws)):
        noun, pronoun = ws[i - 1], ws[i]
        if pronoun.surface not in _OBJECT_PRONOUNS or noun.tag != "n":
            continue
        if not noun.surface.isalpha() or not noun.surface.islower():
            continue
        if pronoun.start - noun.end == 1 and not verb_form(noun.surface):
            return noun.start, pronoun.end
    return None


def spans(ws: Sequence[Tagged]) -> Iterator[tuple[int, int]]:
    """Each shape's span in one sentence's words (a question is never passed)."""
    if not ws:
        return
    for shape in (
        subject_then_object,
        infinitive_head,
        modal_demonstrative,
        subject_that,
        noun_then_object_pronoun,
    ):
        span = shape(ws)
        if span is not None:
            yield span
