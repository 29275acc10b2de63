"""A subject pronoun Spanish leaves out and the translation leaves out too.

Spanish drops a subject pronoun its verb's ending says ("Opinamos que…", "como están
escritas"); English must write it ("We think that…", "as they are written"), and
Apertium's literal MT does. A translation that renders the verb but writes no subject
("Think that the army…", "as are spelled", "Don't see them…") has lost it: DEMETR's
"subject removed" takes the pronoun out of a good translation. English alone cannot
tell: a sentence may open on an imperative ("Think twice"), "as are" may invert ("as
are many others"), a reduced clause has no subject ("when asked"). The source and the
MT decide. Reported (an omission, major) when all of these hold:

* the translation's word renders a finite Spanish verb (:attr:`lexical_diff.Word.finite`,
  the dictionary's partners) with no subject before it in its clause: between the
  sentence's start, a comma or a subordinator and the verb only adverbs, "no" and
  object clitics ("Los veo…"; not "se", whose verb is impersonal or passive);
* in the translation, between the clause's opening (the sentence's start, past opening
  adverbs, or a subordinator of the same kind as the source's) and that word only
  adverbs, "do"/"not" and auxiliaries or modals: no subject; after a subordinator, the
  verb group opens on an auxiliary, a modal or a tense not in "-ed" ("when finished",
  "if needed" are reduced clauses, which have none);
* the literal MT writes a personal pronoun straight before that word or the first word
  of its verb group ("I think", "they are", "you will"), or straight after the same
  subordinator ("If we lose" ↔ "If miss the train"; not at the sentence's start, where
  a hortative "Continuemos" is MT "We continue" and English "Keep it up"): the source's
  verb has a person of its own. Not "it" (Apertium's word
  for an impersonal third person: "Hay que…" → "It is necessary to…", whose
  translation may well be an imperative), and at the sentence's start not "you" (a
  polite request written as an imperative);
* after "and" or "but" only "I", "we" or "you" that the translation writes nowhere
  before (a clause sharing the first clause's subject drops it in English too: "They
  arrived and will stay"), before an auxiliary or a modal ("and will encourage"; a base
  form there may be an imperative: "and drink lots of fluids").

Direct Apertium pairs (the source's tense tags); run on the pairs nothing else reports
at >= major (:func:`aligner.drift.headless.check_quiet`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from aligner.drift.lexical_diff import Word, wordnet_parts
from aligner.drift.signals import Finding, removed_word
from aligner.textutil import quote

# At a sentence's start, what opens an order, not a statement with its subject cut: a
# Spanish command in the subjunctive ("No salgan", "No comparta") has a person, and
# the literal MT writes it ("They do not go out"). Only for a source verb that is no
# indicative: "No creemos" states, and "Do not believe" cuts its subject.
_IMPERATIVE_OPENERS = frozenset(("do", "don't", "please", "never"))

# Switched off only to measure what the rule does (bench runs).
ENABLED = True
RELATIVES = True

# Spanish words that open a clause whose subject may be dropped, by the English ones a
# translation writes for them.
_SUBORDINATORS = {
    "si": ("if",),
    "cuando": ("when",),
    "como": ("as",),
    "porque": ("because", "as", "since"),
    "aunque": ("although", "though", "even though"),
    "mientras": ("while", "whereas"),
    "y": ("and",),
    "pero": ("but",),
}
_OPENERS = frozenset(e for es in _SUBORDINATORS.values() for e in es)
# What may stand between a Spanish clause's opening and its verb with no subject.
_SOURCE_SKIP_POS = frozenset(("adv", "preadv"))
_CLITICS = frozenset("me te nos os lo la los las le les".split())
# English words between a clause's opening and its verb that are no subject.
_TARGET_SKIP_POS = frozenset(("adv", "preadv", "vbdo", "vaux", "vbmod", "vbhaver", "vbser"))
_NOT = frozenset(("not", "n't"))
_PERSONS = frozenset(("i", "we", "they", "he", "she", "you"))
_OPENING_PERSONS = _PERSONS - {"you"}
_SHARED_PERSONS = frozenset(("i", "we", "you"))
_FINITE_AFTER_AND = frozenset(("vaux", "vbmod", "vbhaver", "vbser"))
_WORD = re.compile(r"[A-Za-z']+")


def _source_opening(sw: Sequence[Word], j: int) -> str | None:
    """What opens the clause of source verb ``j`` when nothing but adverbs, "no" and
    object clitics stand between: "" for the sentence's start, else the subordinator's
    lemma; None when a subject (or anything else) may stand there."""
    i = j - 1
    while i >= 0:
        w = sw[i]
        low = w.surface.lower()
        if w.pos in _SOURCE_SKIP_POS or low == "no" or (w.pos == "prn" and low in _CLITICS):
            i -= 1
            continue
        break
    if i < 0:
        return ""
    low = sw[i].surface.lower()
    return low if low in _SUBORDINATORS else None


def _target_opening(tw: Sequence[Word], k: int) -> tuple[str, int] | None:
    """The opening of translation word ``k``'s clause when only adverbs, "do", "not",
    auxiliaries and modals stand between: ("", -1) at the sentence's start, else the
    subordinator and its index."""
    i = k - 1
    while i >= 0:
        w = tw[i]
        if w.surface.lower() in _OPENERS:
            break
        if w.pos in _TARGET_SKIP_POS or w.surface.lower() in _NOT:
            i -= 1
            continue
        break
    if i < 0:
        return "", -1
    return tw[i].surface.lower(), i


def _mt_person(mt_words: Sequence[str], heads: Sequence[str]) -> str | None:
    """A personal pronoun the literal MT writes straight before one of ``heads``."""
    for a, b in pairwise(mt_words):
        if a.lower() in _PERSONS and b.lower() in heads:
            return a
    return None


def _plainly_finite(w: Word) -> bool:
    """A verb in a tense that no participle reads alike: an auxiliary, a modal, or a form
    in a tense not in "-ed" ("as are written", "if miss the train"; not "when arrived")."""
    return w.pos in _FINITE_AFTER_AND or (w.finite and not w.surface.lower().endswith("ed"))


def _mt_opening(mt_words: Sequence[str], opener: str) -> str | None:
    """A personal pronoun the literal MT writes straight after the subordinator the
    translation's clause opens with ("If we lose" ↔ "If miss the train")."""
    for a, b in pairwise(mt_words):
        if a.lower() == opener and b.lower() in _PERSONS:
            return b
    return None


def dropped_subject(
    sw: Sequence[Word], tw: Sequence[Word], links: Sequence[int], mt_text: str
) -> tuple[Word, Word, str] | None:
    """(source verb, translation verb, the MT's pronoun) of the first clause the
    translation opens with no subject where the source's verb has a person."""
    mt_words = _WORD.findall(mt_text)
    for k, w in enumerate(tw):
        j = links[k] if k < len(links) else -1
        if j < 0 or not w.surface[:1].isalpha():
            continue
        # The dictionary pairs a repeated word with its first occurrence.
        same = [i for i, s in enumerate(sw) if s.lemma == sw[j].lemma and s.finite]
        opened = [(i, _source_opening(sw, i)) for i in same if sw[i].pos.startswith("vb")]
        opened = [(i, o) for i, o in opened if o is not None]
        tgt_open = _target_opening(tw, k)
        if not opened or tgt_open is None:
            continue
        opener, at = tgt_open
        match = [i for i, o in opened if o == opener or (o and opener in _SUBORDINATORS[o])]
        if not match:
            continue
        s = sw[match[0]]
        first = tw[at + 1] if at + 1 < k else w
        # A word the analyser joined to the next ("Think that") by its first word.
        heads = {w.surface.lower().split()[0], first.surface.lower().split()[0]}
        person = _mt_person(mt_words, tuple(heads))
        if person is None and opener:  # not at the start: "Continuemos" → MT "We continue"
            person = _mt_opening(mt_words, opener)
        if person is None:
            continue
        if opener == "" and person.lower() not in _OPENING_PERSONS:
            continue
        if (
            opener == ""
            and not s.stating
            and {t.surface.lower() for t in tw[:k]} & _IMPERATIVE_OPENERS
        ):
            continue  # "No salgan de casa" (MT "They do not go out") → "Do not leave…";
            # "No creemos" (indicative) → "Do not believe" is a statement cut
        if opener and not _plainly_finite(first):
            continue  # "when finished", "if needed": a reduced clause has no subject
        if opener in ("and", "but"):
            # A base form after "and" may be an imperative ("and drink lots of water").
            before = {t.surface.lower() for t in tw[:at]}
            if (
                person.lower() not in _SHARED_PERSONS
                or person.lower() in before
                or first.pos not in _FINITE_AFTER_AND
            ):
                continue
        return s, w, person
    return None


def _verb_form(w: Word) -> bool:
    """A word that may be a lexical verb: tagged one, or a noun WordNet also knows as a
    verb (the tagger reads "any decision make" as nouns); not "reminiscent" for
    "recuerda", nor "is" paired with "estén" three clauses away (ContraTICO 6860)."""
    if w.pos == "vblex":
        return True  # not "be", "have", a modal: their pairing is loose ("is" ↔ "estén")
    return w.pos == "n" and "vblex" in wordnet_parts(w.surface.lower())


def relative_without_subject(
    sw: Sequence[Word], tw: Sequence[Word], links: Sequence[int]
) -> tuple[Word, Word] | None:
    """(source verb, translation verb) where a Spanish relative clause ("toda decisión que
    toman") is rendered with its antecedent straight before its verb ("any decision
    make"): English drops the relative word only before a subject ("any decision they
    make"), and a subject relative keeps it or turns the verb into "-ing" ("patients who
    need help", "patients needing help"). The translation's word must be a verb form
    ("an image reminiscent of" renders "que recuerda" with an adjective)."""
    for k in range(1, len(tw)):
        w = tw[k]
        j = links[k] if k < len(links) else -1
        if j < 2 or not w.surface[:1].islower() or w.surface.lower().endswith(("ing", "ed")):
            continue
        s = sw[j]
        if not (s.finite and s.pos.startswith("vb")) or not _verb_form(w):
            continue
        i = j - 1
        while i >= 0 and (sw[i].pos in _SOURCE_SKIP_POS or sw[i].surface.lower() == "no"):
            i -= 1
        if i < 1 or sw[i].pos != "rel" or sw[i].surface.lower() != "que" or sw[i - 1].pos != "n":
            continue
        before = links[k - 1] if k - 1 < len(links) else -1
        if tw[k - 1].pos == "n" and before == i - 1:
            return s, w
    return None


def check_dropped_subject(src, tgt, analysed, links, mt_text: str | None) -> list[Finding]:
    """An omission (major) at a source verb whose person the translation writes no
    subject for."""
    if not ENABLED or analysed is None or links is None or not mt_text:
        return []
    if tgt.lang[:2] != "en" or src.lang[:2] != "es" or tgt.text.rstrip().endswith("?"):
        return []
    found = dropped_subject(analysed[0], analysed[1], links[1], mt_text)
    if found is None and RELATIVES:
        cut = relative_without_subject(analysed[0], analysed[1], links[1])
        if cut is not None:
            return [
                removed_word(
                    (cut[0].start, cut[0].end) if cut[0].start >= 0 else None,
                    (cut[1].start, cut[1].end) if cut[1].start >= 0 else None,
                    f"The source's relative clause ({quote(cut[0].surface)}) is rendered "
                    f"with no relative word and no subject before {quote(cut[1].surface)}: "
                    "a word seems to have been left out.",
                )
            ]
    if found is None:
        return []
    verb, word, person = found
    return [
        removed_word(
            (verb.start, verb.end) if verb.start >= 0 else None,
            (word.start, word.end) if word.start >= 0 else None,
            f"The source's {quote(verb.surface)} says who acts («{person}» in its literal "
            f"translation), but the translation's {quote(word.surface)} has no subject: "
            "a word seems to have been left out.",
        )
    ]
