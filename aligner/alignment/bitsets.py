"""Sets of items (a sentence's numbers, subword pieces, known words) as fixed-size bitsets,
so the union over a bead's sentences and the overlap of every (source, target) bead of
a block are array operations, not set operations per pair."""

from __future__ import annotations

import zlib

import numpy as np

BITSET_WORDS = 4  # 256-bit sets: a handful of collisions among ~20 items is harmless


def bitsets(
    item_lists: list[list[str]] | list[frozenset[str]], words: int = BITSET_WORDS
) -> np.ndarray:
    """Hash each sentence's items into a fixed-size bitset so unions and overlaps vectorise."""
    bits = words * 64
    out = np.zeros((len(item_lists), words), dtype=np.uint64)
    unique = [set(items) for items in item_lists]
    hashes = [zlib.crc32(item.encode("utf-8")) % bits for items in unique for item in items]
    if hashes:  # one scatter for the document: numpy calls per item were most of the time
        rows = np.repeat(np.arange(len(unique)), [len(items) for items in unique])
        where = np.array(hashes, dtype=np.uint64)
        column = (where // np.uint64(64)).astype(np.intp)
        np.bitwise_or.at(out, (rows, column), np.uint64(1) << (where % np.uint64(64)))
    return out


def popcount(bits: np.ndarray) -> np.ndarray:
    """Set bits per bitset (last axis: the words of one set)."""
    counts = np.bitwise_count(bits)
    # Adding the few word columns beats a reduction over a tiny last axis.
    total = counts[..., 0].astype(np.int64)
    for word in range(1, bits.shape[-1]):
        total += counts[..., word]
    return total


def dice_cost(
    left: np.ndarray, right: np.ndarray, left_count: np.ndarray, right_count: np.ndarray
) -> np.ndarray:
    """1 - Dice overlap of bitsets (rows x columns); 0 where neither side has anything."""
    total = left_count[:, None] + right_count[None, :]
    if not (left_count.any() and right_count.any()):  # one side empty (numbers, mostly)
        return np.where(total > 0, 1.0, 0.0)  # = the formula below with nothing shared
    # The shared bits of every (row, column) as one product of the sets' unpacked bits:
    # a BLAS call, a third faster than a popcount per word over rows x columns on a
    # search block (~64 x 128). Counts up to 256 are exact in float32, so the costs are
    # the popcount's to the last bit.
    both = _unpacked(left) @ _unpacked(right).T
    cost = 1.0 - 2.0 * both / np.maximum(total, 1)
    cost[total == 0] = 0.0
    return cost


def _unpacked(bits: np.ndarray) -> np.ndarray:
    """Each bitset's bits as 0.0 / 1.0 columns (the order of bits is irrelevant)."""
    return np.unpackbits(np.ascontiguousarray(bits).view(np.uint8), axis=1).astype(np.float64)
