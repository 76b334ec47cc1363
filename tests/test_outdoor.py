"""The outdoor chain: a warehouse and catalog nobody tuned the translator for (evals/outdoor/README.md).

Builds the warehouse from its committed script, checks the hand-finished catalog on it, and replays the blind
golden set with a floor at its measured score, so the figure cannot drop without a test saying so."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from assistant.demo.golden import golden_warehouse
from assistant.edges.warehouse.duckdb import DuckDBWarehouse
from assistant.evals import CATALOGS, load_golden, run_eval, summarize
from assistant.package_data import evals_dir
from assistant.translate.offline.translator import OfflineTranslator
from assistant.translate.value_index import load_or_build
from assistant.sql.compile import compile_sql
from schema_catalog import load_catalog, names
from schema_catalog.check import check_catalog
from schema_catalog.draft import draft_catalog

GOLDEN = evals_dir() / "outdoor" / "outdoor_golden.yaml"
AS_OF = dt.date(2026, 9, 30)
# The blind score was 48/60 matches and 1 silent-wrong (evals/outdoor/README.md), 52 after the catalog edits that
# README lists; the floor is the score after the translator fixes of its failures' causes (the set is no longer
# blind). Raise it when a change lifts the score; never lower it.
MIN_MATCHES = 58
# 'more than 10 items' counted purchases ('items' a grammar word): now asked about, as no measure names 'items'
KNOWN_SILENT_WRONG: set[str] = set()


@pytest.fixture(scope="module")
def db(eval_cache) -> Path:
    return golden_warehouse("outdoor", eval_cache)


def test_the_warehouse_is_built_from_its_script_with_its_as_of(db):
    with DuckDBWarehouse(db) as wh:
        assert wh.query("SELECT as_of FROM meta.warehouse").rows == [(AS_OF,)]
        assert wh.query("SELECT count(*) FROM dw.dim_member").rows == [(5000,)]


def test_the_catalog_checks_clean_on_its_warehouse(db):
    with DuckDBWarehouse(db) as wh:
        report = check_catalog(load_catalog(CATALOGS["outdoor"]), wh, as_of=AS_OF)
    assert report.errors == [] and report.warnings == [], report.errors + report.warnings


def test_the_golden_set_stays_at_its_measured_score(db, eval_cache):
    outcomes = run_eval(lambda catalog, wh: OfflineTranslator(catalog, load_or_build(wh, catalog, eval_cache / "values")),
                        eval_cache, load_golden([GOLDEN]))
    assert len(outcomes) == 60
    matches = [o.id for o in outcomes if o.match]
    silent = [o.id for o in outcomes if o.silent_wrong]
    assert len(matches) >= MIN_MATCHES, sorted(o.id for o in outcomes if not o.match)
    assert set(silent) <= KNOWN_SILENT_WRONG, silent
    assert summarize(outcomes)["overall"]["right_or_flagged"] >= 59 / 60


def test_an_event_dated_on_the_customer_table_keeps_its_columns_attributes(db, tmp_path):
    """A 'joined' event on dw.dim_member (dated by its join date key) used to take the member table out of the
    profile tables: every tier, region and gender word went unread. The entity table has one row per customer,
    so its columns stay attributes whatever event is dated by one of them."""
    text = CATALOGS["outdoor"].read_text()
    event = ("  signup:\n    label: sign-up\n    kind: join\n    table: dw.dim_member\n    customer_key: member_sk\n"
             "    dated_by: join_date\n    synonyms: [signed up, joined the club]\n\n")
    path = tmp_path / "outdoor_signup.yaml"
    path.write_text(text.replace("\nglossary:\n", "\n" + event + "glossary:\n", 1))
    catalog = load_catalog(path)
    with DuckDBWarehouse(db) as wh:
        report = check_catalog(catalog, wh, as_of=AS_OF)
        assert report.errors == [] and report.warnings == [], report.errors + report.warnings
        result = OfflineTranslator(catalog).translate("platinum members in Brittany who signed up in 2025", as_of=AS_OF)
        assert result.status == "ok", result
        got = {r[0] for r in wh.query(compile_sql(result.definition, catalog), max_rows=10_000).rows}
        want = {r[0] for r in wh.query(
            "SELECT m.member_sk FROM dw.dim_member m JOIN dw.dim_date d ON d.date_sk = m.join_date_sk "
            "WHERE m.club_tier_cd = 'PLT' AND m.home_region_cd = 'BRE' AND d.cal_year = 2025").rows}
    assert want and got == want


def test_the_draft_reads_a_kimball_star(db):
    """The walk-through's first step on this warehouse: the draft used to miss fact_receipt_line.shop_sk ->
    dim_shop.shop_sk (dim_shop's columns all start with shop_, read as a prefix), leave the calendar's year,
    quarter and month out, and call the customer 'dim member' and events 'fact return'."""
    with DuckDBWarehouse(db) as wh:
        text = draft_catalog(wh, name="outdoor", source_note="test").text
    data = yaml.safe_load(text)
    rels = {r["from"]: (r["name"], r["to"]) for r in data["relationships"]}
    assert rels["dw.fact_receipt_line.shop_sk"] == ("shop", "dw.dim_shop.shop_sk")
    assert data["date_dimension"] == {"table": "dw.dim_date", "key": "date_sk", "date": "full_date",
                                      "year": "cal_year", "quarter": "cal_quarter", "month": "cal_month"}
    assert (data["entity"]["name"], data["entity"]["plural"]) == ("member", "members")
    assert data["events"]["fact_return"]["label"] == "return"
    assert set(data["tables"]["dw.dim_shop"]["columns"]["shop_type_cd"]["values"]) == {"FLAG", "CITY", "MTN", "OUTL", "ECOM"}
    # consent per channel was drafted as an event of kind 'consent'; consent and opt-outs are policies to declare
    assert "member_consent" not in data["events"] and "policies" not in data
    assert "# TODO(policy): mkt.member_consent reads as consent from its name" in text
    assert "# TODO(policy): mkt.member_optout reads as suppression from its name" in text


@pytest.mark.parametrize("table,kind", [("member_optout", "suppression"), ("do_not_contact", "suppression"),
                                        ("email_opt_in", "consent"), ("consents", "consent"), ("sales", None),
                                        ("subscriptions", None), ("optician_visits", None)])
def test_consent_and_opt_out_tables_are_named_for_policies(table, kind):
    assert names.policy_kind(table) == kind


@pytest.mark.parametrize("column,prefix,table,stem", [
    ("shop_sk", "shop", "dim_shop", ["shop", "sk"]),          # the table's own name, not a prefix
    ("id", None, "dim_customer", ["customer", "id"]),         # a kind word is not the subject
    ("id", None, "customers", ["customer", "id"]),
    ("c_customer_sk", "c", "customer", ["customer", "sk"]),
    ("ss_item_sk", "ss", "store_sales", ["item", "sk"]),
])
def test_a_key_is_named_by_its_tables_subject(column, prefix, table, stem):
    assert names.key_stem(column, prefix, table) == stem


@pytest.mark.parametrize("column,prefix,part", [
    ("d_year", "d", "year"), ("d_qoy", "d", "quarter"), ("d_moy", "d", "month"), ("cal_quarter", None, "quarter"),
    ("calendar_month", None, "month"), ("d_month_seq", "d", None), ("d_fy_year", "d", None), ("d_dom", "d", None),
])
def test_a_calendars_own_parts_are_found_by_name(column, prefix, part):
    assert names.calendar_part(column, prefix) == part


# -- the translator's general causes of the blind failures, on sentences of our own ----------------------------

@pytest.fixture(scope="module")
def outdoor():
    return OfflineTranslator(load_catalog(CATALOGS["outdoor"]))


def _read(result) -> tuple[list[str], list[str]]:
    return [c.label for c in result.definition.criteria], [c.label for c in result.definition.exclusions]


@pytest.mark.parametrize("request_, criteria", [
    ("adhérentes platine en Bretagne", ["femmes", "platine", "Bretagne"]),   # feminine: the women
    ("adhérentes en Bretagne", ["femmes", "Bretagne"]),
    ("membres or", ["or"]),               # 'or' is English grammar, but 'membres or' is a French phrase of the catalog
    ("membres platine", ["platine"]),
])
def test_the_catalogs_own_french_words_tell_the_language(outdoor, request_, criteria):
    """Few grammar words ('en'): the catalog's French words ('adhérentes', 'platine') say the request is French."""
    r = outdoor.translate(request_, AS_OF)
    assert r.language == "fr" and r.status == "ok", (r.language, r.unrecognized)
    assert sorted(_read(r)[0]) == sorted(criteria)


@pytest.mark.parametrize("request_, label", [
    # a store's type is a store purchase's (the web purchase has none since the catalog gave it its own dimensions)
    ("membres qui ont acheté dans un magasin d'usine", "achat en magasin, type de magasin magasin d'usine"),
    ("adhérents ayant acheté dans un magasin d'usine en 2025",
     "achat en magasin, type de magasin magasin d'usine du 2025-01-01 au 2025-12-31"),
])
def test_a_longer_catalog_phrase_wins_over_a_qualifier_it_overlaps(outdoor, request_, label):
    """'dans un magasin' (a qualifier) and 'magasin d'usine' (an outlet) share 'magasin': the longer phrase is
    read, instead of the qualifier leaving 'usine' not understood."""
    r = outdoor.translate(request_, AS_OF)
    assert r.status == "ok" and _read(r)[0] == [label], (r.unrecognized, _read(r) if r.definition else r.message)


@pytest.mark.parametrize("request_, label", [
    ("members who did not click a newsletter this year", "not: newsletter clicked since 2026-01-01"),
    ("members who didn't click a newsletter in the last 3 months", "not: newsletter clicked in the last 3 months"),
])
def test_an_events_noun_inside_another_events_phrase_is_that_events(outdoor, request_, label):
    """'newsletter' names the received event, but 'click a newsletter' is the clicked event's phrase: one
    behaviour, not 'not clicked' and 'not received'."""
    r = outdoor.translate(request_, AS_OF)
    assert r.status == "ok" and _read(r) == ([label], []), (r.unrecognized, _read(r))


@pytest.mark.parametrize("request_, label", [
    ("members who bought swimming kit", "store purchase or web purchase, sport swimming"),
    ("members who bought items of tennis equipment online", "web purchase, sport tennis"),
    ("members who bought equipment for climbing in store", "store purchase, sport climbing"),
    ("membres qui ont acheté des articles de natation", "achat en magasin ou achat en ligne, sport natation"),
    ("membres qui ont acheté de l'équipement de tennis", "achat en magasin ou achat en ligne, sport tennis"),
])
def test_a_general_goods_noun_beside_a_category_is_part_of_it(outdoor, request_, label):
    """'swimming kit', 'articles de natation': the noun says 'goods of that category', it is not asked about."""
    r = outdoor.translate(request_, AS_OF)
    assert r.status == "ok" and _read(r) == ([label], []), (r.unrecognized, _read(r) if r.definition else r.message)


@pytest.mark.parametrize("request_, title, criteria", [
    ("Brief - spring relaunch. Target: platinum members in Brittany", "Brief - spring relaunch. Target:",
     ["platinum", "Brittany"]),
    ("Q4 push - winter reactivation campaign: members who bought ski gear",
     "Q4 push - winter reactivation campaign", ["store purchase or web purchase, sport skiing"]),
    ("Brief - relance de Noël. Cible : adhérentes platine en Bretagne", "Brief - relance de Noël. Cible :",
     ["femmes", "platine", "Bretagne"]),
    ("Opération hiver - relance campagne : membres qui ont acheté du matériel de ski",
     "Opération hiver - relance campagne", ["achat en magasin ou achat en ligne, sport ski"]),
])
def test_a_title_reaches_its_title_marker_or_the_audience_label(outdoor, request_, title, criteria):
    """Only the first segment was a title ('Brief'): the campaign named after it ('spring', 'Noël') became a
    criterion. A segment ending with a title word ('campaign', 'relance') or followed by 'Target:'/'Cible :' is
    the title, shown as ignored."""
    r = outdoor.translate(request_, AS_OF)
    assert r.status == "ok" and r.ignored[:1] == [title], (r.ignored, r.unrecognized)
    assert sorted(_read(r)[0]) == sorted(criteria)


def test_an_audience_label_inside_a_sentence_is_not_a_title(outdoor):
    r = outdoor.translate("women in Brittany who bought tennis gear in 2025, audience: platinum members", AS_OF)
    assert r.ignored == [] and len(_read(r)[0]) == 4, (r.ignored, _read(r))


@pytest.mark.parametrize("request_, op, value, window", [
    ("members whose average basket is over 80 euros", ">", 80, ""),
    ("members with an average order value above 120 euros in 2025", ">", 120,
     "AND d.cal_year = 2025"),
    ("membres dont le panier moyen est supérieur à 90 euros", ">", 90, ""),
])
def test_an_average_basket_is_the_average_amount_per_purchase(outdoor, db, request_, op, value, window):
    """No catalog word 'basket': the language's basket words name the amount of one purchase (a receipt's lines
    summed), averaged over the member's purchases."""
    r = outdoor.translate(request_, AS_OF)
    assert r.status == "ok", (r.status, r.unrecognized, r.message)
    with DuckDBWarehouse(db) as wh:
        got = {row[0] for row in wh.query(compile_sql(r.definition, load_catalog(CATALOGS["outdoor"])), max_rows=10_000).rows}
        want = {row[0] for row in wh.query(
            "SELECT member_sk FROM (SELECT l.member_sk, l.receipt_no, sum(l.net_amount) AS basket "
            "FROM dw.fact_receipt_line l JOIN dw.dim_date d ON d.date_sk = l.sale_date_sk "
            f"WHERE l.member_sk IS NOT NULL AND d.full_date <= DATE '2026-09-30' {window} "
            f"GROUP BY l.member_sk, l.receipt_no, l.channel_cd) AS b GROUP BY member_sk HAVING avg(basket) {op} {value}",
            max_rows=10_000).rows}
    assert want and got == want, (r.definition.to_text(), len(got), len(want))


def _members(wh, sql: str) -> set:
    return {row[0] for row in wh.query(sql, max_rows=10_000).rows}


QTY = ("SELECT l.member_sk FROM dw.fact_receipt_line l JOIN dw.dim_date d ON d.date_sk = l.sale_date_sk "
       "WHERE l.member_sk IS NOT NULL AND d.full_date <= DATE '2026-09-30' AND {where} "
       "GROUP BY l.member_sk HAVING sum(l.qty) > {n}")


def test_a_measure_word_after_a_number_sums_the_measure(outdoor, db):
    """'more than 5 units in store': the catalog's quantity measure ('units'), summed; not a count of purchases."""
    r = outdoor.translate("members who bought more than 5 units in store in 2025", AS_OF)
    assert r.status == "ok", (r.unrecognized, r.warnings)
    with DuckDBWarehouse(db) as wh:
        got = _members(wh, compile_sql(r.definition, load_catalog(CATALOGS["outdoor"])))
        want = _members(wh, QTY.format(where="l.channel_cd = 'S' AND d.cal_year = 2025", n=5))
    assert want and got == want, r.definition.to_text()


@pytest.mark.parametrize("request_, label", [
    ("members who bought more than 5 units in store in the last year", "(total quantity more than 5)"),
    ("membres ayant acheté plus de 20 pièces en magasin cette année", "(quantité au total : plus de 20)"),
])
def test_an_amount_of_a_measure_is_labelled_with_the_measure_not_spend(outdoor, request_, label):
    """A card reads 'total quantity', never 'total' alone or the French 'montant' (an amount of money)."""
    r = outdoor.translate(request_, AS_OF)
    assert r.status == "ok" and label in r.definition.criteria[0].label, r.definition.to_text()


def test_a_grammar_word_the_catalog_declares_as_a_measure_is_read(db, tmp_path):
    """'items' is a grammar word of English; a catalog that names its quantity measure 'items' is read."""
    text = CATALOGS["outdoor"].read_text().replace("synonyms: [units, pieces]", "synonyms: [units, pieces, items]")
    path = tmp_path / "outdoor_items.yaml"
    path.write_text(text)
    catalog = load_catalog(path)
    r = OfflineTranslator(catalog).translate("members who bought more than 5 items online", AS_OF)
    assert r.status == "ok", (r.unrecognized, r.warnings)
    with DuckDBWarehouse(db) as wh:
        got = _members(wh, compile_sql(r.definition, catalog))
        want = _members(wh, QTY.format(where="l.channel_cd = 'W'", n=5))
    assert want and got == want, r.definition.to_text()


@pytest.mark.parametrize("request_, n", [("members who bought more than 5 items online", 5),
                                         ("membres qui ont acheté plus de 3 articles en ligne", 3)])
def test_items_after_a_number_are_the_catalogs_quantity(outdoor, db, request_, n):
    """'items', 'articles' the catalog does not declare, said after a number, are its quantity ('units', 'pieces'),
    never a count of purchases (as they once were, silently)."""
    r = outdoor.translate(request_, AS_OF)
    assert r.status == "ok", (r.unrecognized, r.warnings)
    with DuckDBWarehouse(db) as wh:
        got = _members(wh, compile_sql(r.definition, load_catalog(CATALOGS["outdoor"])))
        want = _members(wh, QTY.format(where="l.channel_cd = 'W'", n=n))
    assert want and got == want, r.definition.to_text()


def test_a_quantity_with_a_category_said_between_is_asked_never_counted_as_purchases(outdoor):
    """'more than 5 tennis items': the category between the number and the noun; asked, never 5 purchases."""
    r = outdoor.translate("members who bought more than 5 tennis items", AS_OF)
    assert r.status == "clarify" and "more than 5" in r.unrecognized, (r.status, r.unrecognized)
    assert not any("times" in c.label for c in r.definition.criteria), _read(r)


@pytest.mark.parametrize("request_", [
    "members who bought Nordvik both in a mountain store and online",
    "ceux qui ont acheté du Nordvik à la fois dans un magasin de montagne ET en ligne",
])
def test_the_place_of_one_behaviour_is_not_carried_to_another_channel(outdoor, db, request_):
    """Online inherited 'mountain store' from the behaviour before: web purchases in a mountain store, nobody
    (outdoor #2 od2-fr-046, answered silently with 0)."""
    r = outdoor.translate(request_, AS_OF)
    assert r.status == "ok", (r.unrecognized, r.warnings)
    with DuckDBWarehouse(db) as wh:
        got = _members(wh, compile_sql(r.definition, load_catalog(CATALOGS["outdoor"])))
        want = _members(wh, "SELECT l.member_sk FROM dw.fact_receipt_line l JOIN dw.dim_article a USING (article_sk) "
                            "JOIN dw.dim_shop s USING (shop_sk) WHERE l.member_sk IS NOT NULL AND a.brand = 'Nordvik' "
                            "GROUP BY l.member_sk HAVING count(*) FILTER (WHERE s.shop_type_cd = 'MTN') > 0 "
                            "AND count(*) FILTER (WHERE l.channel_cd = 'W') > 0")
    assert want and got == want, r.definition.to_text()


# -- the words a data team gives the join date, the consent and the genders; the check that asks for them -----


def _same(outdoor, db, request_: str, gold: str):
    r = outdoor.translate(request_, AS_OF)
    assert r.status == "ok", (r.status, r.unrecognized, r.message)
    with DuckDBWarehouse(db) as wh:
        got = _members(wh, compile_sql(r.definition, load_catalog(CATALOGS["outdoor"])))
        want = _members(wh, gold)
    assert want and got == want, (r.definition.to_text(), len(got), len(want))
    return r


JOINED = ("SELECT m.member_sk FROM dw.dim_member m JOIN dw.dim_date d ON d.date_sk = m.join_date_sk "
          "WHERE m.club_tier_cd = 'GLD' AND {where}")


@pytest.mark.parametrize("request_, where", [
    ("gold members who joined the club in 2025", "d.cal_year = 2025"),
    ("membres or ayant adhéré au club en 2025", "d.cal_year = 2025"),
    ("gold members since 2024", "d.full_date >= DATE '2024-01-01'"),
    ("adhérents or depuis 2024", "d.full_date >= DATE '2024-01-01'"),
])
def test_the_join_date_key_is_read_on_the_calendars_date(outdoor, db, request_, where):
    """The join date is a yyyymmdd key to the calendar with no words: 'joined the club in 2025' was refused. With
    the data team's words it is a date of the member, compared on the calendar's date of its key."""
    _same(outdoor, db, request_, JOINED.format(where=where))


CONSENT = ("SELECT member_sk FROM dw.dim_member WHERE gender_cd = 'X' INTERSECT SELECT member_sk "
           "FROM mkt.member_consent WHERE channel_cd = 'SMS' AND is_granted EXCEPT SELECT member_sk "
           "FROM mkt.member_consent WHERE channel_cd = 'EMAIL' AND is_granted")


@pytest.mark.parametrize("request_", [
    "non-binary members opted in to SMS but not email",
    "membres non binaires ayant accepté les SMS mais pas les e-mails",
])
def test_consent_per_channel_and_gender_are_read(outdoor, db, request_):
    """Consent was only a policy (no words: 'opted in to SMS' refused), 'non binaires' had no word; 'not email'
    after 'but' was read as the verb 'emailed' (a newsletter received), past the consent's value."""
    _same(outdoor, db, request_, CONSENT)


@pytest.mark.parametrize("strip, where", [
    ("      join_date_sk:\n        type: INTEGER\n", "join_date_sk"),
    ("      is_granted:\n        type: BOOLEAN\n", "mkt.member_consent"),
])
def test_the_check_reports_a_date_key_or_a_consent_with_no_words(db, tmp_path, strip, where):
    """A key to the calendar on the member's table, or the table a channel's consent reads, with no words: no
    request can name them; the check says so (the outdoor catalog had both)."""
    text = CATALOGS["outdoor"].read_text()
    start = text.index(strip)
    end = text.index("\n      updated_date_sk" if "granted" in strip else "\n      club_tier_cd", start)
    kept = strip.replace("\n        type", " {type").rstrip("\n").replace(":\n", ": ") + "}\n"
    if "granted" in strip:      # and the channel's values: the table is then without a word
        start = text.index("      channel_cd:\n        type: VARCHAR\n        description: EMAIL or SMS.")
        kept = "      channel_cd: {type: VARCHAR}\n      is_granted: {type: BOOLEAN}\n"
    path = tmp_path / "outdoor_wordless.yaml"
    path.write_text(text[:start] + kept + text[end + 1:])
    with DuckDBWarehouse(db) as wh:
        report = check_catalog(load_catalog(path), wh, as_of=AS_OF)
    assert any(where in w and "carries no words" in w for w in report.warnings), report.warnings


@pytest.mark.parametrize("request_, gold", [
    ("members who bought online, except in Brittany",
     "SELECT member_sk FROM dw.fact_receipt_line WHERE member_sk IS NOT NULL AND channel_cd = 'W' "
     "EXCEPT SELECT member_sk FROM dw.dim_member WHERE home_region_cd = 'BRE'"),
    ("membres ayant acheté en ligne en Bretagne",
     "SELECT member_sk FROM dw.fact_receipt_line WHERE member_sk IS NOT NULL AND channel_cd = 'W' "
     "INTERSECT SELECT member_sk FROM dw.dim_member WHERE home_region_cd = 'BRE'"),
])
def test_a_web_purchase_has_no_shop_region(outdoor, db, request_, gold):
    """Web purchases shared the store purchases' shop dimensions: 'online, except in Brittany' removed the web
    purchases made in a Brittany shop (none: the web shop is region WEB), so no one, silently."""
    _same(outdoor, db, request_, gold)


@pytest.mark.parametrize("request_, phrase", [
    ("membres ayant retourné un article acheté en ligne", "retourné un article"),
    ("members who returned an item bought online", "bought online"),
])
def test_a_return_of_an_item_bought_on_a_channel_is_asked(outdoor, request_, phrase):
    """A return carries no channel here: 'retourné un article acheté en ligne' was read as a web purchase, the
    return dropped without a word (the kind word was marked read though no event of its kind was)."""
    r = outdoor.translate(request_, AS_OF)
    assert r.status == "clarify" and phrase in r.unrecognized, (r.status, r.unrecognized)


@pytest.mark.parametrize("request_, gold", [
    ("Adhérentes en Occitanie, niveau or",
     "SELECT member_sk FROM dw.dim_member WHERE gender_cd = 'F' AND home_region_cd = 'OCC' AND club_tier_cd = 'GLD'"),
    ("clientes niveau bronze en Bretagne",
     "SELECT member_sk FROM dw.dim_member WHERE gender_cd = 'F' AND home_region_cd = 'BRE' AND club_tier_cd = 'BRZ'"),
    ("membres niveau bronze en Bretagne",     # 'membres' is no feminine: everyone
     "SELECT member_sk FROM dw.dim_member WHERE home_region_cd = 'BRE' AND club_tier_cd = 'BRZ'"),
])
def test_a_feminine_form_of_the_members_noun_names_the_women(outdoor, db, request_, gold):
    """'clientes', 'adhérentes': the feminine of a word the catalog calls its people names the women among them
    (the catalog's gender value); it was read as the people's noun alone, the gender dropped without a word."""
    _same(outdoor, db, request_, gold)


def test_without_a_gender_a_feminine_people_noun_is_just_the_people(db, tmp_path):
    """A catalog with no value read as women: 'adhérentes' is the people, nothing added."""
    path = CATALOGS["outdoor"]
    text = path.read_text()
    cut = text.replace("fr: {label: femmes, synonyms: [femmes, femme, féminin, clientes]}", "fr: {label: F}")
    assert cut != text
    wordless = tmp_path / "outdoor_no_femmes.yaml"
    wordless.write_text(cut)
    r = OfflineTranslator(load_catalog(wordless)).translate("adhérentes niveau or", AS_OF)
    assert r.status == "ok" and _read(r) == (["or"], []), _read(r)


_LINES = ("SELECT l.member_sk FROM dw.fact_receipt_line l JOIN dw.dim_article a USING (article_sk) "
          "JOIN dw.dim_date d ON d.date_sk = l.sale_date_sk WHERE l.member_sk IS NOT NULL AND ")


@pytest.mark.parametrize("request_", [
    "members who bought climbing gear in 2025 but nothing from Nordvik since January",
    "adhérents qui ont acheté du matériel d'escalade en 2025 mais plus rien de la marque Nordvik depuis janvier",
])
def test_a_brand_after_a_sport_is_of_any_sport(outdoor, db, request_):
    """A negated follow-up naming a brand after a sport is that brand of any sport (the sport was carried into
    it: no Nordvik climbing gear, silently; tests/test_carried_values.py on the demo catalog)."""
    _same(outdoor, db, request_, _LINES + "a.sport = 'climbing' AND d.cal_year = 2025 EXCEPT "
          + _LINES + "a.brand = 'Nordvik' AND d.full_date >= DATE '2026-01-01'")
