"""A name the translation adds inside a list of names the source lists without it
(docs/drift.md, "Session 25 (drift30d)").

:func:`aligner.drift.names.check_entities` reports an added name only when it is surely
a name (several words, an acronym, a word the MT system does not know), since a single
capitalised word may be a common noun or an institution worded freely. A single known
name standing between two names of a list ("Los Angeles, San Francisco, Seattle, and New
York") is no such rewording when the source's literal MT lists the same two neighbours
side by side ("Los Angeles, San Francisco, and New York"): the translation added an
item. A country name is left out (a translator may add the country after a city:
"Toledo, Spain, and Lisbon").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.drift.country_names import countries
from aligner.drift.signals import Entity
from aligner.drift.text import fold

# The rule is on by default; tests turn it off to see what it finds.
LISTED = True

_BEFORE = re.compile(r"\s*,\s*")
# After the name: a comma or a conjunction, and at most one capitalised word the name
# finder left out of the next name ("New" of "New York City").
_AFTER = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)(?:[A-Z]\w*\s+)?")
_JOIN = r"\s*(?:,\s*(?:(?:and|or|y|e|o)\s+)?|\s(?:and|or|y|e|o)\s+)"


def _country(e: Entity) -> bool:
    return any(set(e.parts) <= english for english, _ in countries("en"))


def in_name_list(
    b: Entity, tgt_text: str, entities: Sequence[Entity], new: Sequence[Entity], mt_text: str | None
) -> bool:
    """Whether added name ``b`` stands between two names the translation shares with the
    source (not in ``new``), after a comma and before a comma or a conjunction, and the
    MT (``mt_text``) writes those two names side by side in a list."""
    if mt_text is None or b.acronym or _country(b):
        return False
    known = [e for e in entities if all(e is not n for n in new)]
    before = [e for e in known if e.end <= b.start and _BEFORE.fullmatch(tgt_text[e.end : b.start])]
    after = [e for e in known if e.start >= b.end and _AFTER.fullmatch(tgt_text[b.end : e.start])]
    if not before or not after:
        return False
    # The neighbours' last and first words, a word apart at most in the MT ("New York"
    # where the translation's name reads "York City").
    last, first = fold(before[-1].text).split()[-1], fold(after[0].text).split()[0]
    side_by_side = rf"\b{re.escape(last)}{_JOIN}(?:\w+\s+)?{re.escape(first)}\b"
    return re.search(side_by_side, fold(mt_text)) is not None
