"""An unnamed source made the body itself, or the reverse (session 39, lead): "Según
fuentes policiales, el detenido tiene antecedentes" → "Police confirmed that the
detainee has a record"; "El Gobierno aseguró que…" → "Government sources said…".

News separates what an institution states on the record from what people inside it say
without their names ("fuentes del Ministerio", "a police source"): the first is the
body's claim, the second a report a reader weighs differently. The speaker checks read
"fuentes policiales" and "police" as the same group, rightly for who spoke, so the
change of standing went unreported.

So where one side credits a claim to sources (the word "fuentes" or "sources" next to
"según"/"according to" or within a few words of a verb of saying) and the other side
credits it too, but with no word of anonymity at all ("source", "official", "unnamed",
"insider"…), the pair is reported as a major ``speaker`` finding. French, Italian and
Portuguese sources are read through their pivot's Spanish.
"""

from __future__ import annotations

from functools import cache

from aligner.drift.pivot_reading import own_or_pivot
from aligner.drift.signals import Evidence, Finding, Side
from aligner.drift.speakers import _role_table
from aligner.drift.text import Tok
from aligner.lang import profile
from aligner.textutil import fold_accents, quote

_SOURCES = {"es": frozenset({"fuente", "fuentes"}), "en": frozenset({"source", "sources"})}
# Words that keep a claim unattributed to the body itself: a translation that says any of
# them ("officials said", "an insider", "speaking on condition of anonymity") keeps it so.
_ANONYMOUS = {
    "es": frozenset(
        "fuente fuentes anonimo anonima anonimos anonimas anonimato identificado identificada "
        "identificarse allegados allegado".split()
    ),
    "en": frozenset(
        "source sources official officials anonymous anonymity unnamed unidentified insider "
        "insiders familiar close aide aides".split()
    ),
}
# The words before sources that credit a claim to them: "según fuentes", "citando fuentes".
_CREDITING = {
    "es": frozenset("segun citando cito citaron cita citan".split()),
    "en": frozenset("according citing cited quoting quoted".split()),
}
_DETERMINERS = frozenset("las los una unas un the a an".split())
_REACH = 6  # words between "sources" and its verb of saying
_MARKS = set(',;:.!?()«»"“”—')


@cache
def _saying(lang: str) -> frozenset[str]:
    return frozenset(fold_accents(v.lower()) for v in profile(lang).reporting_verbs)


def _credits_sources(ws: list[Tok], text: str, lang: str) -> Tok | None:
    """The word "sources" where the side credits a claim to them, else None."""
    for k, tok in enumerate(ws):
        if tok.fold not in _SOURCES[lang] or (tok.cap and not tok.initial):
            continue  # "el alcalde, Rodrigo Fuentes, aseguró": a surname
        before = [t.fold for t in ws[max(0, k - 2) : k]]
        if before and before[-1] in _DETERMINERS:
            before = before[:-1]
        if before and before[-1] in _CREDITING[lang]:
            return tok
        # Its own verb: after it ("fuentes del Gobierno aseguraron") or just before it
        # ("aseguraron fuentes"), with no "que" between: in "dijo que se necesitan
        # nuevas fuentes" the sources are of energy.
        after = _until_clause(ws[k + 1 : k + 1 + _REACH], text, tok.end)
        ahead = _until_clause(ws[max(0, k - 3) : k][::-1], text, tok.start)
        if any(t.fold in _saying(lang) for t in after + ahead):
            return tok
    return None


def _until_clause(ws: list[Tok], text: str, at: int) -> list[Tok]:
    """The words from offset ``at`` (in either direction: ``ws`` in reading order from
    it) up to the first "que"/"that" or mark of a clause."""
    out = []
    for t in ws:
        between = text[at : t.start] if t.start >= at else text[t.end : at]
        if t.fold in ("que", "that") or not t.word or any(c in _MARKS for c in between):
            break
        out.append(t)
        at = t.end if t.start >= at else t.start
    return out


def _phrase(tok: Tok, ws: list[Tok], text: str) -> str:
    """ "fuentes" with what says whose they are ("fuentes policiales", "fuentes del
    Gobierno"), up to three words and the first comma or verb of saying."""
    end = tok.end
    k = ws.index(tok)
    for nxt in ws[k + 1 : k + 4]:
        if nxt.fold in _saying("es") or nxt.fold in _saying("en") or nxt.fold == "que":
            break
        if any(c in ",;:.()" for c in text[end : nxt.start]):
            break
        end = nxt.end
    return text[tok.start : end]


def _unnamed(ws: list[Tok]) -> bool:
    """Words that keep an English claim off the record: "sources", "officials", or people
    in the plural by their role ("Diplomats said", "Investigators said": the sources said
    plainly), not a body ("Police said", "the ministry said", "Authorities said")."""
    for t in ws:
        if t.fold in _ANONYMOUS["en"]:
            return True
        if t.fold.endswith("s") and len(t.fold) > 3:
            classes = next((c for k, c in _role_table("en") if k == (t.fold,)), frozenset())
            if classes - {"institution"}:  # "Authorities said" is the state's word
                return True
    return False


def _credits_anyone(ws: list[Tok], lang: str) -> bool:
    """A claim credited to someone: a verb of saying, or "según"/"according to"."""
    return any(t.fold in _saying(lang) or t.fold in _CREDITING[lang] for t in ws)


def check_anonymous_sources(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """Unnamed sources made the body itself, or the body made unnamed sources (major
    ``speaker``)."""
    if tgt.lang != "en":
        return []
    read = own_or_pivot(src, ev, ("es",))
    if read is None:
        return []
    s_ws, s_lang, own = read
    t_ws = list(tgt.ws)
    s_text = src.text if own else (ev.mt.pivot if ev.mt else "")
    was = _credits_sources(s_ws, s_text, s_lang)
    if was is not None:
        if _unnamed(t_ws) or not _credits_anyone(t_ws, "en"):
            return []
        message = (
            f"The source credits this to unnamed sources ({quote(_phrase(was, s_ws, s_text))}); "
            "the translation names no source and credits it to the body itself: an "
            "anonymous claim made an official statement."
        )
        span = (was.start, was.end) if own else None
        return [Finding("speaker", "major", 0.6, span, None, message, "drift.speaker")]
    now = _credits_sources(t_ws, tgt.text, "en")
    if now is None or any(t.fold in _ANONYMOUS[s_lang] for t in s_ws):
        return []
    if not _credits_anyone(s_ws, s_lang):
        return []
    message = (
        f"The translation credits this to unnamed sources ({quote(tgt.text[now.start : now.end])}) "
        "where the source credits it to a named body or person: an official statement made "
        "an anonymous claim."
    )
    target = (now.start, now.end)
    return [Finding("speaker", "major", 0.6, None, target, message, "drift.speaker")]
