"""Per-language resources, one module per language.

Everything language-specific lives here as plain data; the pipeline stages ask
:func:`profile` for a language and fall back to :data:`DEFAULT` (language-neutral
rules only) when a language has no module, so a new language is one new file.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cache


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    name: str
    # Abbreviations that end in a period but do not end a sentence, lower-cased,
    # without their final period ("sr", "ee.uu", "etc").
    abbreviations: frozenset[str] = field(default_factory=frozenset)
    # Abbreviations that are usually followed by a name or number ("sr", "dr",
    # "art"): never a boundary after them, even before a capital letter.
    prefix_abbreviations: frozenset[str] = field(default_factory=frozenset)
    # Frequent function words, used to tell languages apart.
    stopwords: frozenset[str] = field(default_factory=frozenset)
    decimal_comma: bool = False  # 49,9 means 49.9
    # --- Attributed statements (aligner.statements.quotes, aligner.statements.speakers) ---
    # All lower-case. A language without these lists still gets its quotations
    # (quote marks are language-neutral), only with fewer speakers.
    # Reporting verbs as written, every inflection worth catching ("said", "says",
    # "dijo", "afirmó"; "ha dicho" is caught by the participle "dicho").
    reporting_verbs: frozenset[str] = field(default_factory=frozenset)
    # Reporting verbs that may take a clause with no complementizer ("said the talks…").
    bare_clause_verbs: frozenset[str] = field(default_factory=frozenset)
    # Reporting verbs that also take a plain object ("admitted the mistake"): a clause
    # with no complementizer only where a finite auxiliary follows ("admitted the plan was").
    object_clause_verbs: frozenset[str] = field(default_factory=frozenset)
    # Reporting verbs whose person spoken to follows them ("told Maduro", "dijo al
    # diplomático", after ``addressee_marks``): never an inverted subject.
    addressee_verbs: frozenset[str] = field(default_factory=frozenset)
    addressee_marks: tuple[str, ...] = ()
    # Words that open reported speech after a reporting verb ("that", "que", "dass").
    complementizers: frozenset[str] = field(default_factory=frozenset)
    # Words that can open such a bare clause (determiners, subject pronouns).
    clause_starters: frozenset[str] = field(default_factory=frozenset)
    # After a plain noun, a finite verb within a few words shows that a bare clause opens
    # there ("said prices were rising", "said tensions intensified"): auxiliaries and
    # modals as written, and the endings of regular past forms.
    finite_auxiliaries: frozenset[str] = field(default_factory=frozenset)
    past_endings: tuple[str, ...] = ()
    # Words that open a subordinate clause before the main one ("although", "while",
    # "aunque"): a report inside it ends where the main clause starts, and the verb's
    # subject comes after the word ("Although the defence said …, the judge ruled").
    subordinators: frozenset[str] = field(default_factory=frozenset)
    # Source cues, as written: "according to", "según", "de acuerdo con".
    according_to: tuple[str, ...] = ()
    # Third-person subject pronouns that can stand for a speaker.
    pronouns: frozenset[str] = field(default_factory=frozenset)
    # Honorifics before a name that say nothing about a role ("mr", "sr", "doña").
    titles: frozenset[str] = field(default_factory=frozenset)
    # Role nouns → role classes (language-neutral ids, see aligner.statements.speakers), e.g.
    # ("foreign minister", "foreign_minister"); "|" joins the classes of an ambiguous
    # noun ("chancellor"). Stopwords inside a role ("head of diplomacy") are ignored.
    role_nouns: tuple[tuple[str, str], ...] = ()
    # Government portfolios as written after or before a role noun ("ministro de
    # Defensa", "Health Minister") → language-neutral ids; "|" joins the ids of a
    # portfolio that covers several ("Economía y Hacienda"). aligner.drift.portfolios.
    portfolios: tuple[tuple[str, str], ...] = ()
    # Who holds or runs a portfolio besides the role nouns ("consejera", "secretary").
    portfolio_holders: frozenset[str] = field(default_factory=frozenset)
    # Relative pronouns: a comma-delimited chunk they open is not a subject.
    relatives: frozenset[str] = field(default_factory=frozenset)
    # Articles, demonstratives and possessives that open a noun phrase.
    determiners: frozenset[str] = field(default_factory=frozenset)
    # Lower-case particles inside personal names ("de", "van", "bin").
    name_particles: frozenset[str] = field(default_factory=frozenset)
    # Sentence openings that attribute the quotation just before them ("these were").
    backward_cues: tuple[str, ...] = ()
    # The subject may be left unsaid ("afirmó que…"): the speaker is the salient one.
    null_subject: bool = False
    # Full names carry two surnames, the first one being the short form
    # ("Nicolás Maduro Moros" → "Maduro").
    double_surnames: bool = False
    # Adjectives follow their noun ("el diplomático ruso"): a lower-case word after a role
    # noun may be its modifier. In English "official figures" the role word is the modifier.
    adjectives_follow_nouns: bool = False
    # --- Quantities (aligner.drift.quantities); all lower-case ---
    # Month names and abbreviations → month number.
    month_names: tuple[tuple[str, int], ...] = ()
    # Number words text2num does not read: "docena" 12, "doble" 2, "medio" 0.5.
    number_words: tuple[tuple[str, float], ...] = ()
    # Words that may stand for a figure but are no figure alone ("both" 2, "la mitad" 0.5):
    # they can match the other side's figure and are never reported missing.
    vague_numbers: tuple[tuple[str, float], ...] = ()
    # Multipliers after a figure: "13.000 millones", "2.5 billion".
    scale_words: tuple[tuple[str, float], ...] = ()
    # Denominators after a number word: "dos tercios", "two thirds".
    fraction_words: tuple[tuple[str, int], ...] = ()
    # "tres de cada diez", "three in every ten": a proportion, not two numbers.
    ratio_connectors: tuple[str, ...] = ()
    percent_words: tuple[str, ...] = ()
    # Unit nouns → language-neutral unit ids ("años" → "year", "acres" → "acre").
    unit_words: tuple[tuple[str, str], ...] = ()
    # "un millón y medio", "two and a half": add half of the last figure's scale.
    and_half: tuple[str, ...] = ()
    # Words before a tens number word that make it a decade ("años noventa").
    decade_words: tuple[str, ...] = ()
    # Words naming a time of day → minutes after midnight ("noon" 720, "medianoche" 0);
    # they match "12:00" but, being loose ("al mediodía"), are never reported alone.
    clock_words: tuple[tuple[str, int], ...] = ()
    # Words that bound a figure, "#" standing for it, → class: "min" (more than, at least,
    # "# or more"), "max" (less than, up to), "near" (almost), "approx" (about); a class
    # ending in "?" bounds a figure only sometimes ("over 10 years" is also "during"):
    # aligner.drift.figure_bounds.
    figure_bounds: tuple[tuple[str, str], ...] = ()
    # --- Drift checks (aligner.drift.checks); phrases are lower-case words, "x*" matches
    # any word starting with "x", "…" skips up to six words ---
    # Negation words; n-words after one in the same clause are concord, not a new one.
    negation_words: tuple[str, ...] = ()
    negative_concord: frozenset[str] = field(default_factory=frozenset)
    # Verbs and phrases that carry a negation inside them ("negó", "failed to").
    negative_verbs: tuple[str, ...] = ()
    # Negated idioms a faithful translation may render either way ("no es la primera vez").
    negation_optional: tuple[str, ...] = ()
    # Phrases with a negation word that negate nothing ("sin embargo", "not only").
    negation_idle: tuple[str, ...] = ()
    # A negation with one of these after it in its clause may mean "only" ("no … sino",
    # "no … más que", the calque "no … que"): aligner.drift.privative.restricted.
    negation_restrictive: frozenset[str] = field(default_factory=frozenset)
    # Words that say "only" ("only", "just", "solo"): a restrictive negation's rendering.
    restrictive_words: frozenset[str] = field(default_factory=frozenset)
    # Words and phrases that carry a negation in their meaning ("short of", "poco", "for
    # the first time"), tagged "priv"; "idle" entries ("a few") match first and count for
    # nothing. A negation lost next to one may have moved into it (aligner.drift.privative).
    privatives: tuple[tuple[str, str], ...] = ()
    # Modality cue → class ("possible", "necessary", "advice", "certain", "conditional").
    modality_cues: tuple[tuple[str, str], ...] = ()
    # Degree cue → class ("boost", "down", "extreme", "super", "all", "most", "partial").
    degree_cues: tuple[tuple[str, str], ...] = ()
    # Conjunctions and subordinators that open a clause ("pero", "although").
    clause_openers: frozenset[str] = field(default_factory=frozenset)
    # Names written differently across languages → a shared id ("ee.uu." → "usa").
    entity_aliases: tuple[tuple[str, str], ...] = ()
    # Given names translated only for monarchs, popes and historical figures ("Carlos
    # III" → "Charles III"): aliases that count only after a regnal title, before a Roman
    # numeral or an epithet ("Pedro el Grande"), never for "Carlos Cuerpo".
    regnal_names: tuple[tuple[str, str], ...] = ()
    # Titles that make the given name after them regnal ("rey", "papa", "king", "saint").
    regnal_titles: frozenset[str] = field(default_factory=frozenset)
    # Every noun is capitalised (German): a capital letter does not mark a name.
    capitalises_nouns: bool = False
    # Month names are capitalised (English): a lower-case "march" is a verb.
    capitalises_months: bool = False
    # Opposites as two comma-separated lists of forms ("rose, rising", "fell, falling"):
    # one in the translation where the machine translation of the source has the other
    # is a reversal of meaning.
    antonyms: tuple[tuple[str, str], ...] = ()
    # Coordinating conjunctions (aligner.statements.speakers): "Lavrov and Gil said" has two
    # subjects, not one.
    conjunctions: frozenset[str] = field(default_factory=frozenset)
    # The disjunctions among them (aligner.drift.signals): "Don't stand or sit" renders "No
    # os quedéis de pie y no os sentéis", one negation for two.
    disjunctions: frozenset[str] = field(default_factory=frozenset)
    # Indefinite articles (aligner.statements.speakers): "a Venezuelan diplomat" is someone new,
    # never a person named earlier.
    indefinite_articles: frozenset[str] = field(default_factory=frozenset)
    # Words that join the parts of a body's name (aligner.statements.speakers.bodies): "y"
    # and "ante" in "Servicio Nacional de Prevención y Respuesta ante Desastres".
    body_name_joins: frozenset[str] = field(default_factory=frozenset)
    # Nouns that head a body's name besides the role nouns of the "institution" and
    # "body" classes ("Servicio", "Service"): too vague lower-case to be a speaker's role.
    body_heads: frozenset[str] = field(default_factory=frozenset)
    # Prepositions that carry a body's noun on into its name where they are no name
    # particle of people: English "of" ("the Bank of Spain", "the University of Chile").
    body_of: frozenset[str] = field(default_factory=frozenset)


DEFAULT = LanguageProfile(code="xx", name="other")


def forms(text: str) -> tuple[str, ...]:
    """A word table written as one comma-separated string: "rose, rising" → its entries."""
    return tuple(w.strip() for w in text.split(",") if w.strip())


def tagged(cls: str, text: str) -> tuple[tuple[str, str], ...]:
    """Every entry of a comma-separated table with the same class: (entry, cls) pairs."""
    return tuple((w, cls) for w in forms(text))


KNOWN = ("es", "en", "pt", "fr", "de", "it")
# Languages with drift lists only (negation, figures, function words for telling them
# apart; issue 12, sources with no Apertium route to English): no statement lists, so
# speakers are read with language-neutral rules. Each module cites the grammar its
# negation list follows.
PARTIAL = ("ru", "pl", "cs", "el", "zh", "ja", "hi", "ar", "ko")


@cache
def profile(code: str) -> LanguageProfile:
    code = (code or "").lower().split("-")[0].split("_")[0]
    if code not in KNOWN and code not in PARTIAL:
        return DEFAULT
    module = importlib.import_module(f"aligner.lang.{code}")
    return module.PROFILE
