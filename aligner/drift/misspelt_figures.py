"""A figure, a month or a scale word misspelt in the source (session 38, drift43c).

"El informe tiene al menos sies limitaciones" → "at least six limitations", "el 23 de
febreo" → "on 23 February", "gastaron unos 60 millnes de euros" → "about 60 million
euros": the literal MT leaves the misspelt word as written, the source's figures are
read without it, and the translation's "six", "February" or "million" was reported as a
figure the source does not state or a scale lost (critical). ContraTICO's `spelling`
pairs put such slips into the source's words of number and date; so does anyone typing
in a hurry.

:func:`read` takes each word the MT did not know that is one slip (:func:`misspelt.
misspelt`: a letter dropped or added inside the word, or two neighbours swapped) from a
word of the source language's closed classes of figures — its cardinals, month names and
scale words — and reads the source again with that word spelt right. A `number` finding
the corrected source no longer gives (the same translation figure) is the typo's: it is
kept as a minor note that names the word, not a changed figure. "sies" → "seven" is still
critical (the corrected "seis" is not seven), and so is a figure typed with a digit
wrong ("202" for 2020): a reviewer wants a figure's typo seen, and no word is misspelt.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from aligner.drift.misspelt import misspelt
from aligner.drift.signals import Evidence, Finding, Side
from aligner.drift.text import fold
from aligner.lang import profile

# Cardinals spelt as one word, per language (the profiles have month and scale names).
_CARDINALS = {
    "es": "uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
    "quince dieciséis diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta "
    "sesenta setenta ochenta noventa cien ciento doscientos trescientos cuatrocientos "
    "quinientos seiscientos setecientos ochocientos novecientos mil",
    "pt": "um uma dois duas três quatro cinco seis sete oito nove dez onze doze treze catorze "
    "quinze dezesseis dezessete dezoito dezenove vinte trinta quarenta cinquenta sessenta "
    "setenta oitenta noventa cem cento mil",
}


@cache
def _closed(lang: str, other: str) -> dict[str, str]:
    """The language's words of figures, folded, to their written form; and the other
    language's months and scale words, to the language's word of the same month or scale
    (a word of the translation's language left in the source: "60 mllions $")."""
    prof, theirs = profile(lang), profile(other)
    names = _CARDINALS.get(lang, "").split()
    names += [m for m, _ in prof.month_names]
    scales = [(s, v) for s, v in prof.scale_words if " " not in s and len(s) > 3]
    out = {fold(n): n for n in names + [s for s, _ in scales]}
    months = {i: m for m, i in reversed(prof.month_names)}
    for m, i in theirs.month_names:
        if i in months:
            out.setdefault(fold(m), months[i])
    for s, v in theirs.scale_words:
        ours = next((w for w, x in scales if x == v and w.endswith("s") == s.endswith("s")), None)
        if ours and " " not in s and len(s) > 3:
            out.setdefault(fold(s), ours)
    return out


def _right(word: str, lang: str, other: str) -> str | None:
    """The closed-class word ``word`` is one slip from, when exactly one is."""
    closed = _closed(lang, other)
    if fold(word) in closed:
        return None
    hits = {n for f, n in closed.items() if misspelt(word, f)}
    return hits.pop() if len(hits) == 1 else None


def read(found: list[Finding], src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """The findings, a figure's change a misspelt source word explains made a minor note."""
    numbers = [f for f in found if f.type == "number" and f.severity != "minor" and f.target_span]
    unknown = ev.mt.unknown + ev.mt.filled if ev.mt is not None else ()
    if not numbers or not unknown:
        return found
    text, fixes = src.text, []
    for u in dict.fromkeys(unknown):
        right = _right(u, src.lang[:2], tgt.lang[:2]) if u.isalpha() and u[:1].islower() else None
        if right is not None:
            text, n = re.subn(rf"\b{re.escape(u)}\b", right, text, count=1)
            fixes += [(u, right)] * n
    if not fixes:
        return found
    from aligner.drift.number_check import check_numbers  # it reads the profiles we do
    from aligner.drift.quantities import extract_quantities

    again = check_numbers(
        replace(src, text=text, quantities=extract_quantities(text, src.lang)), tgt
    )
    still = {f.target_span for f in again if f.severity != "minor"}
    said = ", ".join(f"«{u}» for «{r}»" for u, r in fixes)  # what was read as what
    return [
        replace(
            f,
            severity="minor",
            message=f"{f.message} A source word looks misspelt ({said}): it says the figure.",
        )
        if f in numbers and f.target_span not in still
        else f
        for f in found
    ]
