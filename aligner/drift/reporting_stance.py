"""How the report presents a statement: said plainly, as a claim, or as an admission
(docs/drift.md, "Session 34, lead").

Style guides for news warn about the verb that reports a statement: "claimed" and
"alleged" distance the reporter from it, "admitted" and "conceded" make it a concession
of something wrong. "El ministro dijo que el plan funcionará" → "The minister claimed the
plan would work" keeps every word of the claim and still changes how the reader takes it;
no other check reads the reporting verb's stance.

Read in English on both sides, the source through its literal MT (Apertium renders these
verbs one for one: "dijo" → "said", "reconoció" → "recognised", "alegó" → "alleged"), so
every language with an MT route is read alike. The translation's verb counts only where
it reports something: "that" or a clause with a finite verb after it, or a quotation just
before it ("the alleged killer", "the crash claimed the lives of" report nothing).
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.signals import Evidence, Finding, Side
from aligner.drift.text import Tok
from aligner.lang.en_cues import FINITE_AUXILIARIES
from aligner.textutil import quote

# Not "affirmed" ("afirmó") nor "ensured" ("aseguró"): they assert, and "claimed" may
# render them.
_PLAIN = frozenset(
    "said says told tells signalled signaled indicated explained added commented declared "
    "noted stated announced remarked observed stressed".split()
)
_CLAIM = frozenset("claimed claims alleged alleges purported".split())
_CONCEDED = frozenset(
    "admitted admits acknowledged acknowledges conceded concedes confessed confesses "
    "recognised recognized recognises recognizes".split()
)
# A commitment and a hint (session 35, lead): "prometió" → "hinted", "insinuó" →
# "promised". Against these only the verbs of plain saying count: "indicate" and
# "show" ("los estudios indican que") are "suggest" in ordinary English.
_PROMISED = frozenset(
    "promised promises pledged pledges vowed vows swore swears guaranteed guarantees "
    "guaranteeed".split()
)
_HINTED = frozenset(
    "hint hinted hints insinuated insinuates imply implied implies suggest suggested "
    "suggests".split()
)
# A statement made firm (session 37, lead): "insinuó" → "confirmed", "los datos sugieren"
# → "the data confirm", "aseguró" ("ensured that") → "suggested". Only against a hint:
# "dijo" → "confirmed" may render what the story had said before.
_FIRM = frozenset(
    "confirm confirms confirmed ensured ensures assured assures insisted insists".split()
)
_SAID = frozenset("said says told tells stated states declared declares".split())
_QUOTES = frozenset('"”’»')


def _reports(ws: Sequence[Tok], k: int, text: str) -> bool:
    """Whether the verb at ``k`` reports a statement: a quotation closes just before it,
    or "that" or a clause with a finite verb follows it."""
    before = text[max(0, ws[k].start - 40) : ws[k].start]  # '," the minister claimed'
    if any(q in before for q in _QUOTES) and len(before.split()) <= 6:
        return True
    after = [w.norm for w in ws[k + 1 : k + 8] if w.word]
    return bool(after) and (after[0] == "that" or any(a in FINITE_AUXILIARIES for a in after))


def _verbs(ws: Sequence[Tok], text: str | None, kind: frozenset[str]) -> list[Tok]:
    return [
        w for k, w in enumerate(ws) if w.norm in kind and (text is None or _reports(ws, k, text))
    ]


def check_stance(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """A statement reported as a claim or an admission where the source's literal MT
    reports it plainly (major), or an admission reported plainly (minor)."""
    if ev.mt is None or tgt.lang != "en" or not ev.mt.ws:
        return []
    mt = {name: _verbs(ev.mt.ws, None, kind) for name, kind in _KINDS}
    mine = {name: _verbs(tgt.ws, tgt.text, kind) for name, kind in _KINDS}
    if found := _commitment(mt, mine) or _not_said(ev.mt.ws, tgt):
        return found
    for name, how in (("claim", "as a claim"), ("conceded", "as an admission")):
        if mine[name] and not mt[name] and mt["plain"]:
            said, plain = mine[name][0], mt["plain"][0]
            message = (
                f"The translation reports the statement {how} ({quote(said.text)}) where the "
                f"source reports it plainly ({quote(plain.text)} in a literal translation)."
            )
            span = (said.start, said.end)
            return [Finding("modality", "major", 0.6, None, span, message, "drift.modality")]
    if mt["conceded"] and not mine["conceded"] and mine["plain"]:
        said, was = mine["plain"][0], mt["conceded"][0]
        message = (
            f"The source reports an admission ({quote(was.text)} in a literal translation); "
            f"the translation reports it plainly ({quote(said.text)})."
        )
        return [
            Finding(
                "modality", "minor", 0.5, None, (said.start, said.end), message, "drift.modality"
            )
        ]
    return []


_KINDS = (("plain", _PLAIN), ("claim", _CLAIM), ("conceded", _CONCEDED))


_KINDS += (("promised", _PROMISED), ("hinted", _HINTED), ("said", _SAID), ("firm", _FIRM))
_HOW = {"promised": "as a promise", "hinted": "as a hint", "said": "plainly", "firm": "as certain"}
# (the literal MT's stance, the translation's, severity): a hint made a statement or a
# promise, a promise or a statement made a hint, a statement made a promise; a promise
# reported plainly is minor ("prometió" → "said" keeps what was said).
_TURNS = (
    ("hinted", "said", "major"), ("hinted", "promised", "major"),
    ("promised", "hinted", "major"), ("said", "hinted", "major"),
    ("said", "promised", "major"), ("promised", "said", "minor"),
    ("hinted", "firm", "major"), ("firm", "hinted", "major"),
)  # fmt: skip


def _commitment(mt: dict[str, list[Tok]], mine: dict[str, list[Tok]]) -> list[Finding]:
    """A statement's commitment changed between the literal MT's reporting verb and the
    translation's (:data:`_TURNS`), each side with only the one stance."""
    for was, now, severity in _TURNS:
        if mt[was] and mine[now] and not mt[now] and not mine[was]:
            said, verb = mine[now][0], mt[was][0]
            message = (
                f"The translation reports the statement {_HOW[now]} ({quote(said.text)}) where "
                f"the source reports it {_HOW[was]} ({quote(verb.text)} in a literal translation)."
            )
            span = (said.start, said.end)
            return [Finding("modality", severity, 0.6, None, span, message, "drift.modality")]
    return []


# Saying nothing is not saying the opposite (session 35, lead): "no confirmó" → "denied",
# "no negó" → "confirmed". Forms of the verbs, by the stance they take.
_CONFIRMS = frozenset(
    "confirm confirms confirmed confirming admit admits admitted admitting acknowledge "
    "acknowledges acknowledged acknowledging".split()
)
_DENIES = frozenset("deny denies denied denying".split())
_NOT = frozenset(("not", "n't", "never"))


def _negated(ws: Sequence[Tok], kind: frozenset[str]) -> Tok | None:
    """A verb of ``kind`` with "not" or "never" at most three words before it ("did not
    want to confirm")."""
    for k, w in enumerate(ws):
        if w.norm in kind and any(t.norm in _NOT for t in ws[max(0, k - 3) : k]):
            return w
    return None


def _not_said(mt_ws: Sequence[Tok], tgt: Side) -> list[Finding]:
    """The literal MT declines to confirm or deny, the translation denies or confirms."""
    for kind, opposite in ((_CONFIRMS, _DENIES), (_DENIES, _CONFIRMS)):
        was = _negated(mt_ws, kind)
        now = next((w for w in tgt.ws if w.norm in opposite), None)
        if was is None or now is None or _negated(tgt.ws, opposite) or _negated(tgt.ws, kind):
            continue
        message = (
            f"The source says the speaker did not {quote(was.text)} (in a literal translation);"
            f" the translation says {quote(now.text)}: declining to say is not saying the opposite."
        )
        span = (now.start, now.end)
        return [Finding("modality", "major", 0.6, None, span, message, "drift.modality")]
    return []
