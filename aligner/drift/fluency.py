"""A translation broken where a word was left out: a determiner without its noun, a
preposition without its object where a source name went missing.

"signed a that prohibits", "since the of the school year", "take the to the court":
an English article or possessive followed straight by a preposition, a conjunction or
closing punctuation has lost the noun it announced. Nothing in a faithful translation
reads like that (none of the faithful pairs of DEMETR fr / it, ContraTICO or
corpora/drift do, docs/drift.md, "Session 9"), so the break itself is the evidence of
an omission, whatever the source says. Pure Python on the tokens: no MT, no tagger.
English targets only (the word lists are English).

A preposition followed straight by another preposition, a conjunction, an auxiliary or
punctuation ("issued by of Illinois", "in and Calvados", "walking in has been") is the
same break after a name was deleted; but English strands prepositions and particles
("priced in.", "sneeze at,", "got in by"), so alone it proves nothing. It is reported
only with a second, independent sign: a name of the source that nothing in the
translation renders (:func:`aligner.drift.names.lost_names`), which alone is not
reported when it has an article ("la Turchia", "el Morbihan": it may be rendered by a
description). docs/drift.md, "Session 10".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from aligner.drift import adjective_lists, cut_nouns, determiner_verbs, stranded_adjectives
from aligner.drift.name_cuts import partly_lost
from aligner.drift.names import lost_names
from aligner.drift.pos_fluency import Tagged
from aligner.drift.signals import Evidence, Finding, Side
from aligner.drift.stranded import stranded
from aligner.drift.text import Tok
from aligner.drift.torn import first_tear
from aligner.textutil import quote

# Words that announce a noun and never stand alone ("his", "her", "this", "that" do).
_ANNOUNCE = frozenset("the a an their its our your my".split())
# Words that cannot follow such a word in a noun phrase.
_BREAK = frozenset(
    """of to in on at for from with by as into onto about than
    and or but nor that which who whom whose is are was were has have had will would
    can could should may might must""".split()
) | frozenset(",.;:!?)")


# Prepositions that take an object; "on", "to", "with", "than", "between" are left out
# (particles and comparisons: "passed on to", "with and without", "in between.").
_PREPOSITIONS = frozenset(
    "of by from at into in during among through via despite onto within".split()
)
# What cannot start the object: a preposition, a conjunction, an auxiliary, punctuation
# (not ":", which opens a list or a link: "found at: https://...").
_NO_OBJECT = frozenset(
    """of in on at for from by into and or but nor is are was were has have had will would
    can could should might must""".split()
) | frozenset(",.;)")
# "in and out", "with and without": two prepositions joined.
_PAIRED = frozenset(
    "in out up down on off over under with without before after into from to of".split()
)
# "of at least", "in at most".
_SUPERLATIVE = frozenset("least most all first last".split())


def preposition_breaks(side: Side) -> list[tuple[int, int]]:
    """Character spans of each "issued by of"-like break (preposition and the word after)."""
    ws = side.toks
    out = []
    for i, (a, b) in enumerate(itertools.pairwise(ws)):
        if a.norm not in _PREPOSITIONS or b.norm not in _NO_OBJECT or not a.text.islower():
            continue
        if b.word and not b.text.islower():
            continue
        after = ws[i + 2].norm if i + 2 < len(ws) else ""
        if (b.norm == "at" and after in _SUPERLATIVE) or (
            b.norm in ("and", "or") and after in _PAIRED
        ):
            continue
        out.append((a.start, b.end))
    return out


# Subject pronouns, which no article announces ("in the I only saw": "the Midlands" gone).
_SUBJECT_PRONOUNS = frozenset("i he she we they".split())
# Prepositions before a colon spaced off ("here or in : 20%": "in Bahrain" gone).
_BEFORE_SPACED_COLON = _PREPOSITIONS | frozenset("to on for with".split())


def name_gaps(side: Side) -> list[tuple[int, int]]:
    """Character spans of three more places a name was cut out of (session 17): a
    possessive "'s" spaced off a lowercase word ("according to 's list"), a preposition
    before a spaced colon ("in : 20%"), an article before a subject pronoun ("the I").

    Each is as weak as a stranded preposition alone (tokenised text spaces its "'s",
    French-style text its colon), so like those they count only beside a lost name."""
    ws = side.toks
    out = []
    for i, (a, b) in enumerate(itertools.pairwise(ws)):
        spaced = a.end < b.start
        after = ws[i + 2] if i + 2 < len(ws) else None
        possessive = (
            b.text in ("'", "’")
            and after is not None
            and after.norm == "s"
            and after.start == b.end
            and (i + 3 == len(ws) or ws[i + 3].start > after.end)
        )
        if spaced and a.word and a.text.islower() and possessive:
            out.append((a.start, after.end))
        elif _spaced_colon(a, b) or _article_pronoun(a, b):
            out.append((a.start, b.end))
    return out


def _spaced_colon(a: Tok, b: Tok) -> bool:
    return a.end < b.start and a.norm in _BEFORE_SPACED_COLON and a.text.islower() and b.text == ":"


def _article_pronoun(a: Tok, b: Tok) -> bool:
    lower_article = a.norm in ("the", "a", "an") and a.text.islower()
    return lower_article and b.norm in _SUBJECT_PRONOUNS and (b.text == "I" or b.text.islower())


# Conjunctions whose clause needs a subject before its verb ("if accepts our budget":
# "if Labour accepts"); before a past form only those no participle follows ("if
# needed", "although based in" are English; "before attempted" is not).
_NEED_SUBJECT = frozenset(
    "if because although though before after when while whereas unless until once".split()
)
_NO_PARTICIPLE = frozenset("before after because whereas".split())


def subjectless_verbs(words: Sequence[Tagged] | None) -> list[tuple[int, int]]:
    """Character spans of a conjunction straight before a finite verb as Apertium's
    tagger reads it: a present in -s ("if accepts") or, after :data:`_NO_PARTICIPLE`, a
    past ("before attempted"). The tagger errs, so like a stranded preposition this
    counts only beside a lost name."""
    out = []
    for a, b in itertools.pairwise(words or ()):
        if a.start < 0 or b.start < 0 or a.surface.lower() not in _NEED_SUBJECT:
            continue
        present = b.tag == "vblex" and b.surface.endswith("s") and b.surface.islower()
        past = b.tag in ("vblex.ed", "vblex.past") and a.surface.lower() in _NO_PARTICIPLE
        if present or past:
            out.append((a.start, b.end))
    return out


def check_lost_names(
    src: Side,
    tgt: Side,
    ev: Evidence,
    found: list[Finding],
    tags: Sequence[Tagged] | None = None,
) -> list[Finding]:
    """An omission where a source name nothing renders (and no finding reports) meets a
    translation broken after a preposition (or at a :func:`name_gaps` place, or a
    conjunction left without its subject: :func:`subjectless_verbs`, with ``tags``)."""
    if tgt.lang[:2] != "en":
        return []
    cut = sorted(preposition_breaks(tgt) + name_gaps(tgt) + subjectless_verbs(tags))
    if not cut:
        return []
    # A minor finding there (a clause read as omitted) does not report the name.
    reported = [f.source_span for f in found if f.source_span and f.severity != "minor"]
    lost = [
        e
        for e in lost_names(src, tgt, ev) + partly_lost(src, tgt, ev)
        if not any(s[0] < e.end and e.start < s[1] for s in reported)
    ]
    if not lost:
        return []
    (start, end), name = cut[0], lost[0]
    return [
        Finding(
            "omission",
            "major",
            0.6,
            (name.start, name.end),
            (start, end),
            f"{quote(name.text)} in the source is not mentioned in the translation, which "
            f"breaks off at {quote(tgt.text[start:end])}",
            "drift.omission",
        )
    ]


def breaks(side: Side) -> list[tuple[int, int]]:
    """Character spans of each "the of"-like break (determiner and the word after)."""
    ws = side.toks
    out = []
    for i, (a, b) in enumerate(itertools.pairwise(ws)):
        # "The WHO said", "Franco A. obtained": a capital after it, or an initial.
        lower = b.text.islower() or (not b.word and a.text.islower())
        if a.norm in _ANNOUNCE and b.norm in _BREAK and lower and not _quoted(side.text, a):
            if b.norm in _MODAL_NOUNS and _noun_follows(ws[i + 2] if i + 2 < len(ws) else None):
                continue
            out.append((a.start, b.end))
    return out


# Modals that are nouns too: "the will to make progress", "a can of beans", "the might
# of the army", "a must for".
_MODAL_NOUNS = frozenset("will can might must".split())
# What follows such a noun and never the verb after a modal: a preposition, a
# conjunction, punctuation.
_AFTER_NOUN = frozenset("to of for and or but in on at with that".split())


def _noun_follows(after: Tok | None) -> bool:
    return after is None or not after.word or after.norm in _AFTER_NOUN


def _quoted(text: str, tok) -> bool:
    """A word quoted as a word ("the word 'the'") is not a determiner."""
    before = text[max(0, tok.start - 1) : tok.start]
    return before in ("'", '"', "‘", "“", "«")


def check_breaks(src: Side, tgt: Side) -> list[Finding]:
    """An omission where the translation breaks off after a determiner, or is torn
    elsewhere (a subject, a conjunct, a preposition's object gone: :mod:`torn`), or cut
    where a verb or its subject was (:mod:`stranded`)."""
    if tgt.lang[:2] != "en":
        return []
    for start, end in breaks(tgt)[:1]:
        return [
            _omission(
                (start, end),
                f"The translation breaks off after "
                f"{quote(tgt.text[start:end].split()[0])} "
                f"({quote(tgt.text[start:end])}): a word of the source seems to "
                f"be missing",
            )
        ]
    tear = first_tear(tgt.toks)
    if tear is not None and tear[0] == tgt.toks[0].start and _opens_on_verb(src):
        tear = None  # "Puede causar somnolencia." → "May cause drowsiness." (drift42c)
    if tear is None:
        return _stranded(tgt)
    return [
        _omission(
            tear,
            f"The translation reads as torn at {quote(tgt.text[tear[0] : tear[1]])}"
            f" (a subject or a word it joined is missing): a word of the "
            f"source seems to be missing there",
        )
    ]


# Finite forms of the modals and auxiliaries a pro-drop source opens a sentence on, its
# subject unsaid ("Puede causar somnolencia.", "Debe tomarse con agua.", "Pode causar
# sonolência."): the English "May cause…", "Must be taken…" says as little.
_OPENING_VERBS = re.compile(
    r"(pued[eo]n?|podr[ií]\w*|pod[ei]a\w*|deb[ea]n?|deber[ií]\w*|ha|han|hay|habr[aá]n?|"
    r"ser[aá]n?|est[aá]n?|va|van|tiene|tienen|pode|podem|deve|devem|tem|t[eê]m|vai|v[aã]o)",
    re.IGNORECASE,
)


def _opens_on_verb(src: Side) -> bool:
    first = next((t for t in src.toks if t.word), None)
    return first is not None and bool(_OPENING_VERBS.fullmatch(first.text))


def mirrors_opening(f: Finding, src: Side, tgt: Side) -> bool:
    """Whether finding ``f`` reads a subject missing before the translation's opening
    modal or auxiliary ("Can cause drowsiness.") where the source opens on a modal or
    an auxiliary too, its subject unsaid ("Puede causar somnolencia.")."""
    first = next((t for t in tgt.toks if t.word), None)
    return (
        f.target_span is not None
        and first is not None
        and f.target_span[0] == first.start
        and first.norm in _MODALS_AND_AUXILIARIES
        and _opens_on_verb(src)
    )


_MODALS_AND_AUXILIARIES = frozenset(
    "can could may might must should will would shall is are was were has have had".split()
)


def _stranded(tgt: Side) -> list[Finding]:
    """An omission where a verb or a subject was cut out (:mod:`stranded`)."""
    for start, end in stranded(tgt.toks)[:1]:
        cut = tgt.text[start:end]
        what = "a word after the article" if cut.split()[0].lower() in ("a", "an") else None
        if cut_nouns.cut_at(tgt.toks, start):
            what = "a noun"
        elif adjective_lists.cut_at(tgt.toks, start):
            what = "an adjective, or the noun of the first ones,"
        elif cut[-1:] in ".;!?" or stranded_adjectives.cut_at(tgt.toks, start):
            what = "a noun after the adjective"
        elif determiner_verbs.cut_at(tgt.toks, start):
            what = "a noun after the determiner"
        return [
            _omission(
                (start, end),
                f"The translation reads as cut at {quote(cut)} "
                f"({what or 'a verb or its subject'} seems to be missing): a word of the "
                "source seems to be missing there",
            )
        ]
    return []


def _omission(span: tuple[int, int], message: str) -> Finding:
    return Finding("omission", "major", 0.6, None, span, message, "drift.omission")
