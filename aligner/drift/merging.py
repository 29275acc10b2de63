"""How the findings of the separate checks of one pair become one list: findings
inside an omitted or added clause are absorbed by it, a flipped negation is not also a
modality change, and the same finding is kept once."""

from __future__ import annotations

from aligner.drift.signals import Finding


def covered_by(f: Finding, found: list[Finding], guessed: bool = False) -> bool:
    """Whether an earlier finding already points at these target words. ``guessed``: the
    clauses were matched by cognates alone (no MT, no e5), so a minor finding, a guess,
    covers nothing (session 31: "the of Bishkek" lay inside a guessed added clause)."""
    return any(
        overlaps(f.target_span, g.target_span)
        for g in found
        if not (guessed and g.severity == "minor")
    )


def add_unexplained(found: list[Finding], words: list[Finding], spans: list[Finding]) -> None:
    """Append to ``found`` the word readers' findings (``words``: a word removed or added
    where the translation is literal around it) and span_gain's (``spans``, e5 only) that
    no earlier finding explains: none at the same source words, none pointing at the same
    target words. An added clause reported only as minor (its words half found elsewhere)
    does not explain a word the word readers find added inside it, as :func:`absorb`
    keeps an added figure or name: "the most demanding [American] listeners" inside a
    clause the MT garbled (docs/drift.md, "Session 31 (drift36b)"). span_gain's findings
    keep the old rule (unmeasured with e5 on)."""
    for f, by_word in [(f, True) for f in words] + [(f, False) for f in spans]:
        overlap = any(overlaps(f.source_span, g.source_span) for g in found)
        said = [g for g in found if not _half_found(g)] if by_word else found
        if not overlap and not covered_by(f, said):
            found.append(f)


def _half_found(g: Finding) -> bool:
    return g.type == "addition" and g.severity == "minor"


def inside(span: tuple[int, int] | None, outer: tuple[int, int] | None) -> bool:
    return bool(span and outer and outer[0] <= span[0] and span[1] <= outer[1])


# Findings an added clause explains (a "without" in "without explaining how"); an added
# figure or name is still reported, as it is a fact of its own.
WORDING = ("negation", "modality", "intensity")
# Switched off only to measure what the rule does (bench runs).
MINOR_CLAUSE_KEEPS = True


def absorb(found: list[Finding], clauses: list[Finding], guessed: bool = False) -> list[Finding]:
    """Drop one-sided findings inside an omitted or added clause.

    A clause lost with a figure, a name or a "no" in it is one omission, not three
    findings: the figure or the "no" went missing because the clause did. An added
    clause reported only as minor (its words half found elsewhere) does not explain a
    critical "not" inside it: "… and teamwork did not set them apart" kept the flag.
    ``guessed``: the clauses were matched by cognates alone (no MT, no e5; issue 12),
    so a minor omitted clause does not explain a critical finding inside it either.
    Nor (session 32, drift37a) does a minor omitted clause explain a major or critical
    finding inside it when the clauses were read: a minor clause is one half found
    elsewhere ("Estando al elenco de Charest" → "According to Chen Yongzhou's list"),
    while the name, the figure or the "no" inside it is surely not rendered.
    """
    out = []
    for f in found:
        gone = any(
            (
                c.type == "omission"
                and f.target_span is None
                and inside(f.source_span, c.source_span)
                and not (guessed and f.severity == "critical" and c.severity == "minor")
                and not (MINOR_CLAUSE_KEEPS and c.severity == "minor" and f.severity != "minor")
            )
            or (
                c.type == "addition"
                and f.type in WORDING
                and f.source_span is None
                and inside(f.target_span, c.target_span)
                and not (f.severity == "critical" and c.severity == "minor")
            )
            for c in clauses
        )
        if not gone:
            out.append(f)
    return out


def overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return bool(a and b and a[0] < b[1] and b[0] < a[1])


def one_cause(found: list[Finding]) -> list[Finding]:
    """A flipped "no descartamos" is a negation drift, not also a modality one."""
    negations = [f for f in found if f.type == "negation"]
    return [
        f
        for f in found
        if f.type != "modality"
        or not any(
            overlaps(f.source_span, n.source_span) or overlaps(f.target_span, n.target_span)
            for n in negations
        )
    ]


def dedupe(found: list[Finding]) -> list[Finding]:
    """One finding per type and spans; one that points at nothing goes when another of
    its type points at words (two checks saw the same reversal)."""
    seen, out = set(), []
    placed = {f.type for f in found if f.source_span or f.target_span}
    for f in found:
        key = (f.type, f.source_span, f.target_span)
        if key not in seen and (f.source_span or f.target_span or f.type not in placed):
            seen.add(key)
            out.append(f)
    return out
