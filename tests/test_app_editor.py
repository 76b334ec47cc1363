"""The app (AppTest): edit a criterion in place, add one from the catalog, AND/OR, versions with the diff,
the review evidence, marketer words, buttons by role and state, and errors that are messages."""
from __future__ import annotations

from streamlit.testing.v1 import AppTest

from assistant.translate.result import Translation

from tests.test_app import APP, app_env, build, page, texts  # noqa: F401 - app_env is a fixture

REQUEST = "VIP customers in Germany who bought online in the last 6 months"


def final_size(at) -> int:
    return int(next(m for m in at.metric if m.label == "Final audience").value.replace(",", ""))


def card_titles(at) -> list[str]:
    return [str(m.value) for m in at.markdown if str(m.value).startswith("**") and "·" in str(m.value)]


def test_edit_a_value_in_place(app_env):
    at = build(page("build", "maria"), REQUEST)
    before = final_size(at)
    assert at.selectbox(key="edit_c0_subject").value == "column:crm.customers.loyalty_tier"
    at.multiselect(key="edit_c0_values").set_value(["vip", "gold"])
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    first = card_titles(at)[0]
    assert "Loyalty tier is VIP or gold" in first and "edited by you" in first
    assert final_size(at) > before                      # the counts follow the edit
    assert "changed criterion: Loyalty tier is VIP -> Loyalty tier is VIP or gold" in texts(at)
    current, history = at.session_state["translation"], at.session_state["history"]
    assert isinstance(current, Translation) and all(isinstance(t, Translation) for t in history)  # typed, not JSON
    at.button(key="undo").click().run()
    assert "Loyalty tier is VIP**" in " ".join(card_titles(at)) and final_size(at) == before


def test_edit_an_event_count_and_window(app_env):
    at = build(page("build", "maria"), REQUEST)
    at.selectbox(key="edit_c2_count_op").set_value(">=").run()
    at.number_input(key="edit_c2_count").set_value(2.0)
    at.selectbox(key="edit_c2_unit").set_value("WEEK")
    at.number_input(key="edit_c2_amount").set_value(8)
    at.button(key="edit_c2_apply").click().run()
    assert not at.exception, at.exception
    assert "Online order at least twice in the last 8 weeks" in card_titles(at)[2]


def test_the_days_of_the_week_are_shown_changed_and_removed(app_env):
    """'at the weekend' read from the request is the card's days; Sundays alone keep fewer, none is any day."""
    at = build(page("build", "maria"), "customers who bought in store at the weekend in the last 3 months")
    weekend = final_size(at)
    days = at.multiselect(key="edit_c0_days")
    assert days.value == [6, 7] and days.options == ["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays",
                                                     "Saturdays", "Sundays"]
    assert "Store purchase at the weekend in the last 3 months" in card_titles(at)[0]
    days.set_value([7])
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    sundays = final_size(at)
    assert "Store purchase on Sundays in the last 3 months" in card_titles(at)[0] and 0 < sundays < weekend
    at.multiselect(key="edit_c0_days").set_value([])
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    assert "Store purchase in the last 3 months" in card_titles(at)[0] and final_size(at) > weekend


def test_a_place_against_their_own_is_shown_changed_and_removed(app_env):
    """'abroad' read from the request is the card's store country, other than theirs; their own keeps the others, and
    anywhere is every store purchase."""
    at = build(page("build", "maria"), "customers who bought in one of our stores abroad in the last 3 months")
    abroad = final_size(at)
    place = at.selectbox(key="edit_c0_own_store_country")
    assert place.value == "other" and place.options == ["Anywhere", "Their own", "Other than theirs"]
    assert at.selectbox(key="edit_c0_own_store_city").value == "any"
    assert "other than their country" in card_titles(at)[0]
    place.set_value("same")
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    home = final_size(at)
    assert "the same as their country" in card_titles(at)[0] and home > 0
    at.selectbox(key="edit_c0_own_store_country").set_value("any")
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    assert "their country" not in card_titles(at)[0] and final_size(at) > max(home, abroad)


def test_the_months_of_any_year_are_shown_changed_and_removed(app_env):
    """'every summer' read from the request is the card's months; December alone keeps fewer, none is any month."""
    at = build(page("build", "maria"), "customers who bought in store every summer in the last 3 years")
    summer = final_size(at)
    months = at.multiselect(key="edit_c0_year_months")
    assert months.value == [6, 7, 8] and months.options[0] == "January" and len(months.options) == 12
    assert "Store purchase in summer of any year in the last 36 months" in card_titles(at)[0]
    months.set_value([12])
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    december = final_size(at)
    assert "Store purchase in December of any year in the last 36 months" in card_titles(at)[0]
    assert 0 < december < summer
    at.multiselect(key="edit_c0_year_months").set_value([])
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    assert "Store purchase in the last 36 months" in card_titles(at)[0] and final_size(at) > summer


def test_the_hours_of_the_day_are_shown_changed_and_removed(app_env):
    """'between 8pm and midnight' read from the request is the card's hours; 11pm alone keeps fewer, none is any hour."""
    at = build(page("build", "maria"), "customers who bought in store between 6pm and midnight in the last 3 years")
    evening = final_size(at)
    hours = at.multiselect(key="edit_c0_hours")
    assert hours.value == [18, 19, 20, 21, 22, 23] and len(hours.options) == 24 and hours.options[23] == "23:00-23:59"
    assert "Store purchase after 6pm in the last 36 months" in card_titles(at)[0]
    hours.set_value([19])
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    seven = final_size(at)
    assert "Store purchase between 7pm and 8pm in the last 36 months" in card_titles(at)[0]
    assert 0 < seven < evening
    at.multiselect(key="edit_c0_hours").set_value([])
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    assert "Store purchase in the last 36 months" in card_titles(at)[0] and final_size(at) > evening


def test_pick_another_subject_and_a_calendar_period(app_env):
    at = build(page("build", "maria"), REQUEST)
    at.selectbox(key="edit_c1_subject").set_value("event:store_purchase").run()
    at.selectbox(key="edit_c1_window").set_value("period").run()
    at.selectbox(key="edit_c1_period").set_value("last_year")
    at.multiselect(key="edit_c1_dim_category").set_value(["shoes"])
    at.button(key="edit_c1_apply").click().run()
    assert not at.exception, at.exception
    assert "Store purchase from 1 Jan 2025 to 31 Dec 2025 (category shoes)" in card_titles(at)[1]


def test_add_a_criterion_from_the_catalog_without_typing(app_env):
    at = build(page("build", "maria"), "VIP customers")
    before = final_size(at)
    at.selectbox(key="edit_new_subject").set_value("column:crm.customers.country").run()
    at.multiselect(key="edit_new_values").set_value(["FR"])
    at.button(key="edit_new_apply").click().run()
    assert not at.exception, at.exception
    assert "Country is France" in card_titles(at)[1] and final_size(at) < before
    at.selectbox(key="edit_new_subject").set_value("column:crm.customers.loyalty_points").run()
    at.selectbox(key="edit_new_op").set_value(">=")
    at.number_input(key="edit_new_number").set_value(100000.0)
    at.radio(key="edit_new_role").set_value("exclusions")
    at.button(key="edit_new_apply").click().run()
    assert "except Not" not in " ".join(card_titles(at))
    assert any(t.startswith("**except Loyalty points at least 100000 points") for t in card_titles(at))


def test_move_between_criteria_and_exclusions_and_or_between_criteria(app_env):
    at = build(page("build", "maria"), "VIP customers in Germany")
    both = final_size(at)
    at.button(key="or_c0").click().run()
    assert "Loyalty tier is VIP or Country is Germany" in card_titles(at)[0] and final_size(at) > both
    # the OR card keeps the words of both: marked in the request as one criterion, none left unmarked
    import re
    marks = re.findall(r'title="([^"]*)">([^<]*)</mark>', texts(at))
    assert [(title.split(":")[0], words) for title, words in marks] == [("criterion", "VIP customers in Germany")], marks
    at.button(key="split_c0").click().run()
    assert len(card_titles(at)) == 2 and final_size(at) == both
    at.button(key="move_c1").click().run()
    assert card_titles(at)[1].startswith("**except Country is Germany")
    at.button(key="move_x0").click().run()
    assert len([t for t in card_titles(at) if t.startswith("**except")]) == 0 and final_size(at) == both


def test_submit_only_for_a_signed_in_marketer_and_a_non_empty_audience(app_env):
    assert "Sign in (sidebar) as a marketer" in texts(build(page("build"), REQUEST))
    reviewer = build(page("build", "rachel"), REQUEST)
    assert not [b for b in reviewer.button if b.key == "submit"] and "only marketers submit" in texts(reviewer)
    empty = build(page("build", "maria"), "customers with more than 1000000 loyalty points")
    assert not [b for b in empty.button if b.key == "submit"] and "This audience is empty" in texts(empty)
    assert "Nobody matches this audience" in texts(empty) and not empty.get("vega_lite_chart")


def test_marketer_words_charts_and_no_cli_flags(app_env):
    at = build(page("build", "maria"), REQUEST)
    words = texts(at)
    assert "crm.customers" not in " ".join(card_titles(at)) and "Loyalty tier is VIP" in words
    assert "--" not in words and "`audience" not in words
    charts = at.get("vega_lite_chart")
    assert len(charts) >= 2                         # funnel and waterfall at least (email policies remove people)
    headers = [list(d.value.columns) for d in at.dataframe]
    assert ["Channel", "Have a contact point", "Consented"] == headers[0][:3]


def test_a_long_request_is_a_message(app_env):
    at = page("build", "maria")
    at.text_area(key="request").set_value("VIP customers " * 2_000)
    at.button(key="build").click().run()
    assert not at.exception and len(at.session_state["request"]) <= 2_000     # the text box is capped


def test_a_corrupt_warehouse_is_a_message(app_env, monkeypatch, tmp_path):
    bad = tmp_path / "corrupt.duckdb"
    bad.write_bytes(b"this is not a database" * 100)
    monkeypatch.setenv("AUDIENCE_DB", str(bad))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception and at.error and "warehouse" in texts(at).lower()


def test_a_broken_catalog_is_a_message(app_env, monkeypatch, tmp_path):
    broken = tmp_path / "catalog.yaml"
    broken.write_text("name: x\nentity: [not, a, mapping]\n")
    monkeypatch.setenv("AUDIENCE_CATALOG", str(broken))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception and at.error


def test_versions_reject_revise_and_the_reviewer_sees_the_diff(app_env):
    at = build(page("build", "maria"), "gold customers in Spain")
    at.text_input(key="audience_name").set_value("Spanish gold")
    at.button(key="submit").click().run()
    assert "“Spanish gold” version 1 submitted" in texts(at)
    assert not [b for b in at.button if b.key == "submit"]       # a second click has nothing to press
    reviewer = page("review", "rachel")
    assert "Spanish gold · version 1" in str(reviewer.selectbox(key="review_version").format_func(
        reviewer.selectbox(key="review_version").value))
    assert "First version of this audience" in texts(reviewer) and reviewer.get("vega_lite_chart")
    assert "SQL" in [e.label for e in reviewer.expander]
    reviewer.text_input(key="review_comment").set_value("Add VIP customers too")
    reviewer.button(key="reject").click().run()
    assert "version 1 rejected" in texts(reviewer)

    author = page("audiences", "maria")
    assert "Add VIP customers too" in texts(author)
    author.button(key=[b.key for b in author.button if b.key and b.key.startswith("revise_")][0]).click().run()
    assert not author.exception, author.exception
    assert "Revising “Spanish gold”" in texts(author) and "Add VIP customers too" in texts(author)
    author.switch_page("views/build.py")           # AppTest stays on the page it was told; a browser follows
    author.multiselect(key="edit_c0_values").set_value(["gold", "vip"])
    author.button(key="edit_c0_apply").click().run()
    assert not author.exception, author.exception
    assert [b for b in author.button if b.key == "submit"], texts(author)
    author.button(key="submit").click().run()
    assert "“Spanish gold” version 2 submitted" in texts(author)

    second = page("review", "sam")
    words = texts(second)
    assert "What changed since version 1" in words
    assert "changed criterion: Loyalty tier is gold -> Loyalty tier is gold or VIP" in words
    assert "Final size:" in words
    second.button(key="approve").click().run()
    assert "“Spanish gold” version 2 approved" in texts(second)
    listing = page("audiences", "maria")
    assert [d.value["Latest version"].tolist() for d in listing.dataframe][0] == [2]


def test_a_free_text_dimension_is_picked_from_the_warehouse_values(app_env):
    """'Nike' read from the request is a choice among the warehouse's brands; another brand and a store city are added."""
    at = build(page("build", "maria"), "customers who bought Nike in store in the last 6 months")
    nike = final_size(at)
    brand = at.multiselect(key="edit_c0_dim_brand")
    assert brand.value == ["Nike"] and "Adidas" in brand.options and "Paris" in at.multiselect(key="edit_c0_dim_store_city").options
    brand.set_value(["Nike", "Adidas"])
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    both = final_size(at)
    assert "brand Nike or Adidas" in card_titles(at)[0] and both > nike
    at.multiselect(key="edit_c0_dim_store_city").set_value(["Paris"])
    at.button(key="edit_c0_apply").click().run()
    assert "store city Paris" in card_titles(at)[0] and final_size(at) < both


def test_a_follow_up_keeps_the_cards_you_edited(app_env):
    at = build(page("build", "maria"), REQUEST)
    at.multiselect(key="edit_c0_values").set_value(["vip", "gold"])
    at.button(key="edit_c0_apply").click().run()
    at.text_input(key="followup").set_value("make it 3 months")
    at.button(key="apply").click().run()
    assert not at.exception, at.exception
    titles = card_titles(at)
    assert "Loyalty tier is VIP or gold" in titles[0] and "edited by you" in titles[0]     # the edit is still there
    assert "Online order in the last 3 months" in " ".join(titles)                       # and the follow-up applied
    assert "go back to what the request says" not in texts(at)
    at.text_input(key="followup").set_value("also exclude people who unsubscribed")
    at.button(key="apply").click().run()
    titles = card_titles(at)
    assert "Loyalty tier is VIP or gold" in titles[0] and any(t.startswith("**except") for t in titles)


def understood(at) -> str:
    return next(str(m.value) for m in at.markdown if str(m.value).startswith("**Understood:**"))


def test_a_removed_card_stays_removed_through_a_follow_up_and_is_shown_removed(app_env):
    at = build(page("build", "maria"), REQUEST)
    at.button(key="remove_c1").click().run()                     # Country is Germany
    at.multiselect(key="edit_c0_values").set_value(["vip", "gold"])
    at.button(key="edit_c0_apply").click().run()
    at.text_input(key="followup").set_value("also exclude people who unsubscribed")
    at.button(key="apply").click().run()
    assert not at.exception, at.exception
    titles = card_titles(at)
    assert not any("Germany" in t for t in titles), titles                # the removed card did not come back
    assert "Loyalty tier is VIP or gold" in titles[0] and any(t.startswith("**except Unsubscribed") for t in titles)
    assert 'title="removed by you' in understood(at) and ">Germany</mark>" in understood(at)   # its words: marked
    assert "Removed by you" in texts(at) and "“Germany” (Country is Germany)" in texts(at)
    at.text_input(key="audience_name").set_value("No Germany")
    at.button(key="submit").click().run()
    reviewer = page("review", "rachel")                           # the reviewer reads why 'Germany' selects no one
    assert "Removed by the author" in texts(reviewer) and "“Germany”" in texts(reviewer)


def test_undo_restores_exactly_the_state_before_a_removal_and_before_a_follow_up(app_env):
    at = build(page("build", "maria"), REQUEST)
    at.multiselect(key="edit_c0_values").set_value(["vip", "gold"])
    at.button(key="edit_c0_apply").click().run()
    edited = (at.session_state["translation"], at.session_state["request"], card_titles(at), final_size(at))
    at.button(key="remove_c1").click().run()
    removed = (at.session_state["translation"], at.session_state["request"], card_titles(at), final_size(at))
    at.text_input(key="followup").set_value("make it 3 months")
    at.button(key="apply").click().run()
    assert at.session_state["request"].endswith("in the last 3 months") and "Removed by you" in texts(at)
    at.button(key="undo").click().run()
    assert (at.session_state["translation"], at.session_state["request"], card_titles(at), final_size(at)) == removed
    assert "Removed by you" in texts(at)
    at.button(key="undo").click().run()
    assert (at.session_state["translation"], at.session_state["request"], card_titles(at), final_size(at)) == edited
    assert "Removed by you" not in texts(at) and "Country is Germany" in card_titles(at)[1]


def test_a_follow_up_that_asks_a_question_keeps_the_audience_until_answered(app_env):
    at = build(page("build", "maria"), REQUEST)
    at.multiselect(key="edit_c0_values").set_value(["vip", "gold"])
    at.button(key="edit_c0_apply").click().run()
    at.button(key="remove_c1").click().run()
    shown = (at.session_state["translation"], card_titles(at))
    at.text_input(key="followup").set_value("also engaged customers")
    at.button(key="apply").click().run()
    assert not at.exception, at.exception
    assert (at.session_state["translation"], card_titles(at)) == shown      # nothing replaced while it asks
    assert 'What does "engaged" mean' in texts(at) and at.session_state["request"] == REQUEST
    assert not [b for b in at.button if b.key == "submit"]               # not submitted with the question open
    at.button(key="followup_clarify_0_0").click().run()
    titles = card_titles(at)
    assert "Loyalty tier is VIP or gold" in titles[0] and "edited by you" in titles[0]
    assert len(titles) == 3 and "Message opened in the last 90 days" in titles[2] and "Removed by you" in texts(at)
    assert 'What does "engaged" mean' not in texts(at) and [b for b in at.button if b.key == "submit"]
    at.button(key="undo").click().run()
    assert (at.session_state["translation"], card_titles(at)) == shown
    at.text_input(key="followup").set_value("exclude engaged customers")
    at.button(key="apply").click().run()
    at.button(key="followup_cancel_0").click().run()                     # never mind: the question goes
    assert 'What does "engaged" mean' not in texts(at) and (at.session_state["translation"], card_titles(at)) == shown


AFTER_EMAIL = "customers who received an email in August and then bought something within 5 days of getting it"


def _expected_size(at, index: int, **changes) -> int:
    """The final size of the audience first built, with criterion `index`'s spec changed as said: computed by the
    pipeline, not the page, on the definition the page was given before the edit."""
    import sys

    from assistant import pipeline

    svc = sys.modules["resources"].services()      # the app's own (a DuckDB file is opened once per process)
    first = at.session_state["history"][-1].definition
    spec = {**first.criteria[index].spec, **changes}
    criteria = list(first.criteria)
    criteria[index] = pipeline.criterion(svc, spec, as_of=first.resolved_as_of())
    defn = first.model_copy(update={"criteria": criteria, "channel": "email"})
    return pipeline.dry_run(svc, defn, sample_size=0).final_size


def test_changing_the_period_of_a_behaviour_after_another_keeps_the_after(app_env):
    at = build(page("build", "maria"), AFTER_EMAIL)
    read = at.session_state["translation"].definition.criteria[1].spec
    assert at.number_input(key="edit_c1_within").value == 5
    assert "Kept as read: counted only after (Message received from 1 Aug 2026 to 31 Aug 2026 (channel email))" \
        in texts(at)
    at.selectbox(key="edit_c1_window").set_value("last").run()
    at.number_input(key="edit_c1_amount").set_value(1)
    at.selectbox(key="edit_c1_unit").set_value("MONTH")
    at.button(key="edit_c1_apply").click().run()
    assert not at.exception, at.exception
    edited = at.session_state["translation"].definition.criteria[1].spec
    assert edited["after"] == read["after"] and edited["window"]["amount"] == 1
    assert "within 5 days after (Message received" in card_titles(at)[1] and "in the last 1 month" in card_titles(at)[1]
    assert final_size(at) == _expected_size(at, 1, window=edited["window"])


def test_changing_the_period_and_share_of_a_ranking_keeps_what_it_is_ranked_among(app_env):
    at = build(page("build", "maria"), "top 10% of our Spanish customers by spend in 2025")
    read = at.session_state["translation"].definition.criteria[0].spec
    assert at.number_input(key="edit_c0_rank").value == 10
    at.selectbox(key="edit_c0_period").set_value("this_year")
    at.number_input(key="edit_c0_rank").set_value(20.0)
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    edited = at.session_state["translation"].definition.criteria[0].spec
    assert edited["among"] == read["among"] and edited["rank"] == 20 and edited["window"]["start"].endswith("-01-01")
    assert card_titles(at)[0].startswith("**1. Top 20% among Country is Spain by spend")
    assert final_size(at) == _expected_size(at, 0, window=edited["window"], rank=20.0) > 0


def test_the_n_of_a_ranking_is_a_field(app_env):
    at = build(page("build", "maria"), "the 50 customers who spent the most in 2025")
    assert at.number_input(key="edit_c0_top").value == 50
    at.number_input(key="edit_c0_top").set_value(20)
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    edited = at.session_state["translation"].definition.criteria[0].spec
    assert edited["kind"] == "top" and edited["n"] == 20 and edited["source"]["window"]["start"] == "2025-01-01"
    assert final_size(at) == _expected_size(at, 0, n=20)


def test_a_free_text_city_is_picked_among_the_warehouse_values(app_env):
    """'customers in Paris' had no fields (a city is no closed list): its values are the warehouse's own cities."""
    at = build(page("build", "maria"), "VIP customers in Paris")
    paris = final_size(at)
    city = at.multiselect(key="edit_c1_values")
    assert at.selectbox(key="edit_c1_subject").value == "column:crm.customers.city"
    assert city.value == ["Paris"] and "Lyon" in city.options and "cannot be changed field by field" not in texts(at)
    city.set_value(["Paris", "Lyon"])
    at.button(key="edit_c1_apply").click().run()
    assert not at.exception, at.exception
    assert "City is Paris or Lyon" in card_titles(at)[1]
    assert final_size(at) == _expected_size(at, 1, values=["Paris", "Lyon"]) > paris


def test_a_count_range_and_an_amount_on_a_measure_are_fields_kept_when_the_period_changes(app_env):
    """'between 2 and 5 times' and 'an average satisfaction score of 2 or less' had no widget: applying the card
    dropped them."""
    at = build(page("build", "maria"), "customers who ordered online between 2 and 5 times")
    assert at.selectbox(key="edit_c0_count_op").value == "between" and at.number_input(key="edit_c0_count_upper").value == 5
    at.selectbox(key="edit_c0_window").set_value("last").run()
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    count = at.session_state["translation"].definition.criteria[0].spec["count"]
    assert (count["value"], count["upper"]) == (2, 5) and "between 2 and 5 times" in card_titles(at)[0]
    at = build(page("build", "maria"), "customers with an average satisfaction score of 2 or less on support tickets")
    assert at.selectbox(key="edit_c0_spend_op").value == "<=" and at.number_input(key="edit_c0_spend").value == 2
    at.selectbox(key="edit_c0_window").set_value("last").run()
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    spec = at.session_state["translation"].definition.criteria[0].spec
    assert spec["measure"] == "satisfaction" and spec["average"] and spec["amount"]["value"] == 2
    assert "average satisfaction score at most 2 in the last 6 months" in card_titles(at)[0]


# -- the kinds made of other parts, or read as a whole, are edited field by field ---------------------------------------

def _edited(at, role: str = "criteria", index: int = 0) -> dict:
    return getattr(at.session_state["translation"].definition, role)[index].spec


def _size_of(at, role: str, index: int, spec: dict) -> int:
    """The final size of the audience first built with part `index` of `role` replaced by `spec` (appended when
    `index` is past the end), by the pipeline."""
    import sys

    from assistant import pipeline

    svc = sys.modules["resources"].services()
    first = at.session_state["history"][-1].definition
    parts = list(getattr(first, role))
    parts[index:index + 1] = [pipeline.criterion(svc, spec, as_of=first.resolved_as_of())]
    defn = first.model_copy(update={role: parts, "channel": "email"})
    return pipeline.dry_run(svc, defn, sample_size=0).final_size


def test_a_comparison_s_margin_and_one_side_s_period_are_edited(app_env):
    at = build(page("build", "maria"), "customers who spent 100 euros more online than in store")
    assert "cannot be changed field by field" not in texts(at)
    assert at.selectbox(key="edit_c0_subject").value == "versus:" and at.number_input(key="edit_c0_margin").value == 100
    assert at.selectbox(key="edit_c0_l_subject").value == "event:online_order"
    assert at.selectbox(key="edit_c0_r_subject").value == "event:store_purchase"
    at.number_input(key="edit_c0_margin").set_value(300.0)
    at.selectbox(key="edit_c0_l_window").set_value("last").run()
    at.number_input(key="edit_c0_l_amount").set_value(6)
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    spec = _edited(at)
    assert spec["margin"] == 300 and spec["left"]["window"]["amount"] == 6 and spec["right"]["window"] is None
    assert "Spent at least 300 EUR more on (Online order in the last 6 months) than on (Store purchase)" \
        in card_titles(at)[0]
    assert final_size(at) == _size_of(at, "criteria", 0, spec) > 0


def test_a_count_of_different_values_gets_another_number_and_dimension(app_env):
    at = build(page("build", "maria"), "customers who bought in at least 3 different categories")
    assert at.selectbox(key="edit_c0_dimension").value == "category" and at.number_input(key="edit_c0_number").value == 3
    at.number_input(key="edit_c0_number").set_value(4.0)
    at.selectbox(key="edit_c0_dimension").set_value("brand")
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    spec = _edited(at)
    assert (spec["dimension"], spec["comparison"]["value"]) == ("brand", 4)
    assert "At least 4 different brand values across (Store purchase or online order)" in card_titles(at)[0]
    assert final_size(at) == _size_of(at, "criteria", 0, spec) > 0


def test_an_alternative_of_an_or_is_edited_in_place(app_env):
    at = build(page("build", "maria"), "VIP customers in Paris or gold members in Lyon")
    read = _edited(at)
    assert at.multiselect(key="edit_c0_g1_0_values").value == ["gold"]
    assert at.multiselect(key="edit_c0_g1_1_values").value == ["Lyon"]
    at.multiselect(key="edit_c0_g1_0_values").set_value(["gold", "silver"])
    at.multiselect(key="edit_c0_g0_1_values").set_value(["Paris", "Marseille"])
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    spec = _edited(at)
    assert spec["groups"][0][0] == read["groups"][0][0] and spec["groups"][1][1] == read["groups"][1][1]
    assert spec["groups"][1][0]["values"] == ["gold", "silver"]
    assert spec["groups"][0][1]["values"] == ["Paris", "Marseille"]
    assert "(Loyalty tier is VIP and City is Paris or Marseille) or (Loyalty tier is gold or silver and City is Lyon)" \
        in card_titles(at)[0]
    assert final_size(at) == _size_of(at, "criteria", 0, spec) > 0


def test_a_flag_a_value_on_file_months_and_a_ranking_by_a_number_are_edited(app_env):
    at = build(page("build", "maria"), "customers who opted in to SMS, excluding those with no email on file")
    assert "Kept as read: only customers with opted in set to yes" in texts(at)
    at.multiselect(key="edit_c0_values").set_value(["email"])
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    assert "Consent channel is email (opted in)" in card_titles(at)[0] and _edited(at)["kind"] == "flag_value"
    assert final_size(at) == _size_of(at, "criteria", 0, _edited(at))
    at = build(page("build", "maria"), "customers who opted in to SMS, excluding those with no email on file")
    assert at.selectbox(key="edit_x0_known").value is False
    at.selectbox(key="edit_x0_column").set_value("crm.customers.phone")
    at.button(key="edit_x0_apply").click().run()
    assert not at.exception, at.exception
    assert any(t.startswith("**except No phone on file") for t in card_titles(at))
    assert final_size(at) == _size_of(at, "exclusions", 0, _edited(at, "exclusions", 0))

    at = build(page("build", "maria"), "customers whose birthday is in October")
    assert at.multiselect(key="edit_c0_values").value == [10] and "October" in at.multiselect(key="edit_c0_values").options
    at.multiselect(key="edit_c0_values").set_value([10, 11])
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    assert "Birth date in October or November" in card_titles(at)[0] and _edited(at)["months"] == [10, 11]
    assert final_size(at) == _size_of(at, "criteria", 0, _edited(at))

    at = build(page("build", "maria"), "the 100 customers with the most loyalty points")
    at.selectbox(key="edit_c0_keep").set_value("percent").run()
    at.number_input(key="edit_c0_rank").set_value(5.0)
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    spec = _edited(at)
    assert (spec["n"], spec["percent"], spec["column"]) == (None, 5, "crm.customers.loyalty_points")
    assert "Top 5% of customers by loyalty points" in card_titles(at)[0]
    assert final_size(at) == _size_of(at, "criteria", 0, spec) > 0


def test_a_comparison_and_a_ranking_by_a_number_are_added_from_the_catalog(app_env):
    """A misread criterion can be replaced by one of these kinds too: they are subjects of the picker."""
    at = build(page("build", "maria"), "VIP customers")
    at.selectbox(key="edit_new_subject").set_value("versus:").run()
    assert at.selectbox(key="edit_new_l_subject").value == "event:store_purchase"
    at.selectbox(key="edit_new_r_subject").set_value("event:online_order").run()
    at.selectbox(key="edit_new_how").set_value("margin").run()
    at.number_input(key="edit_new_margin").set_value(50.0)
    at.button(key="edit_new_apply").click().run()
    assert not at.exception, at.exception
    spec = _edited(at, "criteria", 1)
    assert (spec["kind"], spec["margin"], spec["measure"]) == ("versus", 50, "amount")
    assert "Spent at least 50 EUR more on (Store purchase) than on (Online order)" in card_titles(at)[1]
    assert final_size(at) == _size_of(at, "criteria", 1, spec) > 0
    at.selectbox(key="edit_new_subject").set_value("top:").run()
    assert at.selectbox(key="edit_new_column").value == "column:crm.customers.loyalty_points"
    at.number_input(key="edit_new_top").set_value(30)
    at.radio(key="edit_new_role").set_value("criteria")
    at.button(key="edit_new_apply").click().run()
    assert not at.exception, at.exception
    assert "Top 30 customers by loyalty points" in card_titles(at)[2] and _edited(at, "criteria", 2)["n"] == 30


def _sized(at, role: str, index: int, *specs: dict) -> int:
    """The final size of the audience first built with part `index` of `role` replaced by one part per spec."""
    import sys

    from assistant import pipeline

    svc = sys.modules["resources"].services()
    first = at.session_state["history"][0].definition
    parts = list(getattr(first, role))
    parts[index:index + 1] = [pipeline.criterion(svc, spec, as_of=first.resolved_as_of()) for spec in specs]
    return pipeline.dry_run(svc, first.model_copy(update={role: parts, "channel": "email"}), sample_size=0).final_size


def test_an_or_gains_an_alternative_loses_one_and_its_last_one_is_a_plain_card(app_env):
    at = build(page("build", "maria"), "VIP customers in Paris or gold members in Lyon")
    read = _edited(at)
    (vip, paris), (gold, lyon) = read["groups"]
    germany = {"kind": "value", "column": "crm.customers.country", "values": ["DE"], "negated": False}
    assert at.selectbox(key="edit_c0_alt_subject").value is None
    at.selectbox(key="edit_c0_alt_subject").set_value("column:crm.customers.country").run()
    at.multiselect(key="edit_c0_alt_values").set_value(["DE"])
    at.multiselect(key="edit_c0_g1_0_values").set_value(["gold", "silver"])     # a field edited too: applied with it
    at.button(key="edit_c0_alt_apply").click().run()
    assert not at.exception, at.exception
    silver = {**gold, "values": ["gold", "silver"]}
    assert [[c["values"] for c in g] for g in _edited(at)["groups"]] == \
        [[["vip"], ["Paris"]], [["gold", "silver"], ["Lyon"]], [["DE"]]]
    assert "(Loyalty tier is VIP and City is Paris) or (Loyalty tier is gold or silver and City is Lyon) or Country " \
           "is Germany" in card_titles(at)[0] and "edited by you" in card_titles(at)[0]
    three = final_size(at)
    assert three == _sized(at, "criteria", 0, {**read, "groups": [[vip, paris], [silver, lyon], [germany]]})

    at.button(key="edit_c0_drop_g0").click().run()
    assert not at.exception, at.exception
    assert "(Loyalty tier is gold or silver and City is Lyon) or Country is Germany" in card_titles(at)[0]
    two = final_size(at)
    assert two == _sized(at, "criteria", 0, {**read, "groups": [[silver, lyon], [germany]]}) != three

    at.button(key="edit_c0_drop_g1").click().run()        # one alternative left: its conditions are cards (ANDed)
    assert not at.exception, at.exception
    titles = card_titles(at)
    assert "Loyalty tier is gold or silver" in titles[0] and "City is Lyon" in titles[1] and len(titles) == 2
    assert not [b for b in at.button if b.key == "split_c0"]          # plain cards: no OR left to switch
    assert final_size(at) == _sized(at, "criteria", 0, silver, lyon) < two
    at.button(key="undo").click().run()
    assert final_size(at) == two


def test_one_condition_of_an_alternative_is_removed_and_another_added(app_env):
    at = build(page("build", "maria"), "VIP customers in Paris or gold members in Lyon")
    read = _edited(at)
    (vip, paris), (gold, lyon) = read["groups"]
    both = final_size(at)
    assert not [b for b in at.button if b.key == "edit_c0_g1_add_apply"]          # folded until asked for
    at.button(key="edit_c0_drop_g0_1").click().run()           # 'in Paris' removed: every VIP customer
    assert not at.exception, at.exception
    assert [[c["values"] for c in g] for g in _edited(at)["groups"]] == [[["vip"]], [["gold"], ["Lyon"]]]
    assert "Loyalty tier is VIP or (Loyalty tier is gold and City is Lyon)" in card_titles(at)[0]
    wider = final_size(at)
    assert wider == _sized(at, "criteria", 0, {**read, "groups": [[vip], [gold, lyon]]}) > both
    assert not [b for b in at.button if b.key.startswith("edit_c0_drop_g0_")]    # one condition left in it
    at.toggle(key="open_c0_g1_add").set_value(True).run()
    at.selectbox(key="edit_c0_g1_add_subject").set_value("column:crm.customers.gender").run()
    at.multiselect(key="edit_c0_g1_add_values").set_value(["female"])
    at.button(key="edit_c0_g1_add_apply").click().run()
    assert not at.exception, at.exception
    groups = _edited(at)["groups"]
    assert [[c["values"] for c in g] for g in groups] == [[["vip"]], [["gold"], ["Lyon"], ["female"]]]
    assert final_size(at) == _sized(at, "criteria", 0, {**read, "groups": groups}) < wider
    at.button(key="undo").click().run()
    assert final_size(at) == wider


def test_an_or_card_of_a_french_request_is_edited_in_french_words(app_env):
    at = build(page("build", "maria"), "clients ayant acheté plus de 3 fois OU dépensé plus de 500€")
    read = _edited(at)
    thrice, spent = (g[0] for g in read["groups"])
    title = card_titles(at)[0]
    assert "ou" in title and "(plus de 3 fois)" in title
    at.selectbox(key="edit_c0_alt_subject").set_value("column:crm.customers.loyalty_tier").run()
    at.multiselect(key="edit_c0_alt_values").set_value(["vip"])
    at.button(key="edit_c0_alt_apply").click().run()
    assert not at.exception, at.exception
    vip = {"kind": "value", "column": "crm.customers.loyalty_tier", "values": ["vip"], "negated": False}
    assert card_titles(at)[0].split(" · ")[0].endswith("ou VIP**  \n:gray[edited by you"), card_titles(at)[0]
    assert final_size(at) == _sized(at, "criteria", 0, {**read, "groups": [[thrice], [spent], [vip]]})
    at.button(key="edit_c0_drop_g1").click().run()
    at.button(key="edit_c0_drop_g0").click().run()
    assert not at.exception, at.exception
    titles = card_titles(at)
    assert len(titles) == 1 and titles[0].startswith("**1. VIP**"), titles
    assert final_size(at) == _sized(at, "criteria", 0, vip)


def test_an_or_of_exclusions_loses_an_alternative_or_splits_into_exclusions(app_env):
    at = build(page("build", "maria"), "customers who bought online in the last 6 months, except VIP customers in "
                                       "Paris or gold members in Lyon")
    both = final_size(at)
    (vip, paris), (gold, lyon) = _edited(at, "exclusions")["groups"]
    at.button(key="split_x0").click().run()
    assert not at.exception, at.exception
    excepts = [t for t in card_titles(at) if t.startswith("**except")]
    assert len(excepts) == 2 and "Loyalty tier is VIP and City is Paris" in excepts[0], excepts
    assert final_size(at) == both
    assert 'title="exclusion: (Loyalty tier is VIP and City is Paris)">VIP customers in Paris or gold members in ' \
           'Lyon</mark>' in texts(at)                  # its words are still marked as read
    at.button(key="undo").click().run()
    at.button(key="edit_x0_drop_g0").click().run()     # one alternative of two conditions: still one exclusion
    assert not at.exception, at.exception
    excepts = [t for t in card_titles(at) if t.startswith("**except")]
    assert len(excepts) == 1 and "Loyalty tier is gold and City is Lyon" in excepts[0], excepts
    read = at.session_state["history"][0].definition.exclusions[0].spec
    assert final_size(at) == _sized(at, "exclusions", 0, {**read, "groups": [[gold, lyon]]}) > both
    assert not [b for b in at.button if b.key in ("split_x0", "edit_x0_drop_g0")]


def test_exactly_one_alternative_is_shown_and_unticked(app_env):
    """'in store or online but not both' is a card of alternatives with 'exactly one' ticked; unticked, those who did
    both are in too."""
    at = build(page("build", "maria"), "customers who bought in store or online but not both")
    one = final_size(at)
    box = at.checkbox(key="edit_c0_exclusive")
    assert box.value is True and "Exactly one of:" in card_titles(at)[0]
    box.set_value(False)
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    assert "Exactly one of" not in card_titles(at)[0] and final_size(at) > one


def test_the_same_value_counted_is_shown_and_switched(app_env):
    """'the same brand 3 times or more' is a count of one value's events; switched, it counts different brands."""
    at = build(page("build", "maria"), "customers who bought the same brand 3 times or more")
    same = final_size(at)
    radio = at.radio(key="edit_c0_count")
    assert radio.value == "same" and "At least 3 times the same brand" in card_titles(at)[0]
    radio.set_value("different")
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    assert "At least 3 different brand" in card_titles(at)[0] and final_size(at) != same


def test_the_count_in_one_event_is_shown_and_switched(app_env):
    """'3 different brands in a single order' counts one order's brands; switched, the brands of all their orders
    (more customers reach 3)."""
    at = build(page("build", "maria"), "customers who bought at least 3 different brands in a single order")
    one = final_size(at)
    radio = at.radio(key="edit_c0_count")
    assert radio.value == "per_event" and "within one single event" in card_titles(at)[0]
    radio.set_value("different")
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    assert "within one single event" not in card_titles(at)[0] and final_size(at) > one


def test_a_time_between_events_gets_another_number_unit_and_time(app_env):
    """'more than 3 years between their first and latest purchase': the time (first to latest, or on average from one to
    the next), its number and unit are fields."""
    at = build(page("build", "maria"), "customers with more than 3 years between their first and their latest purchase")
    assert at.radio(key="edit_c0_between").value == "span" and at.selectbox(key="edit_c0_spacing_unit").value == "YEAR"
    at.radio(key="edit_c0_between").set_value("gap")
    at.selectbox(key="edit_c0_op").set_value("<")
    at.number_input(key="edit_c0_number").set_value(30.0)
    at.selectbox(key="edit_c0_spacing_unit").set_value("DAY")
    at.button(key="edit_c0_apply").click().run()
    assert not at.exception, at.exception
    spec = _edited(at)
    assert (spec["between"], spec["unit"], spec["comparison"]["op"], spec["comparison"]["value"]) == ("gap", "DAY", "<", 30)
    assert "Less than 30 days on average from one to the next of (Store purchase or online order)" in card_titles(at)[0]
    assert final_size(at) == _size_of(at, "criteria", 0, spec) > 0
