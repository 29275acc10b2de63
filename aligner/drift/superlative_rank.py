"""A superlative's rank changed: "la huelga más larga" → "one of the longest strikes",
"uno de los peores atentados" → "the worst attack" (docs/drift.md, "Session 26, lead").

News ranks things ("the deadliest earthquake of the decade", "the world's largest copper
producer"), and a fact-checker reads "the deadliest" and "one of the deadliest" as two
claims: the first can be false where the second is true. The degree check compares
words of degree ("muy", "extremely"); this one compares where a superlative stands: on
its own ("la más larga", "el peor", "the longest", "the world's largest") or as one of a
set ("una de las más largas", "entre los mejores", "one of the longest", "among the
best"). A pair is reported (intensity, major) when each side has exactly one superlative
and only one side sets it among others, the unique one singular, and the MT of the
source, where there is one that reads a superlative, ranks it as the source does (so a
source read wrongly is not blamed on the translation).

Read from the tokens alone: Spanish, Portuguese, French and Italian sources (an article,
at most two words, then the word of degree and a word, or an irregular superlative after
the article; a comparison with "que" / "than" is not one); English translations (a
determiner or a possessive "'s" before "most"/"least" and a word, "best"/"worst", or a
"-est" form of a WordNet adjective).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aligner.drift.lexical_diff import wordnet_parts
from aligner.drift.signals import Evidence, Finding, Side, usable
from aligner.drift.text import Tok, tokenize
from aligner.textutil import quote


@dataclass(frozen=True)
class Ranked:
    start: int  # character offsets of the superlative phrase (partitive words included)
    end: int
    among: bool  # one of a set ("one of the longest") rather than first ("the longest")
    singular: bool | None  # the unique superlative's number, None where unknown


@dataclass(frozen=True)
class _Romance:
    articles: frozenset[str]
    singular: frozenset[str]
    degree: frozenset[str]  # "más", "plus"…: a superlative after an article
    irregular: frozenset[str]  # "peor", "meilleur"…: a superlative of their own
    ones: frozenset[str]  # "uno", "l'un"…: "one" before "of the"
    of: frozenset[str]  # "de"
    of_the: frozenset[str]  # "dos", "des", "dei"…: "of" and the article in one word
    among: frozenset[str]  # "entre", "parmi"…
    to_be: frozenset[str]  # "es de los mejores": a form of "be" before "of the"
    than: frozenset[str]  # "que", "che": a comparison, not a superlative
    not_after: frozenset[str]  # words after an irregular form that make it no rank

    @property
    def set_heads(self) -> frozenset[str]:
        """What stands before "of the" to set a superlative among others."""
        return self.ones | self.to_be


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_SOURCES = {
    "es": _Romance(
        _set("el la los las lo"), _set("el la lo"), _set("más menos"),
        _set("mejor peor mayor menor mejores peores mayores menores"), _set("uno una"),
        _set("de"), frozenset(), _set("entre"), _set("es fue era son fueron eran será sería"),
        _set("que"), _set("parte partes medida edad"),
    ),
    "pt": _Romance(
        _set("o a os as"), _set("o a"), _set("mais menos"),
        _set("melhor pior maior menor melhores piores maiores menores"), _set("um uma"),
        _set("de"), _set("dos das"), _set("entre"), _set("é foi era são foram eram será seria"),
        _set("que do da"), _set("parte partes medida idade"),
    ),
    "fr": _Romance(
        _set("le la les l'"), _set("le la l'"), _set("plus moins"),
        _set("meilleur meilleure meilleurs meilleures pire pires"),
        _set("un une l'un l'une"), _set("de"), _set("des"), _set("parmi"),
        _set("est fut était sont furent étaient sera serait"), _set("que qu'"), frozenset(),
    ),
    "it": _Romance(
        _set("il lo la i gli le l'"), _set("il lo la l'"), _set("più meno"),
        _set("migliore peggiore maggiore minore migliori peggiori maggiori minori"),
        _set("uno una"), _set("di"), _set("dei degli delle"), _set("tra fra"),
        _set("è fu era sono furono erano sarà sarebbe"), _set("che di"),
        _set("parte parti misura età"),
    ),
}  # fmt: skip

# English: the determiners a superlative of rank stands after ("'s": "the world's largest").
_EN_DETERMINERS = frozenset("the its their his her our my your 's".split())
_EN_IRREGULAR = frozenset("best worst".split())
_EN_DEGREE = frozenset("most least".split())
_EN_ONES = frozenset("one two three some any each none".split())
_EN_AMONG = frozenset(("among", "amongst"))
_EN_THAN = frozenset(("than",))
# Adjectives in "-est" that are no superlative, and superlatives that are no rank
# ("the latest figures": the most recent; "at least").
_EN_NOT = frozenset("honest modest earnest latest least".split())


def _en_superlative(word: str) -> bool:
    """ "best", "worst", or "-est" on a WordNet adjective ("largest", "deadliest",
    "biggest"), the word itself no noun or verb ("forest", "protest", "request")."""
    w = word.lower()
    if w in _EN_IRREGULAR:
        return True
    if not w.endswith("est") or len(w) < 6 or w in _EN_NOT:
        return False
    if {"n", "vblex"} & set(wordnet_parts(w)):
        return False
    stem = w[:-3]
    bases = [stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        bases.append(stem[:-1])  # "biggest" → "big"
    return any("adj" in wordnet_parts(b) for b in bases)


def english_ranks(toks: Sequence[Tok]) -> list[Ranked]:
    """The superlatives of rank in an English text, each as first or as one of a set."""
    out = []
    for i, t in enumerate(toks):
        degree = t.norm in _EN_DEGREE and i + 1 < len(toks) and toks[i + 1].word
        if not (degree or (t.word and _en_superlative(t.text))):
            continue
        if degree and toks[i + 1].norm in ("of", "than"):
            continue  # "most of the…", "more … than"
        if i == 0 or toks[i - 1].norm not in _EN_DETERMINERS:
            continue  # "most people", "at best", "the second largest" (a rank of its own)
        if any(x.norm in _EN_THAN for x in toks[i + 1 : i + 5]):
            continue
        start = i - 1
        if toks[start].norm == "'s":
            # The possessor: "the world's", "the country's" — back to its determiner.
            k = start - 1
            while k > 0 and start - k <= 3 and toks[k].norm != "the":
                k -= 1
            start = k if toks[k].norm == "the" else start - 1
        opener = _set_opener(toks, start)
        last = toks[i + 1] if degree else t
        first = toks[start if opener is None else opener]
        out.append(Ranked(first.start, last.end, opener is not None, None))
    return out


def _set_opener(toks: Sequence[Tok], start: int) -> int | None:
    """The index of "one" in "one of the…" or of "among" before ``start``, or None."""
    if start >= 1 and toks[start - 1].norm in _EN_AMONG:
        return start - 1
    if start >= 2 and toks[start - 1].norm == "of" and toks[start - 2].norm in _EN_ONES:
        return start - 2
    return None


def source_ranks(toks: Sequence[Tok], lang: str) -> list[Ranked]:
    """The superlatives of rank in a Romance-language text, each as first or as one of
    a set; [] for a language without a table."""
    table = _SOURCES.get(lang[:2])
    if table is None:
        return []
    out = []
    for a, art in enumerate(toks):
        contracted = art.norm in table.of_the
        if art.norm not in table.articles and not contracted:
            continue
        end = _superlative_after(toks, a, table)
        if end is None:
            continue
        among, start = contracted, a
        if contracted:
            among = a > 0 and toks[a - 1].norm in table.ones
            start = a - 1 if among else a
        elif a >= 1 and toks[a - 1].norm in table.among:
            among, start = True, a - 1
        elif a >= 2 and toks[a - 1].norm in table.of and toks[a - 2].norm in table.set_heads:
            among, start = True, a - 2
        if contracted and not among:
            continue  # "el mayor de los dos": a comparison of two
        singular = None if among else art.norm in table.singular
        out.append(Ranked(toks[start].start, toks[end].end, among, singular))
    return out


def _superlative_after(toks: Sequence[Tok], a: int, table: _Romance) -> int | None:
    """The index of the superlative's last word when one follows the article at ``a``
    within three words ("la más larga", "la huelga más larga", "el peor atentado")."""
    for d in range(a + 1, min(a + 4, len(toks))):
        t = toks[d]
        if not t.word:
            return None
        if t.norm in table.irregular:
            nxt = toks[d + 1].norm if d + 1 < len(toks) else ""
            if nxt in table.not_after or nxt in table.than or nxt in table.of:
                return None
            return d
        if t.norm in table.degree:
            if d + 1 >= len(toks) or not toks[d + 1].word or toks[d + 1].text[:1].isdigit():
                return None
            if toks[d + 1].norm in table.of or toks[d + 1].norm in table.than:
                return None  # "más de 20", "más que nunca"
            if any(x.norm in table.than for x in toks[d + 2 : d + 5]):
                return None  # "la huelga fue más larga que…": a comparison
            return d + 1
    return None


def check(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """An intensity finding (major) where one side ranks first what the other sets among
    others."""
    if tgt.lang[:2] != "en":
        return []
    s_ranks, t_ranks = source_ranks(src.toks, src.lang), english_ranks(tgt.toks)
    if len(s_ranks) != 1 or len(t_ranks) != 1 or s_ranks[0].among == t_ranks[0].among:
        return []
    s, t = s_ranks[0], t_ranks[0]
    if not s.among and s.singular is False:
        return []  # "las empresas más rentables": a set of its own
    if mt := usable(ev.mt):
        m_ranks = english_ranks(tokenize(mt.text))
        if len(m_ranks) == 1 and m_ranks[0].among != s.among:
            return []
    s_text, t_text = src.text[s.start : s.end], tgt.text[t.start : t.end]
    if t.among:
        message = (
            f"The source ranks it first ({quote(s_text)}); the translation makes it one "
            f"of several ({quote(t_text)})."
        )
    else:
        message = (
            f"The source makes it one of several ({quote(s_text)}); the translation ranks "
            f"it first ({quote(t_text)})."
        )
    return [
        Finding(
            "intensity",
            "major",
            0.6,
            (s.start, s.end),
            (t.start, t.end),
            message,
            "drift.intensity",
        )
    ]
