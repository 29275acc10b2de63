"""Gold data: the `.par` authoring format, gold segmentations and ladder files.

``python -m aligner.io.gold build corpora/`` turns every ``.par`` file into the raw
texts a user would bring, one gold segmentation per side and a gold ladder
(see corpora/FORMAT.md).
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field

from aligner.errors import InputError
from aligner.io.atomic import write_text_atomic
from aligner.types import Bead

_LINE = re.compile(r"^([a-z]{2,3})\|\s?(.*)$")
_HEADER = re.compile(r"^#!\s*src=([a-z]{2,3})\s+tgt=([a-z]{2,3})\s*$")


@dataclass
class ParDocument:
    """A gold parallel document: sentences per side grouped in paragraphs, and beads."""

    src_lang: str
    tgt_lang: str
    # paragraphs[side] is a list of paragraphs, each a list of sentences
    src_paragraphs: list[list[str]] = field(default_factory=list)
    tgt_paragraphs: list[list[str]] = field(default_factory=list)
    beads: list[Bead] = field(default_factory=list)

    @property
    def src_sentences(self) -> list[str]:
        return [s for p in self.src_paragraphs for s in p]

    @property
    def tgt_sentences(self) -> list[str]:
        return [s for p in self.tgt_paragraphs for s in p]

    def src_text(self) -> str:
        return _join_paragraphs(self.src_paragraphs)

    def tgt_text(self) -> str:
        return _join_paragraphs(self.tgt_paragraphs)


def _join_paragraphs(paragraphs: list[list[str]]) -> str:
    return "\n\n".join(" ".join(p) for p in paragraphs if p) + "\n"


def parse_par(text: str, path: str = "<par>") -> ParDocument:
    src_lang = tgt_lang = ""
    doc: ParDocument | None = None
    src_par: list[str] = []
    tgt_par: list[str] = []
    bead_src: list[int] = []
    bead_tgt: list[int] = []

    def close_bead() -> None:
        if bead_src or bead_tgt:
            assert doc is not None
            doc.beads.append(Bead(tuple(bead_src), tuple(bead_tgt), 0.0, 1.0))
        bead_src.clear()
        bead_tgt.clear()

    def close_paragraph() -> None:
        close_bead()
        assert doc is not None
        if src_par:
            doc.src_paragraphs.append(list(src_par))
        if tgt_par:
            doc.tgt_paragraphs.append(list(tgt_par))
        src_par.clear()
        tgt_par.clear()

    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        header = _HEADER.match(line)
        if header:
            src_lang, tgt_lang = header.groups()
            doc = ParDocument(src_lang, tgt_lang)
            continue
        if line.startswith("#"):
            continue
        if doc is None:
            raise InputError(path, f"line {lineno}: expected a '#! src=xx tgt=yy' header first")
        if not line.strip():
            close_paragraph()
        elif line.strip() == "---":
            close_bead()
        else:
            match = _LINE.match(line)
            if not match or not match.group(2).strip():
                raise InputError(path, f"line {lineno}: expected 'LANG| sentence'")
            lang, sentence = match.group(1), match.group(2).strip()
            if lang == src_lang:
                bead_src.append(len(doc.src_sentences) + len(src_par))
                src_par.append(sentence)
            elif lang == tgt_lang:
                bead_tgt.append(len(doc.tgt_sentences) + len(tgt_par))
                tgt_par.append(sentence)
            else:
                raise InputError(path, f"line {lineno}: language '{lang}' is not in the header")
    if doc is None:
        raise InputError(path, "no '#! src=xx tgt=yy' header")
    close_paragraph()
    return doc


def read_par(path: str) -> ParDocument:
    with open(path, encoding="utf-8") as handle:
        return parse_par(handle.read(), path)


# --- gold segmentation files: one sentence per line, blank line between paragraphs ---


def format_segmentation(paragraphs: list[list[str]]) -> str:
    return "\n\n".join("\n".join(p) for p in paragraphs if p) + "\n"


def read_segmentation(path: str) -> list[str]:
    with open(path, encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip()]


# --- ladder files (Vecalign): "[0, 1]:[0]:0.93" one bead per line, 0-based ---

_LADDER = re.compile(r"^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*(?::\s*(\S+))?\s*$")


def format_ladder(beads: list[Bead], scores: bool = True) -> str:
    lines = []
    for bead in beads:
        src = ",".join(str(i) for i in bead.src)
        tgt = ",".join(str(i) for i in bead.tgt)
        line = f"[{src}]:[{tgt}]"
        if scores:
            line += f":{bead.confidence:.4f}"
        lines.append(line)
    return "\n".join(lines) + ("\n" if lines else "")


def parse_ladder(text: str, path: str = "<ladder>") -> list[Bead]:
    beads = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LADDER.match(line)
        if not match:
            raise InputError(path, f"line {lineno}: not a ladder bead like '[0,1]:[2]:0.9'")
        try:
            src = tuple(int(x) for x in match.group(1).split(",") if x.strip())
            tgt = tuple(int(x) for x in match.group(2).split(",") if x.strip())
        except ValueError:  # "1 2" (digits split by a space) or more than 4300 digits
            raise InputError(path, f"line {lineno}: a sentence index is not a number") from None
        if not src and not tgt:
            raise InputError(path, f"line {lineno}: a bead needs at least one sentence")
        try:
            score = float(match.group(3)) if match.group(3) else 1.0
        except ValueError:
            raise InputError(path, f"line {lineno}: score is not a number") from None
        beads.append(Bead(src, tgt, 0.0, score))
    return beads


def read_ladder(path: str) -> list[Bead]:
    from aligner.io.read import read_text

    return parse_ladder(read_text(path), path)


# --- building the derived gold files of a corpus folder ---


def build_corpus(folder: str) -> list[str]:
    """Write NAME.<lang>.txt, NAME.<lang>.seg and NAME.gold.align next to each .par file.

    A side whose raw text already exists and is marked as external (listed in
    the folder's ``EXTERNAL`` file, e.g. the published seed translation) is not
    overwritten; the gold segmentation is still written from the .par.
    """
    written = []
    for root, _dirs, files in os.walk(folder):
        external = _external_files(root)
        for name in sorted(files):
            if not name.endswith(".par"):
                continue
            stem = os.path.join(root, name[: -len(".par")])
            doc = read_par(os.path.join(root, name))
            for lang, paragraphs, text in (
                (doc.src_lang, doc.src_paragraphs, doc.src_text()),
                (doc.tgt_lang, doc.tgt_paragraphs, doc.tgt_text()),
            ):
                txt = f"{stem}.{lang}.txt"
                if os.path.basename(txt) not in external:
                    write_text_atomic(txt, text)
                    written.append(txt)
                write_text_atomic(f"{stem}.{lang}.seg", format_segmentation(paragraphs))
                written.append(f"{stem}.{lang}.seg")
            write_text_atomic(f"{stem}.gold.align", format_ladder(doc.beads, scores=False))
            written.append(f"{stem}.gold.align")
    return written


def _external_files(folder: str) -> set[str]:
    path = os.path.join(folder, "EXTERNAL")
    if not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8") as handle:
        return {line.strip() for line in handle if line.strip() and not line.startswith("#")}


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "build":
        print("usage: python -m aligner.io.gold build FOLDER", file=sys.stderr)
        return 2
    for path in build_corpus(argv[1]):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
