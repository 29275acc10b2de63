"""A modifier the translation adds to a noun the literal MT leaves bare (docs/drift.md,
"Session 20 (drift25b)").

DEMETR's additions put a word before a noun of a good translation ("two forged
documents", "a charity concert", "the political manipulation"). :mod:`modifiers` reads
them against the source through Apertium's dictionary and gives up wherever a source word
near the head is left unrendered, which a garbled or freely worded source always has.
Here the literal MT (English, as the translation) is the yardstick instead, read word by
word with Apertium's English analyser: the head noun stands once in the MT, the word
before it there is the translation's word before the modifier (or an article where the
translation has one too: the MT has no modifier of its own there), and nothing the MT
says around the head is left unsaid by the translation, so the added word cannot be
rendering it:

* the modifier: a lower-case adjective, a participle inside a noun phrase, or a noun
  WordNet has as one (not in "-ing": "the building work" for "las obras" is a
  translator's noun), that renders no source word through the dictionary, and that the
  MT has in no form (lemma, form, five-letter stem, WordNet synonym of an MT word);
* the head: a noun the MT has once, not followed by another noun in the translation
  (in "a minor ankle injury" the adjective qualifies the injury);
* the MT's phrase at the head: no premodifier but an article; after the head no
  adjective, noun or unknown word, and up to a mark, a conjunction or a finite verb
  outside a relative clause, no content word the translation renders nowhere ("the
  closure on a large scale" → "widespread closures"); a noun the head is "of" to is
  rendered too ("the month of April" → "early April");
* no comparative or superlative where the MT says "more" or "most"; no participle where
  the MT has a relative clause after the head ("the apocalypse that comes" → "the
  coming apocalypse"); no noun that makes a WordNet entry with the head ("touch
  screen"); no noun or adjective nothing renders just before it in the same phrase
  (the translator's own wording: "from religious pilgrimages to music concerts").

Direct Apertium pairs only (the word analyses of :mod:`lexical_diff`); the pre-filter
(:func:`bare_pairs`) reads the tags the fluency check has; those pairs are analysed word
by word apart from the other word checks' (which therefore read the pairs they read
before), and their MT in one more call (:func:`read_bare`).
"""

from __future__ import annotations

import itertools
import subprocess
from collections.abc import Callable, Sequence

from aligner.drift.lexical_diff import LIGHT, Word, analyse, partners, reportable, synsets
from aligner.drift.lexical_diff import wordnet_parts as _parts
from aligner.drift.modifiers import _PARTICIPLE_ENDS, _PHRASE_OPENERS, _rendered, as_modifier
from aligner.drift.run_record import DriftRun, _report
from aligner.drift.signals import Finding, Side, added_to_head
from aligner.drift.text import fold, tokenize, words
from aligner.lang.en_cues import STRETCH_DEGREE

# Words that open a noun phrase without modifying it: the MT's word before the head may
# be one of these where the translation has another ("its" for Apertium's "his").
ARTICLES = frozenset("the a an his her its their my your our this that these those".split())
# What the MT's word before its head may be (Apertium's tags) for the head to be bare
# there: a word that opens a noun phrase or stands before one, no modifier.
_OPENERS = frozenset("det predet num pr prn rel cm sent cnjcoo cnjsub vblex vbser vbhaver".split())
# Relative pronouns: a relative clause after the MT's head may be what a participle
# renders ("the apocalypse that comes" → "the coming apocalypse").
RELATIVES = frozenset("that which who whom whose where".split())
# What ends the MT's phrase after the head: marks and conjunctions (Apertium's tags).
_ENDS = frozenset(("cm", "sent", "cnjcoo", "cnjsub", "cnjadv", "lpar", "rpar", "lquot", "rquot"))
_DEGREE = frozenset(("more", "most", "less", "least"))
# How far (words) the MT's phrase after the head is read, and how far before the
# modifier the translation's own wording is looked for.
PHRASE = 6
WINDOW = 3
_MODIFIERS = frozenset(("adj", "n"))
# The tagger's tags of a head the pre-filter reads (a name's tag: capitalised nouns).
_HEADS = frozenset(("n", "np"))


def _same(a: Word, b: Word) -> bool:
    return a.lemma == b.lemma or fold(a.surface) == fold(b.surface)


def _stem(w: Word) -> str | None:
    s = fold(w.surface)
    return s[:5] if len(s) > 4 else None


def _related(a: Word, b: Word) -> bool:
    """Two English words one may render the other by: the same lemma or form, a
    five-letter stem, or a shared WordNet synset (content words)."""
    if _same(a, b) or (_stem(a) is not None and _stem(a) == _stem(b)):
        return True
    if not (a.content and b.content):
        return False
    sa = synsets(a.lemma)
    return bool(sa and not sa.isdisjoint(synsets(b.lemma)))


def _rendered_elsewhere(m: Word, tgt: Sequence[Word], j: int) -> bool:
    """Whether the translation renders MT word ``m`` somewhere other than at ``j``."""
    return any(i != j and _related(m, t) for i, t in enumerate(tgt))


def _free(m: Word, tgt: Sequence[Word], j: int) -> bool:
    """An MT word that may carry meaning (a content word that is not light, or a
    lower-case word the analyser does not know) the translation renders nowhere."""
    loose = (m.content and m.lemma not in LIGHT["en"]) or (
        not m.known and m.surface[:1].islower() and m.surface.isalpha()
    )
    return loose and not _rendered_elsewhere(m, tgt, j)


def _no_premodifier(mt: Sequence[Word], k: int, tgt: Sequence[Word], j: int) -> bool:
    """Whether the MT's word before its head ``k`` is the translation's word before the
    modifier ``j``, an article where the translation has one too (the words before
    agreeing), or an article after the translation's word before the modifier ("of the
    waves" ↔ "of radio waves")."""
    before, mine = mt[k - 1], tgt[j - 1]
    if before.pos not in _OPENERS:
        return False
    if _same(before, mine):
        return True
    if before.lemma not in ARTICLES:
        return False
    if mine.lemma in ARTICLES and (k < 2 or j < 2 or _same(mt[k - 2], tgt[j - 2])):
        return True
    return k >= 2 and _same(mt[k - 2], mine)


def _phrase_free(mt: Sequence[Word], k: int, tgt: Sequence[Word], j: int) -> bool:
    """Whether the MT's phrase at head ``k`` says something the translation leaves
    unsaid: a free word after the head (up to a mark, a conjunction or a finite verb
    outside a relative clause), or a free noun the head is "of" to."""
    relative = False
    for m in mt[k + 1 : k + 1 + PHRASE]:
        if fold(m.surface) in RELATIVES:
            relative = True
            continue
        if m.pos in _ENDS or not m.surface[:1].isalnum() or (m.finite and not relative):
            break
        if _free(m, tgt, j):
            return True
        if m.finite:
            break
    q = k - 1
    while q >= 0 and mt[q].lemma in ARTICLES:
        q -= 1
    return q >= 1 and mt[q].lemma == "of" and _free(mt[q - 1], tgt, j)


def _own_wording(tgt: Sequence[Word], mine: Sequence[int], mt: Sequence[Word], j: int) -> bool:
    """A noun or adjective (or unknown lower-case word) within :data:`WINDOW` words before
    the modifier, in the same phrase, that renders no source word and is not in the MT."""
    for q in range(j - 1, max(-1, j - 1 - WINDOW), -1):
        t = tgt[q]
        if not t.surface[:1].isalnum():
            return False
        kind = t.pos in _MODIFIERS or (not t.known and t.surface[:1].islower())
        free = kind and mine[q] < 0 and t.lemma not in LIGHT["en"]
        if free and not any(_related(t, m) for m in mt):
            return True
    return False


def added_to_bare(
    src: Sequence[Word], tgt: Sequence[Word], mt: Sequence[Word]
) -> tuple[Word, Word] | None:
    """(modifier, head) for the first translation word added before a noun that the
    literal MT (``mt``, analysed) leaves bare; None when there is none."""
    mine = partners(tgt, src, "target")
    more = any(_DEGREE & set(fold(m.surface).split()) for m in mt)
    for j in range(1, len(tgt) - 1):
        w, head = as_modifier(tgt, j), tgt[j + 1]
        if head.pos != "n" or not w.content or w.pos not in _MODIFIERS:
            continue
        if not w.surface[:1].islower() or not reportable(w, "en"):
            continue
        if w.pos == "n" and ("n" not in _parts(w.lemma) or w.surface.endswith("ing")):
            continue
        opened = tgt[j - 1].pos in _PHRASE_OPENERS
        if _rendered(src, mine[j], (w, tgt[j]) if opened else None):
            continue
        if any(_related(w, m) for m in mt):
            continue
        at = [k for k, m in enumerate(mt) if _same(head, m)]
        if len(at) != 1 or not 0 < at[0] < len(mt) - 1:
            continue
        k = at[0]
        # The MT's head is a word of a name ("the Bank of Spain") the translation says
        # in common words ("the central bank"): its modifiers describe that body.
        if mt[k].surface[:1].isupper() and head.surface[:1].islower():
            continue
        # The MT has a modifier of its own after the head (an adjective, a noun, a word
        # it left untranslated, a participle): the translation's may render it.
        after = mt[k + 1]
        if after.pos in _MODIFIERS or not after.known:
            continue
        # A word the MT could not translate near the head may be what the modifier says.
        if any(not m.known and m.surface[:1].islower() for m in mt[max(0, k - 3) : k + 4]):
            continue
        if after.pos == "vblex" and after.surface.endswith(("ed", "ing")):
            continue
        if not _no_premodifier(mt, k, tgt, j):
            continue
        # In "a minor ankle injury" the adjective qualifies the last noun, not this one.
        if j + 2 < len(tgt) and tgt[j + 2].pos == "n":
            continue
        participle = w.surface.endswith(("ing", "ed", "en"))
        if participle and fold(after.surface) in RELATIVES:
            continue
        if more and w.surface.endswith(("er", "est")):
            continue
        if w.pos == "n" and _entry(w, head):
            continue
        if _phrase_free(mt, k, tgt, j) or _own_wording(tgt, mine, mt, j):
            continue
        return w, head
    return None


def _entry(w: Word, head: Word) -> bool:
    """A noun and its head that make one WordNet entry ("touch screen")."""
    return bool(
        synsets(f"{w.lemma} {head.lemma}") or synsets(f"{fold(w.surface)} {fold(head.surface)}")
    )


def bare_pairs(tagged: Sequence[Sequence] | None, mts: Sequence[str | None]) -> list[int]:
    """The pairs worth reading against their MT word by word: with MT, and a lower-case
    adjective, participle or noun before a noun in the translation (``tagged``:
    :func:`pos_fluency.tag_texts`' words) where the MT has the noun's form and lacks the
    modifier's."""
    out = []
    for k, (ws, mt) in enumerate(zip(tagged or (), mts, strict=False)):
        if mt is None or not ws:
            continue
        seq = [t.fold for t in words(tokenize(mt))]
        folds = set(seq)
        if _inside_candidate(ws, seq):  # inside_stretch's words (session 26)
            out.append(k)
            continue
        for a, b in itertools.pairwise(ws):
            participle = a.tag.startswith("vblex") and a.surface.endswith(_PARTICIPLE_ENDS)
            # A lower-case word the tagger does not know may be an adjective WordNet has
            # ("Persian generative grammar"), and a capitalised noun inside a title the
            # tagger reads as a name may still be the MT's noun ("American comedy Horror
            # Story"): the readers' own tests decide (session 25).
            unknown = a.tag == "unk" and a.surface.isalpha()
            kind = a.tag.split(".")[0] in _MODIFIERS or participle or unknown
            if not kind or b.tag.split(".")[0] not in _HEADS or not a.surface[:1].islower():
                continue
            if fold(b.surface) in folds and fold(a.surface) not in folds:
                out.append(k)
                break
    return out


def _inside_candidate(ws: Sequence, mt: Sequence[str]) -> bool:
    """Whether a tagged translation has a lower-case word the tagger does not know, a
    past participle or a degree word, with two words on each side the MT (``mt``: its
    folded words) has side by side in the same forms: what :mod:`inside_stretch` reads
    (it matches by lemma and synonym too, but only on the pairs picked here)."""
    grams = {tuple(mt[i : i + 4]) for i in range(len(mt) - 3)}
    for i in range(2, len(ws) - 2):
        a = ws[i]
        participle = a.tag.startswith("vblex") and a.surface.endswith(("ed", "en"))
        kind = a.tag == "unk" or participle or fold(a.surface) in STRETCH_DEGREE
        if not kind or not a.surface[:1].islower():
            continue
        if (*(fold(w.surface) for w in (*ws[i - 2 : i], *ws[i + 1 : i + 3])),) in grams:
            return True
    return False


def read_bare(
    pairs: Sequence[int],
    evidence: Sequence,
    analysed: dict[int, tuple],
    gather: Callable[[set[int]], dict[int, tuple]],
    src_lang: str,
    tgt_lang: str,
    run: DriftRun | None = None,
) -> dict[int, tuple[list[Word], list[Word], list[Word]]]:
    """Source, translation and MT word by word for the pre-filter's ``pairs``: the word
    analyses already made (``analysed``) or one more batch for the others (``gather``),
    kept here so that the other word checks read the pairs they read before; and the MT
    texts (English) in one Apertium call. None when it fails (reported)."""
    if tgt_lang[:2] != "en" or not pairs:
        return {}
    words_of = dict(analysed)
    words_of.update(gather({k for k in pairs if k not in analysed}))
    keys = [k for k in pairs if k in words_of and evidence[k].mt is not None]
    if not keys:
        return {}
    try:
        got = analyse([evidence[k].mt.text for k in keys], "en", src_lang)
    except (OSError, subprocess.SubprocessError) as exc:
        _report(
            run,
            f"MT word analysis failed ({exc.__class__.__name__}: {exc}); "
            "drift checks ran without it",
        )
        return {}
    if got is None:
        return {}
    return {k: (*words_of[k], mt) for k, mt in zip(keys, got, strict=True)}


def check_bare_phrases(
    tgt: Side, analysed: tuple[list[Word], list[Word], list[Word]] | None
) -> list[Finding]:
    """An addition (major) at a modifier added to a noun the MT leaves bare
    (``analysed``: source, translation and MT word by word)."""
    return added_to_head(
        tgt,
        analysed,
        added_to_bare,
        "which the source (and its literal translation) leaves bare.",
    )
