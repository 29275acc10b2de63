"""Opposite words between a literal machine translation and the translation under review
(:func:`check_reversal`, the `meaning` findings of an antonym).

DEMETR-style antonym errors ("prices rose" → "prices fell") leave every name, figure and
negation in place; the evidence is a target word whose antonym is what the source's MT
says while neither says the other word. The pairs are WordNet 3.0's direct antonyms
(``data/antonyms_en.tsv``, built by ``bench/make_antonyms.py``; licence in
``data/WORDNET-LICENSE``), with WordNet's irregular forms and a small suffix stripper in
the manner of its ``morphy`` so that "decreased" finds "decrease".
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache

from aligner.drift import (
    antonym_guards,
    derived_opposites,
    mt_gaps,
    mt_senses,
    opposite_affixes,
    opposite_forms,
    opposite_senses,
    opposite_tables,
    opposite_valence,
    slot_opposites,
    unread_opposites,
)
from aligner.drift.acted_on import acted_on
from aligner.drift.cue_quotes import cue_text
from aligner.drift.false_friends import misread
from aligner.drift.names import headline
from aligner.drift.opposite_counts import shifted  # one pole for the other, both used
from aligner.drift.opposite_tables import both_poles, data_lines
from aligner.drift.pole_synonyms import pole_kept
from aligner.drift.privative import privatives
from aligner.drift.signals import (
    Evidence,
    Finding,
    Reading,
    Side,
    find_cues,
    polarity,
    quote,
    span_of,
    word_lists,
)
from aligner.drift.synonyms import inflection_bases
from aligner.drift.table_cache import cached_table
from aligner.lang import profile

# Frequent function-like words whose "antonyms" are a matter of phrasing, not meaning
# ("in"/"out", "first"/"last" of a list, "come"/"go"; "such", WordNet's "much" in "such a
# mess", is "such as" before a list: "efectos leves como dolor" → "mild effects such as").
_PHRASING = frozenset(
    "in out on off up down here there now then come go give take bring send no all ask answer "
    "lead follow have has had make get keep do be back forward ahead behind away such".split()
)


@cache
def _table() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    opposite, irregular, _ = _tables()
    return opposite, irregular


@cache
def _tables() -> tuple[dict[str, frozenset[str]], dict[str, str], dict[str, frozenset[str]]]:
    """Opposites, irregular forms, and the heads of adjective satellites ("~" lines)."""
    code = (__file__, opposite_tables.__file__)
    return cached_table("antonyms", _build, opposite_tables.data_paths(), code)


def _build() -> tuple[dict[str, frozenset[str]], dict[str, str], dict[str, frozenset[str]]]:
    opposite: dict[str, set[str]] = {}
    irregular: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    for line in data_lines():
        if line.startswith("#") or not line.strip():
            continue
        kind, a, b = line.split("\t")
        if kind == "=":
            irregular[a] = b
        elif kind == "~":
            if a not in _PHRASING and b not in _PHRASING:
                heads.setdefault(a, set()).add(b)
        elif a not in _PHRASING and b not in _PHRASING:
            opposite.setdefault(a, set()).add(b)
            opposite.setdefault(b, set()).add(a)
    return (
        {w: frozenset(s) for w, s in opposite.items()},
        irregular,
        {w: frozenset(s) for w, s in heads.items()},
    )


def lemmas(word: str) -> frozenset[str]:
    """The word and the base forms it may be an inflection of (those WordNet pairs)."""
    opposite, irregular, heads = _tables()
    w = word.lower()
    return frozenset(
        x for x in inflection_bases(w, irregular) if x in opposite or x in heads or x == w
    )


def _senses(lemma: str) -> frozenset[str]:
    """The lemma and, for an adjective satellite, its heads ("tiny" → "small")."""
    return frozenset((lemma,)) | _tables()[2].get(lemma, frozenset())


def _opposites(lemma: str) -> frozenset[str]:
    """WordNet's antonyms of the lemma and of its heads (a satellite's): an opposed MT word."""
    return frozenset(a for s in _senses(lemma) for a in _table()[0].get(s, ()))


def opposed(
    mt_words: Sequence[str], tgt_words: Sequence[str], synonyms: bool = True
) -> list[tuple[int, str]]:
    """(index of the target word, the MT word) for each target word whose antonym the MT
    uses, where the MT does not use the word itself nor the target the antonym. Adjective
    satellites are opposed when their heads are ("enormous" ~ "large" ↔ "small" ~ "tiny")
    unless one is the other's head or they share one. ``synonyms=False``: not through an
    MT word's synonym (:mod:`aligner.drift.dictionary_antonyms`: slow, no gain)."""
    opposite, _ = _table()
    if not opposite:
        return []
    mt_forms: dict[str, str] = {}
    mt_senses: dict[str, str] = {}
    for w in mt_words:
        for lemma in lemmas(w):
            mt_forms.setdefault(lemma, w)
            for sense in _senses(lemma):
                mt_senses.setdefault(sense, w)
    tgt_lemmas: set[str] = set()
    for w in tgt_words:
        tgt_lemmas |= lemmas(w)
    tgt_senses = {s for lemma in tgt_lemmas for s in _senses(lemma)}
    out = []
    for k, w in enumerate(tgt_words):
        mine = lemmas(w)
        if mine & mt_forms.keys() or both_poles(mine, tgt_lemmas, opposite):
            continue
        for lemma in mine:
            hits = [a for a in opposite.get(lemma, ()) if a in mt_forms and a not in tgt_lemmas]
            if not hits and not _senses(lemma) & mt_senses.keys():
                hits = [a for a in _opposites(lemma) if a in mt_senses and a not in tgt_senses]
            if hits:
                first = sorted(hits)[0]
                out.append((k, mt_forms.get(first) or mt_senses[first]))
                break
            said = (
                _through_synonym(lemma, mt_words, tgt_lemmas) if SYNONYM_RANK and synonyms else None
            )
            if said is not None:
                out.append((k, said))
                break
    return out


# The antonym through a synonym of the MT's word ("disconnected" ↔ MT "related", a
# synonym of "connected"): both in a synset among their first SYNONYM_RANK senses (0:
# off). Chosen leaving one file out (docs/drift.md, "Session 16 (drift21b)"): at 3 the
# DEMETR proxies each gain a faithful pair flagged, more than 1 % of their faithful pairs.
SYNONYM_RANK = 2


@cache
def _adjective_synsets() -> frozenset[int]:
    """The numbers of WordNet's adjective synsets in ``synonyms_en.tsv`` (its line
    numbers, as :func:`aligner.drift.synonyms.synsets` counts them)."""
    from aligner.drift.synonyms import DATA as SYNONYMS

    if not os.path.exists(SYNONYMS):
        return frozenset()
    with open(SYNONYMS, encoding="utf-8") as fh:
        return frozenset(
            k for k, line in enumerate(fh.read().split("\n")) if line[:1] in "as" and line
        )


def _own_synsets(lemma: str) -> frozenset[int]:
    """The lemma's own frequent adjective synsets, not those of a stem it may look like
    ("employer" is no inflection of "employ"). Adjectives only: verbs and nouns share
    senses across a reworded clause ("recuperar las clases perdidas" → MT "recover" ~
    "find" ↔ "lost classes", a gold bead of corpora/parallel)."""
    from aligner.drift.synonyms import _table as synonym_table

    senses = synonym_table()[0].get(lemma, ())
    adjectives = _adjective_synsets()
    return frozenset(n for n, rank in senses if rank <= SYNONYM_RANK and n in adjectives)


def _through_synonym(lemma: str, mt_words: Sequence[str], tgt_lemmas: set[str]) -> str | None:
    """The MT word that shares a frequent synset with an antonym of ``lemma``, where
    neither the lemma itself nor the antonym's own forms are synonyms on the other side."""
    from aligner.drift.synonyms import synsets

    antonyms = _table()[0].get(lemma, frozenset())
    if antonyms & tgt_lemmas:
        return None  # "larger … smaller": the translation has the opposite too
    own = synsets(lemma, SYNONYM_RANK)
    for a in sorted(antonyms - _PHRASING):
        theirs = _own_synsets(a)
        if not theirs or theirs & own:
            continue
        for w in mt_words:
            if len(w) <= 2 or not w[:1].islower() or lemmas(w) & (tgt_lemmas | _PHRASING):
                continue  # a name's word, an MT word the translation keeps, a light word
            if synsets(w.lower(), SYNONYM_RANK) & theirs:
                return w
    return None


# Opposites WordNet's structure implies (satellites, adverbs by their adjectives, a noun's or verb's
# hypernym, a superlative against a Romance comparative): :mod:`opposite_senses` (drift24c).
OPPOSITE_SENSES = True
# Opposed prefixes on one stem ("pro-" / "anti-", "hyper-" / "hypo-"): :mod:`opposite_affixes`,
# docs/drift.md "Session 20 (drift25d)".
SWAPPED_PREFIXES = True
# Verbs opposed through their derived adjectives ("defy" ↔ "obey"): :mod:`derived_opposites`,
# docs/drift.md "Session 21 (drift26c)".
DERIVED_OPPOSITES = True
# Words of strongly opposed valence in one place ("protect" ↔ "harm"): :mod:`opposite_valence`,
# docs/drift.md "Session 22 (drift27c)".
OPPOSITE_VALENCE = True
# A verb's antonym a synonym of the MT's word at the same place: :mod:`slot_opposites`.
SLOT_OPPOSITES = True


# --- reversals through opposite words ---


@cache
def _antonym_cues(lang: str) -> tuple[tuple[tuple[str, str], ...], ...]:
    """Per antonym pair, the cue table: forms of side "a" and of side "b"."""
    out = []
    for a_side, b_side in profile(lang).antonyms:
        forms = [(f.strip(), "a") for f in a_side.split(",") if f.strip()]
        forms += [(f.strip(), "b") for f in b_side.split(",") if f.strip()]
        out.append(tuple(forms))
    return tuple(out)


def check_reversal(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """An opposite word in the translation where the source's MT has the other one
    ("destruirá empleo" → MT "will destroy employment" vs "will create jobs")."""
    if ev.mt is None:
        return []
    for table in _antonym_cues(tgt.lang):
        in_mt = {c.label for c in find_cues(ev.mt.ws, table)}
        found = find_cues(tgt.ws, table)
        in_tgt = {c.label for c in found}
        if len(in_mt) == 1 and len(in_tgt) == 1 and in_mt != in_tgt:
            cue = found[0]
            mt_word = next(c for c in find_cues(ev.mt.ws, table))
            if (
                _negated_at(ev.mt, mt_word.start, tgt.lang)
                and _negated_at(tgt, cue.start, tgt.lang, 0)
            ) or (
                _negated_at(tgt, cue.start, tgt.lang)
                and _negated_at(ev.mt, mt_word.start, tgt.lang, 0)
            ):
                # "no aceptó" → MT "did not accept" ↔ "rejected", a negative verb: the
                # same ("si no habrían comprado" → "otherwise … sold" is not); and the
                # other way round, "prohibida" → MT "forbidden" ↔ "not allowed".
                continue
            negated = _negated_at(ev.mt, mt_word.start, tgt.lang) or _negated_at(
                tgt, cue.start, tgt.lang
            )  # the other way round: "se declaró inocente" → "pleaded not guilty" (drift39c)
            if negated and _one_side_negated(ev.mt, tgt):
                # "no estaban incluidas" → MT "were not included" ↔ "were excluded": the
                # negation moved into the opposite word, as the WordNet reading below
                # leaves it; the polarity check weighs the negation.
                continue
            if pole_kept(ev.mt.ws[mt_word.start].text, ev.mt, tgt, cue.start, cue.end):
                continue  # "reduce … put up the price" → "cut … raise": pole_synonyms
            if acted_on(ev.mt, mt_word.start, tgt, cue.start):
                continue  # "contain the expansion of" ↔ "slow the spread of" (drift43c)
            if mt_word.start and ev.mt.ws[mt_word.start - 1].norm in _DIMINISHERS:
                # "menos caros" → MT "less expensive" ↔ "cheaper": the pair's other word
                # renders the diminished one (as :func:`_diminished` below).
                continue
            said = ev.mt.text[mt_word.char_start : mt_word.char_end]
            return [
                Finding(
                    "meaning",
                    "major",
                    0.55,
                    None,
                    span_of(cue),
                    f"The translation says {quote(cue_text(tgt, cue))} where the source means "
                    f"the opposite ({quote(said)} in a literal translation).",
                    "drift.meaning",
                )
            ]
    return _wordnet_reversal(src, tgt, ev.mt) or unread_opposites.in_names(tgt, ev.mt)


def _one_side_negated(mt: Reading, tgt: Side) -> bool:
    """Whether the MT and the translation differ in polarity (an odd count between them),
    neither through an idiom that may carry a negation ("si no" → "otherwise")."""
    a, b = polarity(mt.ws, mt.text, "en"), polarity(tgt.ws, tgt.text, "en")
    if a is None or b is None or a.optional or b.optional:
        return False
    return (a.count + b.count) % 2 == 1


def _negated_at(reading: Reading | Side, k: int, lang: str, reach: int = 2) -> bool:
    """Whether the word at ``k`` is governed by a negation up to ``reach`` words before it
    ("did not accept"), or with ``reach`` 0 is a negation itself ("rejected")."""
    pol = polarity(reading.ws, reading.text, lang)
    if pol is None:
        return False
    if not reach:
        return any(c.start <= k < c.end for c in pol.cues)
    return any(c.end <= k <= c.end + reach for c in pol.cues)


# Words that turn the next one into its opposite: Spanish "poco probable", "poco claro"
# (MT "little likely", "little clear") are "unlikely", "unclear".
# "menos costosos" (MT "less costly") is "cheaper", "menos elevada" is "lower".
_DIMINISHERS = frozenset(("little", "hardly", "barely", "scarcely", "seldom", "rarely", "less"))


def _diminished(said: str, mt: Reading) -> bool:
    """The MT's word right after a diminisher ("poco probable" → "little likely" ↔ "unlikely")."""
    return any(
        t.text == said and k and mt.ws[k - 1].norm in _DIMINISHERS for k, t in enumerate(mt.ws)
    )


def _wordnet_reversal(src: Side, tgt: Side, mt: Reading) -> list[Finding]:
    """A target word whose WordNet antonym the literal MT uses ("rose" → MT, "fell" in
    the translation). An antonym that comes with a negation on one side only is a
    paraphrase ("no está corregida" → "is incorrect"), left to the polarity check. A
    capitalised word inside the sentence is a name's ("the Northern Lights" ↔ MT
    "dark"), and a privative that renders one of the source's ("unos escasos informes" →
    "a few reports" ↔ MT "some scarce") says what the source says."""
    if tgt.lang != "en":
        return []
    mt_words, tgt_words = [t.text for t in mt.ws], [t.text for t in tgt.ws]
    # A word the MT did not know ("*inhabitables": Spanish "inhabitable" is English
    # "uninhabitable") is no English; a swapped prefix ("anti" / "pro-") is read whatever.
    # "*opusieron" read as "oppose"; "the start of this month" as "early" (mt_senses)
    read, back = mt_gaps.read_with(mt_words, mt.unknown, [t.text for t in src.ws])
    # "poorly-disciplined" read as "poorly"; "negatively" as "negative" beside "of … form"
    firsts, adverbs, manner = mt_senses.adverbs_read(
        mt_senses.first_parts(tgt_words), mt_words, lambda a: a in _table()[0]
    )
    hits = [(k, back.get(s, s)) for k, s in opposed(read, firsts)
            if s not in mt.unknown and (k not in adverbs or s in manner)]  # fmt: skip
    if not hits:
        prefixed = opposite_forms.prefixed_opposites(mt_words, tgt_words)
        prefixed = [(k, said) for k, said in prefixed if said not in mt.unknown]
        hits = prefixed if prefixed and not _negated_source(src) else []
    if not hits and SWAPPED_PREFIXES:
        hits = opposite_affixes.swapped_prefixes(mt_words, tgt_words)
    if not hits and OPPOSITE_SENSES:
        hits = opposite_senses.opposed_senses(mt_words, tgt_words)
        hits = hits or opposite_senses.superlatives(mt_words, tgt_words)
        if not hits and DERIVED_OPPOSITES:
            hits = derived_opposites.opposed(mt_words, tgt_words)
        # A negatively prefixed word may render the source's negation ("Ninguno …
        # resultó herido" → MT "wounded" ↔ "unhurt"), as for the prefix rule above.
        if any(opposite_forms._bare(tgt_words[k]) for k, _ in hits) and _negated_source(src):
            hits = []
    if not hits and opposite_forms.SYNONYMS_OF_OPPOSITES:
        hits = opposite_forms.synonyms_of_opposites(mt_words, tgt_words)
    if not hits and OPPOSITE_VALENCE:
        hits = opposite_valence.opposed(mt_words, tgt_words) or shifted(mt_words, tgt_words)
    if not hits and SLOT_OPPOSITES:
        hits = slot_opposites.opposed(mt_words, tgt_words)
    if not hits:  # a misspelt opposite, an MT leftover's cognate (unread_opposites)
        hits = unread_opposites.opposed(mt_words, mt.unknown, tgt_words)
    if not hits:
        return []
    a, b = polarity(mt.ws, mt.text, "en"), polarity(tgt.ws, tgt.text, "en")
    if a is None or b is None:
        return []
    if a.optional or b.optional:
        # An idiom that may carry a negation ("si no" → "otherwise"): the pair stands
        # only where every negation, the idioms' included, is far from both words.
        if not opposite_forms.IDIOMS_FAR:
            return []
        hits = [(k, said) for k, said in hits
                if _far_with_idioms(mt, tgt, a, b, k, said)]  # fmt: skip
    elif (a.count + b.count) % 2:
        # Negations of odd parity: an antonym one of them governs is the polarity
        # check's; one far from both words is not (opposite_forms.negation_far).
        hits = [(k, said) for k, said in hits if _far(a, b, mt_words, k, said, tgt_words[k])]
    # A negative verb ("refused" for "no admitió") carries its own negation: the
    # polarity check's business, not an antonym.
    in_cue = {i for c in b.cues for i in range(c.start, c.end)}
    # So does a phrase the lists read as no negation at all ("without worry" for "con
    # tranquilidad": the opposite word under its "without" says the same).
    in_cue |= {i for c in find_cues(tgt.ws, word_lists("en").negation) if c.label == "idle"
               for i in range(c.start, c.end)}  # fmt: skip
    mt_cued = {mt.ws[i].text for c in a.cues for i in range(c.start, c.end)}
    # The MT's words of a need ("hay que" → "be necessary") are the modality check's
    # ("no hay que alarmarse, pero sí extremar…" → "no need to…, but take extra…").
    mt_cued |= {mt.ws[i].text for c in find_cues(mt.ws, word_lists("en").modality)
                if c.label == "necessary" and c.end - c.start > 1
                for i in range(c.start, c.end)}  # fmt: skip
    # "a few" is "some" (the quantifier check compares it with "many"); "few" alone
    # counts only when the source has no privative of its own.
    idle = {i for c in find_cues(tgt.ws, profile("en").privatives) if c.label == "idle"
            for i in range(c.start, c.end)}  # fmt: skip
    own_privatives = idle | (
        {i for a_, b_ in privatives(tgt.ws, "en") for i in range(a_, b_)}
        if privatives(src.ws, src.lang)
        else set()
    )
    hits = [
        (k, said)
        for k, said in hits
        if k not in in_cue
        and said not in mt_cued
        and not _diminished(said, mt)
        # A word the MT could not generate ("mantenerse alejada" → "Maintain #move") is
        # often a multiword's stray part ("move away"): no literal opposite.
        and said not in mt.ungenerated
        and not (tgt.ws[k].cap and k and not tgt.ws[k].initial and not headline(tgt))
        and k not in own_privatives
        and not _frequency(tgt.ws, k)
        and not _purpose(said, mt)
        and not _other_heads(tgt, k, mt, said)
        and not _far_in_sentence(tgt, k, mt, said)
        and not _trouble(tgt.ws, k)
        and not pole_kept(said, mt, tgt, k, k + 1, _antonym_cues(tgt.lang))
        and not (_QUANTIFIERS & {said.lower(), tgt.ws[k].norm} and _negated_source(src))
        and not antonym_guards.negated_once(mt, tgt, k, said)
        and not antonym_guards.scarce_any(tgt, k)
        and not antonym_guards.preposition_only(mt, tgt, k, said)
        and not antonym_guards.degree_little(mt, said)
        and not antonym_guards.state_left(mt, tgt, k, said)
        and not misread(said, src)  # "atender" → MT "attend" ↔ "miss" (false_friends)
    ]
    if not hits:
        return []
    k, said = hits[0]
    word = tgt.ws[k]
    return [
        Finding(
            "meaning",
            "major",
            0.55,
            None,
            (word.start, word.end),
            f"The translation says {quote(word.text)} where a literal translation of the source "
            f"says its opposite ({quote(said)}).",
            "drift.meaning",
        )
    ]


# After "every", a count or a vague amount makes a frequency ("every two days", "every few
# minutes", "every other week"), not the quantifier opposed to "some" or "both".
_FREQUENCY_NEXT = frozenset(
    "few other couple several two three four five six seven eight nine ten twelve".split()
)


def _frequency(ws: Sequence, k: int) -> bool:
    """The word is "every" of a frequency, or the count or amount after it."""

    def every_at(i: int) -> bool:
        return (
            0 <= i < len(ws) - 1
            and ws[i].norm == "every"
            and (ws[i + 1].norm in _FREQUENCY_NEXT or ws[i + 1].text.isdigit())
        )

    return every_at(k) or every_at(k - 1)


def _purpose(said: str, mt: Reading) -> bool:
    """The MT's "end" is Apertium's word for word "con el fin de" / "a fin de" ("with the
    end to win", "to end to win"): a purpose, "in order to", opposed to no "start"; "put
    end to" stays the noun."""
    if said.lower() != "end":
        return False
    ws = mt.ws
    seen = [i for i, t in enumerate(ws) if t.text == said]
    return bool(seen) and all(
        i + 1 < len(ws)
        and ws[i + 1].norm == "to"
        and (
            (i >= 1 and ws[i - 1].norm == "to")
            or (i >= 2 and (ws[i - 2].norm, ws[i - 1].norm) == ("with", "the"))
        )
        for i in seen
    )


def _head(ws: Sequence, k: int):
    """The content word right after ``k`` (what an adjective there qualifies), if any."""
    nxt = ws[k + 1] if k + 1 < len(ws) else None
    return nxt.norm if nxt is not None and nxt.word and len(nxt.norm) > 3 else None


# How far apart, as shares of their sentences, a word and the MT word it would render
# may stand: a literal MT keeps the order of clauses, so a word at the other end of the
# sentence renders something else ("subió … la caída" → MT "went up … the fall" ↔
# "raised … the slide": "raised" renders "went up", not "fall").
_FAR_SHARE = 0.45


def _far_in_sentence(tgt: Side, k: int, mt: Reading, said: str) -> bool:
    """Every occurrence of the MT word stands far from the translation word's place."""
    at = [i for i, t in enumerate(mt.ws) if t.text == said]
    if not at or len(tgt.ws) < 8 or len(mt.ws) < 8:
        return False
    mine = k / (len(tgt.ws) - 1)
    return all(abs(mine - i / (len(mt.ws) - 1)) > _FAR_SHARE for i in at)


def _other_heads(tgt: Side, k: int, mt: Reading, said: str) -> bool:
    """The two words qualify different things that both sides name ("the same family
    that includes … some varieties" ↔ MT "the family … other varieties"): each head is
    found on the other side, away from the other word (within three words it is the
    same noun phrase reordered: "white Oldsmobile Intrigue" ↔ MT "Oldsmobile black
    Intrigue"), so the words are no rendering of each other."""
    mine = _head(tgt.ws, k)
    at = [i for i, t in enumerate(mt.ws) if t.text == said]
    theirs = {_head(mt.ws, i) for i in at}
    if mine is None or None in theirs or mine in theirs:
        return False

    def near(ws: Sequence, centre: Sequence[int], norms: set) -> bool:
        return any(abs(i - c) <= _SAME_PHRASE for c in centre for i, t in enumerate(ws)
                   if t.norm in norms)  # fmt: skip

    if near(tgt.ws, [k], theirs) or near(mt.ws, at, {mine}):
        return False
    tgt_norms = {t.norm for t in tgt.ws}
    return mine in {t.norm for t in mt.ws} and theirs <= tgt_norms


# "health" before a noun of trouble names an illness ("enfermedad subyacente" →
# "underlying health condition"), not the state opposed to it.
_TROUBLES = frozenset(
    "condition conditions problem problems issue issues disorder disorders complaint "
    "complaints complication complications concern concerns scare scares".split()
)


def health_trouble(word: str, following: str | None) -> bool:
    """Whether ``word`` is "health" naming an illness by the noun ``following`` it."""
    return word.lower() == "health" and (following or "").lower() in _TROUBLES


def _trouble(ws: Sequence, k: int) -> bool:
    return health_trouble(ws[k].norm, _head(ws, k))


# Words apart within which two heads belong to one noun phrase.
_SAME_PHRASE = 3


# Quantifiers a negation turns round ("ningún paciente quedó sin atención" → MT "any
# patient remained without" ↔ "every patient was cared for"): under a source negation,
# their opposition is the polarity check's to judge, not an antonym.
_QUANTIFIERS = frozenset(
    "any anybody anyone anything every everybody everyone everything all some none no "
    "nobody nothing".split()
)


def _negated_source(src: Side) -> bool:
    """Whether the source says a negation (which a negative prefix may render)."""
    pol = polarity(src.ws, src.text, src.lang)
    return pol is None or pol.count > 0 or pol.optional > 0


def _far(mt_pol, tgt_pol, mt_words: Sequence[str], k: int, said: str, word: str) -> bool:
    """:func:`opposite_forms.negation_far` over the two readings' negation cues."""
    return opposite_forms.negation_far(
        [(c.start, c.end) for c in mt_pol.cues],
        [i for i, w in enumerate(mt_words) if w == said],
        [(c.start, c.end) for c in tgt_pol.cues],
        k,
        said,
        word,
    )


def _far_with_idioms(mt: Reading, tgt: Side, mt_pol, tgt_pol, k: int, said: str) -> bool:
    """:func:`_far` with the negation idioms that may or may not carry a negation
    ("otherwise", "no more than") counted as negations of their side."""
    mt_words = [t.text for t in mt.ws]
    return opposite_forms.negation_far(
        opposite_forms.negation_spans(mt.ws, mt_pol.cues),
        [i for i, w in enumerate(mt_words) if w == said],
        opposite_forms.negation_spans(tgt.ws, tgt_pol.cues),
        k,
        said,
        tgt.ws[k].text,
    )
