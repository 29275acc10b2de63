"""Word-by-word evidence: content words of one side that nothing on the other side renders.

Apertium's own analyser, tagger and bilingual dictionary (the first stages of an
installed pair's pipeline, read from its ``.mode`` file) give every word of a text its
lemma, its part of speech and *all* its dictionary translations ("aumentar" → augment,
increase, magnify, heighten, rise). A content word (noun, verb, adjective, adverb) of
the translation is *matched* when its lemma is among the translations of the source's
words, or one of its translations is a source lemma, or it is a cognate of a source word
(same for the source against the translation). What stays unmatched is a word the other
side has no trace of: an inserted "cheap", a removed verb, a replaced noun.

One call per direction and stage for a whole batch (:func:`analyse`); the comparison
(:func:`unmatched`) is pure. Only direct pairs are used (``spa-eng`` and back): a pivot
route's dictionaries do not meet. Used by :mod:`aligner.drift.lexical_check`.
"""

from __future__ import annotations

import mmap
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from aligner.alignment.mt import MODES, find_mode, stage_outputs
from aligner.drift.irregular_forms import verbs_of
from aligner.drift.text import cognate, fold

# WordNet 3.0's index files (Debian's wordnet-base), read when installed: two English
# words that share a synset ("area"/"region", "affect"/"touch") render each other.
WORDNET = os.environ.get("ALIGNER_WORDNET", "/usr/share/wordnet")
# A word between two full stops that no dictionary knows: where one text ends.
_SEP_WORD = "xqzsepx"
_SEPARATOR = f"\n.\n{_SEP_WORD}\n.\n"
_UNIT = re.compile(r"\^((?:\\.|[^$\\])*)\$")
_SLASH = re.compile(r"(?<!\\)/")
_TAGS = re.compile(r"<([^>]+)>")
# Apertium's tags of a finite verb: indicative, subjunctive, conditional, imperative
# tenses (Spanish), present and past (English).
_FINITE = frozenset("pri pii ifi fti cni prs pis fts imp pres past".split())
# Spanish tenses that state (indicative, conditional): never an order or a wish.
_STATING = frozenset("pri pii ifi fti cni".split())
# Parts of speech that carry content (Apertium's tags for es and en).
CONTENT = frozenset(("n", "vblex", "adj", "adv"))
# Light words (lemmas): verbs that carry little of their own, quantifiers, deictic and
# discourse adverbs, nouns that stand for anything, verbs of saying (who said what is
# the speaker check's business, and "aseguran" → "says" is routine), and the deictic
# time adjectives ("el año pasado" → "last year"). A translation adds or drops them
# freely ("igualmente" → nothing, "en el mundo entero" → "around the world"), so they
# are never reported alone. Spanish "siquiera" is the English light "even" ("ni
# siquiera os dejarán" → "won't even let you"); "plus" the French comparative a
# machine-made Spanish keeps ("el plus reciente" → "the most recent"), real Spanish's
# noun "un plus" being rare (docs/drift.md, "Session 21 (drift26e)").
LIGHT = {
    "en": frozenset(
        """be have do make get go come take give put seem become also just only
        even still already around about there here then now how when where why so too very
        much many more most less few other same own such well thus however indeed time way
        thing case fact part kind sort type able like respectively again ever yet almost
        nearly rather quite really actually particularly especially mean whole entire
        numerous several certain various
        say tell report state add explain note acknowledge announce
        last next past previous following""".split()
    ),
    "es": frozenset(
        """ser estar haber tener hacer ir venir dar poner parecer quedar convertir también
        igualmente solo sólo solamente aún todavía ya así ahí allí allá aquí entonces ahora
        cómo cuando donde muy mucho más menos poco numeroso otro mismo propio tal bien pues
        entero todo caso hecho parte tipo modo manera forma vez cosa medio después antes
        luego además efectivamente realmente verdaderamente particularmente especialmente
        respectivamente varios diverso cierto actualmente potencialmente posiblemente
        probablemente
        decir contar asegurar afirmar informar reconocer señalar explicar añadir indicar
        declarar hablar anunciar
        pasado próximo último siguiente anterior
        siquiera plus""".split()
    )
    # Discourse connectives Apertium reads as one adverb ("pues bien" → "well", "sin
    # embargo" → "however"): they link sentences, as the English light "however",
    # "thus", "indeed" do, and a translator moves or drops them ("podría pues bien
    # salvaros la vida" → "so a vaccination could save your life").
    | frozenset(
        "pues bien, así pues, sin embargo, no obstante, de hecho, en efecto, es decir, "
        "por cierto, en cambio, por tanto, por lo tanto, por consiguiente".split(", ")
    ),
}


# Complex prepositions whose noun Apertium's analyser leaves as a word of its own ("en
# lugar de" → "instead of", "in terms of" → "en cuanto a"): the noun renders nothing by
# itself, so it is never an unrendered word. (preposition, noun, preposition), folded.
LOCUTIONS = {
    "es": frozenset(
        tuple(p.split())
        for p in (
            "en lugar de, a fin de, en funcion de, en materia de, a cargo de, en relacion con, "
            "con relacion a, en busca de, a nivel de, en base a, a finales de, a falta de"
        ).split(", ")
    ),
    "en": frozenset(
        tuple(p.split()) for p in ("in terms of", "in charge of", "in place of", "in lieu of")
    ),
}


def in_locution(words: Sequence[Word], i: int, lang: str) -> bool:
    """Whether word i is the noun of a complex preposition ("en lugar de")."""
    table = LOCUTIONS.get(lang)
    if not table or i == 0 or i + 1 >= len(words):
        return False
    return (fold(words[i - 1].surface), fold(words[i].surface), fold(words[i + 1].surface)) in table


@dataclass(frozen=True)
class Word:
    """One analysed word of a text."""

    surface: str
    lemma: str  # lower case
    pos: str  # Apertium's first tag: n, vblex, adj, adv, np, det, pr, ...
    trans: frozenset[str]  # the bilingual dictionary's translations (lemmas, lower case)
    start: int  # character offsets into the text (-1 when not found)
    end: int
    known: bool  # the analyser knew the word
    finite: bool = False  # a verb in a tense or mood of its own (not an infinitive,
    # a gerund or a participle): Apertium's Spanish and English tense tags
    stating: bool = False  # a Spanish indicative or conditional ("creemos", not "salgan")

    @property
    def content(self) -> bool:
        return self.known and self.pos in CONTENT and len(self.lemma) > 2


def reportable(w: Word, lang: str, first: bool = False) -> bool:
    """A content word that may be reported alone: not a light word, and not a
    capitalised word inside the sentence (a name: the entity check's business)."""
    if w.lemma in LIGHT.get(lang, ()) or fold(w.surface) in LIGHT.get(lang, ()):
        return False
    return first or not w.surface[:1].isupper()


@cache
def _stages(mode: str) -> tuple[str, str] | None:
    """The analyser + tagger command and the bilingual dictionary command of a mode."""
    path = os.path.join(MODES, mode + ".mode")
    try:
        with open(path, encoding="utf-8") as fh:
            line = fh.read().strip().replace("$1", "").replace("$2", "")
    except OSError:
        return None
    parts = [p.strip() for p in line.split("|")]
    tagger = next((i for i, p in enumerate(parts) if p.startswith("apertium-tagger")), None)
    bidix = next((p for p in parts if p.startswith("lt-proc -b")), None)
    if tagger is None or bidix is None:
        return None
    tagged = " | ".join(parts[: tagger + 1]).replace("apertium-tagger -g", "apertium-tagger -g -p")
    return "apertium-destxt | " + tagged, bidix


def route(src_lang: str, tgt_lang: str) -> str | None:
    """The installed direct mode for this direction, when its stages can be read."""
    mode = find_mode(src_lang, tgt_lang)
    return mode if mode and _stages(mode) else None


def _unescape(s: str) -> str:
    return re.sub(r"\\(.)", r"\1", s)


def _lexical(analysis: str) -> str:
    """The dictionary form of one tagged analysis ("hike<vblex><past># up" →
    "hike# up<vblex><past>"); of a joined analysis ("dar<vblex><inf>+lo<prn>"), the
    first word only."""
    first = analysis.split("+")[0]
    lemma, _, rest = first.partition("<")
    tags, _, queue = ("<" + rest).partition("#") if rest else ("", "", "")
    return f"{lemma}{'#' + queue if queue else ''}{tags}"


def _lemma(lexical: str) -> str:
    head = lexical.split("<")[0]
    return " ".join(head.replace("#", " ").split()).lower()


def _looked_per_text(raw: str, asked: list[str]) -> tuple[list[list[str]], bool] | None:
    """The dictionary's answers cut into each text's, one per word it was asked."""
    units = _UNIT.findall(raw)
    counts = [text.count("\n") for text in asked]
    if len(units) != sum(counts):
        return None
    at = iter(units)
    return [[next(at) for _ in range(n)] for n in counts], True


def tagged_units(texts: Sequence[str], mode: str) -> list[list[tuple[str, str]]] | None:
    """Every text's (surface, tagged analysis) units from one analyser + tagger call of
    ``mode`` ("*surface" for an unknown word); None when the texts cannot be told apart.
    Texts are kept apart by a line holding an unknown word between full stops."""
    tagged_cmd, _ = _stages(mode)  # type: ignore[misc]
    # A separator before and after every text: the tagger reads each text in the same
    # context whatever batch it is in, so what it said of a text can be kept for it.
    flat = [" ".join(t.split()) + _SEPARATOR for t in texts]
    kept = stage_outputs(tagged_cmd, mode, flat, _tagged_per_text, lead=_SEPARATOR)
    if kept is None:
        return None
    return [[tuple(unit.split("\t", 1)) for unit in units] for units in kept]  # type: ignore[misc]


def _tagged_per_text(raw: str, texts: list[str]) -> tuple[list[list[str]], bool] | None:
    """The tagger's output cut into each text's units ("surface\tanalysis"); kept only
    when the tagger answered (a pipeline that answers text with nothing lacks a stage:
    installing it changes no mode file)."""
    if not raw.strip():
        return [[] for _ in texts], False
    per_text: list[list[str]] = [[]]
    after_separator = False
    for m in _UNIT.finditer(raw):
        pieces = _SLASH.split(m.group(1), maxsplit=1)
        surface = _unescape(pieces[0])
        analysis = pieces[1] if len(pieces) > 1 else "*" + surface
        if surface == _SEP_WORD:
            # Each text's units are those it has read alone: a closing full stop (the
            # separator's before it; the analyser's own at the end of a lone text), and
            # not the separator's opening one.
            per_text.append([])
            after_separator = True
            continue
        if not (after_separator and surface == "."):
            per_text[-1].append(f"{surface}\t{analysis}")
        after_separator = False
    per_text = per_text[1:-1]  # before the first separator and after the last: nothing
    if len(per_text) != len(texts):
        return None
    return per_text, True


def analyse(texts: Sequence[str], src_lang: str, tgt_lang: str) -> list[list[Word]] | None:
    """Every text's words with lemma, part of speech and translations; None without a route.

    Two process calls for the whole batch: the analyser and tagger
    (:func:`tagged_units`), then the bilingual dictionary on every analysis, one a line.
    """
    mode = route(src_lang, tgt_lang)
    if mode is None:
        return None
    if not texts:
        return []
    _, bidix_cmd = _stages(mode)  # type: ignore[misc]
    per_text = tagged_units(texts, mode)
    if per_text is None:
        return None
    # Each text's known words as dictionary forms, one a line: the dictionary's input.
    asked = ["".join(f"^{_lexical(a)}$\n" for _, a in units if a[:1] != "*") for units in per_text]
    looked = stage_outputs(bidix_cmd, mode, [a for a in asked if a], _looked_per_text)
    if looked is None:
        return None
    trans_of = iter(unit for units in looked for unit in units)
    out = []
    # Offsets into the texts as given (the analyser read them with spaces collapsed).
    for text, units in zip(texts, per_text, strict=True):
        cursor, found = 0, []
        for surface, analysis in units:
            # Punctuation (and the separator's full stops) would move the cursor astray.
            start = text.find(surface, cursor) if surface[:1].isalnum() else -1
            end = start + len(surface) if start >= 0 else -1
            if start >= 0:
                cursor = end
            if analysis.startswith("*"):
                found.append(Word(surface, surface.lower(), "", frozenset(), start, end, False))
                continue
            lexical = _lexical(analysis)
            tags = _TAGS.findall(lexical)
            options = _SLASH.split(next(trans_of, ""))[1:]
            trans = frozenset(
                _lemma(_unescape(o.lstrip("@"))) for o in options if not o.startswith("@")
            )
            found.append(
                Word(
                    surface,
                    _lemma(_unescape(lexical)),
                    tags[0] if tags else "",
                    trans,
                    start,
                    end,
                    True,
                    bool(_FINITE.intersection(tags)),
                    bool(_STATING.intersection(tags)),
                )
            )
        out.append(found)
    return out


@cache
def wordnet_file(name: str) -> mmap.mmap | None:
    """One WordNet file ("index.noun", "data.adj"), mapped: searched or read at an
    offset, never read whole; None without WordNet."""
    try:
        with open(os.path.join(WORDNET, name), "rb") as fh:
            return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None


def _index(part: str) -> mmap.mmap | None:
    """One WordNet index file (sorted by lemma)."""
    return wordnet_file("index." + part)


def _line(data: mmap.mmap, key: bytes) -> bytes | None:
    """The index line for ``key`` by binary search over line starts."""
    lo, hi = 0, len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        start = data.rfind(b"\n", 0, mid) + 1
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        word = data[start:end].split(b" ", 1)[0]
        if word == key:
            return data[start:end]
        if word < key:
            lo = end + 1
        else:
            hi = start
    return None


@cache
def synsets(lemma: str) -> frozenset[int]:
    """An English lemma's WordNet synsets (all parts of speech); empty without WordNet."""
    key = lemma.replace(" ", "_").encode("utf-8")
    out: set[int] = set()
    if not lemma[:1].isalnum():
        return frozenset()
    for k, part in enumerate(("noun", "verb", "adj", "adv")):
        data = _index(part)
        line = data and _line(data, key)
        if line:
            fields = line.split()
            if len(fields) > 3 and fields[2].isdigit():
                count = int(fields[2])
                out.update(int(x) * 4 + k for x in fields[len(fields) - count :] if x.isdigit())
    return frozenset(out)


@cache
def wordnet_parts(lemma: str) -> tuple[str, ...]:
    """The parts of speech WordNet knows a lower-case English word as, in Apertium's
    names ("n", "vblex", "adj", "adv"), with WordNet's own inflection rules not applied:
    the word as written."""
    key = lemma.replace(" ", "_").encode("utf-8")
    if not lemma[:1].isalnum():
        return ()
    found = []
    for part, name in (("noun", "n"), ("verb", "vblex"), ("adj", "adj"), ("adv", "adv")):
        data = _index(part)
        if data and _line(data, key):
            found.append(name)
    return tuple(found)


def synonyms(a: str, b: str) -> bool:
    """Whether two English lemmas share a WordNet synset."""
    if a == b:
        return True
    sa, sb = synsets(a), synsets(b)
    return bool(sa and sb and not sa.isdisjoint(sb))


def _stem(word: str, n: int = 5) -> str:
    return fold(word)[:n]


@cache
def _cognate(a: str, b: str) -> bool:
    return cognate(a, b)


# English words with a sense WordNet lacks, as the synonym it would share: "another" is
# also "one more" ("un minuto adicional" → "another minute"), "give" also "provide"
# ("proporcionarán buenas predicciones" → "will give good predictions"; drift39c).
_SENSES_MORE = {"another": "additional", "give": "provide"}


def _keys(w: Word, english: bool) -> tuple[set[str], set[str], set[int]]:
    """What a word offers a match: its own forms, its translations' stems and forms,
    and (for an English word, or a word translated into English) WordNet synsets."""
    own = {w.lemma, fold(w.surface)}
    if english:  # "known" (an adjective to Apertium) is a form of "know": irregular_forms
        own |= verbs_of(fold(w.surface), WORDNET)
    stems = {_stem(t) for t in w.trans | {w.lemma} if len(t) > 4}
    syn: set[int] = set()
    for t in {w.lemma} if english else w.trans:
        syn |= synsets(t) | synsets(_SENSES_MORE.get(t, ""))
    return own, stems, syn


_PARTS = ("n", "vblex", "adj", "adv")  # synsets() keeps the part of speech in the low bits


def synonym_only_parts(w: Word, o: Word) -> frozenset[str] | None:
    """The parts of speech of the WordNet synsets an English word ``w`` shares with the
    translations of a source word ``o``, when nothing else links them (no translation,
    form, five-letter stem or cognate); None when something else does or nothing does.
    ("radical" shares only the noun synset "group, radical" with "grupo".)"""
    own, stems, syn = _keys(w, True)
    o_own, o_stems, o_syn = _keys(o, False)
    if own & o.trans or w.trans & o_own or stems & o_stems:
        return None
    if _cognate(fold(w.surface), fold(o.surface)) or _cognate(w.lemma, o.lemma):
        return None
    shared = syn & o_syn
    return frozenset(_PARTS[x % 4] for x in shared) if shared else None


def partners(words: Sequence[Word], other: Sequence[Word], english: str) -> list[int]:
    """:func:`_partners`, remembered for the last few thousand pairs of texts: the quiet
    pass's word checks and the grammar check read the same pairs (docs/drift.md, "Session
    18, drift23a")."""
    return list(_remembered(tuple(words), tuple(other), english))


@lru_cache(maxsize=4096)
def _remembered(words: tuple[Word, ...], other: tuple[Word, ...], english: str) -> tuple[int, ...]:
    return tuple(_partners(words, other, english))


# English verb particles: "gave up" is one verb whose WordNet entry ("give up" =
# "surrender") renders what neither "give" nor "up" does.
_PARTICLES = frozenset("up down out off in on away back over".split())


def _phrasal(seq: Sequence[Word], i: int) -> frozenset[int]:
    """The WordNet synsets of an English verb with the particle right after it ("gave
    up" → "give up"): empty when no particle follows or WordNet has no such entry."""
    w = seq[i]
    if w.pos != "vblex" or i + 1 >= len(seq) or seq[i + 1].surface.lower() not in _PARTICLES:
        return frozenset()
    return synsets(f"{w.lemma} {seq[i + 1].surface.lower()}")


def _partners(words: Sequence[Word], other: Sequence[Word], english: str) -> list[int]:
    """For each word, the index of a word of ``other`` rendering it, -1 when none does:
    a dictionary translation either way, a shared five-letter stem between a word and a
    translation, a WordNet synonym of a translation (``english``: which side is English,
    "target" for ``words``, "source" for ``other``, anything else: no synonyms), or a
    cognate. Content words of ``other`` are preferred."""
    order = sorted(
        (j for j, o in enumerate(other) if o.surface[:1].isalnum()),
        key=lambda j: not other[j].content,
    )
    by_form: dict[str, int] = {}
    by_trans: dict[str, int] = {}
    by_stem: dict[str, int] = {}
    by_syn: dict[int, int] = {}
    for j in reversed(order):
        o = other[j]
        own, stems, syn = _keys(o, english == "source")
        if english == "source":
            syn = syn | _phrasal(other, j)
        for k in own:
            by_form[k] = j
        for t in o.trans:
            by_trans[t] = j
        for k in stems:
            by_stem[k] = j
        for k in syn:
            by_syn[k] = j
    out = []
    for i, w in enumerate(words):
        if not w.surface[:1].isalnum():
            out.append(-1)
            continue
        own, stems, syn = _keys(w, english == "target")
        if english == "target":
            syn = syn | _phrasal(words, i)
        hit = next((by_trans[k] for k in own if k in by_trans), -1)
        if hit < 0:
            hit = next((by_form[t] for t in w.trans if t in by_form), -1)
        if hit < 0:
            hit = next((by_stem[k] for k in stems if k in by_stem), -1)
        if hit < 0 and english in ("target", "source"):
            hit = next((by_syn[k] for k in syn if k in by_syn), -1)
        if hit < 0 and w.content:
            hit = next(
                (
                    j
                    for j in order
                    if _cognate(fold(w.surface), fold(other[j].surface))
                    or _cognate(w.lemma, other[j].lemma)
                ),
                -1,
            )
        out.append(hit)
    return out


def free_word(w: Word, lang: str) -> bool:
    """A word that could be the rendering of anything: an unmatched content word that is
    not light, or a lower-case word the analyser did not know (a leftover of the other
    language)."""
    if not w.known:
        return w.surface[:1].islower()
    return w.content and w.lemma not in LIGHT.get(lang, ())


@dataclass(frozen=True)
class Unrendered:
    """A reportable content word nothing on the other side renders, and what lies where
    it would be: the free (unrendered) words of the other side near its anchors."""

    index: int  # in its own side's words
    anchors: tuple[int, ...]  # indices into the other side's words
    near_free: tuple[int, ...]  # free words of the other side within the window
    opening: bool = False  # no matched content word before it (its one anchor is after)


def unrendered(
    words: Sequence[Word],
    other: Sequence[Word],
    english: str,
    lang: str,
    other_lang: str,
    window: int = 3,
) -> tuple[list[Unrendered], int]:
    """Every reportable unmatched content word with its anchors (the nearest matched
    content words before and after it, as indices into ``other``) and the free words of
    ``other`` within ``window`` of those; and how many free words ``other`` has."""
    mine = partners(words, other, english)
    back = partners(
        other,
        words,
        "source" if english == "target" else "target" if english == "source" else english,
    )
    free = [j for j, o in enumerate(other) if back[j] < 0 and free_word(o, other_lang)]
    out = []
    for i, w in enumerate(words):
        if not w.content or mine[i] >= 0 or not reportable(w, lang, i == 0):
            continue
        if in_locution(words, i, lang):
            continue
        anchors = [
            next((mine[k] for k in range(i - 1, -1, -1) if mine[k] >= 0 and words[k].content), -1),
            next(
                (mine[k] for k in range(i + 1, len(words)) if mine[k] >= 0 and words[k].content), -1
            ),
        ]
        opening = anchors[0] < 0
        anchors = [a for a in anchors if a >= 0]
        near = sorted(
            {j for a in anchors for j in range(a - window, a + window + 1) if 0 <= j < len(other)}
            & set(free)
        )
        out.append(Unrendered(i, tuple(anchors), tuple(near), opening))
    return out, len(free)


def orphans(
    words: Sequence[Word],
    other: Sequence[Word],
    english: str,
    lang: str,
    other_lang: str,
    window: int = 3,
    loose: int = 99,
) -> list[Word]:
    """Unmatched content words with nothing unmatched on the other side where they
    would be: the nearest matched content words before and after them (the anchors)
    point into ``other``, and no free word lies within ``window`` words of those points.

    A reworded phrase leaves unmatched words on both sides in the same place; an
    inserted or removed word leaves them on one side only.
    """
    found, free = unrendered(words, other, english, lang, other_lang, window)
    if free > loose:
        return []
    return [words[u.index] for u in found if u.anchors and not u.near_free]


def unmatched(words: Sequence[Word], other: Sequence[Word], english: str = "target") -> list[Word]:
    """The content words of ``words`` that nothing in ``other`` renders."""
    found = partners(words, other, english)
    return [w for w, j in zip(words, found, strict=True) if w.content and j < 0]
