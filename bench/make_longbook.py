"""Build the long-book benchmark pair (Spanish→English, 10,000+ sentences) from Debian packages.

    python bench/make_longbook.py [--out DIR] [--seed 13]

The text is the narrative books of the Bible (Genesis to 2 Kings; Ezra, Nehemiah, Esther)
in two public-domain translations shipped by Debian as SWORD modules: the Spanish
Reina-Valera of 1909 (package ``sword-text-sparv``) as the source and the World English
Bible (``sword-text-web``) as its "translation"; ``mod2imp`` (``libsword-utils``) exports
them. Verse numbers give an
exact gold alignment: one verse a line (a sentence, in the terms of the aligner; a verse
is sometimes two sentences, sometimes half of one, as a real segmenter's units are). The
two translations are independent, so sentence lengths and wording differ as a literary
translation's do.

Paragraphs: the RV1909 module marks only chapters, the WEB marks paragraphs; both sides
take the WEB's paragraph starts (a translation keeps its source's paragraphs).

Damage done to the translation, with a fixed seed:
* 10 % of its paragraphs deleted (their source verses become 1-0 beads in the gold);
* 3 % of the remaining verses split in two at an inner sentence boundary (1-2 beads);
* 3 % of the remaining neighbouring verse pairs inside a paragraph joined into one line
  (2-1 beads).

Written (not committed: about 2.5 MB) to ``DIR`` (default ``~/.cache/aligner-bench/longbook``,
or ``$ALIGNER_BENCH_CACHE/longbook``): ``longbook.es.txt`` and ``longbook.en.txt``
(presegmented: one sentence a line, a blank line between paragraphs),
``longbook.gold.align`` (Vecalign's ladder format) and ``longbook.json`` (what was built
from what). Chapters whose verse numbers differ between the two modules are left out, and
so are the five whose verse lengths do not go together (versification shifted inside them).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass

MODULES = {"es": "spaRV1909eb", "en": "engWEB2015eb"}
PACKAGES = ("sword-text-sparv", "sword-text-web", "libsword-utils")
BOOKS = (
    "Genesis", "Exodus", "Leviticus", "Numbers", "Deuteronomy", "Joshua", "Judges", "Ruth",
    "I Samuel", "II Samuel", "I Kings", "II Kings", "Ezra", "Nehemiah", "Esther",
)  # fmt: skip
DELETE_PARAGRAPHS = 0.10
SPLIT_VERSES = 0.03
MERGE_PAIRS = 0.03
DEFAULT_SEED = 13
MIN_LENGTH_CORRELATION = 0.75  # of verse lengths within a chapter, Spanish vs English

_KEY = re.compile(r"^\$\$\$(.+?) (\d+):(\d+)$")
_DROP = re.compile(r"<(note|title|rdg)\b[^>]*?(?<!/)>.*?</\1>", re.S)
_PARAGRAPH = re.compile(r'<div\b[^>]*type="x-p"[^>]*sID=|<div\b[^>]*sID="[^"]*"[^>]*type="x-p"')
# Tags that stand between words (lines, divisions) become a space; word markup nothing.
_BREAK = re.compile(r"</?(?:l|lb|lg|div|chapter|milestone|p|list|item|speaker)\b[^>]*>")
_TAG = re.compile(r"<[^>]+>")
# An inner sentence end: punctuation (and a closing quote), space, an opening capital.
_INNER_END = re.compile(r"(?<=[.!?;:])[”’]?\s+(?=[“‘]?[A-Z])")


def default_out() -> str:
    root = os.environ.get("ALIGNER_BENCH_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "aligner-bench"
    )
    return os.path.join(root, "longbook")


def paths(out: str) -> dict[str, str]:
    return {
        "src": os.path.join(out, "longbook.es.txt"),
        "tgt": os.path.join(out, "longbook.en.txt"),
        "gold": os.path.join(out, "longbook.gold.align"),
        "manifest": os.path.join(out, "longbook.json"),
    }


@dataclass(frozen=True)
class Verse:
    key: tuple[str, int, int]
    text: str
    paragraph_start: bool


def missing_packages() -> str | None:
    """Why the SWORD modules cannot be read here, or None."""
    if shutil.which("mod2imp") is None:
        return "mod2imp not found"
    for module in MODULES.values():
        conf = os.path.join("/usr/share/sword/mods.d", module.lower() + ".conf")
        if not os.path.exists(conf) and not os.path.exists(
            os.path.join("/usr/share/sword/mods.d", module + ".conf")
        ):
            return f"SWORD module {module} not installed"
    return None


def export(module: str) -> dict[tuple[str, int, int], Verse]:
    """The module's verses of BOOKS as plain text, keyed by (book, chapter, verse)."""
    raw = subprocess.run(
        ["mod2imp", module], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    verses: dict[tuple[str, int, int], Verse] = {}
    key, body = None, []

    def flush() -> None:
        if key is None or key[0] not in BOOKS or key[2] == 0:
            return
        markup = " ".join(body)
        text = html.unescape(_TAG.sub("", _BREAK.sub(" ", _DROP.sub(" ", markup))))
        text = re.sub(r"\s+", " ", text).strip()
        text = re.sub(r" ([,.;:!?])", r"\1", text)
        if text:
            verses[key] = Verse(key, text, bool(_PARAGRAPH.search(markup)) or key[2] == 1)

    for line in raw:
        match = _KEY.match(line)
        if match:
            flush()
            key, body = (match.group(1), int(match.group(2)), int(match.group(3))), []
        elif line.startswith("$$$"):
            flush()
            key, body = None, []
        else:
            body.append(line)
    flush()
    return verses


def shared_verses(src: dict, tgt: dict) -> list[tuple[Verse, Verse]]:
    """Pairs of the chapters whose verse numbers agree in both modules, in book order."""
    chapters: dict[tuple[str, int], tuple[set, set]] = {}
    for side, verses in ((0, src), (1, tgt)):
        for book, chapter, verse in verses:
            chapters.setdefault((book, chapter), (set(), set()))[side].add(verse)
    keep = {c for c, (a, b) in chapters.items() if a == b}
    keep = {
        c for c in keep if _lengths_agree([(src[(*c, v)], tgt[(*c, v)]) for v in chapters[c][0]])
    }
    keys = sorted(
        (k for k in src if (k[0], k[1]) in keep), key=lambda k: (BOOKS.index(k[0]), k[1], k[2])
    )
    return [(src[k], tgt[k]) for k in keys]


def _lengths_agree(pairs: list[tuple[Verse, Verse]]) -> bool:
    """False for a chapter numbered alike but cut differently (KJV and NRSVA versification
    disagree inside a few chapters: Numbers 13 and 30, 1 Samuel 24, 1 Kings 22): there
    the verse lengths of the two sides do not go together."""
    if len(pairs) < 3:
        return True
    a = [len(x.text) for x, _ in pairs]
    b = [len(y.text) for _, y in pairs]
    mean_a, mean_b = sum(a) / len(a), sum(b) / len(b)
    cov = sum((x - mean_a) * (y - mean_b) for x, y in zip(a, b, strict=True))
    var_a = sum((x - mean_a) ** 2 for x in a)
    var_b = sum((y - mean_b) ** 2 for y in b)
    return var_a == 0 or var_b == 0 or cov / (var_a * var_b) ** 0.5 >= MIN_LENGTH_CORRELATION


def build(pairs: list[tuple[Verse, Verse]], seed: int) -> dict:
    """Source and damaged target paragraphs (lists of lines) and the gold beads."""
    rng = random.Random(seed)
    paragraphs: list[list[int]] = []  # indices into pairs, by the WEB's paragraphs
    for k, (_es, en) in enumerate(pairs):
        if en.paragraph_start or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(k)
    deleted = set(rng.sample(range(len(paragraphs)), round(DELETE_PARAGRAPHS * len(paragraphs))))

    src_paragraphs: list[list[str]] = []
    tgt_paragraphs: list[list[str]] = []
    gold: list[tuple[list[int], list[int]]] = []
    src_index = tgt_index = 0
    splits = merges = 0
    for p, members in enumerate(paragraphs):
        src_paragraphs.append([pairs[k][0].text for k in members])
        if p in deleted:
            for _k in members:
                gold.append(([src_index], []))
                src_index += 1
            continue
        lines: list[str] = []
        k = 0
        while k < len(members):
            en = pairs[members[k]][1].text
            if k + 1 < len(members) and rng.random() < MERGE_PAIRS:
                lines.append(en + " " + pairs[members[k + 1]][1].text)
                gold.append(([src_index, src_index + 1], [tgt_index]))
                src_index, tgt_index, k, merges = src_index + 2, tgt_index + 1, k + 2, merges + 1
                continue
            parts = split_verse(en) if rng.random() < SPLIT_VERSES else None
            if parts:
                lines += parts
                gold.append(([src_index], [tgt_index, tgt_index + 1]))
                tgt_index += 2
                splits += 1
            else:
                lines.append(en)
                gold.append(([src_index], [tgt_index]))
                tgt_index += 1
            src_index += 1
            k += 1
        tgt_paragraphs.append(lines)
    return {
        "src": src_paragraphs,
        "tgt": tgt_paragraphs,
        "gold": gold,
        "counts": {
            "verses": len(pairs),
            "paragraphs": len(paragraphs),
            "deleted_paragraphs": len(deleted),
            "deleted_verses": sum(len(paragraphs[p]) for p in deleted),
            "splits": splits,
            "merges": merges,
            "src_sentences": src_index,
            "tgt_sentences": tgt_index,
        },
    }


def split_verse(text: str) -> list[str] | None:
    """The verse cut at its inner sentence end nearest the middle; None if it has none."""
    cuts = [m for m in _INNER_END.finditer(text) if m.start() >= 20 and len(text) - m.end() >= 20]
    if not cuts:
        return None
    best = min(cuts, key=lambda m: abs(m.start() - len(text) / 2))
    return [text[: best.start()].rstrip() + text[best.start() : best.end()].strip(),
            text[best.end() :]]  # fmt: skip


def write(out: str, built: dict, seed: int) -> dict[str, str]:
    os.makedirs(out, exist_ok=True)
    files = paths(out)

    def save(path: str, text: str) -> None:
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)

    save(files["src"], "\n\n".join("\n".join(p) for p in built["src"]) + "\n")
    save(files["tgt"], "\n\n".join("\n".join(p) for p in built["tgt"]) + "\n")
    save(
        files["gold"],
        "".join(f"[{','.join(map(str, s))}]:[{','.join(map(str, t))}]\n" for s, t in built["gold"]),
    )
    manifest = {
        "source": f"{MODULES['es']} (Debian sword-text-sparv), Reina-Valera 1909, public domain",
        "translation": f"{MODULES['en']} (Debian sword-text-web), World English Bible, "
        "public domain",
        "books": list(BOOKS),
        "seed": seed,
        "damage": {
            "delete_paragraphs": DELETE_PARAGRAPHS,
            "split_verses": SPLIT_VERSES,
            "merge_pairs": MERGE_PAIRS,
        },
        **built["counts"],
    }
    save(files["manifest"], json.dumps(manifest, indent=2) + "\n")
    return files


def ensure(out: str | None = None, seed: int = DEFAULT_SEED) -> dict[str, str]:
    """The pair's files, built first if absent; SystemExit with the packages to install."""
    out = out or default_out()
    files = paths(out)
    if all(os.path.exists(p) for p in files.values()):
        with open(files["manifest"], encoding="utf-8") as handle:
            if json.load(handle).get("seed") == seed:
                return files
    problem = missing_packages()
    if problem:
        raise SystemExit(
            f"make_longbook: {problem}; the long book is built from Debian packages: "
            f"apt-get install {' '.join(PACKAGES)}"
        )
    src, tgt = export(MODULES["es"]), export(MODULES["en"])
    return write(out, build(shared_verses(src, tgt), seed), seed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=None, help="folder (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    out = args.out or default_out()
    for path in paths(out).values():  # an explicit run always rebuilds
        if os.path.exists(path):
            os.unlink(path)
    files = ensure(out, args.seed)
    with open(files["manifest"], encoding="utf-8") as handle:
        print(json.dumps(json.load(handle), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
