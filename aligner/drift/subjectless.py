"""A clause left without its subject or its verb, read from the translation's tags.

DEMETR-style removals take the subject or the verb out of a good translation and leave
English a reader sees is broken, but whose neighbouring tags are common enough for the
bigram check (:mod:`aligner.drift.pos_fluency`) to pass: "In particular, is claimed
that…", "Often disappear without…", "On your hands will react…", "whose have been
stripped", "It may contradictory", "Bush his plan to…". Each shape below is a rule of
English grammar, measured on every faithful English sentence on this machine that is
not held out (DEMETR's six languages, ContraTICO, corpora/, WordNet's example
sentences): none of them has one (docs/drift.md, "Session 18 (drift23c)"). English
targets only, on Apertium's tags (:func:`aligner.drift.pos_fluency.tag_texts`);
questions are left alone.

A subject is missing:

* after a sentence-opening adverb of frequency or likelihood, before a verb ("Often
  disappear", "Usually take", "Probably think"; imperatives do not open on these), or
  after "Also" before a past that is not a fronted participle ("Also attacked anything";
  "Also included were…" inverts);
* after the comma that closes an opening phrase or clause, before an auxiliary, a modal
  or an irregular past ("In particular, is claimed", "Although there was no risk, began
  to panic"), or a regular past before a determiner, a pronoun or a quotation ("On
  Tuesday, conducted "operations""); or, after that comma, a preposition's phrase read
  as in the next rule ("In many cases, in a course abroad can…"); "there", "here", "now"
  are not skipped, and a quotation's reporting verb after `,"` is not read;
* after a sentence-opening preposition's phrase, before "have" or a modal ("Of
  encephalitis vaccine have also been…", "On your hands will react"), before a form of
  "be" and an adjective or participle ("In some areas is sufficient"; "In the box was a
  key" inverts), or before an irregular past (or a participle that is one: "lost") and
  an adverb, preposition or pronoun ("In the Midlands only saw this", "On the Sydney
  Stock Exchange lost more than…"; "In the corner stood a lamp" inverts);
* between an article and an adverb in "-ly" and a past ("The finally managed to");
* after "whose", before a verb ("whose have been", "whose denied"); between "the only"
  and a relative word ("the only that are");
* at the start of a sentence on an irregular participle that is no verb's base form
  before a preposition, a determiner or an adverb, with no comma ("Got to know him";
  "Put on your coat" is an imperative).

A verb is missing:

* between a subject made of names (after the sentence's start or an opening phrase's
  comma) and its object ("Bush his plan", "California Governor Arnold Schwarzenegger a
  law", "The Falklands their official currency"; not after a time word: "Monday the…");
* between a modal and an adjective that is never a verb ("may contradictory"), or a
  preposition that never follows one ("may into contact").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache

from aligner.drift import (
    adjective_subjects,
    frame_gaps,
    lost_subjects,
    lost_verbs,
    noun_gaps,
    subject_cuts,
    verb_cuts,
    verb_gaps,
)
from aligner.drift.lexical_diff import wordnet_parts
from aligner.drift.pos_fluency import Tagged
from aligner.drift.signals import Finding, Side, removed_word
from aligner.drift.synonyms import inflection_bases, irregular_forms
from aligner.textutil import quote

_MODALS = frozenset("can could will would should must might may shall cannot".split())
_AUXILIARIES = frozenset(
    "is are was were has have had will would can could should may might must shall does "
    "did cannot".split()
)
_HAVE_OR_MODAL = frozenset("has have had will would can could should may might must shall".split())
_BE = frozenset("is are was were".split())
_VERB_TAGS = ("vblex", "vbser", "vbhaver", "vbmod", "vaux", "vbdo")
# Adverbs that open a statement, never an instruction ("Frequently wash your hands",
# "Always carry…" are imperatives: not listed).
_OPENING_ADVERBS = frozenset(
    """usually often generally typically probably normally commonly mostly apparently
    reportedly allegedly supposedly evidently traditionally historically originally
    initially eventually recently previously subsequently later""".split()
)
_SUBORDINATORS = frozenset(
    "although though when while if because as since after before once unless whereas until".split()
)
# Words tagged as prepositions that open a subject ("More than 9 million people have…",
# "About a dozen animals were…") or a clause ("Before an organization can…").
_NOT_OPENING_PREPOSITIONS = frozenset(
    """before after since until as like than more less about around nearly almost over
    under up""".split()
)
_PRONOUNS = frozenset("i he she we they you it".split())
_AFTER_ADVERB_PAST = frozenset("to the a an his her its their our".split())
_POSSESSIVES = frozenset("his its their our".split())
_TIME_WORDS = frozenset(
    """year week month day time morning evening night today yesterday weekend season decade
    century monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december""".split()
)
_SKIPPED_ADVERBS = frozenset(
    "already now still also just only never always often even then".split()
)
# Words after which a modal is a noun or inverted ("the will", "nor can", "than would").
_NOT_BEFORE_MODAL = frozenset(
    """nor so how why what where when than as only that which who in on at of for to with
    by from the a an his her its their our your my""".split()
)
_SUBJECT_PRONOUNS = frozenset("i you we they he she".split())
_PLACE_ADVERBS = frozenset("anywhere everywhere somewhere nowhere".split())
_NEVER_AFTER_MODAL = frozenset("into onto towards toward upon among amid".split())
_NOT_VERBAL_ADJECTIVES = frozenset("neither either both well better best ill".split())


def _lower(w: Tagged) -> bool:
    return w.surface.islower()


def _sentences(words: Sequence[Tagged]) -> Iterator[tuple[int, list[Tagged]]]:
    """Each sentence's words (its end mark included) and its first word's index;
    questions left out."""
    start = 0
    for k, w in enumerate(words):
        if _clock(words, k):  # "in 2:03:59, Gebrselassie…": no sentence ends there
            continue
        if w.tag == "sent" or k == len(words) - 1:
            sentence = list(words[start : k + 1])
            if sentence and sentence[-1].surface != "?":
                yield start, sentence
            start = k + 1


def sentences(words: Sequence[Tagged]) -> Iterator[tuple[int, list[Tagged]]]:
    """Each sentence's words and first index, questions left out (for other modules)."""
    return _sentences(words)


def _clock(words: Sequence[Tagged], k: int) -> bool:
    """Whether word ``k`` is a colon between two figures (a time, a score)."""
    if words[k].surface != ":" or k == 0 or k + 1 >= len(words):
        return False
    return words[k - 1].surface[-1:].isdigit() and words[k + 1].surface[:1].isdigit()


@cache
def _parts(word: str) -> frozenset[str]:
    """The parts of speech WordNet knows the word, or a base it inflects, as."""
    bases = inflection_bases(word, irregular_forms())
    return frozenset(p for b in bases for p in wordnet_parts(b))


def _opening_adverb(ws: list[Tagged]) -> tuple[int, int] | None:
    if len(ws) < 3 or not ws[0].surface[:1].isupper() or not _lower(ws[1]):
        return None
    adverb, verb, after = ws[0].surface.lower(), ws[1], ws[2].surface.lower()
    if adverb in _OPENING_ADVERBS and (
        verb.tag in ("vblex", "vblex.past") or verb.surface in _AUXILIARIES
    ):
        return ws[0].start, verb.end
    fronted = after in _BE or after in ("by", ",")  # "Also included were…"
    if adverb == "also" and verb.tag in ("vblex.past", "vblex.ed") and not fronted:
        return ws[0].start, verb.end
    return None


def _opens_phrase(w: Tagged) -> bool:
    return w.tag in ("pr", "adv", "cnjadv", "preadv") or w.surface.lower() in _SUBORDINATORS


def _after_opening_comma(ws: list[Tagged]) -> tuple[int, int] | None:
    if not _opens_phrase(ws[0]):
        return None
    comma = next((i for i, w in enumerate(ws) if w.surface in (",", ";", ":")), None)
    if comma is None or ws[comma].surface != "," or comma + 2 >= len(ws):
        return None
    if ws[comma + 1].start != ws[comma].end + 1:  # `," said Grindel`: a quotation's end
        return None
    j = comma + 1
    while j < len(ws) and ws[j].tag == "adv" and _lower(ws[j]) and ws[j].surface.endswith("ly"):
        j += 1
    if j + 1 >= len(ws):
        return None
    verb, after = ws[j], ws[j + 1]
    if not _lower(verb):
        return None
    finite = verb.surface in _AUXILIARIES or verb.tag == "vblex.past"
    quoted = after.start > verb.end + 1  # an opening quote the tagger dropped
    past = verb.tag == "vblex.ed" and (after.tag.startswith(("det", "prn")) or quoted)
    if finite or past:
        return ws[comma].start, verb.end
    if verb.tag == "pr":  # "In many cases, in a course abroad can increase…"
        return _after_opening_preposition(ws[comma + 1 :], opening=False)
    return None


def _after_opening_preposition(ws: list[Tagged], opening: bool = True) -> tuple[int, int] | None:
    """The verb after a preposition's phrase that opens the sentence (or, ``opening``
    False, the clause after an opening phrase's comma), with no subject between."""
    first = ws[0]
    if first.tag != "pr" or (opening and not first.surface[:1].isupper()):
        return None
    if first.surface.lower().split()[0] in _NOT_OPENING_PREPOSITIONS:
        return None
    if len(ws) > 1 and ws[1].tag == "guio" and ws[1].start == first.end:
        return None  # "In-person classes will…": a compound adjective (drift39c)
    for i in range(1, len(ws) - 1):
        w, after = ws[i], ws[i + 1]
        if w.surface in (",", ";", ":", '"', "“") or w.tag.startswith(("rel", "cnj", "prn")):
            return None
        if w.surface.lower() in _PRONOUNS or w.surface.lower() == "there":
            return None  # "In two years there will be…": existential "there" is the subject
        if w.tag == "np" and not ws[i - 1].tag.startswith(("det", "pr", "np", "adj")):
            return None  # a name that may be the subject ("In 1956 Słania went…")
        word = w.surface
        if _lower(w) and word in _HAVE_OR_MODAL:
            return first.start, w.end
        if _lower(w) and word in _BE:
            described = after.tag in ("adj", "vblex.ed", "vblex.pp")
            return (first.start, w.end) if described else None
        if _lower(w) and (w.tag == "vblex.past" or _irregular_participle(w)):
            inverted = not (
                after.tag in ("adv", "preadv", "pr", "num") or after.tag.startswith("prn")
            )
            return None if inverted else (first.start, w.end)
        if w.tag.startswith(_VERB_TAGS):
            return None
    return None


def _irregular_participle(w: Tagged) -> bool:
    """A participle that is also a past and no verb's base form ("lost", "got"; not
    "taken", "put")."""
    word = w.surface.lower()
    if w.tag != "vblex.pp" or word.endswith(("en", "ed")):
        return False
    return "vblex" not in wordnet_parts(word)


def _opening_participle(ws: list[Tagged]) -> tuple[int, int] | None:
    w = ws[0]
    if len(ws) < 3 or not _irregular_participle(w) or not w.surface[:1].isupper():
        return None
    after = ws[1]
    if not (after.tag in ("pr", "adv") or after.tag.startswith("det")):
        return None
    return None if any(x.surface == "," for x in ws) else (w.start, w.end)


def _names_then_object(ws: list[Tagged], words: Sequence[Tagged], first: int):
    """A subject of names straight before a determiner or a possessive."""
    if first >= 2 and len(words[first - 2].surface) == 1:
        return None  # the sentence "began" after an initial ("J. C. Ibarra the hero")
    if ws[0].tag in ("pr", "adv", "cnjadv") or ws[0].surface.lower() in _SUBORDINATORS:
        comma = next((i for i, w in enumerate(ws) if w.surface == ","), None)
        if comma is None:
            return None
        start = comma + 1
    else:
        start = 0
    j = start
    article = j < len(ws) and ws[j].tag == "det.def"
    j += article
    names = j
    while j < len(ws) and ws[j].tag == "np":
        j += 1
    if j - names < (1 if article or start else 2):
        return None
    if any(ws[x].surface.lower() in _TIME_WORDS for x in range(start, j)):
        return None
    if j < len(ws) and ws[j].tag == "adv" and ws[j].surface.lower() in _SKIPPED_ADVERBS:
        j += 1
    if j + 1 >= len(ws) or not (_lower(ws[j]) and _lower(ws[j + 1])):
        return None
    obj = ws[j]
    if obj.tag in ("det.def", "det.ind") or obj.surface in _POSSESSIVES:
        return ws[start].start, obj.end
    return None


def _nouns_then_possessive(ws: list[Tagged]) -> tuple[int, int] | None:
    """After an opening phrase's comma, a subject of common nouns straight before a
    possessive ("On some routes, big companies their own planes")."""
    if not (ws[0].tag in ("pr", "adv", "cnjadv") or ws[0].surface.lower() in _SUBORDINATORS):
        return None
    comma = next((i for i, w in enumerate(ws) if w.surface == ","), None)
    if comma is None:
        return None
    j = comma + 1
    if j < len(ws) and ws[j].tag.startswith("det") and ws[j].tag != "det.pos":
        j += 1
    while j < len(ws) and ws[j].tag == "adj":
        j += 1
    nouns = j
    while j < len(ws) and ws[j].tag == "n":
        j += 1
    if j == nouns or j + 1 >= len(ws) or ws[j].surface not in _POSSESSIVES:
        return None
    if not _lower(ws[j + 1]) or any(
        ws[x].surface.lower() in _TIME_WORDS for x in range(comma + 1, j)
    ):
        return None
    return ws[comma + 1].start, ws[j].end


def _as_subject_object(ws: list[Tagged]) -> tuple[int, int] | None:
    """ "As" opening a clause, a subject pronoun and straight a determiner ("As I the
    eclipse from…"; "as much as I the year before" is an ellipsis mid-clause)."""
    for i in range(len(ws) - 2):
        if ws[i].surface.lower() != "as" or (i and ws[i - 1].surface != ","):
            continue
        subject, obj = ws[i + 1], ws[i + 2]
        pronoun = subject.surface.lower() in _SUBJECT_PRONOUNS
        if pronoun and obj.tag.startswith("det") and _lower(obj):
            return ws[i].start, obj.end
    return None


def _pairs(words: Sequence[Tagged]) -> Iterator[tuple[int, int]]:
    """The shapes read from two or three neighbouring words, anywhere."""
    for i in range(len(words) - 1):
        w, nxt = words[i], words[i + 1]
        word = w.surface.lower()
        if word in ("the", "a", "an") and i + 3 < len(words) and _lower(nxt):
            verb, after = words[i + 2], words[i + 3]
            if (
                nxt.surface.endswith("ly")
                and _parts(nxt.surface) == {"adv"}
                and _lower(verb)
                and verb.tag in ("vblex.past", "vblex.ed")
                and after.surface.lower() in _AFTER_ADVERB_PAST
            ):
                yield w.start, verb.end
        verb_after = nxt.surface in _AUXILIARIES or nxt.tag in ("vblex.past", "vblex.ed")
        if word == "whose" and _lower(nxt) and verb_after:
            yield w.start, nxt.end
        relative = i + 2 < len(words) and words[i + 2].surface in ("that", "which", "who")
        if word == "the" and nxt.surface == "only" and relative:  # "the only that are"
            yield w.start, words[i + 2].end
        of_course = i + 2 < len(words) and words[i + 2].surface.lower() == "course"
        if word == "this" and nxt.surface == "of" and not of_course:  # "all this of course"
            yield w.start, nxt.end
        if w.surface in _MODALS and i and words[i - 1].surface.lower() in _SUBJECT_PRONOUNS:
            it = nxt.surface in ("it", "this")  # "you can it all you want"
            if it and not (i + 2 < len(words) and words[i + 2].tag.startswith(_VERB_TAGS)):
                yield words[i - 1].start, nxt.end
        if w.surface in _MODALS and i and words[i - 1].surface.lower() not in _NOT_BEFORE_MODAL:
            noun = _modal_adverbs_noun(words, i)
            if noun is not None:
                yield w.start, noun.end
            if not words[i - 1].surface[:1].isalnum() or not _lower(nxt):
                continue
            adjective = (
                nxt.tag == "adj"
                and "vblex" not in _parts(nxt.surface)
                and nxt.surface not in _NOT_VERBAL_ADJECTIVES
            )
            if adjective or nxt.surface in _NEVER_AFTER_MODAL:
                yield w.start, nxt.end


def _modal_adverbs_noun(words: Sequence[Tagged], i: int) -> Tagged | None:
    """The noun (never a verb) or the preposition after a modal and one adverb or more
    ("can also advice from", "would already greatly education", "can anywhere in")."""
    if not words[i - 1].surface[:1].isalnum():
        return None
    j = i + 1
    while (
        j < len(words)
        and _lower(words[j])
        and (
            words[j].tag == "adv" or words[j].surface in _PLACE_ADVERBS  # tagged "unk" at times
        )
    ):
        if words[j].surface in ("not", "n't"):
            return None
        j += 1
    if j == i + 1 or j >= len(words) or not _lower(words[j]):
        return None
    t, word = words[j], words[j].surface
    if t.tag == "n" and "vblex" not in _parts(word) and word not in _TIME_WORDS:
        return t
    if t.tag == "pr" and words[j - 1].surface in _PLACE_ADVERBS:
        return t
    return None


def gaps(words: Sequence[Tagged] | None) -> list[tuple[int, int]]:
    """Character spans of each place where a clause lost its subject or its verb."""
    out: list[tuple[int, int]] = []
    for first, ws in _sentences(words or ()):
        for shape in (
            _opening_adverb,
            _after_opening_comma,
            _after_opening_preposition,
            _opening_participle,
            adjective_subjects.adjective_subject,
        ):
            span = shape(ws)
            if span is not None:
                out.append(span)
        for span in (
            _names_then_object(ws, words or (), first),
            _nouns_then_possessive(ws),
            _as_subject_object(ws),
        ):
            if span is not None:
                out.append(span)
        out += lost_subjects.spans(ws)  # a determiner's noun, a speaker, a pronoun gone
        out += verb_gaps.spans(ws)  # a subject before its object, "to" or a modal alone
        out += noun_gaps.spans(ws)  # a preposition before "and"/"or": its object gone
        out += lost_verbs.spans(ws)  # a quotation no one says, a relative before its object
        out += verb_cuts.spans(ws, words or (), first)  # "have to" alone, a main clause's verb
        out += subject_cuts.spans(ws)  # an opening modal, "Who" with no head, "where live"
        out += frame_gaps.spans(ws, words or (), first)  # "They usually food", "the of"
    out += list(_pairs(words or ()))
    return sorted(s for s in out if s[0] >= 0 and s[1] > s[0] and not _asks(s, words or ()))


def _asks(span: tuple[int, int], words: Sequence[Tagged]) -> bool:
    """Whether the span lies in a sentence that ends with a question mark."""
    end = next((w for w in words if w.start >= span[1] and w.tag == "sent"), None)
    return end is not None and end.surface == "?"


def check(tgt: Side, words: Sequence[Tagged] | None) -> list[Finding]:
    """An omission where the translation's clause lost its subject, its verb or a noun."""
    if tgt.lang[:2] != "en":
        return []
    for start, end in gaps(words)[:1]:
        return [
            removed_word(
                None,
                (start, end),
                f"The translation reads as missing a word (a subject, a verb or a noun) at "
                f"{quote(tgt.text[start:end])}: a word of the source seems to be missing there",
            )
        ]
    return []
