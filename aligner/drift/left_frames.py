"""A frame English keeps only around a word, left standing when the word was cut
(docs/drift.md, "Session 35 (drift40a)").

Most removals leave English that still reads ("practiced and this is still the case"),
and a reader of the English alone cannot tell them from a translator's condensation. A
few frames need the cut word so plainly that the source only has to show which word it
was:

* *"be" before "to" and a verb where a participle stood* ("son considerados como
  obedecer" → "are to obey", "han sido hechos esfuerzos para" → "efforts were to
  draft"): English "be to" states an order or a plan; the source has a participle
  nothing renders between the words that render the verb's neighbours. Not a
  participle that says the order or the plan itself ("están obligados a", "está
  previsto", :data:`aligner.lang.es_stems.PLAN_PARTICIPLE_STEMS`: "are to obey" renders
  them), not a source copula before an infinitive ("la idea es comprar" → "the idea is
  to buy"), not "to be" / "to have" after it ("were to be issued");
* *a preposition before a mark, its object gone* ("sin plantear cuestiones" → "without."):
  the English preposition renders a source preposition whose noun, past determiners,
  adjectives and an infinitive, nothing renders; not after a verb (a particle or a
  stranded preposition: "nothing to sneeze at,", "those you come in contact with.");
* *a role's qualifier with no role after it* ("el antiguo presidente de la Cámara" →
  ", former of the House"): the source gives a role noun a qualifier
  (:mod:`aligner.drift.role_qualifiers`: a former, a deputy, an acting holder); the
  translation writes the qualifier with no role noun, straight before a preposition, a
  conjunction, a verb or a mark, where English puts "former" only before its noun.

* *a sentence opening on adverbs and a verb, its subject gone* ("Proponen generalmente
  ofertas…" → "Usually offer food…"): the source opens on a verb in the third person
  plural of the indicative, with no subject (Spanish drops it: "they"), and the
  translation on adverbs and a verb with none before it. English opens so only in an
  imperative, which a source in the indicative of the third person does not ask for
  (a first person may: "Recomendamos siempre…" → "Always wash…"). The tagger reads a
  verb there as a noun ("offer"): a base form WordNet knows as a verb counts.

Each an omission (major). Direct Apertium pairs, Spanish sources (the words of
:mod:`lexical_diff`); run on the pairs nothing else reports at >= major
(:func:`aligner.drift.headless.check_quiet`).
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import Word, in_locution, partners, reportable, wordnet_parts
from aligner.drift.role_qualifiers import qualifiers
from aligner.drift.signals import Finding, removed_word
from aligner.drift.text import fold
from aligner.lang.es_stems import PLAN_PARTICIPLE_STEMS
from aligner.lang.role_qualifiers import BEFORE
from aligner.textutil import quote

_VERBS = ("vblex", "vbser", "vbhaver", "vbmod", "vaux", "vbdo")
_BE = frozenset("is are was were be been being".split())
# Spanish verbs a participle of which "be to" may leave out as an auxiliary's.
_AUXILIARIES = frozenset("ser estar haber poder deber tener ir querer soler".split())
_PARTICIPLE_ENDINGS = tuple(
    "ado ada ados adas ido ida idos idas to ta tos tas cho cha chos chas so sa sos sas".split()
)
# How far apart (source words) the words rendering the frame's neighbours may be.
_REACH = 6
_MARKS = frozenset(". , ! ? ; :".split())
# What may stand between a source preposition and its noun.
_BEFORE_NOUN = frozenset(("det", "predet", "adj", "num", "vblex"))


def _unrendered(src: Sequence[Word], mine: Sequence[int], back: Sequence[int], i: int) -> bool:
    from aligner.drift.headless import claimed_elsewhere  # headless runs this reader

    return mine[i] < 0 or claimed_elsewhere(src, mine, back, i)


def _participle(w: Word) -> bool:
    word = fold(w.surface)
    return w.pos == "vblex" and not w.finite and word.endswith(_PARTICIPLE_ENDINGS)


def _copula_infinitive(src: Sequence[Word], lo: int, hi: int) -> bool:
    """Whether "ser"/"estar" stands before an infinitive between ``lo`` and ``hi``."""
    for k in range(lo, min(hi, len(src) - 1)):
        nxt = src[k + 1]
        infinitive = nxt.pos == "vblex" and fold(nxt.surface).endswith(("ar", "er", "ir"))
        if src[k].lemma in ("ser", "estar") and infinitive and not nxt.finite:
            return True
    return False


def be_to_participle(src, tgt, links) -> tuple[Word, Word] | None:
    """(the source participle, the English "be") of a participle cut before "to"."""
    mine, back = links
    for b in range(len(tgt) - 2):
        if fold(tgt[b].surface) not in _BE or fold(tgt[b + 1].surface) != "to":
            continue
        verb = tgt[b + 2]
        if verb.pos != "vblex" or fold(verb.surface) in ("be", "have"):
            continue
        lo = next((back[k] for k in range(b, -1, -1) if back[k] >= 0), -1)
        hi = next((back[k] for k in range(b + 2, len(tgt)) if back[k] >= 0), -1)
        if lo < 0 or hi <= lo or hi - lo > _REACH or _copula_infinitive(src, lo, hi):
            continue
        for i in range(lo + 1, hi):
            w = src[i]
            if not _participle(w) or w.lemma in _AUXILIARIES or not w.content:
                continue
            if fold(w.surface).startswith(PLAN_PARTICIPLE_STEMS) or in_locution(src, i, "es"):
                continue
            if _unrendered(src, mine, back, i):
                return w, tgt[b]
    return None


def preposition_before_mark(src, tgt, links) -> tuple[Word, Word] | None:
    """(the source noun, the English preposition) of a preposition left before a mark."""
    mine, back = links
    for j in range(1, len(tgt) - 1):
        if tgt[j].pos != "pr" or tgt[j + 1].surface not in _MARKS:
            continue
        i = back[j]
        if i < 0 or mine[i] != j or src[i].pos != "pr" or tgt[j - 1].pos in _VERBS:
            continue
        k = _object_noun(src, i)
        if k is not None and _unrendered(src, mine, back, k):
            return src[k], tgt[j]
    return None


def _object_noun(src: Sequence[Word], i: int) -> int | None:
    """The noun source preposition ``i`` governs, past determiners, adjectives, a figure
    or an infinitive (three words at most), when it may be reported alone."""
    for k in range(i + 1, min(i + 4, len(src))):
        w = src[k]
        if w.pos == "n":
            cut = w.content and reportable(w, "es") and not in_locution(src, k, "es")
            return k if cut else None
        if w.pos not in _BEFORE_NOUN:
            return None
    return None


def qualifier_alone(src_text: str, tgt: Sequence[Word]) -> tuple[str, Word] | None:
    """(the source role qualifier's kind, the English qualifier) of a role cut after it."""
    said = qualifiers(src_text, "es")
    if not said:
        return None
    for k in range(1, len(tgt) - 1):
        kind = BEFORE["en"].get(fold(tgt[k].surface))
        if kind is None or kind not in said or fold(tgt[k - 1].surface) == "the":
            continue  # "the former of the two" is a pronoun's
        nxt = tgt[k + 1]
        if nxt.surface in _MARKS or nxt.pos in ("pr", "cnjcoo", *_VERBS):
            return kind, tgt[k]
    return None


# Endings of a Spanish third person plural ("proponen", "ofrecen", "dan").
_THIRD_PLURAL = ("an", "en")


def opening_without_subject(src, tgt) -> tuple[Word, Word] | None:
    """(the source's opening verb, the English verb) of a sentence opening on adverbs and
    a verb, its third-person plural subject gone."""
    i = next((k for k, w in enumerate(src) if w.pos != "adv"), len(src))
    k = next((k for k, w in enumerate(tgt) if w.pos != "adv"), len(tgt))
    if i >= len(src) or k == 0 or k >= len(tgt):
        return None
    v, w = src[i], tgt[k]
    if not (v.finite and v.stating and fold(v.surface).endswith(_THIRD_PLURAL)):
        return None
    word = w.surface
    if w.pos == "vblex" and fold(word) == w.lemma:
        return v, w
    base = w.pos == "n" and word.islower() and word == w.lemma
    return (v, w) if base and "vblex" in wordnet_parts(word) else None


def check_left_frames(src, tgt, analysed, links=None) -> list[Finding]:
    """An omission (major) at a frame English keeps only around the cut word."""
    if analysed is None or tgt.lang[:2] != "en" or src.lang[:2] != "es":
        return []
    s, t = analysed
    links = links or (partners(s, t, "source"), partners(t, s, "target"))
    found = be_to_participle(s, t, links)
    if found is not None:
        w, be = found
        return _left_out(
            w,
            be,
            f"The source's {quote(w.surface)} has nothing rendering it in the translation, "
            f"where {quote(be.surface + ' to')} before a verb states an order or a plan the "
            "source does not",
        )
    found = preposition_before_mark(s, t, links)
    if found is not None:
        w, prep = found
        return _left_out(
            w,
            prep,
            f"The source's {quote(w.surface)} has nothing rendering it in the translation, "
            f"whose {quote(prep.surface)} stands before a mark with no object",
        )
    found = opening_without_subject(s, t)
    if found is not None:
        v, w = found
        return _left_out(
            v,
            w,
            f"The source's {quote(v.surface)} has a subject of its own (they); the "
            f"translation opens on {quote(w.surface)} with none before it",
        )
    role = qualifier_alone(src.text, t)
    if role is not None:
        _kind, word = role
        return _left_out(
            None,
            word,
            f"The source names a role its qualifier goes with; the translation keeps "
            f"{quote(word.surface)} with no role after it",
        )
    return []


def _left_out(source, at, why: str) -> list[Finding]:
    """The omission (major) at the translation's word ``at``, pointing at the source's
    word ``source`` when it has a place; ``why`` says what the frame lacks."""
    where = (source.start, source.end) if source is not None and source.start >= 0 else None
    return [removed_word(where, (at.start, at.end), f"{why}: a word seems to have been left out.")]
