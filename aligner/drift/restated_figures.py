"""Figures left over on one side whose value the other side does state.

The number check reports a figure of one side that nothing on the other side matches as
missing or added, a critical finding. Two shapes of left-over figure change no value:

* **a repetition**: the source says "2020" twice and the translation once ("en 2020 … en
  2020" → "in 2020 … that year"), or the translation repeats a figure the source states
  once. The value is there on both sides; what differs is how often it is said, which the
  omission and addition checks judge by the words around it.
* **a figure inside a code of the other side**: "el coronavirus humano 229.º" ↔ "human
  coronavirus 229E", "la cepa 43" ↔ "strain OC43". A word that mixes letters and digits
  is a name or a code, not a quantity, so the number reader leaves it out; its digits
  still state the figure.

Both are reported as minor. A repetition needs the same unit on both sides and no figure
of that unit left unmatched on the other side, weak ones included: "dos conciertos en una
hora" → "both concerts in two hours" is a changed "una hora", though "dos" is said. A
left-over figure is only considered after the number check
has paired it with the other side's unmatched figures: "3 adultos y 5 niños" → "3 adults
and 3 children" is still "the source says 5 but the translation says 3". Two left-over
figures side by side make a statement of their own, not a repetition: "cuatro de siete y
dos de cinco" → "four of seven, two of five and four of five" adds "four of five", and
stays reported though each figure is said elsewhere; the phrase is a repetition only when
the other side has the same figures side by side ("entre 20 y 30 … entre 20 y 30" →
"between 20 and 30").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.drift.quantities import Quantity
from aligner.drift.quantity_match import same_quantity, unit_conflict
from aligner.textutil import quote

# A word that mixes letters and digits: "229E", "OC43", "H5N1", "B12".
_CODE = re.compile(r"(?<![^\W_])(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]+(?![^\W_])")
_DIGITS = re.compile(r"\d+")


def restated(
    q: Quantity,
    own_text: str,
    other_text: str,
    other_sides: tuple[Sequence[Quantity], Sequence[Quantity]],
    left: Sequence[Quantity] = (),
    sides: tuple[str, str] = ("source", "translation"),
) -> str | None:
    """A message saying how the other side states the left-over figure ``q`` after
    all, or None when it does not. ``left`` are the figures of ``q``'s side left over
    with it; ``other_sides`` are the other side's quantities and those of them nothing
    matched (weak ones too); ``sides`` names ``q``'s side and the other one."""
    own, other_side = sides
    other, unmatched = other_sides
    # A figure of the same unit the other side leaves unmatched, even a weak one, may be
    # ``q`` changed ("una hora" → "two hours" beside "dos conciertos"): no repetition.
    open_there = any(b.unit == q.unit for b in unmatched)
    repeated = not open_there and any(_same(q, b) and b.unit == q.unit for b in other)
    beside = [b for b in left if b is not q and _beside(q, b, own_text)]
    if repeated and all(_phrase_said(q, b, other, other_text) for b in beside):
        return (
            f"The {own} states {quote(q.text)} more often than the {other_side} does: "
            "a repetition, not a changed figure."
        )
    code = _code_with(q, own_text, other_text, other)
    if code:
        return f"The {own}'s {quote(q.text)} is written inside {quote(code)} in the {other_side}."
    return None


# At most a short word between two figures of one phrase: "four of five", "3 to 5".
_PHRASE_GAP = re.compile(r"\s*[^\W\d_]{0,4}\s*[-–/:]?\s*")


def _same(a: Quantity, b: Quantity) -> bool:
    return same_quantity(a, b) and not unit_conflict(a, b)


def _phrase_said(a: Quantity, b: Quantity, other: Sequence[Quantity], other_text: str) -> bool:
    """Whether the other side has ``a`` and ``b`` side by side too: the phrase, not only
    its figures, is repeated ("entre 20 y 30 … entre 20 y 30" → "between 20 and 30")."""
    return any(
        _same(a, x) and _same(b, y) and x is not y and _beside(x, y, other_text)
        for x in other
        for y in other
    )


def _beside(a: Quantity, b: Quantity, text: str) -> bool:
    """Whether two figures of one text stand in one phrase, at most a short word apart."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return bool(_PHRASE_GAP.fullmatch(text[first.end : second.start]))


def _code_with(q: Quantity, own_text: str, other_text: str, other: Sequence[Quantity]) -> str:
    """The other side's code word that holds ``q``'s digits, when this side lacks it."""
    if q.kind not in ("number", "ordinal") or q.unit:
        return ""
    digits = re.sub(r"\D", "", q.text)
    if not digits or float(digits) != q.value:
        return ""
    own_words = {w.lower() for w in re.findall(r"[^\W_]+", own_text)}
    for m in _CODE.finditer(other_text):
        if m.group().lower() in own_words:
            continue
        if any(b.start < m.end() and m.start() < b.end for b in other):
            continue  # "10km": a figure with its unit, which the reader does read
        if digits in _DIGITS.findall(m.group()):
            return m.group()
    return ""
