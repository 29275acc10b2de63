"""The checks for a source language with no MT route to English (German, Russian, Polish,
Czech…), run over a batch's analyses once the pair checks are done: names a dictionary
does not explain (:mod:`~aligner.drift.unrouted_names`), opposites by valence
(:mod:`~aligner.drift.unrouted_opposites`) and by WordNet antonyms of dictionary
renderings (:mod:`~aligner.drift.dictionary_antonyms`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from aligner.drift import dictionary_antonyms, unrouted_names, unrouted_opposites
from aligner.drift.merging import covered_by
from aligner.drift.signals import Finding


def check_unrouted(
    out: Sequence,
    src_lang: str,
    tgt_lang: str,
    run: object,
    ordered: Callable[[list[Finding]], list[Finding]],
) -> None:
    """Each analysis's findings, with what these checks add (in place)."""
    for k, found in unrouted_names.check_pairs(out, src_lang, tgt_lang, run).items():
        out[k].findings = ordered(found)
    opposites = unrouted_opposites.check_pairs(out, src_lang, tgt_lang, run).items()
    by_dictionary = dictionary_antonyms.check_pairs(out, src_lang, tgt_lang).items()
    for k, found in [*opposites, *by_dictionary]:
        out[k].findings = ordered(
            out[k].findings + [f for f in found if not covered_by(f, out[k].findings)]
        )
