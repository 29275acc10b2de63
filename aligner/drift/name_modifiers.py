"""A name's leading adjective cut from the translation: "the Federal Aviation
Administration" → "the Aviation Administration", "American Horror Story" → "Horror
Story", "the United States of America" → "the States of America" (docs/drift.md,
"Session 20 (drift25a)").

The word checks read a name as one unit (Apertium tags it a proper noun, the entity
check compares whole names), so a name that loses its first word and keeps the rest
word for word is found by neither. A translator shortens a person to the surname, or a
long title to its acronym, but does not drop the adjective that opens an
institution's, a work's or a country's name while keeping its other words: what is
left names something else ("Aviation Administration", "the States").

Reported (an omission, major) when all of these hold:

* the source, or the literal MT of the source, has a run of two or more capitalised
  words, not at the start of its sentence (a name, not a capitalised first word); an
  MT run counts only when the source has as many capitalised words inside its
  sentences ("a finales de febrero" is no name);
* its first word(s) are English adjectives in WordNet ("federal", "american", "new",
  "black", "national") that are not function words, and the translation has them in
  no form (no word that is, or shares a stem with, each of them: "Iranian" and "Iran's"
  are one word here);
* the run's other words stand in the translation as written, capitalised, in the same
  order, after a word that is not capitalised (not another name's: "Little Britain");
* the shortened name is not a WordNet synonym of the whole ("Great Britain" →
  "Britain").

English translations only; no MT needed (a name kept as written in the source is
enough), so it runs on every route, pivot and none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aligner.drift.lexical_diff import synonyms, wordnet_parts
from aligner.drift.signals import Evidence, Finding, Side, removed_word
from aligner.drift.text import cognate, fold
from aligner.lang import profile
from aligner.textutil import quote

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+|\S")
_OPENING_MARKS = frozenset("\"'«“”‘’([")
_SENTENCE_ENDS = frozenset(".!?:")
# English's function words that WordNet also lists as adjectives ("in", "out", "all");
# "new" and "first" are in the stop list but open names ("New Faces", "First Lady").
_NOT_MODIFIERS = profile("en").stopwords - {"new", "first"}


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class CutName:
    """The name's dropped first words and the words the translation kept."""

    dropped: tuple[Token, ...]  # in the source, or in the MT when ``in_source`` is False
    kept: tuple[Token, ...]  # in the translation
    in_source: bool


def tokens(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def sentence_initial(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` opens a sentence (opening quotes and brackets skipped)."""
    k -= 1
    while k >= 0 and toks[k].text in _OPENING_MARKS:
        k -= 1
    return k < 0 or toks[k].text in _SENTENCE_ENDS


def _capital(t: Token) -> bool:
    return t.text[:1].isupper() and t.text[:1].isalpha()


def capitalised_runs(toks: list[Token]) -> list[list[int]]:
    """Runs of two or more capitalised words (token indices), not opening a sentence."""
    out: list[list[int]] = []
    run: list[int] = []
    for k, t in enumerate([*toks, Token("", -1, -1)]):
        if k < len(toks) and _capital(t):
            run.append(k)
            continue
        if len(run) >= 2 and not sentence_initial(toks, run[0]):
            out.append(run)
        run = []
    return out


def _modifier(word: str) -> bool:
    w = fold(word)
    return w not in _NOT_MODIFIERS and "adj" in wordnet_parts(w)


def _kept_at(tgt: list[Token], kept: list[str]) -> int:
    """Where the translation has ``kept`` word for word after a lower-case word, or -1."""
    n = len(kept)
    for j in range(1, len(tgt) - n + 1):
        if [t.text for t in tgt[j : j + n]] == kept and not _capital(tgt[j - 1]):
            return j
    return -1


def cut_name(src: str, tgt: str, mt: str | None = None) -> CutName | None:
    """The first name of the source (then of its MT) whose leading adjective(s) the
    translation drops while keeping the rest, or None."""
    tgt_toks = tokens(tgt)
    tgt_folds = [fold(t.text) for t in tgt_toks if t.text[:1].isalnum()]
    src_toks = tokens(src)
    capitals = sum(
        1 for k, t in enumerate(src_toks) if _capital(t) and not sentence_initial(src_toks, k)
    )
    for text, in_source in ((src, True), (mt or "", False)):
        toks = src_toks if in_source else tokens(text)
        for run in capitalised_runs(toks):
            if not in_source and capitals < len(run):
                continue
            words = [toks[k].text for k in run]
            for n in range(1, len(run)):
                head, rest = words[:n], words[n:]
                if not all(_modifier(h) for h in head):
                    break
                if any(fold(h) == t or cognate(fold(h), t) for h in head for t in tgt_folds):
                    break
                if synonyms(fold(" ".join(words)), fold(" ".join(rest))):
                    continue
                j = _kept_at(tgt_toks, rest)
                if j >= 0:
                    return CutName(
                        tuple(toks[k] for k in run[:n]),
                        tuple(tgt_toks[j : j + len(rest)]),
                        in_source,
                    )
    return None


def check_name_modifier(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """An omission (major) at a name whose leading adjective the translation drops."""
    if tgt.lang[:2] != "en" or src.lang[:2] == "en":
        return []
    found = cut_name(src.text, tgt.text, ev.mt.text if ev.mt is not None else None)
    if found is None:
        return []
    dropped = " ".join(t.text for t in found.dropped)
    kept = " ".join(t.text for t in found.kept)
    src_span = (found.dropped[0].start, found.dropped[-1].end) if found.in_source else None
    return [
        removed_word(
            src_span,
            (found.kept[0].start, found.kept[-1].end),
            f"The name {quote(dropped + ' ' + kept)} has lost {quote(dropped)} in the "
            f"translation, which keeps {quote(kept)} alone: a word of the name seems to "
            "have been left out.",
        )
    ]
