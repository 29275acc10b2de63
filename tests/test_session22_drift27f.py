"""Session 22 (drift27f): sources with no MT route to English, in Latin and other scripts.

Negation and figure lists for Russian, Polish, Czech, Greek, Chinese, Japanese, Hindi,
Arabic and Korean (aligner/lang/{ru,pl,cs,el,zh,ja,hi,ar,ko}.py), words of scripts written without
spaces or with combining marks (aligner/lang/scripts.py, aligner/drift/text.py), the
script-based language guess and the size comparison of a Chinese text with its English.

Every sentence here was written for these tests (none is from the shared data, and no
public data in these languages was used). No MT and no e5 run: these languages have no
Apertium route to English.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from aligner.alignment.langid import detect_language, guess_language
from aligner.alignment.sanity import text_problems
from aligner.cli.app import cli
from aligner.drift.quantities import extract_quantities
from aligner.drift.signals import polarity
from aligner.drift.text import tokenize, words
from aligner.drift.translit import same_name
from aligner.lang.scripts import ascii_digits, latin_size
from aligner.types import Document, Sentence
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture("ru")

# (language, source, faithful English, English with one error, the type it must raise)
CASES = [
    # Russian: "не" negates; "никто" takes "не" too (one negation, negative concord).
    ("ru", "Министр сказал, что налоги не будут повышены.",
     "The minister said that taxes will not be raised.",
     "The minister said that taxes will be raised.", "negation"),
    ("ru", "Никто не пришёл на собрание в понедельник.",
     "Nobody came to the meeting on Monday.",
     "Everybody came to the meeting on Monday.", "negation"),
    ("ru", "Выборы прошли 26 марта 2023 года.",
     "The elections were held on 26 March 2023.",
     "The elections were held on 28 March 2023.", "number"),
    # Polish: "nie" before the verb; "nikt nie" is one negation.
    ("pl", "Rząd nie podniesie podatków w przyszłym roku.",
     "The government will not raise taxes next year.",
     "The government will raise taxes next year.", "negation"),
    ("pl", "Spotkanie odbędzie się 17 września w Krakowie.",
     "The meeting will take place on September 17 in Krakow.",
     "The meeting will take place on September 19 in Krakow.", "number"),
    # Czech: the negation is the prefix "ne-" of the verb.
    ("cs", "Vláda letos nezvýšila daně.",
     "The government did not raise taxes this year.",
     "The government raised taxes this year.", "negation"),
    ("cs", "Ministr řekl, že nemocnice nemá dost lékařů.",
     "The minister said that the hospital does not have enough doctors.",
     "The minister said that the hospital has enough doctors.", "negation"),
    # Greek: "δεν" before the verb; "120.000" is grouped with a point.
    ("el", "Ο υπουργός είπε ότι η κυβέρνηση δεν θα αυξήσει τους φόρους.",
     "The minister said the government will not raise taxes.",
     "The minister said the government will raise taxes.", "negation"),
    ("el", "Η πόλη έχει 120.000 κατοίκους.",
     "The city has 120,000 inhabitants.",
     "The city has 12,000 inhabitants.", "number"),
    ("el", "Ο Κώστας Παπαδόπουλος μίλησε στη Βουλή.",
     "Kostas Papadopoulos spoke in Parliament.",
     "Nikos Georgiou spoke in Parliament.", "entity"),
    # Chinese: read one character a word; "不同" (different) negates nothing.
    ("zh", "部长表示，政府不会提高税收。",
     "The minister said the government will not raise taxes.",
     "The minister said the government will raise taxes.", "negation"),
    ("zh", "该市有３５０万居民。",
     "The city has 3.5 million residents.",
     "The city has 5.3 million residents.", "number"),
    ("zh", "该公司与Microsoft签署了协议。",
     "The company signed an agreement with Microsoft.",
     "The company signed an agreement with Google.", "entity"),
    ("zh", "会议将于2024年5月3日举行。",
     "The meeting will be held on 3 May 2024.",
     "The meeting will be held on 5 May 2024.", "number"),
    ("zh", "这两个方案完全不同。",
     "The two plans are completely different.",
     "The two plans are not completely different.", "negation"),
    # Japanese: "ない" negates; "少ない" (few) does not.
    ("ja", "首相は増税しないと述べた。",
     "The prime minister said he would not raise taxes.",
     "The prime minister said he would raise taxes.", "negation"),
    ("ja", "東京の人口は約１４００万人です。",
     "Tokyo has a population of about 14 million.",
     "Tokyo has a population of about 40 million.", "number"),
    ("ja", "同社はAppleと新しい契約を結んだ。",
     "The company signed a new contract with Apple.",
     "The company signed a new contract with Sony.", "entity"),
    # Hindi: "नहीं" negates (its vowel signs are one word with it); lakh is 100,000.
    ("hi", "सरकार ने कहा कि कर नहीं बढ़ाए जाएंगे।",
     "The government said that taxes will not be raised.",
     "The government said that taxes will be raised.", "negation"),
    ("hi", "शहर की आबादी ५० लाख है।",
     "The city's population is five million.",
     "The city's population is six million.", "number"),
    # Korean: "-지 않다" negates; a figure is written with its scale ("950만").
    ("ko", "정부는 세금을 올리지 않을 것이라고 밝혔다.",
     "The government said it would not raise taxes.",
     "The government said it would raise taxes.", "negation"),
    ("ko", "서울의 인구는 약 950만 명이다.",
     "Seoul has a population of about 9.5 million.",
     "Seoul has a population of about 5.9 million.", "number"),
    # Arabic: "لن" negates the future; Arabic-Indic digits.
    ("ar", "قال الوزير إن الحكومة لن ترفع الضرائب.",
     "The minister said the government will not raise taxes.",
     "The minister said the government will raise taxes.", "negation"),
    ("ar", "يبلغ عدد سكان المدينة ٢٥٠٠٠٠ نسمة.",
     "The city has 250,000 inhabitants.",
     "The city has 205,000 inhabitants.", "number"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "src", "tgt"),
    [(lang, src, good) for lang, src, good, _bad, _kind in CASES],
)
def test_a_faithful_translation_raises_nothing(lang, src, tgt):
    assert alarm_types(__name__, src, tgt, lang) == set()


@pytest.mark.parametrize(
    ("lang", "src", "tgt", "kind"),
    [(lang, src, bad, kind) for lang, src, _good, bad, kind in CASES],
)
def test_the_changed_translation_is_reported(lang, src, tgt, kind):
    assert kind in alarm_types(__name__, src, tgt, lang)


def _count(text: str, lang: str) -> int:
    pol = polarity(words(tokenize(text)), text, lang)
    assert pol is not None
    return pol.count


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("cs", "Neapol vyhrál v sobotu.", 0),  # a name, not "ne…l"
        ("cs", "Nemocnice byla plná.", 0),  # "hospital": no verb ending
        ("cs", "Vůz nemá kola a řidič nepřišel.", 2),
        ("pl", "To nie tylko kwestia pieniędzy.", 0),  # "not only"
        ("ru", "Тем не менее, план был принят.", 0),  # "nevertheless"
        ("zh", "他们不断改进产品。", 0),  # "continuously"
        ("ja", "参加者は少ないです。", 0),  # "few"
        ("ja", "雨が降るかもしれない。", 0),  # "may"
        ("ar", "لا يزال الوضع صعبا.", 0),  # "still"
        ("hi", "न केवल छात्र बल्कि शिक्षक भी आए।", 0),  # "not only"
        ("el", "Δεν ήρθε κανείς.", 1),  # concord: one negation
    ],
)
def test_idioms_and_concord_count_as_grammar_says(lang, text, count):
    assert _count(text, lang) == count


def test_words_of_other_scripts_are_whole_and_ideographs_one_each():
    assert [t.text for t in tokenize("कर नहीं बढ़ाए")] == ["कर", "नहीं", "बढ़ाए"]
    assert [t.text for t in tokenize("与Microsoft签署")] == ["与", "Microsoft", "签", "署"]
    latin = "El ministro anunció 24 nuevos hospitales."
    assert [t.text for t in tokenize(latin)][:3] == ["El", "ministro", "anunció"]


def test_digits_and_scales_of_other_scripts():
    assert ascii_digits("３５０ ५० ٢٥٫٥") == "350 50 25.5"
    assert [q.value for q in extract_quantities("该市有３５０万居民。", "zh")] == [3_500_000]
    assert [q.value for q in extract_quantities("आबादी ५० लाख है।", "hi")] == [5_000_000]
    assert [q.value for q in extract_quantities("人口は１億２０００万人", "ja")][:1] == [1e8]
    (date,) = extract_quantities("2024年5月3日", "zh")
    assert date.kind == "date" and date.value == 20240503


def test_greek_names_are_transliterated():
    assert same_name("Παπαδόπουλος", "el", "Papadopoulos", "en")
    assert same_name("Τσίπρας", "el", "Tsipras", "en")
    assert not same_name("Τσίπρας", "el", "Samaras", "en")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("该公司今年在北京开设了新的办公室，员工人数增加了一倍。", "zh"),
        ("同社は今年、東京に新しい事務所を開設した。", "ja"),
        ("सरकार ने कहा कि नए अस्पताल इस साल खोले जाएंगे।", "hi"),
        ("قال الوزير إن المستشفيات الجديدة ستفتح هذا العام.", "ar"),
        ("Ο υπουργός είπε ότι τα νέα νοσοκομεία θα ανοίξουν φέτος.", "el"),
        ("장관은 새 병원들이 올해 문을 열 것이라고 말했다.", "ko"),
        ("Министр сказал, что новые больницы откроются в этом году.", "ru"),
        ("Міністр сказав, що нові лікарні відкриються цього року.", "uk"),
        ("Minister powiedział, że nowe szpitale zostaną otwarte w tym roku, jak zapowiadał.", "pl"),
        ("Ministr řekl, že nové nemocnice budou otevřeny letos, jak slíbil.", "cs"),
    ],
)  # fmt: skip
def test_the_language_is_told_by_its_script_or_words(text, code):
    assert guess_language(text).code == code
    if code not in ("pl", "cs"):
        assert detect_language(text)[0] == code


def _doc(path: str, lang: str, sentences: list[str]) -> Document:
    out, start = [], 0
    for i, s in enumerate(sentences):
        out.append(Sentence(i, s, start, start + len(s), 0))
        start += len(s)
    return Document(path=path, lang=lang, text="".join(sentences), sentences=tuple(out))


def test_a_chinese_text_is_not_a_partial_translation_of_its_longer_english():
    zh = ["政府今年不会提高税收。", "该市有三百五十万居民。", "会议将在北京举行。"]
    en = [
        "The government will not raise taxes this year. ",
        "The city has three and a half million residents. ",
        "The meeting will be held in Beijing.",
    ]
    assert latin_size("该市有") == 9
    problems = text_problems(_doc("a.zh.txt", "zh", zh), _doc("a.en.txt", "en", en))
    assert not [p for p in problems if "shorter" in p.message]


def test_check_documents_in_chinese_end_to_end(tmp_path):
    src = tmp_path / "a.zh.txt"
    tgt = tmp_path / "a.en.txt"
    src.write_text("部长表示，政府不会提高税收。该市有３５０万居民。会议将于5月举行。", "utf-8")
    tgt.write_text(
        "The minister said the government will raise taxes. The city has 3.5 million "
        "residents. The meeting will be held in May.",
        "utf-8",
    )
    # In process (click's runner): the language guessed by script, the size check passed.
    done = CliRunner().invoke(
        cli, ["check", str(src), str(tgt), "--no-embeddings", "--no-mt", "--format", "json"]
    )
    assert done.exit_code == 0, done.output
    assert "negation" in done.stdout and "«3.5 million»" not in done.stdout


# --- opposites through a dictionary (aligner/drift/dictionary_antonyms.py) ---
# A tiny German→English table written here (both directions), so no package is needed.
_TO_EN = {
    "langsam": frozenset({"slow", "slowly", "tardy"}),
    "zug": frozenset({"train"}),
    "schnell": frozenset({"fast", "quick", "rapid", "quickly"}),
}
_FROM_EN = {e: frozenset({d for d, es in _TO_EN.items() if e in es}) for e in ("slow", "fast")}


def _opposites(src: str, tgt: str) -> list:
    from aligner.drift.checks import read_side
    from aligner.drift.dictionary_antonyms import check_opposites

    return check_opposites(read_side(src, "de"), read_side(tgt, "en"), (_TO_EN, _FROM_EN))


def test_an_opposite_of_a_dictionary_rendering_is_reported():
    (found,) = _opposites("Der Zug war gestern langsam.", "The train was fast yesterday.")
    assert found.type == "meaning" and found.severity == "major"
    assert "«fast»" in found.message and "«langsam»" in found.message


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        # "slow" renders "langsam": nothing to say
        ("Der Zug war gestern langsam.", "The train was slow yesterday."),
        # negated: the polarity check's business
        ("Der Zug war gestern nicht langsam.", "The train was fast yesterday."),
        # "fast" renders "schnell", which the source has too
        ("Der Zug war gestern langsam, dann schnell.", "The train was fast yesterday."),
    ],
)
def test_no_opposite_where_the_dictionary_explains_the_word(src, tgt):
    assert _opposites(src, tgt) == []


def test_latin_names_in_another_script_do_not_hide_its_language():
    text = "该公司与Microsoft和Google以及Amazon签署了协议，Apple Inc表示欢迎。"
    guess = guess_language(text)
    assert guess.code == "zh" and guess.confidence == 1.0
    assert guess_language("Microsoft, Google и Apple подписали соглашение.").code == "ru"
