"""Words a translation adds only to stress what the source says another way.

"ni un euro" → "not a single euro", "ningún vecino" → "no single resident": "single"
stresses a negation the source says with its n-word ("ni", "ningún"), and renders it
rather than adding a claim ("a single mother" with no n-word in the source is still an
addition). Used by the addition checks that read a modifier before its head
(:mod:`aligner.drift.modifiers`, :func:`aligner.drift.signals.added_to_head`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from aligner.drift.text import fold

# Spanish and Portuguese n-words a "single" may stress (folded).
_N_WORDS = frozenset("ni ningun ninguna ninguno nem nenhum nenhuma".split())


def stresses_negation(added: Any, src: Sequence[Any]) -> bool:
    """Whether the added word (a word with ``surface``) is "single" and the source's
    words (``surface`` each) have an n-word it stresses."""
    if fold(added.surface) != "single":
        return False
    return any(fold(w.surface) in _N_WORDS for w in src)
