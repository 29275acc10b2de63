"""Who said it: speaker mentions, a per-document memory of people, cross-lingual matching.

A statement's speaker is written in many ways: a name with titles ("Foreign
Minister Gil"), a role that points back to someone named earlier ("the head of
Russian diplomacy"), a pronoun, or nothing at all (Spanish "afirmó que…"). This
module finds such *mentions* in a token span and resolves them against a small
memory built from the whole document: every capitalised name, the roles written
next to it (titles and appositions) and where it was mentioned.

It also reads attributions (the reporting clause of a verb, "Lavrov noted:", "These
were Lavrov's words", "según X") as token-level functions that :mod:`aligner.quotes`
calls with the right stretch of text.

Role nouns are per-language data (:mod:`aligner.lang`) mapped to language-neutral
role classes, so "canciller", "Foreign Minister" and "chef de la diplomatie" all
mean ``foreign_minister``; a class implies broader ones (a foreign minister is a
diplomat), which is how "the Venezuelan diplomat" finds Foreign Minister Gil.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import takewhile

from aligner.lang import profile
from aligner.textutil import edit_distance
from aligner.textutil import fold_accents as fold


@dataclass(frozen=True)
class Speaker:
    name: str  # best resolved surface form, or the role/pronoun text when no name is known
    key: str  # accent-folded, casing-cased surname-ish token for matching; "" if unknown
    mention: str  # the text that attributed this statement
    mention_start: int  # offsets into Document.text, -1 if none
    mention_end: int
    resolved_by: str  # "explicit" | "role" | "pronoun" | "carried" | "none"


NO_SPEAKER = Speaker("", "", "", -1, -1, "none")

# --- tokens ---

# Combining marks count as word characters so NFD text tokenises like NFC text.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_W = rf"[\w{_MARKS}]+"
_TOKEN = re.compile(rf"{_W}(?:[-‐'’.]{_W})*|\S")
_POSSESSIVE = re.compile(r"^(.+?)(['’][sS])$")
_ELISION = re.compile(r"^([a-zà-ÿ]{1,2}['’])(\w.*)$")
# After these a capitalised word may just be capitalised because a sentence starts.
_OPENING = set(".!?:;¿¡([{\"'«»“”„‘’‚‹›—–-•")


@dataclass(frozen=True)
class Tok:
    text: str
    norm: str  # NFC, casing-cased, curly apostrophe made straight
    start: int
    end: int
    word: bool
    cap: bool  # starts with an upper-case letter
    initial: bool  # first word of a sentence, a quotation or a clause after ":"


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).lower().replace("’", "'")


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Word and punctuation tokens of text[start:end] with absolute offsets."""
    raw: list[tuple[str, int]] = []
    for match in _TOKEN.finditer(text, start, end):
        piece, pos = match.group(0), match.start()
        possessive = _POSSESSIVE.match(piece) if len(piece) > 2 else None
        elided = _ELISION.match(piece)
        if possessive:  # "Lavrov’s" → "Lavrov" + "’s": the name stays a name
            raw += [(possessive.group(1), pos), (possessive.group(2), pos + possessive.end(1))]
        elif elided:  # "l'ambassadeur" → "l'" + "ambassadeur"
            raw += [(elided.group(1), pos), (elided.group(2), pos + elided.end(1))]
        else:
            raw.append((piece, pos))
    tokens: list[Tok] = []
    initial = True
    for piece, pos in raw:
        is_word = piece[0].isalnum()
        tokens.append(
            Tok(piece, _norm(piece), pos, pos + len(piece), is_word, piece[0].isupper(), initial)
        )
        if is_word or piece in ",;":  # "…”, afirmó": a comma ends no sentence
            initial = False
        elif piece in _OPENING:
            initial = True
    return tokens


# --- lexicon ---

# A role class implies broader ones: whoever is foreign minister is also a minister,
# a diplomat and an official, so any of those nouns can point back to them.
_IMPLIES: dict[str, tuple[str, ...]] = {
    "president": ("head_of_state", "leader", "official", "head"),
    "head_of_state": ("leader", "official", "head"),
    "monarch": ("head_of_state", "leader", "head"),
    "prime_minister": ("head_of_government", "leader", "official", "head"),
    "head_of_government": ("leader", "official", "head"),
    "deputy_prime_minister": ("minister", "official"),
    "vice_president": ("official",),
    "foreign_minister": ("minister", "diplomat", "official"),
    "defense_minister": ("minister", "official"),
    "finance_minister": ("minister", "official"),
    "minister": ("official",),
    "ambassador": ("diplomat", "official"),
    "spokesperson": ("official",),
    "governor": ("official", "leader"),
    "mayor": ("official", "leader"),
    "secretary_general": ("official", "leader", "head"),
    "prosecutor": ("official",),
    "leader": ("head",),
    "opposition_leader": ("leader", "lawmaker", "head"),
    "police": ("official", "head"),
    "executive": ("head", "director"),
    "director": ("head",),
}


def implied(classes: set[str] | frozenset[str]) -> set[str]:
    out = set(classes)
    for cls in classes:
        out.update(_IMPLIES.get(cls, ()))
    return out


@dataclass(frozen=True)
class Lexicon:
    verbs: frozenset[str]
    bare_verbs: frozenset[str]
    comps: frozenset[str]
    starters: frozenset[str]
    pronouns: frozenset[str]
    titles: frozenset[str]
    relatives: frozenset[str]
    dets: frozenset[str]
    particles: frozenset[str]
    conjunctions: frozenset[str]
    indefinites: frozenset[str]
    stop: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    backward: tuple[tuple[str, ...], ...]
    roles: dict[tuple[str, ...], frozenset[str]]
    role_parts: frozenset[str]
    null_subject: bool
    double_surnames: bool


def _seq(text: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(text, 0, len(text)))


@cache
def lexicon(lang: str) -> Lexicon:
    """The language's lists in the shapes the matchers need (cached per language)."""
    prof = profile(lang)
    stop = frozenset(_norm(w) for w in prof.stopwords)
    dets = frozenset(_norm(w) for w in prof.determiners)
    roles: dict[tuple[str, ...], frozenset[str]] = {}
    for noun, classes in prof.role_nouns:
        key = _content_parts(_seq(noun), stop | dets)
        if key:
            roles[key] = roles.get(key, frozenset()) | frozenset(classes.split("|"))
    return Lexicon(
        verbs=frozenset(_norm(w) for w in prof.reporting_verbs),
        bare_verbs=frozenset(_norm(w) for w in prof.bare_clause_verbs),
        comps=frozenset(_norm(w) for w in prof.complementizers),
        starters=frozenset(_norm(w) for w in prof.clause_starters),
        pronouns=frozenset(_norm(w) for w in prof.pronouns),
        titles=frozenset(_norm(w) for w in prof.titles),
        relatives=frozenset(_norm(w) for w in prof.relatives),
        dets=dets,
        particles=frozenset(_norm(w) for w in prof.name_particles),
        conjunctions=frozenset(_norm(w) for w in prof.conjunctions),
        indefinites=frozenset(_norm(w) for w in prof.indefinite_articles),
        stop=stop,
        according=tuple(_seq(cue) for cue in prof.according_to),
        backward=tuple(_seq(cue) for cue in prof.backward_cues),
        roles=roles,
        role_parts=frozenset(part for key in roles for part in key),
        null_subject=prof.null_subject,
        double_surnames=prof.double_surnames,
    )


def _content_parts(norms: Sequence[str], skip: frozenset[str]) -> tuple[str, ...]:
    """Hyphen-split content words: "vice-president" → ("vice", "president")."""
    return tuple(p for n in norms if n not in skip for p in n.split("-") if p)


# --- mentions ---


@dataclass(frozen=True)
class Mention:
    kind: str  # "name" | "role" | "pronoun"
    start: int
    end: int
    name: tuple[str, ...] = ()  # the name's words as written, titles excluded
    roles: frozenset[str] = frozenset()
    mods: frozenset[str] = frozenset()  # folded modifiers: "russian", "venezolano"
    new: bool = False  # "a Venezuelan diplomat", "officials": not someone named before


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
    """End of the capitalised name starting at i ("Nicolás Maduro Moros", "Lula da Silva")."""
    if i >= len(toks) or not _is_name_word(toks[i], lex, casing):
        return i
    j = i + 1
    while j < len(toks):
        if _is_name_word(toks[j], lex, casing, first=False):
            j += 1
        elif (
            toks[j].norm in lex.particles
            and j + 1 < len(toks)
            and _is_name_word(toks[j + 1], lex, casing, first=False)
        ):
            j += 2
        else:
            break
    return j


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
        while k < len(toks) and (toks[k].norm in lex.stop or toks[k].norm in lex.dets):
            k += 1
        if k > j and k < len(toks) and toks[k].word and toks[k].cap:
            while k < len(toks) and toks[k].word and toks[k].cap:
                mods.add(fold(toks[k].text))
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
        # name only if the document also capitalises it elsewhere.
        if end == i + 1 and tok.initial and tok.norm not in casing.proper:
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
    end, more = _post_modifiers(toks, end, lex)
    mods |= gap | more
    start = i - 1 if after_det else i
    name_at = end + (end < len(toks) and toks[end].text == ",")
    name_end = _name_run(toks, name_at, lex, casing) if name_at < len(toks) else name_at
    if name_end > name_at:
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
    """ "Sergey Lavrov, the Russian foreign minister, …": the role after a name."""
    if end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].norm in lex.dets:
        found = _role_phrase(toks, end + 2, lex, casing)
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


def casing_of(tokens: Sequence[Tok]) -> Casing:
    words = [t for t in tokens if t.word]
    return Casing(
        frozenset(t.norm for t in words if not t.cap),
        frozenset(t.norm for t in words if t.cap and not t.initial),
    )


# --- subjects of reporting verbs ---

# A quotation masked out of a clause is one boundary token.
GAP = Tok("|", "|", -1, -1, False, False, True)
_CHUNK_BREAKS = set(",()[]—–―|;:\"'«»“”„‘’‚‹›「」『』")


def subject(toks: list[Tok], v: int, lex: Lexicon, casing: Casing) -> tuple[Mention | None, bool]:
    """The subject of the verb at v: before it, else inverted after it, else unsaid."""
    region = toks[_clause_start(toks, v) : v]
    found = opening_mentions(region, lex, casing)
    if found:
        return found[0], False
    # "…after chief executive Sarah Connor warned": the name right before the verb.
    near = find_mentions(region[-6:], lex, casing)
    if near and near[-1].end == toks[v - 1].end and near[-1].kind != "pronoun":
        return near[-1], False
    post: list[Tok] = []
    for tok in toks[v + 1 :]:
        if tok.norm in lex.comps or (not tok.word and tok.norm not in ("'s", ".", ",")):
            break
        if tok.norm in lex.relatives and post and post[-1].text == ",":
            break  # "said the coach, who … the World Cup": the relative clause is not it
        post.append(tok)
    inverted = [m for m in find_mentions(post, lex, casing) if _after_verb_subject(post, m, lex)]
    if inverted:  # "a déclaré lundi à Francfort le président du GDZ": the person, not the city
        return max(inverted, key=_subject_rank), False
    if region and not region[-1].word:  # "…, noting that": the sentence's subject
        earlier = opening_mentions(toks[_after_dateline(toks, 0, v) : v], lex, casing)
        if earlier:
            return earlier[0], False
    # A plain noun phrase is still a speaker: "The ministry said", "asked the reporter",
    # "Phone companies, grouped in a chamber, said".
    parts = [[t for t in chunk if t.word] for chunk in chunks(region)]
    last = parts[-1] if parts and region[-1].word else []
    for words in (last, [t for t in post if t.word], parts[0] if parts else []):
        while words and words[-1].norm in lex.stop:  # "La direction a dénoncé"
            words = words[:-1]
        if _noun_phrase(words, lex):
            return Mention("role", words[0].start, words[-1].end), False
    return None, lex.null_subject


def _after_verb_subject(post: list[Tok], mention: Mention, lex: Lexicon) -> bool:
    """ "le dijo a Lavrov": after a preposition a mention is the addressee, not the subject."""
    idx = next((i for i, t in enumerate(post) if t.start == mention.start), 0)
    return idx == 0 or post[idx - 1].norm not in lex.stop or post[idx - 1].norm in lex.dets


def _clause_start(toks: list[Tok], v: int) -> int:
    """Where the clause of the verb at v starts: after a colon, semicolon or quotation."""
    lo = max((i + 1 for i in range(v) if toks[i].text in {":", ";", "|"}), default=0)
    return _after_dateline(toks, lo, v)


def _after_dateline(toks: list[Tok], lo: int, v: int) -> int:
    """Skip a dateline opening the clause: "MONTEVIDEO — El ministro…"."""
    first = toks[lo] if lo < v else None
    if first and first.word and len(first.text) > 1 and first.text.isupper():
        dash = next((i for i in range(lo, min(v, lo + 8)) if toks[i].text in "—–"), None)
        lo = dash + 1 if dash is not None else lo
    return lo


def opening_mentions(region: list[Tok], lex: Lexicon, casing: Casing) -> list[Mention]:
    """Mentions that open a comma-delimited chunk of a clause, skipping adverbials ("For
    his part, …"), introductions ("Speaking in Caracas, …") and relative clauses, best
    subject first: a person ("Dr. Regina Solís Arteaga", "Foreign Minister Gil", "he")
    before a role before a bare name, then the earliest ("Morrison, 27, a native of
    Boulder, Colorado, said")."""
    found = find_mentions(region, lex, casing)
    out: list[Mention] = []
    for n, chunk in enumerate(chunks(region)):
        words = [t for t in chunk if t.word]
        if not words or _adverbial(words[0], lex) or (n and words[0].norm in lex.relatives):
            continue
        lead = next((t for t in words if t.norm not in lex.dets), words[0])
        # A mention opens the chunk, or runs into it ("the lawyer, Mauricio Ferrán").
        opening = [m for m in found if m.start == words[0].start or m.start <= lead.start < m.end]
        if opening:
            inside = [m for m in found if words[0].start <= m.start < words[-1].end]
            heads = inside and opening[0] is inside[0]
            out.append(_head(inside, chunk, lex) if heads else opening[0])
    return sorted(out, key=lambda m: -_subject_rank(m))


def _subject_rank(mention: Mention) -> int:
    if mention.kind == "pronoun" or (mention.roles and mention.kind == "name"):
        return 3
    if mention.kind == "name":
        return 3 if len(mention.name) > 1 else 1
    return 2 if mention.roles else 0


def _head(found: list[Mention], chunk: list[Tok], lex: Lexicon) -> Mention:
    """The subject among a chunk's mentions: its first ("Lavrov arrived in Caracas and
    said", "Lavrov and Gil said"), unless the chunk ends in another name preceded by a
    title-like word ("Barcelona manager Xavi Hernández")."""
    last = found[-1]
    if len(found) < 2 or last.end != chunk[-1].end or last.kind == "pronoun":
        return found[0]
    between = [t for t in chunk if found[-2].end <= t.start and t.end <= last.start]
    titled = len(between) == 1 and between[0].norm not in lex.stop | lex.conjunctions
    return last if titled else found[0]


def sentence_subjects(toks: list[Tok], lex: Lexicon, casing: Casing) -> list[Mention]:
    """Names and roles opening a sentence's clauses ("For his part, the Venezuelan
    president …"): candidates for what a later pronoun refers to."""
    region = toks[_after_dateline(toks, 0, len(toks)) :]
    return [m for m in opening_mentions(region, lex, casing) if m.kind != "pronoun"]


def _noun_phrase(words: list[Tok], lex: Lexicon) -> bool:
    if not words or len(words) > 5 or not (words[0].norm in lex.dets or words[0].cap):
        return False
    if all(t.norm in lex.dets for t in words):
        return False
    return not _adverbial(words[0], lex) and words[0].norm not in lex.pronouns


def chunks(toks: list[Tok]) -> list[list[Tok]]:
    """Split at commas, brackets, dashes and quotations: candidate noun phrases."""
    out: list[list[Tok]] = [[]]
    for tok in toks:
        if not tok.word and tok.text in _CHUNK_BREAKS:
            out.append([])
        else:
            out[-1].append(tok)
    return [c for c in out if c]


def _adverbial(first: Tok, lex: Lexicon) -> bool:
    """A chunk opened by a preposition or conjunction ("For his part", "In this regard")."""
    n = first.norm
    return n in lex.stop and n not in lex.dets and n not in lex.pronouns


def speaker_next_to_verb(
    clause: list[Tok], verb: Tok, lex: Lexicon, casing: Casing
) -> Mention | None:
    """The speaker of a short clause "<speaker> <verb> …" or "<verb> <speaker> …"; a name
    elsewhere ("announced in May") is not one."""
    words = [t for t in clause if t.word]
    for mention in find_mentions(clause, lex, casing):
        after = [t for t in words if t.start >= mention.end]
        if mention.start == words[0].start and after and after[0] == verb:
            return mention
        if words[0] == verb and len(words) > 1 and mention.start == words[1].start:
            return mention
    return None


# --- attributions: the words around a statement that name its speaker ---


@dataclass(frozen=True)
class Attribution:
    """Where a statement's speaker is written: a mention, a reporting verb, or both."""

    mention: Mention | None
    verb: Tok | None
    implicit: bool = False  # the verb's subject is unsaid: the salient speaker


def clause_attribution(
    toks: list[Tok], lex: Lexicon, casing: Casing, last: bool
) -> Attribution | None:
    """The reporting verb of a clause (its last one, or one among its first words) and
    the verb's subject."""
    verbs = [i for i, t in enumerate(toks) if t.word and is_verb(t, lex)]
    if not last:
        verbs = [i for i in verbs if sum(t.word for t in toks[:i]) <= 6][:1]
    return attribution_at(toks, verbs[-1], lex, casing) if verbs else None


def attribution_at(toks: list[Tok], v: int, lex: Lexicon, casing: Casing) -> Attribution:
    mention, implicit = subject(toks, v, lex, casing)
    return Attribution(mention, toks[v], implicit)


def first_clause(toks: list[Tok]) -> list[Tok]:
    """The tokens after a quotation up to the next one (a period inside the sentence is
    an abbreviation's: "afirmó el Lic. Gustavo Arrieta")."""
    return list(takewhile(lambda t: t is not GAP and t.text not in "!?", toks))


def intro_attribution(toks: list[Tok], lex: Lexicon, casing: Casing) -> Attribution | None:
    """The speaker announced by a sentence ending in ":": its reporting verb's subject,
    else its last mention ("In the words of the minister:")."""
    attr = clause_attribution(toks, lex, casing, last=True)
    if attr:
        return attr
    found = find_mentions(toks, lex, casing)
    return Attribution(found[-1], None) if found else None


def backward_attribution(toks: list[Tok], lex: Lexicon, casing: Casing) -> Attribution | None:
    """A sentence that opens with a backward cue names the previous quotation's speaker
    ("These were Lavrov's words…", "Así lo afirmó el canciller")."""
    words = [t for t in toks if t.word]
    for cue in lex.backward:
        if tuple(t.norm for t in words[: len(cue)]) != cue:
            continue
        rest = toks[toks.index(words[len(cue)]) :] if len(words) > len(cue) else []
        attr = clause_attribution(rest, lex, casing, last=False)
        if attr and attr.mention:
            return attr
        found = find_mentions(rest, lex, casing)
        return Attribution(found[0], None) if found else None
    return None


def adjacent_name(
    after: list[Tok], pre: list[Tok], lex: Lexicon, casing: Casing
) -> Attribution | None:
    """No reporting verb known: a name right after the quotation ("…», Lavrov.") or
    right before a colon ("Lavrov: «…»"); this is all a language without lists gets."""
    clause = first_clause(after)
    if clause and sum(t.word for t in clause) <= 5:
        found = find_mentions(clause, lex, casing)
        if found and sum(t.word and t.end <= found[0].start for t in clause) <= 1:
            return Attribution(found[0], None)
    if len(pre) >= 2 and pre[-1].text == ":":
        label = chunks(pre[:-1])[-1] if chunks(pre[:-1]) else []
        found = find_mentions(label, lex, casing)
        if found and found[-1].end == pre[-2].end:
            return Attribution(found[-1], None)
        words = [t for t in label if t.word]
        if words and len(words) <= 3 and all(t.cap for t in words):  # interview "LAVROV:"
            return Attribution(Mention("name", words[0].start, words[-1].end, _texts(words)), None)
    return None


def _texts(toks: list[Tok]) -> tuple[str, ...]:
    return tuple(t.text for t in toks)


def source_attribution(source: list[Tok], lex: Lexicon, casing: Casing) -> Attribution:
    """ "según el ministro", "según dijo el ministro", "according to officials"."""
    if source[0].word and is_verb(source[0], lex):
        return attribution_at(source, 0, lex, casing)
    words = [t for t in source if t.word]
    found = find_mentions(source, lex, casing)
    # "según fuentes del Ministerio": the source is the sources, not the ministry.
    if found and found[0].start <= words[min(1, len(words) - 1)].start:
        return Attribution(found[0], None)
    return Attribution(Mention("role", words[0].start, words[-1].end), None)


# Where the source after "according to" ends: "según el ministro, …".
_SOURCE_ENDS = {",", "(", ")", "[", "]", "—", "–", "―", "|", ";", ":", "."}


def _cue_at(toks: list[Tok], k: int, cue: tuple[str, ...]) -> bool:
    return k >= 0 and tuple(t.norm for t in toks[k : k + len(cue)]) == cue


def source_cues(toks: list[Tok], lex: Lexicon, casing: Casing) -> list[tuple[int, int, int]]:
    """Source cues opening a clause ("según …", "according to …"): the token indices of
    the cue, of the source after it, and of the end of the source."""
    found = []
    for k in range(len(toks)):
        cue = next((c for c in lex.according if _cue_at(toks, k, c)), None)
        if cue is None or not (k == 0 or toks[k - 1].text in {",", "(", "—", "–", ";"}):
            continue
        j = k + len(cue)
        src_end = _source_end(toks, j, lex, casing)
        if any(t.word for t in toks[j:src_end]):
            found.append((k, j, src_end))
    return found


def _source_end(toks: list[Tok], j: int, lex: Lexicon, casing: Casing) -> int:
    """End of the source phrase after a cue; an apposition belongs to it
    ("según el canciller venezolano, Yván Gil, …")."""
    stops = [i for i in range(j, len(toks)) if toks[i].text in _SOURCE_ENDS]
    end = stops[0] if stops else len(toks)
    found = find_mentions(toks[j:], lex, casing)
    if found and found[0].start < (toks[end].start if end < len(toks) else 1 << 62):
        end = next((i for i in stops if toks[i].start >= found[0].end), len(toks))
    return end


# --- memory of people ---


@dataclass
class Person:
    words: tuple[str, ...]  # the fullest name seen
    tokens: set[str] = field(default_factory=set)  # folded name words, particles excluded
    roles: set[str] = field(default_factory=set)
    mods: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)
    key: str = ""
    # Where each non-decreasing run of ``positions`` begins. Mentions are recorded longest
    # name first, so until the memory sorts them the positions are a few sorted runs,
    # and each run can be bisected instead of the whole list scanned per lookup.
    runs: list[int] = field(default_factory=list)

    def mentioned_at(self, pos: int) -> None:
        if not self.positions or pos < self.positions[-1]:
            self.runs.append(len(self.positions))
        self.positions.append(pos)

    def sort_positions(self) -> None:
        self.positions.sort()
        self.runs = [0] if self.positions else []


class Memory:
    """The people of one document: names, roles and where each was mentioned."""

    def __init__(self, mentions: Sequence[Mention], lex: Lexicon):
        self.lex = lex
        self.people: list[Person] = []
        # Folded name word -> the people whose name has it, in the order of self.people:
        # a lookup tries only those, not everyone named in the document.
        self._by_token: dict[str, list[Person]] = {}
        names = [m for m in mentions if m.kind == "name"]
        # Longest names first, so "Lavrov" joins "Sergey Lavrov" instead of founding a person.
        for m in sorted(names, key=lambda m: -len(self._tokens(m.name))):
            self._add(m)
        alone = _ShortForms([fold(m.name[0]) for m in names if len(self._tokens(m.name)) == 1])
        for person in self.people:
            person.sort_positions()
            person.key = self._key(person, alone)

    def _tokens(self, words: Sequence[str]) -> list[str]:
        return [fold(w) for w in words if _norm(w) not in self.lex.particles]

    def _add(self, m: Mention) -> None:
        tokens = self._tokens(m.name)
        if not tokens:
            return
        person = self._find(tokens, m.start)
        if person is None:
            person = Person(m.name, set(tokens))
            self.people.append(person)
            for token in person.tokens:
                self._by_token.setdefault(token, []).append(person)
        person.roles |= m.roles
        person.mods |= m.mods
        person.mentioned_at(m.start)

    def _find(self, tokens: list[str], pos: int) -> Person | None:
        """The person whose name contains all these words, preferring the most recent."""
        wanted = set(tokens)
        fits = [p for p in self._by_token.get(tokens[0], ()) if wanted <= p.tokens]
        if len(tokens) == 1:  # a word alone is a surname rather than a given name
            surname = [p for p in fits if len(p.words) == 1 or fold(p.words[0]) != tokens[0]]
            fits = surname or fits
        return max(fits, key=lambda p: (bool(p.roles), _recency(p, pos)), default=None)

    def _key(self, person: Person, alone: _ShortForms) -> str:
        # The short form the document itself uses ("Maduro" for "Nicolás Maduro Moros").
        used = alone.among(person.tokens)
        if used and len(person.tokens) > 1:
            return max(used, key=alone.count.__getitem__)
        tokens = self._tokens(person.words)
        if len(tokens) >= 3 and self.lex.double_surnames:
            return tokens[-2]
        return tokens[-1] if tokens else ""

    def lookup(self, words: Sequence[str], pos: int) -> Person | None:
        tokens = self._tokens(words)
        return self._find(tokens, pos) if tokens else None

    def by_role(
        self, classes: frozenset[str], mods: frozenset[str], pos: int, avoid: str = ""
    ) -> Person | None:
        """The person last named in this role before ``pos`` (or, failing that, after it).

        Modifiers decide between holders of the role: "the Venezuelan diplomat" is the
        diplomat described as Venezuelan, not the Russian one mentioned later. A holder
        whose modifiers disagree is taken only when nobody else holds the role, since
        modifiers read off the text mix nationalities with institutions ("presidenta del
        Banco Central Europeo" is still "la dirigente francesa").
        """
        relational = "counterpart" in classes
        ranked: list[tuple[tuple[int, int, int], Person]] = []
        for person in self.people:
            if not person.roles or (avoid and person.key == avoid):
                continue
            if not relational and not (classes & implied(person.roles)):
                continue
            score = _mod_score(mods, person.mods)
            if relational and mods and score <= 0:
                continue
            before = _last_before(person, pos)
            rank = (score, 1, before) if before is not None else (score, 0, -person.positions[0])
            ranked.append((rank, person))
        if not ranked:
            return None
        rank, best = max(ranked, key=lambda item: item[0])
        return best if rank[0] >= 0 or len(ranked) == 1 else None

    def last_person(self, pos: int) -> Person | None:
        """The most recently named person with a known role (a pronoun's fallback)."""
        people = [p for p in self.people if p.roles and p.positions[0] < pos]
        return max(people, key=lambda p: _recency(p, pos), default=None)


class _ShortForms:
    """One-word names as the document writes them ("Maduro"), counted once per document
    rather than once per person."""

    def __init__(self, forms: list[str]):
        self.count: dict[str, int] = {}
        for form in forms:
            self.count[form] = self.count.get(form, 0) + 1
        self.first = {form: k for k, form in enumerate(self.count)}  # first-seen order

    def among(self, tokens: set[str]) -> list[str]:
        """The forms that are words of this name, in the order the document first uses
        them: a tie in max() goes to the earliest, whatever the hash seed (a set here
        made the speaker key differ between runs)."""
        return sorted((t for t in tokens if t in self.count), key=self.first.__getitem__)


def _recency(person: Person, pos: int) -> int:
    last = _last_before(person, pos)
    return -1 if last is None else last


def _last_before(person: Person, pos: int) -> int | None:
    """The last position recorded before ``pos``, in recording order: the latest run
    holding one decides, and within a sorted run it is found by bisection."""
    positions, end = person.positions, len(person.positions)
    for start in reversed(person.runs):
        i = bisect.bisect_left(positions, pos, start, end)
        if i > start:
            return positions[i - 1]
        end = start
    return None


def _related(a: str, b: str) -> bool:
    """Same-stem modifiers: "russian"/"russia", "venezolano"/"venezuela", "rusa"/"rusia"."""
    shortest = min(len(a), len(b))
    need = max(3, min(5, shortest - 1))
    return shortest >= 3 and a[:need] == b[:need]


def _mod_score(wanted: frozenset[str], known: set[str]) -> int:
    if not wanted or not known:
        return 0
    if any(_related(w, k) for w in wanted for k in known):
        return 2
    return -1


# --- resolution ---


def resolve(mention: Mention | None, text: str, memory: Memory, salient: Speaker | None) -> Speaker:
    """Turn a mention into a speaker using the document memory and the salient speaker."""
    if mention is None:
        return NO_SPEAKER
    surface = text[mention.start : mention.end]
    where = (surface, mention.start, mention.end)
    if mention.kind == "name":
        person = memory.lookup(mention.name, mention.start)
        if person is None:
            key = fold(mention.name[-1]) if mention.name else ""
            return Speaker(" ".join(mention.name), key, *where, "explicit")
        return Speaker(" ".join(person.words), person.key, *where, "explicit")
    if mention.kind == "role":
        avoid = salient.key if salient and "counterpart" in mention.roles else ""
        person = (
            None
            if mention.new
            else memory.by_role(mention.roles, mention.mods, mention.start, avoid)
        )
        if person is None:
            return Speaker(surface, "", *where, "role")
        return Speaker(" ".join(person.words), person.key, *where, "role")
    return pronoun_speaker(where, memory, salient)


def pronoun_speaker(
    where: tuple[str, int, int], memory: Memory, salient: Speaker | None
) -> Speaker:
    """A pronoun or an unsaid subject stands for the salient speaker, else the last person."""
    if salient and (salient.key or salient.name):
        return Speaker(salient.name, salient.key, *where, "pronoun")
    person = memory.last_person(where[1] if where[1] >= 0 else 0)
    if person:
        return Speaker(" ".join(person.words), person.key, *where, "pronoun")
    return Speaker(where[0], "", *where, "pronoun")


class Salience:
    """Who a pronoun or an unsaid subject stands for: the later of the last person who
    spoke and the last person opening a sentence ("Carlos Cuerpo valoró la decisión.
    «…», afirmó" is Cuerpo's even if someone else spoke before)."""

    def __init__(self, subjects: list[tuple[int, Speaker]]):
        self.subjects = subjects  # (position, person), in document order
        self.people: list[tuple[int, Speaker]] = []

    def spoke(self, pos: int, speaker: Speaker, mention: Mention | None) -> None:
        # "the ministry", "official figures": described sources are not someone "he" means.
        described = mention is not None and mention.kind == "role" and not mention.roles
        if (speaker.key or speaker.name) and not described:
            self.people.append((pos, speaker))

    def at(self, pos: int) -> Speaker | None:
        said = next(((p, sp) for p, sp in reversed(self.people) if p < pos), None)
        i = bisect.bisect_left(self.subjects, (pos,)) - 1
        if i >= 0 and (said is None or self.subjects[i][0] > said[0]):
            return self.subjects[i][1]
        return said[1] if said else None


def person_subjects(
    sentences: list[list[Tok]],
    text: str,
    memory: Memory,
    lex: Lexicon,
    casing: Casing,
    quoted: set[Mention],
) -> list[tuple[int, Speaker]]:
    """Per sentence, its first opening mention of someone known to be a person: a role,
    a name with a role, or a name that speaks somewhere in the document."""
    speaking = {resolve(m, text, memory, None).key for m in quoted if m.kind == "name"}
    found = []
    for toks in sentences:
        for mention in sentence_subjects(toks, lex, casing):
            speaker = resolve(mention, text, memory, None)
            person = memory.lookup(mention.name, mention.start) if mention.name else None
            known = person is not None and (person.roles or speaker.key in speaking)
            if speaker.key and (mention.kind == "role" or known):
                found.append((mention.start, speaker))
                break
    return found


# --- matching across languages ---

# Transliteration variants of the same name: Zelenski/Zelensky/Zelenskyy,
# Jamenei/Khamenei, Gadafi/Gaddafi, Chávez/Chavez (accents are folded first).
_SKELETON = (("kh", "j"), ("ph", "f"), ("ck", "k"), ("w", "v"), ("y", "i"), ("q", "k"))


def skeleton(word: str) -> str:
    s = re.sub(r"[^a-z]", "", fold(word))
    for old, new in _SKELETON:
        s = s.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", s)


def _close(a: str, b: str) -> bool:
    """Equal skeletons, or one edit apart for long names (Medvédev/Medvedev/Medvedyev)."""
    a, b = skeleton(a), skeleton(b)
    if not a or not b:
        return False
    if a == b:
        return True
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return False
    return edit_distance(a, b) <= 1


def same_speaker(a: Speaker, b: Speaker) -> bool:
    """Whether two speakers (possibly in different languages) are the same person.

    Keys are compared through a transliteration skeleton; a key also matches any word
    of the other side's full name, since one side may only know "Maduro" and the other
    "Nicolás Maduro Moros". Unnamed speakers never match: a role written in two
    languages ("el diplomático ruso", "the Russian diplomat") cannot be checked here.
    """
    if not a.key or not b.key:
        return False
    if _close(a.key, b.key):
        return True
    a_words = [w for w in re.split(r"[\s-]+", a.name) if w]
    b_words = [w for w in re.split(r"[\s-]+", b.name) if w]
    return any(_close(a.key, w) for w in b_words) or any(_close(b.key, w) for w in a_words)
