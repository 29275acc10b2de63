"""`aligner trace` through the real CLI, the real e5 model and Apertium.

The article and the Spanish documents below were written for these tests: a
press-conference report (the source), and a distractor with the same speaker and
topic. The article quotes the source exactly once, changes a figure once,
invents one quote, and stitches one from both documents.
"""

from __future__ import annotations

import json
import os

import pytest

from tests.conftest import run_cli

SOURCE = "\n\n".join([
    "El alcalde de Villanueva, Rafael Ortuño, presentó este lunes el nuevo plan de transporte.",
    "«Queremos que ningún barrio quede a más de diez minutos de una parada de autobús», dijo "
    "Ortuño en el ayuntamiento. El alcalde anunció que la ciudad comprará 35 autobuses "
    "eléctricos este año.",
    "«El coche privado no puede seguir siendo la única opción», añadió Ortuño.",
]) + "\n"  # fmt: skip

DISTRACTOR = "\n\n".join([
    "El alcalde Rafael Ortuño inauguró el mercado municipal reformado.",
    "«Este mercado es el corazón del barrio y lo vamos a cuidar», dijo Ortuño. Las obras "
    "costaron dos millones de euros.",
]) + "\n"  # fmt: skip

ARTICLE = "\n\n".join([
    "Villanueva bets on electric buses",
    "The mayor of Villanueva, Rafael Ortuño, presented the new transport plan on Monday.",
    '"We want no neighbourhood to be more than ten minutes from a bus stop," Ortuño said at '
    "the town hall.",
    '"The city will buy 53 electric buses this year," Ortuño said.',
    '"We will make all buses free for pensioners from January," Ortuño added.',
    '"Private cars cannot go on being the only option. This market is the heart of the '
    'neighbourhood and we are going to look after it," the mayor said.',
]) + "\n"  # fmt: skip

EXACT = "We want no neighbourhood"
STITCHED = "Private cars cannot go on"  # from two documents
FIGURE = "53 electric buses"
INVENTED = "free for pensioners"


@pytest.fixture(scope="module")
def traced(tmp_path_factory):
    root = tmp_path_factory.mktemp("trace")
    (root / "archive").mkdir()
    (root / "archive" / "rueda.txt").write_text(SOURCE, encoding="utf-8")
    (root / "archive" / "mercado.txt").write_text(DISTRACTOR, encoding="utf-8")
    (root / "article.txt").write_text(ARTICLE, encoding="utf-8")
    out = root / "out.jsonl"
    done = run_cli("trace", "article.txt", "archive", "--src-lang", "es", "--tgt-lang", "en",
                   "--format", "jsonl", "-o", str(out), cwd=str(root))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""  # -o: the records go to the file only
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return root, records


def _record(records, words):
    found = [r for r in records if words in r["statement"]["text"]]
    assert len(found) == 1, [r["statement"]["text"] for r in records]
    return found[0]


def test_an_exact_quote_is_found_in_its_file_with_offsets_that_cut_it_out(traced):
    root, records = traced
    r = _record(records, EXACT)
    assert r["statement"]["speaker"] == "Rafael Ortuño"
    start, end = r["statement"]["start"], r["statement"]["end"]
    assert ARTICLE[start:end] == r["statement"]["text"]
    best = r["matches"][0]
    assert best["document"] == "archive/rueda.txt"  # the path as given, joined
    source = (root / "archive" / "rueda.txt").read_text(encoding="utf-8")
    assert source[best["start"] : best["end"]] == best["text"]
    assert "ningún barrio quede a más de diez minutos" in best["text"]
    # Best first, calibrated: a probability, and no better one further down.
    scores = [m["score"] for m in r["matches"]]
    assert scores == sorted(scores, reverse=True) and 0.5 <= scores[0] <= 1


def test_a_changed_figure_is_a_number_finding_on_its_match(traced):
    _root, records = traced
    r = _record(records, FIGURE)
    assert r["matches"] and r["matches"][0]["document"] == "archive/rueda.txt"
    assert "35 autobuses" in r["matches"][0]["text"]
    numbers = [f for f in r["findings"] if f["type"] == "number"]
    assert numbers, r["findings"]
    start, end = numbers[0]["target_span"]
    assert "53" in r["statement"]["text"][start:end]
    # The source's reporting clause ("El alcalde anunció que") is no dropped attribution:
    # the same speaker said it on both sides.
    assert "speaker" not in {f["type"] for f in r["findings"]}


def test_a_quote_stitched_from_two_documents_lists_both_places(traced):
    _root, records = traced
    r = _record(records, STITCHED)
    places = [(m["document"], m["text"]) for m in r["matches"][:2]]
    assert any(d == "archive/rueda.txt" and "El coche privado" in t for d, t in places)
    assert any(d == "archive/mercado.txt" and "Este mercado es" in t for d, t in places)


def test_a_quote_with_no_source_says_so_with_its_near_miss(traced):
    _root, records = traced
    r = _record(records, INVENTED)
    assert r["matches"] == [] and r["found"] is False
    assert r["near_miss"] is not None and r["near_miss"]["score"] < 0.5
    assert r["findings"] == []


def test_text_format_and_fail_on(traced):
    root, _records = traced
    base = ("trace", "article.txt", "archive/rueda.txt", "archive/mercado.txt",
            "--src-lang", "es", "--tgt-lang", "en")  # fmt: skip
    done = run_cli(*base, "--fail-on", "critical", cwd=str(root))
    assert done.returncode == 1, done.stderr  # the changed figure is critical
    assert "no source found" in done.stdout
    assert "archive/rueda.txt" in done.stdout


@pytest.mark.parametrize(
    "setup, args, problem",
    [
        (lambda root: None, ("missing.txt", "src.txt"), "missing.txt: no such file"),
        (lambda root: (root / "empty").mkdir(), ("article.txt", "empty"),
         "empty: is a folder with no documents (.txt, .md, .html, .docx)"),
        (lambda root: (root / "blank.txt").write_text("  \n", encoding="utf-8"),
         ("article.txt", "blank.txt"), "blank.txt: contains only whitespace"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_exit_2(tmp_path, setup, args, problem):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "src.txt").write_text(SOURCE, encoding="utf-8")
    setup(tmp_path)
    out = tmp_path / "out.json"
    done = run_cli("trace", *args, "-o", str(out), cwd=str(tmp_path))
    assert done.returncode == 2
    assert done.stderr.strip() == f"aligner: error: {problem}"
    assert not out.exists()


def test_sources_are_required():
    done = run_cli("trace", "article.txt")
    assert done.returncode == 2 and "Missing argument 'SOURCE...'" in done.stderr


def test_without_apertium_the_exact_quote_is_still_found(traced):
    root, _records = traced
    done = run_cli("trace", "article.txt", "archive", "--src-lang", "es", "--tgt-lang", "en",
                   "--no-mt", "--format", "json", cwd=str(root))  # fmt: skip
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert payload["article"] == "article.txt"
    assert payload["sources"] == ["archive/mercado.txt", "archive/rueda.txt"]
    exact = _record(payload["statements"], EXACT)
    assert exact["matches"][0]["document"] == "archive/rueda.txt"
    assert "ningún barrio" in exact["matches"][0]["text"]
    assert _record(payload["statements"], INVENTED)["matches"] == []


def test_the_article_in_a_source_folder_is_not_its_own_source(traced):
    root, _records = traced
    done = run_cli("trace", "article.txt", ".", "--src-lang", "es", "--tgt-lang", "en",
                   "--format", "json", cwd=str(root))  # fmt: skip
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert payload["sources"] == ["./archive/mercado.txt", "./archive/rueda.txt"]
    assert _record(payload["statements"], INVENTED)["matches"] == []


def test_the_python_api_takes_paths_and_documents(traced):
    import aligner

    root, _records = traced
    article = aligner.load_document(str(root / "article.txt"), "en")
    result = aligner.trace(article, [str(root / "archive" / "rueda.txt")], src_lang="es")
    by_text = {t.statement.content: t for t in result.statements}
    exact = next(t for text, t in by_text.items() if EXACT in text)
    assert exact.matches[0].document == str(root / "archive" / "rueda.txt")
    assert "ningún barrio" in exact.matches[0].text
    figure = next(t for text, t in by_text.items() if FIGURE in text)
    assert "number" in {f.type for f in figure.findings}


def test_a_source_folder_gives_every_kind_of_document_an_index_reads(tmp_path):
    from aligner.pipelines.trace import source_files

    folder = tmp_path / "archive"
    (folder / "sub").mkdir(parents=True)
    for name in ("a.txt", "b.HTML", "sub/c.docx", "d.md", "e.pdf", "article.txt"):
        (folder / name).write_text("x", encoding="utf-8")
    found = source_files([str(folder)], str(folder / "article.txt"))
    # the article itself is left out; a PDF is not a kind read
    assert [os.path.relpath(p, folder) for p in found] == ["a.txt", "b.HTML", "d.md", "sub/c.docx"]
