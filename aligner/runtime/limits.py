"""The input sizes aligner accepts, in one place (docs/limits.md has the measurements).

Beyond a limit the user gets a one-line error naming the file and the limit,
never an out-of-memory kill halfway through a run.
"""

from __future__ import annotations

from aligner.errors import InputError

# Tested: a 5 MiB single-line document and 200,000-sentence documents (see docs/limits.md).
MAX_FILE_BYTES = 64 * 1024 * 1024
# Alignment memory and time grow linearly; 200,000 sentences per side took 0.8 GB and
# about 10 minutes without embeddings, and embedding them takes hours. Bigger inputs
# are corpora, not documents: split them and use `aligner batch`.
MAX_SEGMENTS = 200_000
# Confidence from Apertium + chrF costs about 1.2 ms a bead on top of the search (10k
# sentences: 6 s → 24 s without embeddings); past this size a document is scored by the
# model without MT, and a warning says so.
MAX_MT_CONFIDENCE_SENTENCES = 20_000
# The same in characters (20,000 news sentences are about 3 MB): Apertium needed 25 s for
# one 5 MB sentence and chrF 5 s more, for a single bead.
MAX_MT_CONFIDENCE_CHARS = 3_000_000


def check_segment_count(path: str, count: int, what: str = "sentences") -> None:
    """Refuse an input with more than MAX_SEGMENTS sentences (or pairs, or units)."""
    if count > MAX_SEGMENTS:
        raise InputError(
            path,
            f"has {count:,} {what}; the limit is {MAX_SEGMENTS:,} per file "
            "(split it into smaller documents, e.g. by chapter, and use `aligner batch`)",
        )
