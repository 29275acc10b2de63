"""A word removed from a translation, found by a grammar of English: the translation
does not parse where a source word nothing renders would be, and putting that word's
dictionary rendering back there makes it parse.

DEMETR-style removals leave English that a reader sees is broken ("he on shows", "I
couldn't the eclipse", "The Iraq Study Group its report today"), but the tag bigrams of
:mod:`aligner.drift.pos_fluency` miss most of it: Apertium's tagger re-reads the broken
word in its new context ("on" as an adverb after "he"). The Link Grammar parser (CMU;
Debian's ``python3-link-grammar`` and its English dictionary, LGPL-2.1) reads a sentence
as a whole: a word it cannot link to the others is left out of the parse (a *null*
word). It also leaves words out of perfectly good English it does not know ("year on
year", "an away win"), so a null word alone proves nothing. It is reported only when
all of these hold (docs/drift.md, "Session 15"):

* the source has a content word (verb, noun, adjective, adverb) that nothing in the
  translation renders and no unrendered translation word stands in for, with the place
  it would be (:func:`aligner.drift.pos_fluency.removed_words`);
* the translation parses with at most :data:`MAX_NULLS` null words, one of them there;
* one inflection of one of the source word's dictionary renderings, put right before or
  after that null word, makes the whole translation parse with no null word, and the
  inserted word links to words on both its sides (it bridges the gap, rather than
  hanging off one word: "taken to states hospital" is a compound, not a repair).

English translations of a direct Apertium pair only (the source words' renderings come
from Apertium's dictionary). Without the parser the check does not run.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import importlib.util
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import cache

from aligner.drift.lexical_diff import WORDNET, Word
from aligner.drift.pos_fluency import removed_words
from aligner.drift.signals import Finding, Side, removed_word
from aligner.textutil import quote

# Where Debian's python3-link-grammar puts the bindings (outside a virtualenv's path).
DEBIAN_PACKAGE = "/usr/lib/python3/dist-packages/linkgrammar"
# More null words than this: the parser does not know the sentence's English well
# enough for one of them to mean anything (and each extra null costs a reparse).
MAX_NULLS = 3
# Seconds the parser may spend on one sentence (the longest faithful DEMETR sentences
# parse in well under a second).
PARSE_SECONDS = 1
# Linkages sampled per parse: with one, a sampled linkage that breaks a post-processing
# rule makes the parser add a null word the sentence does not need.
LINKAGES = 100
# A longer translation is not parsed: the parser's time grows steeply with length (0.1–0.8
# s for the seed's 40–56-word sentences against ~10 ms for DEMETR's), and a long sentence
# seldom parses without null words anyway (docs/drift.md, "Session 15, lead").
MAX_WORDS = 40
# How far (characters) outside the removed word's place a null word may lie.
REACH = 2
# Renderings tried per removed word, and insertions per pair (bounds the cost).
RENDERINGS = 3
MAX_TRIES = 24
# Prepositions Apertium's tagger reads as adverbs where a verb before them was cut ("he
# on shows" for "he worked on shows"): a null word there is a gap, not an adverb the
# parser cannot place (docs/drift.md, "Session 17, drift22a").
PARTICLES = frozenset("on in off up out over down about around through after before by".split())
# Typographic marks the English dictionary does not know, as ASCII of the same length
# (character offsets are kept).
_ASCII = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def _from_debian():
    """The Debian bindings, when their compiled part fits this Python."""
    tag = f"cpython-{sys.version_info.major}{sys.version_info.minor}"
    init = os.path.join(DEBIAN_PACKAGE, "__init__.py")
    if not os.path.exists(init) or not glob.glob(os.path.join(DEBIAN_PACKAGE, f"*{tag}*.so")):
        return None
    spec = importlib.util.spec_from_file_location(
        "linkgrammar", init, submodule_search_locations=[DEBIAN_PACKAGE]
    )
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules["linkgrammar"] = module
    try:
        spec.loader.exec_module(module)
    except ImportError:
        del sys.modules["linkgrammar"]
        return None
    return module


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """The library prints its locale and dictionary notes on the C streams: not ours."""
    saved = [os.dup(1), os.dup(2)]
    with open(os.devnull, "w") as null:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(null.fileno(), 1)
            os.dup2(null.fileno(), 2)
            yield
        finally:
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            for fd in saved:
                os.close(fd)


@cache
def parser() -> tuple | None:
    """(module, English dictionary, options allowing nulls, options allowing none), or
    None when the parser or its English dictionary is not installed."""
    try:
        import linkgrammar as lg  # type: ignore[import-not-found]
    except ImportError:
        lg = _from_debian()
    if lg is None:
        return None
    try:
        with _quiet():
            dictionary = lg.Dictionary("en")
    except Exception:  # LG_DictionaryError and the like: no English dictionary
        return None

    def options(nulls: int):
        return lg.ParseOptions(
            min_null_count=0,
            max_null_count=nulls,
            max_parse_time=PARSE_SECONDS,
            linkage_limit=LINKAGES,
            verbosity=0,
        )

    # The bindings free the dictionary in __del__, which fails once the interpreter has
    # begun to unload modules: free it before.
    atexit.register(parser.cache_clear)
    return lg, dictionary, options(MAX_NULLS), options(0)


def available() -> bool:
    return parser() is not None


def runs(tgt_lang: str, mt: object) -> bool:
    """Whether the check runs: English translations, Apertium's MT (its dictionary
    renders the removed words). Whether the parser is installed is asked only for a pair
    with a removed word to try (:func:`removed_at_null`): that loads its English
    dictionary, ~0.2 CPU-s a process, and most runs never parse a sentence."""
    return tgt_lang[:2] == "en" and mt in ("auto", "apertium")


def _linkage(text: str, strict: bool):
    lg, dictionary, loose, none = parser()
    sentence = lg.Sentence(text.translate(_ASCII), dictionary, none if strict else loose)
    try:
        return next(iter(sentence.parse()), None)
    except lg.LG_Error:  # LG_TimerExhausted: no reading in time
        return None


def null_words(text: str) -> list[tuple[int, int]] | None:
    """Character spans of the words the parser leaves out of its best reading (words
    with a letter); None when it finds no reading with at most MAX_NULLS of them."""
    linkage = _linkage(text, strict=False)
    if linkage is None:
        return None
    out = []
    for i, w in enumerate(linkage.words()):
        if w.startswith("[") and w.endswith("]") and sum(c.isalpha() for c in w) > 1:
            out.append((linkage.word_char_start(i), linkage.word_char_end(i)))
    return out


def bridges(text: str, at: int, word: str, after: bool) -> bool:
    """Whether ``text`` with ``word`` put at offset ``at`` (after the word ending there,
    or before the word starting there) parses with no null word, the inserted word
    linked to words on both its sides."""
    start = at + 1 if after else at
    new = text[:at] + (" " + word if after else word + " ") + text[at:]
    linkage = _linkage(new, strict=True)
    if linkage is None:
        return False
    index = next(
        (i for i in range(linkage.num_of_words()) if linkage.word_char_start(i) == start), None
    )
    if index is None:
        return False
    clg = parser()[0].Clinkgrammar
    left = right = False
    for k in range(linkage.num_of_links()):
        lw = clg.linkage_get_link_lword(linkage._obj, k)
        rw = clg.linkage_get_link_rword(linkage._obj, k)
        right |= lw == index
        left |= rw == index
    return left and right


def inflections(lemma: str, pos: str) -> list[str]:
    """A rendering's regular inflections that could fill the gap; multiword renderings
    are not tried."""
    if not lemma.isalpha():
        return []
    sibilant = lemma.endswith(("s", "sh", "ch", "x", "z"))
    plural = lemma + ("es" if sibilant else "s")
    if pos == "vblex":
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        return [lemma, plural, stem + "ed", stem + "ing"]
    if pos == "n":
        return [lemma, plural]
    return [lemma]


@cache
def irregular(part: str) -> dict[str, tuple[str, ...]]:
    """WordNet's irregular forms of each lemma ("make" → "made"), from its exception
    list of ``part`` ("verb", "noun"); empty without WordNet."""
    out: dict[str, list[str]] = {}
    try:
        with open(os.path.join(WORDNET, part + ".exc"), encoding="utf-8") as fh:
            for line in fh:
                form, *lemmas = line.split()
                for lemma in lemmas:
                    out.setdefault(lemma, []).append(form)
    except OSError:
        return {}
    return {k: tuple(v) for k, v in out.items()}


@cache
def known(word: str) -> bool:
    """Whether the parser's dictionary has the word itself: a regular inflection it
    lacks ("maked", "gravitys", "spliting") it would guess as anything, and that repairs
    anything."""
    lg, dictionary, _, _ = parser()
    return lg.Clinkgrammar.dictionary_lookup_list(dictionary._obj, word) is not None


def forms(lemma: str, pos: str) -> list[str]:
    """The inflections of a rendering, regular and irregular, that the parser knows."""
    part = {"vblex": "verb", "n": "noun"}.get(pos)
    extra = irregular(part).get(lemma, ()) if part else ()
    return [w for w in dict.fromkeys([*inflections(lemma, pos), *extra]) if known(w)]


def _tries(
    text: str,
    gaps: Sequence[tuple[Word, int, int]],
    nulls: Sequence[tuple[int, int]],
    tgt_words: Sequence[Word],
) -> Iterator[tuple[Word, tuple[int, int], int, str, bool]]:
    """(removed word, null word, offset, word to insert, after) to try, in order. An
    adverb the parser leaves out ("in barely ten minutes", "as it usually does") is a
    modifier it cannot place, not a gap: a sentence reads without its adverbs (a
    preposition the tagger reads as an adverb, :data:`PARTICLES`, is one). A
    capitalised word inside the sentence is a name's, which the parser guesses ("on
    March 22 and 29"), as the tag check does (:func:`pos_fluency._in_name`)."""
    adverbs = {
        (w.start, w.end) for w in tgt_words if w.pos == "adv" and w.surface.lower() not in PARTICLES
    }
    for start, end in nulls:
        if (start, end) in adverbs or (start > 0 and text[start].isupper()):
            continue
        for w, lo, hi in gaps:
            if not (lo - REACH <= start and end <= hi + REACH):
                continue
            for lemma in sorted(w.trans)[:RENDERINGS]:
                for form in forms(lemma, w.pos):
                    yield w, (start, end), start, form, False
                    yield w, (start, end), end, form, True


def removed_at_null(
    text: str, src_words: Sequence[Word], tgt_words: Sequence[Word], src_lang: str
) -> tuple[Word, tuple[int, int], str] | None:
    """The removed source word, the null word it would fill and the inflection that
    repairs the parse; None when no removed word does."""
    gaps = removed_words(src_words, tgt_words, src_lang)
    if not gaps or not any(w.trans for w, _, _ in gaps) or not available():
        return None
    nulls = null_words(text)
    if not nulls:
        return None
    for n, (w, null, at, form, after) in enumerate(_tries(text, gaps, nulls, tgt_words)):
        if n >= MAX_TRIES:
            break
        if bridges(text, at, form, after):
            return w, null, form
    return None


def check_unparsed(
    src: Side, tgt: Side, analysed: tuple[Sequence[Word], Sequence[Word]] | None
) -> list[Finding]:
    """An omission (major) where the translation does not parse and the removed source
    word, put back, makes it parse."""
    if analysed is None or tgt.lang[:2] != "en":
        return []
    if len(tgt.text.split()) > MAX_WORDS:
        return []
    found = removed_at_null(tgt.text, analysed[0], analysed[1], src.lang[:2])
    if found is None:
        return []
    w, (start, end), form = found
    return [
        removed_word(
            (w.start, w.end) if w.start >= 0 else None,
            (start, end),
            f"The source's {quote(w.surface)} has nothing rendering it in the translation, "
            f"which does not read as English at {quote(tgt.text[start:end])}; with "
            f"{quote(form)} there it does: a word seems to have been left out.",
        )
    ]


def open_to_removals(analysis) -> bool:
    """Whether the removal readers read the pair: nothing reports it at >= major, or
        nothing reports it omitted and something else reports it lastingly (session 25,
        drift30b). A pair another type flags (a figure, a name, a hedge: often the proxy's
        error, shared with the faithful twin) is read too, so the removal is reported as what
        it is; a pair already reported omitted, or negated differently, is left alone (the
    removal readers read "no tiene médicos suficientes" → "has enough doctors" as a cut
    "suficientes"). A name finding on an acronym
        is not lasting: the glossary pass (:mod:`aligner.drift.glossary`) may make it minor
        afterwards, and the pair would then be flagged by the removal readers alone, which
        the quiet pass before session 25 never did."""
    loud = [f for f in analysis.findings if f.severity in ("major", "critical")]
    if any(f.type in ("omission", "negation") for f in loud):
        return False  # a lost "no" already says the pair differs; its words read as cut
    return not loud or any(_lasting(f, analysis) for f in loud)


def _lasting(f, analysis) -> bool:
    """Whether a finding stays what it is after the glossary pass: not a name finding on
    a word with two capitals or more (the glossary's acronyms) on either side."""
    if f.type != "entity":
        return True
    for span, side in ((f.source_span, analysis.src), (f.target_span, analysis.tgt)):
        if span is not None and any(
            sum(c.isupper() for c in w) >= 2 for w in side.text[span[0] : span[1]].split()
        ):
            return False
    return True


def check_quiet(
    analyses: Sequence, words_for: Callable[[set[int]], dict[int, tuple]]
) -> dict[int, list[Finding]]:
    """The check on the pairs (:class:`aligner.drift.checks.PairAnalysis`) that nothing
    reports omitted at >= major (:func:`open_to_removals`), by index: the parser is the
    dearest reading. Their words come from ``words_for`` (one batch; a weak break's
    analyses are reused)."""
    quiet = [
        k
        for k, a in enumerate(analyses)
        if open_to_removals(a) and len(a.tgt.text.split()) <= MAX_WORDS
    ]
    got = words_for({k for k in quiet if analyses[k].break_words is None})
    out = {}
    for k in quiet:
        a = analyses[k]
        found = check_unparsed(a.src, a.tgt, a.break_words or got.get(k))
        if found:
            out[k] = found
    return out
