"""Translator QA: the qa.* checks, project settings and the report."""
