"""Dates written in numbers ('le 15/09', '15/09/2025', '2025-09-15'): read as the day they write, in the order the
language writes them (offline/numeric_dates.py); read as numbers, '2025-09-15' was 'between 9 and 15 times since
2025' without a word, and '15/09' a count of 15.

Checked by running the translation and a hand-written SQL of the same audience on the demo warehouse."""
from __future__ import annotations

import pytest

from translations import A, PURCHASES, same_audience


def _bought(start: str, end: str | None = None) -> str:
    return f"SELECT customer_id FROM ({PURCHASES}) p WHERE ts >= DATE '{start}'" + (
        f" AND ts < DATE '{end}'" if end else "")


@pytest.mark.parametrize("request_, lang, start, end", [
    ("customers who bought since 2025-09-15", None, "2025-09-15", None),
    ("customers who bought since 15/09/2025", None, "2025-09-15", None),
    ("customers who bought since 9/15", None, "2026-09-15", None),        # month first: 15 cannot be a month
    ("customers who bought on 15/09", None, "2026-09-15", "2026-09-16"),
    ("clients qui ont acheté depuis le 15/09/2025", "fr", "2025-09-15", None),
    ("clients qui ont acheté le 15/09", "fr", "2026-09-15", "2026-09-16"),
    ("clients qui ont acheté entre le 01/06 et le 15/07", "fr", "2026-06-01", "2026-07-16"),
])
def test_a_date_written_in_numbers_is_that_day(translator, warehouse, catalog, request_, lang, start, end):
    r = same_audience(translator, warehouse, catalog, request_, _bought(start, end), lang=lang)
    assert not r.unrecognized, r.unrecognized


def test_a_date_in_numbers_whose_order_is_not_said_is_asked(translator):
    """'09/10' in English: 9 October or 10 September? Never read as either (nor as counts) without a question."""
    r = translator.translate("customers who bought since 09/10", A)
    assert r.status == "clarify", r.definition.to_text()


@pytest.mark.parametrize("request_, lang", [
    ("customers who rated their ticket 5/5", None),
    ("clients qui ont mis 5/5 au SAV", "fr"),
])
def test_a_score_out_of_five_is_no_date(translator, request_, lang):
    r = translator.translate(request_, A, lang=lang)
    assert r.status == "ok" and "5" in r.definition.to_text() and "05-05" not in r.definition.to_text(), \
        r.definition.to_text()
