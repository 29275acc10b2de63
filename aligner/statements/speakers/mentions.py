"""Mentions of people in a token span: names with their titles ("Foreign Minister Gil",
"Dra. Regina Solís"), role phrases with their modifiers ("the head of Russian
diplomacy", "el diplomático ruso"), names in apposition to a role and subject
pronouns, found left to right by :func:`find_mentions`. :class:`Casing` records how the
document capitalises its words, so a capital at a sentence start is not taken for a
name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from aligner.statements.speakers.lexicon import _BODIES, Lexicon
from aligner.statements.speakers.tokens import Tok
from aligner.textutil import fold_accents as fold


@dataclass(frozen=True)
class Mention:
    kind: str  # "name" | "role" | "pronoun"
    start: int
    end: int
    name: tuple[str, ...] = ()  # the name's words as written, titles excluded
    roles: frozenset[str] = frozenset()
    mods: frozenset[str] = frozenset()  # folded modifiers: "russian", "venezolano"
    new: bool = False  # "a Venezuelan diplomat", "officials": not someone named before
    own_end: int = -1  # where the first speaker's words end when the mention spans others


def is_verb(tok: Tok, lex: Lexicon) -> bool:
    """A reporting verb, also fused with an inverted pronoun ("déclare-t-il", "dit-elle")."""
    if tok.norm in lex.verbs:
        return True
    head = re.sub(r"-(?:t-)?(?:il|elle|ils|elles|on)$", "", tok.norm)
    return head != tok.norm and head in lex.verbs


def _is_name_word(tok: Tok, lex: Lexicon, casing: Casing, first: bool = True) -> bool:
    """Whether ``tok`` can be part of a personal name (``first``: can it start one)."""
    if not (tok.word and tok.cap) or not any(c.isalpha() for c in tok.text):
        return False
    n = tok.norm
    if casing.acronym(tok):
        return True
    if n in lex.stop or n in lex.dets or n in lex.pronouns or n in lex.titles or is_verb(tok, lex):
        return False
    if not first:  # "Martin Luther King": a role word inside a name is part of it
        return True
    if any(p in lex.role_parts for p in n.split("-")):
        return False
    # A sentence-initial capital proves nothing when the word also occurs in casing case.
    return not (tok.initial and n in casing.lowercase)


def _match_role(toks: list[Tok], i: int, lex: Lexicon) -> tuple[int, frozenset[str], set[str]]:
    """Longest role noun starting at token i: (index after it, classes, gap modifiers).

    Stopwords inside are skipped ("head of diplomacy"); one extra content word may sit
    inside a multiword role ("head of Russian diplomacy") and becomes a modifier.
    """
    parts: list[tuple[str, int]] = []
    j = i
    while j < len(toks) and len(parts) < 7 and toks[j].word:
        n = toks[j].norm
        if n not in lex.stop and n not in lex.dets:
            parts += [(p, j) for p in n.split("-") if p]
        elif not parts:
            return i, frozenset(), set()
        j += 1
    words = [p for p, _ in parts]
    for length in range(min(6, len(words)), 0, -1):
        key = tuple(words[:length])
        if key in lex.roles:
            return parts[length - 1][1] + 1, lex.roles[key], set()
        for gap in range(1, length - 1 if length > 2 else 0):
            key = tuple(words[:gap] + words[gap + 1 : length])
            if key in lex.roles:
                return parts[length - 1][1] + 1, lex.roles[key], {fold(words[gap])}
    return i, frozenset(), set()


def _name_run(toks: list[Tok], i: int, lex: Lexicon, casing: Casing) -> int:
    """End of the capitalised name starting at i ("Nicolás Maduro Moros", "Lula da Silva"),
    over "y"/"and" and prepositions too when it is a body's ("Servicio Hidrográfico y
    Oceanográfico de la Armada")."""
    if i >= len(toks) or not _is_name_word(toks[i], lex, casing):
        return i
    return body_name_end(toks, i, _run_on(toks, i + 1, lex, casing), lex, casing)


# Particles of two words in a person's name, whatever the text's language ("Jaime de los
# Santos", "Rafael van der Vaart"): a preposition and an article.
_PARTICLE_PAIRS = frozenset(
    {("de", "la"), ("de", "las"), ("de", "los"), ("van", "der"), ("van", "den"), ("von", "der")}
)


def _run_on(toks: list[Tok], j: int, lex: Lexicon, casing: Casing, deep: bool = False) -> int:
    """End of a name's capitalised words and particles from j on (``deep``: any two
    particles in a row too, as in a body's "de la Armada")."""
    while j < len(toks):
        if _is_name_word(toks[j], lex, casing, first=False):
            j += 1
        elif (
            toks[j].norm in lex.body_of
            and j + 1 < len(toks)
            and _body_head(toks[j - 1], lex)
            and _is_name_word(toks[j + 1], lex, casing, first=False)
        ):
            j += 2  # "Bank of Spain", "University of Chile"
        elif (
            j + 2 < len(toks)
            and (
                (toks[j].norm, toks[j + 1].norm) in _PARTICLE_PAIRS
                or (deep and toks[j].norm in lex.particles and toks[j + 1].norm in lex.particles)
            )
            and _is_name_word(toks[j + 2], lex, casing, first=False)
        ):
            j += 3
        elif (
            toks[j].norm in lex.particles
            and j + 1 < len(toks)
            and _is_name_word(toks[j + 1], lex, casing, first=False)
        ):
            j += 2
        else:
            break
    return j


def body_name_end(
    toks: list[Tok], i: int, j: int, lex: Lexicon, casing: Casing, opens: bool = False
) -> int:
    """End of a body's name whose first capitalised words are toks[i:j], taken on over
    "y"/"and" and short prepositions: "Servicio Nacional de Prevención y Respuesta ante
    Desastres", "Hydrographic and Oceanographic Service". The name must begin (``opens``:
    a body's noun came before i) or end with a body's noun; two people ("Pedro Sánchez y
    Alberto Núñez") or a body and a person ("el Ministerio de Salud y Pedro Sánchez") are
    never joined. Where no longer name holds, j."""
    if j >= len(toks) or toks[j].norm not in lex.body_joins:
        return j
    opens = opens or _body_head(toks[i], lex)
    parts: list[tuple[int, int]] = []  # (the join's index, the end of the words after it)
    k = j
    while k < len(toks) and toks[k].norm in lex.body_joins:
        nxt = k + 1  # an article after it ("ante el Constitucional") ends the name
        if nxt >= len(toks) or not _is_name_word(toks[nxt], lex, casing, first=False):
            break
        parts.append((k, _run_on(toks, nxt + 1, lex, casing, deep=True)))
        k = parts[-1][1]
    for n in range(len(parts), 0, -1):
        if _joined_body(toks, i, parts[:n], opens, lex):
            return parts[n - 1][1]
    return j


def _joined_body(
    toks: list[Tok], i: int, parts: list[tuple[int, int]], opens: bool, lex: Lexicon
) -> bool:
    end = parts[-1][1]
    closes = _body_head(toks[end - 1], lex)
    confirmed = _acronym_at(toks, end)  # "(Senapred)"
    if not (opens or closes):
        return False
    # "the … and Response Service", "the Navy's Hydrographic and …": not a person's name.
    after_det = i > 0 and toks[i - 1].norm in lex.dets | {"'s", "'"}
    if closes and not opens and not confirmed and not after_det:
        return False
    for n, (k, stop) in enumerate(parts):
        more = n < len(parts) - 1 or confirmed or (closes and n == len(parts) - 1)
        # A body's noun alone before the join: "el Gobierno ante Bruselas", "el Gobierno y
        # Podemos" are two names; "Agency for Research against Cancer" goes on.
        bare = n == 0 and k == i + 1 and _body_head(toks[i], lex)
        if toks[k].norm not in lex.conjunctions:
            if bare and not more:
                return False
            continue  # "ante Desastres", "for Research": inside one body's name
        first = next(x for x in range(k + 1, stop) if toks[x].cap)
        if bare or (_body_head(toks[first], lex) and not (closes and n == len(parts) - 1)):
            return False  # "el Ministerio de Salud y el Consejo…": two bodies
        words = [t for t in toks[first:stop] if t.word]
        # Two capitalised words alone after "y" are a person ("y Pedro Sánchez"), one word
        # a name of its own ("la Comisión Europea y Francia") unless "de" comes before it
        # ("de Ciencia e Innovación"); a particle ("y Oceanográfico de la Armada") or
        # more of the name after them ("y Respuesta ante Desastres") keep it a body's.
        complement = k >= 2 and toks[k - 2].norm in lex.particles
        if more or (len(words) > 1 and words[1].norm in lex.particles):
            continue
        if len(words) > 1 or not complement:
            return False
    return True


def _body_head(tok: Tok, lex: Lexicon) -> bool:
    return tok.cap and tok.norm in lex.body_heads


def _acronym_at(toks: list[Tok], k: int) -> bool:
    """A bracketed acronym at k: "(Senapred)", "(NASA)"."""
    return (
        k + 2 < len(toks)
        and toks[k].text == "("
        and toks[k + 2].text == ")"
        and toks[k + 1].word
        and toks[k + 1].cap
        and len(toks[k + 1].text) <= 12
    )


def _post_modifiers(toks: list[Tok], j: int, lex: Lexicon) -> tuple[int, set[str]]:
    """Modifiers after a role noun: "of the Russian Federation", "de Venezuela", "ruso",
    "del Banco Central Europeo (BCE)"."""
    mods: set[str] = set()
    for _ in range(3):
        close = next((c for c in range(j + 1, min(j + 5, len(toks))) if toks[c].text == ")"), 0)
        if j < len(toks) and toks[j].text == "(" and close:
            mods |= {fold(t.text) for t in toks[j + 1 : close] if t.word}
            j = close + 1
            continue
        k = j
        # ("said" is a stopword of English: never part of the role's modifiers)
        while k < len(toks) and (toks[k].norm in lex.stop or toks[k].norm in lex.dets):
            if toks[k].norm in lex.verbs:
                break
            k += 1
        if (
            j < len(toks)
            and toks[j].norm in lex.conjunctions
            and any(_match_role(toks, x, lex)[1] for x in range(k, min(k + 3, len(toks))))
        ):
            break  # "Deputy Prime Minister and Labour Minister …": a second role
        if k > j and k < len(toks) and toks[k].word and toks[k].cap:
            while k < len(toks) and toks[k].word and (toks[k].cap or _joins(toks, k, lex)):
                mods.add(fold(toks[k].text))  # "de Folgoso do Courel": a particle inside
                k += 1
            j = k
        elif k > j and (comma := _lower_run_to_comma(toks, k)):
            mods |= {fold(t.text) for t in toks[k:comma]}  # "la directora del festival, …"
            j = comma
        elif k == j and k < len(toks) and _postposed_adjective(toks, k, lex):
            mods.add(fold(toks[k].text))
            j = k + 1
        else:
            break
    return j, mods


def _joins(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A name particle between two capitalised words ("Folgoso do Courel")."""
    return (
        toks[k].norm in lex.particles
        and k > 0
        and toks[k - 1].cap
        and k + 1 < len(toks)
        and toks[k + 1].word
        and toks[k + 1].cap
    )


def _lower_run_to_comma(toks: list[Tok], k: int) -> int:
    """Index of the comma ending a run of 1-3 casing-case words at k, else 0."""
    for n in range(k, min(k + 3, len(toks))):
        if not toks[n].word or toks[n].cap:
            return 0
        if n + 1 < len(toks) and toks[n + 1].text == ",":
            return n + 1
    return 0


def _postposed_adjective(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    # Romance demonyms follow the noun ("el diplomático ruso"); accept one casing-case
    # word before a phrase boundary or a function word, but not a past-tense verb
    # ("el ministro viajó a…", "o ministro chegou").
    tok = toks[k]
    if not lex.adjectives_follow:
        return False  # "official figures": in English the figures are the head
    if not tok.word or tok.cap or tok.norm in lex.stop or tok.norm in lex.dets:
        return False
    if is_verb(tok, lex) or tok.norm in lex.relatives or tok.norm in lex.comps:
        return False
    if tok.norm.endswith(("ó", "é", "ou", "eu", "iu")) or tok.norm.isdigit():
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or not nxt.word or nxt.cap or nxt.norm in lex.stop


def find_mentions(toks: list[Tok], lex: Lexicon, casing: Casing) -> list[Mention]:
    """Every name, role phrase and subject pronoun in ``toks``, left to right."""
    found: list[Mention] = []
    i = 0
    while i < len(toks):
        mention, i = _mention_at(toks, i, lex, casing)
        if mention:
            found.append(mention)
    return found


def _mention_at(
    toks: list[Tok], i: int, lex: Lexicon, casing: Casing
) -> tuple[Mention | None, int]:
    tok = toks[i]
    if not tok.word:
        return None, i + 1
    if tok.norm in lex.pronouns:
        return Mention("pronoun", tok.start, tok.end), i + 1
    role = _role_phrase(toks, i, lex, casing)
    if role:
        return role
    titled = _titled_name(toks, i, lex, casing)
    if titled:  # "Sr. Gil", "Prof. Dr. Henrike Albrecht"
        j, end = titled
        classes, mods, after = _apposition(toks, end, lex, casing)
        return _named(toks, i, j, end, classes, mods), max(end, after)
    if _is_name_word(tok, lex, casing):
        end = _name_run(toks, i, lex, casing)
        titled = _titled_name(toks, end, lex, casing)
        if titled:  # "Spitzenkandidatin Dr. Katharina Wellenreuther": a title word first
            return _named(toks, i, titled[0], titled[1], frozenset(), set()), titled[1]
        # One capitalised word opening a sentence ("Critics say", "Speaking to…") is a
        # name only if the document also capitalises it elsewhere, or writes it in
        # capitals between words that are not ("WHO warned": an acronym).
        lone = end == i + 1 and tok.initial and tok.norm not in casing.proper
        if lone and not casing.acronym(tok):
            return None, i + 1
        classes, mods, after = _apposition(toks, end, lex, casing)
        return _named(toks, i, i, end, classes, mods), max(end, after)
    return None, i + 1


def _titled_name(toks: list[Tok], i: int, lex: Lexicon, casing: Casing) -> tuple[int, int] | None:
    """(start, end) of a name behind one or more honorifics at i: "Dra. Regina Solís"."""
    j = i
    while j < len(toks) and (
        toks[j].norm.rstrip(".") in lex.titles or (j > i and toks[j].text == ".")
    ):
        j += 1
    end = _name_run(toks, j, lex, casing) if j > i else j
    return (j, end) if end > j else None


def _role_phrase(
    toks: list[Tok], i: int, lex: Lexicon, casing: Casing
) -> tuple[Mention, int] | None:
    """A role noun with its modifiers, and the name it introduces if one follows."""
    mods: set[str] = set()
    j = i
    after_det = i > 0 and toks[i - 1].norm in lex.dets
    while j < len(toks) and j - i < 3:
        end, classes, gap = _match_role(toks, j, lex)
        if classes:
            break
        tok = toks[j]
        possessive = j + 1 < len(toks) and toks[j + 1].norm in ("'s", "'")
        if tok.word and (tok.cap or possessive) and tok.norm not in lex.stop:
            mods.add(fold(tok.text))  # "Russian", "Venezuela’s", "the foundation’s"
            j += 1 + possessive
        elif after_det and j == i and tok.word and tok.norm not in lex.stop:  # "the former"
            j += 1
        else:
            return None
    else:
        return None
    head_end, head, _ = _match_role(toks, end, lex)
    if head and head_end > end:  # "Justice Minister": the last role noun is the head
        mods |= {fold(t.text) for t in toks[j:end] if t.word}
        end, classes = head_end, head
    noun_end = end
    end, more = _post_modifiers(toks, end, lex)
    mods |= gap | more
    start = i - 1 if after_det else i
    if _BODIES & classes and toks[noun_end - 1].cap:
        # "el Ministerio de Ciencia e Innovación": the body's name goes on past "e".
        head = next(k for k in range(j, noun_end) if toks[k].cap)
        words_end = _run_on(toks, noun_end, lex, casing)  # "de Ciencia", before "e"
        body_end = body_name_end(toks, head, words_end, lex, casing, opens=True)
        if body_end > words_end:
            return _named(toks, start, head, body_end, classes, mods), max(end, body_end)
        if words_end < end and toks[words_end].norm in lex.conjunctions:
            # "el Ministerio de Salud y Pedro Sánchez": the body's name ends at "y".
            mods -= {fold(t.text) for t in toks[words_end:end]}
            end = words_end
    if end + 1 < len(toks) and toks[end].norm in lex.conjunctions:
        # Two roles of one person: "Deputy Prime Minister and Labour Minister Yolanda
        # Díaz", "la vicepresidenta y ministra de Trabajo, Yolanda Díaz".
        second = _role_phrase(toks, end + 1, lex, casing)
        if second and second[0].kind == "name":
            m, after = second
            both = Mention("name", toks[start].start, m.end, m.name, classes | m.roles,
                           frozenset(mods) | m.mods)  # fmt: skip
            return both, after
    name_at = end + (end < len(toks) and toks[end].text == ",")
    name_end = _name_run(toks, name_at, lex, casing) if name_at < len(toks) else name_at
    if name_end > name_at:
        if name_at == end and _BODIES & classes and toks[end - 1].cap:
            # "la Agencia Estatal de Meteorología", "el Gobierno Vasco": a capitalised
            # body's noun is the first word of its name, not a title before one.
            name_at = next(k for k in range(j, end) if toks[k].cap)
        return _named(toks, start, name_at, name_end, classes, mods), name_end
    named = _appositive_name(toks, end, lex, casing)
    if named:  # "su director, el padre Anselmo Quiñones", "un portavoz, el Sr. Whitaker"
        roles = classes | named.roles
        whole = Mention("name", toks[start].start, named.end, named.name, roles, frozenset(mods))
        return whole, _index_after(toks, named.end)
    new = (after_det and toks[i - 1].norm in lex.indefinites) or _plural(toks[end - 1].norm, lex)
    role = Mention("role", toks[start].start, toks[end - 1].end, (), classes, frozenset(mods), new)
    return role, end


def _appositive_name(toks: list[Tok], end: int, lex: Lexicon, casing: Casing) -> Mention | None:
    """A name set off by a comma after a role, behind an article, a title or another noun:
    "…, el padre Anselmo Quiñones", "…, el Sr. Daniel Whitaker", "…, Mme Sabine Lange"."""
    if end + 1 >= len(toks) or toks[end].text != ",":
        return None
    first = end + 1 + (toks[end + 1].norm in lex.dets)
    for k in (first, first + 1):
        mention, _ = _mention_at(toks, k, lex, casing) if k < len(toks) else (None, k)
        if mention and mention.kind == "name":
            return mention
        if k < len(toks) and not (toks[k].word and not toks[k].cap):
            return None
    return None


def _index_after(toks: list[Tok], pos: int) -> int:
    return next((i for i, t in enumerate(toks) if t.start >= pos), len(toks))


def _plural(norm: str, lex: Lexicon) -> bool:
    """ "officials", "analistas": a group, which no single named person stands for."""
    return norm.endswith("s") and (norm[:-1] in lex.role_parts or norm[:-2] in lex.role_parts)


def _apposition(
    toks: list[Tok], end: int, lex: Lexicon, casing: Casing
) -> tuple[frozenset[str], set[str], int]:
    """ "Sergey Lavrov, the Russian foreign minister, …": the role after a name; news also
    writes it bare ("Pilar Sandoval, mayor of Los Alcázares, on Sunday asked…")."""
    if end + 1 < len(toks) and toks[end].text == ",":
        det = toks[end + 1].norm in lex.dets
        found = _role_phrase(toks, end + 1 + det, lex, casing)
        # Only a closed apposition: "Brazil, the diplomat held…" is a new clause.
        closed = found and (found[1] >= len(toks) or not toks[found[1]].word)
        if found and closed and found[0].kind == "role":
            return found[0].roles, set(found[0].mods), found[1]
    return frozenset(), set(), end


def _named(
    toks: list[Tok], start: int, name_start: int, end: int, classes: frozenset[str], mods: set[str]
) -> Mention:
    words = tuple(t.text for t in toks[name_start:end])
    return Mention("name", toks[start].start, toks[end - 1].end, words, classes, frozenset(mods))


@dataclass(frozen=True)
class Casing:
    """How a document capitalises its words, to tell names from sentence openings."""

    lowercase: frozenset[str]  # written in casing case somewhere: a capital there is positional
    proper: frozenset[str]  # capitalised somewhere not at a sentence start
    # Written in capitals between words that are not: an acronym ("the WHO warned"),
    # never the function word it spells ("who").
    acronyms: frozenset[str] = frozenset()

    def acronym(self, tok: Tok) -> bool:
        return tok.norm in self.acronyms and tok.text.isupper()


def casing_of(tokens: Sequence[Tok]) -> Casing:
    words = [t for t in tokens if t.word]
    return Casing(
        frozenset(t.norm for t in words if not t.cap),
        frozenset(t.norm for t in words if t.cap and not t.initial),
        frozenset(
            w.norm
            for k, w in enumerate(words)
            if len(w.text) >= 3
            and w.text.isalpha()
            and w.text.isupper()
            and not any(n.text.isupper() for n in words[max(0, k - 1) : k] + words[k + 1 : k + 2])
        ),
    )
