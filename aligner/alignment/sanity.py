"""Loud checks on a document pair before any work: is this a source and its translation?

Each check is cheap (function words, lengths) and says what it saw: the same text twice,
the same language twice, the files swapped, a translation far shorter than its source
(with how much of the source has no counterpart), a language aligner cannot tell or has
no profile for. :func:`pair_problems` is what every command runs (through
``engine.load_pair``): a problem stops the command (exit 2, one line) unless ``--force``,
and then it is a warning. :func:`text_problems` is the part that needs no knowledge of
which languages the user gave; ``engine.align`` reports it as warnings for API callers.
"""

from __future__ import annotations

from dataclasses import dataclass

from aligner.alignment.langid import (
    FLOOR,
    LOW_CONFIDENCE,
    MIN_COVERAGE,
    Guess,
    guess_language,
    language_name,
)
from aligner.lang.scripts import latin_size
from aligner.types import Document

# Below this many words a language guess is not trusted either way (a headline, a caption).
MIN_WORDS = 30
# The shorter side under this share of the longer one's characters: a partial document.
# Whole news translations in corpora/ (31 pairs, 5 language pairs) are all above 0.88.
PARTIAL_RATIO = 0.55
# This share of the target's sentences being copies of source sentences: untranslated.
COPIED_SHARE = 0.8
# The directions aligner is built and tuned for (those of corpora/: Spanish and Portuguese
# news into English, German into French): a pair going the other way with no languages
# given is more often two files given in the wrong order than a choice.
USUAL_DIRECTIONS = (("es", "en"), ("pt", "en"), ("de", "fr"))


@dataclass(frozen=True)
class Problem:
    path: str  # the file the problem is about
    message: str
    fatal: bool = True  # False: a warning even without --force

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _trusted(guess: Guess) -> bool:
    return (
        guess.words >= MIN_WORDS and guess.confidence >= LOW_CONFIDENCE
        and guess.coverage >= MIN_COVERAGE
    )  # fmt: skip


def text_problems(src: Document, tgt: Document) -> list[Problem]:
    """What the two texts and their languages (given or detected) say about the pair."""
    if _same_text(src, tgt):
        if src.path == tgt.path:
            return [Problem(tgt.path, "is given as both the source and the translation")]
        return [Problem(tgt.path, f"has the same text as {src.path}; is it the translation?")]
    problems = []
    guesses = {"source": guess_language(src.text), "target": guess_language(tgt.text)}
    looks = {role: g.code for role, g in guesses.items() if _trusted(g) and g.profiled}
    if looks.get("source") == tgt.lang and looks.get("target") == src.lang != tgt.lang:
        problems.append(Problem(
            src.path, f"looks like {tgt.lang} and {tgt.path} like {src.lang}: are they swapped?"
            f" (given or detected as {src.lang}→{tgt.lang})",
        ))  # fmt: skip
    else:
        for role, doc in (("source", src), ("target", tgt)):
            if role in looks and looks[role] != doc.lang:
                problems.append(
                    Problem(doc.path, f"looks like {looks[role]}, not {doc.lang} as given")
                )
    if src.lang == tgt.lang and src.lang != "xx":
        problems.append(Problem(
            tgt.path, f"source and target both look like {src.lang}; is the target a translation?"
        ))  # fmt: skip
    problems += _copied(src, tgt) + _partial(src, tgt)
    return problems


def _same_text(src: Document, tgt: Document) -> bool:
    """The same words, whatever the spacing; big texts are compared only when their sizes
    are close, so no copy of a big document is made for nothing."""
    if [s.text for s in src.sentences] == [s.text for s in tgt.sentences]:
        return True
    a, b = len(src.text), len(tgt.text)
    return abs(a - b) <= 0.1 * max(a, b) and src.text.split() == tgt.text.split()


def pair_problems(
    src: Document, tgt: Document, src_given: str | None, tgt_given: str | None
) -> list[Problem]:
    """Everything to say before working on the pair, the most telling first."""
    problems = []
    for doc, given, option in ((src, src_given, "--src-lang"), (tgt, tgt_given, "--tgt-lang")):
        if not given:
            problems += _guess_problems(doc, option)
    if any(p.fatal for p in problems):
        return problems  # the languages are unknown: the checks below would guess on guesses
    found = text_problems(src, tgt)
    if not (src_given or tgt_given or found):
        found += _usual_direction(src, tgt)
    return found + problems


def _guess_problems(doc: Document, option: str) -> list[Problem]:
    guess = guess_language(doc.text)
    if guess.words < MIN_WORDS:
        return []  # too little to tell; the guess stands, as it always has
    if guess.code == "xx" or guess.coverage < MIN_COVERAGE:
        return [Problem(doc.path, f"cannot tell which language this is; say it with {option}")]
    if not guess.profiled:
        return [Problem(
            doc.path, f"looks like {language_name(guess.code)} ({guess.code}), which aligner "
            f"has no language profile for; say {option} {guess.code} to go on with "
            f"language-neutral rules, or {option} with the language it is",
        )]  # fmt: skip
    if guess.confidence < FLOOR:
        return [Problem(
            doc.path, f"cannot tell its language for sure ({guess.code} or {guess.runner_up}, "
            f"confidence {guess.confidence:.2f}); say it with {option}",
        )]  # fmt: skip
    if guess.confidence < LOW_CONFIDENCE:
        return [Problem(
            doc.path, f"language guessed as {guess.code} with low confidence "
            f"({guess.confidence:.2f}, else {guess.runner_up}); say {option} if that is wrong",
            fatal=False,
        )]  # fmt: skip
    return []


def _usual_direction(src: Document, tgt: Document) -> list[Problem]:
    if (tgt.lang, src.lang) in USUAL_DIRECTIONS:
        return [Problem(
            src.path, f"is {src.lang} and {tgt.path} is {tgt.lang}: swapped? aligner's usual "
            f"direction is {tgt.lang}→{src.lang}; swap the files, or say --src-lang {src.lang} "
            f"--tgt-lang {tgt.lang} if this is the direction",
        )]  # fmt: skip
    return []


def _copied(src: Document, tgt: Document) -> list[Problem]:
    """Most target sentences copied from the source: left untranslated."""
    source = {s.text for s in src.sentences if len(s.text) > 20}
    long = [s for s in tgt.sentences if len(s.text) > 20]
    same = sum(s.text in source for s in long)
    if len(long) >= 3 and same >= COPIED_SHARE * len(long):
        return [Problem(
            tgt.path, f"{same} of its {len(long)} sentences are copies of {src.path}'s; "
            "is it the translation?",
        )]  # fmt: skip
    return []


def _partial(src: Document, tgt: Document) -> list[Problem]:
    """One side far shorter than the other, and roughly how much has no counterpart."""
    # Characters of Chinese or Japanese count as the letters an English rendering takes
    # (aligner.lang.scripts.latin_size): a Chinese text is a third of its English in
    # characters, and is no partial translation for that.
    sizes = {doc.path: round(sum(latin_size(s.text) for s in doc.sentences)) for doc in (src, tgt)}
    short, long = (tgt, src) if sizes[tgt.path] <= sizes[src.path] else (src, tgt)
    if sizes[long.path] == 0 or sizes[short.path] >= PARTIAL_RATIO * sizes[long.path]:
        return []
    missing = 1 - sizes[short.path] / sizes[long.path]
    side = "source" if long is src else "translation"
    return [Problem(
        short.path, f"is far shorter than {long.path} ({_sentences(short)} against "
        f"{len(long.sentences)}; {sizes[short.path]:,} characters against "
        f"{sizes[long.path]:,}): about {missing:.0%} of the {side} has no counterpart; "
        "a partial translation?",
    )]  # fmt: skip


def _sentences(doc: Document) -> str:
    return f"{len(doc.sentences)} sentence" + ("" if len(doc.sentences) == 1 else "s")
