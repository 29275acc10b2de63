"""Orchestrators over the stages: check (align, statements, drift), qa, batch."""
