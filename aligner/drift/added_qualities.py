"""A quality that changes what is claimed, with nothing of the kind in the source
(docs/drift.md, "Session 36 (drift41a)").

"A disease" and "a deadly disease", "Charest's list" and "Charest's mistaken list",
"their businesses" and "their useless businesses" are different statements: the added
adjective says that something kills, is wrong or unlawful, is worth nothing, is too
much or comes too late. The readers of an added modifier need the literal MT to keep the
words around it (the proxies' garbled MT does not), and :mod:`added_judgements` needs a
VADER rating ("deadly", "shady", "trivial", "cheap", "empty" have none). Here five
closed classes are read by the whole sentence, as :mod:`added_adverbs` reads its adverbs:

* *harm* (:data:`HARM_EN`: "deadly", "lethal", "fatal", "poisonous", "toxic",
  "dangerous", "harmful" …);
* *wrong or unlawful* (:data:`WRONG_EN`: "illegal", "illicit", "fake", "false", "bogus",
  "fraudulent", "mistaken", "erroneous", "corrupt", "shady", "dishonest",
  "exploitative" …);
* *of no worth or content* (:data:`WORTH_EN`: "useless", "worthless", "pointless",
  "futile", "trivial", "meaningless", "cheap", "empty" …);
* *too much* (:data:`EXCESS_EN`: "excessive", "excess", "undue", "exorbitant" …);
* *out of time* (:data:`TIMING_EN`: "late", "belatedly", "prematurely", "overdue").

The word is an addition (major) when

* the source (Spanish, or the Spanish a pivot route went by) has no word that begins as
  a word of the class does, nor as its opposite's (stems, accent-free: "mort", "peligr",
  "fals", "error", "ley", "inutil", "barat", "precio", "vaci", "exces", "demasi" …; the
  lists err on the side of silence);
* the literal MT has no English word of the class, of what it derives from, or of its
  opposite, bare or with a prefix of negation ("not true" says "false", "is of no use"
  says "useless", "unimportant" says "trivial": the negation readers own those), nor a
  word WordNet puts in one synset with it or one step from it;
* no source or MT word shares its first five letters (a cognate, or a word the proxy
  left untranslated: "dangereux", "inutile");
* no lower-case source word the MT leaves untranslated stands, in the MT, between the
  places of the translation words around it, unless it ends as a verb form does
  (:func:`added_adverbs._no_verbs`: the translation's verb renders it, not an adjective)
  or the translation keeps it (a word with its first five letters: "sclérose" →
  "sclerosis"), which says where it went.

English words with a prefix of negation ("incorrect", "untrue", "invalid") are not read:
a source negation says them ("no está corregida" → "it is incorrect"). Token work on the
texts the pipeline has (no word analysis); it runs on every pair with an MT.
"""

from __future__ import annotations

from aligner.drift import opposite_valence as valence_of
from aligner.drift.added_adverbs import _split, read_added, sentence_words, unexcused
from aligner.drift.signals import Evidence, Finding, Reading, Side
from aligner.drift.text import Tok

# Each class: the English words read; the English words of the literal MT that say the
# same or its opposite; the Spanish starts of words (accent-free) that may be what the
# English word renders, or its opposite with a negation.
HARM_EN = _split(
    """deadly lethal fatal mortal murderous poisonous toxic venomous dangerous hazardous
    harmful noxious"""
)
_HARM_MT = HARM_EN | _split(
    """death deaths dead die dies died kill kills killed killer killing poison poisoned
    toxin danger dangers risk risks risky harm harms hazard hazards serious grave
    threat threatening safe safety sure secure security harmless"""
)
HARM_ES = (
    "mort", "letal", "fatal", "muert", "muri", "muer", "matar", "mata", "asesin", "venen",
    "toxic", "peligr", "pericol", "riesg", "danin", "dano", "danos", "nociv", "perjudic",
    "grave", "insalub", "pernici", "nefast", "amenaz", "segur", "inocu", "victim",
)  # fmt: skip
WRONG_EN = _split(
    """illegal unlawful illicit fake false bogus counterfeit fraudulent mistaken
    erroneous wrongful corrupt shady dodgy crooked dishonest untrustworthy
    exploitative abusive predatory"""
)
_WRONG_MT = WRONG_EN | _split(
    """law laws legal legally illegally lie lies liar fraud error errors mistake
    mistakes wrong wrongly corruption suspicious suspect doubtful dubious abuse abuses
    exploitation exploit true truth real genuine correct right valid honest trust
    reliable alleged supposed"""
)
WRONG_ES = (
    "ilegal", "ilicit", "licit", "legal", "ley", "fals", "faux", "fraud", "estaf", "error",
    "erron", "equivoc", "sbagli", "mentir", "mentira", "bulo", "clandestin", "irregul",
    "contraband", "pirat", "corrup", "turbi", "sospech", "dudos", "deshonest", "honest",
    "fiab", "confia", "abus", "explot", "engan", "trampa", "indebid", "injust", "supuest",
    "presunt", "verdad", "cierto", "ciert", "real", "correct", "autentic", "valid",
)  # fmt: skip
WORTH_EN = _split(
    """useless worthless pointless futile trivial meaningless insignificant cheap petty
    empty hollow"""
)
_WORTH_MT = WORTH_EN | _split(
    """use useful usefulness uses value valuable worth sense importance important
    insignificance trivia banal platitudinous vain economic economical cost costs
    price prices expensive low void full"""
)
WORTH_ES = (
    "inutil", "util", "vano", "vana", "vanos", "vanas", "trivial", "banal", "insignific",
    "futil", "sentido", "barat", "econom", "cost", "precio", "vaci", "vuot", "vide",
    "nimi", "irrelev", "sirv", "servi", "valor", "vale", "mezquin", "huec", "lleno",
    "import",
)  # fmt: skip
EXCESS_EN = _split("excessive excess undue exorbitant inordinate overmuch")
_EXCESS_MT = EXCESS_EN | _split(
    """excessively too much surplus extra exaggerated overly over overflow abundant"""
)
EXCESS_ES = (
    "exces", "demasi", "sobra", "sobrad", "sobrepas", "exager", "desmes", "exorbit",
    "desmedid", "abund", "superflu", "troppo", "trop",
)  # fmt: skip
# Out of time: later or sooner than it should be ("started work [late]"); not "early",
# which translators add for "a principios de", "madrugada", "pronto".
TIMING_EN = _split("late belatedly prematurely overdue tardy")
_TIMING_MT = TIMING_EN | _split(
    """later lateness delay delayed delays early earlier soon premature time behind end
    ends final finally night evening afternoon deceased dead pending"""
)
TIMING_ES = (
    "tard", "retras", "demor", "prematur", "tempran", "pronto", "final", "fin", "noche",
    "madrug", "fallec", "difunt", "muert", "hora", "atras", "anticip", "aplaz", "pospu",
    "posterg", "ultim", "pendient", "vencid", "tiempo",
)  # fmt: skip
CLASSES: tuple[tuple[frozenset[str], frozenset[str], tuple[str, ...]], ...] = (
    (HARM_EN, _HARM_MT, HARM_ES),
    (WRONG_EN, _WRONG_MT, WRONG_ES),
    (WORTH_EN, _WORTH_MT, WORTH_ES),
    (EXCESS_EN, _EXCESS_MT, EXCESS_ES),
    (TIMING_EN, _TIMING_MT, TIMING_ES),
)


# Prefixes that negate an English word: an MT "unimportant" or "unsafe" says the
# opposite of a listed word's class with a negation, which is the listed word.
_NEGATING = ("un", "in", "im", "il", "ir", "non")


def _mt_says(word: str, mt_folds: set[str], mt_words: frozenset[str]) -> bool:
    """Whether the literal MT says the listed ``word``'s class: a word of the class or of
    its opposite, one with a prefix of negation ("unimportant", "unsafe"), or a word
    WordNet puts in one synset with ``word`` or one step from it ("intrascendente" →
    MT "inconsequential" for "trivial")."""
    if mt_folds & mt_words:
        return True
    for f in mt_folds:
        if f.startswith(_NEGATING) and any(
            f[len(p) :] in mt_words for p in _NEGATING if f.startswith(p)
        ):
            return True
    return any(f.isalpha() and len(f) > 3 and valence_of.related(word, f) for f in mt_folds)


def quality_added(src: str, tgt: str, mt: Reading | None) -> Tok | None:
    """The translation's first listed word of quality that neither the source (Spanish)
    nor its literal MT has any trace of; None when there is none."""
    if mt is None:
        return None
    t_words, s_folds, mt_folds = sentence_words(src, tgt, mt)
    for english, mt_words, spanish in CLASSES:
        # Lower case only (a sentence's first word too): a capitalised one inside the
        # sentence is a name's ("False Creek", "Fatal Attraction").
        said = [
            k
            for k, t in enumerate(t_words)
            if t.fold in english and (k == 0 or t.text[:1].islower())
        ]
        if not said or any(f.startswith(spanish) for f in s_folds):
            continue
        for k in said:
            if _mt_says(t_words[k].fold, mt_folds, mt_words):
                continue
            if unexcused(t_words, k, s_folds, mt_folds, mt):
                return t_words[k]
    return None


def check_added_quality(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """An addition (major) at a listed word of harm, wrong, worth or excess the source
    has no trace of."""
    return read_added(
        src,
        tgt,
        ev,
        quality_added,
        ", which changes what is claimed and which nothing in the source or its literal "
        "translation says.",
    )
