"""Beginnings (accent-folded) of Spanish words that may say what an English word says:
a source holding none of them does not say it, so the English word was added. Read by
the addition readers that have no dictionary pair for the word (:mod:`aligner.drift.
added_demonyms`, :mod:`aligner.drift.added_restrictions`); kept apart from
:mod:`aligner.lang.es_cues`, whose lists are phrases tagged with what they say."""

from __future__ import annotations

# Session 31 (drift36b). The beginnings (folded) of the Spanish words that may say "of
# another country", which an English "foreign" or "overseas" renders ("extranjeros",
# "exteriores", "la Cancillería", "la diplomacia europea" → "foreign policy"): a source
# with none of them does not say what "the [foreign] government" adds.
FOREIGN_STEMS = (
    "extranj", "exterior", "forane", "internacion", "ultramar", "fuera", "ajen",
    "importad", "diploma", "cancill", "otros paises", "otro pais",
)  # fmt: skip

# Session 31 (drift36b). The beginnings (folded) of the Spanish words that may say what
# an English "only" says ("solo", "únicamente", "exclusivo", "apenas", "mero", "se limitó
# a", "nomás"), and of the French ones a proxy's Spanish leaves untranslated ("seulement",
# "uniquement"): a source with none of them (nor a "no … que") does not restrict.
RESTRICTION_STEMS = (
    "solo", "sola", "unic", "exclusiv", "apenas", "mero", "mera", "simplemente", "limit",
    "nomas", "seul", "uniq",
)  # fmt: skip

# Session 35 (drift40a). The beginnings (folded) of Spanish participles that say an
# order, a duty or a plan ("están obligados a", "está previsto", "fue convocado para"),
# which an English "be to" renders ("are to obey", "is to return"): a cut participle is
# read before "be to" only when it is none of these.
PLAN_PARTICIPLE_STEMS = (
    "obligad", "forzad", "requerid", "previst", "programad", "destinad", "llamad",
    "convocad", "supuest", "encargad", "dispuest", "condenad", "comprometid", "decidid",
    "determinad", "resuelt", "exigid", "instad", "ordenad", "mandad", "invitad", "fijad",
    "planead", "planificad", "pensad", "esperad", "agendad", "citad", "acordad",
    "establecid", "prevenid", "autorizad", "habilitad", "facultad", "nombrad", "designad",
)  # fmt: skip
