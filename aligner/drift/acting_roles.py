"""Who did it, by role, where no statement is reported (session 38, lead): "Un portavoz
del club confirmó el fichaje" → "The club's president confirmed the signing", "La
portavoz de la empresa negó los despidos" → "The company's chief executive denied the
layoffs".

A verb of stance or announcement with an object ("confirmó el fichaje", "negó los
despidos", "anunció su dimisión") credits a fact to its subject as surely as "dijo que"
does, but the statement finder (:mod:`aligner.statements`) reads reported speech, a
clause after "que"/"that" or a quotation, so these sentences have no speaker and the
speaker checks never compare them. A spokesperson made the president, or a judge the
prosecutor, moves the claim to someone else.

So where neither side has a speaker of its own, the words before each side's first verb
of this kind are read for role nouns (:func:`aligner.drift.speakers.role_classes`, the
table the speaker checks use), and two sides whose roles do not meet
(the speaker checks' test of a clash: a president is a head of state, a generic
"official" contradicts nothing) are reported as a critical ``speaker`` finding. French
and Italian sources are read through their pivot's Spanish.
"""

from __future__ import annotations

from aligner.drift.pivot_reading import own_or_pivot
from aligner.drift.signals import Evidence, Finding, Side
from aligner.drift.speakers import _roles_clash, role_classes
from aligner.drift.text import Tok
from aligner.textutil import quote

# Verbs of stance or announcement, past and present, singular and plural: the forms
# news uses for a subject's act ("confirmó", "confirman"; "confirmed", "confirms").
_ES_STEMS = (
    "confirm neg desmint anunci reconoc admit defend critic denunci rechaz justific "
    "celebr lament exig reclam advirt advier revel desvel explic detall"
).split()
_ES_ENDINGS = ("ó", "aron", "ieron", "a", "an", "e", "en", "ió", "ía", "ían")
_ES_IRREGULAR = frozenset("negó negaron niega niegan desmintió desmintieron advirtió".split())
_EN_ACTS = frozenset(
    (
        "confirmed confirms denied denies announced announces acknowledged acknowledges "
        "admitted admits defended defends criticised criticized criticises criticizes "
        "condemned condemns rejected rejects justified justifies welcomed welcomes "
        "regretted regrets demanded demands warned warns revealed reveals disclosed "
        "discloses explained explains detailed details"
    ).split()
)
_MAX_SUBJECT = 10  # words before the verb read as its subject


def _is_act(tok: Tok, lang: str) -> bool:
    if not tok.text[:1].islower():
        return False
    if lang == "en":
        return tok.norm in _EN_ACTS
    if tok.norm in _ES_IRREGULAR:
        return True
    return any(
        tok.norm.startswith(stem) and tok.norm[len(stem) :] in _ES_ENDINGS for stem in _ES_STEMS
    )


def _subject(ws: list[Tok], text: str, lang: str) -> str:
    """The words before the side's first verb of stance, when it comes early enough to
    follow its subject ("" otherwise)."""
    for k, tok in enumerate(ws[: _MAX_SUBJECT + 1]):
        if _is_act(tok, lang):
            return text[ws[0].start : ws[k - 1].end] if k else ""
    return ""


def check_acting_roles(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """A subject's role before a verb of stance said as another role (critical
    ``speaker``), where neither side reports a statement of its own."""
    if src.voices or tgt.voices or tgt.lang != "en":
        return []
    read = own_or_pivot(src, ev, ("es",))
    if read is None or not tgt.ws:
        return []
    s_ws, s_lang, own = read
    s_text = src.text if own else (ev.mt.pivot if ev.mt else "")
    if not s_ws:
        return []
    was, now = _subject(s_ws, s_text, s_lang), _subject(list(tgt.ws), tgt.text, "en")
    if not was or not now:
        return []
    if not _roles_clash(role_classes(was, s_lang), role_classes(now, "en")):
        return []
    message = (
        f"The source credits this to {quote(was)}, the translation to {quote(now)} "
        "(a different role)."
    )
    span = (s_ws[0].start, s_ws[0].start + len(was)) if own else None
    target = (tgt.ws[0].start, tgt.ws[0].start + len(now))
    return [Finding("speaker", "critical", 0.7, span, target, message, "drift.speaker")]
