"""A vote's margin or the way a vote was cast said as another (session 37, lead):
"aprobó la ley por unanimidad" → "approved the law by a narrow margin", "por la mínima"
→ "by a wide majority". How a
vote was carried is the fact a report on a parliament, a court or a board gives, and no
other reader sees it: the words are no opposites of one another word for word
("unanimously" and "narrowly" share no antonym), and both sides say a vote was won.

Each side is read in its own language against a closed table of the ways news says a
margin: unanimous (nobody against), wide, narrow. A French or Italian source is read
through its Spanish pivot. A pair is reported only when each side says exactly one kind
of margin and the kinds differ, so a sentence that gives two votes ("por unanimidad en
comisión y por la mínima en el pleno") is left alone. Narrow against wide or unanimous
is a different outcome (critical); unanimous against wide says some voted against
(major).

The way a vote was cast is read the same way: for ("votó a favor", "voted for", "in
favour"), against ("votó en contra", "voted against") and abstained ("se abstuvo",
"abstención", "abstained"). For against against is a polarity the negation readers
report already; an abstention said as either, or either as an abstention ("Brasil se
abstuvo" → "Brazil voted in favour"), was read by nothing. Reported (critical,
``meaning``) only where one side abstains and the other casts a vote.
"""

from __future__ import annotations

from aligner.drift.pivot_reading import own_or_pivot
from aligner.drift.signals import Evidence, Finding, Side
from aligner.drift.text import Cue, Tok, find_cues, labelled
from aligner.textutil import quote

UNANIMOUS, WIDE, NARROW = "unanimous", "wide", "narrow"

_ES_WIDE_WORDS = "amplia abrumadora holgada aplastante gran amplio holgado"
_ES_NARROW_WORDS = "estrecha estrecho escaso escasa mínimo mínima ajustado ajustada"
_PT_WIDE_WORDS = "ampla larga esmagadora folgada grande amplo largo"
_PT_NARROW_WORDS = "estreita estreito escassa escasso mínima mínimo apertada apertado"
_EN_WIDE_WORDS = "wide large broad big huge comfortable overwhelming sweeping landslide"
_EN_NARROW_WORDS = "narrow slim thin razor-thin slender small tiny wafer-thin"


def _around(lead: str, adjectives: str, nouns: str) -> list[str]:
    """ "por amplia mayoría", "por una amplia mayoría", "por mayoría amplia"."""
    out = []
    for adjective in adjectives.split():
        for noun in nouns.split():
            for article in ("", "una ", "un ", "a ", "an ", "uma ", "um "):
                out += [
                    f"{lead} {article}{adjective} {noun}",
                    f"{lead} {article}{noun} {adjective}",
                ]
    return out


_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "es": labelled(
        [
            "por unanimidad",
            "unánime",
            "unánimes",
            "unánimemente",
            "sin votos en contra",
            "sin ningún voto en contra",
        ],
        UNANIMOUS,
    )
    + labelled(_around("por", _ES_WIDE_WORDS, "mayoría margen diferencia"), WIDE)
    + labelled(["con holgura", "holgadamente"], WIDE)
    + labelled(
        _around("por", _ES_NARROW_WORDS, "mayoría margen diferencia")
        + ["por la mínima", "por los pelos", "por un voto", "por un solo voto"],
        NARROW,
    ),
    "pt": labelled(
        ["por unanimidade", "unânime", "unânimes", "unanimemente", "sem votos contra"],
        UNANIMOUS,
    )
    + labelled(_around("por", _PT_WIDE_WORDS, "maioria margem diferença"), WIDE)
    + labelled(
        _around("por", _PT_NARROW_WORDS, "maioria margem diferença")
        + ["por um voto", "por um único voto"],
        NARROW,
    ),
    "en": labelled(
        [
            "unanimously",
            "unanimous",
            "unanimity",
            "without opposition",
            "without a vote against",
            "without a single vote against",
            "with no votes against",
        ],
        UNANIMOUS,
    )
    + labelled(
        _around("by", _EN_WIDE_WORDS, "majority margin")
        + ["overwhelmingly", "by a landslide", "in a landslide"],
        WIDE,
    )
    + labelled(
        _around("by", _EN_NARROW_WORDS, "majority margin")
        + [
            "narrowly",
            "by one vote",
            "by a single vote",
            "by a whisker",
            "by the narrowest of margins",
            "by the slimmest of margins",
        ],
        NARROW,
    ),
}


FOR, AGAINST, ABSTAINED = "for", "against", "abstained"
_CAST: dict[str, tuple[tuple[str, str], ...]] = {
    "es": labelled(["vot* a favor", "vot* sí"], FOR)
    + labelled(["vot* en contra", "vot* no"], AGAINST)
    + labelled(
        [
            "se abstuv*",
            "se abstien*",
            "se abstendr*",
            "abstención",
            "abstenciones",
            "abstenerse",
            "abstenerme",
            "abstenernos",
        ],
        ABSTAINED,
    ),
    "pt": labelled(["vot* a favor", "vot* sim"], FOR)
    + labelled(["vot* contra", "vot* não"], AGAINST)
    + labelled(
        [
            "se absteve",
            "se abstiveram",
            "absteve-se",
            "abstiveram-se",
            "abstenção",
            "abstenções",
            "abster-se",
        ],
        ABSTAINED,
    ),
    "en": labelled(["vot* for", "vot* in favour", "vot* in favor", "vot* yes"], FOR)
    + labelled(["vot* against", "vot* no"], AGAINST)
    + labelled(["abstain*", "abstention", "abstentions"], ABSTAINED),
}
_SAID = {UNANIMOUS: "unanimously", WIDE: "by a wide margin", NARROW: "by a narrow margin"}


def margins(ws: list[Tok], lang: str) -> list[Cue]:
    """The vote margins ``ws`` states, in order (label: unanimous, wide or narrow)."""
    table = _TABLES.get(lang)
    return find_cues(ws, table) if table else []


def check_vote_margins(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """A vote carried unanimously, widely or narrowly said as another margin; an
    abstention said as a vote cast, or the reverse."""
    read = own_or_pivot(src, ev, _TABLES)
    if read is None or tgt.lang not in _TABLES:
        return []
    s_ws, s_lang, own = read
    s_text = src.text if own else (ev.mt.pivot if ev.mt else "")
    margin = _one_each(margins(s_ws, s_lang), margins(list(tgt.ws), tgt.lang))
    if margin and margin[0].label != margin[1].label:
        labels = {margin[0].label, margin[1].label}
        severity = "major" if labels == {UNANIMOUS, WIDE} else "critical"
        note = " A unanimous vote had nobody against it; a wide majority had some."
        return _finding(margin, s_text, tgt.text, own, "intensity", severity, _SAID,
                        "The source says the vote was carried", "a different outcome.",
                        note * (severity == "major"))  # fmt: skip
    cast = _one_each(find_cues(s_ws, _CAST[s_lang]), find_cues(list(tgt.ws), _CAST[tgt.lang]))
    if cast and ABSTAINED in {cast[0].label} ^ {cast[1].label}:
        return _finding(cast, s_text, tgt.text, own, "meaning", "critical", _HOW_CAST,
                        "The source says the vote was", "another vote.")  # fmt: skip
    return []


def _one_each(was: list[Cue], now: list[Cue]) -> tuple[Cue, Cue] | None:
    """The first cue of each side when each side says one kind only."""
    if len({c.label for c in was}) != 1 or len({c.label for c in now}) != 1:
        return None
    return was[0], now[0]


def _finding(
    pair: tuple[Cue, Cue],
    s_text: str,
    t_text: str,
    own: bool,
    kind: str,
    severity: str,
    how: dict[str, str],
    opening: str,
    closing: str,
    note: str = "",
) -> list[Finding]:
    was, now = pair
    said, put = s_text[was.char_start : was.char_end], t_text[now.char_start : now.char_end]
    message = (
        f"{opening} {how[was.label]} ({quote(said)}), the translation {how[now.label]} "
        f"({quote(put)}): {closing}{note}"
    )
    span = (was.char_start, was.char_end) if own else None
    target = (now.char_start, now.char_end)
    return [Finding(kind, severity, 0.75, span, target, message, f"drift.{kind}")]


_HOW_CAST = {FOR: "cast for", AGAINST: "cast against", ABSTAINED: "an abstention"}
