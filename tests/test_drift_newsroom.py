"""Newsroom paraphrase that is not drift, and the drift that looks like paraphrase.

Issue 12, item 4: classes seen when a new user tried an article of their own. Every
sentence here was written for these tests (none comes from that article or from
corpora/drift); real e5 model, real Apertium.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.alignment.segment import segment
from aligner.drift.checks import check_pairs
from aligner.pipelines.check import check_documents
from aligner.pipelines.qa import qa_documents
from aligner.statements.quotes import find_statements
from aligner.types import Document

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

# Faithful: each must come out with no finding at major or above.
FAITHFUL = [
    # An acronym in brackets after its expansion is the same body, not an added name.
    (
        "El Banco Central Europeo mantuvo los tipos sin cambios.",
        "The European Central Bank (ECB) kept rates unchanged.",
    ),
    (
        "La Organización Internacional del Trabajo publicó su informe anual.",
        "The International Labour Organization (ILO) published its annual report.",
    ),
    # A regional institution rendered by a description.
    (
        "La Generalitat aprobó ayer el nuevo decreto de vivienda.",
        "The Catalan government approved the new housing decree yesterday.",
    ),
    (
        "La Xunta presentó el plan contra los incendios forestales.",
        "The Galician regional government presented the plan against forest fires.",
    ),
    # A comparative idiom of severity.
    (
        "La sequía es aún más grave en el interior de la provincia.",
        "The drought is even worse inland in the province.",
    ),
    # A negated denial rendered by the same double negation.
    ("El alcalde no descartó cerrar el puerto.", "The mayor did not rule out closing the port."),
]

DRIFTED = [
    # Another region's government is another body.
    (
        "La Generalitat aprobó ayer el nuevo decreto de vivienda.",
        "The Andalusian government approved the new housing decree yesterday.",
        "entity",
    ),
    # "no descartó" (leaves open) → "ruled out" (closes): a flipped polarity, critical.
    (
        "El alcalde no descartó cerrar el puerto.",
        "The mayor ruled out closing the port.",
        "negation",
    ),
    (
        "La ministra no descartó nuevas subidas de impuestos.",
        "The minister ruled out new tax rises.",
        "negation",
    ),
]


@needs_apertium
def test_newsroom_paraphrase_is_not_drift_and_flips_are():
    pairs = [(s, t) for s, t in FAITHFUL] + [(s, t) for s, t, _ in DRIFTED]
    found = check_pairs(pairs, "es", "en")
    for (src, tgt), findings in zip(FAITHFUL, found, strict=False):
        loud = [f for f in findings if f.severity != "minor"]
        assert not loud, (src, tgt, [(f.type, f.message) for f in loud])
    for (src, tgt, kind), findings in zip(DRIFTED, found[len(FAITHFUL) :], strict=True):
        hit = [f for f in findings if f.type == kind]
        assert hit and hit[0].severity == "critical", (src, tgt, findings)
        # The flip is one finding, not also a minor "modality" change.
        assert not any(f.type == "modality" for f in findings), findings


def _doc(lang: str, text: str) -> Document:
    return Document("", lang, text, segment(text, lang))


def test_a_data_source_does_not_speak_the_next_quote():
    # "According to ministry data" cites figures; the quote after it is not theirs.
    for lang, text in (
        (
            "en",
            "According to ministry data, exports fell by a tenth in May. "
            '"We expect a better summer." The minister also praised the farmers.',
        ),
        (
            "es",
            "Según los datos del ministerio, las exportaciones cayeron una décima parte "
            "en mayo. «Esperamos un verano mejor». El ministro elogió además a los "
            "agricultores.",
        ),
    ):
        quotes = [s for s in find_statements(_doc(lang, text)) if s.kind == "direct"]
        assert quotes, lang
        assert "ministry" not in quotes[0].speaker.name.lower(), (lang, quotes[0].speaker)
        assert "ministerio" not in quotes[0].speaker.name.lower(), (lang, quotes[0].speaker)
    # A named source may still go on speaking.
    text = "Según Marta Vidal, las exportaciones cayeron en mayo. «Esperamos un verano mejor»."
    quotes = [s for s in find_statements(_doc("es", text)) if s.kind == "direct"]
    assert quotes and quotes[0].speaker.name == "Marta Vidal"


@needs_apertium
def test_a_ministry_that_said_is_a_statement():
    src = (
        "Las exportaciones cayeron un 8 % en mayo, según informó el Ministerio de "
        "Agricultura.\nEl Ministerio de Defensa aseguró que las maniobras son rutinarias.\n"
    )
    tgt = (
        "Exports fell by 8% in May, the Agriculture Ministry said.\n"
        "The manoeuvres are routine, the ministry said in a statement.\n"
    )
    result = check_documents(_doc("es", src), _doc("en", tgt))
    findings = [f for _, f in result.findings]
    assert not [f for f in findings if f.severity != "minor"], [
        (f.check, f.message) for f in findings
    ]


@needs_apertium
def test_a_swapped_speaker_is_one_finding():
    src = (
        "«Bajaremos las tasas», dijo el consejero de Hacienda, Luis Ferrer.\n"
        "Ferrer presentará las cuentas en otoño.\n"
    )
    tgt = (
        '"We will cut fees," said finance chief Luis Navarro.\n'
        "Ferrer will present the accounts in the autumn.\n"
    )
    result = qa_documents(_doc("es", src), _doc("en", tgt))
    first = result.segments[0].issues
    loud = [i for i in first if i.severity != "minor"]
    assert len(loud) == 1, [(i.check, i.message) for i in first]
    assert loud[0].severity == "critical" and "Navarro" in loud[0].message
