"""English left without its verb, its subject or the word an article was written for:
the words on either side of a cut that English never puts side by side.

DEMETR-style removals take a verb or a subject out of a good translation and leave the
rest standing. Where the verb was, its subject or its auxiliary now meets its object:
"I couldn't the eclipse", "you will them best", "I the military may need", "they the
goods", "the matter was by a Senate committee"; where an opening subject was, an
adverb meets the verb: "Apparently was the flag of…". The source cannot show these in
Spanish (a subject pronoun is seldom written; the proxies' Spanish is Apertium's), but
the English can, whatever the source language. Seven shapes, read from the tokens (no
MT, no tagger), each measured on every faithful English sentence of the public
development files and corpora/ and on WordNet's 47,000 example sentences (none has one
but WordNet's own typos: docs/drift.md, "Session 17, drift22a" and "Session 18"):

* a modal, or a negated "do", straight before an object: a determiner or an object
  pronoun ("couldn't the", "will them", "would a claim"): the verb between is gone;
* a subject pronoun ("I", "he", "she", "we", "they") straight before a determiner,
  "that" or "to" ("I the photograph", "he that the variant", "we to negotiate"): its
  verb is gone;
* a passive "was", "were" or "been" straight before "by" and its agent ("was by a
  Senate committee"): the participle is gone ("by far", "by then", "by no means", "by
  the time" are English);
* a sentence opening on an adverb straight before an auxiliary ("Apparently was",
  "Usually are"): its subject is gone (not a negative adverb, which inverts: "Rarely has
  the team…", "Never was…");
* "to" after a word that takes only an infinitive ("able", "managed", "refused") straight
  before a determiner ("were able to that dark matter…"), and "has that" before a
  subject ("Morgan Stanley has that the global…"): the verb is gone;
* an article or a possessive straight before a reflexive pronoun ("The itself was
  removed") or a preposition :mod:`aligner.drift.fluency` does not list ("the after
  singer", "from the around 1200 GMT"; not "through", "under", "despite", which
  English also uses as nouns and adjectives: "a through street"): the noun is gone;
* "an" before a consonant or "a" before a vowel ("is an livelihood", "An committee
  chaired by…"): the adjective or noun the article was written for is gone (session 18;
  words in "h" and "u", and "one", "eu…", are left alone: "an historic", "a unique",
  "a one-off", "a European").

Session 18 (drift23c) let adverbs stand in the cut ("would then the spread", "They
probably this is", "has really just that he", "is formally by entomologists", an
adverb of manner only) and added two shapes: "to" or a question word after a negated
"do" ("does not how to draw"), and a sentence opening on "And", "But", "Or" or "Yet"
straight before an auxiliary ("And can say it all"). Session 19 (drift24d) added two
shapes of :mod:`aligner.drift.adjective_objects`: a preposition whose object is adjectives
alone before the sentence's end ("by biological."), and "has to" before one ("has to
significant breakthroughs") or after a determiner before a relative word or an
auxiliary ("the cosmic that is"), and one of :mod:`aligner.drift.subject_prepositions`: a
subject pronoun straight before a preposition ("where I in France"). Session 21
(drift26b) added :mod:`aligner.drift.stranded_adjectives`: a determiner and an adjective
English never uses as a noun before a preposition or the end ("the internal of"), and
:mod:`aligner.drift.determiner_verbs`: a determiner straight before a verb in the past
("The happened in"). Session 22 (drift27b) added :mod:`aligner.drift.cut_nouns`: an open
hyphen ("micro-."), a padded bracket ("(15:00 )"), "of" before an auxiliary, a figure's
"of" before an adjective, "a" before a participle and a preposition; and
:mod:`aligner.drift.adjective_lists`: adjectives joined by "and" before a bare plural
("geographical, topographical and characteristics").

Questions are left alone ("Why could the…?", "Am I my brother's keeper?"), and so are
inversions and ellipses after "nor", "so", "than", "as", "only" and the like ("nor
could the", "more than they the year before"). English targets only.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.adjective_lists import adjectives_then_noun
from aligner.drift.adjective_objects import (
    adjective_before_clause,
    adjective_object,
    have_to_adjective,
)
from aligner.drift.cut_nouns import SHAPES as NOUN_CUTS
from aligner.drift.determiner_verbs import determiner_before_verb
from aligner.drift.stranded_adjectives import adjective_without_noun
from aligner.drift.subject_prepositions import subject_preposition
from aligner.drift.text import Tok
from aligner.drift.torn import _asks, _sentence_start

_MODALS = frozenset("can could will would should must might may shall cannot".split())
_DO = frozenset("do does did".split())
# What only a verb (or a preposition) can put after a modal or a subject pronoun.
_DETERMINERS = frozenset("the a an these those his their its our my your".split())
_OBJECTS = _DETERMINERS | frozenset("them him us me".split())
_SUBJECTS = frozenset("i he she we they".split())
_AFTER_SUBJECT = _DETERMINERS | frozenset(("that", "to"))
# Words after which a modal or a subject may be inverted or its verb understood ("nor
# could the", "so did the", "than they the year before", "let us", "how can the").
_INVERTING = frozenset(
    """nor neither so only then never rarely seldom hardly scarcely little nowhere how
    why what where when whom which who that as than like but let""".split()
)
_AUXILIARIES = frozenset(
    "is are was were am has have had can could will would should must may might shall do "
    "does did".split()
)
_PASSIVE = frozenset("was were been".split())
# "by" after a passive auxiliary that is English without a participle.
_BY_IDIOMS = frozenset(
    """far then now no itself themselves himself herself chance mistake default design
    nature contrast comparison""".split()
)
_BY_THE = frozenset("time end way".split())
# Adverbs that invert a subject after them ("Rarely has…", "Only then was…"), and
# words in "-ly" that are not adverbs.
_NEGATIVE_ADVERBS = frozenset(
    "rarely seldom never nowhere little only hardly scarcely so neither nor not".split()
)
_NOT_ADVERBS = frozenset(
    """early family italy july daily weekly monthly yearly likely friendly elderly holy
    ugly lonely lovely silly jelly rally ally belly bully fly reply supply apply
    assembly""".split()
)
_FREQUENCY = frozenset("often also yet usually sometimes always already still".split())
# Words whose "to" opens an infinitive, never a phrase ("able to the…" is not English).
_INFINITIVE_ONLY = frozenset("able unable managed decided tried attempted refused failed".split())
# Adverbs that may stand between a modal or a subject and its verb ("would then",
# "they probably"), besides those in "-ly".
_MID_ADVERBS = frozenset(
    """also then already still just only never always often even normally usually really
    probably certainly actually generally""".split()
)
# Adverbs in "-ly" that focus a phrase rather than describe a manner ("is solely by").
_FOCUS = frozenset(
    """solely only mainly largely partly mostly entirely simply precisely exactly primarily
    chiefly merely purely partially wholly exclusively""".split()
)
# What a negated "do" cannot have straight after it ("does not how to draw").
_WH = frozenset("to how what why whether".split())
_DETERMINER_OR_THAT = _DETERMINERS | frozenset(("this", "that"))
# What opens a clause after "that" (never a noun phrase "that" could determine).
_CLAUSE_OPENERS = frozenset("the a an there it he she they we i".split())


def _lower_word(t: Tok) -> bool:
    return t.word and t.text.islower()


def _modal_object(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the object when token ``i`` is a modal (or "do" with "n't") straight
    before one."""
    t = toks[i]
    negated = i + 1 < len(toks) and toks[i + 1].norm == "n't"
    if t.norm not in _MODALS and not (t.norm in _DO and negated):
        return None
    if i == 0 or not t.text[:1].islower():
        return None
    k = i + 2 if negated else i + 1
    if k >= len(toks) or toks[k].norm not in _OBJECTS or not _lower_word(toks[k]):
        return None
    before = toks[i - 1]
    if not before.word or before.norm in _INVERTING or before.norm in _OBJECTS:
        return None
    return k


def _adverb(t: Tok) -> bool:
    """A lower-case adverb that may stand between a modal or a subject and its verb."""
    if not _lower_word(t):
        return False
    return t.norm in _MID_ADVERBS or (
        t.norm.endswith("ly") and len(t.norm) > 4 and t.norm not in _NOT_ADVERBS
    )


def _past_adverbs(toks: Sequence[Tok], k: int) -> int:
    """The index of the first token from ``k`` on that is not such an adverb."""
    while k < len(toks) and _adverb(toks[k]):
        k += 1
    return k


def _modal_adverb_object(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the object when token ``i`` is a modal before adverbs and an object
    ("would then the spread", "will normally all of the issues")."""
    t = toks[i]
    if t.norm not in _MODALS or i == 0 or not t.text[:1].islower():
        return None
    k = _past_adverbs(toks, i + 1)
    if k == i + 1 or k >= len(toks):
        return None
    if toks[k].norm not in _OBJECTS | {"all"} or not _lower_word(toks[k]):
        return None
    before = toks[i - 1]
    if not before.word or before.norm in _INVERTING or before.norm in _OBJECTS:
        return None
    return k


def _negated_do_question_word(toks: Sequence[Tok], i: int) -> int | None:
    """The index of "to" or a question word straight after a negated "do" ("Emin does
    not how to draw", "does not to have"): the verb between is gone."""
    if toks[i].norm not in _DO or i == 0 or i + 2 >= len(toks):
        return None
    if toks[i + 1].norm not in ("not", "n't"):
        return None
    k = i + 2
    return k if toks[k].norm in _WH and toks[k].text.islower() else None


def _subject_object(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the word after a subject pronoun that only a verb could put there."""
    t = toks[i]
    if t.norm not in _SUBJECTS or i + 1 >= len(toks):
        return None
    k = _past_adverbs(toks, i + 1)  # "They probably this is…", "I only this from afar"
    if k >= len(toks):
        return None
    nxt = toks[k]
    after = _AFTER_SUBJECT if k == i + 1 else _AFTER_SUBJECT | {"this"}
    if nxt.norm not in after or not _lower_word(nxt):
        return None
    if t.norm == "we" and nxt.norm == "the":  # "We the people"
        return None
    before = toks[i - 1].norm if i else ""
    if before in _INVERTING or before in _AUXILIARIES:  # "than they the…", "am I my…"
        return None
    return k


def _passive_by(toks: Sequence[Tok], i: int) -> int | None:
    """The index of "by" after a passive auxiliary with no participle between, or with
    only an adverb of manner between ("is formally by entomologists")."""
    t = toks[i]
    if t.norm not in _PASSIVE | {"is", "are"}:
        return None
    j = i + 1
    if j < len(toks) and _manner(toks[j]):
        j += 1
    elif t.norm in ("is", "are"):  # "is by far", "are by nature": no participle needed
        return None
    if j + 1 >= len(toks):
        return None
    by, agent = toks[j], toks[j + 1]
    if by.norm != "by" or not by.text.islower() or not agent.word:
        return None
    if agent.norm in _BY_IDIOMS:
        return None
    if agent.norm == "the" and j + 2 < len(toks) and toks[j + 2].norm in _BY_THE:
        return None
    return j


def _manner(t: Tok) -> bool:
    """An adverb in "-ly" that is not a focus ("is solely by their language that…")."""
    return _adverb(t) and t.norm.endswith("ly") and t.norm not in _FOCUS


def _adverb_auxiliary(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the auxiliary after a sentence-opening adverb ("Apparently was")."""
    t = toks[i]
    if not t.word or not t.cap or i + 1 >= len(toks) or not _sentence_start(toks, i):
        return None
    adverb = (t.norm.endswith("ly") and len(t.norm) > 4) or t.norm in _FREQUENCY
    if not adverb or t.norm in _NEGATIVE_ADVERBS or t.norm in _NOT_ADVERBS:
        return None
    nxt = toks[i + 1]
    if nxt.norm not in _AUXILIARIES or not nxt.text.islower():
        return None
    return i + 1


def _infinitive_object(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the determiner after "able to", "managed to" and the like, or of the
    clause's first word after "has that" ("has that the global…")."""
    t = toks[i]
    if i + 2 >= len(toks):
        return None
    nxt, after = toks[i + 1], toks[i + 2]
    if not _lower_word(after):
        return None
    if t.norm in _INFINITIVE_ONLY and nxt.norm == "to" and after.norm in _DETERMINER_OR_THAT:
        return i + 2
    if t.norm in ("has", "have", "had") and nxt.norm == "that" and after.norm in _CLAUSE_OPENERS:
        return i + 2
    k = _past_adverbs(toks, i + 1)  # "has really just that he…"
    have = t.norm in ("has", "have", "had") and t.text.islower()
    if not have or not i + 1 < k < len(toks) - 1 or toks[k].norm != "that":
        return None
    opener = toks[k + 1]
    return k + 1 if opener.norm in _CLAUSE_OPENERS and _lower_word(opener) else None


def _coordinator_auxiliary(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the auxiliary after a sentence-opening "And", "But", "Or" or "Yet"
    ("And can say it all you want"): the subject is gone (questions are left alone)."""
    t = toks[i]
    if t.text not in ("And", "But", "Or", "Yet") or i + 1 >= len(toks):
        return None
    if not _sentence_start(toks, i):
        return None
    nxt = toks[i + 1]
    return i + 1 if nxt.norm in _AUXILIARIES and nxt.text.islower() else None


_ANNOUNCING = frozenset("the a an their its our your my".split())
_NOUNLESS = frozenset(
    """itself themselves himself herself ourselves yourself myself after before around
    during without between against among within via towards toward upon across along
    behind beyond""".split()
)


def _determiner_cut(toks: Sequence[Tok], i: int) -> int | None:
    """The index of a reflexive or a preposition straight after an article or a
    possessive ("the after-effects" is one token)."""
    if toks[i].norm not in _ANNOUNCING or i + 1 >= len(toks):
        return None
    nxt = toks[i + 1]
    return i + 1 if nxt.norm in _NOUNLESS and _lower_word(nxt) else None


# "an" before a consonant, "a" before a vowel: the word the article was written for was
# cut ("is an livelihood", "an study"). Words left alone: "h" ("an historic" is
# English), "u" ("a unique", "an unusual"), and those whose vowel letter sounds as a
# consonant ("a one-day", "a European").
_VOWELS = "aeio"
_CONSONANT_SOUND = ("one", "once", "eu", "ewe")


def _article_agreement(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the word after an "a" or "an" that was not written for it."""
    t = toks[i]
    if t.text not in ("a", "an", "A", "An") or i + 1 >= len(toks):
        return None
    if t.cap and not _sentence_start(toks, i):  # a letter: "the sets A and B"
        return None
    nxt = toks[i + 1]
    word = nxt.text
    if not _lower_word(nxt) or len(word) < 3 or not word.isalpha():
        return None
    if word[0] in "hux" or word.startswith(_CONSONANT_SOUND) or word in ("and", "or"):
        return None
    return i + 1 if (word[0] in _VOWELS) != (t.norm == "an") else None


_SHAPES = (
    _modal_object,
    _modal_adverb_object,
    _negated_do_question_word,
    _coordinator_auxiliary,
    _subject_object,
    _passive_by,
    _adverb_auxiliary,
    _infinitive_object,
    _determiner_cut,
    _article_agreement,
    adjective_object,
    have_to_adjective,
    adjective_before_clause,
    adjective_without_noun,
    determiner_before_verb,
    subject_preposition,
    *NOUN_CUTS,
    adjectives_then_noun,
)


def stranded(toks: Sequence[Tok]) -> list[tuple[int, int]]:
    """Character spans of each place where a verb or a subject was cut out (the word
    before the cut and the one after), questions left alone."""
    out = []
    for i in range(len(toks)):
        for shape in _SHAPES:
            k = shape(toks, i)
            if k is not None and not _asks(toks, i):
                out.append((toks[i].start, toks[k].end))
                break
    return out
