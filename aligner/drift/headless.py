"""A noun removed from under its adjective: the translation keeps the adjective that
rendered the source's modifier, but the noun it qualified is gone, so the adjective
now stands before a verb, a mark or the end ("the rise of new allows us", "the stars
of British.", "approve the proposal to support the financial.") (docs/drift.md,
"Session 18, drift23a").

Removing a noun from a good translation leaves English a reader sees is wrong, yet the
tag bigrams and the parser often read it another way (an adjective used as a noun). The
source says which reading holds: a source noun that nothing in the translation renders,
next to a source adjective the translation renders by that stranded adjective. Reported
(an omission, major) only when all of these hold:

* the source noun is a reportable content word with no rendering (:func:`partners`),
  and beside it a source adjective whose rendering picks it back (after it, a degree
  adverb may stand between: "pantallas más grandes");
* that rendering is an English adjective, not glued by a hyphen or an apostrophe to the
  next word ("fast-changing", "Britain's"), and no unrendered translation word follows
  it (a noun the dictionary does not pair: "intensive shelling" for "bombardeos
  intensivos");
* it does not share a noun with adjectives coordinated after it ("probable or confirmed
  COVID-19 disease");
* the word after it is a mark, a verb or "but" (the noun's place is empty), and the
  word before it neither a verb nor an adverb (a predicate: "is new.", "very
  difficult."); or (session 24) the word after it is a preposition or "and"/"or" and
  the word before it an article, a possessive, a preposition or a comma, where English
  puts an adjective only before its noun ("introduction of larger for the iPhone", "a
  yacht, smaller or even a kayak"): not "than", "as", "to" or "enough" after it (a
  comparison or a complement: "larger than", "ready to"), and after "and"/"or" no noun
  or adjective that could share the noun ("the economic and workforce effect");
* after "the", the adjective is not one English uses as a noun for a group ("the poor",
  "the injured", WordNet's nouns): "the injured were taken" is good English; nor does
  it end a noun WordNet lists with the word before it ("chief executive");
* or (session 36, drift41b) the adjective stands where a verb's object was, after a verb
  that takes no predicate adjective and before a preposition or a mark ("who
  overturned moral by redefining"), or after an article, a possessive or a preposition
  before an adverb of several words ("show a calm in broad daylight").

Direct Apertium pairs only (the words' analyses of :mod:`lexical_diff`); run on the
pairs nothing else reports at >= major, with the words the grammar check reads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from aligner.drift import link_grammar
from aligner.drift.bare_head import check_bare_head
from aligner.drift.closed_around import check_closed_around
from aligner.drift.counted_nouns import check_lost_counted
from aligner.drift.cut_heads import check_cut_heads
from aligner.drift.dropped_subjects import check_dropped_subject
from aligner.drift.left_frames import check_left_frames
from aligner.drift.lexical_diff import Word, in_locution, partners, reportable, wordnet_parts
from aligner.drift.lost_units import check_lost_unit
from aligner.drift.merging import overlaps
from aligner.drift.nonfinite_holes import check_nonfinite_hole
from aligner.drift.orphaned_words import check_orphaned_words
from aligner.drift.pronoun_determiners import check_pronoun_determiner
from aligner.drift.removed_adverbs import check_removed_adverb
from aligner.drift.removed_degree import check_removed_degree
from aligner.drift.removed_demonyms import check_removed_demonym
from aligner.drift.removed_extent import check_removed_extent
from aligner.drift.removed_same import check_removed_same
from aligner.drift.signals import Finding, removed_word
from aligner.drift.split_compounds import check_split_compound
from aligner.drift.stranded_to import check_stranded_to
from aligner.drift.text import fold
from aligner.drift.verb_holes import check_verb_hole
from aligner.drift.verbless import check_verbless
from aligner.lang.es_cues import DEGREE_BEFORE_ADJECTIVE
from aligner.textutil import quote

# What may stand where the noun was: a mark, or a verb (Apertium's English tags; it tags
# "will", "would", "should", "can" "vaux": "that French will receive", session 27).
_VERBS = frozenset(("vblex", "vbmod", "vbhaver", "vbser", "vbdo", "vaux"))
# A predicate adjective after a verb or an adverb is no stranded modifier ("is new.").
_BEFORE_PREDICATE = _VERBS | frozenset(("adv", "preadv"))
# Verbs an adjective follows as a predicate ("become obvious", "seems difficult").
_LINKING = frozenset(
    "be become seem remain look feel get stay appear sound prove keep make find turn grow".split()
)
# What joins adjectives that share one noun after them ("probable or confirmed COVID-19").
_COORDINATION = frozenset((",", "and", "or"))
_IN_COORDINATION = frozenset(("adj", "adv", "cnjcoo", "vblex"))
_GLUES = "-‐–'’"
# Before a preposition or a conjunction: where the word before the adjective shows it
# attributive (an article, a possessive, a preposition, a comma), words that still make
# it a predicate or a comparison ("larger than", "such as", "ready to", "big enough").
_ATTRIBUTIVE_BEFORE = frozenset(("det", "pr", "gen"))
_COMPLEMENTS = frozenset("than as to enough".split())
_SHARED_HEAD = frozenset(("n", "np", "adj"))
# Verbs an adjective follows as a predicate or a result ("tested positive for", "ran dry
# in", "went quiet after", "fell silent at"): no object's place after them.
_RESULTS = _LINKING | frozenset("test run go come fall end".split())
_MARKS = frozenset(". , ; : ! ? ( )".split())


def _free(w: Word, rendered: bool) -> bool:
    """A translation word that may render a source noun the dictionary does not pair."""
    if rendered or not w.surface[:1].isalnum():
        return False
    return w.content or not w.known


def _adjective(w: Word, source: Word) -> bool:
    """Whether translation word ``w``, rendering source adjective ``source``, is an
    adjective: so tagged, or (Apertium's tagger reads a stranded adjective as a noun:
    "its annual.") the adjective's own dictionary rendering and an adjective in WordNet."""
    if w.pos == "adj":
        return True
    if w.pos != "n" or fold(w.surface) != w.lemma:  # "patients": a noun's plural
        return False
    return w.lemma in source.trans and "adj" in wordnet_parts(w.lemma)


def _shares_noun(tgt: Sequence[Word], j: int) -> bool:
    """Whether adjectives coordinated after word ``j`` lead to a noun they all qualify."""
    m = j + 1
    while m < len(tgt) and (tgt[m].surface in _COORDINATION or tgt[m].pos in _IN_COORDINATION):
        m += 1
    # Another adjective must come between: ", melamine" after "these additional" is a
    # list of nouns, not adjectives sharing one.
    if not any(w.pos in _IN_COORDINATION and w.pos != "cnjcoo" for w in tgt[j + 1 : m]):
        return False
    if m >= len(tgt):
        return False
    w = tgt[m]
    return w.pos in ("n", "np") or (not w.known and w.surface[:1].isalnum())


def _attributive_break(tgt: Sequence[Word], j: int) -> bool:
    """Whether translation adjective ``j``, in a place English gives an adjective only
    before its noun (after an article, a possessive, a preposition or a comma), is
    followed by a preposition or "and"/"or" instead ("of larger for the", "a yacht,
    smaller or even"; session 24, drift29c)."""
    nxt, prev = tgt[j + 1], tgt[j - 1] if j else None
    if nxt.pos not in ("pr", "cnjcoo") or fold(nxt.surface) in _COMPLEMENTS | {"but"}:
        return False
    if prev is None or not (prev.pos in _ATTRIBUTIVE_BEFORE or prev.surface == ","):
        return False
    if nxt.pos == "cnjcoo":  # "economic and workforce effect": the two share a noun
        after = tgt[j + 2] if j + 2 < len(tgt) else None
        if after is None or after.pos in _SHARED_HEAD or not after.known:
            return False
    return True


def _object_place(tgt: Sequence[Word], j: int) -> bool:
    """Whether translation adjective ``j`` stands where a verb's object was: after the
    past form of a verb that takes no predicate adjective, before a preposition or a
    mark ("who overturned moral by redefining" for "trastornado las leyes morales";
    session 36, drift41b). A linking or result verb takes one ("turned red in",
    "tested positive for"); the tagger leaves some past forms unknown ("overturned")."""
    prev, nxt = tgt[j - 1], tgt[j + 1]
    if (nxt.pos != "pr" and nxt.surface not in _MARKS) or fold(nxt.surface) in _COMPLEMENTS:
        return False
    word = fold(prev.surface)
    # A past form only: the tagger reads some plural nouns as verbs ("There are drugs
    # available at the pharmacy").
    past = word.isalpha() and word.endswith("ed")
    verb = past and (prev.pos == "vblex" or not prev.known)
    return verb and prev.lemma not in _RESULTS and word.removesuffix("ed") not in _RESULTS


def _before_phrase_adverb(tgt: Sequence[Word], j: int) -> bool:
    """Whether translation adjective ``j``, after an article, a possessive or a
    preposition, stands before an adverb of several words ("a calm in broad daylight"
    for "una mar tranquila y en lleno día"; session 36): English puts an adjective there
    only before its noun."""
    prev, nxt = tgt[j - 1], tgt[j + 1]
    return nxt.pos == "adv" and " " in nxt.surface and prev.pos in _ATTRIBUTIVE_BEFORE


def _stranded_at(tgt: Sequence[Word], j: int, text: str, rendered: Sequence[int]) -> bool:
    """Whether translation adjective ``j`` stands where its noun should follow."""
    adj = tgt[j]
    if adj.end < 0 or text[adj.end : adj.end + 1] in _GLUES:
        return False
    if _shares_noun(tgt, j):
        return False
    nxt = tgt[j + 1] if j + 1 < len(tgt) else None
    prev = tgt[j - 1] if j else None
    # Two places of session 36 where the word before may be a verb (an object's place).
    other = prev is not None and nxt is not None
    adverb = other and _before_phrase_adverb(tgt, j)  # an adverb renders no noun
    other = adverb or (other and _object_place(tgt, j))
    if nxt is not None and nxt.surface[:1].isalnum() and not adverb:
        if _free(nxt, rendered[j + 1] >= 0):
            return False
        gone = nxt.pos in _VERBS or fold(nxt.surface) == "but"
        if not gone and not other and not _attributive_break(tgt, j):
            return False
    if prev is None or (not other and (prev.pos in _BEFORE_PREDICATE or prev.lemma in _LINKING)):
        return False
    # The adjective ends a noun WordNet lists with the word before it ("the chief
    # executive announced" for "el presidente ejecutivo anunció"): no noun is missing.
    if "n" in wordnet_parts(f"{fold(prev.surface)} {fold(adj.surface)}"):
        return False
    return not (fold(prev.surface) == "the" and "n" in wordnet_parts(adj.surface.lower()))


def claimed_elsewhere(
    src: Sequence[Word], mine: Sequence[int], back: Sequence[int], i: int
) -> bool:
    """Whether source word ``i``'s only partner renders another source word, the two
    each other's best partners ("civilizaciones" paired with the "cultures" that renders
    "culturas" in the same sentence): the word itself is then rendered by nothing
    (docs/drift.md, "Session 23 (drift28a)"). Not when the other word is the same word
    said again: a translation says once what the source repeats ("a nivel federal y a
    nivel local" → "at federal and local level")."""
    j = mine[i]
    if j < 0 or back[j] < 0 or back[j] == i or mine[back[j]] != j:
        return False
    return src[back[j]].lemma != src[i].lemma


def _beside(src: Sequence[Word], i: int) -> tuple[int, ...]:
    """The places of source noun ``i``'s adjective: next to it, or after a degree adverb
    ("pantallas más grandes")."""
    if i + 2 < len(src) and fold(src[i + 1].surface) in DEGREE_BEFORE_ADJECTIVE:
        return (i - 1, i + 1, i + 2)
    return (i - 1, i + 1)


def headless_adjective(
    src: Sequence[Word],
    tgt: Sequence[Word],
    text: str,
    src_lang: str,
    links: tuple[list[int], list[int]] | None = None,
) -> tuple[Word, Word] | None:
    """(the removed source noun, the translation adjective left without it), or None."""
    mine, back = links or (partners(src, tgt, "source"), partners(tgt, src, "target"))
    for i, w in enumerate(src):
        if w.pos != "n" or not w.content:
            continue
        if mine[i] >= 0 and not claimed_elsewhere(src, mine, back, i):
            continue
        if not reportable(w, src_lang, i == 0) or in_locution(src, i, src_lang):
            continue
        for k in _beside(src, i):
            if not 0 <= k < len(src) or src[k].pos != "adj" or mine[k] < 0:
                continue
            j = mine[k]
            if back[j] == k and _adjective(tgt[j], src[k]) and _stranded_at(tgt, j, text, back):
                return w, tgt[j]
    return None


def check_headless(src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links=None):
    """An omission (major) at a source noun whose adjective the translation keeps alone."""
    if analysed is None or tgt.lang[:2] != "en":
        return []
    found = headless_adjective(analysed[0], analysed[1], tgt.text, src.lang[:2], links)
    if found is None:
        return []
    noun, adj = found
    return [
        removed_word(
            (noun.start, noun.end) if noun.start >= 0 else None,
            (adj.start, adj.end),
            f"The source's {quote(noun.surface)} has nothing rendering it in the "
            f"translation, which keeps the adjective that qualified it "
            f"({quote(adj.surface)}) with no noun after it: a word seems to have been "
            "left out.",
        )
    ]


def quiet_pairs(analyses: Sequence) -> list[int]:
    """The pairs (:class:`aligner.drift.checks.PairAnalysis`) nothing reports omitted at
    >= major (:func:`link_grammar.open_to_removals`)."""
    return [k for k, a in enumerate(analyses) if link_grammar.open_to_removals(a)]


def check_quiet(
    analyses: Sequence, words_for: Callable[[set[int]], dict[int, tuple]], parse: bool
) -> dict[int, list[Finding]]:
    """This check, :mod:`bare_head`'s, :mod:`split_compounds`', :mod:`closed_around`'s,
    :mod:`removed_adverbs`', :mod:`removed_degree`'s, :mod:`removed_extent`'s,
    :mod:`removed_demonyms`',
    :mod:`removed_same`'s, :mod:`lost_units`', :mod:`counted_nouns`', :mod:`orphaned_words`',
    :mod:`stranded_to`'s, :mod:`cut_heads`', :mod:`verbless`', :mod:`verb_holes`',
    :mod:`nonfinite_holes`' and
    :mod:`left_frames`', then
    (``parse``) the grammar check (:mod:`link_grammar`) on the pairs still quiet, by index:
    the word-by-word readings run last, on what nothing reports omitted at >= major
    (session 25: a pair another type flags is read too), their words read in one batch."""
    quiet = quiet_pairs(analyses)
    got = words_for({k for k in quiet if analyses[k].break_words is None})
    words = {k: analyses[k].break_words or got.get(k) for k in quiet}
    out = {}
    for k in quiet:
        a = analyses[k]
        w = words[k]
        links = w and (partners(w[0], w[1], "source"), partners(w[1], w[0], "target"))
        found = (
            check_headless(a.src, a.tgt, w, links)
            or check_bare_head(a.src, a.tgt, w, links)
            or check_split_compound(a.src, a.tgt, w, links)
            or check_closed_around(a.src, a.tgt, w, links)
            or check_removed_adverb(a.src, a.tgt, w, links)
            or check_removed_degree(a.src, a.tgt, w, links)
            or check_removed_extent(a.src, a.tgt, w, links)
            or check_removed_demonym(a.src, a.tgt, w, links)
            or check_removed_same(a.src, a.tgt, w, links)
            or check_lost_unit(a.src, a.tgt, w, links)
            or check_lost_counted(a.src, a.tgt, w, links)
            or check_orphaned_words(a.src, a.tgt, w, links)
            or check_stranded_to(a.src, a.tgt, w, links)
            or check_cut_heads(a.src, a.tgt, w, links)
            or check_verbless(a.src, a.tgt, w, a.tags, links)
            or check_verb_hole(a.src, a.tgt, w, a.tags, links)
            or check_nonfinite_hole(a.src, a.tgt, w, links)
            or check_dropped_subject(a.src, a.tgt, w, links, _mt_text(a))
            or check_pronoun_determiner(a.src, a.tgt, w, links)
            or check_left_frames(a.src, a.tgt, w, links)
        )
        # A figure's bound the number check reports lost ("al menos un año" → "a year",
        # "casi la mitad" → "half") is not reported again as an omitted adverb.
        said = [g.source_span for g in a.findings if g.type == "number"]
        found = [f for f in found if not any(overlaps(f.source_span, g) for g in said)]
        if found:
            out[k] = found
    if parse:
        still = [a if k not in out else _Loud() for k, a in enumerate(analyses)]
        out.update(link_grammar.check_quiet(still, lambda need: {k: words[k] for k in need}))
    return out


def _mt_text(a) -> str | None:
    mt = a.evidence.mt
    return mt.text if mt is not None else None


class _Loud:
    """A pair this check reported: the grammar check leaves it alone."""

    findings = (Finding("omission", "major", 0.0, None, None, "", ""),)
