"""The subject of a reporting verb (:func:`subject`): the mention opening the verb's
clause, else the name right before it, else an inverted subject after it ("said the
minister"), else a plain noun phrase ("The ministry said"), else unsaid (Spanish
"afirmó que…"). Also the sentence-opening mentions a later pronoun may refer to
(:func:`sentence_subjects`) and the comma-delimited chunks of a clause.
"""

from __future__ import annotations

import re

from aligner.statements.speakers.lexicon import Lexicon
from aligner.statements.speakers.mentions import Casing, Mention, find_mentions, is_verb
from aligner.statements.speakers.tokens import Tok

# A quotation masked out of a clause is one boundary token.
GAP = Tok("|", "|", -1, -1, False, False, True)
_CHUNK_BREAKS = set(",()[]—–―|;:\"'«»“”„‘’‚‹›「」『』")


def subject(toks: list[Tok], v: int, lex: Lexicon, casing: Casing) -> tuple[Mention | None, bool]:
    """The subject of the verb at v: before it, else inverted after it, else unsaid."""
    antecedent = _relative_antecedent(toks, v, lex, casing)
    if antecedent is not None:
        return antecedent, False
    region = toks[_clause_start(toks, v) : v]
    found = opening_mentions(region, lex, casing)
    own = _coordinated_subject(region, found, lex, casing)
    if own is not None:
        return own, False
    if found:
        return _with_co_subjects(region, found[0], lex, casing), False
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
    if toks[v].norm in lex.addressee_verbs:  # "Maduro told Lavrov that": Lavrov is addressed
        inverted = []
    if any(t.word for t in region):  # "Montero said they "confirm…"": the clause, not "they"
        inverted = [m for m in inverted if m.kind != "pronoun"]
    if inverted:  # "a déclaré lundi à Francfort le président du GDZ": the person, not the city
        return max(inverted, key=_subject_rank), False
    if region and not region[-1].word:  # "…, noting that": the sentence's subject
        earlier = opening_mentions(toks[_after_dateline(toks, 0, v) : v], lex, casing)
        if earlier:
            return earlier[0], False
    # "X called for "calm" and noted that…": a verb coordinated after a quotation shares
    # the sentence's subject, in every language (else the salient speaker, as for null
    # subjects), never a speaker carried from an earlier sentence, nor the clause after
    # the verb ("…"late" but insisted the grants could…").
    coordinated = [t for t in region if t.word]
    if coordinated and all(t.norm in lex.conjunctions for t in coordinated):
        earlier = opening_mentions(toks[_after_dateline(toks, 0, v) : v], lex, casing)
        return (earlier[0], False) if earlier else (None, True)
    # A plain noun phrase is still a speaker: "The ministry said", "asked the reporter",
    # "Phone companies, grouped in a chamber, said".
    parts = [[t for t in chunk if t.word] for chunk in chunks(region)]
    last = parts[-1] if parts and region[-1].word else []
    # '"…," said the coach, and added the team…': a verb right after a conjunction has
    # the subject of the report before it, never the clause that follows it.
    if last and all(t.norm in lex.conjunctions for t in last):
        prev = next((k for k in range(v - 1, -1, -1) if is_verb(toks[k], lex)), None)
        if prev is not None:
            return subject(toks, prev, lex, casing)
    # "Los vecinos de la zona criticaron … y afirmaron": a verb coordinated after the
    # sentence's first verb shares its subject, the head of the clause's first phrase.
    shared = bool(last) and last[-1].norm in lex.conjunctions
    # After "… and said" what follows the verb is what was said, never its subject.
    after = [] if shared else [t for t in post if t.word]
    for before, words, opening in (
        (True, last, False),
        (False, after, False),
        (True, parts[0] if parts else [], True),
    ):
        # "The defence has already said": the subject ends at its auxiliary, whatever
        # adverb stands between that and the verb.
        aux = next((k for k, t in enumerate(words) if k and t.norm in lex.finite), None)
        words = words[:aux] if aux is not None else words
        while words and words[-1].norm in lex.stop:  # "La direction a dénoncé"
            words = words[:-1]
        if before and not _noun_phrase(words, lex):  # not after the verb: "dijo a la Radio"
            words = _after_subordinator(words, lex)
        if not _noun_phrase(words, lex) and (not before or (shared and opening)):
            # "declaró una vecina del barrio de La Torre": the phrase's head, before its
            # first preposition, when the whole is too long to be read as one.
            words = _head_phrase(words, lex)
        if _noun_phrase(words, lex):
            return Mention("role", words[0].start, words[-1].end), False
    return None, lex.null_subject


# Relative pronouns that are the subject of the verb right after them ("a man who said",
# "un hombre que dijo"); "lo que dijo el ministro" is an object, its antecedent a pronoun.
_SUBJECT_RELATIVES = frozenset("who que quien quienes qui".split())


def _relative_antecedent(toks: list[Tok], v: int, lex: Lexicon, casing: Casing) -> Mention | None:
    """ "Police arrested a man who said he was innocent": the verb right after a subject
    relative has the relative's antecedent as its subject, not the sentence's (session
    25): a mention ending right before the relative (a comma between), else the noun
    phrase from its determiner, at most four words."""
    if v < 2 or toks[v - 1].norm not in _SUBJECT_RELATIVES or casing.acronym(toks[v - 1]):
        return None
    end = v - 2 if toks[v - 2].text != "," else v - 3
    if end < 0 or not toks[end].word or toks[end].norm in lex.stop | lex.pronouns:
        return None
    near = find_mentions(toks[max(0, end - 7) : end + 1], lex, casing)
    if near and near[-1].end == toks[end].end:
        return near[-1]
    start = end
    while start > max(0, end - 4) and toks[start].norm not in lex.dets and toks[start - 1].word:
        start -= 1
    words = toks[start : end + 1]
    if words[0].norm not in lex.dets and len(words) > 1:
        words = words[-1:]  # no determiner: the noun alone ("officials who said")
    return Mention("role", words[0].start, words[-1].end)


def _coordinated_subject(
    region: list[Tok], opening: list[Mention], lex: Lexicon, casing: Casing
) -> Mention | None:
    """ "Albiol praised the offer and Ribera said…": a clause of its own after a
    conjunction, its subject right before the verb, is not the sentence's first subject.
    "Lavrov and Gil said" (the opening mention ends at the conjunction) is one subject."""
    if not opening or len(region) < 3:
        return None
    near = find_mentions(region[-6:], lex, casing)
    if not near or near[-1].end != region[-1].end or near[-1].kind == "pronoun":
        return None
    at = next((k for k, t in enumerate(region) if t.start == near[-1].start), None)
    if at is None or at == 0 or region[at - 1].norm not in lex.conjunctions:
        return None
    before = [t for t in region[: at - 1] if t.word]
    if not before or before[-1].end == opening[0].end or opening[0].start == near[-1].start:
        return None
    return near[-1]


def _with_co_subjects(region: list[Tok], first: Mention, lex: Lexicon, casing: Casing) -> Mention:
    """ "Pedro Sánchez y Alberto Núñez anunciaron", "La ministra, Isabel Ruiz, y el alcalde,
    Jorge Azcón, dijeron": a subject of several people, coordinated right up to the verb.
    The mention then spans them all, so a translation naming only the second does not
    read as another speaker; the name and the roles stay the first's."""
    found = [m for m in find_mentions(region, lex, casing) if m.kind != "pronoun"]
    k = next((n for n, t in enumerate(region) if t.start >= first.end), len(region))
    end, joined = first.end, False
    while k < len(region):
        j = k
        while j < len(region) and (region[j].text == "," or region[j].norm in lex.conjunctions):
            joined |= region[j].norm in lex.conjunctions
            j += 1
        nxt = next((m for m in found if j < len(region) and m.start == region[j].start), None)
        if j == k or nxt is None:
            break
        end = nxt.end
        k = next((n for n, t in enumerate(region) if t.start >= end), len(region))
    rest = [t for t in region if t.start >= end]
    if not joined or end == first.end or any(t.word for t in rest):
        return first
    return Mention(
        first.kind, first.start, end, first.name, first.roles, first.mods, first.new, first.end
    )


def _after_verb_subject(post: list[Tok], mention: Mention, lex: Lexicon) -> bool:
    """ "le dijo a Lavrov", "dijo a la Radio Galega": after a preposition, with or
    without an article, a mention is the addressee, not the subject."""
    idx = next((i for i, t in enumerate(post) if t.start == mention.start), 0)
    while idx > 0 and post[idx - 1].norm in lex.dets:
        idx -= 1
    return idx == 0 or post[idx - 1].norm not in lex.stop


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
        if not words or (n and words[0].norm in lex.relatives):
            continue
        # "For his part" opens an adverbial; "First Deputy Prime Minister …" a role phrase.
        ranked = (
            len(words) > 1
            and words[0].cap
            and any(m.roles and m.start == words[1].start for m in found)
        )
        if _adverbial(words[0], lex) and not ranked:
            continue
        # Past determiners and function words: "First Deputy Prime Minister María Jesús
        # Montero" opens with an ordinal the role phrase does not take.
        lead = next((t for t in words if t.norm not in lex.dets | lex.stop), words[0])
        # A mention opens the chunk, or runs into it ("the lawyer, Mauricio Ferrán").
        opening = [m for m in found if m.start == words[0].start or m.start <= lead.start < m.end]
        if not opening:
            opening = _premodified_role(words, found, lex)
        if opening:
            inside = [m for m in found if words[0].start <= m.start < words[-1].end]
            heads = inside and opening[0] is inside[0]
            chosen = _head(inside, chunk, lex) if heads else opening[0]
            out.append(_person_after(chosen, found, region))
    return sorted(out, key=lambda m: -_subject_rank(m))


# How many words may stand before a role phrase that opens a chunk ("Andalusian regional
# president Juanma Moreno", whose role phrase starts at "president").
_PREMODIFIERS = 2


def _premodified_role(words: list[Tok], found: list[Mention], lex: Lexicon) -> list[Mention]:
    """A role mention after at most :data:`_PREMODIFIERS` words that modify it: no
    function word and no verb among them ("Critics of president X" opens with none)."""
    for k in range(1, min(_PREMODIFIERS, len(words) - 1) + 1):
        mention = next((m for m in found if m.start == words[k].start), None)
        if mention is None:
            continue
        before = words[:k]
        if words[k].norm in lex.dets:
            return []  # "accused the government": no modifier stands before an article
        # "Residents blamed council officials": a past verb after a word is no modifier
        # of the role ("Newly elected president …" is: an adverb in "-ly" before it).
        verb = any(
            j and past_verb(t, lex) and not before[j - 1].norm.endswith("ly")
            for j, t in enumerate(before)
        )
        if (
            mention.roles
            and not verb
            and not any(t.norm in lex.stop or is_verb(t, lex) for t in before)
        ):
            return [mention]
        return []
    return []


def _person_after(chosen: Mention, found: list[Mention], region: list[Tok]) -> Mention:
    """A bare name that modifies the role of a named person right after it is not the
    subject, the person is: "Bank of Mexico governor Victoria Rodríguez argued", "The
    Bank of Mexico governor, Victoria Rodríguez, said"."""
    if chosen.kind != "name" or chosen.roles:
        return chosen
    nxt = next((t for t in region if t.start >= chosen.end), None)
    for m in found:
        if nxt is not None and m.start == nxt.start and m.kind == "name" and m.roles and m.name:
            return m
    return chosen


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


def _after_subordinator(words: list[Tok], lex: Lexicon) -> list[Tok]:
    """The noun phrase after a clause's opening word ("although the defence", "aunque la
    defensa"): from a determiner in second place, after a lower-case word that is none,
    or after a listed subordinator opening the sentence ("Although the defence"). A verb
    in past form is no such word: "accused the government of …" is a verb's object."""
    if len(words) > 2 and words[1].norm in lex.dets and words[0].norm not in lex.dets:
        opener = not words[0].cap or (words[0].initial and words[0].norm in lex.subordinators)
        return words[1:] if opener and not past_verb(words[0], lex) else words
    return words


def past_verb(tok: Tok, lex: Lexicon) -> bool:
    """A lower-case word with a regular past ending ("accused", "culparon"): a verb, so a
    phrase holding it is no subject (English "-ed" adjectives before a noun aside)."""
    return (
        tok.word
        and not tok.cap
        and len(tok.norm) > 4
        and bool(lex.past_endings)
        and tok.norm.endswith(lex.past_endings)
    )


def _head_phrase(words: list[Tok], lex: Lexicon) -> list[Tok]:
    """A noun phrase's words up to its first preposition past the second word ("una
    vecina" of "una vecina del barrio", "Residents" of "Residents of the area")."""
    cut = next(
        (k for k, t in enumerate(words) if k and t.norm in lex.stop and t.norm not in lex.dets),
        len(words),
    )
    # "The opposition accused the government of …", "Los vecinos culparon al …": the
    # phrase ends before its verb.
    verb = next(
        (
            k
            for k, t in enumerate(words[:cut])
            if k and past_verb(t, lex) and _after_head(words, k, lex)
        ),
        None,
    )
    if verb is not None:
        return words[:verb]
    return words[:cut] if cut < len(words) else []


def _after_head(words: list[Tok], k: int, lex: Lexicon) -> bool:
    """Whether the word at k follows a noun: not right after an article ("The elected
    council")."""
    return k > 1 or words[0].norm not in lex.dets


def _noun_phrase(words: list[Tok], lex: Lexicon) -> bool:
    if not words or len(words) > 5 or not (words[0].norm in lex.dets or words[0].cap):
        return False
    if words[0].norm in lex.subordinators:
        return False  # "Although the defence": the phrase after it, if any
    if any(k and past_verb(t, lex) and _after_head(words, k, lex) for k, t in enumerate(words)):
        return False  # "Politico quoted Tim Manning": a clause, not a phrase
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


# A Romance adverb of manner ("generalmente", "finalmente", "normalmente"), four letters
# of adjective at least ("Clemente" is a name): capitalised at a sentence's start, it was
# read as the subject of an impersonal verb ("Generalmente, se considera que …").
_MANNER_ADVERB = re.compile(r"\w{4,}mente")


def _adverbial(first: Tok, lex: Lexicon) -> bool:
    """A chunk opened by a preposition or conjunction ("For his part", "In this regard"),
    or an adverb of manner ("Generalmente, se considera")."""
    n = first.norm
    if _MANNER_ADVERB.fullmatch(n):
        return True
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
