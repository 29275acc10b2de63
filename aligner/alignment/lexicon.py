"""A document-internal bilingual lexicon, bootstrapped from the first pass (as hunalign does).

The second pass's doubtful choices (a 1-2 bead or a 1-1 bead plus a null) are within a
few tenths of each other in e5's meaning cost; the vectors cannot say which words of a
sentence its neighbour's translation covers. A lexicon might: IBM Model 1, trained for
a few EM iterations on the first path's 1-1 beads of the document itself, gives each
content word its likely translations, and a bead costs per known word that no word of
the other side translates (an unaligned sentence: all its known words). Pure numpy,
milliseconds per document, no dictionary for the language pair needed.

Opt-in (score.Weights.lexicon), not shipped: a document of a few hundred sentences
yields 1-4 known words per sentence and a noisy table, and the cost lost on Text+Berg
at every weight tried (docs/benchmarks.md, branch lex13i).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from aligner.alignment.bitsets import bitsets, popcount
from aligner.textutil import fold_accents

MIN_LETTERS = 4  # shorter words are mostly function words in the languages seen here
COMMON_SHARE = 0.08  # a word in more than this share of a side's sentences is a function word
EM_ITERATIONS = 5
MIN_PROBABILITY = 0.15  # t(f|e) above this makes f a likely translation of e
MIN_COUNT = 2  # a word seen in fewer confident beads has no reliable translation
LEXICON_WORDS = 8  # 512-bit sets: a sentence's words and their translations
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class LexiconSides:
    """Per sentence: bitsets of its known words and of their likely translations
    (hashed in the other side's word space)."""

    words: np.ndarray  # (n, LEXICON_WORDS) uint64
    translations: np.ndarray


def content_words(text: str) -> list[str]:
    """Accent-folded words of MIN_LETTERS letters or more."""
    return [w for w in _WORD.findall(fold_accents(text)) if len(w) >= MIN_LETTERS]


def _vocabulary(sentences: list[list[str]]) -> set[str]:
    """Words that are neither too common (function words) nor too rare to learn."""
    df = Counter(w for words in sentences for w in set(words))
    most = max(3.0, COMMON_SHARE * len(sentences))
    return {w for w, k in df.items() if k <= most}


def model_one(
    pairs: Sequence[tuple[list[str], list[str]]], iterations: int = EM_ITERATIONS
) -> dict[str, dict[str, float]]:
    """IBM Model 1 t(f | e) from sentence pairs (e source words, f target words), with a
    null word on the source side, trained by EM over every co-occurring pair at once."""
    e_ids: dict[str, int] = {"": 0}  # the null word
    f_ids: dict[str, int] = {}
    rows_e, rows_f, rows_bead = [], [], []
    for bead, (es, fs) in enumerate(pairs):
        e_row = [0] + [e_ids.setdefault(e, len(e_ids)) for e in es]
        for f in fs:
            fid = f_ids.setdefault(f, len(f_ids))
            rows_e.extend(e_row)
            rows_f.extend([fid] * len(e_row))
            rows_bead.extend([bead] * len(e_row))
    if not rows_e:
        return {}
    e_arr, f_arr = np.array(rows_e), np.array(rows_f)
    # One slot per (bead, f) occurrence: its posterior normalises over the bead's e words.
    occurrence = np.unique(np.array(rows_bead) * len(f_ids) + f_arr, return_inverse=True)[1]
    pair_keys, pair = np.unique(e_arr * len(f_ids) + f_arr, return_inverse=True)
    t = np.full(len(pair_keys), 1.0 / len(f_ids))
    for _ in range(iterations):
        weight = t[pair]
        weight = weight / np.bincount(occurrence, weight)[occurrence]
        counts = np.bincount(pair, weight, minlength=len(pair_keys))
        e_of_pair = pair_keys // len(f_ids)
        t = counts / np.bincount(e_of_pair, counts, minlength=len(e_ids))[e_of_pair]
    e_names, f_names = list(e_ids), list(f_ids)
    table: dict[str, dict[str, float]] = {}
    for key, p in zip(pair_keys.tolist(), t.tolist(), strict=True):
        e, f = divmod(key, len(f_ids))
        if e and p >= MIN_PROBABILITY:
            table.setdefault(e_names[e], {})[f_names[f]] = p
    return table


def build_lexicon(
    src_texts: Sequence[str], tgt_texts: Sequence[str], beads: Sequence[tuple[int, int]]
) -> tuple[LexiconSides, LexiconSides]:
    """Train on the 1-1 beads ``beads`` (source, target index) in both directions; each
    sentence's known words and their translations as bitsets."""

    src_words = [content_words(t) for t in src_texts]
    tgt_words = [content_words(t) for t in tgt_texts]
    src_vocab, tgt_vocab = _vocabulary(src_words), _vocabulary(tgt_words)
    src_kept = [[w for w in ws if w in src_vocab] for ws in src_words]
    tgt_kept = [[w for w in ws if w in tgt_vocab] for ws in tgt_words]
    pairs = [(src_kept[i], tgt_kept[j]) for i, j in beads]
    forward = _reliable(model_one(pairs), pairs, 0)
    backward = _reliable(model_one([(f, e) for e, f in pairs]), pairs, 1)

    def sides(kept: list[list[str]], table: dict[str, dict[str, float]]) -> LexiconSides:
        known = [[w for w in ws if w in table] for ws in kept]
        translations = [[f for w in ws for f in table[w]] for ws in known]
        return LexiconSides(bitsets(known, LEXICON_WORDS), bitsets(translations, LEXICON_WORDS))

    return sides(src_kept, forward), sides(tgt_kept, backward)


def _reliable(
    table: dict[str, dict[str, float]], pairs: Sequence[tuple[list[str], list[str]]], side: int
) -> dict[str, dict[str, float]]:
    seen = Counter(w for pair in pairs for w in set(pair[side]))
    return {w: tr for w, tr in table.items() if seen[w] >= MIN_COUNT}


def uncovered_words(x: dict, y: dict) -> np.ndarray:
    """Known words of either side that no word of the other side translates (rows:
    source spans, columns: target spans)."""

    src_hit = popcount(x["lex_words"][:, None, :] & y["lex_trans"][None, :, :])
    tgt_hit = popcount(x["lex_trans"][:, None, :] & y["lex_words"][None, :, :])
    return (x["lex_count"][:, None] - src_hit + y["lex_count"][None, :] - tgt_hit).astype(float)


def lexicon_span(
    span: dict, lexicon: LexiconSides | None, idx: np.ndarray, prefix: str = "lex_"
) -> None:
    """The span's known words and their translations (unions over its sentences, and
    each sentence's own: ``idx`` rows are spans, columns their sentences)."""

    if lexicon is None:
        return
    span[prefix + "words"] = np.bitwise_or.reduce(lexicon.words[idx], axis=1)
    span[prefix + "trans"] = np.bitwise_or.reduce(lexicon.translations[idx], axis=1)
    span[prefix + "count"] = popcount(span[prefix + "words"])
    span[prefix + "each"] = lexicon.words[idx]  # (spans, sentences, words)
    span[prefix + "each_trans"] = lexicon.translations[idx]
