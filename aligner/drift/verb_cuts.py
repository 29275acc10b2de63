"""A verb cut where the words left still stand side by side, third round (docs/drift.md,
"Session 22 (drift27d)").

DEMETR-style removals of a verb leave shapes English does not write:

* a subject that is one name, an adverb that stands before a verb ("already", "often"…)
  and a second noun phrase that no verb follows ("Mara already the answer from…"): the
  verb between went (two names, "Bush his plan", are :mod:`subjectless`' reading);
* a subject of common nouns, such an adverb and a noun that is never a verb ("Bakers
  usually hours to…");
* "have to" straight before a noun phrase ("may have to voters who…", "has to major
  gains"): "have" is an auxiliary whose participle went, or "have to" an infinitive's
  whose verb went;
* "have" (a finite form) and adverbs straight before an adjective that is only an
  adjective, then a preposition or the clause's end ("have also much more costly in"):
  the "been" or "become" between went;
* a subordinator and a subject pronoun with no verb to the next comma or the
  sentence's end ("when we abroad, …");
* a sentence opening on "To" and a source of information before a comma ("To the
  latest figures, …"): "According" went (a lexicon of such heads);
* a sentence opening on an article's noun phrase, a comma and a clause's subject and
  auxiliary ("The bank's offer, Acme will…"): the preposition or participle that opened
  the phrase went;
* a sentence opening on a list of noun phrases whose last one stands straight before an
  article's phrase, with no finite verb ("Ana Ruiz, farmers and the council the new
  road.");
* a sentence opening on a name straight before "to" and an article or a name, with no
  finite verb ("Lena to the city last week after…");
* one person's name, prepositions' phrases and a verb's base form before "that" ("Lena
  in an interview hope that…": a third person's verb would end in "-s");
* a sentence whose every verb group (an auxiliary and the verbs after it: "has been
  used") belongs to a clause a relative or a subordinator opens ("A new
  survey that 70% of nurses use the app."): the main clause's verb went. Each opener
  takes the first group after it before the next comma (a participle after "having" or
  "being" is no group of its own); a subordinator straight before
  a verb form opens a clause with no finite verb ("while walking"); a sentence must be
  one of the text's (:func:`verbless.split_well`); or whose first clause before ",
  but" is so ("The experts that it is a fake, but the owner…");
* a word that opens only an infinitive, "to", "that" and a subject ("vain to that the
  rules…").

Apertium's English tags (:mod:`pos_fluency`) and WordNet's verbs; English targets only;
run as shapes of :mod:`subjectless`, which leaves questions alone. Each shape was
measured on faithful English before it was wired in (the docs' section).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise

from aligner.drift.lexical_diff import wordnet_parts
from aligner.drift.pos_fluency import Tagged
from aligner.drift.synonyms import inflection_bases, irregular_forms
from aligner.drift.verb_gaps import INFINITIVE_HEADS, OBJECT_OPENERS, subject_start, verb_form
from aligner.drift.verbless import MIN_WORDS, could_be_finite, split_well

Span = tuple[int, int]

_VERB_TAGS = ("vblex", "vbser", "vbhaver", "vbmod", "vaux", "vbdo")
_AUXILIARY_TAGS = ("vbser", "vbhaver", "vbmod", "vaux", "vbdo")
_MODALS = frozenset("can could will would should must might may shall cannot".split())
# Adverbs that stand between a subject and its verb, never between a verb and its object.
_PREVERBAL = frozenset(
    """already also still never always often usually generally sometimes rarely seldom
    frequently typically normally""".split()
)
_SUBORDINATORS = frozenset(
    "when if because while although though since once unless whereas".split()
)
_SUBJECT_PRONOUNS = frozenset("i we they he she you".split())
# Words that open a clause of their own, whose finite verb is not the sentence's.
_CLAUSE_OPENERS = frozenset(
    """who which whom whose that when if because although though while whereas unless once
    where""".split()
)
_CLAUSE_ENDS = frozenset(",;:")
_NOUN_PHRASE_TAGS = ("det.def", "det.ind", "adj", "n", "np", "num")
_RELATIVES = frozenset("who which whom whose that".split())
_FINITE = frozenset(
    "is are was were has have had will would can could should may might must".split()
)
# Heads of a source of information after "according to" (a lexicon: "To the figures,").
_INFORMATION_SOURCES = frozenset(
    """list lists report reports study studies survey surveys data figures statistics
    estimates sources records documents poll polls census research analysis forecast
    forecasts police officials experts witnesses""".split()
)
_TIME_WORDS = frozenset(
    """year years week weeks month months day days time morning evening night today
    weekend season decade century moment hour minute""".split()
)


def _lower(w: Tagged) -> bool:
    return w.surface[:1].isalpha() and w.surface.islower()


def _parts(word: str) -> frozenset[str]:
    """The parts of speech WordNet knows the word, or a base it inflects, as."""
    bases = inflection_bases(word, irregular_forms())
    return frozenset(p for b in bases for p in wordnet_parts(b))


def _verbish(w: Tagged) -> bool:
    if w.tag.startswith(_VERB_TAGS):
        return True
    word = w.surface.lower()
    return word.isalpha() and verb_form(word)


def name_adverb_object(ws: Sequence[Tagged]) -> Span | None:
    """One name, an adverb that stands before verbs, then an article or a possessive and
    a noun phrase no verb follows ("Mara already the answer from…")."""
    s = subject_start(ws)
    if s is None or s + 3 >= len(ws):
        return None
    name, adverb, opener = ws[s], ws[s + 1], ws[s + 2]
    if name.tag != "np" or (s and ws[s - 1].tag == "np") or adverb.surface not in _PREVERBAL:
        return None
    if opener.surface not in OBJECT_OPENERS or not _lower(ws[s + 3]):
        return None
    if verb_form(name.surface.lower()):
        return None  # a capitalised verb the tagger read as a name
    k = s + 3
    while k < len(ws) and ws[k].tag in ("adj", "n"):
        k += 1
    if k < len(ws) and _verbish(ws[k]) and ws[k].tag != "n":
        return None  # a reduced relative: "Mara already the man she met…"
    return name.start, opener.end


def noun_adverb_noun(ws: Sequence[Tagged]) -> Span | None:
    """A subject of common nouns, an adverb that stands before verbs and a noun that is
    never a verb nor an adjective ("Bakers usually hours to…")."""
    s = subject_start(ws)
    if s is None or s >= len(ws):
        return None
    h = j = s + (ws[s].tag in ("det.def", "det.ind"))
    while j < len(ws) and ws[j].tag in ("adj", "n"):
        j += 1
    if j == h or ws[j - 1].tag != "n" or j + 1 >= len(ws):
        return None
    if _verbish(ws[j - 1]) or any(
        _verbish(ws[x]) and ws[x].surface.endswith("s") for x in range(h, j)
    ):
        return None  # the verb may be in the subject ("Theologians list…")
    if ws[j].surface not in _PREVERBAL:
        return None
    x = ws[j + 1]
    word = x.surface.lower()
    if x.tag == "n" and _lower(x) and not verb_form(word) and "adj" not in _parts(word):
        return ws[s].start, x.end
    return None


def have_to_object(ws: Sequence[Tagged]) -> Span | None:
    """ "have to" (one word of the tagger's) straight before a determiner, a name, a
    figure, a noun that is never a verb or an adjective that is only one ("may have to
    voters who…", "has to major gains in…")."""
    for i in range(len(ws) - 1):
        if ws[i].surface.lower() not in ("have to", "has to", "had to"):
            continue
        x = ws[i + 1]
        word = x.surface.lower()
        noun = x.tag == "n" and _lower(x) and not verb_form(word)
        joined = i + 2 < len(ws) and ws[i + 2].tag == "guio"  # "had to hot-wire"
        adjective = x.tag == "adj" and _lower(x) and _parts(word) == {"adj"} and not joined
        if word in OBJECT_OPENERS or x.tag in ("np", "num") or noun or adjective:
            return ws[i].start, x.end
    return None


def have_adjective(ws: Sequence[Tagged]) -> Span | None:
    """A finite "have", adverbs, then an adjective that is only an adjective before a
    preposition or the clause's end ("have also much more costly in")."""
    for i in range(len(ws) - 2):
        w = ws[i]
        if w.surface.lower() not in ("have", "has", "had") or not w.tag.startswith("vbhaver"):
            continue
        j = i + 1
        while j < len(ws) and ws[j].tag in ("adv", "preadv") and ws[j].surface not in ("not",):
            j += 1
        if j == i + 1 or j + 1 >= len(ws):
            continue
        adjective, after = ws[j], ws[j + 1]
        word = adjective.surface.lower()
        if (
            adjective.tag == "adj"
            and _lower(adjective)
            and not word.endswith(("ed", "ing"))
            and _parts(word) == {"adj"}
            and after.tag in ("pr", "cm", "sent")
        ):
            return w.start, adjective.end
    return None


def subordinate_pronoun_verbless(ws: Sequence[Tagged]) -> Span | None:
    """A subordinator and a subject pronoun with no verb to the next comma or the
    sentence's end ("when we abroad, …")."""
    for i in range(len(ws) - 2):
        if ws[i].surface.lower() not in _SUBORDINATORS:
            continue
        if ws[i + 1].surface.lower() not in _SUBJECT_PRONOUNS:
            continue
        k = i + 2
        while k < len(ws) and ws[k].tag not in ("cm", "sent") and ws[k].surface not in ";:":
            w = ws[k]
            if _verbish(w) or w.surface.lower() in _MODALS or not w.surface[:1].isalnum():
                break
            k += 1
        else:
            if k > i + 2 and k < len(ws):
                return ws[i].start, ws[k - 1].end
    return None


def according_cut(ws: Sequence[Tagged]) -> Span | None:
    """A sentence opening on "To" and a noun phrase whose head is a source of
    information, before a comma ("To the latest figures, …", "To Lee's report, …"): the
    "According" (or the verb that read it) went."""
    if len(ws) < 5 or ws[0].surface != "To":
        return None
    comma = next((k for k, w in enumerate(ws) if w.tag == "cm"), None)
    if comma is None or comma < 2:
        return None
    k = 1
    while k < comma and (ws[k].tag.startswith("det") or ws[k].tag in ("adj", "np", "num", "gen")):
        k += 1
    if k < comma and ws[k].surface.lower() in _INFORMATION_SOURCES:
        return ws[0].start, ws[k].end
    return None


def opening_phrase_clause(ws: Sequence[Tagged]) -> Span | None:
    """A sentence opening on an article's noun phrase (no time phrase), a comma, then a
    clause's subject and an auxiliary or a modal, with no comma closing the phrase as an
    apposition ("The bank's offer, Acme will therefore…"): the preposition or the
    participle that opened the phrase ("Following", "After") went."""
    if len(ws) < 6 or ws[0].surface not in ("The", "A", "An"):
        return None
    k = 1
    while k < len(ws) and ws[k].tag in ("adj", "n", "np", "num"):
        k += 1
    if k == 1 or k >= len(ws) or ws[k].tag != "cm" or ws[k - 1].tag not in ("n", "np"):
        return None
    if any(ws[x].surface.lower() in _TIME_WORDS for x in range(1, k)):
        return None
    if any(
        ws[x].tag != "np" and ws[x].surface.endswith("s") and _verbish(ws[x]) for x in range(1, k)
    ):
        return None  # the verb may be in the phrase ("The plan fails, …")
    j = k + 1
    if j < len(ws) and ws[j].tag.startswith("det") and ws[j].tag != "det.pos":
        j += 1
    h = j
    while j < len(ws) and ws[j].tag in ("np", "n", "adj"):
        j += 1
    if j == h or j + 1 >= len(ws) or ws[j].surface not in _FINITE:
        return None
    if not _lower(ws[j + 1]) or ws[j + 1].tag == "cm":
        return None
    return ws[0].start, ws[k].end


def _tagger_finite(w: Tagged) -> bool:
    """Whether the tagger reads the word as a finite verb (not an "-ing" form, a
    participle or an infinitive)."""
    if w.tag.startswith(_AUXILIARY_TAGS):
        return not w.tag.endswith(("ger", "pp", "inf"))
    return w.tag in ("vblex", "vblex.past")


def list_subject_object(ws: Sequence[Tagged]) -> Span | None:
    """A sentence opening on a list of noun phrases ("A, B and the C"), the last one
    straight before an article's or a possessive's phrase that no verb follows, in a
    sentence with no finite verb ("Ana Ruiz, local farmers and the town council the new
    road."): the verb between the subject and its object went."""
    if len(ws) < 6:
        return None
    k, listed = 0, False
    while k < len(ws) and (ws[k].tag in _NOUN_PHRASE_TAGS or ws[k].tag == "cm"):
        listed = listed or ws[k].tag == "cm"
        k += 1
    if k >= len(ws) or ws[k].surface != "and" or not listed:
        return None
    j = k + 1 + (k + 1 < len(ws) and ws[k + 1].tag in ("det.def", "det.ind"))
    h = j
    while j < len(ws) and ws[j].tag in ("adj", "n", "np"):
        j += 1
    if j == h or ws[j - 1].tag not in ("n", "np") or j + 1 >= len(ws):
        return None
    if ws[j].surface not in OBJECT_OPENERS or not _lower(ws[j + 1]):
        return None
    if any(_tagger_finite(w) for w in ws):
        return None
    e = j + 1
    while e < len(ws) and ws[e].tag in ("adj", "n"):
        e += 1
    if e < len(ws) and _verbish(ws[e]) and ws[e].tag != "n":
        return None  # a reduced relative: "…and the plums the farmers grew"
    return ws[k].start, ws[j].end


def name_to_phrase(ws: Sequence[Tagged]) -> Span | None:
    """A sentence opening on a name (three words at most) straight before "to" and an
    article or a name, with no finite verb in the sentence ("Lena to the city last week
    after…"): the verb of motion went."""
    if len(ws) < 5 or ws[0].tag != "np":
        return None
    k = 0
    while k < len(ws) and ws[k].tag == "np":
        k += 1
    if k > 3 or k + 1 >= len(ws) or ws[k].surface != "to":
        return None
    if ws[k + 1].tag not in ("det.def", "np") or any(_tagger_finite(w) for w in ws):
        return None
    return ws[0].start, ws[k + 1].end


def name_base_before_that(ws: Sequence[Tagged]) -> Span | None:
    """A sentence opening on one person's name (not a plural in "-s"), prepositions'
    phrases, then a verb's base form straight before "that" ("Lena in an interview in
    Oslo hope that…"): a third person's verb ends in "-s" or is a past; this one is a noun
    left where the verb went ("expressed the hope")."""
    if len(ws) < 5 or ws[0].tag != "np":
        return None
    t = next((k for k, w in enumerate(ws) if w.surface == "that"), None)
    if t is None or t < 3:
        return None
    base = ws[t - 1]
    word = base.surface
    if not _lower(base) or word.endswith(("s", "ed", "ing")) or word in irregular_forms():
        return None
    if not verb_form(word):
        return None
    k = 0
    while k < t - 1 and ws[k].tag == "np":
        k += 1
    if k > 3 or ws[k - 1].surface.endswith("s") or k == t - 1:
        return None
    while k < t - 1:  # prepositions' phrases only
        if ws[k].tag != "pr":
            return None
        k += 1
        k += k < t - 1 and ws[k].tag.startswith("det")
        h = k
        while k < t - 1 and ws[k].tag in ("adj", "n", "np"):
            k += 1
        if k == h:
            return None
    return ws[0].start, base.end


def _opener(ws: Sequence[Tagged], k: int) -> bool:
    """Whether word ``k`` opens a clause with a finite verb of its own: a relative, or a
    subordinator not straight before a verb form ("while walking", "if needed" have
    none); "that" only as the tagger's conjunction or relative; "WHO" is a name."""
    w = ws[k]
    word = w.surface.lower()
    if word not in _CLAUSE_OPENERS or w.surface.isupper():
        return False
    if word == "that":
        return w.tag in ("cnjsub", "rel")
    if word in _RELATIVES or k + 1 >= len(ws):
        return True
    after = ws[k + 1]
    return not (after.tag.startswith(_VERB_TAGS) or after.surface.endswith(("ing", "ed")))


def _after_auxiliary(ws: Sequence[Tagged], k: int, candidates: set[int]) -> bool:
    """Whether candidate ``k`` continues an auxiliary's verb group, straight or an adverb
    after it ("has been named", "will also rise"; "nurses trust was" are two groups)."""
    j = k - 1
    if j >= 0 and ws[j].tag == "adv":
        j -= 1
    return j in candidates and ws[j].tag.startswith(_AUXILIARY_TAGS)


def _every_group_taken(ws: Sequence[Tagged]) -> bool:
    """Whether the clause's every verb group is taken by a relative or a subordinator
    (the first group after each opener, before the next comma), and it has one."""
    openers = [k for k in range(len(ws)) if _opener(ws, k)]
    if not openers:
        return False
    candidates = {
        k
        for k in range(len(ws))
        if could_be_finite(ws, k) and not (k and ws[k - 1].tag.endswith("ger"))
    }
    groups = sorted(k for k in candidates if not _after_auxiliary(ws, k, candidates))
    if not groups:
        return False
    taken: set[int] = set()
    for o in openers:
        stop = next((k for k in range(o + 1, len(ws)) if ws[k].surface in _CLAUSE_ENDS), len(ws))
        c = next((c for c in groups if o < c < stop and c not in taken), None)
        if c is not None:
            taken.add(c)
    return len(taken) == len(groups)


def main_clause_verbless(ws: Sequence[Tagged], words: Sequence[Tagged], first: int) -> Span | None:
    """A sentence of the text whose every verb group (an auxiliary and the words that
    could be a finite verb after it: "has been identified") is taken by a clause a
    relative or a subordinator opens; or whose first clause before ", but" is so ("The
    experts that it is a fake, but the owner…")."""
    letters = [w for w in ws if w.surface[:1].isalnum()]
    if len(letters) < MIN_WORDS or ws[-1].surface not in (".", "!"):
        return None
    if not ws[0].surface[:1].isupper() or ws[0].start < 0 or ws[-2].end < 0:
        return None
    # Words in capitals side by side ("IT IS ORDERED that…", a legal formula or a
    # heading) are outside what the tagger reads: their verbs may look like names.
    if any(a.surface.isupper() and b.surface.isupper() for a, b in pairwise(letters)):
        return None
    if not split_well(words, first, ws):
        return None
    if _every_group_taken(ws[:-1]):
        return ws[0].start, ws[-2].end
    but = next(
        (k for k in range(1, len(ws)) if ws[k].surface == "but" and ws[k - 1].tag == "cm"), 0
    )
    head = ws[: but - 1]
    if len([w for w in head if w.surface[:1].isalnum()]) >= MIN_WORDS and _every_group_taken(head):
        return ws[0].start, head[-1].end
    return None


def infinitive_head_that(ws: Sequence[Tagged]) -> Span | None:
    """A word that opens only an infinitive (:data:`verb_gaps.INFINITIVE_HEADS`), "to",
    then "that" and a clause's subject ("it is vain to that the rules…"): the verb
    that took the "that" clause went."""
    for i in range(len(ws) - 3):
        if ws[i].surface.lower() not in INFINITIVE_HEADS or ws[i + 1].surface != "to":
            continue
        if ws[i + 2].surface == "that" and ws[i + 3].tag.startswith(("det", "np", "prn.subj")):
            return ws[i].start, ws[i + 2].end
    return None


def spans(ws: Sequence[Tagged], words: Sequence[Tagged], first: int) -> Iterator[Span]:
    """Each shape's span in one sentence's words (a question is never passed)."""
    if not ws:
        return
    for shape in (
        name_adverb_object,
        noun_adverb_noun,
        have_to_object,
        have_adjective,
        subordinate_pronoun_verbless,
        according_cut,
        opening_phrase_clause,
        list_subject_object,
        name_to_phrase,
        name_base_before_that,
        infinitive_head_that,
    ):
        span = shape(ws)
        if span is not None:
            yield span
    span = main_clause_verbless(ws, words, first)
    if span is not None:
        yield span
