"""Who said it: speaker mentions, a per-document memory of people, cross-lingual matching.

A statement's speaker is written in many ways: a name with titles ("Foreign Minister
Gil"), a role that points back to someone named earlier ("the head of Russian
diplomacy"), a pronoun, or nothing at all (Spanish "afirmó que…"). One module per step:
``tokens`` (Tok, tokenize), ``lexicon`` (the per-language lists, role classes and what
they imply), ``mentions`` (names, roles, appositions, pronouns; Casing), ``subjects``
(the subject of a reporting verb, sentence-opening mentions), ``attributions`` (the
words around a statement that name its speaker, which :mod:`aligner.statements.quotes` calls),
``memory`` (the document's people), ``resolution`` (Speaker, resolving a mention,
salience) and ``matching`` (the same speaker across languages). Each imports only its
siblings; this package re-exports their public names, so callers import
``aligner.statements.speakers``.
"""

from aligner.statements.speakers.attributions import (
    Attribution,
    adjacent_name,
    attribution_at,
    backward_attribution,
    clause_attribution,
    first_clause,
    intro_attribution,
    source_attribution,
    source_cues,
)
from aligner.statements.speakers.lexicon import Lexicon, implied, lexicon
from aligner.statements.speakers.matching import same_speaker, skeleton
from aligner.statements.speakers.memory import Memory, Person
from aligner.statements.speakers.mentions import Casing, Mention, casing_of, find_mentions, is_verb
from aligner.statements.speakers.resolution import (
    NO_SPEAKER,
    Salience,
    Speaker,
    person_subjects,
    pronoun_speaker,
    resolve,
)
from aligner.statements.speakers.subjects import (
    GAP,
    chunks,
    opening_mentions,
    sentence_subjects,
    speaker_next_to_verb,
    subject,
)
from aligner.statements.speakers.tokens import Tok, tokenize

__all__ = [
    "GAP",
    "NO_SPEAKER",
    "Attribution",
    "Casing",
    "Lexicon",
    "Memory",
    "Mention",
    "Person",
    "Salience",
    "Speaker",
    "Tok",
    "adjacent_name",
    "attribution_at",
    "backward_attribution",
    "casing_of",
    "chunks",
    "clause_attribution",
    "find_mentions",
    "first_clause",
    "implied",
    "intro_attribution",
    "is_verb",
    "lexicon",
    "opening_mentions",
    "person_subjects",
    "pronoun_speaker",
    "resolve",
    "same_speaker",
    "sentence_subjects",
    "skeleton",
    "source_attribution",
    "source_cues",
    "speaker_next_to_verb",
    "subject",
    "tokenize",
]
