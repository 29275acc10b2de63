"""A participle or an infinitive cut where the words on either side of it still stand
side by side (docs/drift.md, "Session 40 (drift45b)").

:mod:`verb_holes` reads a verb in a tense cut from a clause left with no verb, and a verb
cut before "que". A verb that is no tense leaves its clause's own verb standing, so
neither reads it:

* a participle that qualified the noun before it, cut before the preposition that
  opened its complement ("la historia presentada en la ópera" → "the story in the
  opera", "dos documentos emitidos por la FAA" → "two documents by the FAA", "un plato
  preparado con hierbas" → "a dish with herbs");
* an infinitive or a gerund cut between the preposition that took it and its object
  ("después de haber admitido ocho cargos" → "after eight charges", "antes de visitar
  el hospital" → "before the hospital");
* an auxiliary left before the phrase that followed its participle ("están
  pronunciadas exactamente como" → "are exactly as", "está extraído a la fuente" → "is
  at the source", "ha sido hecho antes" → "was before": drift39b's class, measured then
  with no test of the words' order).

English writes these shapes for other reasons ("a book by Tolstoy", "after the war",
"is at home"), so the source decides, as in :mod:`verb_holes`: the verb (with a "haber"
or "ser" before it that nothing renders either) has no rendering, and its two
neighbours are rendered by two translation words next to each other, in that order
(past function words the dictionary leaves unpaired on both sides: "a" ↔ "at"), the
second of them a preposition for a participle, no preposition or verb for an
infinitive, and for an auxiliary no verb, participle or adjective, even past adverbs
("son organizados a veces" → "are sometimes held" puts the adverb first). A repeated
word is found by the pairing the other way ("están … están" ↔ "are … are"). A
translation that says the verb another way puts its words between the two or
elsewhere. Verbs a faithful translation leaves unsaid are not read: participles of
place ("situado en" → "in", "ubicado", "basado", "salido de" → "from"), of containing
("contenido en") and of relation ("relacionadas con" → "about", "dirigido a" → "for");
infinitives after "para" ("para obtener información" → "for information") or "sin"
("sin ganar un título" → "without a trophy"); light verbs ("realizar", "hacer",
"llevar", "tener", "dar": "tras realizar pruebas" → "after tests"); participles of
where a thing is stated ("las instrucciones indicadas sobre el envase" → "the
instructions on the packaging") and of returning ("si habéis vuelto recientemente de"
→ "if you were recently in"). Nor when a translation word nothing in the source renders
stands in the two words before the gap ("a sentir vuestros síntomas" → "from listening
to your symptoms"), or a particle before the preposition ("to get out of").

Direct Apertium pairs, on the pairs nothing else reports at >= major
(:func:`headless.check_quiet`), after :mod:`verb_holes`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.drift.lexical_diff import Word, free_word
from aligner.drift.signals import Finding
from aligner.drift.verb_holes import hole_finding

# Switched off only to measure what the rule does (bench runs).
ENABLED = True

_PARTICIPLE = re.compile(r"(?:ad|id|íd|ít|ict|ech|ich|ert|iert|uest|uelt|ubiert|ist|rit)[oa]s?$")
_INFINITIVE = re.compile(r"(?:ar|er|ir|ír)(?:se|lo|la|los|las|le|les|me|te|nos)?$")
_ADJECTIVE_PARTICIPLE = re.compile(r"^[^áéíóú]*ad[oa]s?$")
_GERUND = re.compile(r"(?:ando|iendo|yendo)(?:se|lo|la|los|las|le|les)?$")

# Participles a faithful translation leaves out: a place, a stay or a containing ("las
# islas situadas en el océano" → "the islands in the ocean", "está ingresado en el
# hospital" → "is in hospital").
_PLACE_LEMMAS = frozenset(
    "situar ubicar localizar emplazar encontrar hallar radicar basar asentar establecer "
    "contener incluir comprender alojar instalar colocar salir proceder provenir venir "
    "originar ingresar internar hospitalizar recluir encarcelar volver devolver regresar "
    "viajar".split()
)
# Participles of relation, said by a preposition ("las inquietudes relacionadas al
# virus" → "concerns regarding the virus", "un programa dirigido a jóvenes" → "a
# programme for young people").
_RELATION_LEMMAS = frozenset(
    "relacionar vincular ligar asociar referir dedicar destinar dirigir orientar enfocar".split()
)
# Verbs whose object carries the meaning ("tras realizar pruebas" → "after tests").
_LIGHT_LEMMAS = frozenset(
    "ser estar haber tener hacer realizar efectuar llevar dar poner tomar ir venir "
    "seguir quedar resultar poder deber querer soler obtener conseguir lograr".split()
)
_AUXILIARIES = frozenset("haber ser".split())
_COPULAS = frozenset("haber ser estar".split())
# The participles of the auxiliaries themselves ("sido", "estado", "habido").
_NEVER_LEMMAS = frozenset("ser estar haber poder deber soler".split())
# "para" before an infinitive is often said by "for" and a noun ("para obtener
# información" → "for information"), "sin" by "without" and the object alone ("dos
# temporadas sin ganar un título" → "two seasons without a trophy").
_PURPOSE = frozenset(("para", "sin"))
_VERBS = ("vblex", "vbser", "vbhaver", "vbmod", "vaux", "vbdo")
_CLITICS = frozenset("se me te nos os lo la le los las les".split())
_NOUN_POS = frozenset(("n", "adj", "np"))
# Quantifiers that stand for a noun phrase before a participle ("ambos emitidos por").
# Participles of where a thing is said or shown ("las instrucciones indicadas sobre el
# envase" → "the instructions on the packaging", "el caso señalado en" → "the case in").
_STATED_LEMMAS = frozenset(
    "indicar señalar mencionar describir recoger prever establecer contemplar exponer "
    "mostrar figurar detallar especificar citar publicar reflejar".split()
)
_NEAR = 2
_PARTICLES = frozenset("up down out off away back over in on".split())
_STANDING_QUANTIFIERS = frozenset("ambos ambas todos todas muchos muchas varios varias".split())
_OBJECT_POS = frozenset(("det", "num", "n", "np", "adj", "predet"))


def _verb_lemmas(w: Word) -> set[str]:
    """The verb lemmas a participle may be of: its own, or for an adjective in "-ado"
    the verb in "-ar" ("destinado" → "destinar")."""
    if w.pos != "adj":
        return {w.lemma}
    stem = w.lemma[:-3] if w.lemma.endswith(("ado", "ada")) else w.lemma
    return {w.lemma, stem + "ar"}


def _form(w: Word) -> str | None:
    """ "pp" for a participle (or an adjective the tagger reads in one: "preparado"),
    "inf" for an infinitive or a gerund, None otherwise."""
    low = w.surface.lower()
    if w.pos == "adj" and w.known and _ADJECTIVE_PARTICIPLE.search(low):
        return "pp"
    if w.pos != "vblex" or w.finite or not w.known:
        return None
    if _PARTICIPLE.search(low):
        return "pp"
    if _INFINITIVE.search(low) or _GERUND.search(low):
        return "inf"
    return None


_ENGLISH_AUXILIARIES = frozenset("be is are was were been being has have had".split())


def _bare_auxiliary(tgt: Sequence[Word], jb: int, ja: int) -> bool:
    """The translation's ``jb`` is an auxiliary with no participle of its own: not a
    participle after another auxiliary ("have had their": "had" is the verb), and no
    verb, participle or adjective at ``ja`` or past the adverbs there ("son
    organizados a veces" → "are sometimes held": English puts the adverb first)."""
    word = tgt[jb].surface.lower()
    if word not in _ENGLISH_AUXILIARIES:
        return False
    if jb and tgt[jb - 1].surface.lower() in _ENGLISH_AUXILIARIES and word != "been":
        return False
    k = ja
    while k < len(tgt) and tgt[k].pos in ("adv", "preadv") and _skipped_adverb(tgt[k]):
        k += 1
    if k >= len(tgt):
        return True
    nxt = tgt[k]
    if nxt.pos in ("adv", "preadv") and k > ja:
        return False  # "was already high": an adverb after an adverb may be the predicate
    return nxt.pos not in _VERBS + ("adj",) and not nxt.surface.lower().endswith("ed")


_TIME_ADVERBS = frozenset(
    "also still already often always never sometimes usually now just".split()
)


def _skipped_adverb(w: Word) -> bool:
    """An adverb English puts between an auxiliary and its participle."""
    low = w.surface.lower()
    return low in _TIME_ADVERBS or low.endswith("ly")


def _shape(src: Sequence[Word], mine: Sequence[int], i: int) -> tuple[str, int, int] | None:
    """(the shape, the source words before and after the cut) of verb ``i``, or None."""
    w = src[i]
    form = _form(w)
    if form is None or w.lemma in _NEVER_LEMMAS:
        return None
    if form == "pp" and _verb_lemmas(w) & (_PLACE_LEMMAS | _RELATION_LEMMAS | _STATED_LEMMAS):
        return None
    start = i
    while start and src[start - 1].lemma in _AUXILIARIES and mine[start - 1] < 0:
        start -= 1
    before, after = start - 1, i + 1
    if before < 0 or after >= len(src):
        return None
    prev = src[before]
    copula = prev.lemma in _COPULAS and prev.pos.startswith("vb")
    if form == "pp" and start == i and copula and w.pos == "vblex":
        return "aux", before, after  # "están pronunciados exactamente" → "are exactly"
    if start != i:
        form = "inf"  # "después de haber admitido": the group is an infinitive's
    if form == "inf":
        if w.lemma in _LIGHT_LEMMAS or prev.pos != "pr" or prev.lemma in _PURPOSE:
            return None
        # The personal "a" before a person object ("interrogar a tres testigos").
        if after + 1 < len(src) and src[after].lemma == "a" and mine[after] < 0:
            after += 1
        return ("inf", before, after) if src[after].pos in _OBJECT_POS else None
    # A participle after its noun, before the preposition opening its complement.
    noun = prev.pos in _NOUN_POS or prev.lemma in _STANDING_QUANTIFIERS
    return ("pp", before, after) if noun and src[after].pos == "pr" else None


def faithfully_unsaid(src: Sequence[Word], i: int) -> bool:
    """Source word ``i`` is a verb a faithful translation leaves unsaid: a participle of
    place or relation after its noun ("las clínicas situadas en el norte" → "the clinics
    in the north"), or an infinitive after "para" or "sin" ("para obtener información" →
    "for information"). For the readers of a gap closed around a cut word
    (:mod:`closed_gaps`)."""
    w = src[i]
    form = _form(w)
    if form is None or i == 0:
        return False
    prev = src[i - 1]
    if form == "pp":
        noun = prev.pos in _NOUN_POS or prev.lemma in _STANDING_QUANTIFIERS
        return noun and bool(_verb_lemmas(w) & (_PLACE_LEMMAS | _RELATION_LEMMAS | _STATED_LEMMAS))
    return prev.lemma in _PURPOSE


def nonfinite_hole(src: Sequence[Word], tgt: Sequence[Word], links) -> tuple[Word, int, int] | None:
    """(the cut source verb, the translation's two words around its place), or None."""
    mine, theirs = links

    def renderings(i: int) -> list[int]:
        """The translation words rendering source word ``i``: those the pairing the other
        way gives back to it, the one it was paired with, and the words like that one
        given back to a source word of its lemma (a repeated word is paired with its
        first occurrence: "están … están" ↔ "is … are", "el … los" ↔ "the … the")."""
        k = mine[i]
        got = {j for j, b in enumerate(theirs) if b == i}
        if k >= 0:
            got.add(k)
            got |= {
                j
                for j, b in enumerate(theirs)
                if b >= 0 and src[b].lemma == src[i].lemma and tgt[j].lemma == tgt[k].lemma
            }
        return sorted(got)

    def rendering(i: int) -> int:
        got = renderings(i)
        return got[0] if got else -1

    def said(i: int) -> bool:
        """Verb ``i`` has a rendering: not a word of another kind another source word
        claims ("pronunciados" ↔ "Pronunciation", which renders "pronunciación")."""
        k = rendering(i)
        if k < 0:
            return False
        j = theirs[k] if k < len(theirs) else -1
        return j in (-1, i) or src[j].lemma == src[i].lemma or tgt[k].pos.startswith("vb")

    def gap(i: int, _: int) -> tuple[int, int]:
        """(the first source word past ``i`` a translation word renders, the translation
        words before its rendering that render nothing), skipping function words the
        dictionary leaves unpaired ("está extraído a la fuente" → "is at the source")."""
        j, skipped = i, 0
        while j < len(src) and rendering(j) < 0 and src[j].pos in ("pr", "det"):
            j, skipped = j + 1, skipped + 1
        return j, skipped

    for i, w in enumerate(src):
        if said(i):
            continue
        shape = _shape(src, mine, i)
        if shape is None:
            continue
        form, before, after = shape
        prev = src[before]
        if prev.lemma in _CLITICS or not prev.surface[:1].isalnum():
            continue
        if not src[after].surface[:1].isalnum():
            continue
        after, skipped = gap(after, 0)
        if after >= len(src):
            continue
        ends = set(renderings(after))
        jb = next((k for k in renderings(before) if k + 1 + skipped in ends), -1)
        if jb < 0:
            continue
        between = range(jb + 1, jb + 1 + skipped)
        if any(tgt[k].pos not in ("pr", "det") or theirs[k] >= 0 for k in between):
            continue
        ja = jb + 1
        nxt = tgt[ja]
        if form == "pp" and nxt.pos != "pr":
            continue
        if form == "inf" and nxt.pos in _VERBS + ("pr",):
            continue
        if form == "aux" and not _bare_auxiliary(tgt, jb, ja):
            continue
        # An unpaired adjective before the noun's rendering may say the participle there
        # ("una eficacia incrementada en" → "great efficiencies in").
        k = jb - 1
        if form == "pp" and k >= 0 and tgt[k].pos == "adj" and (k >= len(theirs) or theirs[k] < 0):
            continue
        # A word nothing in the source renders in the two words before the gap may say
        # the verb there ("a sentir vuestros síntomas" → "from listening to your
        # symptoms", "pacientes restablecidos" → "recovered cases"), as in
        # :mod:`closed_gaps`.
        near = range(max(0, jb - _NEAR), jb)
        if any((k >= len(theirs) or theirs[k] < 0) and free_word(tgt[k], "en") for k in near):
            continue
        # An infinitive said by a verb and its particle before the preposition ("de
        # abandonar una zona" → "to get out of an area").
        if form == "inf" and jb and tgt[jb - 1].surface.lower() in _PARTICLES:
            continue
        return w, jb, ja
    return None


def check_nonfinite_hole(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links
) -> list[Finding]:
    """An omission (major) at a participle or infinitive cut from between two rendered
    words."""
    if not ENABLED or analysed is None or not links or tgt.lang[:2] != "en":
        return []
    if src.lang[:2] != "es":
        return []
    found = nonfinite_hole(analysed[0], analysed[1], links)
    if found is None:
        return []
    return hole_finding(found, analysed, tgt, "joins the words on either side of it")
