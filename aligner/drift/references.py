"""Cross-references to a part of the document: "el Cuadro 2", "Table 2", "Figura 3".

A document's tables, figures, annexes and chapters are written with a capital and a
number, so the name finder reads "Cuadro" as a name, and "el Cuadro 2" → "Table 2" as a
critical name swap (Spanish writes "cuadro" or "tabla" for a table, and the MT may pick
either). The word names a kind of item, not somebody or somewhere, and the number says
which one: the number check compares that ("Cuadro 2" → "Table 3" is still reported).
A capitalised word is a reference when it is one of these nouns and a figure or a Roman
numeral follows it; "Apolo 11" or "Windows 10" are no such noun and stay names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from aligner.drift.signals import Entity

# The parts of a document a text refers to by number, per language (singular and plural).
_PART_NOUNS = {
    "es": "cuadro cuadros tabla tablas figura figuras gráfico gráficos gráfica gráficas "
    "anexo anexos apéndice apéndices capítulo capítulos sección secciones artículo "
    "artículos apartado apartados página páginas ecuación ecuaciones ilustración "
    "ilustraciones mapa mapas nota notas párrafo párrafos recuadro recuadros fase fases",
    "en": "table tables figure figures fig chart charts graph graphs annex annexes "
    "appendix appendices chapter chapters section sections article articles page pages "
    "equation equations illustration illustrations map maps note notes paragraph "
    "paragraphs box boxes exhibit exhibits panel panels phase phases",
    "pt": "quadro quadros tabela tabelas figura figuras gráfico gráficos anexo anexos "
    "capítulo capítulos seção secção artigo artigos página páginas fase fases",
    "fr": "tableau tableaux figure figures graphique graphiques annexe annexes chapitre "
    "chapitres section sections article articles page pages encadré phase phases",
    "it": "tabella tabelle figura figure grafico grafici allegato allegati capitolo "
    "capitoli sezione sezioni articolo articoli pagina pagine fase fasi",
    "de": "tabelle tabellen abbildung abbildungen grafik anhang kapitel abschnitt artikel "
    "seite seiten phase",
}
_NUMBER = re.compile(r"\s*(?:\d+(?:[.,–-]+\d+)*|[IVXLC]+)\b")


@cache
def _nouns(lang: str) -> frozenset[str]:
    return frozenset(_PART_NOUNS.get(lang[:2], "").split())


def is_reference(entity: Entity, text: str, lang: str) -> bool:
    """Whether ``entity`` is a one-word part noun with a number after it ("Cuadro 2")."""
    if len(entity.parts) != 1 or entity.acronym:
        return False
    if entity.text.lower() not in _nouns(lang):
        return False
    return bool(_NUMBER.match(text, entity.end))


def without_references(entities: Sequence[Entity], text: str, lang: str) -> list[Entity]:
    """The entities less the cross-references to a table, a figure or a chapter."""
    return [e for e in entities if not is_reference(e, text, lang)]
