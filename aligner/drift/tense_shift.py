"""A done thing reported as one to come, or the reverse: "El Gobierno aprobó la reforma"
→ "The government will approve the reform", "aprobará" → "approved" (session 35, lead).

A news report's facts carry their time: what a government did and what it will do are
different claims. Translators shift tense often ("ha aprobado" → "approved", a historic
present made past, "dijo que aprobará" → "said it would approve"), so only the two ends
are read: the same verb in the past on one side and after "will" / "shall" on the other.
Read in English on both sides, the source through its literal MT (Apertium keeps tense:
"aprobó" → "approved", "aprobará" → "will approve"), so every language with an MT route
is read alike. "Would" is left alone (reported speech, conditionals).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from aligner.drift.person_gender import WORDNET
from aligner.drift.signals import Evidence, Finding, Side
from aligner.drift.synonyms import bases
from aligner.drift.text import Tok
from aligner.textutil import quote

_WILL = frozenset(("will", "'ll", "shall"))
# Before a past participle these make it no past event: a passive or a future perfect
# ("will be approved", "is approved", "to be approved").
_NOT_PAST_BEFORE = frozenset(
    "will 'll shall would to be been being is are am 's can could may might must should".split()
)
_BETWEEN = frozenset(("not", "also", "now", "then", "soon", "still", "likely", "probably", "be"))


def _future(ws: Sequence[Tok]) -> dict[str, Tok]:
    """The base verbs after "will" / "shall" (an adverb or "be" between allowed), each with
    the words that say it ("will approve", "will … approved")."""
    out: dict[str, Tok] = {}
    for k, w in enumerate(ws):
        if w.norm not in _WILL:
            continue
        for j in range(k + 1, min(k + 4, len(ws))):
            t = ws[j]
            if not t.word:
                break
            if t.norm in _BETWEEN:
                continue
            gap = " … " if j > k + 1 else " "
            said = replace(w, text=f"{w.text}{gap}{t.text}", end=t.end)
            out.setdefault(t.norm, said)
            # "will be approved": the participle's verb is to come too
            for base in _past_bases(t.norm):
                out.setdefault(base, said)
            break
    return out


@cache
def _irregular_past() -> dict[str, str]:
    """WordNet's irregular verb forms that are not "-ing" ("held" → "hold", "went" →
    "go"), from Debian's WordNet files as :mod:`aligner.drift.person_gender` reads them."""
    out: dict[str, str] = {}
    try:
        with open(os.path.join(WORDNET, "verb.exc"), encoding="utf-8") as fh:
            for line in fh:
                form, base, *_ = line.split() + [""]
                if base and form != base and not form.endswith("ing") and "_" not in form:
                    out.setdefault(form, base)
    except OSError:
        return {}
    return out


def _past_bases(word: str) -> set[str]:
    """The verbs ``word`` is the past form of ("approved" → "approve", "held" → "hold")."""
    if word in _irregular_past():
        return {_irregular_past()[word]}
    if not word.endswith("ed"):
        return set()
    return {b for b in bases(word) if b != word}


def _past(ws: Sequence[Tok]) -> dict[str, Tok]:
    out: dict[str, Tok] = {}
    for k, w in enumerate(ws):
        if not w.word or w.cap:
            continue
        before = {t.norm for t in ws[max(0, k - 2) : k]}
        if before & _NOT_PAST_BEFORE:
            continue
        for b in _past_bases(w.norm):
            out.setdefault(b, w)
    return out


def check_tense(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """The same verb in the past on one side and after "will" on the other (major)."""
    if ev.mt is None or tgt.lang != "en" or not ev.mt.ws:
        return []
    mt_past, mt_future = _past(ev.mt.ws), _future(ev.mt.ws)
    my_past, my_future = _past(tgt.ws), _future(tgt.ws)
    for was, now, said in ((mt_past, my_future, "to come"), (mt_future, my_past, "done")):
        other = mt_future if said == "to come" else mt_past
        mine = my_past if said == "to come" else my_future
        for verb in was:
            if verb in now and verb not in other and verb not in mine:
                word = now[verb]
                then = "done" if said == "to come" else "to come"
                message = (
                    f"The translation reports «{verb}» as {said} ({quote(word.text)}) where a "
                    f"literal translation of the source has it {then} ({quote(was[verb].text)})."
                )
                span = (word.start, word.end)
                return [Finding("modality", "major", 0.55, None, span, message, "drift.modality")]
    return []
