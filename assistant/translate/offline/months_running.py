"""Calendar months in a row said of a behaviour ('bought from us three months running', '3 consecutive months', 'trois
mois d'affilée', '4 mois de suite'): the behaviour's events fall in that many calendar months in a row, each with one
at least (`EventCondition.running`), inside its own period.

The words are each language's (lang_en.MONTHS_RUNNING_*, and lang_fr's own beside them, on its rewritten words). The
phrase is read only inside (or right after) the words of one plain behaviour (no count, total, rank or order of its
own, which a run of months is not); anywhere else it stays asked. A part of the Parser (parser.py), run once the
criteria are read.
"""
from __future__ import annotations

from assistant.meaning import EventCondition
from assistant.translate.lang_en import (
    CONNECTORS, FUNCTION_WORDS, MONTH_UNITS, MONTHS_RUNNING_AFTER, MONTHS_RUNNING_BEFORE, NUMBER_WORDS,
)


class MonthsRunning:
    """'three months running': the months in a row a behaviour's events fall in."""

    def _months_running(self) -> None:
        if MONTH_UNITS.isdisjoint(self.norms):      # every phrase names months: most requests say none
            return
        after = MONTHS_RUNNING_AFTER + tuple(getattr(self.words, "MONTHS_RUNNING_AFTER", ()) if self.words else ())
        before = MONTHS_RUNNING_BEFORE | (getattr(self.words, "MONTHS_RUNNING_BEFORE", frozenset()) if self.words
                                          else frozenset())
        for k in range(len(self.norms)):
            said = self._run_said(k, after, before)
            if said is None:
                continue
            n, end = said
            c = self._run_of(k)
            if c is None or n < 2:
                continue
            c.running = n
            c.start_tok, c.end_tok = min(c.start_tok, k), max(c.end_tok, end)
            self._use(k, end)
            self.out.unread.difference_update(range(k, end))

    def _run_said(self, k: int, after: tuple, before: frozenset[str]) -> tuple[int, int] | None:
        """At token k, a number of months in a row ('three months running', '3 consecutive months'), none of its
        words read: (the number, where the phrase ends)."""
        n = self._months_counted(k)
        if n is None or any(i in self.out.used for i in range(k, min(k + 3, len(self.norms)))):
            return None
        j = k + 1 + (k + 1 < len(self.norms) and self.norms[k + 1] in before)
        if j >= len(self.norms) or self.norms[j] not in MONTH_UNITS:
            return None
        if j > k + 1:       # '3 consecutive months'
            return n, j + 1
        tail = next((p for p in after if tuple(self.norms[j + 1:j + 1 + len(p)]) == p), None)
        return (n, j + 1 + len(tail)) if tail else None

    def _months_counted(self, k: int) -> int | None:
        t = self.tokens[k]
        n = t.number if t.number is not None else NUMBER_WORDS.get(self.norms[k])
        return int(n) if isinstance(n, (int, float)) and float(n).is_integer() else None

    def _run_of(self, k: int) -> EventCondition | None:
        """The plain behaviour the run is said of: the one whose words hold it, or end right before it (grammar
        words between, no other part)."""
        def plain(c) -> bool:
            return isinstance(c, EventCondition) and c.running is None and not any(
                (c.count, c.amount, c.rank, c.top, c.first, c.last, c.average, c.over, c.of_latest, c.after))
        held = [c for c in self.out.criteria + self.out.exclusions if plain(c) and (
            c.start_tok <= k < c.end_tok or c.end_tok <= k and all(
                n in FUNCTION_WORDS and n not in CONNECTORS for n in self.norms[c.end_tok:k]))]
        return held[0] if len(held) == 1 else None
