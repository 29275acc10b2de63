"""A modifier added or removed beside a head word both sides keep (docs/drift.md,
"Session 14").

DEMETR's additions put an adjective before a noun of a good translation ("the laser
show", "a futuristic vehicle", "crazy customer diagnoses"); its removals take one out
("our unfair budget" → "our budget", "their recent travels" → "their travels"). Where
the translation is free, the MT's neighbours do not meet (:mod:`closed_gaps`), but the
head is still there, rendered word for word:

* *added*: a translation adjective that nothing in the source renders, right before a
  noun that renders a source content word, with no source word left unrendered (light
  or unknown words included: a rewording's trace) within :data:`WINDOW` words of that
  source word, no other unrendered translation word within :data:`WINDOW` words of the
  adjective, and no WordNet entry made of the two ("old woman", "open season");
* *removed*: the mirror, a source adjective (before or after its noun) or adverb (beside
  its verb or adjective) that nothing in the translation renders, whose head the
  translation renders, with nothing unrendered near either.

Direct Apertium pairs only (the word analyses of :mod:`lexical_diff`); the cheap
pre-filter (:func:`modifier_pairs`) reads the tags the fluency check already has.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from aligner.drift.administrative import body_explained
from aligner.drift.closed_gaps import compound
from aligner.drift.emphasis import said_otherwise
from aligner.drift.lexical_diff import (
    LIGHT,
    Word,
    in_locution,
    partners,
    reportable,
    synonym_only_parts,
    synsets,
    wordnet_parts,
)
from aligner.drift.signals import Evidence, Finding, Side, added_word, removed_word
from aligner.drift.text import find_cues, fold, quoted_spans, tokenize, words
from aligner.lang import profile
from aligner.lang.es_cues import ASPECT_ADVERBS
from aligner.textutil import quote

# How far (words) an unrendered word makes the modifier a rewording, chosen leaving one
# development file out (docs/drift.md, "Session 14"): 3 for an added adjective on every
# fold; 4 for a removed modifier, which is measured but not reported by default
# (REMOVED): it adds a faithful flag on each DEMETR proxy for 4–6 critical hits.
WINDOW = 3
WINDOW_REMOVED = 4
REMOVED = False
# Inside quotation marks the words are a person's, so a modifier dropped there is reported
# even though REMOVED is off (docs/drift.md, "Session 15, lead").
REMOVED_IN_QUOTES = True
_HEADS = {"adj": ("n",), "adv": ("vblex", "adj")}
# What an added modifier is reported as: an adjective before its noun, an adverb before
# its verb or adjective (Session 14 left adverbs out for "allegedly has ties", a hearsay
# conditional; session 16 leaves the words other checks own instead: docs/drift.md).
ADDED = {"adj": ("n",), "adv": ("vblex", "adj")}
# Adverbs the polarity, modality and degree checks compare ("not", "allegedly",
# "extremely"): an added one is theirs to report, as a changed meaning, not an addition.
_EN = profile("en")
OWNED = frozenset(
    w
    for w in (
        *_EN.negation_words,
        *(c for c, _ in _EN.modality_cues),
        *(c[0] for c in _EN.degree_cues),
    )
    if " " not in w and "*" not in w
)


# Quantifiers a translation renders by an adjective ("toda la responsabilidad" → "full
# responsibility", "cada detalle" → "every single detail").
_QUANTIFIERS = frozenset(
    "todo cada mucho poco tanto demasiado bastante varios cierto otro mismo propio "
    "ninguno alguno cualquiera".split()
)
# Light determiners: Apertium tags some light words so ("los últimos meses" → "in recent
# months": "último" is det.ord), which makes them no content words, yet a translation
# renders them by an adjective all the same. (Light verbs stay out: an auxiliary left
# unrendered, "han sido destruidas" → "were destroyed", is no rewording's trace.)
_LIGHT = LIGHT["es"] | LIGHT["en"]


def _loose(w: Word) -> bool:
    """A word that may stand for something on the other side: any content word, a
    quantifier or a light determiner, or a lower-case word the analyser does not know."""
    if not w.known:
        return w.surface[:1].islower() and w.surface[:1].isalpha()
    return w.content or w.lemma in _QUANTIFIERS or (w.pos == "det" and w.lemma in _LIGHT)


def _unrendered(ws: Sequence[Word], found: Sequence[int]) -> list[int]:
    return [i for i, (w, p) in enumerate(zip(ws, found, strict=True)) if p < 0 and _loose(w)]


def _near(points: Sequence[int], at: int, skip: int = -1, window: int = WINDOW) -> bool:
    return any(abs(k - at) <= window and k != skip for k in points)


# Session 30 (drift35c). A complement after nouns joined by "y" qualifies each of them
# ("los ciudadanos y residentes permanentes del país" → "local citizens and permanent
# residents"): what an added modifier may render is looked for from the list's end too.
_COORDINATORS = frozenset("y e o u".split())


def _listed_end(src: Sequence[Word], i: int) -> int:
    """The last word of a noun phrase joined to the noun at ``i`` by a coordinator
    (adjectives after either noun included); ``i`` itself when there is none."""
    k = i
    while k + 1 < len(src) and src[k + 1].pos == "adj":
        k += 1
    if k + 2 >= len(src) or fold(src[k + 1].surface) not in _COORDINATORS:
        return i
    if src[k + 2].pos != "n":
        return i
    k += 2
    while k + 1 < len(src) and src[k + 1].pos == "adj":
        k += 1
    return k


def _inside(w: Word, span: tuple[int, int]) -> bool:
    return span[0] <= w.start < span[1]


def _one_entry(text: str, w: Word) -> bool:
    """The word and a neighbour make one WordNet entry ("old woman", "open season")."""
    toks = words(tokenize(text))
    k = next((i for i, t in enumerate(toks) if t.start == w.start), None)
    return k is not None and compound(toks, k)


def _hyphened(text: str, w: Word) -> bool:
    """A word glued to the one before by a hyphen ("inter-ministerial", "63-year-old")."""
    return w.start > 0 and text[w.start - 1] in "-‐–"


# Words before a noun that open a noun phrase: a participle after one of them is an
# adjective ("a stolen yacht", "the collapsed entrances"), not a verb with its object.
_PHRASE_OPENERS = frozenset(("det", "predet", "adj", "num"))
_PARTICIPLE_ENDS = ("ed", "en", "ing")


def as_modifier(ws: Sequence[Word], j: int) -> Word:
    """Word ``j`` as an added modifier may be read: a participle inside a noun phrase
    ("a stolen yacht", Apertium's verb) as an adjective; a lower-case word Apertium's
    English dictionary lacks ("idyllic", "exploitative") by WordNet, when WordNet has
    it only as an adjective, or only as an adverb in "-ly". Any other word as it is."""
    w = ws[j]
    before = ws[j - 1] if j else None
    if w.pos == "vblex" and w.surface.endswith(_PARTICIPLE_ENDS) and before is not None:
        if before.pos in _PHRASE_OPENERS and before.known:
            return replace(w, pos="adj")
        return w
    if w.known or not w.surface.isalpha() or not w.surface[:1].islower():
        return w
    parts = wordnet_parts(w.surface.lower())
    if parts == ("adj",) or (parts == ("adv",) and w.surface.endswith("ly")):
        return replace(w, pos=parts[0], known=True)
    return w


def _free_prepositions(src: Sequence[Word], rendering: Sequence[int]) -> list[int]:
    """Source multiword prepositions nothing in the translation renders."""
    return [i for i, w in enumerate(src) if w.pos == "pr" and " " in w.surface and rendering[i] < 0]


def added_modifier(
    src: Sequence[Word], tgt: Sequence[Word], tgt_text: str, kinds: dict = ADDED
) -> tuple[Word, Word] | None:
    """(modifier, its head) for the first translation adjective (``kinds``: modifier
    part of speech → its heads') nothing in the source renders, before a noun that
    renders a source word, with nothing unrendered near."""
    mine = partners(tgt, src, "target")
    back = partners(src, tgt, "source")
    # A source word "rendered" only by a light word far away ("seguidos" by "is", through
    # "seguir") may still be what the added adjective renders ("partidos seguidos" →
    # "straight games"): it counts as unrendered here.
    light = [p if p < 0 or tgt[p].content else -1 for p in back]
    # Nor is a word rendered by a translation word that renders another source word
    # ("número total" → "number": "total" meets "number" only through the verb "to
    # total"; session 29, drift34c): "overall number" may render the pair.
    light = [-1 if p >= 0 and mine[p] >= 0 and mine[p] != k else p for k, p in enumerate(light)]
    src_free, tgt_free = _unrendered(src, light), _unrendered(tgt, mine)
    # A multiword preposition says something of its own ("a principios del año" → "early
    # next year", "a finales de" → "late"): unrendered, it may be what the word renders.
    src_free = sorted({*src_free, *_free_prepositions(src, light)})
    # A verb the source conjugates is rendered by a verb or a participle ("el coche que
    # robaron" → "the stolen car"), not by an adjective Apertium's tagger has as one.
    src_unconjugated = [i for i in src_free if not src[i].finite]
    for j in range(len(tgt) - 1):
        w, head = as_modifier(tgt, j), tgt[j + 1]
        # Its part of speech is trusted against a synonym's only inside a noun phrase
        # ("the same radical conclusion"; "can record trips" is the tagger's adjective).
        opened = j > 0 and tgt[j - 1].pos in _PHRASE_OPENERS
        if _rendered(src, mine[j], (w, tgt[j]) if opened else None):
            continue
        if not w.content or w.pos not in kinds:
            continue
        if not reportable(w, "en"):
            continue
        # An adverb is a manner adverb ("hastily"), not a particle Apertium also tags
        # so ("clash over fishing"), nor one the other checks compare.
        if w.pos == "adv" and (not w.surface.endswith("ly") or fold(w.surface) in OWNED):
            continue
        i = mine[j + 1]
        # The noun and its source word must pick each other, and nothing else claim it
        # ("the early hours … for several hours" for "la madrugada … durante horas").
        if head.pos not in kinds[w.pos] or i < 0 or back[i] != j + 1 or mine.count(i) > 1:
            continue
        # A source unit of two words carries its own modifier ("texto íntegro" →
        # "unabridged text" ↔ "full text"); an adjective after a mark opens no noun
        # phrase (", together store": a verb the tagger read as a noun).
        if not _head_word(src[i], head.pos == "n") or " " in src[i].surface:
            continue
        if _hyphened(tgt_text, w):
            continue
        if j == 0 or not tgt[j - 1].surface[:1].isalnum():
            continue
        plain = tgt[j].pos == "adj" and not w.surface.endswith(_PARTICIPLE_ENDS)
        free = src_unconjugated + _relative_verb(src, i, src_free) if plain else src_free
        if _near(free, i) or _near(free, _listed_end(src, i)) or _near(tgt_free, j, j):
            continue
        if _one_entry(tgt_text, w) and (
            _entry_rendered(w, head, src[i]) or any(src[k].pos == "n" for k in src_free)
        ):
            continue
        return w, head
    return None


# Session 33 (drift38c). A relative clause of one verb after the noun says what an
# adjective before it says ("la nariz que gotea" → "a runny nose", "una economía que se
# tambalea" → "a faltering economy"): its verb, unrendered, may be what a plain adjective
# renders, though the source conjugates it.
_RELATIVE_CLITICS = frozenset("se le les me te nos os lo la".split())


def _relative_verb(src: Sequence[Word], i: int, free: Sequence[int]) -> list[int]:
    """[k] for the unrendered finite verb of a relative clause opening straight after
    source word ``i`` ("que", at most one clitic, the verb), else []."""
    k = i + 1
    if k >= len(src) or fold(src[k].surface) != "que":
        return []
    k += 1
    if k < len(src) and fold(src[k].surface) in _RELATIVE_CLITICS:
        k += 1
    return [k] if k < len(src) and src[k].finite and k in free else []


# What a Spanish source may say a manner adverb with: an adverb ("rápidamente"), an
# adjective ("de forma irresponsable", "fue intencionado"), a noun after "con" / "sin"
# ("con cuidado", "sin querer").
_ADVERBIAL = frozenset(("adv", "adj", "preadv"))
_MANNER_PREPOSITIONS = frozenset(("con", "sin"))


def added_adverb(src: Sequence[Word], tgt: Sequence[Word]) -> tuple[Word, Word] | None:
    """(adverb, the word it qualifies) for the first lower-case "-ly" adverb of the
    translation that nothing in the source renders, right before a content word that
    renders a source word, where the source has nothing left unrendered that an adverb
    could stand for anywhere in the sentence: no adverb or adjective (light words
    aside), no lower-case word the analyser does not know, no noun after "con" or "sin";
    nor beside a multiword preposition nothing renders ("a principios de" → "early").
    A freer translation than :func:`added_modifier` allows (other words unrendered
    near it), but only for the part of speech nothing else in the source could be."""
    mine = partners(tgt, src, "target")
    back = partners(src, tgt, "source")
    if any(back[i] < 0 and _adverbial(src, i) for i in range(len(src))):
        return None
    free_prepositions = _free_prepositions(src, back)
    for j in range(1, len(tgt) - 1):
        w, head = as_modifier(tgt, j), tgt[j + 1]
        if mine[j] >= 0 or w.pos != "adv" or not w.content or not w.surface[:1].islower():
            continue
        if not w.surface.endswith("ly") or fold(w.surface) in OWNED or not reportable(w, "en"):
            continue
        if fold(w.surface) in _HABITUAL_ADVERBS and _habitual(src, back):
            continue  # "suelen aparecer" → "usually appear"
        # The word it qualifies is kept, or is a verb, adjective or adverb the
        # translation has ("irresponsibly announced" where the source's verb is another
        # the dictionary does not pair): an adverb after its verb ("was started
        # deliberately") qualifies nothing here.
        # A multiword preposition before the head's source word may say the adverb ("a
        # principios del año que viene" → "early next year").
        if mine[j + 1] >= 0 and _near(free_prepositions, mine[j + 1]):
            continue
        if head.content and (mine[j + 1] >= 0 or head.pos in _ADVERB_HEADS):
            return w, head
    return None


_ADVERB_HEADS = frozenset(("vblex", "adj", "adv"))
# "soler" + infinitive says what happens as a rule; English says it with an adverb.
_HABITUAL_ADVERBS = frozenset(
    "usually normally generally typically commonly frequently customarily habitually "
    "ordinarily regularly".split()
)


def _habitual(src: Sequence[Word], back: Sequence[int]) -> bool:
    """Whether the source has a form of "soler" (or Portuguese "costumar") nothing renders."""
    return any(back[i] < 0 and fold(w.lemma) in ("soler", "costumar") for i, w in enumerate(src))


def _rendered(src: Sequence[Word], i: int, modifier: tuple[Word, Word] | None = None) -> bool:
    """Whether source word ``i`` (-1: none) may be what a translation modifier renders:
    not when it is a preposition, a determiner or a name's word ("poor" by the cognate
    "por", "great" by "Gran Bretaña", which "Britain" renders), nor when only a WordNet
    synonym of another part of speech links them (``modifier``: the word as read and as
    tagged; "radical" by "grupo" through the noun synset "group, radical")."""
    if i < 0 or not (src[i].content or _loose(src[i])):
        return False
    if modifier is None:
        return True
    parts = synonym_only_parts(modifier[1], src[i])
    return parts is None or bool(parts & {modifier[0].pos, modifier[1].pos})


def _head_word(w: Word, noun: bool) -> bool:
    """A source word an added modifier's head may render: a content word, or, for a
    noun head, a lower-case word the analyser does not know (a term, or a word the
    DEMETR proxies left in the original language, "cristaux" → "crystals"), which only
    a stem or a cognate links to the noun. (A verb left so, "impactent" ↔ "impact",
    is read with its own words, which the proxy garbled: an adverb's head stays a
    known word.)"""
    if w.content:
        return True
    return noun and not w.known and w.surface.isalpha() and w.surface[:1].islower()


def _entry_rendered(w: Word, head: Word, src_head: Word) -> bool:
    """Whether a WordNet entry the modifier makes with a neighbour may be what the
    source's word renders: yes for an entry with the word before it, an entry sharing a
    synset with a translation of the head's source word ("traffic jams" for "atascos"),
    or a source word the dictionary renders by several words; not for an entry the
    source's word says only half of ("deep water" for "agua", "naval battle" for
    "batalla"). (The caller also keeps an entry that may render a source noun nothing
    renders: "extra time" for "prórroga", its "time" matched to another "tiempo".)"""
    forms = {(w.surface.lower(), head.surface.lower()), (w.lemma, head.lemma)}
    entry = frozenset().union(*(synsets(f"{a} {b}") for a, b in forms))
    if not entry or any(" " in t for t in src_head.trans):
        return True
    return any(entry & synsets(t) for t in src_head.trans)


def _adverbial(src: Sequence[Word], i: int) -> bool:
    """Whether source word ``i`` could be what an English manner adverb renders."""
    s = src[i]
    if not s.known:
        return s.surface[:1].islower() and s.surface.isalpha()
    if s.pos == "n":
        return i > 0 and fold(src[i - 1].surface) in _MANNER_PREPOSITIONS
    return s.pos in _ADVERBIAL and len(s.lemma) > 2 and s.lemma not in LIGHT["es"]


def removed_modifier(
    src: Sequence[Word],
    tgt: Sequence[Word],
    src_lang: str,
    within: Sequence[tuple[int, int]] | None = None,
) -> tuple[Word, Word] | None:
    """(source modifier, the translation word rendering its head) for the first source
    adjective or adverb nothing in the translation renders, beside a head the
    translation renders, with nothing unrendered near either; ``within``: only a
    modifier inside one of these source spans."""
    mine = partners(src, tgt, "source")
    back = partners(tgt, src, "target")
    src_free, tgt_free = _unrendered(src, mine), _unrendered(tgt, back)
    for i, w in enumerate(src):
        if mine[i] >= 0 or not w.content or w.pos not in _HEADS:
            continue
        span = next((sp for sp in within or () if _inside(w, sp)), None)
        if within is not None and span is None:
            continue
        if not reportable(w, src_lang, i == 0) or in_locution(src, i, src_lang):
            continue
        if _negative(w, src_lang) or fold(w.surface) in _N_WORDS:
            continue  # "bajo ningún concepto" → "under any circumstances": polarity's
        heads = _heads(src, i, mine)
        # An adjective with its own complement ("procedentes de China", "necesarias
        # para") is a clause in small, rendered by a preposition or a relative; a mark
        # between the two ('"medidas urgentes" para') ends the adjective's phrase.
        nxt = src[i + 1] if i + 1 < len(src) else None
        complement = w.pos == "adj" and nxt is not None and nxt.pos == "pr"
        complement = complement and nxt.start - w.end <= 1
        # In a quotation, only the quotation's own words show a rewording: the narration
        # around it is the translator's to reword ("pidió" → "called for").
        free = src_free if span is None else [k for k in src_free if _inside(src[k], span)]
        # Adjectives coordinated with it, dropped with it ("un cambio profundo y urgente"
        # → "change"), are no rewording around it.
        free = [k for k in free if k not in _coordinated(src, i)]
        if not heads or complement or _near(free, i, i, WINDOW_REMOVED):
            continue
        t = mine[heads[0]]
        if back[t] != heads[0] or mine.count(t) > 1 or _near(tgt_free, t, -1, WINDOW_REMOVED):
            continue
        return w, tgt[t]
    return None


def _heads(src: Sequence[Word], i: int, mine: Sequence[int]) -> list[int]:
    """The rendered source words that modifier ``i`` qualifies: a neighbour of the right
    part of speech or, for an adjective after others it is coordinated with ("una
    decisión injusta y arbitraria", "su oferta competitiva y responsable", "calificó la
    medida de injusta y arbitraria"), the noun before the first of them."""
    w = src[i]
    heads = [
        k
        for k in (i - 1, i + 1)
        if 0 <= k < len(src) and src[k].pos in _HEADS[w.pos] and mine[k] >= 0
    ]
    if heads or w.pos != "adj":
        return heads
    k = i
    while (
        k >= 2
        and (src[k - 1].pos == "cnjcoo" or src[k - 1].surface == ",")
        and (src[k - 2].pos == "adj")
    ):
        k -= 2
    if k == i or k < 1:
        return []
    # "calificó la medida de injusta y arbitraria": the noun before "de" is qualified.
    n = k - 2 if k >= 2 and fold(src[k - 1].surface) == "de" else k - 1
    return [n] if src[n].pos == "n" and mine[n] >= 0 else []


def _coordinated(src: Sequence[Word], i: int) -> set[int]:
    """The adjectives coordinated with adjective ``i`` by "y", "o" or commas."""
    out: set[int] = set()
    if src[i].pos != "adj":
        return out
    for step in (-2, 2):
        k = i
        while (
            0 <= k + step < len(src)
            and src[k + step].pos == "adj"
            and (src[k + step // 2].pos == "cnjcoo" or src[k + step // 2].surface == ",")
        ):
            k += step
            out.add(k)
    return out


# Words of negative concord, rendered by "any", "anything", "ever" under an English
# negation ("No hemos ganado nada" → "We have not won anything"): polarity's to weigh.
_N_WORDS = frozenset("nada nadie ningun ninguna ninguno nunca jamas tampoco".split())


def _negative(w: Word, lang: str) -> bool:
    """A multiword adverb built on a negation ("bajo ningún concepto", "en absoluto"
    after "no"): whether it is rendered is the polarity check's to say."""
    negations = {fold(n) for n in profile(lang).negation_words if " " not in n}
    return " " in w.surface.strip() and any(fold(p) in negations for p in w.surface.split())


def modifier_pairs(
    tagged: Sequence[Sequence] | None,
    evidence: Sequence[Evidence],
    sources: Sequence[str] = (),
) -> list[int]:
    """The pairs worth analysing word by word for :func:`check_modifiers`: with MT, and
    an adjective before a noun in the translation (``tagged``:
    :func:`pos_fluency.tag_texts`' words) that the MT lacks in that form, or a
    quotation in the source (``sources``, when a removed modifier is reported there)."""
    out = []
    for k, (ws, ev) in enumerate(zip(tagged or (), evidence, strict=False)):
        if ev.mt is None or not ws:
            continue
        quoted = REMOVED_IN_QUOTES and k < len(sources) and quoted_spans(sources[k])
        if REMOVED or quoted:
            out.append(k)
            continue
        if unmatched_modifier(ws, ev.mt.text, ADDED) or _unmatched_other(ws, ev.mt.text, True):
            out.append(k)
    return out


def _unmatched_other(tagged: Sequence, mt: str, adverbs: bool = False) -> bool:
    """Whether a tagged translation has, in a form the MT lacks, a word before a noun
    that :func:`as_modifier` may read as an adjective (a participle or an unknown word),
    or with ``adverbs`` a lower-case "-ly" word before another (:func:`added_adverb`)."""
    folds = {t.fold for t in words(tokenize(mt))}
    for a, b in itertools.pairwise(tagged):
        if fold(a.surface) in folds:
            continue
        if b.tag.split(".")[0] == "n" and (
            a.tag == "unk" or a.tag.startswith(("vblex.pp", "vblex.ger"))
        ):
            return True
        ly = a.surface.endswith("ly") and a.surface[:1].islower() and b.surface[:1].isalpha()
        if adverbs and ly and a.tag in ("adv", "unk"):
            return True
    return False


def unmatched_modifier(tagged: Sequence, mt: str, heads: dict) -> bool:
    """Whether a tagged translation has a modifier before one of its heads (``heads``:
    part of speech → its heads') in a form the MT lacks."""
    folds = {t.fold for t in words(tokenize(mt))}
    return any(
        b.tag.split(".")[0] in heads.get(a.tag.split(".")[0], ()) and fold(a.surface) not in folds
        for a, b in itertools.pairwise(tagged)
    )


def added_finding(
    src_lang: str, tgt: Side, analysed: tuple[list[Word], list[Word]] | None
) -> list[Finding]:
    """An addition (major) at an added adjective (or, from Spanish, a "-ly" adverb)
    beside a head both sides keep (the addition half of :func:`check_modifiers`; it
    points at translation words only). ``src_lang``: the language of the analysed
    source words."""
    if analysed is None or tgt.lang[:2] != "en":
        return []
    src_words, tgt_words = analysed
    added = added_modifier(src_words, tgt_words, tgt.text)
    if added is None and src_lang[:2] == "es":
        added = added_adverb(src_words, tgt_words)
    if added is None or body_explained(added[0].surface, added[1].surface, src_words):
        return []
    if _certainty_rendered(src_lang, src_words, added[0]) or said_otherwise(
        added[0].surface, [x.surface for x in src_words]
    ):
        return []
    if src_lang[:2] == "es" and _aspect_rendered(src_words, tgt_words, added[0]):
        return []
    w, head = added
    return [
        added_word(
            (w.start, w.end),
            f"The translation adds {quote(w.surface)} to {quote(head.surface)}, and "
            "nothing in the source says it.",
        )
    ]


def check_modifiers(
    src: Side, tgt: Side, analysed: tuple[list[Word], list[Word]] | None
) -> list[Finding]:
    """An addition (major) at an added adjective, an omission (major) at a removed
    modifier, each beside a head both sides keep."""
    if analysed is None or tgt.lang[:2] != "en":
        return []
    src_words, tgt_words = analysed
    out = added_finding(src.lang, tgt, analysed)
    if REMOVED:
        removed = removed_modifier(src_words, tgt_words, src.lang[:2])
    elif REMOVED_IN_QUOTES and (spans := quoted_spans(src.text)):
        removed = removed_modifier(src_words, tgt_words, src.lang[:2], spans)
    else:
        removed = None
    if removed is not None:
        w, head = removed
        out.append(
            removed_word(
                (w.start, w.end) if w.start >= 0 else None,
                (head.start, head.end) if head.start >= 0 else None,
                f"The source's {quote(w.surface)} has nothing rendering it in the "
                f"translation, which keeps the word it qualifies ({quote(head.surface)}).",
            )
        )
    return out


def _certainty_rendered(src_lang: str, src: Sequence[Word], added: Word) -> bool:
    """ "No hay duda de que el plan llega tarde" → "The plan is undeniably late": an
    adverb of certainty answering the source's own words of certainty, which the analyser
    does not pair word by word."""
    mine = find_cues(words(tokenize(added.surface)), profile("en").modality_cues)
    if not any(c.label == "certain" for c in mine):
        return False
    text = " ".join(w.surface for w in src)
    cues = find_cues(words(tokenize(text)), profile(src_lang).modality_cues)
    return any(c.label == "certain" for c in cues)


def _aspect_rendered(src: Sequence[Word], tgt: Sequence[Word], added: Word) -> bool:
    """An added adverb of time or aspect that renders a light Spanish adverb nothing else
    renders ("ya han dado a luz" → "have previously given birth"; es_cues.ASPECT_ADVERBS)."""
    back = partners(src, tgt, "source")
    said = added.surface.lower()
    return any(
        back[i] < 0 and said in ASPECT_ADVERBS.get(w.surface.lower(), ()) for i, w in enumerate(src)
    )
