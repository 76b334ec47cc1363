"""The criterion editor's model: drafts become specs that compile on the real warehouse, in marketer words."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant import edit, meaning, pipeline
from assistant.definition import AudienceDefinition
from assistant.errors import AudienceError
from assistant.settings import load_settings
from tests.conftest import AS_OF


@pytest.fixture()
def svc(demo_db, monkeypatch):
    monkeypatch.setenv("AUDIENCE_DB", str(demo_db))
    with pipeline.open(load_settings()) as services:
        yield services


def size(svc, *specs) -> int:
    defn = AudienceDefinition(as_of=AS_OF, criteria=[pipeline.criterion(svc, s, as_of=AS_OF) for s in specs])
    return pipeline.dry_run(svc, defn, sample_size=0).request_size


def test_the_picker_lists_catalog_labels_not_column_paths(catalog):
    subjects = {s.key: s for s in edit.subjects(catalog)}
    tier = subjects["column:crm.customers.loyalty_tier"]
    assert tier.label == "Loyalty tier" and tier.kind == "vocabulary" and tier.options["vip"] == "VIP"
    assert subjects["event:store_purchase"].label == "Store purchase"
    assert subjects["column:crm.customers.loyalty_points"].kind == "number"
    assert "column:crm.customers.email" not in subjects          # personal data is never a pickable value
    assert edit.dimensions(catalog, "store_purchase")["category"]["shoes"] == "shoes"
    # a new criterion can be a comparison, a count of different values, a value on file or a ranking by a number (an
    # OR is made of two cards), each over the customer's own values: never a message's campaign id
    assert {"versus:", "distinct:", "known:", "top:", "spacing:"} <= set(subjects) and "any_of:" not in subjects
    assert next(iter(edit.ranked_by(catalog))) == "column:crm.customers.loyalty_points"
    assert not any("campaign" in key for key in [*edit.ranked_by(catalog), *edit.on_file(catalog)])


def test_every_subject_gives_a_spec_that_compiles_and_binds(svc):
    for s in edit.subjects(svc.catalog):
        draft = edit.blank(svc.catalog, s.key)
        if s.kind == "text":        # a free-text attribute (a city): its values are the warehouse's
            with pytest.raises(ValueError, match="pick at least one"):
                edit.to_spec(draft, svc.catalog, AS_OF)
            draft.values = pipeline.column_values(svc, s.key.split(":", 1)[1])[:1]
        spec = edit.to_spec(draft, svc.catalog, AS_OF)
        c = pipeline.criterion(svc, spec, as_of=AS_OF)
        assert c.origin == "user" and c.spec == spec, s.key


def test_an_edited_value_changes_the_audience(svc):
    draft = edit.blank(svc.catalog, "column:crm.customers.loyalty_tier")
    draft.values = ["vip"]
    vip = size(svc, edit.to_spec(draft, svc.catalog, AS_OF))
    draft.values = ["vip", "gold"]
    both = size(svc, edit.to_spec(draft, svc.catalog, AS_OF))
    assert 0 < vip < both


def test_event_count_window_amount_and_dimension(svc):
    draft = edit.blank(svc.catalog, "event:store_purchase")
    draft.window, draft.amount, draft.unit = "last", 6, "MONTH"
    loose = size(svc, edit.to_spec(draft, svc.catalog, AS_OF))
    draft.count_op, draft.count = ">=", 2
    twice = size(svc, edit.to_spec(draft, svc.catalog, AS_OF))
    draft.dims = {"category": ["shoes"]}
    shoes = size(svc, edit.to_spec(draft, svc.catalog, AS_OF))
    assert loose > twice > shoes
    draft.count_op, draft.spend_op, draft.spend = "", ">=", 100
    assert size(svc, edit.to_spec(draft, svc.catalog, AS_OF)) < loose
    draft.count_op = ">="
    spec = edit.to_spec(draft, svc.catalog, AS_OF)
    assert edit.describe(spec, svc.catalog) == ("Store purchase at least twice, total at least 100 EUR in the last "
                                                "6 months (category shoes)")


def test_weeks_periods_and_between_windows(catalog):
    as_of = dt.date(2026, 9, 30)
    draft = edit.Draft(subject="event:site_visit", window="last", amount=2, unit="WEEK")
    assert edit.to_spec(draft, catalog, as_of)["window"] == {"amount": 14, "unit": "DAY", "start": None, "end": None}
    draft.window, draft.period = "period", "last_quarter"
    assert edit.to_spec(draft, catalog, as_of)["window"]["start"] == "2026-04-01"
    assert edit.to_spec(draft, catalog, as_of)["window"]["end"] == "2026-07-01"
    draft.window, draft.start, draft.end = "between", dt.date(2026, 1, 1), dt.date(2026, 1, 31)
    spec = edit.to_spec(draft, catalog, as_of)
    assert spec["window"]["end"] == "2026-02-01"                 # the end day is included
    assert edit.describe(spec, catalog) == "Site or app visit from 1 Jan 2026 to 31 Jan 2026"
    assert edit.period("this_year", as_of) == (dt.date(2026, 1, 1), None)


def test_a_translated_criterion_opens_in_the_editor_and_round_trips(svc):
    t = pipeline.translate(svc, "VIP customers who bought at least twice in store in the last 6 months, "
                                "but not anyone who got more than 5 messages this month", as_of=AS_OF)
    for c in t.definition.criteria + t.definition.exclusions:
        draft = edit.draft_of(c.spec, svc.catalog, AS_OF)
        again = pipeline.criterion(svc, edit.to_spec(draft, svc.catalog, AS_OF), as_of=AS_OF)
        assert again.sql == c.sql, c.label
    assert edit.draft_of(t.definition.exclusions[0].spec, svc.catalog, AS_OF).window == "period"


def test_the_first_purchase_said_to_be_of_a_kind_round_trips_through_the_editor(svc):
    t = pipeline.translate(svc, "customers whose first purchase was in an outlet store", as_of=AS_OF)
    c = t.definition.criteria[0]
    draft = edit.draft_of(c.spec, svc.catalog, AS_OF)
    spec = edit.to_spec(draft, svc.catalog, AS_OF)
    assert spec["over"] == ["store_purchase", "online_order"] and spec["first"] is True
    assert pipeline.criterion(svc, spec, as_of=AS_OF).sql == c.sql
    assert edit.describe(c.spec, svc.catalog).startswith("First of store purchase or online order: store purchase")


def test_or_between_criteria_and_back(svc):
    t = pipeline.translate(svc, "VIP customers in Germany", as_of=AS_OF)
    vip, germany = (c.spec for c in t.definition.criteria)
    either = edit.or_spec(vip, germany)
    assert size(svc, either) == size(svc, vip) + size(svc, germany) - size(svc, vip, germany)
    assert edit.describe(either, svc.catalog) == "Loyalty tier is VIP or Country is Germany"
    assert edit.split_spec(either) == [vip, germany]


def test_move_replace_and_relabel(svc):
    t = pipeline.translate(svc, "gold customers in Spain", as_of=AS_OF)
    defn = edit.relabel(t.definition, svc.catalog)
    assert [c.label for c in defn.criteria] == ["Loyalty tier is gold", "Country is Spain"]
    assert defn.content_hash() == t.definition.content_hash()    # words never change who is selected
    moved = edit.move(defn, "criteria", 1)
    assert [c.label for c in moved.exclusions] == ["Country is Spain"] and len(moved.criteria) == 1
    draft = edit.draft_of(defn.criteria[0].spec, svc.catalog, AS_OF)
    draft.values = ["silver"]
    new = pipeline.criterion(svc, edit.to_spec(draft, svc.catalog, AS_OF), as_of=AS_OF)
    assert edit.replace(defn, "criteria", 0, new).criteria[0].origin == "user"


def test_marketer_words_for_each_kind(catalog):
    assert edit.describe({"kind": "compare", "column": "crm.customers.loyalty_points",
                          "comparison": {"op": ">=", "value": 500.0, "upper": None}}, catalog) == \
        "Loyalty points at least 500 points"
    assert edit.describe({"kind": "compare", "column": "crm.customers.birth_date", "age": True,
                          "comparison": {"op": ">=", "value": 18.0, "upper": 34.0}}, catalog) == "Age between 18 and 34"
    assert edit.describe({"kind": "value", "negated": True, "column": "crm.customers.country", "values": ["FR"],
                          "labels": ["France"]}, catalog) == "Country is not France"


def test_free_text_dimensions_are_editable_from_the_warehouse_values_never_personal(svc):
    """A brand, a store city or a product name is picked among the warehouse's own values, most frequent first."""
    assert {"brand", "product", "store_city", "store_name"} <= set(edit.free_text_dimensions(svc.catalog, "store_purchase"))
    assert "category" not in edit.free_text_dimensions(svc.catalog, "store_purchase")   # a vocabulary: its own control
    brands = pipeline.dimension_values(svc, "store_purchase", "brand")
    assert brands[:2] == ["Nike", "Petit Bateau"] and len(brands) == len(set(brands))
    assert len(pipeline.dimension_values(svc, "store_purchase", "product", limit=50)) == 50   # bounded
    draft = edit.blank(svc.catalog, "event:store_purchase")
    any_brand = size(svc, edit.to_spec(draft, svc.catalog, AS_OF))
    draft.dims = {"brand": ["Nike"]}
    nike = size(svc, edit.to_spec(draft, svc.catalog, AS_OF))
    assert 0 < nike < any_brand


def test_a_personal_free_text_column_is_never_offered(svc):
    tables = dict(svc.catalog.tables)
    stores = tables["pos.stores"]
    city = stores.columns["city"].model_copy(update={"personal": True})
    tables["pos.stores"] = stores.model_copy(update={"columns": {**stores.columns, "city": city}})
    svc.__dict__["catalog"] = svc.catalog.model_copy(update={"tables": tables})
    assert "store_city" not in edit.free_text_dimensions(svc.catalog, "store_purchase")
    with pytest.raises(AudienceError, match="personal"):
        pipeline.dimension_values(svc, "store_purchase", "store_city")


def test_refine_applies_to_the_current_definition_and_keeps_the_edits(svc):
    """pipeline.refine takes the CURRENT (edited) definition: an edited part replaces what its phrase reads, a part
    added from the catalog stays, and a part whose words the follow-up rewrote follows the follow-up."""
    first = pipeline.translate(svc, "VIP customers in Germany who bought online in the last 6 months", as_of=AS_OF)
    defn = first.definition
    draft = edit.draft_of(defn.criteria[0].spec, svc.catalog, AS_OF)
    draft.values = ["vip", "gold"]
    edited = edit.replace(defn, "criteria", 0, pipeline.criterion(svc, edit.to_spec(draft, svc.catalog, AS_OF),
                                                                    phrase=defn.criteria[0].phrase, as_of=AS_OF))
    added = pipeline.criterion(svc, edit.to_spec(edit.blank(svc.catalog, "column:crm.customers.gender"), svc.catalog, AS_OF),
                               as_of=AS_OF)
    edited = edit.add(edited, "exclusions", added)
    new, changes = pipeline.refine(svc, edited, "make it 3 months", as_of=AS_OF)
    labels = [c.label for c in edit.relabel(new.definition, svc.catalog).criteria]
    assert labels[0] == "Loyalty tier is VIP or gold" and new.definition.criteria[0].origin == "user"
    assert "Online order in the last 3 months" in labels and added in new.definition.exclusions
    assert len(changes) == 1 and changes[0].startswith("changed criterion") and "3 months" in changes[0]


def _tier_edited(svc, defn: AudienceDefinition) -> AudienceDefinition:
    draft = edit.draft_of(defn.criteria[0].spec, svc.catalog, AS_OF)
    draft.values = ["vip", "gold"]
    return edit.replace(defn, "criteria", 0, pipeline.criterion(svc, edit.to_spec(draft, svc.catalog, AS_OF),
                                                                phrase=defn.criteria[0].phrase, as_of=AS_OF))


def test_a_removed_card_stays_removed_through_follow_ups(svc):
    """The marketer removed 'Germany' and edited 'VIP': a follow-up that reads the request again (here the whole
    request translated anew, as a re-reading follow-up does) brings back neither the card nor the old reading."""
    request = "VIP customers in Germany who bought online in the last 6 months"
    defn = _tier_edited(svc, pipeline.translate(svc, request, as_of=AS_OF).definition)
    removed = edit.remove(defn, "criteria", 1)
    assert [(r.phrase, r.label) for r in removed.removed] == [("Germany", defn.criteria[1].label)]
    assert f'removed by the author (these words select no one): "Germany" ({defn.criteria[1].label})' in removed.to_text()
    again = pipeline.translate(svc, request + ", but exclude people who unsubscribed", as_of=AS_OF).definition
    assert any(c.phrase == "Germany" for c in again.criteria)             # the words alone read Germany back
    kept = edit.keep_edits(removed, again)
    assert not any(c.phrase == "Germany" for c in kept.criteria + kept.exclusions)
    assert [r.phrase for r in kept.removed] == ["Germany"] and kept.criteria[0].origin == "user"
    assert [c.label for c in kept.exclusions] == [c.label for c in again.exclusions]   # the follow-up applied
    assert edit.keep_edits(removed, kept) == kept                                       # idempotent
    for instruction in ("make it 3 months", "also exclude people who unsubscribed", "only in France"):
        new, _ = pipeline.refine(svc, removed, instruction, as_of=AS_OF)
        parts = new.definition.criteria + new.definition.exclusions
        assert not any(c.phrase == "Germany" for c in parts), instruction
        assert [r.phrase for r in new.definition.removed] == ["Germany"], instruction


def test_a_follow_up_that_writes_the_removed_words_again_wins(svc):
    """'only in Germany' after removing 'Germany' asks for it: the card is back and the removal is over."""
    defn = pipeline.translate(svc, "VIP customers in Germany", as_of=AS_OF).definition
    removed = edit.remove(_tier_edited(svc, defn), "criteria", 1)
    new, _ = pipeline.refine(svc, removed, "only in Germany", as_of=AS_OF)
    assert any(c.spec and c.spec.get("values") == ["DE"] for c in new.definition.criteria)
    assert new.definition.removed == []


def test_a_removed_phrase_follows_a_rewrite_of_its_words(svc):
    """'make it 3 months' rewrites every window of the request, the removed card's words included: the removal
    follows its words (still shown as removed), and no reading of them comes back."""
    request = "VIP customers who bought online in the last 6 months and visited the site in the last 30 days"
    defn = pipeline.translate(svc, request, as_of=AS_OF).definition
    visit = next(i for i, c in enumerate(defn.criteria) if "visited" in c.phrase)
    removed = edit.remove(_tier_edited(svc, defn), "criteria", visit)
    new, _ = pipeline.refine(svc, removed, "make it 3 months", as_of=AS_OF)
    assert [r.phrase for r in new.definition.removed] == ["visited the site in the last 3 months"]
    assert new.definition.removed[0].phrase in new.definition.request
    assert not any("visit" in c.label.lower() for c in new.definition.criteria + new.definition.exclusions)


def test_moving_or_joining_cards_is_not_a_removal(svc):
    defn = pipeline.translate(svc, "VIP customers in Germany", as_of=AS_OF).definition
    assert edit.move(defn, "criteria", 1).removed == []
    either = pipeline.criterion(svc, edit.or_spec(defn.criteria[0].spec, defn.criteria[1].spec), as_of=AS_OF)
    joined = edit.join(defn, 0, either)
    assert joined.removed == [] and [c.sql for c in joined.criteria] == [either.sql]
    assert edit.remove(edit.add(defn, "criteria", either), "criteria", 2).removed == []   # no words: nothing to show


def test_a_follow_up_that_asks_a_question_leaves_the_audience_as_it_is(svc):
    """'also engaged customers': 'engaged' needs a question. The audience stays as it is (the edit, the removal, the
    other cards) and each choice is the follow-up rewritten, applied as a follow-up in its turn."""
    defn = pipeline.translate(svc, "VIP customers in Germany who bought online in the last 6 months", as_of=AS_OF).definition
    removed = edit.remove(_tier_edited(svc, defn), "criteria", 1)
    asked, changes = pipeline.refine(svc, removed, "also engaged customers", as_of=AS_OF)
    assert asked.status == "clarify" and asked.definition == removed and changes == []
    question = asked.clarifications[0]
    assert question.rewrites[0] == f"also {question.options[0]}"
    answered, changes = pipeline.refine(svc, removed, question.rewrites[0], as_of=AS_OF)
    parts = answered.definition.criteria + answered.definition.exclusions
    assert answered.status == "ok" and parts[:2] == removed.criteria and len(parts) == 3
    assert [r.phrase for r in answered.definition.removed] == ["Germany"] and changes[0].startswith("added criterion")


def test_a_card_keeps_pointing_at_its_words_when_a_follow_up_rewrites_them(svc):
    """'make it 3 months' rewrites 'in the last 6 months' in the request: the card says it comes from the words the
    request now holds, so they are still marked as read (and an edit of that card is still tied to them)."""
    defn = pipeline.translate(svc, "VIP customers who bought online in the last 6 months", as_of=AS_OF).definition
    new, _ = pipeline.refine(svc, _tier_edited(svc, defn), "make it 3 months", as_of=AS_OF)
    assert [c.phrase for c in new.definition.criteria] == ["VIP", "bought online in the last 3 months"]
    assert all(c.phrase in new.definition.request for c in new.definition.criteria)


@pytest.mark.parametrize("phrase, before, after, expected", [
    ("Germany", "VIP in Germany who", "VIP in Germany who, in France", "Germany"),             # untouched
    ("in the last 30 days", "x in the last 30 days, y", "x in the last 3 months, y", "in the last 3 months"),
    ("Germany", "VIP customers in Germany who", "VIP customers in who", None),                 # deleted
    ("VIP", "VIP customers", "gold customers", None),                                          # replaced
    ("Germany", "VIP customers", "VIP customers in Spain", None),                               # never there
])
def test_carried_follows_words_through_a_rewrite(phrase, before, after, expected):
    assert edit.carried(phrase, before, after) == expected


# -- opening a card and applying it changes nothing ------------------------------------------------------------------

# A representative request of each kind of reading: what the editor shows as fields and what it keeps as read.
ROUND_TRIPS = [
    "customers with a web order of 4+ units under €80 in the last 12 months",                          # own amount
    "customers who received an email in August and then bought something within 5 days of getting it",  # after, within
    "customers who bought in store, and ordered online afterwards",                                    # after
    "customers who bought in store without ordering online afterwards",                                # after the latest
    "customers who looked at a product and then, within two weeks, bought something from that same category in store",
    # after, within, same (a dimension shared with the anchor event)
    "the 50 customers who spent the most in 2025",                                                     # ranking: N
    "the 50 Spanish customers who spent the most in store in 2025",                                    # ranking: N, among
    "top 10% of our Spanish customers by spend in 2025",                                               # share, among
    "top 5% of online spenders this year among our German customers",
    "the 100 customers with the most loyalty points",                                                  # ranking on a number
    "customers who spent more in store than online in the last 12 months, with at least €300 in store",  # channels
    "customers whose average order is above 80 euros",                                                 # average
    "customers with an average satisfaction score of 2 or less on support tickets",                    # measure
    "customers whose first purchase was in an outlet store",                                           # first, over
    "customers with at least 2 rated tickets in the last 12 months",                                   # measured
    "customers whose first rated ticket was rated 1 or 2",                                             # measured, over
    "customers with an unrated ticket this year",                                                      # not measured
    "customers who ordered online with a promo code this year",                                       # a dimension present
    "customers who ordered online without a promo code",                                               # ... missing
    "customers whose most recent purchase was in Q2 2026",                                             # last
    "customers who bought in store at the weekend in the last 3 months",                               # days
    "customers who bought in at least 3 different categories",                                         # distinct values
    "customers who spent more than 300 euros on an order in the last 6 months",                        # each amount
    "customers who spent more than 500 euros in store in the last 6 months",                           # amount
    "customers who ordered online between 2 and 5 times",                                              # a count range
    "customers who never ordered online",                                                              # negation
    "VIP customers in Paris or gold members in Lyon",                                                  # OR groups
    "VIP customers but not anyone who got more than 5 messages this month",                            # exclusion
    "customers with no phone number",                                                                  # known
    "customers who opted in to SMS",                                                                   # flag and value
    "customers who gave us email consent in the last 60 days",                                         # flag, set_in
    "customers who switched their email consent off in the past 30 days",                              # flag held no
    "customers who bought in store three months running this year",                                    # running
    "customers who visited the site and ordered online the same day this year",                        # after, day
    "customers who gave us email consent in the last 60 days and haven't been sent an email since they opted in",
    # since_set: from the last change of the consent row said before
    "customers whose birthday is in October",                                                          # months
    "women born after 1979",
    "customers aged between 18 and 34 with more than 500 loyalty points",
    "customers with a lifetime spend above 1000",
    "customers who spent 100 euros more online than in store",                                         # a margin
    "customers who spent more than 80% of their spend online",                                         # a share
    "customers who ordered less this year than last year",                                             # two windows
    "customers who bought shoes from at least 3 brands in the last year",                              # distinct, dims
    "top 100 customers by lifetime spend",                                                             # by an indicator
    "top 3 customers by loyalty points per country among VIP customers",                               # per, among
    "customers who haven't opted in to SMS, excluding those with no email on file",                  # flag negated, known
    "customers with more than 3 years between their first and their latest purchase",                  # spacing, span
    "customers with less than 30 days on average between two online orders this year",                # spacing, gap
    "customers averaging more than 12 pages per visit in the last 90 days",                            # average measure
]


def _leaves(spec: dict):
    """The spec, and each condition of an OR's groups (they become criteria of their own when it is split)."""
    yield spec
    for group in spec.get("groups") or ():
        for inner in group:
            yield from _leaves(inner)


def _meaning(spec: dict, catalog) -> dict:
    return meaning.to_spec(meaning.from_spec(spec, catalog))


@pytest.mark.parametrize("request_", ROUND_TRIPS)
def test_a_card_opened_and_applied_unchanged_is_the_same_criterion(svc, request_):
    """draft_of -> to_spec gives back exactly the meaning and the SQL read, for every part of every kind: a card
    the marketer opens and applies, or saves with another field edited, never loses 'after', a ranking, 'among'.
    Every card opens with fields, an OR and a comparison with a draft for each of their parts."""
    t = pipeline.translate(svc, request_, as_of=AS_OF)
    assert t.status == "ok", (t.status, t.message)
    for c in t.definition.criteria + t.definition.exclusions:
        for spec in _leaves(c.spec):
            draft = edit.draft_of(spec, svc.catalog, AS_OF)
            assert draft is not None, spec
            again = edit.to_spec(draft, svc.catalog, AS_OF)
            assert _meaning(again, svc.catalog) == _meaning(spec, svc.catalog), c.label
            assert pipeline.criterion(svc, again, as_of=AS_OF).sql == pipeline.criterion(svc, spec, as_of=AS_OF).sql
            assert edit.describe(again, svc.catalog) == edit.describe(spec, svc.catalog)


def _edited(svc, request_: str, index: int, change) -> tuple[dict, dict]:
    c = pipeline.translate(svc, request_, as_of=AS_OF).definition.criteria[index]
    draft = edit.draft_of(c.spec, svc.catalog, AS_OF)
    change(draft)
    return c.spec, _meaning(edit.to_spec(draft, svc.catalog, AS_OF), svc.catalog)


def _last_year(draft):
    draft.window, draft.period = "period", "last_year"


@pytest.mark.parametrize("request_, index, kept", [
    ("customers who received an email in August and then bought something within 5 days of getting it", 1, "after"),
    ("customers who bought in store, and ordered online afterwards", 1, "after"),
    ("customers who looked at a product and then, within two weeks, bought something from that same category in store",
     1, "after"),
    ("top 10% of our Spanish customers by spend in 2025", 0, "rank"),
    ("top 10% of our Spanish customers by spend in 2025", 0, "among"),
    ("customers with an average satisfaction score of 2 or less on support tickets", 0, "measure"),
    ("customers whose first purchase was in an outlet store", 0, "over"),
    ("customers with at least 2 rated tickets", 0, "measured"),
    ("customers with at least 2 online orders with a promo code", 0, "measured"),
])
def test_changing_the_period_keeps_every_other_part(svc, request_, index, kept):
    before, after = _edited(svc, request_, index, _last_year)
    assert after["window"] == {"amount": None, "unit": None, "start": "2025-01-01", "end": "2026-01-01"}
    assert after[kept] == _meaning(before, svc.catalog)[kept] and after[kept], kept
    assert {k: v for k, v in after.items() if k != "window"} == \
        {k: v for k, v in _meaning(before, svc.catalog).items() if k != "window"}


def test_the_ranking_s_n_and_how_long_after_are_fields_the_rest_stays(svc):
    spec, ranked = _edited(svc, "the 50 customers who spent the most in 2025", 0, lambda d: setattr(d, "top", 20))
    assert ranked["kind"] == "top" and ranked["n"] == 20 and ranked["source"] == _meaning(spec, svc.catalog)["source"]
    top20 = size(svc, ranked)
    assert top20 == 20 and size(svc, spec) == 50
    spec, later = _edited(svc, "customers who received an email in August and then bought something within 5 days of "
                               "getting it", 1, lambda d: setattr(d, "within", 10))
    assert later["after"] == {**_meaning(spec, svc.catalog)["after"], "within": 10}
    assert size(svc, later) >= size(svc, spec)


def test_the_card_words_every_part_it_keeps(svc):
    t = pipeline.translate(svc, "top 10% of our Spanish customers by spend in 2025", as_of=AS_OF)
    spec = t.definition.criteria[0].spec
    assert edit.describe(spec, svc.catalog).startswith("Top 10% among Country is Spain by spend: ")
    assert "ranked among: Country is Spain" in edit.kept_words(edit.draft_of(spec, svc.catalog, AS_OF), svc.catalog)
    t = pipeline.translate(svc, "customers who received an email in August and then bought something within 5 days "
                                "of getting it", as_of=AS_OF)
    spec = t.definition.criteria[1].spec
    assert edit.describe(spec, svc.catalog).endswith(
        "within 5 days after (Message received from 1 Aug 2026 to 31 Aug 2026 (channel email))")
    t = pipeline.translate(svc, "customers with an average satisfaction score of 2 or less on support tickets",
                           as_of=AS_OF)
    assert edit.describe(t.definition.criteria[0].spec, svc.catalog).endswith("average satisfaction score at most 2")
    t = pipeline.translate(svc, "customers with a web order of 4+ units under €80 in the last 12 months", as_of=AS_OF)
    draft = edit.draft_of(t.definition.criteria[0].spec, svc.catalog, AS_OF)
    assert "each one counted also has its own amount less than 80 EUR" in edit.kept_words(draft, svc.catalog)
    t = pipeline.translate(svc, "customers with at least 2 rated tickets", as_of=AS_OF)
    spec = t.definition.criteria[0].spec
    assert edit.describe(spec, svc.catalog).endswith("(with a satisfaction score)")
    draft = edit.draft_of(spec, svc.catalog, AS_OF)
    assert "only the events with a satisfaction score" in edit.kept_words(draft, svc.catalog)


# -- the kinds made of other parts, or read as a whole, have fields too -------------------------------------------------

def _read(svc, request_: str, index: int = 0, role: str = "criteria") -> dict:
    t = pipeline.translate(svc, request_, as_of=AS_OF)
    assert t.status == "ok", (t.status, t.message)
    return getattr(t.definition, role)[index].spec


def _spec(svc, draft) -> dict:
    return edit.to_spec(draft, svc.catalog, AS_OF)


def test_a_comparison_s_margin_direction_share_and_each_side_are_fields(svc):
    spec = _read(svc, "customers who spent 100 euros more online than in store")
    draft = edit.draft_of(spec, svc.catalog, AS_OF)
    assert (draft.measure, draft.op, draft.margin, draft.share) == ("amount", ">", 100, None)
    assert (draft.left.subject, draft.right.subject) == ("event:online_order", "event:store_purchase")
    by_100 = size(svc, spec)
    draft.margin = 500
    by_500 = _spec(svc, draft)
    assert by_500["margin"] == 500 and size(svc, by_500) < by_100
    assert edit.describe(by_500, svc.catalog) == "Spent at least 500 EUR more on (Online order) than on (Store purchase)"
    draft.left.window, draft.left.amount, draft.left.unit = "last", 6, "MONTH"     # one side's own period
    recent = _spec(svc, draft)
    assert recent["left"]["window"]["amount"] == 6 and recent["right"] == _meaning(spec, svc.catalog)["right"]
    assert edit.describe(recent, svc.catalog).endswith("more on (Online order in the last 6 months) than on "
                                                       "(Store purchase)")
    draft.op, draft.margin, draft.share = "<", None, 50.0        # less than half of the other: a share, no margin
    half = _spec(svc, draft)
    assert (half["op"], half["margin"], half["share"]) == ("<", None, 0.5) and size(svc, half) > 0
    assert edit.describe(half, svc.catalog).startswith("Spend on (Online order in the last 6 months) less than 50% of")
    draft.right = edit.blank(svc.catalog, "event:online_order")    # the other side is another behaviour
    draft.share, draft.measure = None, "count"
    other = _spec(svc, draft)
    assert other["right"]["events"] == ["online_order"] and other["measure"] == "count"
    assert edit.describe(other, svc.catalog) == "Fewer times (Online order in the last 6 months) than (Online order)"


def test_a_count_of_different_values_has_its_number_dimension_and_behaviour_as_fields(svc):
    spec = _read(svc, "customers who bought in at least 3 different categories")
    draft = edit.draft_of(spec, svc.catalog, AS_OF)
    assert (draft.dimension, draft.op, draft.number) == ("category", ">=", 3)
    assert edit.events_of(draft.source) == ["store_purchase", "online_order"]
    assert edit.counted_dimensions(svc.catalog, edit.events_of(draft.source))[:1] == ["category"]
    three = size(svc, spec)
    draft.number = 2
    two = _spec(svc, draft)
    assert size(svc, two) > three and two["comparison"]["value"] == 2
    draft.dimension = "brand"
    brands = _spec(svc, draft)
    assert edit.describe(brands, svc.catalog) == "At least 2 different brand values across (Store purchase or online order)"
    assert size(svc, brands) != size(svc, two)
    draft.source.dims = {"category": ["shoes"]}
    shoes = _spec(svc, draft)
    assert shoes["source"]["dims"] == {"category": ["shoes"]} and size(svc, shoes) < size(svc, brands)


def test_each_alternative_of_an_or_has_the_fields_of_its_kind(svc):
    spec = _read(svc, "VIP customers in Paris or gold members in Lyon")
    draft = edit.draft_of(spec, svc.catalog, AS_OF)
    (vip, paris), (gold, lyon) = draft.groups
    assert vip.subject == gold.subject == "column:crm.customers.loyalty_tier" and gold.values == ["gold"]
    assert (paris.subject, paris.values, lyon.values) == ("column:crm.customers.city", ["Paris"], ["Lyon"])
    gold.values = ["silver"]
    edited = _spec(svc, draft)
    assert edit.describe(edited, svc.catalog) == \
        "(Loyalty tier is VIP and City is Paris) or (Loyalty tier is silver and City is Lyon)"
    silver = {**spec["groups"][1][0], "values": ["silver"], "labels": ["silver"]}
    assert edited["groups"] == [spec["groups"][0], [silver, spec["groups"][1][1]]]
    assert size(svc, edited) == size(svc, *spec["groups"][0]) + size(svc, silver, spec["groups"][1][1])  # tiers apart
    lyon.values = ["Lyon", "Marseille"]                         # a free-text city: picked among the warehouse's
    assert "Marseille" in pipeline.column_values(svc, "crm.customers.city")
    south = _spec(svc, draft)
    assert south["groups"][1][1] == {**spec["groups"][1][1], "values": ["Lyon", "Marseille"],
                                     "labels": ["Lyon", "Marseille"]}
    assert size(svc, south) > size(svc, edited)


def test_a_card_no_fields_hold_has_no_draft_and_personal_values_are_never_listed(svc):
    """A value of a column the editor cannot offer (a personal one, from a spec written by hand or an older catalog)
    opens no fields that would drop it; the warehouse's values of a personal column are never listed."""
    assert edit.draft_of({"kind": "value", "column": "crm.customers.email", "values": ["a@b.c"]}, svc.catalog, AS_OF) is None
    with pytest.raises(AudienceError, match="personal"):
        pipeline.column_values(svc, "crm.customers.email")


def test_a_value_on_file_a_flag_and_calendar_months_are_fields(svc):
    spec = _read(svc, "customers who opted in to SMS, excluding those with no email on file", 0, "exclusions")
    draft = edit.draft_of(spec, svc.catalog, AS_OF)
    assert (draft.subject, draft.column, draft.known) == ("known:", "crm.customers.email", False)
    assert "crm.customers.email" in edit.on_file(svc.catalog) and "crm.customers.birth_date" not in edit.on_file(svc.catalog)
    draft.known = True
    on_file = _spec(svc, draft)
    assert edit.describe(on_file, svc.catalog) == "Email on file"
    assert size(svc, on_file) + size(svc, spec) == size(svc)               # every customer is one or the other
    draft.column = "crm.customers.phone"
    assert edit.describe(_spec(svc, draft), svc.catalog) == "Phone on file"

    flag = edit.draft_of(_read(svc, "customers who opted in to SMS"), svc.catalog, AS_OF)
    assert flag.values == ["sms"] and "email" in edit.subject(svc.catalog, flag.subject).options
    assert edit.kept_words(flag, svc.catalog) == ["only customers with opted in set to yes"]
    sms = size(svc, _spec(svc, flag))
    flag.values = ["email"]
    email = _spec(svc, flag)
    assert email["kind"] == "flag_value" and email["flag"] == "crm.consents.opted_in" and email["labels"] == ["email"]
    assert edit.describe(email, svc.catalog) == "Consent channel is email (opted in)" and size(svc, email) != sms

    months = edit.draft_of(_read(svc, "customers whose birthday is in October"), svc.catalog, AS_OF)
    assert (months.subject, months.values) == ("months:crm.customers.birth_date", [10])
    october = size(svc, _spec(svc, months))
    months.values = [10, 11]
    autumn = _spec(svc, months)
    assert autumn["months"] == [10, 11] and autumn["window"] is None and size(svc, autumn) > october
    assert edit.describe(autumn, svc.catalog) == "Birth date in October or November"
    signup = edit.blank(svc.catalog, "months:crm.customers.signup_date")     # 'in December of any year'
    signup.values = [12]
    december = _spec(svc, signup)
    assert edit.describe(december, svc.catalog) == "Signup date in December" and 0 < size(svc, december) < size(svc)


def test_a_ranking_by_a_profile_number_has_its_number_and_size_as_fields(svc):
    spec = _read(svc, "top 3 customers by loyalty points per country among VIP customers")
    draft = edit.draft_of(spec, svc.catalog, AS_OF)
    assert (draft.subject, draft.column, draft.top, draft.rank) == ("top:", "column:crm.customers.loyalty_points", 3, None)
    assert edit.kept_words(draft, svc.catalog) == ["ranked among: Loyalty tier is VIP", "ranked per country"]
    draft.top = 1
    one = _spec(svc, draft)
    assert one["per"] == spec["per"] and one["among"] == _meaning(spec, svc.catalog)["among"]
    assert size(svc, one) < size(svc, spec)
    assert edit.describe(one, svc.catalog) == "Top 1 customer among Loyalty tier is VIP by loyalty points, per country"
    draft.column, draft.top, draft.rank = "indicator:lifetime_spend", None, 10.0
    by_spend = _spec(svc, draft)
    assert (by_spend["column"], by_spend["indicator"], by_spend["n"], by_spend["percent"]) == ("", "lifetime_spend", None, 10)
    assert edit.describe(by_spend, svc.catalog).startswith("Top 10% of customers among Loyalty tier is VIP by lifetime spend")
    assert "indicator:lifetime_spend" in edit.ranked_by(svc.catalog) and size(svc, by_spend) > 0


def test_a_side_of_a_comparison_is_worded_as_it_applies(svc):
    """A comparison reads every event of each side: a count or an amount a side holds selects nothing (same SQL), so
    the card does not say it as applied, and the side's card names it as not applied."""
    spec = _read(svc, "customers who spent 100 euros more online than in store")
    thrice = {"op": ">=", "value": 3.0, "upper": None, "currency": False, "times": True}
    counted = {**spec, "left": {**spec["left"], "count": thrice}}
    assert pipeline.criterion(svc, counted, as_of=AS_OF).sql == pipeline.criterion(svc, spec, as_of=AS_OF).sql
    assert edit.describe(counted, svc.catalog) == edit.describe(spec, svc.catalog)
    assert edit.unapplied_words(counted["left"], svc.catalog) == ["at least 3 times"]
    assert edit.unapplied_words(spec["left"], svc.catalog) == []
    draft = edit.draft_of(counted, svc.catalog, AS_OF)
    assert _meaning(edit.to_spec(draft, svc.catalog, AS_OF), svc.catalog) == _meaning(counted, svc.catalog)  # kept
    draft.measure, draft.margin = "count", 3
    assert edit.describe(_spec(svc, draft), svc.catalog) == "At least 3 more times (Online order) than (Store purchase)"


def test_a_multiple_of_the_other_side_and_its_boundary_are_fields(svc):
    spec = _read(svc, "customers who placed three times as many orders online as in store")
    draft = edit.draft_of(spec, svc.catalog, AS_OF)
    assert (draft.measure, draft.op, draft.margin, draft.share) == ("count", ">=", None, 300)
    assert edit.describe(spec, svc.catalog).startswith("Number of (Online order) as much or more than 300% of")
    at_least = size(svc, spec)
    draft.op = ">"                                  # strictly more than three times: the boundary out
    strict = _spec(svc, draft)
    assert strict["op"] == ">" and strict["share"] == 3 and size(svc, strict) < at_least


# -- an OR's alternatives added and removed in its card ---------------------------------------------------------------

def _definition(svc, request_: str) -> AudienceDefinition:
    return pipeline.translate(svc, request_, as_of=AS_OF).definition


def test_an_alternative_is_added_to_an_or_from_the_subjects_a_new_card_offers(svc):
    spec = _read(svc, "VIP customers in Paris or gold members in Lyon")
    germany = edit.blank(svc.catalog, "column:crm.customers.country")
    germany.values = ["DE"]
    wider = _spec(svc, edit.with_alternative(edit.draft_of(spec, svc.catalog, AS_OF), germany))
    alone = _spec(svc, germany)
    assert wider["groups"] == [*spec["groups"], [alone]] and wider["negated"] is False
    assert edit.describe(wider, svc.catalog) == \
        "(Loyalty tier is VIP and City is Paris) or (Loyalty tier is gold and City is Lyon) or Country is Germany"
    assert size(svc, wider) == size(svc, spec) + size(svc, alone) - size(svc, spec, alone) > size(svc, spec)
    assert edit.unwrapped(wider, "criteria") == [wider]          # still an OR: one card


def test_a_condition_removed_from_or_added_to_one_alternative_of_an_or(svc):
    spec = _read(svc, "VIP customers in Paris or gold members in Lyon")
    (vip, paris), (gold, lyon) = spec["groups"]
    draft = edit.draft_of(spec, svc.catalog, AS_OF)
    wider = _spec(svc, edit.without_condition(draft, 0, 1))        # 'in Paris' dropped: every VIP customer
    assert wider["groups"] == [[vip], [gold, lyon]] and len(draft.groups[0]) == 2    # the draft is left as it was
    assert edit.describe(wider, svc.catalog) == "Loyalty tier is VIP or (Loyalty tier is gold and City is Lyon)"
    assert size(svc, wider) == size(svc, vip) + size(svc, gold, lyon) > size(svc, spec)
    with pytest.raises(ValueError, match="remove the alternative"):
        edit.without_condition(edit.draft_of(wider, svc.catalog, AS_OF), 0, 0)
    female = edit.blank(svc.catalog, "column:crm.customers.gender")
    female.values = ["female"]
    narrower = _spec(svc, edit.with_condition(draft, female, 1))   # gold members in Lyon who are women
    assert narrower["groups"] == [[vip, paris], [gold, lyon, _spec(svc, female)]]
    assert size(svc, narrower) == size(svc, vip, paris) + size(svc, gold, lyon, _spec(svc, female)) < size(svc, spec)


def test_an_alternative_removed_from_an_or_and_the_last_one_left_is_a_plain_card(svc):
    spec = _read(svc, "VIP customers in Paris or gold members in Lyon")
    (vip, paris), (gold, lyon) = spec["groups"]
    draft = edit.draft_of(spec, svc.catalog, AS_OF)
    left = _spec(svc, edit.without_alternative(draft, 0))
    assert left["groups"] == [[gold, lyon]] and len(draft.groups) == 2      # the draft itself is left as it was
    assert edit.unwrapped(left, "criteria") == [gold, lyon]       # ANDed as the cards are: a card each
    assert size(svc, *edit.unwrapped(left, "criteria")) == size(svc, left) == size(svc, gold, lyon)
    assert edit.unwrapped(left, "exclusions") == [left]      # 'except gold in Lyon' is not 'except gold, except Lyon'
    assert edit.unwrapped({**left, "negated": True}, "criteria") == [{**left, "negated": True}]
    with pytest.raises(ValueError, match="remove the card"):
        edit.without_alternative(edit.draft_of(left, svc.catalog, AS_OF), 0)

    vip, germany = (c.spec for c in _definition(svc, "VIP customers in Germany").criteria)
    or_draft = edit.draft_of(edit.or_spec(vip, germany), svc.catalog, AS_OF)
    assert edit.unwrapped(_spec(svc, edit.without_alternative(or_draft, 1)), "criteria") == [vip]
    # 'not (VIP or in Germany)' without Germany is 'not VIP': the plain card carries the negation
    or_draft.negated = True
    (not_vip,) = edit.unwrapped(_spec(svc, edit.without_alternative(or_draft, 1)), "exclusions")
    assert not_vip == {**vip, "negated": True} and edit.describe(not_vip, svc.catalog) == "Loyalty tier is not VIP"
    assert size(svc, not_vip) == size(svc) - size(svc, vip)
    twice = {**not_vip, "negated": True}       # a negated condition in a negated OR: negated twice, itself
    assert edit.unwrapped({"kind": "any_of", "negated": True, "groups": [[twice]]}, "criteria") == \
        [{**vip, "negated": False}]


def test_an_or_edited_in_its_card_round_trips_through_the_definition(svc):
    """Alternatives added and removed are a definition's like any edit: its hash, its words (in the request's
    language) and its SQL follow, and the card opens again on what was applied."""
    for request_, added in [("VIP customers in Paris or gold members in Lyon", " or Country is Germany"),
                            ("clients ayant acheté plus de 3 fois OU dépensé plus de 500€", " ou Allemagne")]:
        defn = edit.relabel(_definition(svc, request_), svc.catalog)
        c = defn.criteria[0]
        assert c.spec["kind"] == "any_of"
        germany = edit.blank(svc.catalog, "column:crm.customers.country")
        germany.values = ["DE"]
        wider = pipeline.criterion(svc, _spec(svc, edit.with_alternative(edit.draft_of(c.spec, svc.catalog, AS_OF),
                                                                         germany)), phrase=c.phrase, as_of=AS_OF)
        edited = edit.relabel(edit.spread(defn, "criteria", 0, [wider]), svc.catalog)
        assert edited.content_hash() != defn.content_hash() and edited.criteria[0].phrase == c.phrase
        assert edited.criteria[0].label.startswith(c.label) and edited.criteria[0].label.endswith(added), \
            edited.criteria[0].label
        assert "country = 'DE'" in pipeline.compile(svc, edited) and "country = 'DE'" not in pipeline.compile(svc, defn)
        assert pipeline.dry_run(svc, edited, sample_size=0).request_size == size(svc, wider.spec) > \
            pipeline.dry_run(svc, defn, sample_size=0).request_size
        reopened = edit.draft_of(edited.criteria[0].spec, svc.catalog, AS_OF)
        assert pipeline.criterion(svc, _spec(svc, reopened), as_of=AS_OF).sql == wider.sql
        back = [pipeline.criterion(svc, s, as_of=AS_OF) for s in
                edit.unwrapped(_spec(svc, edit.without_alternative(reopened, len(reopened.groups) - 1)), "criteria")]
        assert [b.sql for b in back] == [pipeline.criterion(svc, c.spec, as_of=AS_OF).sql]


def test_an_alternative_removed_stays_removed_through_a_follow_up(svc):
    defn = _definition(svc, "VIP customers in Paris or gold members in Lyon, who bought online in the last 6 months")
    c = defn.criteria[0]
    left = edit.unwrapped(_spec(svc, edit.without_alternative(edit.draft_of(c.spec, svc.catalog, AS_OF), 0)),
                          "criteria")
    cards = [pipeline.criterion(svc, s, phrase="" if n else c.phrase, as_of=AS_OF) for n, s in enumerate(left)]
    edited = edit.spread(defn, "criteria", 0, cards)
    after, _ = pipeline.refine(svc, edited, "make it 3 months", as_of=AS_OF)
    assert [p.spec for p in after.definition.criteria[:2]] == left and len(after.definition.criteria) == 3
    assert after.definition.criteria[2].spec["window"]["amount"] == 3


def test_an_or_of_exclusions_splits_into_exclusions_that_remove_the_same_customers(svc):
    defn = _definition(svc, "customers who bought online in the last 6 months, except VIP customers in Paris or "
                            "gold members in Lyon")
    spec = defn.exclusions[0].spec
    (vip, paris), (gold, lyon) = spec["groups"]
    split = edit.split_spec(spec, "exclusions")
    assert split == [{**spec, "groups": [[vip, paris]]}, {**spec, "groups": [[gold, lyon]]}]
    assert edit.split_spec(spec) == [vip, paris, gold, lyon]          # among the criteria: switched to AND
    assert edit.split_spec({**spec, "negated": True}, "exclusions") == [{**spec, "negated": True}]
    apart = edit.spread(defn, "exclusions", 0, [pipeline.criterion(svc, s, as_of=AS_OF) for s in split])
    assert len(apart.exclusions) == 2
    assert pipeline.dry_run(svc, apart, sample_size=0).final_size == pipeline.dry_run(svc, defn, sample_size=0).final_size
    either = edit.or_spec(vip, gold)
    assert edit.split_spec(either, "exclusions") == [vip, gold]


def test_a_birthday_in_the_coming_days_round_trips_and_is_offered(svc):
    """'a birthday in the next 7 days' opens as the birthday subject (month and day, any year) with its days as a
    window between two dates, and compiles to the same SQL; a new one can be made from the picker."""
    t = pipeline.translate(svc, "customers with a birthday in the next 7 days", as_of=AS_OF)
    c = t.definition.criteria[0]
    draft = edit.draft_of(c.spec, svc.catalog, AS_OF)
    assert draft.subject == "birthday:crm.customers.birth_date" and draft.window == "between"
    spec = edit.to_spec(draft, svc.catalog, AS_OF)
    assert spec["anniversary"] is True and pipeline.criterion(svc, spec, as_of=AS_OF).sql == c.sql
    assert edit.describe(spec, svc.catalog) == "Birth date: anniversary (any year) from 1 Oct 2026 to 7 Oct 2026"
    assert "birthday:crm.customers.birth_date" in {s.key for s in edit.subjects(svc.catalog)}


def test_a_behaviour_among_the_latest_of_another_round_trips_with_its_n_as_a_field(svc):
    """'none of the last five emails opened': the behaviour the latest are of is kept as read, their number is a
    field; changing it changes the audience."""
    t = pipeline.translate(svc, "customers who didn't open any of the last five emails we sent them", as_of=AS_OF)
    c = t.definition.criteria[0]
    draft = edit.draft_of(c.spec, svc.catalog, AS_OF)
    assert draft.latest == 5 and any("among their 5 latest" in w for w in edit.kept_words(draft, svc.catalog))
    spec = edit.to_spec(draft, svc.catalog, AS_OF)
    assert pipeline.criterion(svc, spec, as_of=AS_OF).sql == c.sql
    draft.latest = 2
    assert size(svc, edit.to_spec(draft, svc.catalog, AS_OF)) > size(svc, spec)
