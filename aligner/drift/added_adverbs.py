"""An adverb that states a fact of its own, with nothing of the kind in the source
(docs/drift.md, "Session 30 (drift35a)").

Some adverbs are no manner of speaking: "apples available year-round" and "apples
available almost year-round", "I took the photograph" and "I secretly took the
photograph", "will not be successful" and "will not be financially successful" are
different statements. The readers of added words need the literal MT to keep the words
around the added one (a garbled or freely worded MT does not), or a rating VADER gives
(these words have none). Here three classes are read from closed lists, whatever the MT
does around them, as :mod:`added_frequency` reads how often:

* *only nearly* (:data:`NEAR_EN`: "almost", "nearly", "practically"; not "virtually",
  which also says "online" and which no development pair has), not
  straight before a figure (a bound on a figure is :mod:`figure_bounds`') nor after
  "not" ("not nearly enough" is a degree);
* *in secret, in public, by law* (:data:`OPENLY_EN`: "secretly", "publicly",
  "officially", "illegally", "anonymously" …);
* *in one respect* (:data:`DOMAIN_EN`: "financially", "politically", "medically",
  "physically" …), which narrows what the sentence claims.

The adverb is an addition (major) when it is the translation's only word of its class,
and

* the source (Spanish) has no word that may say it (:data:`NEAR_ES`, :data:`OPENLY_ES`,
  :data:`DOMAIN_ES`: stems, so that every inflection counts, and the adjectives and
  nouns the adverbs derive from: "secreto", "público", "ley", "economía"; the lists err
  on the side of silence);
* the literal MT has no English word of the class or the adjective it derives from;
* no source or MT word shares the adverb's first five letters (a cognate, or a word a
  machine-made source tore: "physi uellement");
* no lower-case source word the MT leaves untranslated stands, in the MT, between the
  places of the translation words around it (:func:`added_frequency._near_unknown`: it
  may be the adverb), unless it ends as a participle, a gerund or an infinitive does
  (:data:`VERB_FORM`: "scattato", "sucedido", "intromettersi"): a verb is what the
  translation's verb renders ("Tengo scattato la fotografía" → "I secretly took the
  photograph"), not an adverb of these classes; nor does a word the translation keeps
  as it is or by its first five letters (:func:`_unkept`, session 36: "… in this post"
  → "I [secretly] took … in this post", where nothing before the adverb anchors it).
  (The DEMETR it>es proxy keeps an Italian word in two of three sentences, most of them
  verbs; with any leftover excusing, two of the three additions this finds there were
  silenced.)

English translations with MT; Spanish sources, or, for a source that reaches English
through Spanish (French, Italian, Portuguese), the pivot's Spanish read as the source.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from aligner.drift.added_frequency import _near_unknown
from aligner.drift.pivot_words import pivot_text
from aligner.drift.signals import Evidence, Finding, Reading, Side, added_word
from aligner.drift.text import Tok, tokenize, words
from aligner.textutil import fold_accents, quote


def _split(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Each class: the English adverbs read; the English words of the literal MT that say the
# same (the adverbs, and the words they derive from); the Spanish starts of words
# (accent-free) that may be what the adverb renders.
NEAR_EN = _split("almost nearly practically")
_NEAR_MT = NEAR_EN | _split(
    "virtually close near about around approximately roughly just barely hardly some virtual"
)
NEAR_ES = (
    "casi",
    "practica",
    "virtual",
    "cerca",
    "aproxim",
    "alrededor",
    "unos",
    "unas",
    "poco",
    "punto",
    "menos",
    "apenas",
    "roza",
    "rond",
)
OPENLY_EN = _split(
    """secretly privately publicly openly officially unofficially illegally legally
    lawfully unlawfully illicitly clandestinely covertly anonymously"""
)
_OPENLY_MT = OPENLY_EN | _split(
    """secret private public open official formal formally illegal legal law lawful
    unlawful illicit hidden anonymous confidential"""
)
OPENLY_ES = (
    "secret",
    "privad",
    "public",
    "abiert",
    "oficial",
    "oficios",
    "formal",
    "ilegal",
    "legal",
    "ley",
    "licit",
    "ilicit",
    "clandestin",
    "escondid",
    "ocult",
    "anonim",
    "furtiv",
    "sigil",
    "discre",
    "confiden",
)
DOMAIN_EN = _split(
    """financially economically politically socially technically medically clinically
    militarily commercially emotionally mentally culturally physically psychologically
    scientifically"""
)
_DOMAIN_MT = DOMAIN_EN | _split(
    """financial economic political social technical medical clinical military
    commercial emotional mental cultural physical psychological scientific money
    economy politics society technology medicine science health"""
)
DOMAIN_ES = (
    "financ",
    "dinero",
    "econom",
    "politic",
    "social",
    "sociedad",
    "tecnic",
    "tecnolog",
    "medic",
    "clinic",
    "militar",
    "ejercit",
    "comerci",
    "negoci",
    "emocion",
    "mental",
    "cultur",
    "fisic",
    "psicolog",
    "cientific",
    "ciencia",
    "salud",
)
CLASSES: tuple[tuple[frozenset[str], frozenset[str], tuple[str, ...]], ...] = (
    (NEAR_EN, _NEAR_MT, NEAR_ES),
    (OPENLY_EN, _OPENLY_MT, OPENLY_ES),
    (DOMAIN_EN, _DOMAIN_MT, DOMAIN_ES),
)
# Endings of a word left untranslated that make it a verb form (Spanish or Italian
# participles, gerunds, Italian infinitives, reflexive ones too).
VERB_FORM = re.compile(
    r"(?:[aiu]t[oaie]|[ai]d[oa]s?|[ai]?endo|ando|[aei]re|[aei]rsi|[aei]rl[oaie])$"
)
# How many first letters a source or MT word shares with the adverb to be its cognate.
COGNATE = 5


def _figure_after(t_words: list[Tok], k: int) -> bool:
    """A figure straight after (digits, or a number word the number check reads)."""
    if k + 1 >= len(t_words):
        return False
    nxt = t_words[k + 1].fold
    return nxt[:1].isdigit() or nxt in _COUNTED


# What "almost" may bound other than a figure: a number word, a quantifier or a word of
# frequency ("almost all", "nearly every", "almost never"): the number, intensity and
# frequency checks compare those.
_COUNTED = _split(
    """two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty sixty seventy eighty ninety hundred thousand million billion half
    dozen all every everyone everything everybody always never no none nothing nobody
    entirely completely totally"""
)


def _no_verbs(mt: Reading) -> Reading:
    """The MT reading with its untranslated verb forms (:data:`VERB_FORM`) left out of
    its unknown words."""
    return replace(mt, unknown=tuple(w for w in mt.unknown if not VERB_FORM.search(w.lower())))


def _unkept(mt: Reading, t_words: list[Tok]) -> Reading:
    """The MT reading with the untranslated words the translation keeps left out of its
    unknown words: one the translation has as it is ("post", "tsunami"), or that shares
    its first five letters with a translation word ("sclérose" → "sclerosis"), is
    rendered there, so it cannot be what the listed word renders."""
    kept = {t.fold[:COGNATE] for t in t_words if len(t.fold) > 2}

    def rendered(w: str) -> bool:
        f = fold_accents(w)
        return len(f) > 2 and f[:COGNATE] in kept and (len(f) >= COGNATE or f in kept)

    unknown = tuple(w for w in mt.unknown if not rendered(w))
    return replace(mt, unknown=unknown)


def sentence_words(src: str, tgt: str, mt: Reading) -> tuple[list[Tok], list[str], set[str]]:
    """The translation's words, the source's folded words and the MT's folded words: what
    the whole-sentence readers of listed words compare."""
    return words(tokenize(tgt)), [t.fold for t in words(tokenize(src))], {t.fold for t in mt.ws}


def unexcused(
    t_words: list[Tok], k: int, s_folds: list[str], mt_folds: set[str], mt: Reading
) -> bool:
    """No source or MT word shares translation word ``k``'s first :data:`COGNATE`
    letters, and no untranslated word (not a verb form, not kept by the translation)
    stands between the MT places of its neighbours (:func:`_near_unknown`)."""
    stem = t_words[k].fold[:COGNATE]
    if any(f.startswith(stem) for f in (*s_folds, *mt_folds)):
        return False
    return not _near_unknown(t_words, k, _unkept(_no_verbs(mt), t_words))


def adverb_added(src: str, tgt: str, mt: Reading | None) -> Tok | None:
    """The translation's listed adverb that neither the source (Spanish) nor its literal
    MT has any trace of; None when there is none."""
    if mt is None:
        return None
    t_words, s_folds, mt_folds = sentence_words(src, tgt, mt)
    for english, mt_words, spanish in CLASSES:
        said = [k for k, t in enumerate(t_words) if t.fold in english]
        if len(said) != 1:
            continue
        k = said[0]
        negated = k > 0 and t_words[k - 1].fold == "not"
        if english is NEAR_EN and (_figure_after(t_words, k) or negated):
            continue
        if mt_folds & mt_words or any(f.startswith(spanish) for f in s_folds):
            continue
        if unexcused(t_words, k, s_folds, mt_folds, mt):
            return t_words[k]
    return None


# What reads a listed word: (the source's Spanish, the translation, the MT) → the word.
WordReader = Callable[[str, str, Reading], Tok | None]


def read_added(src: Side, tgt: Side, ev: Evidence, reader: WordReader, says: str) -> list[Finding]:
    """An addition (major) at the word ``reader`` finds, the message ending in ``says``
    (English translations with an MT; Spanish sources, or the Spanish a pivot route went
    by for another source language). The whole-sentence readers of listed words share it
    (this module, :mod:`added_qualities`, :mod:`added_avoidance`)."""
    if tgt.lang[:2] != "en" or ev.mt is None:
        return []
    spanish = src.text if src.lang[:2] == "es" else pivot_text(ev)
    if not spanish:
        return []
    word = reader(spanish, tgt.text, ev.mt)
    if word is None:
        return []
    message = f"The translation adds {quote(word.text)}{says}"
    return [added_word((word.start, word.end), message)]


def check_added_adverb(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """An addition (major) at a listed adverb the source has no trace of."""
    return read_added(
        src,
        tgt,
        ev,
        adverb_added,
        ", which says something of its own that nothing in the source or its literal "
        "translation says.",
    )
