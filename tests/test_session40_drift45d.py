"""Critical additions the stretch readers missed (session 40, drift45d; docs/drift.md,
"Session 40 (drift45d)"). The sentences are written here for these tests (ordinary
Spanish and English news and health text), not taken from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes:
a modifier added before a phrase the literal MT keeps in another order ("para el sistema
operativo Linux" → "for the [newest] Linux operating system"), a modifier Apertium's
analyser glues to its head ("the [dead] end", "the [prime] minister"), an adjective said
twice where the source says it once ("external [biological] stimuli"), a noun added
before a kept noun making a dictionary compound with it, unless the sentence echoes it
("open to [foot] traffic"; "to touch the touch screen" is quiet), and "all" put before a
possessive ("accepts [all] our budget"). A source that says the word, and the faithful
translations without it, are quiet.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture, mt_reading

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_LINUX = "El programa está disponible para el sistema operativo Linux."
_MINISTER = "El ministro habló con la prensa ayer por la tarde."
_CLOCKS = "Los relojes biológicos responden a estímulos externos."
_BRIDGE = "Desde el lunes, el puente está abierto al tráfico."
_BUDGET = "Si el Gobierno acepta nuestro presupuesto, bajaremos los impuestos."
CASES = [
    # a phrase the MT keeps in another order
    (_LINUX, "The program is available for the newest Linux operating system.", "addition"),
    (_LINUX, "The program is available for the Linux operating system.", None),
    (
        "El programa está disponible para el nuevo sistema operativo Linux.",
        "The program is available for the new Linux operating system.",
        None,
    ),
    # a modifier the analyser glues to its head
    (_MINISTER, "The prime minister spoke to the press yesterday afternoon.", "addition"),
    (_MINISTER, "The minister spoke to the press yesterday afternoon.", None),
    (
        "El primer ministro habló con la prensa ayer por la tarde.",
        "The prime minister spoke to the press yesterday afternoon.",
        None,
    ),
    (
        "Los alumnos llegaron al instituto a las ocho.",
        "The pupils arrived at the high school at eight.",
        None,
    ),
    (
        "Los vecinos creen que esto es el final del barrio.",
        "The neighbours believe that this is the dead end of the neighbourhood.",
        "addition",
    ),
    # an adjective said twice, the source saying it once
    (_CLOCKS, "Biological clocks respond to external biological stimuli.", "addition"),
    (_CLOCKS, "Biological clocks respond to external stimuli.", None),
    # a noun before a kept noun, a dictionary compound, echoing nothing
    (_BRIDGE, "Since Monday, the bridge has been open to foot traffic.", "addition"),
    (_BRIDGE, "Since Monday, the bridge has been open to traffic.", None),
    ("Use un pañuelo para tocar la pantalla.", "Use a tissue to touch the touch screen.", None),
    # "all" before a possessive
    (_BUDGET, "If the government accepts all our budget, we will cut taxes.", "addition"),
    (_BUDGET, "If the government accepts our budget, we will cut taxes.", None),
    (
        "Si el Gobierno acepta todo nuestro presupuesto, bajaremos los impuestos.",
        "If the government accepts all our budget, we will cut taxes.",
        None,
    ),
    (
        "A pesar de sus esfuerzos, el equipo perdió el partido.",
        "For all his efforts, the team lost the match.",
        None,
    ),
    (
        "El hospital amplió su plantilla con veinte enfermeras nuevas.",
        "The hospital expanded all its staff with twenty new nurses.",
        "addition",
    ),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_alarm_or_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)


def _word(surface: str, pos: str, trans: tuple[str, ...] = ()):
    from aligner.drift.lexical_diff import Word

    lemma = surface.lower()
    return Word(surface, lemma, pos, frozenset(trans), 0, len(surface), True)


def _words(text: str, tags: str):
    return [_word(s.replace("_", " "), p) for s, p in zip(text.split(), tags.split(), strict=True)]


@pytest.mark.parametrize(
    ("tgt", "tags", "mt", "mt_tags", "added"),
    [
        # the MT has the phrase in another order, the same words around it
        (
            "for the newest Linux operating_system .",
            "pr det adj np n sent",
            "for the operating_system Linux .",
            "pr det n np sent",
            "newest",
        ),
        # the same order is literal_stretch's reading, not this one's
        (
            "for the newest Linux system .",
            "pr det adj np n sent",
            "for the Linux system .",
            "pr det np n sent",
            None,
        ),
        # the MT's word after the phrase is not the translation's
        (
            "for the newest Linux operating_system .",
            "pr det adj np n sent",
            "for the operating_system Linux new .",
            "pr det n np adj sent",
            None,
        ),
        # glued: the MT has the unit's last word with the words around it
        ("is the dead_end of", "vbser det n pr", "is the end of", "vbser det n pr", "dead"),
        # glued, but the unit is a kind of the MT's noun (a translator names it)
        ("at the high_school of", "pr det n pr", "at the school of", "pr det n pr", None),
        # glued, but the MT has the whole unit
        ("is the dead_end of", "vbser det n pr", "is the dead_end of", "vbser det n pr", None),
        # glued, the words around the MT's noun are not the translation's
        ("is the dead_end of", "vbser det n pr", "is one end for", "vbser num n pr", None),
    ],
)
def test_reshaped(tgt: str, tags: str, mt: str, mt_tags: str, added: str | None) -> None:
    from aligner.drift.reshaped_phrases import reshaped

    found = reshaped([], _words(tgt, tags), _words(mt, mt_tags))
    assert (found[0].surface if found else None) == added


def test_doubled_adjective() -> None:
    from aligner.drift.reshaped_phrases import reshaped

    tgt = _words(
        "biological clocks respond to external biological stimuli .",
        "adj n vblex pr adj adj n sent",
    )
    mt = _words(
        "the biological clocks answer to external stimuli .", "det adj n vblex pr adj n sent"
    )
    src = [_word("biológicos", "adj", ("biological",))]
    found = reshaped(src, tgt, mt)
    assert found is not None and found[0].surface == "biological"
    # the source says it twice: both may render it
    twice = [*src, _word("biológicos", "adj", ("biological",))]
    assert reshaped(twice, tgt, mt) is None


def test_echoed_compound() -> None:
    from aligner.drift import added_compounds

    tgt = _words("to touch the touch screen or", "pr vblex det n n cnjcoo")
    mt = _words("to touch the screen or", "pr vblex det n cnjcoo")
    assert added_compounds.added_compound([], tgt, mt) is None
    foot = _words("open to foot traffic until", "vblex pr n n pr")
    assert added_compounds.added_compound(
        [], foot, _words("opening to the traffic is", "n pr det n vbser")
    )


@pytest.mark.parametrize(
    ("src", "tgt", "mt", "added"),
    [
        ("acepta nuestro presupuesto", "accepts all our budget", "accepts our budget", True),
        (
            "acepta todo nuestro presupuesto",
            "accepts all our budget",
            "accepts all our budget",
            False,
        ),
        ("acepta nuestro presupuesto", "accepts all our budget", "accepts the whole budget", False),
        ("pese a sus esfuerzos", "for all his efforts", "in spite of his efforts", False),
        ("acepta el presupuesto", "accepts all the budget", "accepts the budget", False),
    ],
)
def test_whole_added(src: str, tgt: str, mt: str, added: bool) -> None:
    from aligner.drift.added_wholes import whole_added

    assert (whole_added(src, tgt, mt_reading(mt)) is not None) == added
