"""A behaviour counted from a date of the customer's own profile ('bought at least 3 times since joining', 'since they
signed up', 'depuis leur inscription', 'depuis qu'ils se sont inscrits'): where each is said and the date column,
read into the behaviour said in its clause (`EventCondition.since`).

The date is any column the catalog names there that is a date of the customer's own (meaning.own_date: a date, a
timestamp or a key to the calendar, of a profile table): the signup date of the demo, the join date of a star schema.
The words are the English module's (OWN_DATE_LEADS, OWN_DATE_FILLERS); French's are rewritten into them first
('depuis' -> 'since', 'leur' -> 'their').
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from assistant.translate.lang_en import OWN_DATE_AFTER, OWN_DATE_FILLERS, OWN_DATE_LEADS, UNITS
from assistant.translate.offline.lexicon import Span


@dataclass
class SinceSaid:
    start_tok: int
    end_tok: int
    column: str


def find_own_dates(norms: list[str], spans: list[Span], own: Callable[[str], bool]) -> list[SinceSaid]:
    """'since' or 'after' (a few words of grammar) then a catalog phrase naming a date column `own` accepts; 'after' a
    length ('30 days after they signed up') is a lag, none of these."""
    by_start = {s.start: s for s in spans}
    found = []
    for i in range(len(norms)):
        lead = next((w for w in OWN_DATE_LEADS if tuple(norms[i:i + len(w)]) == w), None) \
            or next((w for w in OWN_DATE_AFTER if tuple(norms[i:i + len(w)]) == w and not (i and norms[i - 1] in UNITS)),
                    None)
        if lead is None:
            continue
        k = i + len(lead)
        while k not in by_start and k < len(norms) and norms[k] in OWN_DATE_FILLERS and k - i < 5:
            k += 1      # a phrase may start with a filler ('se sont inscrits'): the phrase first
        span = by_start.get(k)
        columns = {m.column for m in span.of("column") if own(m.column)} if span is not None else set()
        if len(columns) == 1:
            found.append(SinceSaid(i, span.end, columns.pop()))
    return found
