"""Finding the document pairs: the NAME.<lang>.txt convention or a CSV manifest.

:func:`collect_jobs` is the entry point (a folder or a manifest, never both);
:func:`find_pairs` groups a folder's files by NAME and :func:`choose_direction` picks
which language is the source; :func:`read_manifest` reads id,source,target[,langs]
rows. :func:`describe_jobs` is the one line the CLI prints about what was found.
"""

from __future__ import annotations

import csv
import io
import os
import re

from aligner.errors import InputError
from aligner.io.read import read_text
from aligner.pipelines.batch.model import Job, UsageProblem
from aligner.pipelines.batch.outputs import doc_id_problem

# NAME.<lang>.txt; the language is the last dotted part before .txt, so NAME may hold dots.
_PAIR_FILE = re.compile(r"(?P<name>[^.].*)\.(?P<lang>[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.txt")
# The language a pair is translated into when the file names alone do not say: this
# tool's corpora are news translated into English (es→en, pt→en).
DEFAULT_TARGET = "en"


def collect_jobs(
    corpus: str | None, manifest: str | None, src_lang: str | None, tgt_lang: str | None
) -> tuple[list[Job], list[str]]:
    """Jobs from a folder (naming convention) or a manifest, and notes on unpaired files."""
    if bool(corpus) == bool(manifest):
        raise UsageProblem("give either a CORPUS folder or --manifest FILE (one of them)")
    if manifest:
        jobs, notes = read_manifest(manifest, src_lang, tgt_lang), []
    else:
        jobs, notes = find_pairs(corpus, src_lang, tgt_lang)  # type: ignore[arg-type]
    if not jobs:
        where = manifest or corpus
        raise UsageProblem(f"{where}: no document pairs found (expected NAME.<lang>.txt files)")
    return jobs, notes


def find_pairs(
    folder: str, src_lang: str | None = None, tgt_lang: str | None = None
) -> tuple[list[Job], list[str]]:
    """Jobs for the NAME.<lang>.txt files in ``folder``, and a note per NAME left unpaired."""
    groups: dict[str, dict[str, str]] = {}
    for entry in sorted(os.listdir(folder)):
        match = _PAIR_FILE.fullmatch(entry)
        if match and os.path.isfile(os.path.join(folder, entry)):
            groups.setdefault(match["name"], {})[match["lang"]] = os.path.join(folder, entry)
    jobs, notes = [], []
    for name, files in sorted(groups.items()):
        direction = choose_direction(sorted(files), src_lang, tgt_lang)
        if isinstance(direction, str):
            notes.append(f"{name}: {direction}")
            continue
        source, target = direction
        jobs.append(Job(name, files[source], files[target], source, target))
    return jobs, notes


def choose_direction(
    langs: list[str], src_lang: str | None, tgt_lang: str | None
) -> tuple[str, str] | str:
    """(source, target) among the languages one NAME has files in, or why there is none."""
    given = [lang for lang in (src_lang, tgt_lang) if lang]
    missing = [lang for lang in given if lang not in langs]
    if missing:
        return "no " + " or ".join(f".{lang}.txt" for lang in missing) + " file"
    others = [lang for lang in langs if lang not in given]
    if len(given) == 2:
        return src_lang, tgt_lang  # type: ignore[return-value]
    if len(given) == 1:
        if len(others) != 1:
            return f"need exactly one language besides {given[0]}, found {others or 'none'}"
        return (given[0], others[0]) if src_lang else (others[0], given[0])
    if len(langs) == 1:
        return f"only a .{langs[0]}.txt file"
    if len(langs) != 2:
        return f"found {', '.join(langs)}; choose with --src-lang/--tgt-lang"
    if DEFAULT_TARGET in langs:
        return next(lang for lang in langs if lang != DEFAULT_TARGET), DEFAULT_TARGET
    return langs[0], langs[1]  # no rule applies: alphabetical, but at least stable


def read_manifest(path: str, src_lang: str | None = None, tgt_lang: str | None = None) -> list[Job]:
    """Jobs from a CSV with columns id,source,target[,src_lang,tgt_lang].

    Relative paths are relative to the manifest's folder, so a manifest moves with its
    corpus. Empty language cells fall back to --src-lang/--tgt-lang, then to detection.
    """
    reader = csv.DictReader(io.StringIO(read_text(path), newline=""))
    columns = [c.strip() for c in reader.fieldnames or []]
    if not {"id", "source", "target"} <= set(columns):
        raise InputError(path, f"needs columns id,source,target; found {','.join(columns)}")
    reader.fieldnames = columns
    base = os.path.dirname(path)
    jobs: list[Job] = []
    seen: set[str] = set()
    for row in reader:
        where = f"line {reader.line_num}"
        cells = {k: (v or "").strip() for k, v in row.items() if isinstance(k, str)}
        for key in ("id", "source", "target"):
            if not cells[key]:
                raise InputError(path, f"{where}: empty {key!r}")
        problem = doc_id_problem(cells["id"])
        if problem or cells["id"] in seen:
            raise InputError(path, f"{where}: id {cells['id']!r} {problem or 'appears twice'}")
        seen.add(cells["id"])
        jobs.append(
            Job(
                cells["id"],
                os.path.join(base, cells["source"]),
                os.path.join(base, cells["target"]),
                cells.get("src_lang") or src_lang,
                cells.get("tgt_lang") or tgt_lang,
            )
        )
    return jobs


def describe_jobs(jobs: list[Job]) -> str:
    """E.g. "12 document pairs (es→en 10, pt→en 2)": the direction chosen, shown once."""
    directions: dict[str, int] = {}
    for job in jobs:
        key = f"{job.src_lang or 'auto'}→{job.tgt_lang or 'auto'}"
        directions[key] = directions.get(key, 0) + 1
    shown = ", ".join(f"{k} {n}" for k, n in sorted(directions.items(), key=lambda kv: -kv[1]))
    return f"{len(jobs)} document pairs ({shown})"
