"""The criterion editor's model: what the catalog offers, a draft the widgets fill, the spec it becomes.

The Build page draws one widget per field of a `Draft` and calls `to_spec`; the spec then goes through
`pipeline.criterion` (catalog check, the same renderer as a translation, bind on the engine). Nothing
here writes SQL or imports Streamlit: an edit is data, so it is tested without a page.

One module per job: `offers` (what the catalog offers: subjects, dimensions, labels), `drafts` (a spec of one
condition as fields and back), `compound` (the same for a criterion made of others: an OR's alternatives, the two
sides of a comparison, the behaviour whose different values are counted, each part a draft of its own), `words`
(what a marketer reads for a criterion: `describe`, `kept_words`, `relabel`), `parts` (the edits of a definition's
lists of parts: replace, move between criteria and exclusions, OR two criteria together, split an OR back, an OR
left with one alternative as the plain cards it is, remove, and what a follow-up keeps of them, `keep_edits`).
"""
from assistant.edit.compound import (blank, draft_of, events_of, to_spec, with_alternative, with_condition,
                                     without_alternative, without_condition)
from assistant.edit.drafts import Draft, period
from assistant.edit.offers import (COMPARED_ON, DATES, DAYS, DIRECTIONS, HOURS, MONTHS, NUMERIC, OPERATORS, PERIODS,
                                   SPACING_UNITS, SPACINGS, UNITS, WINDOW_MODES, Subject, column_label, counted_dimensions, dimensions,
                                   free_text_dimensions, on_file, own_dates, own_places, ranked_by, subject, subjects)
from assistant.edit.parts import (Role, add, carried, join, joined_phrase, keep_edits, move, or_spec, remove, replace,
                                  split_spec, spread, unwrapped)
from assistant.edit.words import after_words, describe, kept_words, measure_label, relabel, unapplied_words

__all__ = ["COMPARED_ON", "DATES", "DAYS", "DIRECTIONS", "HOURS", "MONTHS", "NUMERIC", "OPERATORS", "PERIODS",
           "SPACING_UNITS", "SPACINGS", "UNITS", "WINDOW_MODES", "Draft", "Role", "Subject", "add", "after_words", "blank", "carried", "column_label",
           "counted_dimensions", "describe", "dimensions", "draft_of", "events_of", "free_text_dimensions", "join",
           "joined_phrase", "keep_edits", "kept_words", "measure_label", "move", "on_file", "or_spec", "own_dates", "own_places",
           "period", "ranked_by", "relabel", "remove", "replace", "split_spec", "spread", "subject", "subjects", "to_spec", "unapplied_words",
           "unwrapped", "with_alternative", "with_condition", "without_alternative", "without_condition"]
