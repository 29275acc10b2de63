import pytest

from aligner.alignment.numbers import extract_numbers


@pytest.mark.parametrize(
    ("es", "en"),
    [
        ("100.000 fusiles", "100,000 rifles"),
        ("el 49,9 % de las acciones", "49.9% of the shares"),
        ("1.250.000 personas", "1,250,000 people"),
        ("entre 20 y 50 millas", "between 20 and 50 miles"),
        ("el curso 2023-2024", "the 2023-2024 school year"),
    ],
)
def test_same_number_in_both_locales(es, en):
    assert extract_numbers(es, "es") == extract_numbers(en, "en")


def test_a_lone_separator_follows_the_locale():
    assert extract_numbers("1.250", "es") == ["1250"]
    assert extract_numbers("1.250", "en") == ["1.25"]  # trailing zeros dropped: 1.25 = 1.250


def test_different_numbers_differ():
    assert extract_numbers("24 aviones", "es") != extract_numbers("42 planes", "en")


def test_digits_inside_words_are_not_numbers():
    assert extract_numbers("F16 and Su-30Mk2 jets", "en") == []
