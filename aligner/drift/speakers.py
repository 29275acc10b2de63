"""Speakers: a statement credited to someone else, or its attribution dropped.

Speakers come from :mod:`aligner.statements.quotes`; two are the same when their names
match (cognates, aliases, the mention's machine translation, a name in apposition), else
when their roles (language-neutral role classes from :mod:`aligner.lang`) can be the same
person. Names themselves are :mod:`aligner.drift.names`' business.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from aligner.drift.acronyms import same_acronym, spells_out
from aligner.drift.addressees import addressed
from aligner.drift.body_descriptions import body_described, description_around
from aligner.drift.collectives import collective_kinds, other_group, unnamed_sources
from aligner.drift.names import _alias_ids, _other_given_name, _other_surname, voice_names
from aligner.drift.party_families import described, other_family
from aligner.drift.quote_marks import check_quote_marks
from aligner.drift.role_qualifiers import check_role_qualifiers
from aligner.drift.run_record import DriftRun, _report
from aligner.drift.signals import Entity, Evidence, Finding, Side, Voice, quote, span_of
from aligner.drift.text import Tok, cognate, content, fold, tokenize, words
from aligner.drift.voice_bodies import body_changed, person_gone
from aligner.lang import profile
from aligner.statements.speakers import implied


@cache
def _role_table(lang: str) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    prof = profile(lang)
    skip = {fold(w) for w in prof.stopwords | prof.determiners}
    table: dict[tuple[str, ...], frozenset[str]] = {}
    for noun, classes in prof.role_nouns:
        key = tuple(w for w in fold(noun).replace("-", " ").split() if w not in skip)
        if key:
            table[key] = table.get(key, frozenset()) | frozenset(classes.split("|"))
    return tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))


def role_classes(text: str, lang: str) -> tuple[frozenset[str], ...]:
    """Role classes of the role nouns in ``text``, in order of appearance."""
    return tuple(classes for _, classes in _roles_at(text, lang))


def _roles_at(text: str, lang: str) -> list[tuple[int, frozenset[str]]]:
    """(character offset, role classes) of each role noun in ``text``; generic roles
    ("official", "head") are left out, as they contradict nothing."""
    skip = {fold(w) for w in profile(lang).stopwords | profile(lang).determiners}
    parts = [t for t in words(tokenize(text)) if t.fold not in skip]
    out, i = [], 0
    while i < len(parts):
        for key, classes in _role_table(lang):
            if tuple(t.fold for t in parts[i : i + len(key)]) == key:
                if classes - _GENERIC_ROLES:
                    out.append((parts[i].start, classes))
                i += len(key)
                break
        else:
            i += 1
    return out


def speaker_roles(mention: str, name: str, lang: str) -> tuple[frozenset[str], ...]:
    """Role classes of a speaker mention, its head first.

    The head is the role in the comma-separated part that holds the name ("Russia's
    foreign minister, President Medina" → president), else the first role
    ("la alcaldesa de Medellín, Natalia Ríos" → mayor; "a spokesman for Mayor Ríos"
    → spokesperson).
    """
    found = _roles_at(mention, lang)
    if not found:
        return ()
    at = mention.rfind(name) if name and name in mention else -1
    head = found[0]
    if at >= 0:
        chunk_start = mention.rfind(",", 0, at) + 1
        inside = [r for r in found if chunk_start <= r[0] < at]
        if inside:
            head = inside[0]
    return (head[1], *(c for r, c in found if (r, c) != head))


# Roles too generic to contradict anything ("the official", "the head of …"); a body
# ("the ministry") speaks through its people ("ministry sources", "a spokesman").
_GENERIC_ROLES = frozenset({"official", "leader", "head", "expert", "institution", "body"})


def _roles_meet(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> bool:
    """Some role of one side is, or is a kind of, a role of the other: a president is a
    head of state, so "el jefe de Estado" and "the president" can be the same person."""
    return any(
        x & y or (x - _GENERIC_ROLES) & implied(y) or (y - _GENERIC_ROLES) & implied(x)
        for x in a
        for y in b
    )


def _roles_clash(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> bool:
    """Both sides name a role and no role of one is a role of the other."""
    if not a or not b or any(r & _GENERIC_ROLES for r in (*a, *b)):
        return False
    return not _roles_meet(a, b)


def _head_moved(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> bool:
    """The source speaker's role is in the target mention, but not as its head:
    "la alcaldesa" → "a spokesman for the Mayor"."""
    if not a or not b:
        return False
    return not a[0] & b[0] and _roles_meet(a[:1], b[1:])


def _mentions(names: Sequence[str], side_words: Sequence[Tok]) -> bool:
    """Whether any of the (folded) name words occurs, as a cognate, among the words."""
    pool = [t.fold for t in side_words]
    return any(cognate(n, w) for n in names for w in pool)


def _voice_entities(v: Voice, side: Side) -> list[Entity]:
    """The names that make up a speaker mention (those overlapping it)."""
    if v.start < 0:
        return []
    return [e for e in side.entities if e.start < v.end and v.start < e.end]


def _other_affiliation(v: Voice, w: Voice, translated: str | None, src: Side, tgt: Side) -> bool:
    """The same person named with another body ("el portavoz del PP, Juan Pérez" → "the
    PSOE spokesman, Juan Pérez"): a name of the source mention nothing in the
    translation's mention renders, and one of the translation's that neither a source
    name nor the mention's MT explains."""
    w_words = [t.fold for t in words(tokenize(w.mention))]
    mt_words = [t.fold for t in words(tokenize(translated or ""))]
    mine, theirs = _voice_entities(v, src), _voice_entities(w, tgt)

    def said(parts: Sequence[str], pool: Sequence[str]) -> bool:
        return any(cognate(fold(p), x) for p in parts for x in pool)

    if not v.key:  # a body speaking ("El departamento de la Salud…"), no person
        return False
    kept = [e for e in mine if said(e.parts, w_words) and v.key in map(fold, e.parts)]
    lost = [e for e in mine if e not in kept]
    new = [
        f
        for f in theirs
        if not said(f.parts, mt_words)
        and not any(said(f.parts, [fold(p) for p in e.parts]) for e in mine)
        and not any(same_acronym(e.text, f.text) for e in mine)
        and not any(_dictionary_overlap(e.parts, f.parts, src.lang, tgt.lang) for e in lost)
    ]
    return bool(kept and lost and new)


def _translated_overlap(
    translated: str | None, words_: Sequence[Tok], lang: str, roles: bool = True
) -> bool:
    """Whether a mention's MT shares a content word with the given words (not counting
    its role words unless ``roles``)."""
    if not translated:
        return False
    found = content(words(tokenize(translated)), lang)
    found = found if roles else [f for f in found if not role_classes(f.text, lang)]
    pool = content(words_, lang)
    return any(cognate(f.fold, p.fold) for f in found for p in pool)


def _w_names(w: Voice, tgt: Side, ev: Evidence, src: Side) -> list[str]:
    """The translation speaker's name words, less a nationality the literal MT of the
    source says too ("el canciller alemán" → "the German chancellor": no name)."""
    from aligner.drift.removed_demonyms import proper_adjectives

    mt = {t.fold for t in words(tokenize(ev.mt.text))} if ev.mt is not None else set()
    names = voice_names(w, tgt) or opening_name(w, tgt, src)
    return [n for n in names if not (n in mt and n in proper_adjectives())]


def opening_name(v: Voice, side: Side, other: Side) -> list[str]:
    """A speaker that is one capitalised word opening the sentence ("Sánchez dijo…"), no
    role the lexicon knows: the entity reader leaves such a word alone (any sentence
    opens with a capital), so the speaker has no name. It is one when the other side has
    it as a name inside its sentence ("… pero Feijóo lo negó" → "Feijóo said …, but
    Sánchez denied it": two speakers changed places)."""
    if v.key or v.roles or v.start != 0 or " " in v.mention.strip():
        return []
    name = fold(v.mention)
    return [name] if any(name in map(fold, e.parts) for e in other.entities) else []


def _dictionary_overlap(a: Sequence[str], b: Sequence[str], a_lang: str, b_lang: str) -> bool:
    """Whether a name word of one speaker translates one of the other's in a bilingual
    dictionary (FreeDict, when installed): a body named by common words the MT renders
    otherwise ("Ministerio de Trabajo" → MT "Ministry of Work" ↔ "Ministry of Labour")."""
    from aligner.alignment.dictionary import load_pair, stem

    pair = load_pair(a_lang[:2], b_lang[:2])
    if pair is None:
        return False
    table = pair[0].table
    others = {stem(fold(w)) for w in b}
    return any(table.get(stem(fold(w)), frozenset()) & others for w in a)


# Words of the first person: "según yo" / "según mí" → "in my view", "I think", "to
# me": the speaker is the writer, whom the translation names by any of them.
_FIRST_PERSON = {
    "es": frozenset("yo mí me mi mis conmigo nosotros nosotras nuestro nuestra".split()),
    "pt": frozenset("eu mim me meu minha comigo nós nosso nossa".split()),
    "fr": frozenset("je moi me mon ma mes nous notre nos".split()),
    "it": frozenset("io me mi mio mia noi nostro nostra".split()),
    "en": frozenset("i me my mine myself we us our ours ourselves".split()),
}


def _first_person(v: Voice, src_lang: str, tgt: Side) -> bool:
    """The source credits the writer ("según yo") and the translation speaks in the
    first person too ("in my view")."""
    own, theirs = _FIRST_PERSON.get(src_lang), _FIRST_PERSON.get(tgt.lang)
    mention = words(tokenize(v.mention))
    return bool(
        own
        and theirs
        and mention
        and all(t.norm in own for t in mention)
        and any(t.norm in theirs for t in tgt.ws)
    )


def _said_anywhere(
    v: Voice, names: Sequence[str], translated: str | None, tgt: Side, src_lang: str
) -> bool:
    """Whether the target mentions the source speaker at all (a name, role or words)."""
    if names and _mentions(names, tgt.ws):
        return True
    if _first_person(v, src_lang, tgt):
        return True
    if _alias_ids(v.mention, src_lang) & _alias_ids(tgt.text, tgt.lang):
        return True
    if v.roles and _roles_meet(v.roles, role_classes(tgt.text, tgt.lang)):
        return True
    own = content(words(tokenize(v.mention)), src_lang)
    theirs = content(tgt.ws, tgt.lang)
    if translated is None:  # no MT: the mention's own words, as cognates ("polícia")
        return any(cognate(a.fold, b.fold) for a in own for b in theirs)
    if _translated_overlap(translated, tgt.ws, tgt.lang):
        return True
    # The MT's word for the speaker may not be the translator's ("los familiares" → MT
    # "the familiar" ↔ "relatives"): a dictionary may know both.
    return _dictionary_overlap([t.fold for t in own], [t.fold for t in theirs], src_lang, tgt.lang)


def _pronoun_reports(side: Side) -> bool:
    """Whether "It reported that…" keeps an attribution: "it" is left out of the statement
    parser's pronouns ("it is said"), but before a reporting verb it resumes a body named
    earlier ("La organización ha declarado que"). "He said" is the parser's own business:
    taken here it hid a removed name ("Obama dijo" → "when he said")."""
    verbs = profile(side.lang).reporting_verbs
    return side.lang == "en" and any(
        a.norm == "it" and b.norm in verbs for a, b in zip(side.ws, side.ws[1:], strict=False)
    )


def _named_instead(src: Side, tgt: Side, ev: Evidence) -> Entity | None:
    """A name in the translation's first half that the source does not have: who the
    translation credits when no reporting verb says so ("Paredes descartó que…" →
    "Barbosa did not rule out…"). A sentence's first word counts as a name only when the
    back-translation does not know it."""
    own = [p for e in src.entities for p in e.parts] + [t.fold for t in src.ws]
    unknown = {fold(w) for w in ev.back.unknown} if ev.back else set()
    opening = [
        Entity(t.start, t.end, t.text, (t.fold,), False)
        for t in tgt.ws[:1]
        if t.cap and t.fold in unknown
    ]
    for entity in opening + tgt.entities:
        if entity.acronym or entity.start > len(tgt.text) / 2:
            continue
        if not any(cognate(part, word) for part in entity.parts for word in own):
            return entity
    return None


def check_speakers(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """The statement credited to someone else, or its attribution dropped."""
    out: list[Finding] = []
    heard = [w for w in tgt.voices if w.how != "none" and w.mention]
    credited: set[tuple[int, int, str]] = set()
    for i, v in enumerate(src.voices):
        if v.how == "none" or not v.mention:
            continue
        names = voice_names(v, src) or opening_name(v, src, tgt)
        translated = ev.mt_voices[i] if ev.mt_voices else None
        if not heard:
            if not _said_anywhere(v, names, translated, tgt, src.lang) and not _pronoun_reports(
                tgt
            ):
                instead = _named_instead(src, tgt, ev)
                said = (
                    f"names {quote(instead.text)} in its place"
                    if instead
                    else "drops the attribution and states it as fact"
                )
                out.append(
                    Finding(
                        "speaker",
                        "critical",
                        0.7,
                        span_of(v),
                        span_of(instead),
                        f"The source attributes this to {quote(v.mention)}, but the translation "
                        f"{said}.",
                        "drift.speaker",
                    )
                )
            continue
        w = _counterpart(i, names, heard, tgt)
        problem = _voice_problem(v, names, w, _w_names(w, tgt, ev, src), translated, src, tgt)
        changed = not names and body_changed(v, w, src, tgt, ev)  # a named body: above
        problem = problem or (" (the same role, another body)" * changed)
        if (
            not problem
            and names
            and voice_names(w, tgt)
            and _roles_clash(v.roles, w.roles)
            and not (_of_a_body(v.mention) or _of_a_body(w.mention))
        ):
            # The same person under another title ("el alcalde, Jorge Azcón" → "the
            # governor, Jorge Azcón"): the claim keeps its speaker, the reader a wrong role.
            out.append(
                Finding(
                    "entity",
                    "major",
                    0.6,
                    span_of(v),
                    span_of(w) if w.start >= 0 else None,
                    f"The source gives the speaker as {quote(v.mention)}, the translation as "
                    f"{quote(w.mention)}: the same name with another role.",
                    "drift.speaker_role",
                )
            )
        # One finding per speaker of the translation: two statements of the source's
        # speaker ("«…», advirtió X, quien recordó que …") credited to it are one change.
        if problem and (w.start, w.end, w.mention) not in credited:
            credited.add((w.start, w.end, w.mention))
            out.append(
                Finding(
                    "speaker",
                    "critical",
                    0.75,
                    span_of(v),
                    span_of(w) if w.start >= 0 else None,
                    f"The source credits this to {quote(v.mention)}, the translation to "
                    f"{quote(w.mention)}{problem}.",
                    "drift.speaker",
                )
            )
    # how much of it is given as said verbatim; which holder of an office speaks
    return out + check_quote_marks(src, tgt) + check_role_qualifiers(src, tgt)


_GENITIVE = re.compile(r"\b(?:de|del|da|do|das|dos|di|della|du|des|of)\b")


def _of_a_body(mention: str) -> bool:
    """A role of some body ("la presidenta del banco central", "presidente da Câmara"):
    its head, whatever the title, so "governor" or "mayor" may name the same post."""
    return bool(_GENITIVE.search(fold(mention)))


def _counterpart(i: int, names: Sequence[str], voices: Sequence[Voice], tgt: Side) -> Voice:
    """The target speaker that stands for source statement i: same name, else same order."""
    for w in voices:
        if names and _mentions(names, words(tokenize(" ".join(voice_names(w, tgt))))):
            return w
    return voices[min(i, len(voices) - 1)]


# How far after a speaker's mention its bracketed acronym may stand: the rest of a
# body's name ("Direction générale de l'aviation civile (DGAC)") is not read as a name.
_BRACKET_REACH = 80


def _bracketed_after(names: Sequence[str], v: Voice, text: str) -> bool:
    """Whether each of ``names`` stands in brackets in ``text`` shortly after ``v``."""
    if v.start < 0 or not names:
        return False
    window = text[v.end : v.end + _BRACKET_REACH]
    inside = " ".join(re.findall(r"\(([^()]*)\)", window))
    return all(fold(n) in fold(inside).split() for n in names)


def _acronyms_alike(v_voice: Voice, a: Sequence[str], w_voice: Voice, b: Sequence[str]) -> bool:
    """Both speakers named by one acronym, the same letters in another order ("el OBI" →
    "the IBO", as the entity check reads "OTAN"/"NATO"): one body in two languages."""
    if len(a) != 1 or len(b) != 1:
        return False
    mentioned = (v.mention for v in (v_voice, w_voice))
    return all(m.isupper() and " " not in m for m in mentioned) and same_acronym(a[0], b[0])


def _acronym_spelt_out(
    v_voice: Voice, a: Sequence[str], w_voice: Voice, b: Sequence[str], translated: str | None
) -> bool:
    """One speaker named by a body's acronym, the other by its full name in the other
    language: "según la OCDE" → "according to the Organisation for Economic Co-operation
    and Development", "la Organización Mundial de la Salud" → "the WHO"; the source's
    acronym also as the MT writes it ("la OMS", MT "WHO", → "the World Health
    Organization")."""
    readings = [(v_voice.mention, a, b), (w_voice.mention, b, a), (translated or "", a, b)]
    for mention, names, other in readings:
        last = mention.split()[-1:] or [""]
        if len(names) == 1 and last[0].isupper() and spells_out(last[0], [" ".join(other)]):
            return True
    return False


def _described(v: Voice, w: Voice, src: Side, tgt: Side) -> bool:
    """The source's body named by its acronym, the translation's speaker a description
    of it ("la OTAN" → "the Atlantic alliance"; :mod:`aligner.drift.body_descriptions`)."""
    said = description_around(tgt.text, w.start, w.end) if w.start >= 0 else w.mention
    return body_described(v.mention, said, _alias_ids(v.mention, src.lang))


def _changed_places(v: Voice, w: Voice, src: Side, tgt: Side) -> bool:
    """The source's speaker is the one the translation's statement is said to, and the
    translation's speaker the one the source's is said to ("Maduro dijo al diplomático
    ruso" → "The Russian diplomat told Maduro"; :mod:`aligner.drift.addressees`)."""
    to_src, to_tgt = addressed(src.text, src.lang), addressed(tgt.text, tgt.lang)
    return (
        bool(to_src and to_tgt)
        and _is_addressed(v, to_tgt, tgt.lang)
        and _is_addressed(w, to_src, src.lang)
    )


def _is_addressed(v: Voice, spoken_to: str, lang: str) -> bool:
    """Whether the person ``spoken_to`` names (in ``lang``) may be speaker ``v``: a word of
    its mention (a name, as a cognate) or a role they share."""
    skip = {fold(d) for d in profile(lang).determiners}
    named = [t.fold for t in words(tokenize(v.mention)) if t.cap and t.fold not in skip]
    if named and _mentions(named, words(tokenize(spoken_to))):
        return True
    return bool(v.roles) and _roles_meet(v.roles, role_classes(spoken_to, lang))


def _credits_sources(v: Voice, side: Side) -> bool:
    """Unnamed sources, in the mention or in the word after it, which the English finder
    leaves out of a name ("White House sources said" → «White House»)."""
    after = side.text[v.end :].split()[:1] if v.start >= 0 else []
    return unnamed_sources(" ".join([v.mention, *after]), side.lang)


def _sources_named(v: Voice, v_names: Sequence[str], src: Side, w: Voice, tgt: Side) -> bool:
    """One side credits unnamed sources ("según fuentes próximas al presidente"), the
    other one person by name or title ("the president said"): the statement is put on
    the record, or taken off it. Plural speakers ("diplomats said" for "fuentes
    diplomáticas") may be the sources said plainly, and a pronoun says too little."""
    a, b = _credits_sources(v, src), _credits_sources(w, tgt)
    if a == b:
        return False
    person, side = (w, tgt) if a else (v, src)
    said = person.mention.split()
    if not said or person.how in ("pronoun", "carried"):
        return False
    # A name the entity finder skips at a sentence's start ("Biden said") is still one.
    bare_name = not person.roles and said[0][:1].isupper() and len(said) <= 3
    bare_name = bare_name and fold(said[0]) not in profile(side.lang).determiners
    # "Health officials", "Investigators", "Police": a role or a body, no name (session 39)
    bare_name = bare_name and not any(k == (fold(said[-1]),) for k, _ in _role_table(side.lang))
    if bare_name and not person.roles:
        # "fuentes policiales" → "Police said": the same group said plainly
        other, other_side = (v, src) if person is w else (w, tgt)
        group = collective_kinds(person.mention, side.lang)
        bare_name = not group & collective_kinds(other.mention, other_side.lang)
    named = bare_name or bool(_voice_entities(person, side)) or (person is v and bool(v_names))
    return named or (bool(person.roles) and not said[-1].lower().endswith("s"))


def _voice_problem(
    v: Voice,
    v_names: list[str],
    w: Voice,
    w_names: list[str],
    translated: str | None,
    src: Side,
    tgt: Side,
) -> str:
    """Why target speaker w is not source speaker v ("" when it may well be)."""
    mine, theirs = described(src.text, v.start, v.end), described(tgt.text, w.start, w.end)
    if other_family(mine or v.mention, src.lang, theirs or w.mention, tgt.lang):
        return " (a speaker of another party)"
    if _changed_places(v, w, src, tgt):
        return " (the speaker and the person spoken to changed places)"
    if _sources_named(v, v_names, src, w, tgt):
        return " (unnamed sources on one side, a speaker named or titled on the other)"
    w_words = words(tokenize(" ".join(w_names)))
    # "Cancillería" and "Foreign Ministry" share no letters, only an alias.
    aliased = bool(_alias_ids(v.mention, src.lang) & _alias_ids(tgt.text, tgt.lang))
    if v_names and not aliased and person_gone(v, w_names, src, tgt):
        return " (the named speaker is gone)"  # "…, Eva Torres" → "the body's spokeswoman"
    if v_names and w_names:
        if (
            aliased
            or _acronyms_alike(v, v_names, w, w_names)
            or _acronym_spelt_out(v, v_names, w, w_names, translated)
            or _mentions(v_names, w_words)
            or _translated_overlap(translated, w_words, tgt.lang)
            or _dictionary_overlap(v_names, w_names, src.lang, tgt.lang)
            or _described(v, w, src, tgt)
        ):
            # The surname is there, but after another given name: another person.
            if any(_other_given_name(e, src.lang, tgt) for e in _voice_entities(v, src)):
                return " (another given name before the same surname)"
            if any(_other_surname(e, src.lang, tgt) for e in _voice_entities(v, src)):
                return " (another surname after the same given name)"
            if _other_affiliation(v, w, translated, src, tgt):
                return " (the same person, with another party or body)"
            # Same person named: only a role moved off the head is a change of speaker.
            return " (the speaker's role changed)" if _head_moved(v.roles, w.roles) else ""
        if _bracketed_after(w_names, v, src.text):
            # "selon la Direction générale de l'aviation civile (DGAC)" → "the civil
            # aviation authority (DGAC)": the translation names the body by the acronym
            # the source puts in brackets after its speaker.
            return ""
        return " (a different named person)"
    if v_names:
        # The name may be a capitalised institution ("el portavoz del Ejército" → "an
        # army spokesman"): its translation counts when the speaker's role survives too.
        same_role = not v.roles or _roles_meet(v.roles, role_classes(tgt.text, tgt.lang))
        if not (
            aliased
            or _mentions(v_names, tgt.ws)
            or (same_role and _translated_overlap(translated, tgt.ws, tgt.lang, roles=not v.key))
            or _described(v, w, src, tgt)
        ):
            return " (the named speaker is gone)"
        if w.how in ("pronoun", "carried"):
            return ""
        return " (a different role)" if _roles_clash(v.roles, w.roles) else ""
    if w_names:
        if aliased or _translated_overlap(translated, w_words, tgt.lang):
            return " (a different role)" if _roles_clash(v.roles, w.roles) else ""
        if _mentions(w_names, src.ws):
            # Named in the source, but not as the speaker, and the speaker's role is not
            # theirs: the addressee now speaks ("respondió el primer ministro a X" → "X
            # told"). Without a role on the source side we cannot tell.
            if v.roles and not _roles_meet(v.roles, w.roles):
                return " (someone else the source mentions)"
            return ""
        return " (a different named person)"
    # Neither side names the speaker: only two roles that cannot be the same person
    # count. Two role-less speakers that share no word ("un comunicado", "the army")
    # are too often one source said differently, unless both name plainly different
    # groups ("según la policía" → "according to the unions").
    if _roles_clash(v.roles, w.roles):
        return " (a different role)"
    return " (another group)" if other_group(v.mention, src.lang, w.mention, tgt.lang) else ""


def find_voices(text: str, lang: str, run: DriftRun | None = None) -> list[Voice]:
    """The speakers of the statements in ``text``.

    A parser failure on one text must not stop the other checks, but it turns the
    speaker check off for that pair: it is reported (``run`` or a DriftWarning), never
    swallowed.
    """
    from aligner.statements.quotes import find_statements
    from aligner.types import Document

    try:
        statements = find_statements(Document("", lang, text, ()))
    except Exception as exc:  # reported below, not swallowed
        short = text if len(text) <= 60 else text[:57] + "..."
        _report(
            run,
            f"statement parser failed on “{short}” ({exc.__class__.__name__}: "
            f"{exc}); speaker checks skipped for that pair",
        )
        return []
    out = []
    for st in statements:
        sp = st.speaker
        roles = speaker_roles(sp.mention, sp.name if sp.key else "", lang)
        if not roles and sp.mention_start >= 0:
            # "El fiscal general, Arturo Montes, dijo": the role sits before the name.
            before = text[max(0, sp.mention_start - 40) : sp.mention_start]
            # Not from inside the quotation it closes ("«… había enviado tanto
            # dinero», dijo el consejero": that "enviado" is no envoy).
            before = re.split(r"[.\"»”“]", before)[-1]
            roles = role_classes(before, lang)[-1:]
        mention, end = sp.mention, sp.mention_end
        owned = re.match(r"['’]s\s+[\w-]+", text[end:]) if not roles and end >= 0 else None
        if owned and role_classes(owned.group(0), lang):
            # "the government's spokesman": the finder's mention stops at the possessive.
            roles = role_classes(owned.group(0), lang)[:1]
            mention, end = mention + owned.group(0), end + owned.end()
        out.append(Voice(mention, sp.mention_start, end, sp.key, sp.name, sp.resolved_by, roles))
    return out
