"""The package layout shows the pipeline: stages import only stages before them.

Read as a map (modules as rooms, imports as arrows), ``aligner/`` has one folder per
stage; these tests keep the arrows pointing one way and the rooms small, and check that
the public API survives importing every public submodule first.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import aligner

ROOT = Path(aligner.__file__).parent
# Lower layers never import higher ones. Same-layer imports are allowed.
LAYERS = [
    {"types", "errors", "textutil", "lang", "runtime"},
    {"io"},
    {"alignment"},
    {"statements"},
    {"drift"},
    {"quality"},
    {"pipelines"},
    {"api", "__init__"},
    {"cli", "__main__"},
]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def _room(module_path: Path) -> str:
    """The top-level room of a module: 'alignment' for aligner/alignment/score.py."""
    parts = module_path.relative_to(ROOT).with_suffix("").parts
    return parts[0]


def _imported_rooms(module_path: Path) -> set[tuple[str, int]]:
    tree = ast.parse(module_path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "aligner":
                names = [f"aligner.{a.name}" for a in node.names]
            else:
                names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "aligner" and len(parts) > 1:
                found.add((parts[1], node.lineno))
    return found


def _modules() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py"))


def test_cli_modules_stay_thin():
    # The CLI parses options and prints; the work happens in the API and the stages.
    for path in (ROOT / "cli").glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 200, path.name


def test_every_room_has_a_layer():
    rooms = {_room(p) for p in _modules()}
    assert rooms <= set(RANK), f"rooms without a layer: {sorted(rooms - set(RANK))}"


def test_imports_flow_one_way():
    upward = []
    for path in _modules():
        here = _room(path)
        for room, line in _imported_rooms(path):
            if room == "__version__":
                continue
            if room not in RANK:
                upward.append(f"{path.relative_to(ROOT)}:{line} imports unknown aligner.{room}")
            elif RANK[room] > RANK[here]:
                upward.append(f"{path.relative_to(ROOT)}:{line} imports aligner.{room}")
    assert not upward, "imports running upward:\n" + "\n".join(sorted(upward))


def test_no_module_over_600_lines():
    long = [
        f"{p.relative_to(ROOT)}: {n}"
        for p in _modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600
    ]
    assert not long, long


def test_every_module_says_what_it_is_for():
    missing = []
    for path in _modules():
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        if path.parent.name == "lang" and path.name != "__init__.py":
            continue  # one data table per language, named by its code
        if not doc:
            missing.append(str(path.relative_to(ROOT)))
    assert not missing, missing


def _public_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(ROOT)], prefix="aligner."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            names.append(info.name)
    return names


def test_public_functions_survive_importing_every_submodule():
    # With a flat layout `import aligner.qa` once replaced the function aligner.qa-style
    # names with their module; a function must stay a function whatever was imported.
    for name in _public_modules():
        importlib.import_module(name)
        assert hasattr(aligner, name.split(".")[1])
    for name in aligner.__all__:
        if name.islower() and name != "__version__":
            assert callable(getattr(aligner, name)), name
    src = "El ministro llegó ayer a Lima. Dijo que volverá pronto."
    tgt = "The minister arrived in Lima yesterday. He said he would return soon."
    result = aligner.align(src, tgt, src_lang="es", tgt_lang="en", embedder=None)
    assert [b.kind for b in result.beads] == ["1-1", "1-1"]
    src2 = "El ministro llegó ayer a Lima. Dijo que volverá el 5 de mayo."
    tgt2 = "The minister arrived in Lima yesterday. He said he would return on 15 May."
    checked = aligner.check(src2, tgt2, "es", "en", embedder=None, mt=None)
    assert [[f.type for f in b.findings] for b in checked.beads] == [[], ["number"]]
    assert [p.tgt.content for p in checked.statements] == ["he would return on 15 May"]
    result = aligner.qa(
        "El informe cita 450 casos.",
        "The report cites 540 cases.",
        "es",
        "en",
        embedder=None,
        mt=None,
    )
    assert any(i.check == "qa.numbers" for _seg, i in result.issues)
    assert "540" in aligner.report(result, "html")
    from aligner.drift import check_pairs

    findings = check_pairs(
        [("Son 100 casos.", "There are 1,000 cases.")], "es", "en", embedder=None, mt=None
    )
    assert any(f.type == "number" for f in findings[0])


@pytest.mark.parametrize("name", ["qa", "check", "align", "drift"])
def test_from_aligner_import_name_gives_the_public_thing(name):
    module = importlib.import_module("aligner")
    if name == "drift":  # a subpackage: `from aligner import drift` imports it
        importlib.import_module("aligner.drift")
    thing = getattr(module, name)
    if name == "drift":
        assert hasattr(thing, "check_pairs")
    else:
        assert callable(thing), f"aligner.{name} is {thing!r}"
