"""Set #40's first sight: 'n'ont cliqué dans aucun de ceux (qu'ils ont ouverts)' points back at the emails named
before, as English 'none of those' does: 'ceux' was read as people, and the clicks of any message ever were excluded,
silently."""
from __future__ import annotations

from assistant.sql.compile import compile_sql
from translations import A, keys

OPENED = {"en": "opened at least one newsletter email since Sept 1st, but clicked none of {those}",
          "fr": "ont ouvert au moins un e-mail newsletter depuis le 1er septembre, mais n'ont cliqué sur aucun de {those}"}


def test_none_of_those_points_back_in_french_as_in_english(translator, warehouse, catalog):
    english = translator.translate(OPENED["en"].format(those="them"), A)
    assert english.status == "ok"
    want = keys(warehouse, compile_sql(english.definition, catalog))
    for those in ("ceux", "celles-ci", "ceux-ci"):
        french = translator.translate(OPENED["fr"].format(those=those), A)
        assert french.status == "ok" and french.warnings, (those, french.status, french.warnings)
        assert keys(warehouse, compile_sql(french.definition, catalog)) == want != set(), those
