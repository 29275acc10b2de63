"""Text fragments written for the fuzz targets, and the strategies that mix them with
arbitrary Unicode (see tests/properties/__init__.py)."""

from __future__ import annotations

from hypothesis import strategies as st

# --------------------------------------------------------------------------- fragments

# fmt: off
SPACES = [" ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r", "\t",
          "\u00a0", "\u202f", "\u3000", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", " \n "]
# Characters the segmenter treats as blank although they are not whitespace: zero-width
# and bidi marks (RTL text pasted from the web), BOM, soft hyphen, C0/C1 controls.
INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
              "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u2060", "\ufeff",
              "\u00ad", "\u180e", "\x00", "\x07", "\x1b", "\x7f", "\x9f", "\u034f"]
ES_WORDS = (
    "el la los las que de en y a no nunca tampoco dijo afirmó aseguró preguntó respondió "
    "señaló según ministro ministra presidenta portavoz Gobierno Congreso Ruiz Ibáñez "
    "Okonkwo Lucía Beltrán año años millones mil euros dólares marzo lunes siglo mitad "
    "cada podría debe muy casi él ella ellos Él Ella ha dicho sin embargo veintiún uno "
    "una dos tres diez cien ciento doscientas primera segunda tercio docena aumentó cayó"
).split()
EN_WORDS = (
    "the a of that not never said told asked answered according to minister President "
    "spokeswoman government Congress Smith Okafor he she they He She million billion "
    "percent years March Monday century half could must very nearly however didn't one "
    "two three ten hundred thousand first second third dozen rose fell it's Lavrov's"
).split()
ABBREVIATIONS = [
    "Sr.", "Sra.", "Dra.", "Lic.", "Gral.", "EE.UU.", "EE. UU.", "p. m.", "a.m.", "etc.",
    "aprox.", "núm.", "art.", "pág.", "S.A.", "Mr.", "Mrs.", "Dr.", "U.S.", "U.K.", "No.",
    "e.g.", "i.e.", "vs.", "Inc.", "Jan.", "St.", "J.", "R.", "1.", "IV.", "z.B.", "Nr.",
    "Mme.", "Sig.", "Av.", "Ud.",
]
NUMBER_FRAGMENTS = [
    "1.234,5", "1,234.5", "100.000", "100,000", "49,9 %", "49.9%", "2023-2024", "3 000",
    "1\u00a0234", "12\u202f345,67", "0,5", "1/2", "XV", "XXI", "siglo XIX", "14 de marzo",
    "March 14th", "10:30", "5 p.m.", "9h30", "1990s", "'90s", "años noventa", "dos tercios",
    "tres de cada diez", "13.000 millones", "2.5 billion", "1º", "2ª", "3rd", "٣٫٥", "٣,٥",
    "१२३", "１２", "½", "²", "-5", "+3", "1e9", "0x1F", "$5", "5 €", "€5", "R$ 10", "£3.50",
    "1.250", "1,50", "007", "1.000.000,00", "10.30", "3,", ",5", "1..2", "1,,2",
]
QUOTE_FRAGMENTS = [
    "«", "»", "“", "”", '"', "'", "‘", "’", "„", "‚", "‹", "›", "「", "」", "『", "』",
    "—", "–", "-", "—dijo", " —preguntó Ruiz—. ", "—¿Vienes? —", ", dijo.",
    ", afirmó la ministra.", " said Smith.", ", he said.", "’s", ": «", "»,", "…", "(…)",
    "...", "?”", "!»", "¿", "¡", "según fuentes oficiales", "according to officials",
    ", que ", " that ",
]
SCRIPTS = [
    "مرحبا", "قال الوزير.", "שלום", "日本語。", "東京、", "한국어", "좋아요.", "Привет", "сказал",
    "नमस्ते।", "ሰላም።", "Ελλάδα;", "👍🏽", "🇪🇸", "e\u0301", "n\u0303", "\u1100\u1161\u11a8",
    "\u0301", "\u0323\u0301", "A\u030a", "\u212b", "ﬁ", "İ", "ß", "ǅ", "\u0915\u093f",
]
MARKUP = [
    "<b>", "</b>", "&amp;", "&", "<", ">", "#hashtag", "@usuario", "https://ejemplo.es/a?b=1",
    "correo@ejemplo.org", "\\", "\\n", "\\t", "{", "}", "[", "]", "(", ")", ".", ",", ";",
    ":", "!", "?", "*", "•", "%", "/",
]
# fmt: on
WORDS = ES_WORDS + EN_WORDS + ABBREVIATIONS + NUMBER_FRAGMENTS + QUOTE_FRAGMENTS + SCRIPTS + MARKUP
# Segmenter languages: every profile, the language-neutral fallback, tags with regions.
LANGS = ["es", "en", "de", "fr", "it", "pt", "xx", "", "es-MX", "pt_BR", "ar", "zh"]


def long_digits() -> st.SearchStrategy[str]:
    """Digit runs longer than Python's int() accepts from a string (4300 digits)."""
    return st.sampled_from([310, 4301, 5000]).map(lambda n: "9" * n)


@st.composite
def sentence(draw: st.DrawFn) -> str:
    """A sentence-shaped run: an optional opening mark, words and abbreviations separated
    by spaces, a closing mark and a space, so boundaries need real decisions."""
    opener = draw(st.sampled_from(["", "", "«", "“", "—", "¿", "¡", "(", '"']))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=10))
    first = words[0][:1].upper() + words[0][1:] if draw(st.booleans()) else words[0]
    end = draw(st.sampled_from([".", ".", "?", "!", "…", "", ".»", "?”", ":", ";", "..."]))
    return opener + " ".join([first, *words[1:]]) + end + draw(st.sampled_from(SPACES))


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    return sep.join([digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)])


@st.composite
def digit_number(draw: st.DrawFn) -> tuple[str, str, str]:
    """(Spanish spelling, English spelling, exact value) of one figure in digits."""
    whole = draw(st.integers(0, 10**15))
    frac = draw(st.none() | st.text("0123456789", min_size=1, max_size=4))
    grouped = whole >= 1000 and draw(st.booleans())
    es_sep = draw(st.sampled_from([".", "\u00a0", "\u202f"]))  # what Spanish presses print
    es = _group(str(whole), es_sep) if grouped else str(whole)
    en = _group(str(whole), ",") if grouped else str(whole)
    value = str(whole)
    if frac is not None:
        es, en = f"{es},{frac}", f"{en}.{frac}"
        value += f".{frac.rstrip('0')}" if frac.strip("0") else ""
    return es, en, value


def fragment() -> st.SearchStrategy[str]:
    """One piece of text: a written fragment, a sentence, a space or line break, an
    invisible character, a figure or a short arbitrary Unicode string (one_of picks them
    evenly, so about a third of the pieces separate words)."""
    return st.one_of(
        st.sampled_from(WORDS),
        sentence(),
        st.sampled_from(SPACES),
        st.sampled_from([" ", " ", "\n"]),
        st.sampled_from(INVISIBLES),
        st.text(max_size=4),
        digit_number().flatmap(lambda n: st.sampled_from(n[:2])),
    )


def news_text(max_pieces: int = 40) -> st.SearchStrategy[str]:
    # Hypothesis keeps lists short on average (about five items); the second branch
    # makes paragraph-sized texts common too.
    pieces = st.lists(fragment(), max_size=max_pieces)
    longer = st.lists(fragment(), min_size=max_pieces // 2, max_size=max_pieces * 2)
    return st.one_of(pieces, longer).map("".join)
