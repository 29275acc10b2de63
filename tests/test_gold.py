from aligner.io.gold import parse_par

PAR = """#! src=es tgt=en
es| Uno.
es| Dos.
en| One and two.
---
es| Tres.
en| Three.

es| Cuatro.
---
en| Added.
"""


def test_par_gives_beads_paragraphs_and_raw_texts():
    doc = parse_par(PAR)
    assert [(b.src, b.tgt) for b in doc.beads] == [
        ((0, 1), (0,)),
        ((2,), (1,)),
        ((3,), ()),
        ((), (2,)),
    ]
    assert doc.src_text() == "Uno. Dos. Tres.\n\nCuatro.\n"
    assert doc.tgt_text() == "One and two. Three.\n\nAdded.\n"
