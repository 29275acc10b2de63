"""Paraphrase drift: where an aligned translation says something its source does not."""

from aligner.drift.checks import Finding, analyse_pairs, check_pairs

__all__ = ["Finding", "analyse_pairs", "check_pairs"]
