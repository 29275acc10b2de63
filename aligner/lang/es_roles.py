"""Spanish role nouns and government portfolios, by class: the words that name who
speaks (:mod:`aligner.statements.speakers`) and which ministry they hold
(:mod:`aligner.drift.portfolios`)."""

# Role nouns by role class (ids shared by all languages, see aligner.statements.speakers).
ROLES = {
    "president": "presidente, presidenta, presidentes",
    "head_of_state": "mandatario, mandataria, jefe de estado, jefa de estado",
    # Spain's "vicepresidentes del Gobierno" are deputy prime ministers in English news.
    "vice_president|deputy_prime_minister": "vicepresidente, vicepresidenta, vice presidente",
    "prime_minister": "primer ministro, primera ministra, premier",
    "head_of_government": "jefe de gobierno, jefa de gobierno, presidente del gobierno, "
    "presidenta del gobierno",
    "foreign_minister": "ministro de exteriores, ministra de exteriores, "
    "ministro de asuntos exteriores, ministra de asuntos exteriores, "
    "ministro de relaciones exteriores, ministra de relaciones exteriores, "
    "jefe de la diplomacia, jefa de la diplomacia, cancilleres",
    "foreign_minister|head_of_government": "canciller",
    "defense_minister": "ministro de defensa, ministra de defensa",
    "finance_minister": "ministro de economía, ministra de economía, ministro de hacienda, "
    "ministra de hacienda, ministro de finanzas, ministra de finanzas",
    "minister|judge": "ministro, ministra, ministros",  # a high court's justices too (Mexico)
    "diplomat": "diplomático, diplomática, diplomáticos, enviado, enviada",
    "ambassador": "embajador, embajadora",
    "spokesperson": "portavoz, vocero, vocera",
    "leader": "líder, dirigente, líderes",
    "opposition_leader": "líder de la oposición, jefe de la oposición, jefa de la oposición, "
    "líder opositor, líder opositora",
    # Not "jefe de policía": a role's last word is its head ("Policía Nacional" is a name).
    "police": "jefe policial, jefa policial, comisario, comisaria",
    "official": "funcionario, funcionaria, funcionarios, viceministro, viceministra, vicecanciller",
    "counterpart": "homólogo, homóloga, contraparte",
    "governor": "gobernador, gobernadora",
    "mayor": "alcalde, alcaldesa",
    "lawmaker": "senador, senadora, diputado, diputada, legislador, legisladora, congresista",
    "secretary_general": "secretario general, secretaria general",
    "military": "general, comandante, almirante, coronel",
    "judge": "juez, jueza, magistrado, magistrada",
    "prosecutor": "fiscal, fiscal general",
    "monarch": "rey, reina",
    "pope": "papa, pontífice",
    "executive": "presidente ejecutivo, consejero delegado, consejera delegada, gerente, "
    "director financiero, directora financiera, fundador, fundadora, cofundador",
    "director": "director, directora",
    "head": "jefe, jefa",
    "expert": "experto, experta, expertos, analista, analistas, economista, economistas, "
    "investigador, investigadora, científico, científica, profesor, profesora, historiador",
    "coach": "entrenador, entrenadora, técnico, seleccionador, seleccionadora, míster",
    "player": "capitán, capitana, jugador, jugadora, delantero, centrocampista, portero",
    "lawyer": "abogado, abogada, letrado, letrada",
    "activist": "activista",
    "candidate": "candidato, candidata",
    # Bodies that speak through statements (see en.py).
    "institution": "ministerio, ministerios, departamento, agencia, gobierno, embajada, "
    "comisión, autoridades",
    # Bodies (see en.py): capitalised, part of a name ("Consejo de Seguridad").
    "body": "patronal, asociación, federación, confederación, sindicato, consejo, cámara, "
    "instituto, organización, "
    # Bodies news credits in lower case (", dijo la policía", "informó el cuerpo"), session
    # 25; not the heads of bodies' names ("Banco de España"): see en_roles.
    "policía, cuerpo, guardia civil, fiscalía, investigadores, empresa, compañía, firma, "
    "regulador, aerolínea",
}


PORTFOLIOS = {
    # Government portfolios (aligner.drift.portfolios): written after a role noun.
    "defence": "defensa",
    "health": "sanidad, salud, salud pública",
    "economy": "hacienda, economía, finanzas, asuntos económicos, economía y hacienda",
    "interior": "interior, gobernación",
    "foreign": "exteriores, asuntos exteriores, relaciones exteriores",
    "education": "educación, enseñanza",
    "labour": "trabajo, empleo, trabajo y economía social",
    "environment|energy": "medio ambiente, transición ecológica, transición energética, energía",
    "agriculture": "agricultura, pesca, pesca y alimentación, medio rural, desarrollo rural",
    "housing": "vivienda",
    "justice": "justicia",
    "culture": "cultura",
    "industry": "industria",
    "transport": "transportes, transporte, fomento, obras públicas, movilidad",
    "equality": "igualdad",
    "consumer": "consumo",
    "science": "ciencia, universidades, ciencia e innovación",
    "tourism": "turismo",
    "sport": "deportes",
}
