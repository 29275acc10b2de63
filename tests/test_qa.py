"""`aligner qa`: every check on a case written for it, and quiet on a faithful one.

Texts, glossaries and configurations here were written for these tests.
"""

from __future__ import annotations

import json
import os
import re

import pytest

from aligner.errors import InputError
from aligner.io.export import Unit, to_tmx, to_xliff2, to_xliff12
from aligner.pipelines.qa import qa_units
from aligner.quality import checks as qa_checks
from aligner.quality.checks import Context, Issue, Segment, Term, Thresholds
from aligner.quality.config import ConfigError, load_settings
from aligner.quality.glossary import load_glossary
from aligner.quality.report import explain, to_html, to_json, to_text
from tests.conftest import REPO, run_cli

ES_EN = Context("es", "en")


def seg(src: str, tgt: str, ident: str = "0") -> Segment:
    return Segment(ident, 0, src, tgt)


def found(check: str, src: str, tgt: str, ctx: Context = ES_EN) -> list[qa_checks.Issue]:
    return qa_checks.SEGMENT_CHECKS[check](seg(src, tgt), ctx)


def spans(issue: qa_checks.Issue, src: str, tgt: str) -> tuple[str | None, str | None]:
    s, t = issue.source_span, issue.target_span
    return (src[s[0] : s[1]] if s else None, tgt[t[0] : t[1]] if t else None)


# --------------------------------------------------------------------------- segment checks

# check id, (source, flawed translation), (source, faithful translation)
CASES = [
    ("qa.numbers",
     ("Se vacunaron 100.000 personas, el 49,9 % del total.",
      "100,000 people were vaccinated, 48.9% of the total."),
     ("Se vacunaron 100.000 personas, el 49,9 % del total.",
      "100,000 people were vaccinated, 49.9% of the total.")),
    ("qa.omitted", ("Texto sin traducir.", ""), ("Texto traducido.", "Translated text.")),
    ("qa.added", ("", "A translator's note."), ("Una nota.", "A note.")),
    ("qa.untranslated",
     ("La reunión de ayer fue larga y difícil para todos.",
      "La reunión de ayer fue muy larga y difícil para todos nosotros."),
     ("La reunión de ayer fue larga y difícil para todos.",
      "Yesterday's meeting was long and hard for everyone.")),
    ("qa.quotes",
     ("«No firmaremos el acuerdo», dijo la ministra.",
      "We will not sign the agreement, the minister said."),
     ("«No firmaremos el acuerdo», dijo la ministra.",
      "“We will not sign the agreement,” the minister said.")),
    ("qa.brackets",
     ("La Organización Mundial de la Salud (OMS) lo confirmó.",
      "The World Health Organization (WHO confirmed it."),
     ("La Organización Mundial de la Salud (OMS) lo confirmó.",
      "The World Health Organization (WHO) confirmed it.")),
    ("qa.urls",
     ("Más datos en https://example.org/informe-2024.",
      "More data at https://example.org/report-2024."),
     ("Más datos en https://example.org/informe-2024.",
      "More data at https://example.org/informe-2024.")),
    ("qa.emails",
     ("Escriba a prensa@example.org para más información.",
      "Write to press@example.org for more information."),
     ("Escriba a prensa@example.org para más información.",
      "Write to prensa@example.org for more information.")),
    ("qa.handles",
     ("Lo publicó la cuenta @Mision_Verdad ayer.", "The account @Mission_Truth posted it."),
     ("Lo publicó la cuenta @Mision_Verdad ayer.", "The account @Mision_Verdad posted it.")),
    ("qa.hashtags",
     ("Miles marcharon con la etiqueta #NiUnaMenos.", "Thousands marched under #NotOneLess."),
     ("Miles marcharon con la etiqueta #NiUnaMenos.", "Thousands marched under #NiUnaMenos.")),
    ("qa.doubled_words",
     ("La reunión fue larga.", "The the meeting was long."),
     ("La reunión fue larga.", "The meeting was long.")),
    ("qa.whitespace",
     ("La reunión fue larga.", "The meeting  was long ."),
     ("La reunión fue larga.", "The meeting was long.")),
    ("qa.end_punctuation",
     ("¿Vendrá el presidente mañana?", "Will the president come tomorrow."),
     ("¿Vendrá el presidente mañana?", "Will the president come tomorrow?")),
]  # fmt: skip


@pytest.mark.parametrize(("check", "bad", "good"), CASES, ids=[c[0] for c in CASES])
def test_each_check_flags_its_case_and_not_a_faithful_one(check, bad, good):
    assert found(check, *bad), f"{check} missed {bad}"
    assert not found(check, *good), f"{check} flagged a faithful pair {good}"


def test_issues_point_at_the_exact_spans():
    src, tgt = PAIRS[0]
    [issue] = found("qa.numbers", src, tgt)
    assert spans(issue, src, tgt) == ("24", "42")
    assert issue.severity == "critical" and issue.check == "qa.numbers"
    src, tgt = "Vea https://a.example/x.", "See https://a.example/y."
    assert spans(found("qa.urls", src, tgt)[0], src, tgt) == ("https://a.example/x",
                                                            "https://a.example/y")  # fmt: skip


def test_numbers_are_compared_after_locale_normalisation():
    assert not found("qa.numbers", "Costó 13.000 millones de dólares en el siglo XV.",
                     "It cost 13 billion dollars in the 15th century.")  # fmt: skip
    [issue] = found("qa.numbers", "La obra durará cuatro años.", "The works will last four months.")
    assert "unit" in issue.message


def test_quote_style_may_change_but_a_lost_closing_mark_is_flagged():
    src = "Dijo que «la “reforma” llegará»."
    assert not found("qa.quotes", src, "He said that “the ‘reform’ will come”.")
    [issue] = found("qa.quotes", src, "He said that “the reform will come.")
    assert issue.target_span is not None


def test_a_quotation_spanning_segments_is_not_unbalanced():
    assert not found("qa.quotes", "“Vamos a avanzar juntos.", "“We will move forward together.")


def test_identical_titles_and_names_are_not_untranslated():
    assert not found("qa.untranslated", "Misión Verdad", "Misión Verdad")
    assert not found("qa.untranslated", "Hola", "Hola")


def test_grammatical_doubles_are_allowed():
    assert not found("qa.doubled_words", "Él había tenido suerte.", "He had had luck.")


def test_french_spaces_before_colons_are_fine():
    ctx = Context("es", "fr")
    assert not found("qa.whitespace", "Dijo: ya.", "Il a dit : déjà.", ctx)
    assert found("qa.whitespace", "Dijo, ya.", "Il a dit , déjà.", ctx)


# --------------------------------------------------------------------------- document checks


def units(pairs: list[tuple[str, str]], doc: str = "d") -> list[Unit]:
    return [Unit(f"{doc}:{k}", s, t, "es", "en", None, "1-1", doc)
            for k, (s, t) in enumerate(pairs)]  # fmt: skip


def run(pairs, glossary=(), **settings) -> dict[str, list[str]]:
    """check ids per segment id, drift and MT off (fast and deterministic)."""
    from aligner.quality.config import Settings

    result = qa_units(units(pairs), "t.tsv", Settings(**settings), glossary, embedder=None, mt=None)
    return {s.id: [i.check for i in s.issues] for s in result.segments}


FAITHFUL = [
    ("El martes, el canciller Serguéi Lavrov visitó Caracas.",
     "On Tuesday, Foreign Minister Sergey Lavrov visited Caracas."),
    ("Lavrov se reunió con el presidente Nicolás Maduro.",
     "Lavrov met President Nicolás Maduro."),
    ("El canciller habló de 20 acuerdos firmados en 2021.",
     "The Foreign Minister spoke of 20 agreements signed in 2021."),
    ("España y Rusia firmaron un memorando.", "Spain and Russia signed a memorandum."),
    ("La reunión duró dos horas.", "The meeting lasted two hours."),
    ("Los equipos técnicos trabajan en el sistema de pagos.",
     "The technical teams are working on the payment system."),
    ("El presidente agradeció la visita.", "The president thanked him for the visit."),
    ("Ambos gobiernos ampliarán la cooperación comercial.",
     "Both governments will expand trade cooperation."),
    ("La delegación regresó a Moscú el miércoles.",
     "The delegation returned to Moscow on Wednesday."),
]  # fmt: skip


def test_a_faithful_document_has_no_qa_findings():
    result = run(FAITHFUL, (Term("canciller", ("Foreign Minister",)),), enable=("qa.*",))
    assert result == {f"d:{k}": [] for k in range(len(FAITHFUL))}


def test_names_kept_elsewhere_must_be_kept_here():
    pairs = FAITHFUL + [("Después, Lavrov viajó a Brasil.",
                         "Afterwards, the minister went to Brazil.")]  # fmt: skip
    result = run(pairs, enable=("qa.names",))
    assert result["d:9"] == ["qa.names"]
    # España → Spain is never kept as it is, so it is never expected.
    assert result["d:3"] == []


def test_length_outliers_are_relative_to_the_document():
    long_tgt = (
        "The meeting lasted two hours, although the delegations had planned a much shorter "
        "one and several ministers had to cancel other appointments that afternoon."
    )
    pairs = FAITHFUL + [("La reunión duró dos horas.", long_tgt)]
    assert run(pairs, enable=("qa.length",))["d:9"] == ["qa.length"]
    assert run(pairs[:5] + pairs[-1:], enable=("qa.length",))["d:5"] == []  # too few segments


def test_inconsistent_role_renderings_are_flagged_on_the_rarer_one():
    pairs = FAITHFUL + [("El canciller viajó a Brasil.", "The Chancellor went to Brazil.")]
    result = qa_units(units(pairs), "t.tsv", embedder=None, mt=None)
    flagged = [(s.id, i) for s in result.segments for i in s.issues
               if i.check == "qa.inconsistency"]  # fmt: skip
    assert [s for s, _ in flagged] == ["d:9"]
    message = flagged[0][1].message
    assert "Chancellor" in message and "Foreign Minister" in message and "#d:0" in message


def test_inconsistency_in_the_reverse_direction():
    pairs = [
        ("El ministro de exteriores habló.", "The Chancellor spoke."),
        ("El ministro de exteriores viajó.", "The Chancellor travelled."),
        ("El jefe de gobierno llegó.", "The Chancellor arrived."),
        ("Se aprobó la ley de presupuestos.", "The budget law was passed."),
        ("Se aprobó la ley de presupuestos.", "The budget bill was approved."),
        ("Se aprobó la ley de presupuestos.", "The budget law was passed."),
        ("La ley fue aprobada por el Congreso.", "The budget law was passed."),
    ]
    result = run(pairs, enable=("qa.inconsistency",))
    assert result["d:2"] == ["qa.inconsistency"]  # Chancellor for a different office
    assert result["d:4"] == ["qa.inconsistency"]  # one source sentence, two translations
    assert result["d:6"] == ["qa.inconsistency"]  # one translation, two source sentences
    assert result["d:0"] == result["d:1"] == result["d:3"] == []


# --------------------------------------------------------------------------- glossary


def test_glossary_csv_with_alternatives_header_and_comments(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text("source,target\n# roles\ncanciller,Foreign Minister|Chancellor\n"
                    '"ministro de exteriores","Foreign Minister"\n', encoding="utf-8")  # fmt: skip
    terms = load_glossary(str(path), "es", "en")
    assert terms == (Term("canciller", ("Foreign Minister", "Chancellor")),
                     Term("ministro de exteriores", ("Foreign Minister",)))  # fmt: skip
    ctx = Context("es", "en", glossary=terms)
    assert not found("qa.glossary", "El Canciller llegó.", "The Chancellor arrived.", ctx)
    src, tgt = "Los cancilleres llegaron.", "The ministers arrived."
    [issue] = found("qa.glossary", src, tgt, ctx)
    assert spans(issue, src, tgt) == ("cancilleres", None)


def test_glossary_variants_used_inconsistently():
    terms = (Term("canciller", ("Foreign Minister", "Chancellor")),)
    pairs = [("El canciller habló.", "The Foreign Minister spoke."),
             ("El canciller viajó.", "The Foreign Minister travelled."),
             ("El canciller volvió.", "The Chancellor returned.")]  # fmt: skip
    result = run(pairs, terms, enable=("qa.glossary", "qa.inconsistency"))
    assert result == {"d:0": [], "d:1": [], "d:2": ["qa.inconsistency"]}


def test_glossary_csv_errors_name_the_line(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("canciller,Foreign Minister\nsolo una columna\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        load_glossary(str(path), "es", "en")


TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
  <termEntry id="c1">
    <langSet xml:lang="es"><tig><term>canciller</term></tig></langSet>
    <langSet xml:lang="en-GB">
      <tig><term>Foreign Minister</term></tig>
      <tig><term>Foreign Secretary</term>
        <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
    </langSet>
  </termEntry>
  <termEntry id="c2">
    <langSet xml:lang="es"><tig><term>sanciones</term></tig></langSet>
    <langSet xml:lang="fr"><tig><term>sanctions</term></tig></langSet>
  </termEntry>
</body></text></martif>
"""


def test_glossary_tbx(tmp_path):
    path = tmp_path / "terms.tbx"
    path.write_text(TBX, encoding="utf-8")
    assert load_glossary(str(path), "es", "en") == (Term("canciller", ("Foreign Minister",)),)
    bomb = TBX.replace("<martif", '<!DOCTYPE m [<!ENTITY a "aaaa">]>\n<martif', 1)
    path.write_text(bomb, encoding="utf-8")
    with pytest.raises(InputError, match="entities"):
        load_glossary(str(path), "es", "en")


# --------------------------------------------------------------------------- config


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_config_from_aligner_toml(tmp_path):
    write(tmp_path / "terms.csv", "canciller,Foreign Minister\n")
    path = write(tmp_path / "aligner.toml", """
src_lang = "es"
tgt_lang = "en"
[qa]
glossary = "terms.csv"
fail_on = "major"
disable = ["qa.length", "drift.*"]
[qa.severity]
"qa.doubled_words" = "major"
[qa.thresholds]
length_z = 4
""")  # fmt: skip
    settings = load_settings(folder=str(tmp_path))
    assert settings.path == path and (settings.src_lang, settings.tgt_lang) == ("es", "en")
    assert settings.glossary == str(tmp_path / "terms.csv")
    assert settings.fail_on == "major" and settings.thresholds.length_z == 4.0
    assert not settings.enabled("qa.length") and not settings.enabled("drift.negation")
    assert settings.enabled("qa.numbers")
    assert settings.severity_of("qa.doubled_words", "minor") == "major"


def test_config_from_pyproject(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n[tool.aligner]\nsrc_lang = "es"\n'
          '[tool.aligner.qa]\nenable = ["qa.numbers"]\n')  # fmt: skip
    settings = load_settings(folder=str(tmp_path))
    assert settings.src_lang == "es" and settings.enabled("qa.numbers")
    assert not settings.enabled("qa.quotes")
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    assert load_settings(folder=str(tmp_path)).path is None  # no [tool.aligner]: defaults


@pytest.mark.parametrize(("text", "error"), [
    ('[qa]\nlenght_z = 3\n', r"unknown key qa\.lenght_z"),
    ('[qa.thresholds]\nlenght_z = 3\n', r"unknown key qa\.thresholds\.lenght_z.*length_z"),
    ('colour = "red"\n', r"unknown key colour"),
    ('[qa]\ndisable = ["qa.lenght"]\n', r"unknown check 'qa\.lenght'.*qa\.length"),
    ('[qa.severity]\n"qa.numbers" = "fatal"\n', r"must be one of minor, major, critical"),
    ('[qa.thresholds]\nlength_z = "high"\n', r"must be a number"),
    ('[qa]\nfail_on = "sometimes"\n', r"fail_on must be one of"),
    ('[qa\n', r"not valid TOML"),
])  # fmt: skip
def test_config_errors_are_one_line(tmp_path, text, error):
    path = write(tmp_path / "aligner.toml", text)
    with pytest.raises(ConfigError, match=error) as caught:
        load_settings(path)
    assert "\n" not in str(caught.value) and str(caught.value).startswith(path)


def test_config_error_through_the_cli_exits_2(tmp_path):
    write(tmp_path / "aligner.toml", "[qa]\nfail_onn = 'major'\n")
    pairs = write(tmp_path / "p.tsv", "Hola.\tHello.\n")
    done = run_cli("qa", "--pairs", pairs, cwd=str(tmp_path))
    assert done.returncode == 2
    assert done.stderr.strip().startswith("aligner: error:") and "fail_onn" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


# --------------------------------------------------------------------------- explain


def test_explain_every_check():
    for check in qa_checks.CHECKS:
        text = explain(check)
        assert text and text.startswith(check + ":") and "ITS 2.0" in text
    assert explain("qa.nope") is None
    assert all(check in explain("all") for check in qa_checks.CHECKS)


def test_the_docs_list_every_check():
    with open(os.path.join(REPO, "docs", "qa.md"), encoding="utf-8") as handle:
        docs = handle.read()
    assert [c for c in qa_checks.CHECKS if f"| `{c}` |" not in docs] == []
    assert '"schema": "aligner-qa/1"' in docs


def test_explain_through_the_cli():
    done = run_cli("qa", "--explain", "qa.inconsistency")
    assert done.returncode == 0 and "canciller" in done.stdout
    assert run_cli("qa", "--explain", "qa.nope").returncode == 2


# --------------------------------------------------------------------------- bilingual files


PAIRS = [
    ("El ministro anunció 24 nuevos hospitales.", "The minister announced 42 new hospitals."),
    ("La obra durará cuatro años.", "The works will last four years."),
    ("El alcalde agradeció el apoyo.", ""),
]


@pytest.mark.parametrize("writer", [to_tmx, to_xliff2, to_xliff12])
def test_pairs_from_exported_files_keep_their_ids(tmp_path, writer):
    exported = [Unit(f"art:{k}", s, t, "es", "en", 0.9, "1-1" if t else "1-0", "art")
                for k, (s, t) in enumerate(PAIRS)]  # fmt: skip
    path = write(tmp_path / ("art.tmx" if writer is to_tmx else "art.xlf"), writer(exported))
    done = run_cli("qa", "--pairs", path, "--format", "json", "--no-mt", "--fail-on", "critical")
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["schema"] == "aligner-qa/1" and report["mode"] == "pairs"
    assert (report["source"]["lang"], report["target"]["lang"]) == ("es", "en")
    segments = {s["id"]: s for s in report["segments"]}
    assert list(segments) == ["art:0", "art:1", "art:2"]
    number = next(f for f in segments["art:0"]["findings"] if f["check"] == "qa.numbers")
    assert (number["source_text"], number["target_text"]) == ("24", "42")
    assert number["its"] == "numbers" and number["segment"] == "art:0"
    assert [f["check"] for f in segments["art:2"]["findings"]] == ["qa.omitted"]
    assert segments["art:1"]["findings"] == []


def test_exit_codes(tmp_path):
    good = write(tmp_path / "good.tsv", "\t".join(PAIRS[1]) + "\n")
    bad = write(tmp_path / "bad.tsv", "\t".join(PAIRS[0]) + "\n")
    base = ("--src-lang", "es", "--tgt-lang", "en", "--no-mt", "--format", "json")
    assert run_cli("qa", "--pairs", good, *base, "--fail-on", "minor").returncode == 0
    assert run_cli("qa", "--pairs", bad, *base).returncode == 0  # fail-on defaults to never
    assert run_cli("qa", "--pairs", bad, *base, "--fail-on", "major").returncode == 1
    broken = write(tmp_path / "broken.tmx", "<tmx><body><tu>")
    done = run_cli("qa", "--pairs", broken, *base)
    assert done.returncode == 2 and "not well-formed" in done.stderr
    assert run_cli("qa", str(tmp_path / "missing.txt"), good).returncode == 2
    assert run_cli("qa", "--pairs", good, good).returncode == 2  # both inputs: usage error


# --------------------------------------------------------------------------- documents


ES_DOC = """El gobierno anunció ayer un plan de inversión de 24 millones de euros para la región.

La ministra de Sanidad visitó 3 hospitales y 12 centros de salud durante la mañana.

Los vecinos celebraron la noticia con una gran fiesta en la plaza mayor del pueblo, que duró hasta bien entrada la noche.

Según el informe de 2023, la obra durará cuatro años y empleará a 300 personas.

El alcalde agradeció el apoyo de los 5 partidos políticos.
"""  # noqa: E501
EN_DOC = """The government announced yesterday an investment plan of 42 million euros for the region.

The Health Minister visited 3 hospitals and 12 health centres during the morning.

According to the 2023 report, the works will last four years and employ 300 people.

The mayor thanked the 5 political parties for their support.
"""  # noqa: E501


def test_documents_are_aligned_then_checked(tmp_path):
    es = write(tmp_path / "a.es.txt", ES_DOC.replace("ayer", "ayer <blink>&amp;</blink>"))
    en = write(tmp_path / "a.en.txt", EN_DOC)
    out = tmp_path / "report.html"
    done = run_cli("qa", es, en, "-o", str(out), "--no-embeddings", "--no-mt")
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    assert '<mark class="sev-critical" data-f="f1"' in page
    assert ">24 millones de euros</mark>" in page and ">42 million euros</mark>" in page
    assert "&lt;blink&gt;" in page and "<blink>" not in page  # the texts are escaped
    # Self-contained: nothing fetched from anywhere.
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "default-src 'none'" in page and "@media print" in page
    done = run_cli("qa", es, en, "--no-embeddings", "--no-mt", "--format", "json")
    report = json.loads(done.stdout)
    kinds = {s["bead"]: [f["check"] for f in s["findings"]] for s in report["segments"]}
    assert kinds["1-0"] == ["qa.omitted"]
    assert report["summary"]["by_check"]["qa.numbers"] == 1
    assert report["quality"] is not None and report["segments"][0]["source_sentences"] == [0]


def test_text_output_has_no_colour_when_not_a_terminal(tmp_path):
    pairs = write(tmp_path / "p.tsv", f"{PAIRS[0][0]}\t{PAIRS[0][1]}\n")
    done = run_cli("qa", "--pairs", pairs, "--src-lang", "es", "--tgt-lang", "en", "--no-mt")
    assert done.returncode == 0 and "\x1b[" not in done.stdout
    assert "critical qa.numbers" in " ".join(done.stdout.split())


def test_renderers_agree_on_the_findings():
    result = qa_units(units(PAIRS), "t.tsv", embedder=None, mt=None)
    report = json.loads(to_json(result))
    n = report["summary"]["findings"]
    assert n == sum(len(s["findings"]) for s in report["segments"]) > 0
    assert to_html(result).count('<li class="finding') == n
    assert f"{n} findings" in to_text(result) and "\x1b[" in to_text(result, colour=True)


def test_thresholds_reach_the_checks():
    th = Thresholds(untranslated_min_words=50)
    ctx = Context("es", "en", th)
    assert not found("qa.untranslated", *CASES[3][1], ctx)


def test_drift_in_a_worker_gives_the_serial_findings(monkeypatch):
    from aligner.pipelines import qa

    pairs = FAITHFUL + PAIRS + [("No firmaremos el acuerdo.", "We will sign the agreement.")]

    def issues() -> list:
        result = qa_units(units(pairs), "t.tsv", embedder=None, mt=None)
        return [(s.id, i) for s in result.segments for i in s.issues]

    monkeypatch.setenv("ALIGNER_QA_PARALLEL", "0")
    serial = issues()
    assert any(i.check.startswith("drift.") for _, i in serial)
    monkeypatch.setenv("ALIGNER_QA_PARALLEL", "1")
    monkeypatch.setattr(qa, "PARALLEL_MIN_PAIRS", 2)
    assert issues() == serial
    # A worker that cannot start is replaced by the same call here.
    monkeypatch.setattr(qa.multiprocessing, "get_context", lambda _: 1 / 0)
    assert issues() == serial


def test_two_checks_on_the_same_words_are_one_finding():
    """drift.speaker and qa.names on one swapped name are one error, listed once."""
    from aligner.pipelines.qa import merge_duplicates

    speaker = Issue("drift.speaker", "critical", "The statement is now credited to Gil.",
                    (0, 6), (0, 3))  # fmt: skip
    name = Issue("qa.names", "major", "«Lavrov» is missing here.", (0, 6), None)
    other = Issue("qa.numbers", "critical", "450 became 540.", (20, 23), (18, 21))
    merged = merge_duplicates([speaker, other, name])
    assert [i.check for i in merged] == ["drift.speaker", "qa.numbers"]
    assert merged[0].message.endswith("(also qa.names)")
    # Different words: both stay.
    apart = Issue("qa.names", "major", "«Caracas» is missing here.", (30, 37), None)
    assert len(merge_duplicates([speaker, apart])) == 2


def test_long_texts_are_quoted_with_both_ends_at_word_boundaries():
    from aligner.textutil import quote

    text = "Se trata de su primera visita al país " * 6 + "desde febrero de 2020."
    quoted = quote(text)
    assert quoted.startswith("«Se trata de su primera") and quoted.endswith("febrero de 2020.»")
    assert " … " in quoted and len(quoted) <= 165
    assert quote("corto") == "«corto»"


# Fixture text written here: one faithful Spanish→English pair, repeated to cross the
# size at which half of the drift checks go to a forked worker.
_FAITHFUL = (
    "La alcaldesa inauguró la biblioteca el lunes.",
    "The mayor opened the library on Monday.",
)


@pytest.mark.parametrize("copies", [2, 20])
def test_qa_signature_says_which_mt_route_the_drift_checks_used(copies, monkeypatch):
    from aligner.alignment.mt import find_route
    from aligner.pipelines import qa as qa_pipeline

    units = [Unit(f"u{k}", *_FAITHFUL, "es", "en", None, "1-1", "doc") for k in range(copies)]
    with_mt = qa_units(units, "fixture.tmx")
    assert (copies >= qa_pipeline.PARALLEL_MIN_PAIRS) == (copies == 20)
    if find_route("es", "en") is None:
        pytest.skip("Apertium spa-eng is not installed here")
    assert "|drift:mt=spa-eng+eng-spa," in with_mt.signature
    without = qa_units(units, "fixture.tmx", mt=None)
    assert "|drift:mt=none," in without.signature
    assert not any("drift" in w for w in with_mt.warnings)
