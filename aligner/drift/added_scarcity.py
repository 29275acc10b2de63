"""A word of scarcity the translation puts before an abstract noun the source says
plainly (docs/drift.md, "Session 38 (drift43a)"): "expresó la esperanza de que" →
"expressed [little] hope that", "hay pruebas de que" → "there is [scant] evidence that".

"Little hope" is near "no hope": the claim turns round, as a negation does, but no
negation is added, so the negation readers do not count it. A faithful translation says
it where the source does ("poca esperanza", "escasas pruebas", "apenas", "no hay mucha
esperanza"). "little" and "scant" in the translation are an addition (major) when

* the next word is a noun whose first WordNet sense is abstract (a feeling, a thought, an
  act, a state, an attribute, a quantity, time …: "hope", "evidence", "improvement",
  "interest", "time"), not a thing, place, body or person ("little girl", "little town":
  a size);
* "little" has no article, demonstrative or possessive before it ("a little hope" is
  some hope, "the little time left"), and the two words are no WordNet entry;
* no source word (Spanish, or the Spanish a pivot route went by; a proxy's French or
  Italian leftovers too) says scarcity, size or a negation (:data:`SCARCE_ES`: "poc",
  "escas", "apenas", "minim", "pequeñ" …; :data:`NEGATION_ES`: "no", "sin", "nada" …);
* the literal MT has no word of scarcity or negation ("little", "few", "scarce", "not").

Token work on the texts the pipeline has and WordNet's noun index; it runs on every pair
with an MT.
"""

from __future__ import annotations

from functools import cache

from aligner.drift.added_adverbs import read_added
from aligner.drift.signals import Evidence, Finding, Reading, Side
from aligner.drift.text import Tok, tokenize, words

SCARCE_EN = frozenset(("little", "scant"))
_BEFORE = frozenset(
    """a an the this that these those my your his her its our their whose one""".split()
)
# WordNet's abstract lexicographer files: act, attribute, cognition, communication,
# event, feeling, motive, phenomenon, possession, process, quantity, relation, state, time.
ABSTRACT = frozenset(b"04 07 09 10 11 12 16 19 21 22 23 24 26 28".split())
SCARCE_ES = (
    "poc", "escas", "apenas", "minim", "insuficien", "exigu", "pequen", "chic", "ningun",
    "falt", "carec", "limitad", "rar", "peu", "poch", "piccol", "petit",
    # a negation inside an adjective of certainty: "Es indudable que" → "There is little
    # doubt that"
    "indud", "inneg", "incuestion", "indiscut",
)  # fmt: skip
# Negations, whole words only ("no" opens "nos", "norte").
NEGATION_ES = frozenset("no ni sin nada nunca jamas tampoco non pas senza sans".split())
_SCARCE_MT = frozenset(
    """little few fewer less least scarce scarcely scant hardly barely small not no
    nothing none never without lack lacking short shortage limited rare rarely""".split()
)


@cache
def first_file(lemma: str) -> bytes | None:
    """The lexicographer file of an English noun's first WordNet sense ("26": a state)."""
    from aligner.drift.lexical_diff import _line
    from aligner.drift.person_gender import _data

    files = _data()
    if files is None or not lemma[:1].isalpha():
        return None
    index, data = files
    line = _line(index, lemma.encode("utf-8"))
    fields = line.split() if line else []
    count = int(fields[2]) if len(fields) > 3 and fields[2].isdigit() else 0
    if not count:
        return None
    offset = int(fields[len(fields) - count])
    entry = data[offset : data.find(b"\n", offset)].split()
    return entry[1] if len(entry) > 1 else None


def _entry(a: str, b: str) -> bool:
    from aligner.drift.lexical_diff import wordnet_parts

    return bool(wordnet_parts(f"{a} {b}"))


def _source_says(s_folds: list[str]) -> bool:
    """Whether a source word says scarcity, size or a negation."""
    return any(s in NEGATION_ES or s.startswith(SCARCE_ES) for s in s_folds)


def scarcity_added(src: str, tgt: str, mt: Reading) -> Tok | None:
    """The translation's first word of scarcity before an abstract noun that neither the
    source nor its literal MT says; None when there is none."""
    t_words = words(tokenize(tgt))
    said = [
        k
        for k, t in enumerate(t_words[:-1])
        if t.fold in SCARCE_EN
        and not (k and (t_words[k - 1].fold in _BEFORE or t_words[k - 1].fold == "'s"))
        and first_file(t_words[k + 1].fold) in ABSTRACT
        and not _entry(t.fold, t_words[k + 1].fold)
    ]
    if not said:
        return None
    if _source_says([t.fold for t in words(tokenize(src))]):
        return None
    mt_folds = {t.fold for t in mt.ws} or {t.fold for t in words(tokenize(mt.text))}
    if mt_folds & _SCARCE_MT:
        return None
    return t_words[said[0]]


def check_added_scarcity(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """An addition (major) at "little" or "scant" before an abstract noun the source says
    plainly."""
    return read_added(
        src,
        tgt,
        ev,
        scarcity_added,
        ", which turns the claim near its negation and which nothing in the source or its "
        "literal translation says.",
    )
