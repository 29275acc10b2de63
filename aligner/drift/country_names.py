"""Country names in every language, from Debian's iso-codes (ISO 3166-1 and its gettext
translations), so that an exonym no cognate reaches ("Griechenland" / "Greece",
"Греция" / "Greece", "Řecko" / "Greece") counts as the same place.

The names are facts of the standard, not of any text: the English name, common name and
official name of each country, and their translations into the source language as
iso-codes ships them (``/usr/share/locale/<lang>/LC_MESSAGES/iso_3166-1.mo``). Without
iso-codes (or a translation for the language) nothing is matched.
"""

from __future__ import annotations

import gettext
import json
import re
from functools import cache

from aligner.drift.text import fold
from aligner.lang.places import different_places
from aligner.textutil import shared_prefix

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
LOCALE_DIR = "/usr/share/locale"
MIN_LETTERS = 4  # shorter name words ("of", "the", "and") name nothing alone
_WORD = re.compile(r"[^\W\d_]+")
# Words of country names that name no country alone.
_GENERIC = frozenset(
    "republic federation kingdom united states state islands island democratic people "
    "peoples socialist federal plurinational principality grand duchy sultanate union "
    "commonwealth territory province emirates arab".split()
)


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(fold(text)) if len(w) >= MIN_LETTERS]


@cache
def countries(lang: str) -> tuple[tuple[frozenset[str], tuple[str, ...]], ...]:
    """Per country: its distinctive English name words, and its name words in ``lang``."""
    try:
        with open(ISO_JSON, encoding="utf-8") as handle:
            entries = json.load(handle)["3166-1"]
        local = gettext.translation("iso_3166-1", LOCALE_DIR, languages=[lang[:2]])
    except (OSError, ValueError, KeyError):
        return ()
    out = []
    for entry in entries:
        names = [entry[k] for k in ("name", "common_name", "official_name") if k in entry]
        english = frozenset(w for n in names for w in _words(n)) - _GENERIC
        own = tuple(
            dict.fromkeys(w for n in names for w in _words(local.gettext(n)) if w not in english)
        )
        if english and own:
            out.append((english, own))
    return tuple(out)


def _stem(word: str) -> str:
    """The name word without its last letters, so that a declined form still starts
    with it ("греция" / "греции", "grecja" / "grecji")."""
    return word[: max(MIN_LETTERS, len(word) - 2)]


# Endings of an English country name and of its people's adjective ("Russia" /
# "Russian", "Sweden" / "Swedish", "Ukraine" / "Ukrainians", "Iraq" / "Iraqi"), longest
# first: what is left of both is one root.
_ENGLISH_ENDINGS = ("ians", "ian", "ish", "ans", "ese", "an", "en", "ia", "a", "e", "i", "s", "y")
MIN_ROOT = 4  # letters of a root; a shorter one ("Ind", "Pol") is left whole
# Letters a source word may run past what it shares with a country's own name, and the
# least it must share, when it is no declined form of the name but a form of the
# adjective the name is said by ("России" / "Российская Федерация").
_PAST_SHARED = 1
MIN_SHARED = 5


def _root(word: str) -> str:
    for ending in _ENGLISH_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_ROOT:
            return word[: -len(ending)]
    return word


def english_alike(part: str, english: frozenset[str]) -> bool:
    """Whether English word ``part`` is one of a country's English name words, or that
    name with another ending (its people's adjective, "Swedish" for "Sweden", or the
    country for the adjective iso-codes names it by, "Russia" for "Russian Federation"):
    the roots agree, or one word is the other's root ("German" / "Germany"). "Australia"
    is no "Austria" ("austral" / "austr"), "Niger" no "Nigeria"
    (:mod:`aligner.lang.places`)."""
    if part in english:
        return True
    mine = _root(part)
    return any(
        (mine == _root(w) or mine == w or part == _root(w)) and not different_places(part, w)
        for w in english
    )


def _said_in(own: str, word: str) -> bool:
    """Whether source word ``word`` gives the country's own name word ``own``: declined
    (it starts with the name's stem), or the name written as a noun where iso-codes has
    the adjective ("России" / "Российская": all but its last letter shared)."""
    if _stem(own) in word:
        return True
    shared = shared_prefix(own, word)
    return shared >= MIN_SHARED and shared >= len(word) - _PAST_SHARED


def country_said(part: str, source_folds: list[str], lang: str) -> bool:
    """Whether English name word ``part`` is a country's name (or its people's
    adjective) that a source word gives in the source language (iso-codes' translation,
    declined or in a compound)."""
    for english, own in countries(lang):
        if english_alike(part, english) and any(_said_in(w, s) for w in own for s in source_folds):
            return True
    return False


def country_rendered(source_folds: list[str], english_folds: list[str], lang: str) -> bool:
    """Whether a source word (declined, in ``lang``) is a country whose English name a
    translation word gives: :func:`country_said` the other way round."""
    for english, own in countries(lang):
        if any(english_alike(e, english) for e in english_folds) and any(
            _said_in(w, s) for w in own for s in source_folds
        ):
            return True
    return False
