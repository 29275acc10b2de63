"""tests/drift_batch_sites.py reads which pairs a drift test asks about from its source, so
that they join the run's batched check. A pair read wrongly would be checked but never
asked for (harmless) while the real one is checked alone; a pair read where the value is
not certain must not be read at all. The module below is written here for these tests."""

from __future__ import annotations

import textwrap

from tests.drift_batch_sites import pairs_asked_in

MODULE = textwrap.dedent(
    """
    SRC = "El ministro habló."
    PAIRS = {"cut": (SRC, "The minister."), "good": (SRC, "The minister spoke.")}
    ROUTES = {"fr": "Le ministre a parlé."}


    def _quiet(src, tgt):
        assert not alarms(__name__, src, tgt)


    def test_names_and_literals():
        tgt = "The minister spoke."
        assert not alarms(__name__, SRC, tgt)
        assert findings(__name__, "Hola.", "Hello.", "pt")
        assert alarm_types(__name__, SRC, "The minister talked.", lang="it")


    def test_a_name_given_again_holds_its_last_value():
        tgt = "First."
        alarms(__name__, SRC, tgt)
        tgt = "Second."
        alarms(__name__, SRC, tgt)


    def test_parameters_subscripts_and_starred(key, lang):
        assert_quiet_or_reported(__name__, *PAIRS[key], None)
        alarms(__name__, ROUTES[lang], "The minister spoke.", lang)


    def test_a_relay():
        _quiet(SRC, "The minister spoke.")


    def test_what_cannot_be_known():
        for tgt in ("A.", "B."):
            alarms(__name__, SRC, tgt)
        text = "El " + make()
        alarms(__name__, text, "The x.")
        alarms(module, SRC, "Not this module's batch.")
        alarms(__name__, SRC, "Given elsewhere.", **options)
        if flag:
            other = "One."
        else:
            other = "Two."
        alarms(__name__, SRC, other)
    """
)


def _pairs(tmp_path, name, params=None):
    path = tmp_path / "mod.py"
    path.write_text(MODULE, encoding="utf-8")
    return pairs_asked_in(f"mod_{tmp_path.name}", str(path), name, params or {})


def test_literals_and_names_given_one_value(tmp_path):
    assert _pairs(tmp_path, "test_names_and_literals") == [
        ("es", "El ministro habló.", "The minister spoke."),
        ("pt", "Hola.", "Hello."),
        ("it", "El ministro habló.", "The minister talked."),
    ]


def test_a_name_assigned_twice_at_the_top_has_the_value_before_the_call(tmp_path):
    got = [tgt for _, _, tgt in _pairs(tmp_path, "test_a_name_given_again_holds_its_last_value")]
    assert got == ["First.", "Second."]


def test_parameters_pick_the_module_values(tmp_path):
    got = _pairs(tmp_path, "test_parameters_subscripts_and_starred", {"key": "cut", "lang": "fr"})
    assert got == [
        ("es", "El ministro habló.", "The minister."),
        ("fr", "Le ministre a parlé.", "The minister spoke."),
    ]


def test_a_helper_that_hands_its_parameters_on(tmp_path):
    assert _pairs(tmp_path, "test_a_relay") == [("es", "El ministro habló.", "The minister spoke.")]


def test_nothing_is_read_where_the_value_is_not_certain(tmp_path):
    assert _pairs(tmp_path, "test_what_cannot_be_known") == []
