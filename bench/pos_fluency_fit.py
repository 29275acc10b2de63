"""Fit the tag bigram counts of :mod:`aligner.drift.pos_fluency` on English nobody here
evaluates drift on, and write ``aligner/drift/data/pos_bigrams.json``.

    python bench/pos_fluency_fit.py [--wordnet /usr/share/wordnet] [--out PATH]

Text: WordNet 3.0's example sentences and glosses (Debian's wordnet-base, the quoted
examples and the definitions of ``data.noun/verb/adj/adv``; a gloss counts as a phrase,
its edges not a sentence's) and the English sides of ``corpora/parallel``,
``corpora/heldout``, ``corpora/other`` and ``corpora/trace/articles``. Never
``corpora/drift`` (it is scored) nor DEMETR's or ContraTICO's English.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from aligner.drift import pos_fluency as pf  # noqa: E402

_EXAMPLE = re.compile(r'"([^"]{12,300})"')


def wordnet_text(folder: str) -> tuple[list[str], list[str]]:
    """WordNet's example sentences and its glosses (definitions: phrases, not sentences)."""
    examples, glosses = [], []
    for part in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(folder, "data." + part), encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.startswith("  ") or "|" not in line:
                    continue
                gloss = line.split("|", 1)[1]
                examples += [m.strip() for m in _EXAMPLE.findall(gloss)]
                definition = gloss.split(";")[0].split('"')[0].strip()
                if len(definition.split()) >= 3:
                    glosses.append(definition)
    return list(dict.fromkeys(examples)), list(dict.fromkeys(glosses))


def corpora_english() -> list[str]:
    paths = []
    for pattern in (
        "parallel/*.en.seg",
        "heldout/*.en.seg",
        "other/*.en.seg",
        "trace/articles/*.txt",
    ):
        paths += sorted(glob.glob(os.path.join(ROOT, "corpora", pattern)))
    out = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            out += [line.strip() for line in fh if len(line.split()) >= 3]
    return out


def tag_all(texts: list[str], batch: int = 2000) -> list | None:
    out = []
    for k in range(0, len(texts), batch):
        tagged = pf.tag_texts(texts[k : k + batch])
        if tagged is None:
            return None
        out += tagged
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--out", default=pf.MODEL_PATH)
    args = parser.parse_args()
    examples, glosses = wordnet_text(args.wordnet)
    texts = examples + corpora_english()
    tagged, phrases = tag_all(texts), tag_all(glosses)
    if tagged is None or phrases is None:
        print("no English tagger (apertium-eng-spa) installed", file=sys.stderr)
        return 1
    tables = [
        pf.count([[w.tag for w in ws] for ws in tagged if ws]),
        pf.count([[w.tag for w in ws] for ws in phrases if ws]),
    ]
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(
            {
                "texts": ["WordNet examples and corpora English sentences", "WordNet glosses"],
                "tables": tables,
            },
            fh,
            sort_keys=True,
            separators=(",", ":"),
        )
    tags = sum(sum(t["uni"].values()) for t in tables)
    print(
        f"{len(texts)} sentences, {len(glosses)} glosses, {tags} tags, "
        f"{sum(len(t['bi']) for t in tables)} bigrams -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
