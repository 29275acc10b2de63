"""An exception the translation leaves out: "no habrá más modificaciones salvo lesión" →
"there will be no more changes". The statement that is left claims more than the source
says (no change at all, closed in every case), which a quotation must not do.

The source's exception words (Spanish, and French and Italian for the pivot routes;
"a salvo" is "safe", not an exception) are read only when the literal MT renders them as
an exception too, and reported when the English translation has no word that can carry
one anywhere ("except", "unless", "other than", "apart from", "only", "if", "but"…):
a translation that rewords the exception keeps one of those. English targets only;
reported as an omission (major).
"""

from __future__ import annotations

import re

from aligner.drift.signals import Finding, Reading, Side, removed_word
from aligner.textutil import quote

_SOURCE = {
    "es": re.compile(
        r"(?<!\ba )\b(?:salvo|excepto|exceptuando|a excepción de|con excepción de|"
        r"a no ser que|a menos que)\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?:sauf|excepté|hormis|à l['’]exception de|à moins que|à moins d['’])", re.IGNORECASE
    ),
    "it": re.compile(
        r"\b(?:tranne|eccetto|salvo|fuorché|ad eccezione di|a meno che)\b", re.IGNORECASE
    ),
}
# What the literal MT says for them.
_MT_EXCEPTION = re.compile(r"\b(?:except\w*|exception|unless|save|barring)\b", re.IGNORECASE)
# Words with which an English translation can keep an exception, reworded or not.
_KEPT = re.compile(
    r"\b(?:except\w*|unless|save|saving|barring|other than|apart from|aside from|besides|"
    r"excluding|exclusion|only|if|but|without|outside)\b",
    re.IGNORECASE,
)
# How far the exception's words reach in the message: its cue and the words after it.
_REACH = re.compile(r"[^,.;:!?\"“”«»()]{0,40}")

# Off: exceptions are not read.
LOST_EXCEPTIONS = True


def check(src: Side, tgt: Side, mt: Reading | None) -> list[Finding]:
    """An omission where the source's exception has no counterpart in the translation."""
    pattern = _SOURCE.get(src.lang[:2])
    # The MT only confirms the reading: an unknown word elsewhere does not matter.
    if not LOST_EXCEPTIONS or pattern is None or tgt.lang[:2] != "en" or mt is None:
        return []
    said = pattern.search(src.text)
    if said is None or not _MT_EXCEPTION.search(mt.text) or _KEPT.search(tgt.text):
        return []
    tail = _REACH.match(src.text, said.end())
    end = tail.end() if tail else said.end()
    words = src.text[said.start() : end].strip()
    return [
        removed_word(
            (said.start(), said.start() + len(words)),
            None,
            f"The source makes an exception ({quote(words)}) that the translation does "
            "not carry: what it exempts now reads as having no exception.",
        )
    ]
