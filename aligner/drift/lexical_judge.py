"""Which unrendered words are errors: candidates, their evidence, a fitted model.

:mod:`aligner.drift.lexical_diff` finds the content words of each side that nothing on
the other side renders. Most are paraphrase ("habla de" → "is about"); a few are the
error itself. Three kinds of candidate are read from them:

* **replaced**: an unrendered source word and an unrendered target word in the same
  place (each near the other's anchors): an antonym, a hypernym, another noun;
* **removed**: an unrendered source word with nothing unrendered in the translation
  where it would be (an orphan);
* **added**: the same for a target word.

Each candidate gets evidence (:func:`features`): its part of speech, how literal the
rest of the pair is, how many free words each side has, whether the translation is
broken where the word would be (a determiner left without its noun: "signed a that
prohibits"), whether the replacing word is a WordNet antonym of one of the source
word's dictionary translations. A small logistic model per kind (fitted by
``bench/drift_words_fit.py`` on the development files, weights in
``data/lexical_judge.json``) turns that into a probability; a candidate at or above the
kind's threshold becomes a finding.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from aligner.drift.antonyms import _table as _antonym_table
from aligner.drift.antonyms import lemmas as _antonym_lemmas
from aligner.drift.decision import logistic, read_model
from aligner.drift.lexical_diff import Unrendered, Word, partners, unrendered
from aligner.drift.synonyms import synsets as _synsets

DATA = os.path.join(os.path.dirname(__file__), "data", "lexical_judge.json")
KINDS = ("replaced", "removed", "added")
WINDOW = 3
FEATURES = (
    "bias",
    "noun",
    "verb",
    "adj",
    "adv",
    "other_noun",
    "other_verb",
    "other_adj",
    "same_pos",
    "matched_src",
    "matched_tgt",
    "free_src",
    "free_tgt",
    "near_free",
    "crowded",
    "content_words",
    "first",
    "gap",
    "antonym",
    "head_matched",
    "capital_other",
    "negated",
    "synonym",
    "related",
    # Filled by aligner.drift.lexical_e5 when e5 runs (0 until then): the similarity
    # gained by undoing the candidate, and how much the undone side moved.
    "e5_gain",
    "e5_shift",
)
# Words that may follow a determiner when its noun is there: a noun, a name, a number,
# an adjective or adverb before the noun, a participle used as an adjective.
_NOUN_PHRASE = frozenset(
    ("n", "np", "adj", "adv", "num", "vblex", "preadv", "ord", "det", "predet", "abbr", "acr")
)
# Apertium tags of determiners whose noun must follow ("the", "a", "his", "this").
_NEEDS_NOUN = frozenset(("det",))
# English determiners that stand alone as pronouns ("this", "that", "all", "both").
# Ordinals and "last"/"next" are tagged determiners too and stand alone ("the first of").
_PRONOMINAL = frozenset(
    "this that these those all both each either neither some any "
    "many much few several more most other another one none such "
    "enough half first second third fourth fifth last next latter "
    "former same which whose what whatever whichever".split()
)
_CLOSING = frozenset(",.;:!?)")
# Negation words before a replaced word make an antonym a paraphrase ("no admitió" →
# "refused"): the polarity check's business.
_NEGATION = frozenset("no not never nunca ni sin without n't nor tampoco jamás".split())
_POS = {"n": "noun", "vblex": "verb", "adj": "adj", "adv": "adv"}


@dataclass(frozen=True)
class Candidate:
    """One unrendered word (or a source/target pair of them) that may be an error."""

    kind: str  # replaced, removed, added
    src: Word | None
    tgt: Word | None
    x: tuple[float, ...]  # evidence, in FEATURES order


def _pos_vector(w: Word | None) -> list[float]:
    return [float(w is not None and _POS.get(w.pos) == p) for p in ("noun", "verb", "adj", "adv")]


def gaps(words: Sequence[Word]) -> set[int]:
    """Indices of English determiners left without their noun ("signed a that",
    "since the of the"): the next word cannot start a noun phrase."""
    out = set()
    for i, w in enumerate(words[:-1]):
        if w.pos in _NEEDS_NOUN and w.lemma not in _PRONOMINAL:
            nxt = words[i + 1]
            if nxt.surface in _CLOSING or (nxt.known and nxt.pos not in _NOUN_PHRASE):
                out.add(i)
    return out


def opposite(src: Word, tgt: Word) -> bool:
    """Whether the target word is a WordNet antonym of one of the source word's
    dictionary translations (English target)."""
    table, _ = _antonym_table()
    if not table:
        return False
    mine = _antonym_lemmas(tgt.surface) | _antonym_lemmas(tgt.lemma)
    opposed = {a for m in mine for a in table.get(m, ())}
    return any(t in opposed or (t.split()[-1:] and t.split()[-1] in opposed) for t in src.trans)


def kinship(src: Word, tgt: Word) -> tuple[float, float]:
    """Whether the target word shares a WordNet synset with one of the source word's
    dictionary translations: among the frequent senses of both (a synonym the dictionary
    does not list: "doctor" for "médico" → "physician"), or among any of their senses."""
    mine = (_synsets(tgt.lemma, 3), _synsets(tgt.lemma, 99))
    theirs = [(_synsets(t, 3), _synsets(t, 99)) for t in src.trans if t]
    return (float(any(mine[0] & t[0] for t in theirs)), float(any(mine[1] & t[1] for t in theirs)))


def _head_matched(words: Sequence[Word], i: int, matched: Sequence[int]) -> float:
    """Whether the word's neighbour (an adjective's noun, an adverb's verb or adjective)
    is rendered: an inserted modifier sits next to a word both sides share."""
    for k in (i + 1, i - 1):
        if 0 <= k < len(words) and words[k].content and matched[k] >= 0:
            return 1.0
    return 0.0


def _matched_share(words: Sequence[Word], matched: Sequence[int]) -> float:
    content = [k for k, w in enumerate(words) if w.content]
    return sum(matched[k] >= 0 for k in content) / len(content) if content else 1.0


def candidates(
    src: Sequence[Word], tgt: Sequence[Word], src_lang: str, tgt_lang: str
) -> list[Candidate]:
    """Every replaced, removed and added candidate of one pair, with its evidence."""
    eng = "target" if tgt_lang == "en" else "source" if src_lang == "en" else ""
    back = "source" if eng == "target" else "target" if eng == "source" else ""
    # (unrendered() counts the *other* side's free words.)
    s_un, t_free = unrendered(src, tgt, back, src_lang, tgt_lang, WINDOW)
    t_un, s_free = unrendered(tgt, src, eng, tgt_lang, src_lang, WINDOW)
    s_match, t_match = partners(src, tgt, back), partners(tgt, src, eng)
    broken = gaps(tgt) if tgt_lang == "en" else set()
    # Free words as a share of each side's content words: a long sentence has more.
    shared = [
        _matched_share(src, s_match),
        _matched_share(tgt, t_match),
        s_free / max(1, sum(w.content for w in src)),
        t_free / max(1, sum(w.content for w in tgt)),
    ]
    n_content = math.log1p(sum(w.content for w in src))
    t_by = {u.index: u for u in t_un}
    s_by = {u.index: u for u in s_un}
    # Replacements, one to one: an unrendered source word and an unrendered target word
    # each near the other's place, the same part of speech first, then the nearest.
    options = sorted(
        (
            (
                _POS.get(src[u.index].pos) != _POS.get(tgt[j].pos),
                min(abs(j - a) for a in u.anchors),
                u.index,
                j,
            )
            for u in s_un
            if u.anchors
            for j in u.near_free
            if j in t_by and t_by[j].anchors
        ),
        key=lambda o: o[:2],
    )
    pairs: dict[int, int] = {}
    for _, _, i, j in options:
        if i not in pairs and j not in pairs.values():
            pairs[i] = j
    taken_t, taken_s = set(pairs.values()), set(pairs)
    out: list[Candidate] = []
    for i, j in pairs.items():
        s, t = src[i], tgt[j]
        gap = float(any(abs(g - a) <= WINDOW for g in broken for a in s_by[i].anchors))
        out.append(
            Candidate(
                "replaced",
                s,
                t,
                _vector(
                    s,
                    t,
                    shared,
                    0.0,
                    0.0,
                    n_content,
                    i,
                    gap,
                    opposite(s, t),
                    _head_matched(tgt, j, t_match),
                    max(_negated(src, i), _negated(tgt, j)),
                    kinship(s, t),
                ),
            )
        )
    # Orphans: an unrendered word left over; "crowded" when the other side's unrendered
    # words near it all went to other replacements ("found that beautiful crystals" for
    # "descubierto que de los cristales": "found" takes "descubierto").
    for u in s_un:
        if u.index not in taken_s and u.anchors:
            gap = float(any(abs(g - a) <= WINDOW for g in broken for a in u.anchors))
            out.append(_leftover("removed", src, u, taken_t, shared, n_content, gap, s_match))
    for u in t_un:
        if u.index not in taken_t and u.anchors:
            out.append(_leftover("added", tgt, u, taken_s, shared, n_content, 0.0, t_match))
    return out


def _leftover(
    kind: str,
    words: Sequence[Word],
    u: Unrendered,
    taken: set[int],
    shared: list[float],
    n_content: float,
    gap: float,
    matched: Sequence[int],
) -> Candidate:
    """A removed (source) or added (target) candidate: an unrendered word no replacement
    took."""
    left = [j for j in u.near_free if j not in taken]
    w = words[u.index]
    x = _vector(
        w,
        None,
        shared,
        math.log1p(len(left)),
        float(bool(u.near_free) and not left),
        n_content,
        u.index,
        gap,
        False,
        _head_matched(words, u.index, matched),
    )
    return Candidate(kind, w if kind == "removed" else None, w if kind == "added" else None, x)


def _negated(words: Sequence[Word], i: int) -> float:
    """Whether a negation word stands within three words before this one."""
    return float(
        any(
            words[k].lemma in _NEGATION or words[k].surface.lower() in _NEGATION
            for k in range(max(0, i - 3), i)
        )
    )


def _vector(
    w: Word,
    other: Word | None,
    shared: list[float],
    near: float,
    crowded: float,
    n_content: float,
    index: int,
    gap: float,
    antonym: bool,
    head: float,
    negated: float = 0.0,
    kin: tuple[float, float] = (0.0, 0.0),
) -> tuple[float, ...]:
    mine, theirs = _pos_vector(w), _pos_vector(other)
    same = float(other is not None and _POS.get(w.pos) == _POS.get(other.pos))
    capital = float(other is not None and other.surface[:1].isupper())
    return (
        1.0,
        *mine,
        *theirs[:3],
        same,
        *shared,
        near,
        crowded,
        n_content,
        float(index <= 1),
        gap,
        float(antonym),
        head,
        capital,
        negated,
        *kin,
        0.0,
        0.0,
    )


@cache
def load_model(path: str = DATA) -> dict | None:
    """The shipped weights and thresholds per kind, or None when none were fitted."""
    return read_model(path, FEATURES)


def probability(weights: Sequence[float], x: Sequence[float]) -> float:
    return logistic(weights, x)


def judged(cands: Sequence[Candidate], model: dict | None = None) -> list[tuple[Candidate, float]]:
    """The candidates the model keeps (probability at or above their kind's threshold),
    with that probability."""
    model = model or load_model()
    if model is None:
        return []
    out = []
    for c in cands:
        kind = model["kinds"].get(c.kind)
        if kind is None:
            continue
        p = probability(kind["weights"], c.x)
        if p >= kind["threshold"]:
            out.append((c, p))
    return out
