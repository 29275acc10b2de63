"""Era markers beside a year ("500 BC", "AD 79") where the other side names an era in
its own words ("500 a. C.", "antes de Cristo"): no added name (session 17, drift22c)."""

from __future__ import annotations

import re

from aligner.drift.signals import Entity, Side

# Era markers after a year ("500 BC", "8000 BCE") or before it ("AD 79"), and the
# source's words for an era, which have no capitals to pair with ("500 a. C.", "antes de
# Cristo", "de nuestra era"). Beside a figure only: "the BCE" (Banco Central Europeo)
# is a name; and a marker the source has no era for ("el año 500" → "500 BC") is left
# to be reported.
_ERAS = frozenset({"bc", "bce", "b.c", "b.c.", "ad", "a.d", "a.d.", "ce"})
_ERA_WORDS = re.compile(
    r"(?<!\w)(?:[ad]\. ?(?:de )?c\.|antes de cristo|despu[eé]s de cristo|nuestra era|"
    r"a\. ?n\. ?e\.|aec(?!\w))",
    re.IGNORECASE,
)


def era_said(e: Entity, side: Side, other: Side) -> bool:
    """An era marker of ``side`` beside a figure, where ``other`` names an era too."""
    if e.text.lower() not in _ERAS or not _ERA_WORDS.search(other.text):
        return False
    before = side.text[: e.start].rstrip().rsplit(" ", 1)[-1]
    after = side.text[e.end :].lstrip().split(" ", 1)[0]
    return before.isdigit() or (e.text.lower().startswith("a") and after[:1].isdigit())
