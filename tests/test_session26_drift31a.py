"""Added words, session 26 (docs/drift.md, "Session 26 (drift31a)"): a word added
inside a five-word stretch the literal MT has side by side
(:mod:`aligner.drift.inside_stretch`): a past participle nothing renders, or a word
Apertium's English analyser does not know, or a word of degree, focus or quantity.

The sentences are written here for these tests; none is taken from any of the data.
Each source is worded loosely or keeps a word in another language ("pretura",
"rabbiose": Italian leftovers, as a proxy's Spanish has them), so that the readers
that need the source rendered around the added word give up, as they do on garbled
sources."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import find_route
from aligner.drift.inside_stretch import added_inside
from aligner.drift.lexical_diff import analyse
from tests.drift_batch import analysed_words, assert_added_or_quiet, batch_fixture

_batch = batch_fixture()
needs_es = pytest.mark.skipif(find_route("es", "en") is None, reason="no Apertium es-en")

_COMPLAINT_ES = (
    "Que yo sepa, hay ya una queja contra la empresa de aguas porque son responsables "
    "de lo que transcurre en su barrio."
)
_FILED_ES = _COMPLAINT_ES.replace("una queja contra", "una queja presentada contra")
_LEAFLETS_ES = (
    "Sin embargo, la mayoría de los folletos son únicamente en gallego, porque la ley "
    "establece que se trata de la lengua propia."
)
_CAT_ES = (
    "El maullido de la gata no es fuerte como aquel del perro, pero parece más a un "
    "lamento de palabras rabbiose."
)
_TOURISTS_ES = (
    "Durante el verano, los turistas eran probablemente tranquilos y amables, que saben "
    "que el pueblo es pequeño."
)
_MAYOR_ES = (
    "Si el alcalde acepta nuestro plan injusto, nos él devolveremos su verdadero sentido "
    "en cuanto posible."
)
_SPOKESMAN_ES = (
    "El portavoz, verdadero nombre Pedro Gil, no era presente a la reunión a la pretura "
    "de Lugo pero estaba representado por la secretaria de la asociación."
)


@needs_es
@pytest.mark.parametrize(
    "src,tgt,added",
    [
        # a participle between "a complaint" and "against the" (MT "a complaint against
        # the"): added
        (
            _COMPLAINT_ES,
            "As far as I know, there is already a complaint lodged against the water "
            "company because they are responsible for what happens in their neighbourhood.",
            "lodged",
        ),
        # the source has it ("presentada"): the MT's "presented" stands in the stretch
        (
            _FILED_ES,
            "As far as I know, there is already a complaint filed against the water "
            "company because they are responsible for what happens in their neighbourhood.",
            None,
        ),
        # "are only [printed] in Galician" ↔ MT "are only in Galician"
        (
            _LEAFLETS_ES,
            "However, most of the leaflets are only printed in Galician, as the law "
            "establishes it as the region's own language.",
            "printed",
        ),
        # a word Apertium does not know after "of the cat" (MT "of the cat is not")
        (
            _CAT_ES,
            "The meow of the cat burglar is not as loud as that of the dog, but more like "
            "a lament of angry words.",
            "burglar",
        ),
        (
            _CAT_ES,
            "The meow of the cat is not as loud as that of the dog, but more like a lament "
            "of angry words.",
            None,
        ),
        # a degree word between "were probably" and "calm and" (MT "were probably calm
        # and"): added; with "menos" in the source the MT says "less" too
        (
            _TOURISTS_ES,
            "During the summer, tourists were probably less calm and friendly, knowing that "
            "the village is small.",
            "less",
        ),
        (
            _TOURISTS_ES.replace("probablemente tranquilos", "probablemente menos tranquilos"),
            "During the summer, tourists were probably less calm and friendly, knowing that "
            "the village is small.",
            None,
        ),
        # a quantifier between "mayor accepts" and "our unfair" (MT "mayor accepts our
        # unfair")
        (
            _MAYOR_ES,
            "If the mayor accepts all our unfair plan, we will give it back its true meaning "
            "as soon as possible.",
            "all",
        ),
        (
            _MAYOR_ES,
            "If the mayor accepts our unfair plan, we will give it back its true meaning as "
            "soon as possible.",
            None,
        ),
        # nothing added around the MT's "was represented by"
        (
            _SPOKESMAN_ES,
            "The spokesman, real name Pedro Gil, was not present at the meeting at the Lugo "
            "District Court but was represented by the association's secretary.",
            None,
        ),
    ],
)
def test_word_added_inside_stretch(src: str, tgt: str, added: str | None) -> None:
    assert_added_or_quiet(__name__, src, tgt, added)


_WORDS = {
    # the MT has two words on one side only: no stretch of five
    "one_side": (
        "Hay ya una queja contra la empresa.",
        "There is already a complaint lodged against them.",
    ),
    # a participle inside a quoted idiom ('were "stretched to the limit"' for "están «al
    # límite»"): the mark breaks the stretch
    "quoted": (
        "La alcaldesa dijo que los albergues de la ciudad están «al límite» de su capacidad.",
        'The mayor said the shelters of the city were "stretched to the limit".',
    ),
    # a word Apertium does not know, spelt like the source's own word (a term the
    # source keeps): it renders that word
    "spelt_alike": (
        "El maullido de la gata no es fuerte como aquel del perro.",
        "The meow of the cat maullidos is not as loud as that of the dog.",
    ),
}


@needs_es
@pytest.mark.parametrize("key", sorted(_WORDS))
def test_inside_stretch_guards(key: str) -> None:
    src, tgt = analysed_words(_WORDS)[key]
    mt = analyse([_mt(_WORDS[key][0])], "en", "es")
    assert mt is not None
    assert added_inside(src, tgt, mt[0]) is None


def _mt(text: str) -> str:
    from aligner.alignment.mt import load_translator

    return load_translator("es", "en", pivot=False).translate([text])[0]
