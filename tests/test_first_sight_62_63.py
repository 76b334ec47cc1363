"""What the travel (#62) and furniture (#63) blind sets showed at first sight, read in general, English and French."""
from __future__ import annotations

import pytest

from translations import A, eval_catalog_fixture, same_on

travel = eval_catalog_fixture("travel")
furniture = eval_catalog_fixture("furniture")

TRIPS_AHEAD = """SELECT id_client FROM resa.dossier WHERE statut_cd IN ('CF', 'VY')
  AND date_depart > DATE '2026-09-30' AND date_depart <= DATE '2026-11-30'"""


@pytest.mark.parametrize("request_", ["Customers with a departure in the next 2 months",
                                      "Clients qui partent en voyage dans les 2 prochains mois"])
def test_a_word_of_one_behaviour_and_of_others_dates_names_the_one(travel, request_):
    """'departure' is the trip's own name and the date of bookings and of cancelled ones: it names the trip (read as
    all three, a cancelled booking was required too). 'voyage' typed is the trip the catalog spells so, never also
    its status 'voyagé' (travelled: the trips ahead were left out)."""
    r = same_on(travel, request_, TRIPS_AHEAD)
    assert len(r.definition.criteria) == 1


@pytest.mark.parametrize("request_", ["customers with a departure between December 2026 and March 2027",
                                      "clients avec un départ entre décembre 2026 et mars 2027"])
def test_a_range_whose_years_are_said_is_those_years(travel, request_):
    same_on(travel, request_, """SELECT id_client FROM resa.dossier WHERE statut_cd IN ('CF', 'VY')
      AND date_depart BETWEEN DATE '2026-12-01' AND DATE '2027-03-31'""")


def test_a_range_of_no_year_after_today_is_last_years(travel):
    r = travel[2].translate("customers who booked between November and December", A)
    assert "2025-11-01" in r.definition.criteria[0].sql


@pytest.mark.parametrize("request_", ["Customers departing in October", "Clients qui partent en octobre"])
def test_a_month_of_no_year_of_a_date_ahead_is_the_next_one(travel, request_):
    r = same_on(travel, request_, """SELECT id_client FROM resa.dossier WHERE statut_cd IN ('CF', 'VY')
      AND date_depart BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'""")
    assert any("2025" in w for w in r.warnings), r.warnings     # said, with how to say the last one


def test_a_month_of_a_behaviour_recorded_up_to_today_stays_the_last_one(travel):
    r = travel[2].translate("customers who booked in October", A)
    assert "2025-10-01" in r.definition.criteria[0].sql


@pytest.mark.parametrize("request_", ["Promoters whose last trip was more than a year ago",
                                      "Promoteurs dont le dernier voyage date de plus d'un an"])
def test_the_latest_of_a_behaviour_that_runs_ahead_is_the_latest_taken(travel, request_):
    """Trips run ahead of today (confirmed departures): the last trip is the latest one up to today."""
    same_on(travel, request_, """SELECT id_client FROM satis.reponse_enquete WHERE note_reco >= 9
      INTERSECT SELECT id_client FROM resa.dossier WHERE statut_cd IN ('CF', 'VY') AND date_depart <= DATE '2026-09-30'
      GROUP BY id_client HAVING max(date_depart) < DATE '2025-09-30'""")


@pytest.mark.parametrize("request_", ["clients avec une résa web annulée au T2 2026",
                                      "customers with a web booking cancelled in Q2 2026"])
def test_a_participle_of_another_state_right_after_the_behaviour_is_that_state(travel, request_):
    """'une résa web annulée': the web booking in its cancelled state (read apart: a booking and a cancellation)."""
    same_on(travel, request_, """SELECT id_client FROM resa.dossier WHERE statut_cd = 'AN' AND canal_cd = 'WEB'
      AND date_annulation BETWEEN DATE '2026-04-01' AND DATE '2026-06-30'""")


def test_a_period_said_again_after_a_comma_is_the_behaviours(travel):
    same_on(travel, "Clients qui partent avec des enfants aux Caraïbes, départ entre décembre 2026 et mars 2027", """
      SELECT d.id_client FROM resa.dossier d JOIN resa.ref_destination r ON r.dest_id = d.dest_id
      WHERE d.statut_cd IN ('CF', 'VY') AND d.typo_groupe_cd = 'FA' AND r.zone_cd = 'CAR'
        AND d.date_depart BETWEEN DATE '2026-12-01' AND DATE '2027-03-31'""")


@pytest.mark.parametrize("request_", ["clients sans départ prévu", "customers without an upcoming trip"])
def test_a_term_wins_over_other_behaviours_dates(travel, request_):
    """'départ prévu' is the glossary's upcoming trip, and the planned departure of cancelled bookings and quotes:
    the term (read as those dates, cancelled bookings and quotes were denied)."""
    r = travel[2].translate(request_, A)
    assert [c.origin for c in r.definition.exclusions + r.definition.criteria] == ["glossary"], r.definition.to_text()


@pytest.mark.parametrize("request_", [
    "Customers with a long-haul trip departing in the next 6 months who took no travel insurance on that booking",
    "Clients avec un voyage long-courrier au départ dans les 6 prochains mois qui n'ont pris aucune assurance sur cette "
    "réservation"])
def test_a_behaviour_pointed_back_at_is_no_behaviour_of_its_own(travel, request_):
    """'on that booking': the trip read before, no 'any booking' (nor, denied with its clause, 'no booking at all');
    the link to the add-on is not read, and said."""
    r = travel[2].translate(request_, A)
    assert r.status == "ok"
    assert len(r.definition.criteria) == 2, r.definition.to_text()
    assert any("booking" in w or "réservation" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_", [
    "Customers with at least 3 orders in the last 12 months who have never used click & collect",
    "Clients avec au moins 3 commandes sur les 12 derniers mois qui n'ont jamais utilisé le click & collect"])
def test_a_verb_of_their_own_after_never_is_an_absence_not_a_state(furniture, request_):
    """'who have never used click & collect': they never did (read as the orders of the other channels, click &
    collect users were kept, silently)."""
    same_on(furniture, request_, """
      SELECT c.customer_no FROM dw.fact_sales f JOIN dw.dim_customer c ON c.customer_sk = f.customer_sk
      JOIN dw.dim_date d ON d.date_key = f.date_key
      WHERE d.full_date >= DATE '2026-09-30' - INTERVAL 12 MONTH AND d.full_date <= DATE '2026-09-30'
      GROUP BY c.customer_no HAVING count(DISTINCT f.order_no) >= 3
      EXCEPT SELECT c.customer_no FROM dw.fact_sales f JOIN dw.dim_customer c ON c.customer_sk = f.customer_sk
      WHERE f.channel_code = 'CC'""")


@pytest.mark.parametrize("request_", ["Customers who received a kitchen quote this year that has not been signed",
                                      "Clients ayant reçu un devis cuisine cette année qui n'a pas été signé"])
def test_another_state_of_the_same_row_denied_is_said_to_be_read_apart(furniture, request_):
    r = furniture[2].translate(request_, A)
    assert any("signed" in w or "signé" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_", ["Women aged 30 to 45", "Femmes de 30 à 45 ans"])
def test_an_age_from_a_personal_year_of_birth_passes_the_check(furniture, request_):
    """The furniture catalog holds a year of birth (`role: birth_year`, personal): the age made from it is one of
    its roles (the check refused it as a personal column read)."""
    same_on(furniture, request_, """SELECT customer_no FROM dw.dim_customer WHERE gender = 'F'
      AND 2026 - birth_year - CASE WHEN '07-01' > '09-30' THEN 1 ELSE 0 END BETWEEN 30 AND 45""")


@pytest.mark.parametrize("request_", ["customers with a birthday in October", "clients dont l'anniversaire est en octobre"])
def test_a_birthday_is_not_read_from_a_year_of_birth_alone(furniture, request_):
    """With the year of birth alone, a birthday's month is unknown: never read as the month of a year."""
    r = furniture[2].translate(request_, A)
    assert r.status in ("clarify", "refused"), r.definition.to_text()
    assert not any("month(" in c.sql for c in (r.definition.criteria if r.definition else []))


def test_a_personal_year_of_birth_is_refused_outside_its_roles(furniture):
    import sqlglot
    from sqlglot.optimizer.qualify import qualify

    from assistant.sql.catalog_facts import catalog_facts
    from assistant.sql.personal import check_personal
    catalog = furniture[0]

    class Refused(Exception):
        pass

    def refused(sql: str) -> bool:
        tree = qualify(sqlglot.parse_one(sql, read="duckdb"), schema=catalog_facts(catalog).schema, dialect="duckdb")
        try:
            check_personal(tree, catalog, lambda message, hint, node: Refused(message))
        except Refused:
            return True
        return False
    assert not refused("SELECT customer_no FROM dw.dim_customer WHERE birth_year = 1980")
    assert refused("SELECT birth_year FROM dw.dim_customer")
    assert refused("SELECT customer_no FROM dw.dim_customer WHERE birth_year * 7 = 13860")
    assert refused("SELECT customer_no FROM dw.dim_customer WHERE make_date(birth_year, 7, 1) = DATE '1980-07-01'")


def test_a_glossary_term_may_bound_an_age_on_a_personal_birth_date(eval_cache, tmp_path):
    """#62's data team could not write 'seniors' (60 and over) as a term: `date_naissance <= {as_of} - INTERVAL 60
    YEAR` read the personal birth date outside its roles. An age bound is one of them; any other day is not."""
    import yaml

    from assistant.cli.main import main
    from assistant.demo.golden import golden_warehouse
    from assistant.evals import CATALOGS

    import shutil
    db = tmp_path / "travel.duckdb"      # (a copy: the module's fixture keeps the eval warehouse open)
    shutil.copy(golden_warehouse("travel", eval_cache), db)
    data = yaml.safe_load(CATALOGS["travel"].read_text())
    for name, sql in (("seniors", "date_naissance <= {as_of} - INTERVAL 60 YEAR"),
                      ("born that day", "date_naissance = {as_of} - INTERVAL 60 YEAR")):
        data["glossary"].append({"term": name, "synonyms": [name], "meaning": "test", "fr": {"label": name},
                                 "sql": f"SELECT id_client FROM crm.client WHERE {sql}"})
        path = tmp_path / f"{len(data['glossary'])}.yaml"
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
        code = main(["catalog", "check", "--db", str(db), "--catalog", str(path)])
        assert code == (0 if name == "seniors" else 1), name
        data["glossary"].pop()
