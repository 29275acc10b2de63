"""A party or a prize the translation gives a person the source names bare (docs/drift.md,
"Session 38 (drift43a)"): "la senadora Michele Bachmann" → "[Democratic] Congresswoman
Michele Bachmann", "la escritora Alice Walker" → "[Nobel] writer Alice Walker", "el
periodista" → "the [award-winning] journalist".

A party or an award before a person's role is a fact about the person (which side, what
honour), and a newsroom's reader takes it as stated by the source. Faithful translations
give one where the source says it ("la demócrata", "el senador republicano", "el Nobel
de Literatura", "la premiada escritora") or names the party by its acronym ("la diputada
del PSOE" → "Socialist MP"). A word of the translation is an addition (major) when

* it is a party's adjective written with a capital ("Democratic",
  "Republican", "Conservative", "Socialist" …; not "Labour", a ministry's portfolio too),
  a prize's name ("Nobel", "Pulitzer", "Oscar" …) or a word ending in "-winning"
  ("award-winning", "Oscar-winning");
* the next word is a person's role: a noun whose first WordNet sense is a person
  ("Congresswoman", "writer", "senators");
* no source word (Spanish, or the Spanish a pivot route went by) begins as a word of its
  kind does (:data:`PARTY_ES`, :data:`PRIZE_ES`: "democr", "republic", "conserv",
  "social", "premi", "galard", "nobel" …), and, for a party, the source has no acronym
  (two capitals or more: a party may be named so);
* the literal MT has no English word of its kind.

Token work on the texts the pipeline has; it runs on every pair with an MT.
"""

from __future__ import annotations

from aligner.drift.added_adverbs import read_added
from aligner.drift.signals import Evidence, Finding, Reading, Side
from aligner.drift.text import Tok, tokenize, words

PARTY_EN = frozenset(
    """democratic democrat democrats republican republicans conservative conservatives
    tory tories socialist socialists communist communists liberal liberals
    libertarian""".split()
)
# Source stems that may say a party or a side (Spanish, and a proxy's leftovers).
PARTY_ES = (
    "democr", "republic", "conserv", "tory", "social", "comunis", "communis", "liberal",
    "libertar", "izquierd", "derech", "progresist", "partid", "gauche", "droit", "sinistr",
    "destr", "laboris", "popular", "ultra", "extrem",
)  # fmt: skip
PRIZE_EN = frozenset("nobel pulitzer oscar oscars grammy emmy booker".split())
PRIZE_ES = (
    "nobel", "pulitzer", "oscar", "grammy", "emmy", "booker", "goya", "cervantes", "premi",
    "galard", "laure", "ganador", "gano", "vencedor", "prix", "distingu", "condecor",
)  # fmt: skip
_PRIZE_MT = frozenset("prize prizes award awards awarded winner winning laureate".split())


def _role(tok: Tok) -> bool:
    """Whether a word is a person's role: its first WordNet noun sense is a person."""
    from aligner.drift.person_gender import is_person

    f = tok.fold
    return tok.word and (is_person(f) or (f.endswith("s") and is_person(f[:-1])))


def _acronym(src: str) -> bool:
    return any(
        len(t.text) >= 2 and t.text.isupper() and t.text.isalpha() for t in words(tokenize(src))
    )


def distinction_added(src: str, tgt: str, mt: Reading) -> Tok | None:
    """The translation's first party or prize before a person's role that neither the
    source nor its literal MT says; None when there is none."""
    t_words = words(tokenize(tgt))
    found: list[tuple[int, bool]] = []
    for k, t in enumerate(t_words[:-1]):
        party = t.fold in PARTY_EN and t.text[:1].isupper()
        prize = t.fold in PRIZE_EN or (t.fold.endswith("-winning") and len(t.fold) > 8)
        if (party or prize) and _role(t_words[k + 1]):
            found.append((k, party))
    if not found:
        return None
    s_folds = [t.fold for t in words(tokenize(src))]
    mt_folds = {t.fold for t in mt.ws} or {t.fold for t in words(tokenize(mt.text))}
    for k, party in found:
        word = t_words[k]
        if party:
            if any(s.startswith(PARTY_ES) for s in s_folds) or _acronym(src):
                continue
            if any(f.startswith(word.fold[:6]) for f in mt_folds):
                continue
        else:
            if any(s.startswith(PRIZE_ES) for s in s_folds):
                continue
            if mt_folds & (_PRIZE_MT | PRIZE_EN) or any(f.endswith("-winning") for f in mt_folds):
                continue
        return word
    return None


def check_added_distinction(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """An addition (major) at a party or a prize given to a person the source names bare."""
    return read_added(
        src,
        tgt,
        ev,
        distinction_added,
        ", a party or an honour given to a person, which nothing in the source or its "
        "literal translation says.",
    )
