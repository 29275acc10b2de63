"""A verb cut where the words left still stand side by side: a quotation no one says, a
relative word straight before an object, a subject straight before a figure, and six
more shapes below (docs/drift.md, "Session 21 (drift26d)").

DEMETR-style removals of a verb leave shapes English does not write:

* a quotation closed by a comma and followed by its speaker, with no verb of saying nor
  any other verb to the sentence's end (""We are very careful," Ann Lee, 59, a
  resident of the town."): the "said" went. The closing quotation mark is not a token
  (the tagger drops it); a gap after the comma shows it;
* "who", "which" or "whom" straight before an object pronoun or "each other" ("tenants
  who each other often…"), or before a possessive and a noun phrase that no verb
  follows to the clause's end ("plums, which their season during the summer."): the
  relative clause's verb went; a relative clause's subject is followed by its verb
  ("the house which their parents built");
* a subject of names straight before a figure written with a thousands separator or a
  percent sign, then a noun or "of" ("Fortis 85,000 employees", "… 20% of the people
  80% of the land"): the verb between went (a model number has no separator: "Boeing
  747 jets");
* a subject pronoun (or a sentence-opening "It") and adverbs straight before
  "anything", "everything", "nothing"… ("It also anything that…"; "make it anything"
  has the verb before);
* "being" after a preposition or subordinator, straight before an "-ing" verb and its
  object ("after being following an episode…"): the participle went;
* names, an apposition between commas, then a possessive's noun phrase with no verb
  ("Rosa Lima, mayor of Tavira, her first budget last night…");
* a first clause with a common noun and no verb before ", but" or ", and" whose second
  clause has one ("Prices on the market more than 8 percent, but later…");
* a subordinator, names, "to" and a verb ("before Norway to join");
* a sentence-opening noun phrase, an adverb in "-ly", "to" and a verb, with no finite
  verb after ("The rescue teams finally to reach…").

Apertium's English tags (:mod:`pos_fluency`); English targets only; run as shapes of
:mod:`subjectless`, which leaves questions alone. Each shape was measured on faithful
English before it was wired in (the docs' section).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from aligner.drift.pos_fluency import Tagged
from aligner.drift.verb_gaps import verb_form

_VERB_TAGS = ("vblex", "vbser", "vbhaver", "vbmod", "vaux", "vbdo")
_RELATIVES = frozenset("who which whom".split())
_OBJECT_PRONOUNS = frozenset("them him us me".split())
_POSSESSIVES = frozenset("their his her its our my your".split())
# Quantifiers that open a relative clause's subject ("which all regions where…").
_QUANTIFIERS = frozenset("all many most some both".split())
_NAME_PARTICLES = frozenset("de del da di van von".split())
_SUBORDINATORS = frozenset(
    "before after until unless although though because while whereas once".split()
)
_INDEFINITES = frozenset(
    """anything everything something nothing anyone everyone someone nobody anybody
    everybody somebody""".split()
)
_SUBJECT_PRONOUNS = frozenset("i he she we they".split())
_BEFORE_BEING = frozenset("after before while since without for of despite upon on".split())


def _verb(w: Tagged) -> bool:
    return w.tag.startswith(_VERB_TAGS)


def _maybe_verb(ws: Sequence[Tagged], k: int) -> bool:
    """A verb tag, or a lower-case word WordNet knows as a verb form that does not stand
    where a noun does (after a determiner, an adjective or a possessive): the tagger
    calls some verbs nouns ("Brad Sherman presents the…")."""
    w = ws[k]
    if _verb(w) or (w.tag == "unk" and w.surface.islower() and w.surface.endswith("ed")):
        return True  # a verb the dictionaries do not know ("Smith vlogged.")
    if not (w.surface.isalpha() and w.surface.islower() and verb_form(w.surface)):
        return False
    return k == 0 or not ws[k - 1].tag.startswith(("det", "adj", "gen", "num", "unk"))


def _quoted_before(ws: Sequence[Tagged], i: int) -> bool:
    """Whether a mark the tagger dropped stands before one of the first ``i`` words (an
    opening quotation mark: the text starts on it, or a gap wider than a space)."""
    if ws and ws[0].start == 1:
        return True
    return any(ws[k].start - ws[k - 1].end >= 2 for k in range(1, i))


def _clause_end(ws: Sequence[Tagged], i: int) -> int:
    """The index of the first comma, semicolon or sentence mark from ``i`` (or the end)."""
    return next((k for k in range(i, len(ws)) if ws[k].tag in ("cm", "sent")), len(ws))


def unsaid_quotation(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A comma closing a quotation (a gap after it where the tagger dropped the mark)
    straight before a name, and no verb from there to the sentence's end."""
    for i in range(1, len(ws) - 1):
        comma, name = ws[i], ws[i + 1]
        if comma.surface != "," or name.start - comma.end < 2 or name.tag != "np":
            continue
        if not any(_verb(w) for w in ws[:i]) or not _quoted_before(ws, i):
            continue
        if any(_maybe_verb(ws, k) for k in range(i + 1, len(ws))):
            continue
        if ws[-1].tag == "sent" and ws[-2].surface[:1].isupper():
            continue  # "…," Democratic Rep. Brad Sherman: a title's full stop, not the end
        return comma.start, name.end
    return None


def relative_object(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A relative word straight before an object pronoun or "each other", or before a
    possessive and a noun phrase that no verb follows to the clause's end."""
    for i in range(1, len(ws) - 1):
        rel, nxt = ws[i], ws[i + 1]
        if rel.surface.lower() not in _RELATIVES:
            continue
        word = nxt.surface.lower()
        if word in _OBJECT_PRONOUNS or (
            word in ("each", "one")
            and i + 2 < len(ws)
            and ws[i + 2].surface.lower() in ("other", "another")
        ):
            return rel.start, nxt.end
        if word not in _POSSESSIVES and word not in _QUANTIFIERS:
            continue
        k = i + 2
        while k < len(ws) and ws[k].tag in ("adj", "n"):
            k += 1
        if k == i + 2 or ws[k - 1].tag != "n":
            continue
        if word in _QUANTIFIERS:
            # "which all regions where…": a second relative where the verb should be.
            if k < len(ws) and ws[k].surface.lower() in ("where", "which", "who"):
                return rel.start, ws[k - 1].end
            continue
        end = _clause_end(ws, k)
        if any(_maybe_verb(ws, x) for x in range(k, end)):
            continue
        if k == end or ws[k].tag == "pr":
            return rel.start, ws[k - 1].end
    return None


def _grouped_figure(w: Tagged) -> bool:
    """A figure with a thousands separator or a percent sign ("85,000", "20%")."""
    s = w.surface
    if w.tag != "num" or not s[:1].isdigit():
        return False
    return s.endswith("%") or (len(s) > 4 and s[-4] in ",." and s[-3:].isdigit())


def _percent_subject(ws: Sequence[Tagged], i: int) -> bool:
    """Whether the percentage at ``i`` and its "of" follow a noun straight, in a clause
    opening (the sentence's start or a colon) on a percentage and "of" with no verb
    between ("20% of the people 80% of the land"; "In that town 10% of…" is English)."""
    if ws[i - 1].tag != "n" or not ws[i].surface.endswith("%") or ws[i + 1].surface != "of":
        return False
    for f in range(i - 2):
        if ws[f].surface.endswith("%") and ws[f + 1].surface == "of":
            opens = f == 0 or ws[f - 1].surface == ":"
            return opens and not any(_verb(w) for w in ws[f:i])
    return False


def subject_before_figure(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A sentence opening on names straight before a grouped figure and a noun or "of",
    or a clause's percentage subject straight before a second percentage and "of"."""
    for i in range(1, len(ws) - 2):
        if not _grouped_figure(ws[i]) or ws[i + 1].tag not in ("n", "pr"):
            continue
        if ws[i + 1].tag == "pr" and ws[i + 1].surface != "of":
            continue
        if ws[i].start - ws[i - 1].end != 1:
            continue
        before = ws[i - 1]
        if all(w.tag == "np" for w in ws[:i]) or _percent_subject(ws, i):
            return before.start, ws[i].end
    return None


def pronoun_indefinite(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A subject pronoun (or an opening "It") and adverbs straight before "anything",
    "nothing"…: the verb between went."""
    for i in range(len(ws) - 1):
        word = ws[i].surface
        if word.lower() not in _SUBJECT_PRONOUNS and not (i == 0 and word == "It"):
            continue
        k = i + 1
        while k < len(ws) and ws[k].tag == "adv":
            k += 1
        if k < len(ws) and ws[k].surface.lower() in _INDEFINITES:
            if k == i + 1 and word == "It":
                continue
            return ws[i].start, ws[k].end
    return None


def being_progressive(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A preposition or subordinator, "being", an "-ing" verb and its object ("after
    being following an episode")."""
    for i in range(1, len(ws) - 2):
        if ws[i].surface != "being" or ws[i - 1].surface.lower() not in _BEFORE_BEING:
            continue
        ing, after = ws[i + 1], ws[i + 2]
        if ing.tag != "vblex.ger":
            continue
        if after.tag.startswith(("det", "np", "num")):
            return ws[i].start, ing.end
    return None


def appositive_then_object(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A sentence opening on names, an apposition between commas with no verb, then a
    possessive's noun phrase that neither a verb, a comma nor "and" follows
    ("Ann Lee, a senator, her candidacy last night…")."""
    n = 0
    while n < len(ws) and (ws[n].tag == "np" or (n and ws[n].surface in _NAME_PARTICLES)):
        n += 1
    if n < 2 or n >= len(ws) or ws[n].surface != ",":
        return None
    close = next((k for k in range(n + 1, len(ws)) if ws[k].tag in ("cm", "sent")), None)
    if close is None or ws[close].surface != "," or close - n < 2:
        return None
    if any(_maybe_verb(ws, k) for k in range(n + 1, close)):
        return None
    if close + 2 >= len(ws) or ws[close + 1].surface not in _POSSESSIVES:
        return None
    k = close + 2
    k += ws[k].tag == "det"  # an ordinal: "her first budget"
    while k < len(ws) and ws[k].tag in ("adj", "n"):
        k += 1
    if ws[k - 1].tag != "n" or k >= len(ws):
        return None
    if ws[k].tag in ("cm", "sent", "cnjcoo"):
        return None
    end = _clause_end(ws, k)
    if any(_maybe_verb(ws, x) for x in range(k, end)):
        return None
    return ws[close].start, ws[k - 1].end


def verbless_first_clause(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A sentence whose first clause, a noun phrase of three words or more before ", but"
    or ", and", has no verb, while the clause after has one ("Shares on the exchange more
    than 5 percent, but later losses settled…")."""
    comma = next((k for k, w in enumerate(ws) if w.surface == ","), None)
    if comma is None or comma < 3 or comma + 2 >= len(ws):
        return None
    if ws[comma + 1].surface not in ("but", "and"):
        return None
    if not ws[0].tag.startswith(("det", "n", "np", "adj")):
        return None
    first = ws[0].surface.lower()
    if (verb_form(first) and not first.endswith("s")) or first in ("thou", "ye"):
        return None  # an imperative ("Wipe hard surfaces, and…"), "Thou art Peter, and…"
    if not any(w.tag == "n" for w in ws[:comma]):
        return None
    if any(_maybe_verb(ws, k) or ws[k].tag in ("cnjsub", "rel") for k in range(comma)):
        return None
    if not any(_verb(w) for w in ws[comma + 2 :]):
        return None
    return ws[0].start, ws[comma - 1].end


def subordinate_name_infinitive(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A subordinator, names, "to" and a verb's base ("before Turkey to enter…"): the
    finite verb before "to" went."""
    for i in range(len(ws) - 3):
        if ws[i].surface.lower() not in _SUBORDINATORS:
            continue
        k = i + 1
        while k < len(ws) and ws[k].tag == "np":
            k += 1
        if k == i + 1 or k + 1 >= len(ws) or ws[k].surface != "to":
            continue
        if ws[k + 1].tag == "vblex.inf" or ws[k + 1].tag == "vblex":
            return ws[i].start, ws[k + 1].end
    return None


def subject_adverb_infinitive(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A sentence opening on a noun phrase, an adverb in "-ly", "to" and a verb, with no
    finite verb after ("The crews finally to put out the fire."): the verb that took
    the infinitive went."""
    i = 1 if ws and ws[0].tag.startswith("det") else 0
    j = i
    while j < len(ws) and ws[j].tag in ("n", "adj"):
        j += 1
    if j == i or ws[j - 1].tag != "n" or j + 2 >= len(ws):
        return None
    if ws[j].tag != "adv" or not ws[j].surface.endswith("ly") or ws[j + 1].surface != "to":
        return None
    if not ws[j + 2].tag.startswith("vblex") or any(_verb(w) for w in ws[j + 3 :]):
        return None
    return ws[0].start, ws[j + 2].end


SHAPES = (
    unsaid_quotation,
    relative_object,
    subject_before_figure,
    pronoun_indefinite,
    being_progressive,
    appositive_then_object,
    verbless_first_clause,
    subordinate_name_infinitive,
    subject_adverb_infinitive,
)


def spans(ws: Sequence[Tagged]) -> Iterator[tuple[int, int]]:
    """Each shape's span in one sentence's words (a question is never passed)."""
    if not ws:
        return
    for shape in SHAPES:
        span = shape(ws)
        if span is not None:
            yield span
