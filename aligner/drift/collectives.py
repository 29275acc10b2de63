"""Collective speakers: the group a statement is credited to when no person is named.

"Según la policía" and "according to the unions" name no one and carry no person's role
(:mod:`aligner.drift.speakers` reads roles), yet they are plainly two different sources.
Each language lists the nouns and adjectives of a few kinds of group that news credits
("fuentes policiales", "military sources"); two mentions whose kinds do not meet are a
statement moved to another group. A mention with several kinds ("el sindicato de
policías", "the police union") meets any of them, so only plainly different groups clash.
Bodies of government are one kind: a ministry speaks for the government.

Unnamed sources ("fuentes diplomáticas", "sources close to the minister") are a kind of
their own: a statement they give, credited to a named or titled person ("the
ambassador said"), or the reverse, is put on the record or taken off it.
"""

from __future__ import annotations

from functools import cache

from aligner.drift.text import tokenize, words
from aligner.drift.word_labels import labels_in, word_table

# Kind → words (folded, every inflection listed: the lists are short and a stemmer
# would join "policy" to "police").
_KINDS: dict[str, dict[str, str]] = {
    "es": {
        "police": "policía policías policial policiales carabineros gendarmería",
        "military": "ejército ejércitos militares militar soldados tropas castrense",
        "union": "sindicato sindicatos sindical sindicales sindicalistas",
        "employers": "patronal patronales empresarios empresarial empresariales",
        "firefighters": "bomberos",
        "prosecution": "fiscalía fiscalías",
        "defence": "defensa defensas",
        "court": "tribunal tribunales juzgado juzgados corte judicial judiciales",
        "opposition": "oposición opositores opositoras",
        "residents": "vecinos vecinas residentes habitantes pobladores",
        "witnesses": "testigos",
        "doctors": "médicos médicas sanitarios facultativos",
        "rebels": "rebeldes guerrilla guerrilleros insurgentes",
        "protesters": "manifestantes",
        "farmers": "agricultores campesinos ganaderos",
        "students": "estudiantes alumnos universitarios",
        "government": "gobierno gobiernos gubernamental gubernamentales ejecutivo "
        "ministerio ministerios",
    },
    "pt": {
        "police": "polícia polícias policial policiais",
        "military": "exército militares militar soldados tropas",
        "union": "sindicato sindicatos sindical sindicais sindicalistas",
        "employers": "patronal empresários empresarial empresariais",
        "firefighters": "bombeiros",
        "prosecution": "procuradoria",
        "defence": "defesa defesas",
        "court": "tribunal tribunais juiz judicial judiciais",
        "opposition": "oposição opositores",
        "residents": "moradores vizinhos residentes habitantes",
        "witnesses": "testemunhas",
        "doctors": "médicos médicas",
        "rebels": "rebeldes guerrilha guerrilheiros insurgentes",
        "protesters": "manifestantes",
        "farmers": "agricultores camponeses",
        "students": "estudantes alunos universitários",
        "government": "governo governos governamental governamentais executivo "
        "ministério ministérios",
    },
    "fr": {
        "police": "police polices policier policiers policière",
        "military": "armée armées militaires militaire soldats troupes",
        "union": "syndicat syndicats syndical syndicaux syndicalistes",
        "employers": "patronat patronal patronaux employeurs",
        "firefighters": "pompiers",
        "prosecution": "parquet",
        "defence": "défense défenses",
        "court": "tribunal tribunaux cour judiciaire judiciaires",
        "opposition": "opposition opposants",
        "residents": "habitants riverains résidents voisins",
        "witnesses": "témoins",
        "doctors": "médecins",
        "rebels": "rebelles guérilla insurgés",
        "protesters": "manifestants manifestantes",
        "farmers": "agriculteurs paysans éleveurs",
        "students": "étudiants élèves",
        "government": "gouvernement gouvernements gouvernemental gouvernementaux "
        "exécutif ministère ministères",
    },
    "it": {
        "police": "polizia poliziotti carabinieri",
        "military": "esercito militari militare soldati truppe",
        "union": "sindacato sindacati sindacale sindacali sindacalisti",
        "employers": "imprenditori confindustria",
        "firefighters": "pompieri",
        "prosecution": "procura",
        "defence": "difesa difese",
        "court": "tribunale tribunali corte giudiziario giudiziaria giudiziarie",
        "opposition": "opposizione oppositori",
        "residents": "residenti abitanti",
        "witnesses": "testimoni",
        "doctors": "medici",
        "rebels": "ribelli guerriglia guerriglieri insorti",
        "protesters": "manifestanti",
        "farmers": "agricoltori contadini allevatori",
        "students": "studenti alunni",
        "government": "governo governi governativo governativa esecutivo ministero ministeri",
    },
    "en": {
        "police": "police policemen policewomen constabulary",
        "military": "army armies military soldiers troops",
        "union": "union unions unionists",
        "employers": "employers employer businesses",
        "firefighters": "firefighters firefighter firemen",
        "prosecution": "prosecutors prosecutor prosecution",
        # a trial's defence; "the Defence Ministry" is also the government's
        "defence": "defence defense",
        "court": "court courts tribunal judicial judiciary",
        "opposition": "opposition",
        "residents": "residents neighbours neighbors locals inhabitants villagers",
        "witnesses": "witnesses",
        "doctors": "doctors physicians medics",
        "rebels": "rebels guerrillas guerrilla insurgents",
        "protesters": "protesters protestors demonstrators",
        "farmers": "farmers peasants ranchers",
        "students": "students pupils",
        "government": "government governments governmental executive ministry ministries "
        "cabinet administration",
    },
}


# The noun for an unnamed source, singular and plural.
_SOURCES = {
    "es": "fuente fuentes",
    "pt": "fonte fontes",
    "fr": "source sources",
    "it": "fonte fonti",
    "de": "quelle quellen",
    "en": "source sources",
}


def unnamed_sources(mention: str, lang: str) -> bool:
    """A speaker mention that credits unnamed sources ("fuentes del ministerio"); the
    word in capitals is a surname ("el alcalde, Rodrigo Fuentes") unless it opens the
    mention before a word in lower case ("Fuentes policiales")."""
    table = _sources_table(lang)
    said = words(tokenize(mention))
    return any(
        t.fold in table
        and (t.text.islower() or (k == 0 and k + 1 < len(said) and said[1].text.islower()))
        for k, t in enumerate(said)
    )


@cache
def _sources_table(lang: str) -> dict[str, frozenset[str]]:
    return word_table({"sources": _SOURCES.get(lang[:2], "").split()})


@cache
def _word_kinds(lang: str) -> dict[str, frozenset[str]]:
    return word_table({kind: listed.split() for kind, listed in _KINDS.get(lang, {}).items()})


def collective_kinds(mention: str, lang: str) -> frozenset[str]:
    """The kinds of group a speaker mention names ("la policía" → police)."""
    return labels_in(mention, _word_kinds(lang))


def other_group(src_mention: str, src_lang: str, tgt_mention: str, tgt_lang: str) -> bool:
    """Both mentions name groups, and no kind of one is a kind of the other."""
    a = collective_kinds(src_mention, src_lang)
    b = collective_kinds(tgt_mention, tgt_lang)
    return bool(a and b and not a & b)
