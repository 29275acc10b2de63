"""Guess a document's language from its function words.

Good enough to tell the languages aligner has profiles for apart on a paragraph
or more of news text; the CLI lets users say the language when it is not.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from aligner.lang import KNOWN, PARTIAL, profile
from aligner.lang.scripts import guess_by_script

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, sample_chars: int = 20000) -> tuple[str, float]:
    """Return (ISO 639-1 code, confidence), or ("xx", 0.0).

    The confidence is the winner's share of the top two scores: related languages
    share many function words ("de", "la", "que"), so only the margin over the
    runner-up says how sure the guess is. A text mostly in another script than Latin is
    told by its script (:func:`guess_language`).
    """
    by_script = guess_by_script(text, sample_chars)
    if by_script is not None:
        return by_script.code, by_script.confidence
    words = Counter(w.lower() for w in _WORD.findall(text[:sample_chars]))
    scores = {}
    for code in KNOWN:
        stopwords = profile(code).stopwords
        scores[code] = sum(n for w, n in words.items() if w in stopwords)
    ranked = sorted(scores, key=lambda c: scores[c], reverse=True)
    best, second = scores[ranked[0]], scores[ranked[1]]
    if best == 0:
        return "xx", 0.0
    return ranked[0], best / (best + second)


# --- Languages aligner has no profile for, so that a text in one of them is called what it is
# rather than taken for its neighbour (Catalan and Galician read as Spanish or Portuguese,
# Dutch as Spanish by the margin alone). Frequent function words, written here.
OTHER_STOPWORDS = {
    "ca": "el la els les de del dels a al als i en amb per un una uns unes que es és són va "
          "van ha han hi ho li seu seva seus seves aquest aquesta aquests aquestes això però "
          "perquè també només molt més quan on com sense després segons fins entre ni no sí "
          "jo tu ell ella ells elles nosaltres vosaltres hem heu era eren dir pel pels",
    "gl": "o a os as do da dos das ao aos á ás e en no na nos nas un unha uns unhas que se "
          "non si con cos coas polo pola polos polas para por súa seu seus súas xa aínda "
          "tamén moi máis cando onde como despois segundo ata entre el ela eles elas isto "
          "iso foi son está dixo pero",
    "nl": "de het een en van in is dat op te zijn met voor niet aan er om ook als bij nog "
          "maar naar door uit over tot wordt worden werd heeft hebben had dit deze die wat "
          "zo ze zij hij wij we kan moet zal na tegen geen meer dan nu",
    "sv": "och i att det som en på är av för med till den har de inte om ett han men var "
          "jag sig från vi så kan man när år säger hon under också efter eller nu sedan "
          "mot alla vid skulle finns där två blir",
    "ro": "și în la de pe cu din că nu un o este sunt a fost au pentru care mai ce se sau "
          "dar după prin acest această între fără lui ei lor el ea noi",
}  # fmt: skip
OTHER_NAMES = {
    "ca": "Catalan", "gl": "Galician", "nl": "Dutch", "sv": "Swedish", "ro": "Romanian",
    # told by their script (aligner.lang.scripts)
    "ko": "Korean", "he": "Hebrew", "th": "Thai", "uk": "Ukrainian", "sr": "Serbian",
    "be": "Belarusian", "fa": "Persian", "ur": "Urdu", "bn": "Bengali", "ta": "Tamil",
    "ka": "Georgian", "hy": "Armenian",
}  # fmt: skip
_OTHER = {code: frozenset(words.split()) for code, words in OTHER_STOPWORDS.items()}

# The confidence of a guess is the winner's share of the words that tell the top two apart
# (function words of one and not the other). Genuine news text in the six profiled
# languages scores 0.80 or more on corpora/, whole files and their first 250 characters
# alike (docs/formats.md). Below LOW_CONFIDENCE a guess is doubtful; below FLOOR aligner
# does not guess at all and asks for the language.
LOW_CONFIDENCE = 0.75
FLOOR = 0.65
# A text whose words are this rarely function words of the winner is in none of the lists.
MIN_COVERAGE = 0.12


@dataclass(frozen=True)
class Guess:
    code: str  # ISO 639-1, or "xx" for none
    confidence: float  # the winner's share of the words telling the top two apart
    runner_up: str
    coverage: float  # share of the words that are the winner's function words
    words: int  # how many words the guess is based on

    @property
    def profiled(self) -> bool:
        """A language with word lists: a full profile, or the drift lists of PARTIAL."""
        return self.code in KNOWN or self.code in PARTIAL


def guess_language(text: str, sample_chars: int = 20000) -> Guess:
    """Like :func:`detect_language`, over the profiled languages and a few neighbours.

    A text mostly in a script other than Latin is told by its script (issue 12): Han
    with kana is Japanese, Han alone Chinese, Devanagari Hindi, Greek Greek, Cyrillic
    Russian unless letters of Ukrainian, Serbian or Belarusian show, Arabic script Arabic
    unless Persian or Urdu letters do. Chinese and Japanese words are counted one
    character each (they are written without spaces).
    """
    by_script = guess_by_script(text, sample_chars)
    if by_script is not None:
        s = by_script
        return Guess(s.code, s.confidence, "xx", s.coverage, s.words)
    words = Counter(w.lower() for w in _WORD.findall(text[:sample_chars]))
    total = sum(words.values())
    partial = {code: profile(code).stopwords for code in PARTIAL if profile(code).stopwords}
    lists = {code: profile(code).stopwords for code in KNOWN} | _OTHER | partial
    scores = {code: sum(n for w, n in words.items() if w in stop) for code, stop in lists.items()}
    first, second = sorted(scores, key=lambda c: scores[c], reverse=True)[:2]
    if scores[first] == 0:
        return Guess("xx", 0.0, "xx", 0.0, total)
    # Related languages share most function words ("de", "la", "que"): only the words of
    # one and not the other say which it is.
    own = sum(n for w, n in words.items() if w in lists[first] and w not in lists[second])
    other = sum(n for w, n in words.items() if w in lists[second] and w not in lists[first])
    confidence = own / (own + other) if own + other else 0.5
    return Guess(first, confidence, second, scores[first] / total, total)


def language_name(code: str) -> str:
    known = code in KNOWN or code in PARTIAL
    return profile(code).name if known else OTHER_NAMES.get(code, code)


# ISO 639-1: the primary language subtags BCP 47 takes from it (ISO 639-1:2002 and its
# later additions), so "pt-BR" or "ru" is accepted and "spanish" or "xx-YY" is not.
ISO_639_1 = frozenset(
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu "
    "cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi "
    "ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks "
    "ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl "
    "nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl "
    "sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve "
    "vi vo wa wo xh yi yo za zh zu".split()
)
_BCP47 = re.compile(r"^([a-z]{2})(?:[-_][a-z0-9]{1,8})*$")


def normalize_code(code: str) -> str | None:
    """The primary subtag of a BCP 47 tag ("es-ES" → "es", "pt_BR" → "pt"), or None if unknown."""
    match = _BCP47.match(code.strip().lower())
    if not match or match.group(1) not in ISO_639_1:
        return None
    return match.group(1)


def unknown_code_message(code: str) -> str:
    return (
        f"unknown language code {code!r}; use an ISO 639-1 / BCP 47 code "
        f"(es, en, pt-BR...); with a full language profile: {', '.join(sorted(KNOWN))}"
    )
