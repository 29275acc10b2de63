"""The MT evidence in bead confidence, with the real Apertium (no mocks).

The sentences were written for these tests. Apertium translates the source side;
chrF of that translation against the target tells a right bead from a wrong one.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from aligner.alignment.confidence import MT_FEATURES, load_mt_calibration, mt_bead_features
from aligner.alignment.engine import align, load_document
from aligner.alignment.mt import Apertium, installed_modes
from aligner.cli import cli
from aligner.types import AlignConfig

APERTIUM = "spa-eng" in installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

ES = [
    "El puerto de Valencia recibió ayer el primer barco de la nueva ruta con Asia.",
    "La naviera espera duplicar el tráfico de contenedores antes de 2026.",
    "Los estibadores convocaron una huelga para el próximo lunes.",
    "El sindicato reclama más personal en los turnos de noche.",
    "La autoridad portuaria no quiso comentar la convocatoria.",
]
# The third English sentence translates the third and fourth Spanish ones (a 2-1 bead).
EN = [
    "The port of Valencia yesterday received the first ship on the new route to Asia.",
    "The shipping company expects to double container traffic before 2026.",
    "Dockworkers have called a strike for next Monday, demanding more staff on night shifts.",
    "The port authority declined to comment on the strike call.",
]
GOLD = [((0,), (0,)), ((1,), (1,)), ((2, 3), (2,)), ((4,), (3,))]

DE = [
    "Die Stadtverwaltung hat am Montag einen neuen Plan für den Nahverkehr vorgestellt.",
    "Ab März sollen die Busse im Zentrum alle zehn Minuten fahren.",
    "Die Opposition kritisierte die hohen Kosten des Projekts.",
]
FR = [
    "La municipalité a présenté lundi un nouveau plan pour les transports publics.",
    "À partir de mars, les bus du centre passeront toutes les dix minutes.",
    "L'opposition a critiqué le coût élevé du projet.",
]


def _docs(src, tgt, src_lang="es", tgt_lang="en"):
    return (
        load_document("src", src_lang, True, "\n".join(src)),
        load_document("tgt", tgt_lang, True, "\n".join(tgt)),
    )


@needs_apertium
def test_chrf_separates_a_right_bead_from_a_wrong_one(own_cache):
    translator = Apertium("es", "en")
    translated = translator.translate(ES)
    assert translator.calls == 1  # the whole document in one batched call
    right, wrong, short, whole = mt_bead_features(
        [(0, 1, 0, 1), (0, 1, 1, 2), (2, 3, 2, 3), (2, 4, 2, 3)], translated, EN
    )
    chrf, margin = MT_FEATURES.index("mt_chrf"), MT_FEATURES.index("mt_margin")
    # A wrong 1-1 scores far lower, and a neighbouring bead beats it.
    assert right[chrf] > wrong[chrf] + 0.3
    assert right[margin] > 0 > wrong[margin]
    # The near-miss (1-1 where the truth is 2-1): adding the missing sentence gains chrF.
    assert short[margin] < 0 < whole[margin]


@needs_apertium
def test_null_bead_feature_finds_the_translation_next_door():
    # An extra source sentence nobody translated, after the document.
    extra = "Mañana lloverá en las islas del norte, según los meteorólogos."
    translated = Apertium("es", "en").translate([*ES, extra])
    null_best = MT_FEATURES.index("mt_null_best")
    lone, stray = mt_bead_features([(3, 4, 3, 3), (5, 6, 4, 4)], translated, EN)
    # ES[3] is translated inside EN[2], next door; the extra sentence nowhere.
    assert lone[null_best] > stray[null_best]  # a weak signal: unrelated English shares n-grams


@needs_apertium
def test_align_uses_mt_and_says_so_in_the_signature():
    src, tgt = _docs(ES, EN)
    with_mt = align(src, tgt, embedder=None)
    without = align(src, tgt, embedder=None, config=AlignConfig(use_mt=False))
    assert [(b.src, b.tgt) for b in with_mt.beads] == GOLD
    # The bead cost does not use MT: the same beads, other confidences.
    assert [(b.src, b.tgt) for b in without.beads] == GOLD
    assert with_mt.signature.endswith("|mt:apertium:spa-eng")
    assert without.signature.endswith("|mt:none")
    assert load_mt_calibration("no_embeddings") is not None
    assert [b.confidence for b in with_mt.beads] != [b.confidence for b in without.beads]
    assert not with_mt.warnings


def test_pair_without_an_apertium_mode_falls_back_to_the_model_without_mt():
    # No de-fr mode (or no Apertium at all): no feature, the old model, mt:none.
    assert "deu-fra" not in installed_modes()
    src, tgt = _docs(DE, FR, "de", "fr")
    default = align(src, tgt, embedder=None)
    off = align(src, tgt, embedder=None, config=AlignConfig(use_mt=False))
    assert default.signature.endswith("|mt:none")
    assert [(b.src, b.tgt, b.confidence) for b in default.beads] == [
        (b.src, b.tgt, b.confidence) for b in off.beads
    ]
    assert default.signature == off.signature
    assert not default.warnings


@needs_apertium
def test_cli_no_mt_gives_the_confidences_of_the_model_without_mt(tmp_path):
    src, tgt = tmp_path / "a.es.txt", tmp_path / "a.en.txt"
    src.write_text("\n".join(ES) + "\n", encoding="utf-8")
    tgt.write_text("\n".join(EN) + "\n", encoding="utf-8")
    common = [str(src), str(tgt), "--presegmented", "--src-lang", "es", "--tgt-lang", "en",
              "--no-embeddings", "--format", "ladder", "-q"]  # fmt: skip
    runner = CliRunner()
    on = runner.invoke(cli, ["align", *common])
    off = runner.invoke(cli, ["align", *common, "--no-mt"])
    assert on.exit_code == 0 and off.exit_code == 0, on.output + off.output

    def scores(output):
        return [line.rsplit(":", 1)[1] for line in output.splitlines()]

    docs = _docs(ES, EN)
    api_off = align(*docs, embedder=None, config=AlignConfig(use_mt=False))
    api_on = align(*docs, embedder=None)
    assert scores(off.output) == [f"{b.confidence:.4f}" for b in api_off.beads]
    assert scores(on.output) == [f"{b.confidence:.4f}" for b in api_on.beads]
