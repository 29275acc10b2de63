"""The evidence a drift message quotes when the other side has no cue of its own.

Sentences written here for this test (an invented press conference). A translator fixes
a lost negation in the quoted clause, so the message quotes that clause, not the whole
sentence with its attribution.
"""

from __future__ import annotations

from aligner.drift.checks import check_pairs


def _messages(src: str, tgt: str) -> dict[str, str]:
    (found,) = check_pairs([(src, tgt)], "es", "en", embedder=None, mt="auto")
    return {f.type: f.message for f in found}


def test_a_lost_negation_quotes_the_clause_at_the_cue_not_the_sentence():
    src = '"No vamos a cerrar la fábrica este año", aseguró la consejera de Industria, Ana Rivas.'
    tgt = '"We are going to close the factory this year," said Industry Minister Ana Rivas.'
    message = _messages(src, tgt)["negation"]
    assert "«We are going to close the factory this year»" in message
    assert "Ana Rivas" not in message.split("affirmative")[1]


def test_a_lost_hedge_quotes_the_facing_clause():
    src = "El alcalde celebró la noticia, aunque advirtió de que las obras podrían retrasarse."
    tgt = "The mayor welcomed the news, although he warned that the works will be delayed."
    message = _messages(src, tgt)["modality"]
    assert "«although he warned that the works will be delayed»" in message


def test_a_sentence_of_one_clause_is_quoted_whole():
    src = "No subirán los impuestos."
    tgt = "Taxes will rise."
    assert "«Taxes will rise.»" in _messages(src, tgt)["negation"]


def test_a_statement_credited_to_another_name_says_which():
    src = "Paredes descartó que vaya a cerrarse la frontera en las próximas semanas."
    tgt = "Barbosa ruled out closing the border in the coming weeks."
    message = _messages(src, tgt)["speaker"]
    assert "«Paredes»" in message and "names «Barbosa» in its place" in message


def test_a_swapped_name_is_paired_with_the_name_in_its_place():
    # "People's Party" leaves "People" and "Party" unmatched at the start; the swap is
    # the institution at the end.
    src = "El Partido Popular pidió la comparecencia del ministro Carlos Cuerpo en el Congreso."
    tgt = "The People's Party called for minister Carlos Cuerpo to appear before the Senate."
    message = _messages(src, tgt)["entity"]
    assert "«Congreso»" in message and "«Senate»" in message
