"""One nationality said as another (session 37, lead): "se reunió con su homólogo
brasileño" → "met his Argentine counterpart", "el presidente francés" → "the German
president". In news the country is the fact: whose minister, whose tourists, whose
troops. The readers of removed and added origin words saw such a pair as two notes, or
not at all when the literal MT's wording hid the adjective ("homologous Brazilian").

Both sides are read in English: the source through its literal MT (every MT route, the
pivot ones too), the translation as written. A nationality is an adjective WordNet writes
only with a capital and relates to a country of ISO 3166 (iso-codes' English names), so
"Brazilian" and "Argentine" count, "English", "Latin" or "Hispanic" (no country) do not,
and a plural ("Argentines") counts as its adjective. Reported (critical, ``entity``)
when exactly one nationality of the MT is missing from the translation, whose country is
not named there either ("Brazil's counterpart" renders "brasileño"), and exactly one
nationality of the translation is missing from the MT and the source, whose country
neither names, and the two countries differ.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from aligner.drift.country_names import countries
from aligner.drift.signals import Evidence, Finding, Side
from aligner.drift.text import Tok, fold
from aligner.textutil import quote

# Words of country names that also name a region, a saint or another country's people:
# "Byzantine" (Eastern), "Hebridean" (Western), "Franciscan" (Saint), "Hispanic"
# ("Spanish American", and "American Samoa").
_NOT_A_COUNTRY = frozenset(
    "eastern western northern southern north south east west central great new saint "
    "american".split()
)


@cache
def _nationalities() -> dict[str, frozenset[str]]:
    """English nationality adjectives (lower case) → the country name words they name."""
    from aligner.drift.removed_demonyms import proper_adjectives

    country_words = frozenset(w for english, _own in countries("es") for w in english)
    country_words -= _NOT_A_COUNTRY
    out = {}
    for adjective, nouns in proper_adjectives().items():
        named = frozenset(w for n in nouns for w in fold(n).split() if w in country_words)
        if named and " " not in adjective and "-" not in adjective:
            out[adjective] = named
    return out


def _said(ws: Sequence[Tok]) -> dict[str, Tok]:
    table = _nationalities()
    out: dict[str, Tok] = {}
    for w in ws:
        if not w.cap:
            continue
        key = w.fold if w.fold in table else w.fold[:-1] if w.fold.endswith("s") else ""
        if key in table:
            out.setdefault(key, w)
    return out


def _names_country(adjective: str, folds: set[str]) -> bool:
    return any(
        f.startswith(c[: max(4, len(c) - 2)]) for c in _nationalities()[adjective] for f in folds
    )


def check_demonym_swap(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """A nationality of the source said as another country's (critical, entity)."""
    if ev.mt is None or tgt.lang != "en" or not ev.mt.ws or not _nationalities():
        return []
    mt, mine = _said(ev.mt.ws), _said(tgt.ws)
    mt_folds = {w.fold for w in ev.mt.ws} | {w.fold for w in src.ws}
    tgt_folds = {w.fold for w in tgt.ws}
    lost = [a for a in mt if a not in mine and not _names_country(a, tgt_folds)]
    added = [a for a in mine if a not in mt and not _names_country(a, mt_folds)]
    if len(lost) != 1 or len(added) != 1:
        return []
    was, now = lost[0], added[0]
    if _nationalities()[was] & _nationalities()[now]:
        return []  # two adjectives of one country ("Argentine", "Argentinian")
    put = mine[now]
    message = (
        f"The translation says {quote(put.text)} where the source says "
        f"{quote(mt[was].text)} (in a literal translation): another country."
    )
    return [
        Finding("entity", "critical", 0.75, None, (put.start, put.end), message, "drift.entity")
    ]
