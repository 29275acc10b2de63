"""English role nouns and government portfolios, by class: the words that name who
speaks (:mod:`aligner.statements.speakers`) and which ministry they hold
(:mod:`aligner.drift.portfolios`)."""

# Role nouns by role class (ids shared by all languages, see aligner.statements.speakers).
ROLES = {
    "president": "president, presidents",
    "vice_president": "vice president, vice presidents",
    "prime_minister": "prime minister, premier",
    "deputy_prime_minister": "deputy prime minister",
    "head_of_state": "head of state, leader of the country",
    "head_of_government": "head of government",
    "foreign_minister": "foreign minister, foreign ministers, foreign secretary, "
    "secretary of state, minister of foreign affairs, foreign affairs minister, "
    "head of diplomacy, chief diplomat, top diplomat",
    "foreign_minister|head_of_government": "chancellor",
    "defense_minister": "defense minister, defence minister, minister of defense, "
    "minister of defence, defense secretary, defence secretary",
    "finance_minister": "finance minister, minister of finance, economy minister, "
    "minister of economy, treasury secretary",
    "minister": "minister, ministers",
    "diplomat": "diplomat, diplomats, envoy",
    "ambassador": "ambassador",
    "spokesperson": "spokesman, spokeswoman, spokesperson, press secretary",
    "leader": "leader, leaders",
    # Not "chief of police": a role's last word is its head, and "Police" names forces.
    "opposition_leader": "opposition leader",
    "police": "police chief, police commissioner, police commander",
    "official": "official, officials, deputy minister, vice minister",
    "counterpart": "counterpart, counterparts",
    "governor": "governor",
    "mayor": "mayor",
    "lawmaker": "senator, lawmaker, lawmakers, legislator, congressman, congresswoman, "
    "member of parliament, deputy",
    "secretary_general": "secretary general, secretary-general",
    "military": "general, commander, admiral, colonel",
    "judge": "judge, justice",
    "prosecutor": "prosecutor, attorney general",
    "monarch": "king, queen",
    "pope": "pope, pontiff",
    "executive": "chief executive, ceo, chairman, chairwoman, president of the company, "
    "chief financial officer, cfo, chief operating officer, founder, co-founder, boss",
    "director": "director",
    "head": "head, chief",
    "expert": "expert, experts, analyst, analysts, economist, economists, researcher, "
    "researchers, scientist, scientists, professor, historian",
    "coach": "coach, head coach, trainer",
    # A manager runs a team, a firm or a hospital: Spanish "entrenador", "gerente" and
    # "director" are all rendered by it in news English.
    "coach|director|executive": "manager, managers",
    "director|executive": "general manager, managing director",
    "player": "captain, player, striker, midfielder, defender, goalkeeper, forward",
    "lawyer": "lawyer, attorney, defense attorney",
    "activist": "activist, campaigner",
    # People news credits as a group ("…, witnesses said", session 35): English only, as
    # English writes them bare after the statement; Spanish says "según testigos".
    "witness": "witness, witnesses, eyewitness, eyewitnesses",
    "resident": "residents, locals, neighbours, neighbors, villagers",
    "protester": "protester, protesters, demonstrator, demonstrators",
    "doctor": "doctor, doctors, physician, physicians, medics",
    "candidate": "candidate",
    # Bodies that speak through statements ("…, the Health Ministry said."): a speaker
    # as much as a person is, though never the same as a person in a role.
    "institution": "ministry, ministries, department, agency, government, embassy, "
    "commission, authorities",
    # Bodies that speak too ("…, the employers' association said"); capitalised, they are
    # part of a name ("European Union", "Security Council"), not a title.
    "body": "association, federation, confederation, union, trade union, council, chamber, "
    "institute, organisation, organization, "
    # Bodies news credits in lower case ("…, police said", "…, the force said in a
    # statement", "the company said"), session 25. Not the nouns that head bodies' names
    # ("Bank of Spain", "University of Chile") or open a sentence's other clause ("The
    # court will rule in June, although the defence said"): as role nouns they took the
    # speaker from the name or the clause that follows.
    "police, police force, force, police department, prosecutors, investigators, "
    "company, firm, regulator, watchdog, airline, broadcaster",
}

PORTFOLIOS = {
    # Government portfolios (aligner.drift.portfolios): before or after a role noun.
    "defence": "defence, defense",
    "health": "health, public health",
    "economy": "finance, treasury, exchequer, economy, economic affairs",
    "interior": "interior, home, home affairs, home office",
    "foreign": "foreign, foreign affairs, external affairs",
    "education": "education, schools",
    "labour": "labour, labor, employment, work, jobs",
    "environment|energy": "environment, ecological transition, energy transition, energy, climate",
    "agriculture": "agriculture, farming, fisheries, rural affairs, rural development",
    "housing": "housing",
    "justice": "justice",
    "culture": "culture",
    "industry": "industry",
    "transport": "transport, transportation, public works, infrastructure, mobility",
    "equality": "equality, equalities, women",
    "consumer": "consumer affairs, consumer, consumption",
    "science": "science, universities, research",
    "tourism": "tourism",
    "sport": "sport, sports",
}
