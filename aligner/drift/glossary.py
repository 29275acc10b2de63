"""Acronyms an input renders the same way throughout: a term's rendering, not a swap.

A source acronym that the translation answers with another ("MG" → "GPs", "IVRI" →
"LRTI": one term's initials in each language) reads, pair by pair, as a name swapped,
dropped or added: the MT leaves both alone, and their letters have nothing in common.
Nothing in one pair tells it from a real swap ("la OTAN" → "the CIA"). Across the pairs
of one input it shows: a term comes back, and its rendering with it. An acronym pairing
seen in two sentences or more (counted by distinct source *and* distinct translation
texts, so that the twins of one sentence, which share one side, count once), each
acronym the other's most frequent partner, is read as a glossary entry; the entity
findings it explains drop to minor, with the pairing named in the message.

A swap made once ("Obama" → "Bush" in one sentence) never forms an entry; nor does a
pairing the MT already knows ("OTAN"/"NATO", "USI"/"ICU" are matched upstream).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from aligner.drift.acronyms import acronym_key, same_acronym, translated_acronym
from aligner.drift.signals import Finding, Side, quote

# Distinct sentences (source texts and translation texts alike) a pairing must be seen in.
MIN_SENTENCES = 2


def _acronyms(side: Side) -> dict[str, str]:
    """The side's acronyms (words with two capitals or more, as
    :func:`aligner.drift.acronyms.acronyms_of` reads them) by key, each as written."""
    out = {acronym_key(e.text): e.text for e in side.entities if e.acronym}
    for t in side.ws:
        if sum(c.isupper() for c in t.text) >= 2:
            out.setdefault(acronym_key(t.text), t.text)
    return out


def learn(sides: Sequence[tuple[Side, Side]]) -> dict[str, tuple[str, int]]:
    """Source acronym key → (translation acronym key, sentences seen in), for pairings
    that recur: each side's acronyms the other side lacks, paired every way within a
    pair; an entry needs :data:`MIN_SENTENCES` and to be each one's unique best partner."""
    seen: dict[tuple[str, str], tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for src, tgt in sides:
        a_keys, b_keys = _acronyms(src), _acronyms(tgt)
        for a in a_keys.keys() - b_keys.keys():
            for b in b_keys.keys() - a_keys.keys():
                if same_acronym(a, b) or translated_acronym(a, b):
                    continue  # matched upstream: no glossary needed
                srcs, tgts = seen[(a, b)]
                srcs.add(src.text)
                tgts.add(tgt.text)
    count = {pair: min(len(s), len(t)) for pair, (s, t) in seen.items()}
    by_a: dict[str, list[int]] = defaultdict(list)
    by_b: dict[str, list[int]] = defaultdict(list)
    for (a, b), n in count.items():
        by_a[a].append(n)
        by_b[b].append(n)

    def unique_best(n: int, rivals: list[int]) -> bool:
        return n == max(rivals) and rivals.count(n) == 1

    return {
        a: (b, n)
        for (a, b), n in count.items()
        if n >= MIN_SENTENCES and unique_best(n, by_a[a]) and unique_best(n, by_b[b])
    }


def _named(text: str, span: tuple[int, int] | None) -> str | None:
    return acronym_key(text[span[0] : span[1]]) if span else None


def excused(finding: Finding, src: Side, tgt: Side, entries: dict[str, tuple[str, int]]):
    """The glossary entry (source text, translation text, sentences) that explains an
    entity finding at ≥ major, or None."""
    if finding.check != "drift.entity" or finding.severity == "minor":
        return None
    a_keys, b_keys = _acronyms(src), _acronyms(tgt)
    a = _named(src.text, finding.source_span)
    b = _named(tgt.text, finding.target_span)
    candidates = [a] if a is not None else list(a_keys)
    for key in candidates:
        if key not in a_keys or key not in entries:
            continue
        partner, n = entries[key]
        if (b is None and partner in b_keys) or b == partner:
            return a_keys[key], b_keys[partner], n
    return None


def apply(pairs: Sequence[tuple[Side, Side, list[Finding]]]) -> list[list[Finding]]:
    """Each pair's findings with those a recurring acronym pairing explains made minor."""
    entries = learn([(s, t) for s, t, _ in pairs])
    out = []
    for src, tgt, found in pairs:
        kept = []
        for f in found:
            why = excused(f, src, tgt, entries) if entries else None
            if why is not None:
                a, b, n = why
                f = replace(
                    f,
                    severity="minor",
                    message=f"{f.message} The input renders {quote(a)} as {quote(b)} in "
                    f"{n} sentences: a term's rendering, not a swap.",
                )
            kept.append(f)
        out.append(kept)
    return out
