"""An opposite word in the translation where the source has the word itself, found
through the dictionary (docs/drift.md, "Session 17, drift22b").

The antonym check (:mod:`aligner.drift.antonyms`) compares the translation with the
source's literal MT, so it misses an opposite whenever the MT chose another word for
the source's: "un sitio seguro" → MT "a sure place" against "a dangerous place"
("dangerous" is the opposite of "safe", not of "sure"). Apertium's bilingual dictionary
is many-to-one the other way: "safe" and "sure" both go to "seguro". So a translation
word is read as an opposite (a `meaning` finding, major) when:

* nothing in the source renders it (:func:`lexical_diff.partners`), it is a reportable,
  lower-case content word and the MT does not use it;
* one of its WordNet antonyms *for its part of speech* ("right" as an adverb is no
  opposite of "center") goes, through the dictionary, to the lemma of a source content
  word of a kindred part of speech (a noun for a noun; adjectives, verbs and adverbs
  among themselves) that nothing in the translation renders and no diminisher or
  negation precedes, here or where the source repeats it ("poco seguro" → "unsafe";
  "más elevada …, pero menos elevada" → "higher …, but lower");
* the two words are not one word with a prefix ("indisciplina" ↔ "disciplined"), and
  the MT and the translation carry negations of the same parity ("no es posible" ↔
  "impossible" is the polarity check's business).

Direct Apertium pairs only (Spanish → English); the pairs worth reading word by word
are found first from the tokens (:func:`opposite_pairs`), and the antonyms of a batch go
through the dictionary in one call.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from aligner.drift import (
    antonyms,
    opposite_forms,
    opposite_prefixes,
    opposite_tables,
    participle_opposites,
)
from aligner.drift.antonyms import _PHRASING, health_trouble
from aligner.drift.antonyms import lemmas as _lemmas
from aligner.drift.false_friends import not_opposed
from aligner.drift.lexical_diff import Word, analyse, partners, reportable, route
from aligner.drift.opposite_tables import data_lines
from aligner.drift.signals import Evidence, Finding, Side, polarity
from aligner.drift.table_cache import cached_table
from aligner.drift.text import fold
from aligner.lang.es_cues import BLEACHED_POLES
from aligner.textutil import quote

# Apertium's part of speech → WordNet's ("a" also stands for adjective satellites; a
# participle may be either a verb or an adjective: "closed", "winning").
_WORDNET_POS = {"adj": ("a",), "adv": ("r",), "n": ("n",), "vblex": ("v", "a")}
# Kindred parts of speech: a noun answers a noun; an adjective, a verb (participles) and
# an adverb answer one another ("cerradas" → "closed", "abierta" ↔ "closed").
_KIND = {"n": "noun", "adj": "word", "vblex": "word", "adv": "word"}
# Source words that turn the next one round or weaken it ("poco seguro" → "unsafe",
# "nada fácil" → "hard"): the opposite in the translation renders the pair.
_TURNERS = frozenset("no ni nunca sin poco menos nada apenas escasamente jamás".split())


def _turns(surface: str) -> bool:
    """Whether a source word turns the next one round: one of :data:`_TURNERS`, also
    as the last word of the tagger's multiword adverb ("mucho menos elevada" → "much
    lower"), but not of "al menos", "por lo menos" (at least) nor "un poco" (a little)."""
    words = fold(surface).split()
    if not words or words[-1] not in _TURNERS:
        return False
    return len(words) == 1 or words[-2] not in ("al", "lo", "un", "una")


# Negatively prefixed words the dictionary does not know, read through their bare form
# (:mod:`opposite_prefixes`, docs/drift.md "Session 20 (drift25d)").
PREFIXED = True

# Source participles used as adjectives read by their verbs too (docs/drift.md, "Session
# 22 (drift27g)").
PARTICIPLES = True

# Antonyms looked up as verbs too (after "to"), not only in the tagger's reading of the
# word alone: measured and off (docs/drift.md, "Session 20 (drift25d)"). No DEMETR pair,
# 2 ContraTICO alterations, but a gold bead of corpora/parallel ("sat on its hands" ↔
# "está", through "stand" → "estar").
VERB_FRAMES = False

# Dictionary renderings of English lemmas (per source language), filled batch by batch;
# and those of the lemmas the English analyser read as adjectives.
_RENDERED: dict[str, dict[str, frozenset[str]]] = {}
_AS_ADJECTIVE: dict[str, dict[str, frozenset[str]]] = {}


@cache
def lemmas(word: str) -> frozenset[str]:
    """:func:`antonyms.lemmas`, remembered (every token of a batch asks)."""
    return _lemmas(word)


@cache
def _opposites_by_pos() -> dict[tuple[str, str], frozenset[str]]:
    """The shipped table's WordNet antonym pairs keyed by (lemma, WordNet part of
    speech), both ways round."""
    code = (__file__, antonyms.__file__, opposite_tables.__file__)
    return cached_table("opposites_by_pos", _build_by_pos, opposite_tables.data_paths(), code)


def _build_by_pos() -> dict[tuple[str, str], frozenset[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for line in data_lines():
        kind, _, rest = line.partition("\t")
        if kind not in ("a", "n", "r", "v"):
            continue
        a, _, b = rest.partition("\t")
        if a in _PHRASING or b in _PHRASING:
            continue
        out.setdefault((a, kind), set()).add(b)
        out.setdefault((b, kind), set()).add(a)
    return {k: frozenset(v) for k, v in out.items()}


def antonyms_of(surface: str, pos: str) -> frozenset[str]:
    """WordNet's antonyms of a word for its (Apertium) part of speech."""
    table = _opposites_by_pos()
    return frozenset(
        a
        for lemma in lemmas(surface)
        for p in _WORDNET_POS.get(pos, ())
        for a in table.get((lemma, p), ())
    )


def _any_antonyms(surface: str) -> frozenset[str]:
    """Antonyms in any part of speech (the cheap pre-filter's, before tagging)."""
    table = _opposites_by_pos()
    return frozenset(
        a
        for lemma in lemmas(surface)
        for p in ("a", "n", "r", "v")
        for a in table.get((lemma, p), ())
    )


def rendered(
    words: Iterable[str], src_lang: str, look_up: bool = True
) -> dict[str, frozenset[str]]:
    """Each English lemma's dictionary renderings into ``src_lang`` (lemmas, lower
    case), analysed once per process for all the words not seen before (one call);
    without ``look_up``, only what earlier calls found (no process started)."""
    memo = _RENDERED.setdefault(src_lang, {})
    adjectives = _AS_ADJECTIVE.setdefault(src_lang, {})
    wanted = sorted({w for w in words if w})
    missing = [w for w in wanted if w not in memo]
    if missing and look_up:
        # A word alone is tagged in its commonest reading ("stop" a noun, "parada"); after
        # "to" the tagger reads it as a verb ("parar"), which the opposite may be.
        framed = [f"to {w}" for w in missing] if VERB_FRAMES else []
        got = analyse(missing + framed, "en", src_lang) or [[] for _ in missing + framed]
        as_verbs = dict(zip(missing, got[len(missing) :], strict=False))
        for w, ws in zip(missing, got, strict=False):
            verbs = [x for x in as_verbs.get(w, ()) if x.pos == "vblex"]
            memo[w] = frozenset(t for x in (*ws, *verbs) if x.content for t in x.trans)
            adjectives[w] = frozenset(t for x in ws if x.pos == "adj" for t in x.trans)
    return {w: memo.get(w, frozenset()) for w in wanted}


def as_adjective(words: Iterable[str], src_lang: str) -> frozenset[str]:
    """What :func:`rendered` found for those of ``words`` the analyser read as adjectives."""
    memo = _AS_ADJECTIVE.get(src_lang, {})
    return frozenset().union(*(memo.get(w, frozenset()) for w in words))


def _stem(lemma: str) -> str:
    """The part of a Spanish lemma its inflections keep ("ganar" → "gana" for "ganado")."""
    f = fold(lemma)
    return f[: min(5, len(f) - 1)]


def opposite_pairs(
    sides: Sequence[tuple[Side, Side]], evidence: Sequence[Evidence], src_lang: str
) -> list[int]:
    """The pairs worth reading word by word for :func:`check_opposite_words`: English
    translations with MT, where an antonym of a translation word the MT lacks has a
    dictionary rendering whose stem begins a source word."""
    if not sides or sides[0][1].lang[:2] != "en" or route(src_lang, "en") is None:
        return []
    per_pair: list[set[str]] = []
    # Negatively prefixed words and their bare forms (:mod:`opposite_prefixes`), read
    # only where the dictionary does not know the prefixed word itself.
    prefixed: list[dict[str, tuple[str, ...]]] = []
    for (_, tgt), ev in zip(sides, evidence, strict=True):
        found: set[str] = set()
        bare: dict[str, tuple[str, ...]] = {}
        if ev.mt is not None:
            used = {x for t in ev.mt.ws if t.word for x in lemmas(t.text)}
            for t in tgt.ws:
                if t.word and t.text[:1].islower() and not lemmas(t.text) & used:
                    found |= _any_antonyms(t.text)
                    if PREFIXED and (got := opposite_prefixes.candidates(t.text)):
                        bare[t.text] = got
        per_pair.append(found)
        prefixed.append(bare)
    every_bare = {b for bare in prefixed for forms in bare.values() for b in forms}
    every_prefixed = {w for bare in prefixed for w in bare}
    spanish = rendered(set().union(*per_pair) | every_bare | every_prefixed, src_lang)
    for found, bare in zip(per_pair, prefixed, strict=True):
        found |= {b for w, forms in bare.items() if not spanish.get(w) for b in forms}
    out = []
    for k, ((src, _), found) in enumerate(zip(sides, per_pair, strict=True)):
        stems = {_stem(x) for a in found for x in spanish.get(a, ()) if len(x) > 3}
        if stems and any(t.word and t.fold.startswith(tuple(stems)) for t in src.ws):
            out.append(k)
    return out


def _lemmas_of(s: Word) -> frozenset[str]:
    """A source word's lemma, and its verbs when it is a participle used as an adjective."""
    return participle_opposites.with_verbs(s.lemma, s.pos) if PARTICIPLES else frozenset((s.lemma,))


def _one_word(a: Word, b: Word) -> bool:
    """The same word with a prefix on one side ("indisciplina" ↔ "discipline")."""
    x, y = fold(a.lemma), fold(b.lemma)
    short, long_ = sorted((x[:-1], y[:-1]), key=len)
    return len(short) >= 5 and short in long_


def opposite_word(
    src: Sequence[Word], tgt: Sequence[Word], mt_words: Iterable[str], src_lang: str
) -> tuple[Word, Word] | None:
    """(translation word, source word) for the first translation word whose antonym the
    source says, each unrendered by the other side (the rules in the module's text)."""
    used = {x for w in mt_words for x in lemmas(w)}
    # A participle used as an adjective answers by its verb too ("cerrados" → "cerrar",
    # what the dictionary gives for "closed"): :mod:`participle_opposites`.
    src_lemmas = {x for s in src if s.content for x in _lemmas_of(s)}
    # The dictionary's word first (cheap), what renders what only for the survivors.
    maybe: list[tuple[int, set[str], frozenset[str]]] = []
    for j, w in enumerate(tgt):
        if not w.content or not w.surface[:1].islower() or not reportable(w, "en"):
            continue
        if lemmas(w.surface) & used:
            continue
        following = next((t.surface for t in tgt[j + 1 : j + 2] if t.surface[:1].isalpha()), None)
        if health_trouble(w.surface, following):
            continue  # "underlying health conditions" for "enfermedad subyacente"
        # The tagger reads a predicate adjective as an adverb ("is low"): after a form of
        # "be" the adjective's opposites count too.
        after_be = w.pos == "adv" and j and tgt[j - 1].pos == "vbser"
        opposite = antonyms_of(w.surface, w.pos) | (
            antonyms_of(w.surface, "adj") if after_be else frozenset()
        )
        # What :func:`opposite_pairs` looked up for the batch (a word it did not see,
        # tokenised otherwise, starts no process of its own here).
        said = {  # less a dictionary rendering of another sense ("attend": false_friends)
            x
            for o, xs in rendered(opposite, src_lang, look_up=False).items()
            for x in xs
            if not x.startswith(not_opposed(o, src_lang) or ("\0",))
        }
        if said & src_lemmas:
            maybe.append((j, said, as_adjective(opposite, src_lang)))
    if not maybe:
        return None
    mine = partners(tgt, src, "target")
    back = partners(src, tgt, "source")
    # A lemma turned round anywhere in the source ("más elevada …, pero menos elevada"
    # → "higher …, but lower"): the opposite renders that one. By form too: the tagger
    # reads the same "elevada" as a participle after "más", an adjective after "menos".
    turned = {
        x
        for i, s in enumerate(src)
        if i and _turns(src[i - 1].surface)
        for x in (s.lemma, fold(s.surface))
    }
    for j, said, adjectival in maybe:
        w = tgt[j]
        if mine[j] >= 0:
            continue
        for i, s in enumerate(src):
            if back[i] >= 0 or not s.content or not _lemmas_of(s) & said:
                continue
            # A source noun answers an adjective when the dictionary renders the
            # adjective's opposite, read as an adjective, by its lemma ("culpable",
            # tagged a noun in "sentirme culpable", ↔ "innocent" through "guilty").
            noun_adjective = s.pos == "n" and w.pos == "adj" and s.lemma in adjectival
            if _KIND.get(s.pos) != _KIND.get(w.pos) and not noun_adjective:
                continue
            if _one_word(s, w):
                continue
            if s.lemma in turned or fold(s.surface) in turned or _bleached(src, i):
                continue
            if _in_a_name(src, i, tgt):
                continue
            if _placed_elsewhere(j, i, mine, back, src, tgt) or _predicate_of(
                j, i, mine, back, src, tgt
            ):
                continue
            return w, s
    return None


def _in_a_name(src: Sequence[Word], i: int, tgt: Sequence[Word]) -> bool:
    """Whether the source word's rendering stands capitalised in the translation, a word
    of a name the source writes in lower case ("la Organización mundial de la salud" →
    "the World Health Organization"): that renders it, and the translation's "illness"
    elsewhere renders another word (session 38, drift43c). The name readers pair names;
    the word pairing leaves their capitalised words out. The source word must follow the
    name's capitalised noun (four words at most)."""
    s = src[i]
    head = any(w.surface[:1].isupper() and w.pos in ("n", "np") for w in src[max(0, i - 4) : i])
    return (
        head
        and s.surface[:1].islower()
        and any(
            t.surface[:1].isupper() and any(_lemmas(p) & s.trans for p in t.surface.lower().split())
            for t in tgt
        )
    )


def _predicate_of(
    j: int, i: int, mine: Sequence[int], back: Sequence[int], src: Sequence[Word],
    tgt: Sequence[Word],
) -> bool:  # fmt: skip
    """Whether the translation word ``j`` stands right after a rendered copula whose source
    is followed by another unrendered content word of its kind: the word renders that
    predicate ("serán sólidos … cifras débiles" → "will be robust … small counts": "robust"
    says "sólidos", not the opposite of "débiles"; session 34, drift39c)."""
    if j == 0 or tgt[j - 1].lemma != "be" or mine[j - 1] < 0:
        return False
    k = mine[j - 1] + 1
    if k >= len(src) or k == i or back[k] >= 0 or not src[k].content:
        return False
    return _KIND.get(src[k].pos) == _KIND.get(tgt[j].pos)


def _bleached(src: Sequence[Word], i: int) -> bool:
    """A source word inside an idiom that empties it of its sense ("con el fin de" →
    "to", :data:`aligner.lang.es_cues.BLEACHED_POLES`): no pole to be turned round."""
    said = [fold(w.surface) for w in src]
    for idiom in BLEACHED_POLES:
        for k, part in enumerate(idiom):
            if part == said[i] and k <= i and tuple(said[i - k : i - k + len(idiom)]) == idiom:
                return True
    return False


# How far (in source words) the source word may sit from where the translation word's
# rendered neighbours put it.
_PLACE_REACH = 8


def _placed_elsewhere(
    j: int, i: int, mine: Sequence[int], back: Sequence[int], src: Sequence[Word],
    tgt: Sequence[Word], window: int = 2,
) -> bool:  # fmt: skip
    """Whether the translation word's nearest rendered content neighbours (up to
    ``window`` a side) put it away from the source word ``i``: far from it, or nearer
    another unrendered source content word, which the word then more likely renders ("el
    precio medio … del año anterior" → "the average rent … from a year earlier":
    "earlier" ↔ "middle" is no replacement, "earlier" renders "anterior"). With no
    rendered neighbour nothing places the word."""
    near = [
        mine[k]
        for k in range(max(0, j - window), min(len(mine), j + window + 1))
        if k != j and mine[k] >= 0 and tgt[k].content
    ]
    if not near:
        return False
    distance = min(abs(x - i) for x in near)
    if distance > _PLACE_REACH:
        return True
    return any(
        min(abs(x - o) for x in near) < distance
        for o, other in enumerate(src)
        if o != i
        and back[o] < 0
        and other.content
        and _KIND.get(other.pos) == _KIND.get(src[i].pos)
    )


def _prefixed_word(
    side: Side, src: Sequence[Word], tgt: Sequence[Word], mt_words: Sequence[str], src_lang: str
) -> tuple[Word, Word] | None:
    """:func:`opposite_prefixes.prefixed_word` where the source says no negation (a
    prefix may render it: "ningún herido" → "unhurt")."""
    pol = polarity(side.ws, side.text, side.lang)
    if pol is None or pol.count or pol.optional:
        return None
    bares = {b for w in tgt if not w.known for b in opposite_prefixes.candidates(w.surface)}
    if not bares:
        return None
    turned = {s.lemma for i, s in enumerate(src) if i and _turns(src[i - 1].surface)}
    return opposite_prefixes.prefixed_word(
        src,
        tgt,
        {fold(x) for w in mt_words for x in (w, *lemmas(w))},
        rendered(bares, src_lang, look_up=False),
        turned,
        _placed_elsewhere,
    )


def _negation_far(
    mt_pol, tgt_pol, ev: Evidence, tgt: Side, w: Word, s: Word, idioms: bool = False
) -> bool:
    """Negations of odd parity that govern neither the translation's word nor the MT's
    renderings of the source's (:func:`opposite_forms.negation_far`); with ``idioms``,
    the negation idioms that may carry one count as negations too."""
    at = next((k for k, t in enumerate(tgt.ws) if t.start == w.start), None)
    mt_at = [k for k, t in enumerate(ev.mt.ws) if lemmas(t.text.lower()) & s.trans]
    if at is None or not mt_at:
        return False
    said = ev.mt.ws[mt_at[0]].text
    if idioms:
        mt_spans = opposite_forms.negation_spans(ev.mt.ws, mt_pol.cues)
        tgt_spans = opposite_forms.negation_spans(tgt.ws, tgt_pol.cues)
    else:
        mt_spans = [(c.start, c.end) for c in mt_pol.cues]
        tgt_spans = [(c.start, c.end) for c in tgt_pol.cues]
    return opposite_forms.negation_far(
        mt_spans,
        mt_at,
        tgt_spans,
        at,
        said,
        w.surface,
    ) and not _one_word(s, w)


def _negative_word(mt_pol, tgt_pol, ev: Evidence, tgt: Side, w: Word, s: Word) -> bool:
    """Whether one word of the pair is itself a negation on its side ("prohibida" → MT
    "forbidden" ↔ "not allowed"; "permitido" ↔ "forbidden"): the polarity check counts
    that negation already, and the parity then says whether the meaning turned."""
    at = next((k for k, t in enumerate(tgt.ws) if t.start == w.start), None)
    if at is not None and any(c.start <= at < c.end for c in tgt_pol.cues):
        return True
    mt_at = [k for k, t in enumerate(ev.mt.ws) if lemmas(t.text.lower()) & s.trans]
    return any(c.start <= k < c.end for k in mt_at for c in mt_pol.cues)


def check_opposite_words(
    src: Side, tgt: Side, ev: Evidence, analysed: tuple[list[Word], list[Word]] | None
) -> list[Finding]:
    """A changed meaning (major) at a translation word whose opposite the source says."""
    if analysed is None or ev.mt is None or tgt.lang[:2] != "en":
        return []
    mt_words = [t.text for t in ev.mt.ws]
    hit = opposite_word(*analysed, mt_words, src.lang[:2])
    if hit is None and PREFIXED:
        hit = _prefixed_word(src, *analysed, mt_words, src.lang[:2])
    if hit is None:
        return []
    w, s = hit
    a, b = polarity(ev.mt.ws, ev.mt.text, "en"), polarity(tgt.ws, tgt.text, "en")
    if a is None or b is None:
        return []
    if a.optional or b.optional:
        # An idiom that may carry a negation ("si no" → "otherwise"): every negation,
        # the idioms' included, must be far from both words.
        if not opposite_forms.IDIOMS_FAR or not _negation_far(a, b, ev, tgt, w, s, idioms=True):
            return []
    elif (a.count + b.count) % 2 and not _negation_far(a, b, ev, tgt, w, s):
        return []
    if _negative_word(a, b, ev, tgt, w, s):
        return []
    return [
        Finding(
            "meaning",
            "major",
            0.55,
            (s.start, s.end) if s.start >= 0 else None,
            (w.start, w.end) if w.start >= 0 else None,
            f"The translation says {quote(w.surface)} where the source says "
            f"{quote(s.surface)}, its opposite.",
            "drift.meaning",
        )
    ]
