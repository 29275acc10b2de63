"""Words that say which holder of an office a person is, per language: a former one
("expresidente", "former"), a deputy ("vicepresidente", "deputy"), one elected and not
yet in office ("electo", "elect"), one acting for another ("en funciones", "acting").
:mod:`aligner.drift.role_qualifiers` compares the source's with the translation's.

Three shapes, folded (accents off, lower case): a prefix glued to a role noun
("exministra", "ex-president", "vicepresidente"), a word before the role noun ("former",
"deputy", "antiguo") and a word after it ("electo", "interino", "en funciones"); multiword
entries are matched word by word. A language is read only where the statement finder has
its role nouns (Italian has none yet)."""

from __future__ import annotations

FORMER, DEPUTY, ELECT, ACTING = "former", "deputy", "elect", "acting"

PREFIXES: dict[str, dict[str, str]] = {
    "en": {"vice": DEPUTY, "under": DEPUTY},  # "ex-president" is "ex" before a role
    "es": {"ex": FORMER, "vice": DEPUTY, "sub": DEPUTY},
    "pt": {"ex": FORMER, "vice": DEPUTY, "sub": DEPUTY},
    "fr": {"ex": FORMER, "vice": DEPUTY, "sous": DEPUTY},
}
BEFORE: dict[str, dict[str, str]] = {
    "en": {"former": FORMER, "ex": FORMER, "deputy": DEPUTY, "vice": DEPUTY, "assistant": DEPUTY,
           "acting": ACTING, "interim": ACTING, "caretaker": ACTING},
    "es": {"ex": FORMER, "antiguo": FORMER, "antigua": FORMER},
    "pt": {"ex": FORMER, "antigo": FORMER, "antiga": FORMER},
    "fr": {"ex": FORMER, "ancien": FORMER, "ancienne": FORMER},
}  # fmt: skip
AFTER: dict[str, dict[str, str]] = {
    "en": {"elect": ELECT},
    "es": {"electo": ELECT, "electa": ELECT, "interino": ACTING, "interina": ACTING,
           "en funciones": ACTING, "adjunto": DEPUTY, "adjunta": DEPUTY},
    "pt": {"eleito": ELECT, "eleita": ELECT, "interino": ACTING, "interina": ACTING,
           "em exercicio": ACTING, "adjunto": DEPUTY, "adjunta": DEPUTY},
    "fr": {"elu": ELECT, "elue": ELECT, "par interim": ACTING, "adjoint": DEPUTY,
           "adjointe": DEPUTY},
}  # fmt: skip
