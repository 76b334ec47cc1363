"""What sets #58 (a French culture-store chain, French table names, a sales star) and #59 (a gym chain's Kimball star
with surrogate keys) found at first sight, read in general, English and French, on their warehouses (each with the
catalog its data team wrote from the README alone):
- a measure's word that is also a number the customer holds is that number when no behaviour is named ('more than
  1,000 points': the balance, never the points ever earned);
- a place adjective beside a behaviour's qualifier is the place's value ('in one of our Belgian stores');
- a dimension's value its event's `where` excludes is no reading of that event ('en magasin' is no web order's);
- a bracket of what a negated value leaves restates it ('pas encore résolu (ouvert ou en cours)');
- a term said first before a consent names the customers ('members opted in to SMS'); a value's phrase made of
  another of its phrases and a term's word reads both ('premium members'); a behaviour's phrase made of another of
  its phrases and one of its values reads that value ('opened an email');
- a yes/no column of a dimension the customer is reached to is no consent-like flag of its values ('has pool' is no
  flag of 'London');
- a word that is a behaviour and a term, said right after the customers' noun, is the term's state ('adhérents gelés');
- notes, never silence, for a term's phrase holding a word the catalog lists as ambiguous ('inactive members') and
  for a declared value the customers' own column also holds ('London': the home club's region or their city)."""
from __future__ import annotations

import pytest

from translations import A, eval_catalog_fixture, same_on


culture = eval_catalog_fixture("culture")
fitness = eval_catalog_fixture("fitness")


same = same_on


@pytest.mark.parametrize("request_", ["Customers sitting on more than 1,000 points", "Clients avec plus de 1 000 points"])
def test_a_number_the_customer_holds_is_that_number_when_no_behaviour_is_named(culture, request_):
    same(culture, request_, "SELECT id_client FROM fidelite.solde_points WHERE solde_points > 1000")


def test_a_behaviour_named_with_the_measure_still_sums_it(culture):
    """Near miss: 'earned' names the points earned, a total of the ledger."""
    _, _, t = culture
    r = t.translate("customers with more than 1000 points earned this year", A)
    assert "mouvement_points" in r.definition.criteria[0].sql


@pytest.mark.parametrize("request_", ["customers who bought vinyl in one of our Belgian stores in the last 6 months",
                                      "clients ayant acheté du vinyle dans nos magasins belges ces 6 derniers mois"])
def test_a_place_adjective_beside_a_behaviours_qualifier_is_the_places_value(culture, request_):
    same(culture, request_, "SELECT DISTINCT v.id_client FROM ventes.fait_vente v "
                            "JOIN ref.dim_produit p ON p.id_produit = v.id_produit "
                            "JOIN ref.dim_magasin m ON m.id_magasin = v.id_magasin "
                            "WHERE v.canal = 'MAG' AND p.genre = 'VINYLE' AND m.pays = 'BE' AND v.id_client IS NOT NULL "
                            "AND v.id_date BETWEEN 20260330 AND 20260930")


def test_a_value_the_events_where_excludes_is_no_reading_of_it(culture):
    """'en magasin' is the web orders' canal MAG too, which their where (WEB or CC) never holds: read so, 'never
    bought in store' denied nothing and kept everyone."""
    same(culture, "Acheteurs click & collect des 6 derniers mois qui n'ont jamais acheté en magasin",
         "SELECT id_client FROM ventes.fait_vente WHERE id_client IS NOT NULL AND canal = 'CC' "
         "AND id_date BETWEEN 20260330 AND 20260930 EXCEPT "
         "SELECT id_client FROM ventes.fait_vente WHERE id_client IS NOT NULL AND canal = 'MAG' AND id_date <= 20260930")


def test_a_bracket_of_what_a_negated_value_leaves_restates_it(culture):
    same(culture, "clients avec un ticket SAV pas encore résolu (ouvert ou en cours)",
         "SELECT DISTINCT id_client FROM sav.ticket WHERE statut IN ('OUV', 'ENC')")


MEMBERS = "SELECT member_id FROM dw.dim_member WHERE lifecycle_cd = 'MEM'"


@pytest.mark.parametrize("request_", ["members opted in to SMS", "Irish members opted in to SMS"])
def test_a_term_said_first_before_a_consent_names_the_customers(fitness, request_):
    irish = " AND m.country_cd = 'IE'" if "Irish" in request_ else ""
    same(fitness, request_, "SELECT m.member_id FROM dw.dim_member m JOIN crm.consent c ON c.member_id = m.member_id "
                            f"WHERE m.lifecycle_cd = 'MEM' AND c.channel_cd = 'SM' AND c.opt_in_flag{irish}")


@pytest.mark.parametrize("request_", ["premium members", "abonnés premium"])
def test_a_values_phrase_holding_a_terms_word_reads_both(fitness, request_):
    same(fitness, request_, "SELECT m.member_id FROM dw.dim_member m JOIN dw.dim_plan p ON p.plan_sk = m.current_plan_sk "
                            "WHERE m.lifecycle_cd = 'MEM' AND p.plan_cd = 'PRM'")


def test_a_behaviours_phrase_holding_one_of_its_values_reads_it(fitness):
    same(fitness, "people who opened an email in the last 30 days",
         "SELECT DISTINCT m.member_id FROM dw.fct_message e JOIN dw.dim_member m ON m.member_sk = e.member_sk "
         "WHERE e.channel_cd = 'EM' AND e.opened_ts IS NOT NULL AND e.send_date_sk BETWEEN 20260831 AND 20260930")


def test_a_yes_no_of_a_dimension_reached_is_no_flag_of_its_values(fitness):
    r = same(fitness, "people whose home club is in the Paris region",
             "SELECT m.member_id FROM dw.dim_member m JOIN dw.dim_club c ON c.club_sk = m.home_club_sk "
             "WHERE c.region_cd = 'IDF'")
    assert "has_pool" not in r.definition.criteria[0].sql


def test_a_behaviour_and_a_term_said_after_the_customers_noun_is_the_state(fitness):
    same(fitness, "Tous les adhérents gelés", "SELECT m.member_id FROM dw.dim_member m JOIN dw.fct_membership f "
                                              "ON f.membership_sk = m.current_membership_sk "
                                              "WHERE f.status_cd = 'F' AND m.lifecycle_cd = 'MEM'")


def test_the_behaviour_with_its_verb_stays_the_behaviour(fitness):
    """Near miss: 'qui ont gelé' is a freeze, whenever it was."""
    _, _, t = fitness
    r = t.translate("adhérents qui ont gelé leur abonnement", A)
    assert any("fct_freeze" in c.sql for c in r.definition.criteria)


@pytest.mark.parametrize("request_, said", [("Inactive members at the Paris clubs", "Inactive"),
                                            ("Adhérents inactifs des clubs parisiens", "inactifs")])
def test_a_terms_phrase_holding_an_ambiguous_word_is_said(fitness, request_, said):
    _, _, t = fitness
    r = t.translate(request_, A)
    assert any(said in w and ("ambiguous" in w or "ambigu" in w) for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_", ["Premium members in London", "Adhérents premium à Londres"])
def test_a_declared_value_the_customers_own_column_also_holds_is_said(fitness, request_):
    _, _, t = fitness
    r = t.translate(request_, A)
    assert any("region_cd" in w and "dim_member.city" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_", ["Members whose membership ends in the next 6 weeks",
                                      "Adhérents dont l'abonnement se termine dans les 6 prochaines semaines"])
def test_a_terms_participle_reads_in_the_present_and_without_its_relative(fitness, request_):
    """The term 'membership ending' ('abonnement qui se termine' in French), its window a length ahead: 'ends', and
    'se termine' with no 'qui', read it, with the 6 weeks said."""
    same(fitness, request_, "SELECT m.member_id FROM dw.dim_member AS m JOIN dw.fct_membership AS f "
                            "ON f.membership_sk = m.current_membership_sk JOIN dw.dim_date AS d ON d.date_sk = f.end_date_sk "
                            "WHERE d.full_date > DATE '2026-09-30' AND d.full_date <= DATE '2026-09-30' + INTERVAL 42 DAY "
                            "AND m.lifecycle_cd = 'MEM'")


def test_a_values_phrase_ending_in_the_behaviours_place_is_that_place(fitness):
    """'un no-show en cours': 'cours' alone is the class the no-show was at; 'en cours' (a running contract) is not
    read."""
    r = same(fitness, "Adhérents qui ont fait un no-show en cours ces 7 derniers jours",
             "SELECT DISTINCT m.member_id FROM dw.fct_class_booking b JOIN dw.dim_member m ON m.member_sk = b.member_sk "
             "WHERE m.lifecycle_cd = 'MEM' AND b.status_cd = 'NOS' AND b.class_date_sk BETWEEN 20260923 AND 20260930")
    assert not any("current_status_cd" in c.sql for c in r.definition.criteria)
