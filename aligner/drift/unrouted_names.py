"""Names in the translation that nothing in the source explains, for a source language
with no machine-translation route to the target (German, Russian, Polish, Czech → English).

Without MT, :mod:`aligner.drift.names` reports an added name only when it is surely a
name (several words, an acronym, a word the MT system does not know); a single
capitalised word ("Spain" for "Südostasien", "Syria" for "Südkorea") could be a country
or a demonym the translator rendered ("Deutschland" → "Germany"), and nothing tells
which. A bilingual dictionary does: Debian ships FreeDict's (``dict-freedict-deu-eng``,
``pol-eng``, ``ces-eng``, ``eng-rus``, and Mueller's English-Russian ``mueller7-dict``; both
directions are read when installed). A name of
the translation is explained when a word of it is a dictionary translation of a source
word (compounds split as :func:`aligner.alignment.dictionary.lookup` does), a cognate or a
transliteration of a source word (:func:`aligner.drift.names.entity_found`, every source
word, lower-case ones included), or a country name the source gives (Debian's iso-codes,
:mod:`aligner.drift.country_names`). Two uses:

* a name swap or added name of :func:`aligner.drift.names.check_entities` whose
  translation name is explained is demoted to minor (without MT that check pairs a
  source word it cannot read, "России", "Гидрометцентр", with any new name);
* where the source's capitals do not mark names (German: :func:`capitals_hide_names`),
  a name nothing explains is reported: as a swap when the source has a name that nothing
  in the translation renders either, else as an added name.

The evidence is language-independent (capitals, cognates, transliteration, a dictionary
of the pair); only the dictionary is per language, and with none installed for the pair
the check does not run (its silence would read as "not translated" everywhere). It runs
only where the pair has no MT route: with MT the entity's own translation is the better
evidence (docs/drift.md, "Session 21 (drift26f)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from aligner.alignment.dictionary import Dictionary, load_pair, lookup, stem
from aligner.drift import word_lexicon
from aligner.drift.country_names import country_rendered, country_said
from aligner.drift.eras import era_said
from aligner.drift.name_cuts import spelt_out_before
from aligner.drift.names import _in_voice, entity_found, headline
from aligner.drift.run_record import DriftRun
from aligner.drift.signals import Entity, Finding, Side, quote, span_of
from aligner.drift.text import cognate
from aligner.drift.translit import same_name
from aligner.drift.word_lexicon import Table

CHECK = "drift.unrouted_name"
# "I'm", "I've": a capitalised pronoun, no name.
_CONTRACTION = re.compile(r"^I['’](?:m|ve|ll|d)$")
# The median pair's source capital share minus the translation's above which the
# source's capitals are read as not marking names: DEMETR German 0.17, Russian 0.00
# (fitted on these two; Polish and Czech, held out: 0.00).
CAPITALS_GAP = 0.08
MIN_SHARED = 4  # letters of a stem that may match a longer one
LOOSE_RATIO = 0.6
MIN_COMPOUND = 4  # letters of each part of a compound
MIN_PART = 3  # letters of a name word worth looking up ("St", "Co" are abbreviations)


@dataclass(frozen=True)
class Lexicon:
    """A language pair's dictionary: the aligner's prefix tables and whole-word ones."""

    prefixes: tuple[Dictionary, Dictionary]
    whole: tuple[Table, Table]


def dictionaries(src_lang: str, tgt_lang: str) -> Lexicon | None:
    """The pair's tables (languages the aligner's own second pass does not read
    included), or None: no FreeDict dictionary installed for it."""
    pair = load_pair(src_lang[:2], tgt_lang[:2], wider=True)
    whole = word_lexicon.tables(src_lang, tgt_lang)
    return None if pair is None or whole is None else Lexicon(pair, whole)


def _renderings(word: str, table: dict[str, frozenset[str]]) -> frozenset[str]:
    """A word's translation stems: its entry and, as a compound, every known head's and
    modifier's ("Kinderklinik": "kinder" is an entry of its own, "klinik" its head)."""
    found = lookup(word, table)
    out = set() if found is None else set(found[0]) | set(found[1] or ())
    for cut in range(MIN_COMPOUND, len(word) - MIN_COMPOUND + 1):
        head = table.get(stem(word[cut:]))
        if head is not None:
            out |= head
            out |= table.get(stem(word[:cut]), frozenset())
    return frozenset(out)


def _stem_match(a: str, rendered: frozenset[str] | set[str]) -> bool:
    """A stem among the rendered ones, or one of them a prefix of the other of four
    letters or more ("childr" and "child": the stems cut inflections unevenly)."""
    if a in rendered:
        return True
    return any(len(r) >= MIN_SHARED and (a.startswith(r) or r.startswith(a)) for r in rendered)


def _word_alike(part: str, word: str, lang: str) -> bool:
    """A cognate or transliteration of any source word, lower-case ones included
    ("British" / "britischer", "Ukrainian" / "украинский")."""
    return cognate(part, word) or same_name(part, "en", word, lang) or _loose(part, word)


def _loose(a: str, b: str) -> bool:
    """Exonyms that differ inside the word ("Spain" / "Spanien", "Asia" / "Asien"): the
    same first three letters and most of the shorter word's letters in order."""
    if len(a) < 4 or len(b) < 4 or a[:3] != b[:3]:
        return False
    short, long_ = sorted((a, b), key=len)
    return SequenceMatcher(None, short, long_[: len(short) + 2]).ratio() >= LOOSE_RATIO


def explained(e: Entity, src: Side, lex: Lexicon) -> bool:
    """Whether a word of translation name ``e`` renders a source word by the dictionary
    (either direction of it), or spells one (cognate, transliteration)."""
    forward, backward = lex.prefixes
    folds = [t.fold for t in src.ws if len(t.fold) >= MIN_PART]
    rendered: set[str] = set()
    whole: set[str] = set()
    for w in folds:
        rendered |= _renderings(w, forward.table)
        whole |= word_lexicon.look_up(w, lex.whole[0])
    for part in e.parts:
        if len(part) < MIN_PART:
            continue
        if _stem_match(stem(part), rendered) or _stem_match(part, whole):
            return True
        back = [r for r in _renderings(part, backward.table) if len(r) >= MIN_SHARED]
        back += [r[:-1] for r in word_lexicon.look_up(part, lex.whole[1]) if len(r) > MIN_SHARED]
        if any(r in w for r in back for w in folds):  # "children" → "kind": "Kinderklinik"
            return True
        if any(_word_alike(part, w, src.lang) for w in folds):
            return True
        if country_said(part, folds, src.lang):
            return True
    return False


def spelt_or_country(e: Entity, src: Side) -> bool:
    """:func:`explained` without a dictionary: a word of name ``e`` spells a source word
    (cognate, transliteration) or is a country the source names in its own language
    ("Bulgaria" for "Bulharsko", iso-codes)."""
    folds = [t.fold for t in src.ws if len(t.fold) >= MIN_PART]
    return any(
        len(part) >= MIN_PART
        and (any(_spelt(part, w, src.lang) for w in folds) or country_said(part, folds, src.lang))
        for part in e.parts
    )


def _lost_found(e: Entity, src: Side, tgt: Side) -> bool:
    """Whether source name ``e`` is in the translation without a dictionary: a word of
    the translation spells one of its words, or gives the country it names."""
    folds = [t.fold for t in tgt.ws if len(t.fold) >= MIN_PART]
    parts = [p for p in e.parts if len(p) >= MIN_PART]
    return any(_spelt(w, p, src.lang) for p in parts for w in folds) or country_rendered(
        parts, folds, src.lang
    )


def _spelt(part: str, word: str, lang: str) -> bool:
    """A cognate or transliteration, not :func:`_loose`'s exonym reading: without a
    dictionary to confirm it, "Marek" and "Marine" share too much by chance."""
    return cognate(part, word) or same_name(part, "en", word, lang)


def _common_words(e: Entity, lex: Lexicon) -> bool:
    """A name of several words, each a common word of the dictionary's target side
    ("World Cup", "Tax Office"): an event or an institution rendered by its sense."""
    parts = [p for p in e.parts if len(p) >= MIN_PART]
    return len(parts) > 1 and all(word_lexicon.look_up(p, lex.whole[1]) for p in parts)


def _new_names(src: Side, tgt: Side) -> list[Entity]:
    """The translation's names that no cognate, transliteration or alias finds in the
    source (the same reading as :func:`aligner.drift.names.check_entities` without MT)."""
    return [
        e
        for e in tgt.entities
        if not entity_found(e, tgt.lang, src, None, None, tgt)
        and not _in_voice(e, tgt)
        and not spelt_out_before(e, tgt)
        and not era_said(e, tgt, src)
        and not _CONTRACTION.match(e.text)
    ]


def _lost_names(src: Side, tgt: Side) -> list[Entity]:
    return [
        e
        for e in src.entities
        if not entity_found(e, src.lang, tgt, None, None, src) and not _in_voice(e, src)
    ]


def _named_already(e: Entity, found: Sequence[Finding]) -> bool:
    """An entity finding already points at the name."""
    return any(
        f.type == "entity"
        and f.target_span is not None
        and f.target_span[0] < e.end
        and e.start < f.target_span[1]
        for f in found
    )


def check_unrouted_names(
    src: Side, tgt: Side, lex: Lexicon, found: Sequence[Finding]
) -> list[Finding]:
    """Names of the translation that the source does not explain (see the module's
    docstring); ``found``: the pair's findings so far (a name reported once)."""
    if headline(tgt):
        return []
    new = [
        e
        for e in _new_names(src, tgt)
        if not e.acronym
        and not _named_already(e, found)
        and not _common_words(e, lex)
        and not explained(e, src, lex)
    ]
    lost = [e for e in _lost_names(src, tgt) if not explained_back(e, tgt, lex)]
    # An acronym left in the source may be spelt out in the translation ("ОАЭ" → "United
    # Arab Emirates"), as check_entities reads it.
    if any(e.acronym for e in lost):
        new = [e for e in new if len(e.parts) == 1]
    if not new:
        return []
    out = []
    for b in new:
        a = lost.pop(0) if lost else None
        if a is not None:
            out.append(
                Finding(
                    "entity",
                    "critical",
                    0.6,
                    span_of(a),
                    span_of(b),
                    f"The source names {quote(a.text)} but the translation has "
                    f"{quote(b.text)} instead.",
                    CHECK,
                )
            )
        else:
            out.append(
                Finding(
                    "entity",
                    "major",
                    0.5,
                    None,
                    span_of(b),
                    f"The translation mentions {quote(b.text)}, which nothing in the source "
                    "names or translates.",
                    CHECK,
                )
            )
    return out


def explained_back(e: Entity, tgt: Side, lex: Lexicon) -> bool:
    """Whether source name ``e`` is rendered by a translation word, by the dictionary."""
    forward, backward = lex.prefixes
    return explained(e, tgt, Lexicon((backward, forward), (lex.whole[1], lex.whole[0])))


def _capital_share(side: Side) -> float:
    """The share of a side's words (three letters or more, the first word aside) written
    with a capital."""
    long_words = [t for t in side.ws[1:] if len(t.text) > 2]
    return sum(t.cap for t in long_words) / len(long_words) if long_words else 0.0


def capitals_hide_names(sides: Sequence[tuple[Side, Side]]) -> bool:
    """Whether the source writes many more words with a capital than the translation
    (the median pair's shares differ by more than CAPITALS_GAP): German capitalises its
    nouns, so its capitals do not single out names and the entity check finds none of
    the source's; where capitals mark names (Russian, Polish, Czech) it pairs a lost name
    with a new one itself, and this check added little there for its faithful cost
    (docs/drift.md, "Session 21 (drift26f)")."""
    gaps = sorted(_capital_share(s) - _capital_share(t) for s, t in sides)
    return bool(gaps) and gaps[len(gaps) // 2] > CAPITALS_GAP


def demoted_swaps(
    src: Side, tgt: Side, lex: Lexicon | None, found: Sequence[Finding]
) -> list[Finding]:
    """The pair's findings with each name swap or added name of the entity check whose
    translation name the dictionary finds in the source demoted to minor ("России" →
    "Russia"'s neighbours: "Гидрометцентр" → "Hydrometeorological Center", "Луна" →
    "Moon"): without MT the entity check pairs a name it cannot read with any new one.
    Without a dictionary (``lex`` None), the names a country's name in the source's
    language or a spelling explains ("Česku" → "Czech Republic", "России" → "Russia")."""
    explains = (
        (lambda e: explained(e, src, lex))
        if lex is not None
        else (lambda e: spelt_or_country(e, src))
    )
    out = []
    for f in found:
        if f.check == "drift.entity" and f.severity != "minor" and f.target_span is not None:
            named = [
                e for e in tgt.entities if e.start < f.target_span[1] and f.target_span[0] < e.end
            ]
            if lex is None and f.source_span is not None:
                # Without a dictionary a swap stands unless the source's name is found
                # in the translation too: a name lost beside one explained stays lost.
                lost = [
                    e
                    for e in src.entities
                    if e.start < f.source_span[1] and f.source_span[0] < e.end
                ]
                named = named if lost and all(_lost_found(e, src, tgt) for e in lost) else []
            if named and all(explains(e) for e in named):
                f = replace(f, severity="minor", confidence=min(f.confidence, 0.3))
        out.append(f)
    return out


def check_pairs(
    analyses: Sequence, src_lang: str, tgt_lang: str, run: DriftRun | None = None
) -> dict[int, list[Finding]]:
    """The findings of each pair with no MT reading that this module changes (the
    whole list): swaps the dictionary explains demoted; where the source's capitals do
    not mark names, names nothing explains reported. Without a dictionary (``run``
    notes it) only the swaps a spelling or a country's name explains are demoted; the
    dictionary used goes into the signature."""
    todo = [k for k, a in enumerate(analyses) if a.evidence.mt is None]
    # Both readings are about the translation's names: without one in any pair, the
    # dictionary (seconds to load, a large one) is not read at all.
    if not any(analyses[k].tgt.entities for k in todo):
        return {}
    lex = dictionaries(src_lang, tgt_lang)
    if lex is None:
        if run is not None:
            run.note(
                f"no FreeDict dictionary {src_lang}→{tgt_lang} installed: names in pairs "
                "without MT were read without one"
            )
        demoted = {
            k: demoted_swaps(analyses[k].src, analyses[k].tgt, None, analyses[k].findings)
            for k in todo
            if analyses[k].tgt.entities
        }
        return {k: found for k, found in demoted.items() if found != analyses[k].findings}
    if run is not None:
        run.names_dictionary = f"{src_lang[:2]}-{tgt_lang[:2]}"
    hidden = capitals_hide_names([(analyses[k].src, analyses[k].tgt) for k in todo])
    out = {}
    for k in todo:
        a = analyses[k]
        if not a.tgt.entities:
            continue
        found = demoted_swaps(a.src, a.tgt, lex, a.findings)
        if hidden:
            found += check_unrouted_names(a.src, a.tgt, lex, found)
        if found != a.findings:
            out[k] = found
    return out
