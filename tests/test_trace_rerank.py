"""The trace reranker's rules of form and evidence, on text written here for these tests.

No model is involved: these are the pure functions that decide which passages may be
candidates at all (:func:`can_render`), what the source says about who speaks
(:func:`document_passages` with the real statement finder, :func:`features`) and which
place leads a stitched quote (:func:`sentence_lead`).
"""

from __future__ import annotations

import json
import math

from aligner.alignment.engine import load_document
from aligner.pipelines.trace import sentence_lead, verdict
from aligner.pipelines.trace.candidates import Passage, document_passages
from aligner.pipelines.trace.rerank import (
    CALIBRATION,
    DISTINCT_ALONE,
    FEATURES,
    Query,
    calibrated,
    calibration_row,
    can_render,
    distinctness,
    features,
    load_model,
)
from aligner.statements.quotes import Speaker, find_statements
from aligner.statements.speakers import NO_SPEAKER

# Written for these tests: a union leader named once, then quoted by role alone, and a
# quoted word in a sentence that names its speaker without a reporting verb.
SOURCE = "\n\n".join([
    "La secretaria general del sindicato de estibadores, Norma Ibarguren, rechazó el plan "
    "del puerto.",
    "«No vamos a aceptar ni un despido», dijo Ibarguren frente a la terminal.",
    "Ibarguren anunció un paro de 48 horas. «Vamos a parar el puerto si no hay diálogo», "
    "advirtió la estibadora.",
    "Ibarguren calificó el plan de «atropello».",
]) + "\n"  # fmt: skip
IBARGUREN = Speaker("Norma Ibarguren", "ibarguren", "Ibarguren", 0, 0, "explicit")


def _passage(text: str, kind: str = "sentences", speaker: Speaker = NO_SPEAKER) -> Passage:
    return Passage(0, 0, len(text), text, speaker, kind)


def test_a_one_word_quotation_cannot_render_a_sentence_but_can_render_a_word():
    statement = "the strike was unjustified"
    assert not can_render("irresponsable", statement, "la huelga era injustificada")
    assert can_render("calificó de injustificada la huelga", statement, "la huelga era mala")
    assert can_render("expolio", "plunder", "saqueo")  # a one-word quote of one word
    assert not can_render("sí", "we will", "")  # a third of the length, in characters


def test_a_question_renders_only_a_question():
    assert not can_render("¿Habrá más subidas antes de fin de año?",
                          "We expect to cut rates before the end of the year")  # fmt: skip
    assert not can_render("«¿Quién va a pagar esto?»", "Someone will pay for this")
    assert can_render("¿Quién va a pagar esto?", "Who is going to pay for this?")


def test_a_speaker_given_by_role_alone_is_kept_and_the_sentences_before_name_them():
    doc = load_document("puerto.txt", "es", text=SOURCE)
    statements = find_statements(doc)
    by_role = [s for s in statements if "parar el puerto" in s.content]
    assert by_role and not by_role[0].speaker.key  # "la estibadora" is not resolved
    passages = document_passages(0, doc, statements)
    quote = next(p for p in passages if p.text.startswith("Vamos a parar el puerto"))
    assert quote.kind == "quote" and quote.speaker.name and not quote.speaker.key
    assert "Ibarguren anunció un paro" in quote.context
    query = Query("We will bring the port to a halt if there is no dialogue", "en",
                  "Vamos a parar el puerto si no hay diálogo", IBARGUREN)  # fmt: skip
    row = features(query, quote.text, "es", quote.speaker, 0.9, quote.context, True)
    assert row[FEATURES.index("speaker_near")] == 1.0
    assert row[FEATURES.index("same_speaker")] == row[FEATURES.index("other_speaker")] == 0.0
    # Someone else named before proves nothing about that speaker.
    other = Query(query.text, "en", query.translation,
                  Speaker("Tomás Varela", "varela", "Varela", 0, 0, "explicit"))  # fmt: skip
    assert features(other, quote.text, "es", quote.speaker, 0.9, quote.context, True)[
        FEATURES.index("speaker_near")] == 0.0  # fmt: skip


def test_a_quoted_word_takes_its_sentence_as_context_but_narration_does_not_vouch():
    doc = load_document("puerto.txt", "es", text=SOURCE)
    passages = document_passages(0, doc)
    word = next(p for p in passages if p.text == "atropello")
    assert "Ibarguren calificó el plan" in word.context
    query = Query("outrage", "en", "atropello", IBARGUREN)
    assert features(query, word.text, "es", word.speaker, 0.9, word.context, True)[
        FEATURES.index("speaker_near")] == 1.0  # fmt: skip
    # A sentence of narration nobody says, with the speaker named before it: no evidence.
    narration = next(p for p in passages if p.text.startswith("Ibarguren anunció un paro")
                     and p.end - p.start < 45)  # fmt: skip
    assert features(Query("There will be a 48-hour strike", "en", "", IBARGUREN),
                    narration.text, "es", narration.speaker, 0.9, narration.context)[
        FEATURES.index("speaker_near")] == 0.0  # fmt: skip


def _ranked(*items):
    return [(_passage(text), score, []) for text, score in items]


def test_a_stitched_quote_found_through_its_sentences_is_led_by_its_best_place():
    whole = _ranked(("Les entiendo perfectamente.", 0.01), ("Todos los informes", 0.005))
    parts = [_ranked(("Todos los informes de seguridad estaban en regla", 0.97)),
             _ranked(("No volveremos a bajar a nadie", 0.92))]  # fmt: skip
    lead = sentence_lead(whole, parts, 0.5)
    assert [p.text for p, _s, _r in lead] == ["Todos los informes de seguridad estaban en regla"]
    st = find_statements(load_document("a.txt", "en", text='"Yes," Ana said.\n'))[0]
    traced = verdict(st, whole, [load_document("s.txt", "es", text="x\n")], 0.5, parts)
    assert traced.matches and traced.matches[0].score == 0.97
    assert traced.whole == whole  # what the models are fitted on stays the quote's own
    # One sentence without a good place, or a whole quote that does better: no lead.
    assert sentence_lead(whole, [parts[0], _ranked(("otra cosa", 0.3))], 0.5) == []
    assert sentence_lead(_ranked(("todo", 0.99)), parts, 0.5) == []


def test_a_place_stands_out_by_its_cosine_over_other_places_not_over_its_own_windows():
    # Spans (document, start, end) written here: a sentence, the quote inside it and the
    # two-sentence window around it are one place; two other documents are rivals.
    spans = [(0, 100, 180), (0, 101, 150), (0, 60, 180), (1, 0, 90), (2, 40, 120)]
    cosines = [0.90, 0.88, 0.87, 0.86, 0.85]
    out = distinctness(spans, cosines)
    assert abs(out[0] - out[1] - 0.02) < 1e-9  # the same rival (document 1) for each window
    assert abs(out[0] - 0.04) < 1e-9 and abs(out[3] + 0.04) < 1e-9
    # An unsourced statement's best finds a rival about as close: it hardly stands out.
    flat = distinctness([(0, 0, 50), (1, 0, 50), (2, 0, 50)], [0.85, 0.849, 0.848])
    assert 0 < flat[0] < 0.002 and flat[1] < 0
    assert distinctness([(0, 0, 10), (0, 5, 20)], [0.8, 0.7]) == [DISTINCT_ALONE] * 2
    assert distinctness([], []) == []


def test_the_distinctness_of_a_candidate_is_its_last_feature():
    query = Query("We will not accept a single dismissal", "en", "", IBARGUREN)
    row = features(query, "No vamos a aceptar ni un despido", "es", IBARGUREN, 0.9,
                   distinct=0.03)  # fmt: skip
    assert FEATURES[-1] == "distinct" and len(row) == len(FEATURES)
    assert row[FEATURES.index("distinct")] == 0.03
    assert features(query, "No vamos a aceptar ni un despido", "es", IBARGUREN, 0.9)[
        FEATURES.index("distinct")] == 0.0  # fmt: skip


def test_a_partial_quote_has_a_bias_of_its_own_reported_speech_reads_as_direct():
    row = [0.0] * len(FEATURES)
    row[FEATURES.index("same_speaker")] = 1.0
    by_kind = {k: dict(zip(CALIBRATION, calibration_row(2.0, k, row), strict=True))
               for k in ("direct", "partial", "indirect", "according_to")}  # fmt: skip
    assert by_kind["partial"]["partial"] == 1.0
    assert by_kind["direct"] == by_kind["indirect"] == by_kind["according_to"]
    assert by_kind["direct"]["partial"] == 0.0 and "reported" not in CALIBRATION
    assert all(x["vouched"] == 1.0 and x["logit"] == 2.0 for x in by_kind.values())
    # Same evidence, a bias of its own: a partial quote's score moves, a direct one's not.
    weights = {"bias": -1.0, "logit": 1.0, "vouched": 0.5, "partial": 1.5}
    cal = tuple(weights[n] for n in CALIBRATION)
    direct, partial = calibrated(0.0, "direct", row, cal), calibrated(0.0, "partial", row, cal)
    assert abs(direct - 1 / (1 + math.exp(0.5))) < 1e-9 and partial > direct
    assert calibrated(0.0, "indirect", row, cal) == direct


def test_a_weights_file_without_the_partial_input_scores_partial_quotes_as_before(tmp_path):
    # An older file: no partial input, and a reported-speech input this code no longer
    # reads (it is ignored, not misread as another input).
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"threshold": 0.5, "weights": {"cosine": 1.0},
                                "calibration": {"bias": 0.1, "logit": 1.0, "reported": -1.0,
                                                "vouched": 0.4}}))  # fmt: skip
    model = load_model(str(path))
    assert model.calibration == (0.1, 1.0, 0.4, 0.0)
    row = [0.0] * len(FEATURES)
    partial = calibrated(0.3, "partial", row, model.calibration)
    assert partial == calibrated(0.3, "indirect", row, model.calibration)
