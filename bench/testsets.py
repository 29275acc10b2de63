"""Benchmark documents built from the gold `.par` corpora, with realistic damage.

Each gold document yields the document as written plus perturbed copies in
which the translation has lost sentences, gained foreign ones, had sentences
merged or split, or had two paragraphs swapped. The gold alignment is carried
through every change, so the aligner is scored on cases that the translators
did not happen to write.
"""

from __future__ import annotations

import glob
import os
import random
from dataclasses import dataclass

from aligner.io.gold import read_par
from aligner.types import Bead


@dataclass
class GoldBead:
    src: list[str]
    tgt: list[str]


@dataclass
class TestDoc:
    name: str
    src_lang: str
    tgt_lang: str
    paragraphs: list[list[GoldBead]]  # beads grouped by (shared) paragraph

    def texts(self) -> tuple[str, str]:
        src = "\n\n".join(" ".join(s for b in p for s in b.src) for p in self.paragraphs)
        tgt = "\n\n".join(" ".join(t for b in p for t in b.tgt) for p in self.paragraphs)
        # Paragraphs empty on one side vanish there, as in a real document.
        return _squeeze(src), _squeeze(tgt)

    def presegmented(self) -> tuple[str, str]:
        """One sentence per line, a blank line between paragraphs (gold segmentation)."""
        src = "\n\n".join("\n".join(s for b in p for s in b.src) for p in self.paragraphs)
        tgt = "\n\n".join("\n".join(t for b in p for t in b.tgt) for p in self.paragraphs)
        return _squeeze(src), _squeeze(tgt)

    def sentences(self) -> tuple[list[str], list[str]]:
        beads = [b for p in self.paragraphs for b in p]
        return [s for b in beads for s in b.src], [t for b in beads for t in b.tgt]

    def gold(self) -> list[Bead]:
        out, i, j = [], 0, 0
        for bead in (b for p in self.paragraphs for b in p):
            if bead.src and bead.tgt:
                out.append(
                    Bead(tuple(range(i, i + len(bead.src))), tuple(range(j, j + len(bead.tgt))))
                )
            else:
                # A null bead of several sentences is, by definition, several 1-0 / 0-1 beads.
                out += [Bead((k,), ()) for k in range(i, i + len(bead.src))]
                out += [Bead((), (k,)) for k in range(j, j + len(bead.tgt))]
            i, j = i + len(bead.src), j + len(bead.tgt)
        return out


def _squeeze(text: str) -> str:
    return "\n\n".join(p for p in text.split("\n\n") if p.strip()) + "\n"


def load_docs(folder: str) -> list[TestDoc]:
    docs = []
    for path in sorted(glob.glob(os.path.join(folder, "**", "*.par"), recursive=True)):
        par = read_par(path)
        src_sents, tgt_sents = par.src_sentences, par.tgt_sentences
        # Regroup beads by paragraph: a bead belongs to the paragraph of its first sentence.
        src_para = [p for p, para in enumerate(par.src_paragraphs) for _ in para]
        tgt_para = [p for p, para in enumerate(par.tgt_paragraphs) for _ in para]
        paragraphs: list[list[GoldBead]] = []
        last: tuple[int | None, int | None] = (None, None)
        for bead in par.beads:
            key = (
                src_para[bead.src[0]] if bead.src else None,
                tgt_para[bead.tgt[0]] if bead.tgt else None,
            )
            # A new paragraph starts where either side's paragraph number changes.
            new = not paragraphs or any(
                now is not None and before is not None and now != before
                for now, before in zip(key, last, strict=True)
            )
            if new:
                paragraphs.append([])
            gold = GoldBead([src_sents[i] for i in bead.src], [tgt_sents[j] for j in bead.tgt])
            paragraphs[-1].append(gold)
            last = (
                key[0] if key[0] is not None else last[0],
                key[1] if key[1] is not None else last[1],
            )
        name = os.path.splitext(os.path.basename(path))[0]
        docs.append(TestDoc(name, par.src_lang, par.tgt_lang, paragraphs))
    return docs


# --- perturbations of the translation side ------------------------------------------


def _copy(doc: TestDoc, suffix: str) -> TestDoc:
    paragraphs = [[GoldBead(list(b.src), list(b.tgt)) for b in p] for p in doc.paragraphs]
    return TestDoc(f"{doc.name}+{suffix}", doc.src_lang, doc.tgt_lang, paragraphs)


def _one_to_one(doc: TestDoc) -> list[tuple[int, int]]:
    return [
        (p, k)
        for p, para in enumerate(doc.paragraphs)
        for k, b in enumerate(para)
        if len(b.src) == 1 and len(b.tgt) == 1
    ]


def delete_translations(doc: TestDoc, rng: random.Random, share: float = 0.06) -> TestDoc:
    out = _copy(doc, "deleted")
    spots = _one_to_one(out)
    for p, k in rng.sample(spots, max(1, int(len(spots) * share))):
        out.paragraphs[p][k].tgt = []
    return out


def insert_foreign(
    doc: TestDoc, donor: TestDoc, rng: random.Random, share: float = 0.06
) -> TestDoc:
    out = _copy(doc, "inserted")
    extra = [t for p in donor.paragraphs for b in p for t in b.tgt]
    count = max(1, int(sum(len(p) for p in out.paragraphs) * share))
    for sentence in rng.sample(extra, min(count, len(extra))):
        p = rng.randrange(len(out.paragraphs))
        out.paragraphs[p].insert(
            rng.randrange(len(out.paragraphs[p]) + 1), GoldBead([], [sentence])
        )
    return out


def merge_translations(doc: TestDoc, rng: random.Random, share: float = 0.08) -> TestDoc:
    """Join two consecutive translated sentences into one: the gold becomes a 2-1 bead."""
    out = _copy(doc, "merged")
    candidates = [
        (p, k)
        for p, para in enumerate(out.paragraphs)
        for k in range(len(para) - 1)
        if len(para[k].src) == 1
        and len(para[k].tgt) == 1
        and len(para[k + 1].src) == 1
        and len(para[k + 1].tgt) == 1
    ]
    chosen = sorted(rng.sample(candidates, max(1, int(len(candidates) * share))), reverse=True)
    used: set[tuple[int, int]] = set()
    for p, k in chosen:
        if {(p, k), (p, k + 1)} & used:
            continue
        used |= {(p, k), (p, k + 1)}
        first, second = out.paragraphs[p][k], out.paragraphs[p][k + 1]
        joined = first.tgt[0].rstrip(" .") + "; " + second.tgt[0]
        out.paragraphs[p][k] = GoldBead(first.src + second.src, [joined])
        del out.paragraphs[p][k + 1]
    return out


def split_translations(doc: TestDoc, rng: random.Random, share: float = 0.08) -> TestDoc:
    """Split a translated sentence at a middle comma: the gold becomes a 1-2 bead."""
    out = _copy(doc, "split")
    candidates = []
    for p, k in _one_to_one(out):
        sentence = out.paragraphs[p][k].tgt[0]
        commas = [i for i, c in enumerate(sentence) if c == "," and 0.3 < i / len(sentence) < 0.7]
        if commas and not any(q in sentence for q in '“”"«»'):
            candidates.append((p, k, commas[0]))
    for p, k, at in rng.sample(
        candidates, min(len(candidates), max(1, int(len(candidates) * share)))
    ):
        sentence = out.paragraphs[p][k].tgt[0]
        head, tail = sentence[:at].rstrip() + ".", sentence[at + 1 :].strip()
        out.paragraphs[p][k].tgt = [head, tail[:1].upper() + tail[1:]]
    return out


def swap_paragraphs(doc: TestDoc, rng: random.Random) -> TestDoc:
    """Two neighbouring paragraphs swapped in the translation: no monotone alignment is right."""
    out = _copy(doc, "swapped")
    if len(out.paragraphs) < 4:
        return out
    p = rng.randrange(1, len(out.paragraphs) - 1)
    first, second = out.paragraphs[p], out.paragraphs[p + 1]
    # The swapped translations now sit opposite the wrong source paragraph: the gold
    # marks them as omitted and added, the only monotone reading.
    out.paragraphs[p] = [GoldBead(b.src, []) for b in first] + [GoldBead([], b.tgt) for b in second]
    out.paragraphs[p + 1] = [GoldBead(b.src, []) for b in second] + [
        GoldBead([], b.tgt) for b in first
    ]
    return out


def replace_with_foreign(
    doc: TestDoc, donor: TestDoc, rng: random.Random, share: float = 0.25
) -> TestDoc:
    """Noisy, comparable-corpus-like input: some translations are replaced by unrelated
    sentences, so the right answer there is an omission plus an addition."""
    out = _copy(doc, "noisy")
    extra = [t for p in donor.paragraphs for b in p for t in b.tgt]
    spots = _one_to_one(out)
    chosen = rng.sample(spots, min(len(extra), max(1, int(len(spots) * share))))
    for (p, k), sentence in zip(
        sorted(chosen, reverse=True), rng.sample(extra, len(chosen)), strict=True
    ):
        bead = out.paragraphs[p][k]
        out.paragraphs[p][k : k + 1] = [GoldBead(bead.src, []), GoldBead([], [sentence])]
    return out


PERTURBATIONS = ("as_written", "deleted", "inserted", "merged", "split", "swapped", "noisy")


def build_testset(folder: str, seed: int = 13) -> dict[str, list[TestDoc]]:
    docs = load_docs(folder)
    rng = random.Random(seed)
    sets: dict[str, list[TestDoc]] = {name: [] for name in PERTURBATIONS}
    for k, doc in enumerate(docs):
        donor = docs[(k + 1) % len(docs)]
        sets["as_written"].append(doc)
        sets["deleted"].append(delete_translations(doc, rng))
        sets["inserted"].append(insert_foreign(doc, donor, rng))
        sets["merged"].append(merge_translations(doc, rng))
        sets["split"].append(split_translations(doc, rng))
        sets["swapped"].append(swap_paragraphs(doc, rng))
        sets["noisy"].append(replace_with_foreign(doc, donor, rng))
    return sets
