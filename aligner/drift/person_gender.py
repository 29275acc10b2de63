"""A person's gender changed: the translation says "she" (or "her", "herself") where the
source speaks of a man only, or "he" ("him", "his", "himself") where it speaks of a
woman only (DEMETR's `critical:gender`; docs/drift.md, "Session 21, drift26c").

English pronouns carry a gender that Spanish possessives ("su") and dropped subjects do
not, and Apertium renders "su" as "his" whatever the person, so the literal MT alone says
little. The source says it elsewhere, in the words Apertium's Spanish tagger marks:

* a tonic pronoun, "él" or "ella";
* a person noun in the singular, by its own gender ("senadora", "escritor") or, for a
  noun of both genders, by its article ("el cantante", "la periodista"): a noun whose
  English rendering is first of all a person in WordNet (lexicographer file
  ``noun.person``);
* a given name the tagger knows as a man's or a woman's ("Alice", "Steven").

Two readings, both Spanish sources and English translations only:

* *One gender in the source.* Every person the source marks is of one gender, and no
  person is unmarked (a surname or name of either gender starting a name, "Obama", or a
  capitalised word the tagger does not know, inside the sentence and after no article);
  the translation has a third-person pronoun of the other gender (whether or not it
  also has some of the source's: "injured himself when she fell"), and the literal MT
  has none of them but "his" (Apertium's "su"). A "la" or "lo" the tagger reads as a
  clitic after a verb or a preposition is an article ("han anulado la gira"): no person.
* *A pronoun the MT says.* The MT's "he" or "she" (Apertium's rendering of "él" or
  "ella") stands after the same word as the translation's pronoun of the other gender,
  and the translation has no pronoun of the MT's gender after that word ("While he …" →
  "While she agrees").

Reported as a `meaning` finding (major), as for an opposite word.
"""

from __future__ import annotations

import mmap
import os
import re
from collections.abc import Sequence
from functools import cache

from aligner.drift import clitic_gender, subject_gender
from aligner.drift.signals import Finding
from aligner.textutil import quote

PRONOUNS = {
    "m": frozenset(("he", "him", "his", "himself")),
    "f": frozenset(("she", "her", "hers", "herself")),
}
# Role nouns English makes gendered where Spanish marks the gender by the article only
# ("la portavoz" → "the spokesman") or by an ending ("la presidenta del consejo" → "the
# chairman"): counted as the pronouns are, but never excused by the
# MT, which says "spokesman" whatever the person (session 35, lead). Not "man" / "woman"
# nor kin: "la víctima" is a man as often as not, "su padre" has a possessor of its own.
_MALE_FEMALE = (
    [(f"{r}man", f"{r}woman") for r in (
        "spokes", "chair", "congress", "business", "police", "sports", "council", "states",
        "anchor", "camera", "country", "fisher", "noble", "ombuds")]
    + [("actor", "actress"), ("waiter", "waitress"), ("king", "queen"),
       ("prince", "princess"), ("duke", "duchess"), ("emperor", "empress"),
       ("headmaster", "headmistress"), ("steward", "stewardess"), ("monk", "nun"),
       ("widower", "widow")]
)  # fmt: skip
# Singular only: "spokesmen" may be others than the one person the source marks.
ROLE_NOUNS = {
    "m": frozenset(m for m, _f in _MALE_FEMALE),
    "f": frozenset(f for _m, f in _MALE_FEMALE),
}
_OTHER = {"m": "f", "f": "m"}
_WORDS = {"m": "a man", "f": "a woman"}
# Subject pronouns Apertium writes for the Spanish tonic "él" / "ella".
_SUBJECT = {"he": "m", "she": "f"}
# Third-person possessives: a person noun after one has a possessor of its own.
_THEIR = frozenset(("su", "sus"))
_TAG = re.compile(r"<([^>]+)>")
# Words after which a "la"/"lo" is an article, never a clitic before a verb.
_NO_CLITIC_AFTER = frozenset(("vblex", "vbser", "vbhaver", "vbmod", "pr"))
_ENCLITIC = re.compile(r"<prn><enc><p3>(?!.*<pl>)")  # singular: a plural one is "them"
_GENDERED = sorted({*PRONOUNS["m"], *PRONOUNS["f"], *ROLE_NOUNS["m"], *ROLE_NOUNS["f"]})
_ANY_PRONOUN = re.compile(r"\b(?:" + "|".join(_GENDERED) + r")\b", re.IGNORECASE)
WORDNET = "/usr/share/wordnet"
# An object "her" / "him" against the gender of the source's clitics ("lo" / "la"):
# :mod:`clitic_gender`, docs/drift.md "Session 23 (drift28c)".
CLITICS = True
# Pronouns of both genders where the source names nobody: :mod:`subject_gender`.
SWITCHES = True
PERSON_FILE = b"18"  # WordNet's lexicographer file noun.person


def candidates(pairs: Sequence[tuple[str, str, str]]) -> list[int]:
    """The pairs (source language, source, translation) this check reads: a Spanish
    source and a translation with a gendered third-person pronoun."""
    return [
        k for k, (lang, _, tgt) in enumerate(pairs) if lang[:2] == "es" and _ANY_PRONOUN.search(tgt)
    ]


@cache
def _data() -> tuple[mmap.mmap, mmap.mmap] | None:
    try:
        with open(os.path.join(WORDNET, "index.noun"), "rb") as a:
            index = mmap.mmap(a.fileno(), 0, access=mmap.ACCESS_READ)
        with open(os.path.join(WORDNET, "data.noun"), "rb") as b:
            data = mmap.mmap(b.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    return index, data


@cache
def is_person(lemma: str) -> bool:
    """Whether the English noun's first WordNet sense is a person ("singer", "senator")."""
    from aligner.drift.lexical_diff import _line

    files = _data()
    if files is None or not lemma[:1].isalpha():
        return False
    index, data = files
    line = _line(index, lemma.replace(" ", "_").encode("utf-8"))
    if not line:
        return False
    fields = line.split()
    count = int(fields[2]) if len(fields) > 3 and fields[2].isdigit() else 0
    if not count:
        return False
    offset = int(fields[len(fields) - count])
    entry = data[offset : data.find(b"\n", offset)].split()
    return len(entry) > 1 and entry[1] == PERSON_FILE


def _tags(analysis: str) -> list[str]:
    return _TAG.findall(analysis.split("+")[0])


def _gender(tags: list[str]) -> str | None:
    return "m" if "m" in tags else "f" if "f" in tags else None


def source_persons(
    units: Sequence[tuple[str, str]],
    trans: Sequence[frozenset[str]],
    marking: list[str] | None = None,
) -> tuple[set[str], bool]:
    """The genders of the persons the source marks, and whether it names a person
    whose gender it does not mark. ``units``: the tagger's (surface, analysis);
    ``trans``: each unit's English renderings (the bilingual dictionary's); ``marking``,
    if given, gets the surface of each word that marks a gender."""
    marked: set[str] = set()
    unmarked = False
    for i, (surface, analysis) in enumerate(units):
        tags = _tags(analysis)
        before = _tags(units[i - 1][1]) if i else []
        if analysis.startswith("*"):
            # A capitalised word the tagger does not know, inside the sentence and after
            # no article or name: may be a person of either gender ("Siminoff").
            if surface[:1].isupper() and i and before and before[0] not in ("det", "np", "sent"):
                # (A hyphen after a name joins the name's next part: "Santo-Saens".)
                unmarked = unmarked or not (before[0] == "guio" and _name_before(units, i - 1))
            continue
        if not tags:
            continue
        if any(_ENCLITIC.search(part) for part in analysis.split("+")[1:]):
            unmarked = True  # "felicitarla", "decirle": as a clitic before the verb
        if tags[:2] == ["prn", "tn"] and "p3" in tags and "sg" in tags:
            if g := _gender(tags):
                marked.add(g)
                if marking is not None:
                    marking.append(surface)
        elif tags[:2] == ["prn", "pro"] and "p3" in tags and not {"ref", "pl"} & set(tags):
            # A singular clitic ("la saludó", "le dijo") stands for a thing or a person
            # of either gender: "her" may render it. After a verb or a preposition no
            # clitic stands before a verb: the tagger misread an article ("han anulado
            # la gira", read as "girar").
            unmarked = unmarked or not (before and before[0] in _NO_CLITIC_AFTER)
        elif tags[0] == "np" and (not before or before[0] not in ("np", "pr")):
            # (After a preposition a given name is as often a place: "fuera de Santiago".)
            if tags[1:2] not in (["ant"], ["cog"]):
                continue
            # An article before a name says its gender ("el propio Paz", "la Hurston"),
            # whatever the tagger makes of the name alone.
            det = _article(units, i)
            if det and "pl" in det:
                unmarked = True  # "los García": a family
                continue
            g = _gender(det) if det else _gender(tags) if tags[1] == "ant" else None
            if g is not None:
                marked.add(g)
                if marking is not None:
                    marking.append(surface)
            else:
                unmarked = True
        elif tags[0] == "n" and "sg" in tags and any(is_person(t) for t in trans[i]):
            g = _gender(tags)
            if g is None and before and before[0] == "det":
                g = _gender(before)
            if g is not None:
                marked.add(g)
                if marking is not None:
                    marking.append(surface)
            # "su padre": the father, and whoever "su" stands for, of either gender.
            unmarked = unmarked or (i > 0 and units[i - 1][0].lower() in _THEIR)
    return marked, unmarked


def _name_before(units: Sequence[tuple[str, str]], i: int) -> bool:
    return i > 0 and _tags(units[i - 1][1])[:1] == ["np"]


def _article(units: Sequence[tuple[str, str]], i: int) -> list[str] | None:
    """The tags of a determiner just before word ``i``, or before an adjective there."""
    for j in (i - 1, i - 2):
        tags = _tags(units[j][1]) if j >= 0 else []
        if tags[:1] == ["det"]:
            return tags
        if tags[:1] != ["adj"]:
            return None
    return None


def _pronouns(words: Sequence[str], gender: str) -> list[int]:
    return [k for k, w in enumerate(words) if w.lower() in PRONOUNS[gender]]


def _either(ws: Sequence, k: int, text: str) -> bool:
    """Whether word ``k`` is a pronoun written beside another with a slash ("his/her",
    "he/she", "him/her"): a person of either gender, as English writes one whose gender
    is not said (session 36, drift41c: "cada alumno y su familia" → "each pupil and
    his/her family")."""
    either = PRONOUNS["m"] | PRONOUNS["f"]
    for j in (k - 1, k + 1):
        if not 0 <= j < len(ws) or ws[j].text.lower() not in either:
            continue
        a, b = sorted((ws[k], ws[j]), key=lambda t: t.start)
        if b.start == a.end + 1 and text[a.end : b.start] == "/":
            return True
    return False


def _role_nouns(words: Sequence[str], gender: str) -> list[int]:
    """Gendered role nouns in lower case (a capitalised "King" may open a name)."""
    return [k for k, w in enumerate(words) if w in ROLE_NOUNS[gender]]


def check(
    units: Sequence[tuple[str, str]],
    trans: Sequence[frozenset[str]],
    tgt_ws: Sequence,
    mt_ws: Sequence | None,
    texts: tuple[str, str] = ("", ""),
) -> list[Finding]:
    """A pronoun of the other gender than the source's persons (module docstring);
    ``texts``: the source and the translation, for their quotations."""
    tgt_words = [t.text for t in tgt_ws]
    mt_words = [t.text for t in mt_ws] if mt_ws is not None else []
    found = _anchored(tgt_ws, mt_words)
    if found:
        return found
    marking: list[str] = []
    marked, unmarked = source_persons(units, trans, marking)
    if len(marked) != 1 or unmarked:
        return []
    (gender,) = marked
    other = _OTHER[gender]
    # A pronoun of the other gender has nobody in the source to stand for, whether or
    # not the translation also has pronouns of the source's ("injured himself when she
    # fell": drift27d).
    said = [k for k in _pronouns(tgt_words, other) if not _either(tgt_ws, k, texts[1])]
    if said and any(w.lower() in PRONOUNS[other] - {"his"} for w in mt_words):
        said = []
    said = said or _role_nouns(tgt_words, other)
    if not said:
        return []
    word = tgt_ws[said[0]]
    if _speaks_of_another(texts, word.start, marking):
        return []
    return [
        clitic_gender.gender_finding(
            (word.start, word.end),
            f"The translation says {quote(word.text)}, but the source speaks of "
            f"{_WORDS[gender]} only.",
        )
    ]


def _anchored(tgt_ws: Sequence, mt_words: Sequence[str]) -> list[Finding]:
    """The MT's "he" / "she" against the other pronoun after the same word."""
    lower = [w.lower() for w in mt_words]
    tgt = [t.text.lower() for t in tgt_ws]
    for i, w in enumerate(lower):
        if w not in _SUBJECT:
            continue
        prev = lower[i - 1] if i else ""
        other = _OTHER[_SUBJECT[w]]
        at = [k for k, t in enumerate(tgt) if (tgt[k - 1] if k else "") == prev]
        if any(tgt[k] == w for k in at):
            continue
        for k in at:
            if _SUBJECT.get(tgt[k]) == other:
                word = tgt_ws[k]
                return [
                    clitic_gender.gender_finding(
                        (word.start, word.end),
                        f"The translation says {quote(word.text)} where a literal "
                        f"translation of the source says {quote(mt_words[i])}.",
                    )
                ]
    return []


_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»')


def _speaks_of_another(texts: tuple[str, str], at: int, marking: Sequence[str]) -> bool:
    """Whether the translation's pronoun (at offset ``at``) stands in a quotation and
    every word marking the source's gender stands outside the source's quotations: the
    quotation speaks of someone it leaves unnamed, a dropped subject ("«… se subió a la
    acera sin frenar», relató una testigo" → "«… he drove onto the pavement…», said a
    witness")."""
    src, tgt = texts
    if not any(m.start() < at < m.end() for m in _QUOTED.finditer(tgt)):
        return False
    # Speech, not a phrase cited mid-sentence ("un artista «cuya vida…»"): a quotation
    # that opens the sentence or follows a colon.
    speech = [m for m in _QUOTED.finditer(src) if not src[: m.start()].strip(" :") or
              src[: m.start()].rstrip().endswith(":")]  # fmt: skip
    inside = " ".join(m.group(0) for m in speech)
    return bool(inside) and not any(
        re.search(r"\b" + re.escape(w) + r"\b", inside) for w in marking
    )


def check_batch(analyses: Sequence, mt: object) -> dict[int, list[Finding]]:
    """This check over a batch's analysed pairs (``PairAnalysis``), by index: the Spanish
    sources of the candidate pairs tagged and looked up in one Apertium call each.
    Nothing without Apertium (``mt`` other than "auto" / "apertium")."""
    from aligner.drift.lexical_diff import analyse, route, tagged_units

    if mt not in ("auto", "apertium"):
        return {}
    need = [
        k
        for k in candidates([(a.src.lang, a.src.text, a.tgt.text) for a in analyses])
        if analyses[k].tgt.lang[:2] == "en"
    ]
    mode = route("es", "en")
    if not need or mode is None:
        return {}
    texts = tuple(analyses[k].src.text for k in need)
    units = tagged_units(texts, mode)
    words = analyse(texts, "es", "en")
    if units is None or words is None:
        return {}
    out = {}
    for k, u, w in zip(need, units, words, strict=True):
        a = analyses[k]
        mt_ws = a.evidence.mt.ws if a.evidence.mt is not None else None
        trans = [x.trans for x in w]
        found = check(u, trans, a.tgt.ws, mt_ws, (a.src.text, a.tgt.text))
        marked, unmarked = source_persons(u, trans)
        if not found and CLITICS:  # an object pronoun against the source's clitic
            found = clitic_gender.check(u, a.tags, marked)
        if not found and SWITCHES:  # both genders where the source names nobody
            found = subject_gender.check(u, marked, unmarked, a.tgt.ws, mt_ws)
        if found:
            out[k] = found
    return out
