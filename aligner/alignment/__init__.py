"""Alignment: segment, embed and score sentences, find the best path, rate each bead."""
