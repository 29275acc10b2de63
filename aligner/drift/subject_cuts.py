"""A clause whose subject was cut, third round (docs/drift.md, "Session 22 (drift27d)").

DEMETR-style removals of a subject leave shapes English does not write:

* a statement opening on a modal straight before a verb ("Will remain open until…"; a
  question is left alone, and "May" before a figure is the month);
* a statement opening on "Who" and a verb with a second finite verb after it ("Who are
  leaving early should…"): the relative's head went;
* "where" or "because" straight before a verb's base form that is never a noun, then a
  preposition or a determiner ("where live in town"): the clause's subject went;
* a preposition (not "of"), "which" and a past in "-ed" before its object ("for which
  needed a permit");
* a sentence opening on a noun phrase, one comma, then an auxiliary, a modal, or a past
  before a determiner ("Former mayor of the town, was not present…"): the subject the
  phrase stood beside went (a participle's phrase, "A wire, brought down by…", has no
  determiner after its verb);
* a possessive (not "her", an object too: "made her happy."), adverbs and an adjective
  (never a noun nor a verb, or a form in "-ed") straight before a comma or the
  sentence's end ("Their well-trained, speed and…"): the noun went;
* a name's "'s" straight before "of" ("Acme's of cheaper phones"): the noun it owned went;
* a sentence opening on "Many", "Some"… and a participle before a preposition, then a
  finite verb in the same clause ("Many found in caves are…");
* a sentence's one "has" (or "is", "was"…) and, after ", and"/", but", the other
  number's form ("A lawyer has filed…, but have not heard…"): the second clause cannot
  share the first's subject;
* ", and"/", but", a preposition's phrase, "be" and an adjective (", and in the north
  are quite mild"): no subject, and "be" is not inverted before a noun phrase;
* after an opening phrase's comma, an adverb that opens statements and a verb form
  (", generally pay less than…");
* a subordinator, a past and an object pronoun ("if asked them to stay");
* an article, an adverb in "-ly" and a past before a preposition ("the rarely played
  behind closed doors");
* "The", a nationality's singular in "-an" and a plural verb ("The West African
  are…").

Apertium's English tags (:mod:`pos_fluency`) and WordNet; English targets only; run as
shapes of :mod:`subjectless`, which leaves questions alone. Each shape was measured on
faithful English before it was wired in (the docs' section).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from aligner.drift.lexical_diff import wordnet_parts
from aligner.drift.pos_fluency import Tagged
from aligner.drift.synonyms import inflection_bases, irregular_forms
from aligner.drift.verb_gaps import verb_form
from aligner.drift.verbless import could_be_finite

Span = tuple[int, int]

_VERB_TAGS = ("vblex", "vbser", "vbhaver", "vbmod", "vaux", "vbdo")
_MODALS = frozenset("can could will would should must might may shall".split())
_PAST_TOO = frozenset(("saw", "found", "set", "hit", "cut", "put", "read", "let"))
_FINITE = frozenset(
    "is are was were has have had will would can could should may might must".split()
)
_OPENING_TAGS = ("pr", "adv", "cnjadv", "cnjsub", "preadv", "rel")
_PHRASE_TAGS = ("det", "adj", "n", "np", "num", "cnjcoo")
# Adverbs that open a statement, never an instruction (as :mod:`subjectless` reads them).
_STATEMENT_ADVERBS = frozenset(
    """usually often generally typically probably normally commonly mostly apparently
    reportedly allegedly supposedly evidently traditionally historically""".split()
)
_OBJECTS = frozenset("them him her us me".split())
_PLACE_PREPOSITIONS = frozenset("behind in on at with without from into under over".split())
_QUANTIFIERS = frozenset("many some most several few".split())
_OTHER_NUMBER = {
    "is": "are",
    "are": "is",
    "was": "were",
    "were": "was",
    "has": "have",
    "have": "has",
}
_CLAUSE_WORDS = frozenset("who which that when if because while although where whose whom".split())
_NOUN_PHRASE_TAGS = ("det.def", "det.ind", "det.pos", "adj", "n", "np", "num")
_SUBORDINATORS = frozenset(
    "when if because while although though since once unless whereas as".split()
)


def _lower(w: Tagged) -> bool:
    return w.surface[:1].isalpha() and w.surface.islower()


def _parts(word: str) -> frozenset[str]:
    """The parts of speech WordNet knows the word, or a base it inflects, as."""
    bases = inflection_bases(word, irregular_forms())
    return frozenset(p for b in bases for p in wordnet_parts(b))


def verb_base(word: str) -> bool:
    from aligner.drift.lexical_diff import wordnet_parts

    return "vblex" in wordnet_parts(word.lower())


def opening_modal(ws: Sequence[Tagged]) -> Span | None:
    """A sentence opening on a modal straight before a verb ("Will remain open…")."""
    if len(ws) < 3:
        return None
    modal, verb = ws[0], ws[1]
    if modal.surface.lower() not in _MODALS or not modal.surface[:1].isupper():
        return None
    if modal.surface == "May" and (verb.surface in _PAST_TOO or not verb_base(verb.surface)):
        return None  # the month: "May was the warmest", "May saw record sales" (drift42c)
    if (
        _lower(verb)
        and verb.surface != "not"
        and (verb.tag.startswith(_VERB_TAGS) or verb_form(verb.surface))
    ):
        return modal.start, verb.end
    return None


def opening_who(ws: Sequence[Tagged]) -> Span | None:
    """A statement opening on "Who" and a verb, with a second finite verb after ("Who
    are leaving early should…")."""
    if len(ws) < 4 or ws[0].surface != "Who":
        return None
    if not (ws[1].tag.startswith(_VERB_TAGS) and _lower(ws[1])):
        return None
    later = any(
        ws[k].tag.startswith(("vaux", "vbmod")) or ws[k].surface in _FINITE
        for k in range(3, len(ws))
    )
    return (ws[0].start, ws[1].end) if later else None


def where_base(ws: Sequence[Tagged]) -> Span | None:
    """ "where" or "because" before a verb's base form that is never a noun, then a
    preposition or a determiner ("where live in town")."""
    for i in range(len(ws) - 2):
        if ws[i].surface.lower() not in ("where", "because"):
            continue
        verb, after = ws[i + 1], ws[i + 2]
        word = verb.surface
        if not _lower(verb) or word.endswith(("s", "ed", "ing", "en")) or not verb_form(word):
            continue
        if "n" in _parts(word):
            continue
        if after.tag == "pr" or after.tag.startswith("det"):
            return ws[i].start, verb.end
    return None


def preposition_which_past(ws: Sequence[Tagged]) -> Span | None:
    """A preposition (not "of"), "which" and a past in "-ed" before a determiner or a
    pronoun ("for which needed a permit")."""
    for i in range(len(ws) - 3):
        if ws[i].tag != "pr" or ws[i].surface.lower() == "of" or ws[i + 1].surface != "which":
            continue
        verb, after = ws[i + 2], ws[i + 3]
        word = verb.surface
        if not (_lower(verb) and word.endswith("ed") and verb_form(word)):
            continue
        if after.tag.startswith(("det", "prn")):
            return ws[i].start, verb.end
    return None


def phrase_comma_verb(ws: Sequence[Tagged]) -> Span | None:
    """A sentence opening on a noun phrase, one comma, then a finite auxiliary or modal,
    or a past before a determiner ("Former mayor of the town, was not present…")."""
    if len(ws) < 5 or not ws[0].surface[:1].isupper():
        return None
    if ws[0].tag in _OPENING_TAGS or ws[0].surface.lower() in _SUBORDINATORS:
        return None
    k = 0
    while k < len(ws) and (ws[k].tag.startswith(_PHRASE_TAGS) or ws[k].surface == "of"):
        k += 1
    if k < 2 or k + 2 >= len(ws) or ws[k].tag != "cm" or ws[k + 1].start != ws[k].end + 1:
        return None
    verb, after = ws[k + 1], ws[k + 2]
    past = verb.tag in ("vblex.past", "vblex.ed", "vblex.pp") and after.tag.startswith("det")
    if (verb.surface in _FINITE or past) and _lower(verb) and _lower(after):
        return ws[0].start, verb.end
    return None


def possessive_adjective_end(ws: Sequence[Tagged]) -> Span | None:
    """A possessive, adverbs and an adjective (never a noun nor a verb, or a form in
    "-ed") straight before a comma or the sentence's end ("Their well-trained, …")."""
    for i in range(len(ws) - 2):
        if ws[i].tag != "det.pos" or ws[i].surface.lower() == "her":
            continue  # "her" is an object too: "made her happy."
        j = i + 1
        while j < len(ws) and ws[j].tag in ("adv", "guio", "preadv"):
            j += 1
        if j + 1 >= len(ws):
            continue
        adjective = ws[j]
        word = adjective.surface.lower()
        parts = _parts(word)
        only_adjective = bool(parts) and parts <= {"adj", "adv"}
        ends = ws[j + 1].tag in ("cm", "sent")
        compound = word.endswith("ed") and ws[j - 1].tag == "guio"  # "well-trained"
        adjective_ = adjective.tag == "adj" and (word.endswith("ed") or only_adjective)
        if (adjective_ or compound) and ends:
            return ws[i].start, adjective.end
    return None


def name_possessive_of(ws: Sequence[Tagged]) -> Span | None:
    """A name's "'s" straight before "of" ("Acme's of cheaper phones")."""
    for i in range(len(ws) - 2):
        name = ws[i]
        named = name.tag == "np" or (name.tag == "n" and name.surface[:1].isupper())
        if not named or len(name.surface) < 2:
            continue
        if ws[i + 1].surface in ("'s", "’s") and ws[i + 2].surface == "of":
            return name.start, ws[i + 2].end
    return None


def quantifier_participle(ws: Sequence[Tagged]) -> Span | None:
    """A sentence opening on "Many", "Some"… straight before a participle in "-ed" and
    a preposition, then a finite verb in the same clause ("Many found in caves are…"):
    the noun the participle qualified went."""
    if len(ws) < 5 or ws[0].surface.lower() not in _QUANTIFIERS or not ws[0].surface[:1].isupper():
        return None
    participle = ws[1]
    if not (_lower(participle) and participle.surface.endswith("ed") and ws[2].tag == "pr"):
        return None
    for k in range(3, len(ws)):
        w = ws[k]
        if w.tag in ("cm", "sent") or w.surface in (";", ":"):
            return None
        if w.tag.startswith(("rel", "cnj")) and w.surface not in ("and", "or"):
            return None
        if w.tag.startswith(_VERB_TAGS) and could_be_finite(ws, k) and not w.surface.endswith("ed"):
            return ws[0].start, participle.end
    return None


def disagreeing_coordination(ws: Sequence[Tagged]) -> Span | None:
    """A sentence's one finite "is"/"was"/"has" (or "are"/"were"/"have"), then ", and" or
    ", but" and adverbs straight before the other number's form ("A lawyer has filed…,
    but have not heard…"): the second clause cannot share the first's subject; its own
    went. Not after a relative or a subordinator (whose verb may be the first)."""
    finite = [k for k, w in enumerate(ws) if w.surface in _OTHER_NUMBER]
    for k in range(1, len(ws)):
        if ws[k].surface not in ("and", "but") or ws[k - 1].tag != "cm":
            continue
        before = [a for a in finite if a < k]
        if len(before) != 1 or any(w.surface.lower() in _CLAUSE_WORDS for w in ws[:k]):
            continue
        j = k + 1
        while j < len(ws) and ws[j].tag == "adv" and _lower(ws[j]):
            j += 1
        if j < len(ws) and ws[j].surface == _OTHER_NUMBER[ws[before[0]].surface]:
            return ws[k].start, ws[j].end
    return None


def coordinated_preposition_be(ws: Sequence[Tagged]) -> Span | None:
    """ ", and" or ", but", a preposition's phrase, a form of "be", adverbs and an
    adjective not before a noun (", and in the north are quite mild"): the clause's
    subject went (an inverted "be" has a noun phrase after it: ", and in the box was a
    key")."""
    for k in range(1, len(ws) - 4):
        if ws[k].surface not in ("and", "but") or ws[k - 1].tag != "cm" or ws[k + 1].tag != "pr":
            continue
        j = k + 2
        while j < len(ws) and ws[j].tag in _NOUN_PHRASE_TAGS:
            j += 1
        if j + 1 >= len(ws) or ws[j].surface not in ("is", "are", "was", "were"):
            continue
        x = j + 1
        while x < len(ws) and ws[x].tag in ("adv", "preadv") and _lower(ws[x]):
            x += 1
        if x >= len(ws) or not _lower(ws[x]) or (x + 1 < len(ws) and ws[x + 1].tag == "n"):
            continue
        w = ws[x]
        if w.tag == "adj" or (w.tag == "unk" and "adj" in _parts(w.surface.lower())):
            return ws[k].start, ws[j].end
    return None


def comma_adverb_verb(ws: Sequence[Tagged]) -> Span | None:
    """After the comma that closes an opening phrase, an adverb that opens statements
    ("generally", "usually"…; never an instruction) straight before a verb form that is
    not in "-ed" or "-ing" (the tagger may call it a noun: "pay"), then no verb
    (", generally pay less than…"): the clause's subject went."""
    if not ws or not (ws[0].tag in _OPENING_TAGS or ws[0].surface.lower() in _SUBORDINATORS):
        return None
    comma = next((i for i, w in enumerate(ws) if w.surface in (",", ";", ":")), None)
    if comma is None or ws[comma].surface != "," or comma + 3 >= len(ws):
        return None
    adverb, verb, after = ws[comma + 1], ws[comma + 2], ws[comma + 3]
    if adverb.surface not in _STATEMENT_ADVERBS or verb.tag not in ("vblex", "n"):
        return None
    word = verb.surface
    if not _lower(verb) or word.endswith(("ed", "ing")) or not verb_form(word):
        return None
    return None if after.tag.startswith("vb") else (ws[comma].start, verb.end)


def subordinate_past_pronoun(ws: Sequence[Tagged]) -> Span | None:
    """A subordinator, a past and an object pronoun ("if asked them to stay"): a past
    with an object is finite and needs a subject (a participle after "if" is passive and
    takes none)."""
    for i in range(len(ws) - 2):
        conj, verb, pronoun = ws[i : i + 3]
        if conj.surface.lower() not in _SUBORDINATORS or pronoun.surface not in _OBJECTS:
            continue
        if verb.tag in ("vblex.ed", "vblex.past") and _lower(verb) and pronoun.tag == "prn.obj":
            return conj.start, verb.end
    return None


def article_adverb_past_place(ws: Sequence[Tagged]) -> Span | None:
    """An article, an adverb in "-ly" (only an adverb) and a past before a preposition of
    place or manner ("the rarely played behind closed doors"): the noun the participle
    qualified went ("the rarely played match")."""
    for i in range(len(ws) - 3):
        if ws[i].surface.lower() not in ("the", "a", "an"):
            continue
        adverb, verb, after = ws[i + 1], ws[i + 2], ws[i + 3]
        if not (_lower(adverb) and adverb.surface.endswith("ly")):
            continue
        if _parts(adverb.surface) != {"adv"} or after.surface not in _PLACE_PREPOSITIONS:
            continue
        if verb.tag in ("vblex.past", "vblex.ed") and _lower(verb):
            return ws[i].start, verb.end
    return None


def demonym_plural_verb(ws: Sequence[Tagged]) -> Span | None:
    """ "The", capitalised words ending on a nationality's singular in "-an" (an
    adjective and a noun in WordNet: "African"), then "are", "were" or "have" ("The
    West African are…"): the plural noun the adjective went with went."""
    for i in range(len(ws) - 2):
        if ws[i].surface.lower() != "the":
            continue
        j = i + 1
        while j < len(ws) and ws[j].tag in ("np", "adj") and ws[j].surface[:1].isupper():
            j += 1
        if j == i + 1 or j >= len(ws) or ws[j].surface not in ("are", "were", "have"):
            continue
        last = ws[j - 1].surface.lower()
        if last.endswith("an") and set(wordnet_parts(last)) == {"n", "adj"}:
            return ws[i].start, ws[j].end
    return None


def spans(ws: Sequence[Tagged]) -> Iterator[Span]:
    """Each shape's span in one sentence's words (a question is never passed)."""
    if not ws:
        return
    for shape in (
        opening_modal,
        opening_who,
        where_base,
        preposition_which_past,
        phrase_comma_verb,
        possessive_adjective_end,
        name_possessive_of,
        quantifier_participle,
        disagreeing_coordination,
        coordinated_preposition_be,
        comma_adverb_verb,
        subordinate_past_pronoun,
        article_adverb_past_place,
        demonym_plural_verb,
    ):
        span = shape(ws)
        if span is not None:
            yield span
