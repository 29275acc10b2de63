"""What translators have, through the real CLI: HTML, DOCX, Markdown and text; PDF refused.

The pages in tests/fixtures/html and every text and file built here were written for
these tests (see tests/fixtures/html/README.md); the seed is corpora/seed.
"""

from __future__ import annotations

import html
import json
import os
import re
import zipfile
from collections import Counter

import pytest

from aligner.errors import InputError
from aligner.io.read import read_document
from tests.conftest import CORPORA, run_cli
from tests.news_page import news_page, paragraphs

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures", "html")
SEED = os.path.join(CORPORA, "seed")
PAGES = ["diario.es.html", "herald.en.html", "cronica.es.html"]
# What each page shows around its article, which must not be read as text.
FURNITURE = {
    "diario.es.html": ["cookies", "Aceptar", "Deportes", "Lea también", "estibadores",
                       "Publicidad", "Temas", "Comentarios", "Ya era hora", "Lo más leído",
                       "boletín", "derechos reservados", "Facebook", "dataLayer", "Portada"],
    "herald.en.html": ["Sign in", "Subscribe", "Sport", "Share", "Related", "Dockers",
                       "newsletter", "accurate", "Ports", "Most popular", "Registered",
                       "ARTICLE_ID", "Georgia"],
    "cronica.es.html": ["Hemeroteca", "Secciones", "Encuesta", "Imprimir", "amigo",
                        "Noticias relacionadas", "emergencia", "Ferretería", "Lo más visto",
                        "Apartado de correos", "imprimir", "contador"],
}  # fmt: skip


def _gold(name: str) -> list[tuple[str, str]]:
    path = os.path.join(FIXTURES, name.replace(".html", ".gold.tsv"))
    with open(path, encoding="utf-8") as handle:
        return [tuple(line.rstrip("\n").split("\t", 1)) for line in handle]


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", PAGES)
def test_news_page_gives_the_article_and_nothing_else(name):
    found = read_document(os.path.join(FIXTURES, name))
    text = _squash(found.text)
    for _kind, block in _gold(name):
        assert _squash(block) in text, block
    for junk in FURNITURE[name]:
        assert junk not in found.text, junk
    captions = [b.text for b in found.blocks if b.kind == "caption"]
    assert captions == [t for k, t in _gold(name) if k == "caption"]
    assert found.blocks[0].kind == "title"


@pytest.mark.parametrize("name", PAGES)
def test_html_blocks_point_back_into_the_page(name):
    path = os.path.join(FIXTURES, name)
    with open(path, encoding="utf-8") as handle:
        page = handle.read()
    found = read_document(path)
    for block, start in zip(found.blocks, found.starts, strict=True):
        assert found.text[start : start + len(block.text)] == block.text
        assert found.source_offset(start + 3) == block.source_offset
        # The block's first words are on its line of the page (or the next few).
        near = _squash(html.unescape(re.sub(r"<[^>]+>", " ", page[block.source_offset :])))
        assert near.startswith(block.text[:12]) or block.text[:12] in near[:300]
        assert page.count("\n", 0, block.source_offset) + 1 == block.source_line


def _docx(path, paragraphs_xml: str) -> None:
    """A Word file as Word writes one: content types, package relations, the body."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{w}"><w:body>{paragraphs_xml}<w:sectPr/></w:body></w:document>',
        )


def _p(text: str, style: str | None = None) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


DOCX_BODY = (
    _p("El puerto amplía su terminal", "Title")
    + _p("La Autoridad Portuaria aprobó ayer el proyecto.")
    + _p("Grúas en el muelle sur.", "Caption")
    # A tracked change: "dos" deleted, "tres" inserted; Word shows "tres años".
    + '<w:p><w:r><w:t xml:space="preserve">La obra durará </w:t></w:r>'
    '<w:del w:id="1" w:author="x"><w:r><w:delText>dos</w:delText></w:r></w:del>'
    '<w:ins w:id="2" w:author="x"><w:r><w:t>tres</w:t></w:r></w:ins>'
    '<w:r><w:t xml:space="preserve"> años (página </w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>4</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>).</w:t></w:r></w:p>'
    + "<w:tbl><w:tr><w:tc>"
    + _p("Coste: 48 millones.")
    + "</w:tc></w:tr></w:tbl>"
    # A text box, stored by Word twice: as a drawing and as its VML fallback.
    + '<w:p><w:r><w:t xml:space="preserve">Fin. </w:t></w:r><w:r><mc:AlternateContent '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice '
    'Requires="wps"><w:drawing><w:txbxContent>'
    + _p("Recuadro: el calendario.")
    + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
    + _p("Recuadro: el calendario.")
    + "</w:txbxContent></w:pict></mc:Fallback>"
    "</mc:AlternateContent></w:r></w:p>"
)


def test_docx_paragraphs_styles_and_tracked_changes(tmp_path):
    path = tmp_path / "nota.docx"
    _docx(path, DOCX_BODY)
    found = read_document(str(path))
    assert [(b.kind, b.text) for b in found.blocks] == [
        ("title", "El puerto amplía su terminal"),
        ("paragraph", "La Autoridad Portuaria aprobó ayer el proyecto."),
        ("caption", "Grúas en el muelle sur."),
        ("paragraph", "La obra durará tres años (página 4)."),
        ("paragraph", "Coste: 48 millones."),
        ("paragraph", "Fin."),
        ("paragraph", "Recuadro: el calendario."),
    ]
    assert [b.source_line for b in found.blocks] == [1, 2, 3, 4, 5, 6, 7]


MARKDOWN = """---
title: nota
---
# El puerto amplía su terminal

![Grúas en el muelle sur.](gruas.jpg)

La Autoridad Portuaria **aprobó** ayer el proyecto
de ampliación, según [el acta](https://example.org/acta).

> «Nadie nos ha explicado nada», lamentó la portavoz.

```
no es texto del artículo
```

- El 40 % procede de fondos europeos.
"""


def test_markdown_reads_as_a_reader_sees_it(tmp_path):
    path = tmp_path / "nota.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    found = read_document(str(path))
    assert [(b.kind, b.text) for b in found.blocks] == [
        ("title", "El puerto amplía su terminal"),
        ("caption", "Grúas en el muelle sur."),
        (
            "paragraph",
            "La Autoridad Portuaria aprobó ayer el proyecto de ampliación, según el acta.",
        ),
        ("quote", "«Nadie nos ha explicado nada», lamentó la portavoz."),
        ("item", "El 40 % procede de fondos europeos."),
    ]
    assert [b.source_line for b in found.blocks] == [4, 6, 8, 11, 17]


def test_text_is_kept_as_is_and_html_in_a_txt_file_is_html(tmp_path):
    plain = tmp_path / "a.txt"
    plain.write_text("Hola.\r\n\r\n# no es Markdown\n", encoding="utf-8")
    assert read_document(str(plain)).text == "Hola.\r\n\r\n# no es Markdown\n"
    saved = tmp_path / "cms-export.txt"
    saved.write_text(news_page("Título\n\nAutor\n\nUn párrafo del artículo.\n", "es"), "utf-8")
    found = read_document(str(saved))
    assert found.format == "html" and found.text == "Título\n\nAutor\n\nUn párrafo del artículo.\n"


def _one_line_refusal(done, path: str, *words: str) -> None:
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and path in lines[0], done.stderr
    for word in words:
        assert word in lines[0]
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("nota.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", ("PDF", "pdftotext")),
        ("scan.txt", b"%PDF-1.4\n1 0 obj\n", ("PDF", "pdftotext")),
        ("viejo.doc", bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 64, (".doc", ".docx")),
        ("nota.rtf", b"{\\rtf1\\ansi Hola}", ("RTF",)),
        ("falso.docx", b"Hola, esto es texto.", ("not a Word file",)),
    ],
)
def test_formats_we_cannot_read_are_refused_in_one_line(tmp_path, name, data, words):
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "ok.en.txt"
    good.write_text("The minister arrived on Tuesday.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = run_cli("align", str(bad), str(good), "--no-embeddings", "-o", str(out))
    _one_line_refusal(done, str(bad), *words)
    assert sorted(os.listdir(tmp_path)) == sorted([name, "ok.en.txt"])


def test_other_zip_files_are_named(tmp_path):
    odt = tmp_path / "nota.odt"
    with zipfile.ZipFile(odt, "w") as archive:
        archive.writestr("content.xml", "<office:document-content/>")
    good = tmp_path / "ok.txt"
    good.write_text("Texto.\n", encoding="utf-8")
    done = run_cli("check", str(odt), str(good), "--no-embeddings", "--no-mt")
    _one_line_refusal(done, str(odt), "OpenDocument", ".docx")


def test_docx_and_markdown_through_align(tmp_path):
    src = tmp_path / "nota.es.docx"
    _docx(src, DOCX_BODY)
    tgt = tmp_path / "nota.en.md"
    tgt.write_text(
        "# The port expands its terminal\n\nThe Port Authority approved the project "
        "yesterday.\n\n![Cranes on the south quay.](c.jpg)\n\nThe work will last three "
        "years (page 4).\n\n| Cost: 48 million. |\n",
        encoding="utf-8",
    )
    done = run_cli("align", str(src), str(tgt), "--src-lang", "es", "--tgt-lang", "en",
                   "--no-embeddings", "--format", "jsonl")  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()][1:]
    pairs = {(r["src_text"], r["tgt_text"]) for r in rows}
    assert ("Grúas en el muelle sur.", "Cranes on the south quay.") in pairs
    assert ("El puerto amplía su terminal", "The port expands its terminal") in pairs
    assert "w:t" not in done.stdout and "**" not in done.stdout


def _findings(report: str) -> Counter:
    """Each finding with its segment's texts; segment numbers in messages masked, since a
    caption in the page adds a segment before them."""
    with open(report, encoding="utf-8") as handle:
        data = json.load(handle)
    return Counter(
        (f["check"], f["severity"], re.sub(r"#\d+", "#N", f.get("message", "")),
         s["source"], s["target"])
        for s in data["segments"] for f in s["findings"]
    )  # fmt: skip


CAPTIONS = {
    "es": "Serguéi Lavrov y Nicolás Maduro, durante el encuentro en el Palacio de Miraflores.",
    "en": "Sergey Lavrov and Nicolás Maduro during the meeting at the Miraflores Palace.",
}  # written here


@pytest.fixture(scope="module")
def seed_pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    paths = {}
    for lang in ("es", "en"):
        with open(os.path.join(SEED, f"lavrov.{lang}.txt"), encoding="utf-8") as handle:
            page = news_page(handle.read(), lang, CAPTIONS[lang])
        paths[lang] = folder / f"lavrov.{lang}.html"
        paths[lang].write_text(page, encoding="utf-8")
    return str(paths["es"]), str(paths["en"])


def test_the_html_copy_of_the_seed_reads_as_the_seed(seed_pages):
    for lang, page in zip(("es", "en"), seed_pages, strict=True):
        with open(os.path.join(SEED, f"lavrov.{lang}.txt"), encoding="utf-8") as handle:
            seed = [_squash(p) for p in paragraphs(handle.read())]
        blocks = read_document(page).blocks
        assert [b.text for b in blocks if b.kind != "caption"] == seed
        assert [b.text for b in blocks if b.kind == "caption"] == [CAPTIONS[lang]]


def test_qa_on_the_html_copy_of_the_seed_finds_what_it_finds_on_the_text(seed_pages, tmp_path):
    text_report, page_report = tmp_path / "text.json", tmp_path / "page.json"
    seed = (os.path.join(SEED, "lavrov.es.txt"), os.path.join(SEED, "lavrov.en.txt"))
    for (src, tgt), report in ((seed, text_report), (seed_pages, page_report)):
        done = run_cli("qa", src, tgt, "--no-mt", "--no-embeddings", "--format", "json",
                       "-o", str(report))  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert "warning" not in done.stderr
    assert _findings(str(text_report)) and _findings(str(text_report)) == _findings(
        str(page_report)
    )
    with open(page_report, encoding="utf-8") as handle:
        segments = json.load(handle)["segments"]
    caption = next(s for s in segments if s["source"] == CAPTIONS["es"])
    assert caption["target"] == CAPTIONS["en"] and caption["findings"] == []


def test_check_on_the_html_copy_of_the_seed_finds_what_it_finds_on_the_text(seed_pages):
    seed = (os.path.join(SEED, "lavrov.es.txt"), os.path.join(SEED, "lavrov.en.txt"))
    found = []
    for src, tgt in (seed, seed_pages):
        done = run_cli("check", src, tgt, "--no-mt", "--no-embeddings", "--format", "json")
        assert done.returncode == 0, done.stderr
        beads = json.loads(done.stdout)["beads"]
        found.append(Counter(
            (f["type"], f["severity"], b["src_text"], b["tgt_text"])
            for b in beads for f in b["findings"]
        ))  # fmt: skip
    assert found[0] and found[0] == found[1]


def test_unreadable_html_article_is_refused(tmp_path):
    page = tmp_path / "vacia.html"
    page.write_text("<html><body><nav><a href='/'>Inicio</a></nav><script>x()</script>"
                    "</body></html>", encoding="utf-8")  # fmt: skip
    with pytest.raises(InputError, match="no article text"):
        read_document(str(page))


# ------------------------------------------------------- loud checks before any work
# Every case runs without the model and Apertium: the checks run before either is used.
FAST = ("--no-embeddings", "--no-mt")
ES = os.path.join(SEED, "lavrov.es.txt")
EN = os.path.join(SEED, "lavrov.en.txt")
LANG_FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures", "lang")
# An English rendering of fixtures/lang/ca.txt, written here.
CA_EN = (
    "The Government on Tuesday approved a plan to cut water use in the inland districts, where "
    "the reservoirs are at twenty per cent of their capacity. According to the minister, the "
    "measures will apply from next week and will mainly affect irrigators and industry. Town "
    'councils will have to limit the watering of parks and turn off ornamental fountains. "We '
    'cannot wait for it to rain", the minister said after meeting the mayors of the area.\n'
)


def _refused(done, path: str, *words: str) -> None:
    _one_line_refusal(done, path, *words)
    assert "--force" in done.stderr and done.stdout == ""


def _warned(done, *words: str) -> list[str]:
    assert done.returncode == 0, done.stderr
    warnings = [ln for ln in done.stderr.splitlines() if ln.startswith("aligner: warning:")]
    assert any(all(w in line for w in words) for line in warnings), done.stderr
    return warnings


@pytest.mark.parametrize("command", ["align", "check", "qa"])
def test_files_swapped_against_the_usual_direction(tmp_path, command):
    out = tmp_path / "out.txt"
    done = run_cli(command, EN, ES, *(FAST if command != "align" else FAST[:1]), "-o", str(out))
    _refused(done, EN, "swapped", "--src-lang en --tgt-lang es")
    assert os.listdir(tmp_path) == []


def test_swapped_files_forced_or_direction_said(tmp_path):
    forced = run_cli("check", EN, ES, *FAST, "--force")
    _warned(forced, EN, "swapped")
    said = run_cli("check", EN, ES, *FAST, "--src-lang", "en", "--tgt-lang", "es")
    assert said.returncode == 0 and "warning" not in said.stderr, said.stderr


def test_the_same_file_twice_and_the_same_language_twice(tmp_path):
    _refused(run_cli("qa", ES, ES, *FAST), ES, "both the source and the translation")
    copy = tmp_path / "copia.es.txt"
    with open(ES, encoding="utf-8") as handle:
        copy.write_text(handle.read().replace("\n\n", "\n"), encoding="utf-8")
    _refused(run_cli("qa", ES, str(copy), *FAST, "--tgt-lang", "en"), str(copy), "same text")
    other = os.path.join(CORPORA, "parallel", "es-en-01-elections.es.txt")
    _refused(run_cli("check", ES, other, *FAST), other, "both look like es")


def _head(path: str, share: float) -> str:
    """The first paragraphs of a file, up to about ``share`` of its characters."""
    with open(path, encoding="utf-8") as handle:
        paras = paragraphs(handle.read())
    kept, size, total = [], 0, sum(len(p) for p in paras)
    for para in paras:
        if size + len(para) > share * total:
            break
        kept.append(para)
        size += len(para)
    return "\n\n".join(kept) + "\n"


def test_a_partial_translation_says_how_much_has_no_counterpart(tmp_path):
    headline = tmp_path / "titular.en.txt"
    headline.write_text(_head(EN, 0.02) or "An Increasingly Strategic Alliance\n", "utf-8")
    done = run_cli("qa", ES, str(headline), *FAST)
    _refused(done, str(headline), "partial translation")
    assert int(re.search(r"about (\d+)% of the source", done.stderr).group(1)) >= 95
    half = tmp_path / "mitad.en.txt"
    half.write_text(_head(EN, 0.45), encoding="utf-8")
    done = run_cli("check", ES, str(half), *FAST)
    _refused(done, str(half), "partial translation")
    assert 45 <= int(re.search(r"about (\d+)% of the source", done.stderr).group(1)) <= 65
    _warned(run_cli("check", ES, str(half), *FAST, "--force"), str(half), "no counterpart")
    # The source being the short side is said the other way round.
    done = run_cli("check", str(tmp_path / "mitad.en.txt"), ES, *FAST, "--src-lang", "en",
                   "--tgt-lang", "es")  # fmt: skip
    _refused(done, str(half), "of the translation has no counterpart")


@pytest.mark.parametrize(("name", "language"), [("ca.txt", "Catalan"), ("nl.txt", "Dutch")])
def test_a_language_aligner_has_no_profile_for_is_named_not_guessed(tmp_path, name, language):
    source = os.path.join(LANG_FIXTURES, name)
    target = tmp_path / "en.txt"
    target.write_text(CA_EN, encoding="utf-8")
    code = name[:2]
    _refused(run_cli("check", source, str(target), *FAST), source, f"{language} ({code})",
             f"--src-lang {code}")  # fmt: skip
    said = run_cli("check", source, str(target), *FAST, "--src-lang", code)
    assert said.returncode == 0 and "Traceback" not in said.stderr, said.stderr


def test_a_doubtful_guess_warns_and_a_hopeless_one_asks(tmp_path):
    with open(ES, encoding="utf-8") as handle:
        spanish = handle.read()
    pt = os.path.join(CORPORA, "other", "pt-en-01-deforestation.pt.txt")
    with open(pt, encoding="utf-8") as handle:
        portuguese = handle.read()
    target = tmp_path / "en.txt"
    target.write_text(_head(EN, 0.13), encoding="utf-8")
    doubtful = tmp_path / "mostly-es.txt"  # mostly Spanish, with a Portuguese paragraph
    doubtful.write_text(spanish[:600] + "\n\n" + portuguese[:500] + "\n", encoding="utf-8")
    _warned(run_cli("check", str(doubtful), str(target), *FAST), str(doubtful),
            "low confidence", "--src-lang")  # fmt: skip
    hopeless = tmp_path / "mixed.txt"  # as much Portuguese as Spanish
    hopeless.write_text(portuguese[:600] + "\n\n" + spanish[:600] + "\n", encoding="utf-8")
    _refused(run_cli("check", str(hopeless), str(target), *FAST), str(hopeless),
             "cannot tell its language", "--src-lang")  # fmt: skip
    given = run_cli("check", str(hopeless), str(target), *FAST, "--src-lang", "es")
    assert given.returncode == 0 and "language" not in given.stderr, given.stderr


@pytest.mark.parametrize(
    ("command", "code"), [("align", "spanish"), ("check", "xx-YY"), ("qa", "e"), ("batch", "es-")]
)
def test_unknown_language_codes_are_refused_with_the_list(tmp_path, command, code):
    where = ["-o", str(tmp_path / "out")] if command == "batch" else []
    inputs = [SEED] if command == "batch" else [ES, EN]
    done = run_cli(command, *inputs, "--src-lang", code, *where)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and f"--src-lang: unknown language code {code!r}" in lines[0]
    assert "de, en, es, fr, it, pt" in lines[0] and "Traceback" not in done.stderr
    assert not os.path.exists(tmp_path / "out")


def test_bcp47_codes_are_read_as_their_language_without_a_warning():
    for src, tgt in (("es-ES", "en-GB"), ("es_419", "EN-us")):
        done = run_cli("check", ES, EN, *FAST, "--src-lang", src, "--tgt-lang", tgt)
        assert done.returncode == 0 and "warning" not in done.stderr, done.stderr
    pt = os.path.join(CORPORA, "other", "pt-en-01-deforestation")
    done = run_cli("qa", f"{pt}.pt.txt", f"{pt}.en.txt", *FAST, "--src-lang", "pt-BR",
                   "--format", "json")  # fmt: skip
    assert done.returncode == 0 and "warning" not in done.stderr, done.stderr
    assert '"pair:pt-en' in done.stdout or "pair:pt-en" in done.stdout


def test_batch_refuses_a_swapped_pair_and_goes_on_with_force(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with open(ES, encoding="utf-8") as handle:
        (corpus / "nota.en.txt").write_text(handle.read(), encoding="utf-8")
    with open(EN, encoding="utf-8") as handle:
        (corpus / "nota.es.txt").write_text(handle.read(), encoding="utf-8")
    argv = ["batch", str(corpus), "-o", str(tmp_path / "out"), "--src-lang", "es",
            "--tgt-lang", "en", "--no-embeddings", "--no-mt"]  # fmt: skip
    done = run_cli(*argv)
    assert done.returncode == 1 and "swapped" in done.stderr, done.stderr
    forced = run_cli(*argv, "--force")
    assert forced.returncode == 0, forced.stderr
