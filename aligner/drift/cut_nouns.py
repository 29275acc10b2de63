"""A noun cut out of English that stays readable around the cut, seen in the marks and
the small words the noun leaves behind (docs/drift.md, "Session 22, drift27b").

DEMETR-style removals of a noun (or of an adjective that stood for one) leave English a
reader sees is wrong, in shapes the earlier checks of :mod:`stranded` do not read:

* a prefix written for a word that is gone: a word and a hyphen joined to it, then the
  sentence's mark or an unrelated word ("interpreting micro-.", "adopted by non- in
  Christian countries"); English leaves a hyphen open only before "and", "or", "to" and
  the like, whose next word completes it ("pre- and post-war", "short- to long-term");
* a bracket padded on the inside where its words were ("local time (15:00 )"), in a
  sentence whose other brackets are not padded;
* "of" straight before a finite auxiliary after a noun ("vials of have also been
  pledged", "the use of has led to"): the object of "of" is gone (a preposition English
  strands before a verb closes a relative clause, "the letters to watch out for are",
  and follows a verb or an adjective there, not a noun);
* a figure and "of" before an adjective and a noun, with no determiner between ("after
  seven of electoral defeats", "between two of young people"): English writes "seven
  of the", "two of them", or "seven days of", so the noun the figure counted is gone;
* "a" or "an" before a participle WordNet files as an adjective (or nothing) and a
  preposition ("according to a published in 2008"): an indefinite article does not
  make a noun of a participle ("the injured" does, which is why "the" is left to
  :mod:`determiner_verbs`), so the noun it was written for is gone;
* "than" straight before a mark ("earlier than (the honeymoon…)"): what was compared is
  gone; and a lower-case "no" straight before another determiner ("in no those of the
  pilot"): the noun "no" determined is gone;
* a preposition whose object is an adverb or a participle and an adjective before the
  sentence's end ("of densely populated residential."), where
  :func:`adjective_objects.adjective_object` reads adjectives alone.

Read from the English tokens alone (no MT, no tagger): shapes of :mod:`stranded`, so they
run on every English translation, through every route. Each was measured on text it
was not read from (docs/drift.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.determiner_verbs import _PREPOSITIONS, _irregular_forms
from aligner.drift.lexical_diff import synsets, wordnet_parts
from aligner.drift.text import Tok

# Words after which an open hyphen is completed by the next word ("pre- and post-war").
_COMPLETING = frozenset("and or to nor through versus vs & und".split())
_CLOSING_MARKS = frozenset(". ; : ! ? ) ]".split())
_AUXILIARIES = frozenset(
    "has have had is are was were will would can could may might should must shall".split()
)
# Words before a verb whose "of" may close a relative clause ("what we think of is").
_VERB_OPENERS = frozenset("to i you we they he she it who that which".split())
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand million billion dozen""".split()
)
# Adjectives that quantify or point, and so open a phrase after "of" on their own
# ("two of many", "three of those", "five of the last").
_QUANTIFIERS = frozenset(
    """many much several few more most other such same last first next only own each both
    every all any some various numerous certain whole entire additional""".split()
)


def _attached(a: Tok, b: Tok) -> bool:
    return a.end == b.start


def _sentence(toks: Sequence[Tok], i: int) -> range:
    """The indices of the sentence token ``i`` stands in (marks . ! ? end one)."""
    start = i
    while start > 0 and toks[start - 1].text not in (".", "!", "?"):
        start -= 1
    end = i
    while end < len(toks) and toks[end].text not in (".", "!", "?"):
        end += 1
    return range(start, min(end + 1, len(toks)))


def _dash_aside(toks: Sequence[Tok], i: int) -> bool:
    """Whether the sentence has a hyphen used as a dash: spaced before and joined to the
    next word ("the dominance -currently in decline- played by…")."""
    for k in _sentence(toks, i):
        t = toks[k]
        if t.text != "-" or k + 1 >= len(toks) or not _attached(t, toks[k + 1]):
            continue
        if k == 0 or not _attached(toks[k - 1], t):
            return True
    return False


def open_prefix(toks: Sequence[Tok], i: int) -> int | None:
    """The index of what follows a word's open hyphen when nothing completes it
    ("micro-.", "non- in"), or None."""
    t = toks[i]
    if not t.word or not t.text.isalpha() or not t.text.islower() or i + 1 >= len(toks):
        return None
    dash = toks[i + 1]
    if dash.text != "-" or not _attached(t, dash):
        return None
    if i + 2 >= len(toks):
        return i + 1
    nxt = toks[i + 2]
    if nxt.word:
        if _attached(dash, nxt) or nxt.norm in _COMPLETING or not nxt.text.islower():
            return None
    elif nxt.text not in _CLOSING_MARKS:
        return None  # "first-, second- and…"
    return None if _dash_aside(toks, i) else i + 2


def padded_bracket(toks: Sequence[Tok], i: int) -> int | None:
    """The index of a closing bracket written with a space before it, straight after
    word ``i``, when the bracket's opening is joined to its first word ("(15:00 )")."""
    if i + 1 >= len(toks) or not toks[i].word:
        return None
    t = toks[i + 1]
    if t.text != ")" or _attached(toks[i], t):
        return None
    opening = next((k for k in range(i, -1, -1) if toks[k].text == "("), None)
    if opening is None or opening == i or not _attached(toks[opening], toks[opening + 1]):
        return None
    return i + 1


def of_auxiliary(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the auxiliary after a noun's "of" ("vials of have also been…")."""
    t = toks[i]
    if t.text != "of" or i == 0 or i + 1 >= len(toks):
        return None
    aux, before = toks[i + 1], toks[i - 1]
    if aux.norm not in _AUXILIARIES or not aux.text.islower():
        return None
    if not before.word or not before.text.isalpha() or not before.text.islower():
        return None
    if i >= 2 and toks[i - 2].norm in _VERB_OPENERS:  # "to think of", "we spoke of"
        return None
    if before.norm.endswith("ed") or before.norm in _irregular_forms():
        return None  # a verb's past: "the place they lived in was", "he spoke of"
    if not _noun(before.norm):
        return None  # a noun's "of" ("vials of"), not a verb's or an adjective's
    return i + 1


def _noun(word: str) -> bool:
    """Whether WordNet knows ``word``, or the singular of a plural in "-s", as a noun."""
    forms = {word}
    if word.endswith("s"):
        forms |= {word[:-1], word[:-2], word[:-3] + "y"}
    return any("n" in wordnet_parts(w) for w in forms if len(w) > 2)


def _figure(t: Tok) -> bool:
    if not t.word:
        return False
    if t.norm in _NUMBER_WORDS:
        return t.norm != "one"  # "one of great importance" is English
    return t.text.replace(",", "").isdigit()


def figure_of_adjective(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the adjective after "<figure> of" when an adjective and a noun
    follow with no determiner ("seven of electoral defeats")."""
    if i + 3 >= len(toks) or not _figure(toks[i]) or toks[i + 1].text != "of":
        return None
    if i and toks[i - 1].text == ":":
        return None  # a clock time, "10:30 of"
    adj, head = toks[i + 2], toks[i + 3]
    if not adj.word or not adj.text.isalpha() or not adj.text.islower():
        return None
    if adj.norm in _QUANTIFIERS or adj.norm in _NUMBER_WORDS or _figure(adj):
        return None  # "two of many", "four of seven had"
    if "adj" not in wordnet_parts(adj.norm):
        return None
    if not head.word or not head.text.isalpha() or not head.text.islower():
        return None
    if not _noun(head.norm):
        return None  # "two of young people", not "two of nine had"
    return i + 2


def article_participle(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the preposition after "a"/"an" and a participle English does not
    use as a noun ("a published in 2008")."""
    t = toks[i]
    if t.norm not in ("a", "an") or not t.text.isalpha() or i + 2 >= len(toks):
        return None
    verb, prep = toks[i + 1], toks[i + 2]
    word = verb.text
    if not word.isalpha() or not word.islower() or not word.endswith("ed"):
        return None
    if prep.norm not in _PREPOSITIONS or not prep.text.islower():
        return None
    if wordnet_parts(word) not in ((), ("adj",)):
        return None  # "a bed of", "a need for", "a watershed in"
    bases = (word[:-2], word[:-1], word[:-3])  # "published", "featured", "stopped"
    if not any(len(b) > 2 and "vblex" in wordnet_parts(b) for b in bases):
        return None
    return i + 2


_THAN_CUT = frozenset(". , ; : (".split())
_DETERMINERS_AFTER_NO = frozenset("the a an this that these those his their its".split())


def than_nothing(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the mark straight after "than": what was compared is gone ("occurs
    earlier than (the honeymoon phase…)")."""
    if toks[i].text != "than" or i + 1 >= len(toks):
        return None
    return i + 1 if toks[i + 1].text in _THAN_CUT else None


def no_determiner(toks: Sequence[Tok], i: int) -> int | None:
    """The index of a determiner straight after a lower-case "no" ("in no those of the
    pilot"): "no" is itself a determiner, so the noun (or "way") after it is gone."""
    if toks[i].text != "no" or i + 1 >= len(toks):
        return None
    nxt = toks[i + 1]
    return i + 1 if nxt.text in _DETERMINERS_AFTER_NO else None


def _modifier(t: Tok) -> bool:
    """An adverb in "-ly" or a participle in "-ed" (or a hyphened compound) that may
    stand before an adjective ("densely populated", "well-known")."""
    word = t.text
    if not word.islower():
        return False
    if "-" in word:
        return word.replace("-", "").isalpha()
    if word.endswith("ly"):
        return "adv" in wordnet_parts(word)
    return word.endswith("ed") and "n" not in wordnet_parts(word)


def modifiers_object(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the mark after a preposition whose object is an adverb or a
    participle and an adjective, with no noun ("shelling of densely populated
    residential."): :func:`adjective_objects.adjective_object` reads adjectives alone."""
    if toks[i].norm not in _PREPOSITIONS or not toks[i].text.islower():
        return None
    k = i + 1
    while k < len(toks) and _modifier(toks[k]):
        k += 1
    if k == i + 1 or k + 1 >= len(toks) or toks[k + 1].text not in (".", ";", "!"):
        return None
    if k + 2 < len(toks) and toks[k + 2].text == ".":
        return None  # an ellipsis
    last = toks[k].text
    if not last.isalpha() or not last.islower() or last.endswith(("s", "ed", "ing")):
        return None
    if wordnet_parts(last) != ("adj",) or synsets(f"{toks[i].norm} {last}"):
        return None
    return k + 1


SHAPES = (
    open_prefix,
    padded_bracket,
    of_auxiliary,
    figure_of_adjective,
    article_participle,
    than_nothing,
    no_determiner,
    modifiers_object,
)


def cut_at(toks: Sequence[Tok], start: int) -> bool:
    """Whether the cut :mod:`stranded` reports from character ``start`` is one of these
    shapes (its message names a noun)."""
    return any(
        tok.start == start and any(shape(toks, i) is not None for shape in SHAPES)
        for i, tok in enumerate(toks)
    )
