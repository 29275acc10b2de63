"""Acronyms of common nouns that Spanish news and health text writes in capitals and
English writes spelled out or as its own acronym (docs/drift.md, "Session 33
(drift38c)"): "ingresó en la UCI" → "was admitted to intensive care", "el IPC subió" →
"consumer prices rose", "las ONG" → "NGOs", "el VIH" → "HIV". The entity reader took
the Spanish acronym for a name the translation drops. Aliases (``entity_aliases``):
each side's forms with a shared id, as the organisations' in :mod:`aligner.lang.es`; an
acronym the translation really drops is still reported."""

from __future__ import annotations

ES_ACRONYMS = (
    ("uci", "icu"), ("ucis", "icu"), ("unidad de cuidados intensivos", "icu"),
    ("ipc", "cpi"), ("índice de precios al consumo", "cpi"),
    ("ong", "ngo"), ("ongs", "ngo"), ("vih", "hiv"), ("adn", "dna"), ("arn", "rna"),
    ("iva", "vat"), ("epi", "ppe"), ("epis", "ppe"),
)  # fmt: skip

EN_ACRONYMS = (
    ("icu", "icu"), ("icus", "icu"), ("intensive care", "icu"), ("critical care", "icu"),
    ("cpi", "cpi"), ("consumer price", "cpi"), ("consumer prices", "cpi"),
    ("ngo", "ngo"), ("ngos", "ngo"), ("non-governmental", "ngo"), ("nongovernmental", "ngo"),
    ("hiv", "hiv"), ("dna", "dna"), ("rna", "rna"), ("vat", "vat"),
    ("value added tax", "vat"), ("value-added tax", "vat"),
    ("ppe", "ppe"), ("protective equipment", "ppe"),
    ("gross domestic product", "gdp"),
)  # fmt: skip
