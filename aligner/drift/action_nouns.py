"""A noun of action after a light verb, said by the English verb of the act (session 38,
drift43c).

Spanish puts an act under a light verb and its noun ("le someterán a vigilancia", "los
pusieron bajo observación", "hacen un seguimiento de los casos", "quedan en aislamiento")
where English says the verb ("will monitor you", "were observed", "track the cases",
"isolate"). The literal MT says the noun ("surveillance"), the dictionaries give the
English verb no Spanish noun, and WordNet does not relate "surveillance" to "monitor":
the clause readers found no word of such a clause and reported it dropped. Here the noun
counts as said where the other side has a form of one of its verbs, both ways (a source
clause's noun against the translation's verbs, a translation clause's verb against the
source's nouns). "y le someterán a vigilancia" with nothing of watching in the
translation is still a clause with no counterpart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from aligner.drift.text import Tok, fold

# Spanish noun stems and the English verb stems that say the same act.
_ACTS = {
    "es": (
        ("vigilancia", ("monitor", "watch", "surveil")),
        ("observacion", ("observ", "monitor")),
        ("seguimiento", ("monitor", "track")),
        ("aislamiento", ("isolat",)),
        ("tratamiento", ("treat",)),
    ),
}


@cache
def _patterns(lang: str) -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    """(the noun, the verbs) as word patterns: the noun with its plural, the verb stems
    with any English ending."""
    return tuple(
        (
            re.compile(rf"^{noun}(?:es|s)?$"),
            re.compile(rf"^(?:{'|'.join(verbs)})(?:s|es|ed|d|ing|e)?$"),
        )
        for noun, verbs in _ACTS.get(lang, ())
    )


def said_as_verb(
    toks: Sequence[Tok], lang: str, other_text: str, other_lang: str, own_text: str = ""
) -> list[bool]:
    """For each token, whether it is a noun of action (``lang`` Spanish) whose verb the
    other text says, or (``lang`` English) a verb whose noun of action the other says;
    the verb not one a word of ``own_text`` (the token's whole side) spells."""
    spanish = lang[:2] if lang[:2] in _ACTS else other_lang[:2]
    pairs = _patterns(spanish)
    if not pairs or "en" not in (lang[:2], other_lang[:2]):
        return [False] * len(toks)
    theirs = [fold(w.lower()) for w in re.findall(r"\w+", other_text)]
    mine = [fold(w.lower()) for w in re.findall(r"\w+", own_text)]
    out = []
    for t in toks:
        if lang[:2] == spanish:
            # The English verb's form must render nothing else: a source word of its own
            # stem ("un monitoring fetal … y un seguimiento" ↔ "fetal monitoring") says it.
            said = [w for w in theirs if any(v.match(w) for n, v in pairs if n.match(t.fold))]
            hit = any(not _own(w, mine) for w in said)
        else:
            hit = any(v.match(t.fold) and any(n.match(w) for w in theirs) for n, v in pairs)
        out.append(hit)
    return out


def _own(word: str, mine: Sequence[str]) -> bool:
    """Whether a word of ``mine`` is ``word`` or shares its first five letters."""
    return any(m == word or (len(word) >= 5 and m[:5] == word[:5]) for m in mine)
