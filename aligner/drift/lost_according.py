"""An attribution whose "according" was cut: the source says whose view it is
("según la policía", "selon le rapport", "secondo la polizia") and the translation keeps
the bare "to" and the source of the view: "To the police, the driver…", "American
legislators, to Australian Prime Minister Kevin Rudd, should…" (docs/drift.md,
"Session 20, drift25c").

English renders these words "according to", "X said", "in X's view", "for X", "per X";
"to" and a noun phrase opening the sentence or a comma's phrase closed by a comma, with
no "according" nor a verb of saying anywhere in the translation, is that rendering with
its first word gone. Word lists of
the source languages (Spanish, French, Italian; Italian's "secondo" only where it
opens the sentence or follows a comma before an article, as it is also "second"); English
targets only. Reported as an omission (major); the speaker check reports a whole
attribution dropped (no "to" left).
"""

from __future__ import annotations

import re

from aligner.drift.signals import Finding, Side, removed_word
from aligner.textutil import quote

_SOURCE = {
    "es": re.compile(r"(?:^|[\s,;:(])(?:según|de acuerdo con)\s", re.IGNORECASE),
    "fr": re.compile(r"(?:^|[\s,;:(])(?:selon|d['’]après)\s", re.IGNORECASE),
    "it": re.compile(r"(?:^|,\s*)secondo\s+(?:il|lo|la|l['’]|i|gli|le|[A-Z])", re.IGNORECASE),
}
# "to" opening the sentence or a comma's phrase, before a determiner, a name or a
# possessive, the phrase closed by a comma: where "according to" stood.
_TO_PHRASE = re.compile(
    r"(?:^|,\s+)([Tt]o)\s+(?:the|a|an|his|her|its|their|our|[A-Z][\w'’.-]*|\w+['’]s)\b"
    r"[^,.;:!?]{0,60},"
)
# The attribution rendered another way: "according to", a verb of saying.
_RENDERED = re.compile(
    r"\b(?:accord\w*|said|says|say|told|tells|stated|states|added|reported|reports|"
    r"believes?|thinks?|view)\b",
    re.IGNORECASE,
)


def check(src: Side, tgt: Side) -> list[Finding]:
    """An omission where the source's attribution word is rendered by a bare "to"."""
    lang = src.lang[:2]
    if tgt.lang[:2] != "en" or lang not in _SOURCE:
        return []
    said = _SOURCE[lang].search(src.text)
    if said is None or _RENDERED.search(tgt.text):
        return []
    to = _TO_PHRASE.search(tgt.text)
    if to is None:
        return []
    return [
        removed_word(
            (said.start(), said.end()),
            (to.start(1), to.end(1)),
            f"The source says whose view this is ({quote(said.group(0).strip(' ,;:('))}), "
            f"but the translation keeps only {quote(to.group(0).strip(' ,'))}: "
            '"according" (or a verb of saying) seems to be missing.',
        )
    ]
