"""Names that are surely names whatever stands before them, reported when the
translation drops them (session 37, drift42c; :func:`aligner.drift.names.check_entities`
calls these).

A capitalised word after an article may be a common noun or an institution translated
freely ("el Congreso" → "lawmakers"), so the names check reports a single lost word only
when it is bare. Three shapes are names all the same:

* **a country after an article** (`country_lost`): Spanish writes "la India", "el Perú",
  "el Reino Unido", "la China", "el Japón", and MT from Italian writes "la Francia", "la
  Turchia": when the MT renders the word by a country's English name (iso-codes) and no
  translation word says that country or its people ("India" / "Indian"), the country is
  gone;
* **a name after the sentence's opening preposition** (`after_opening_preposition`):
  "En Sevilla, …", "A Lisboa llegaron …", "Desde Bruselas …": the capitalised word before
  the name is a preposition written with a capital, not a name's first word;
* **a place inside an institution's name** (`inner_name_lost`): "la Bolsa de Sydney" →
  "Shares on lost …": the MT translates the institution's words ("Stock exchange of
  Sydney") and keeps the place as written; when no translation word is that place, the
  name is gone, however the institution's words were rendered;
* **an organisation's name cut to its last word** (`last_words_only`): "la Barrick Gold"
  → "But Gold does not seem …", "la Ravenna Bt." → "the case of Bt.": a name the MT
  system does not know, written after an article (a company or a body: Spanish puts
  none before a person), whose last word alone stands in the translation, an English
  common word or an abbreviation (not a short name: "Telekom", "Sachs");
* **a speaker's name, its role kept** (`speaker_names_lost`): "según el ministro de
  Sanidad, Salvador Illa, …" → "according to the Health Minister, …": the speaker check
  sees the same role on both sides and says nothing; the names check leaves speakers to
  it. A person's name of several words, no word of it anywhere in the translation, and no
  name in the translation that could be the same person's in another spelling, is lost.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.added_countries import english_country_names
from aligner.drift.country_names import country_rendered
from aligner.drift.lexical_diff import wordnet_parts
from aligner.drift.signals import Entity, Finding, Side, quote, span_of
from aligner.drift.text import cognate, fold, in_compound

# Prepositions that open a sentence before a place or a name (a capital by position).
_OPENING_PREPOSITIONS = frozenset(
    "a en de desde hacia hasta para por con sin sobre tras entre segun ante "  # es
    "em para com sem sobre entre desde ate "  # pt
    "in at from to for on with by into "  # en
    "da di per su tra fra "  # it
    "dans pour sur chez vers "  # fr
    "nach aus mit bei von zu auf".split()  # de
)


def after_opening_preposition(e: Entity, side: Side) -> bool:
    """Whether the only word before ``e`` is the sentence's opening preposition ("En
    Sevilla, …", "A Parigi se espera …"), so the name stands bare after it."""
    before = [t for t in side.ws if t.end <= e.start]
    return (
        len(before) == 1
        and before[0].initial
        and before[0].fold in _OPENING_PREPOSITIONS
        and not before[0].text[1:].isupper()
    )


def country_lost(e: Entity, translated: str | None, lang: str, tgt: Side) -> bool:
    """Whether source name ``e``, whose MT is a country's English name ("la India" →
    "India", "la Francia" → "France"), is said by no translation word: the country's
    name (a cognate, an alias is :func:`entity_found`'s), its people's adjective
    ("Indian"), or a word built on it."""
    if e.acronym or not translated or not translated.strip()[:1].isupper():
        return False
    if fold(translated.strip()) not in english_country_names():
        return False
    folds = [t.fold for t in tgt.ws if t.word]
    english = [w for w in fold(translated).split() if len(w) > 3]
    if any(cognate(p, f) for p in [*e.parts, *english] for f in folds if len(f) > 3):
        return False
    return not country_rendered(list(e.parts), folds, lang)


def inner_name_lost(e: Entity, translated: str | None, tgt: Side) -> bool:
    """Whether a name of several words that the MT system translates ("Bolsa de Sydney"
    → "Stock exchange of Sydney") holds a word after its first that the MT keeps as
    written and capitalised (a place or a person: "Sydney"), and no translation word
    is that word (a cognate or a compound's part)."""
    if e.acronym or not translated or len(e.parts) < 2:
        return False
    kept = {t for t in translated.split()[1:] if t[:1].isupper() and len(t) > 3}
    inner = [p for p in e.parts[1:] if any(fold(k) == p for k in kept)]
    folds = [t.fold for t in tgt.ws if t.word and len(t.fold) > 2]
    return bool(inner) and not any(cognate(p, f) or in_compound(p, f) for p in inner for f in folds)


_ARTICLES = frozenset("el la los las del al".split())


def last_words_only(e: Entity, src: Side, tgt: Side, translated: str | None) -> bool:
    """Whether unknown name ``e`` (after an article) keeps only its last word in the
    translation, capitalised and with no capitalised word right before it, while its
    other words are nowhere there and the MT kept them as written (so no word of it was
    translated: "el Real Madrid" → MT "the Royal Madrid" is a phrase)."""
    if len(e.parts) < 2 or e.acronym or not translated:
        return False
    before = [t for t in src.ws if t.end <= e.start][-1:]
    if not before or before[0].fold not in _ARTICLES:
        return False
    last, rest = e.parts[-1], e.parts[:-1]
    from_mt = fold(translated).split()
    if not all(r in from_mt for r in rest):
        return False
    ws = tgt.ws
    kept = [k for k, t in enumerate(ws) if t.cap and cognate(last, t.fold)]
    # The word kept is no short name of the body ("Deutsche Telekom" → "Telekom",
    # "Goldman Sachs" → "Sachs"): an English common word ("Gold") or an abbreviation.
    if not all(len(ws[k].fold) <= 3 or wordnet_parts(ws[k].fold) for k in kept):
        return False
    if not kept or any(
        (k and ws[k - 1].cap and not ws[k - 1].initial) or (k + 1 < len(ws) and ws[k + 1].cap)
        for k in kept
    ):
        return False  # a name there all the same ("la Faja del Orinoco" → "the Orinoco Belt")
    return not any(cognate(r, t.fold) or in_compound(r, t.fold) for r in rest for t in ws)


def speaker_names_lost(
    src: Side, tgt: Side, voiced: Sequence[Entity], new: Sequence[Entity]
) -> list[Entity]:
    """The names of ``voiced`` (source names inside a speaker's mention, which the
    translation does not mention) that are surely a person's (two words or more) with no
    word of them anywhere in the translation, in a pair whose translation names nobody
    the source does not (``new``: a name there may be the same person spelt otherwise,
    or a swap the speaker check reports)."""
    if new:
        return []
    folds = [t.fold for t in tgt.ws if t.word and len(t.fold) > 2]
    return [
        e
        for e in voiced
        if len(e.parts) >= 2
        and not e.acronym
        and not any(cognate(p, f) for p in e.parts for f in folds)
    ]


def not_mentioned(a: Entity) -> Finding:
    """The names check's finding for a source name the translation drops."""
    return Finding(
        "entity",
        "major",
        0.6,
        span_of(a),
        None,
        f"{quote(a.text)} in the source is not mentioned in the translation.",
        "drift.entity",
    )


def said_once(entities: Sequence[Finding], speakers: Sequence[Finding]) -> list[Finding]:
    """The names check's findings of a name dropped, but for those inside a speaker the
    speaker check reports at major or above ("según el ministro …, Salvador Illa" → "he
    said", or the attribution gone): one error, reported once."""
    spans = [f.source_span for f in speakers if f.severity != "minor" and f.source_span is not None]
    return [
        f
        for f in entities
        if not (
            f.check == "drift.entity"
            and f.target_span is None
            and f.source_span is not None
            and any(a <= f.source_span[0] and f.source_span[1] <= b for a, b in spans)
        )
    ]
