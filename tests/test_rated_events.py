"""An event said with the past form of one of its measures ('rated tickets', 'tickets notés', 'a scored ticket'): the
events that have that measure (the ticket's satisfaction score is not null), counted, averaged, first or latest among
those only. Each checked by running the translation and a hand-written SQL of the same audience on the demo warehouse,
in English and French, with the French participle typed with its accent and without.

The sentences are ours, not the blind sets'.
"""
from __future__ import annotations

import pytest

from assistant import meaning
from translations import A, asks, keys, same_audience

RATED = "SELECT customer_id FROM service.tickets WHERE satisfaction_score IS NOT NULL"


# -- counted and averaged over the rated ones ---------------------------------------------------------------------

@pytest.mark.parametrize("request_", [
    "customers with 3 or more rated tickets",
    "customers who have at least 3 scored tickets",
    "clients avec au moins 3 tickets notés",
    "clients avec au moins 3 tickets notes",           # typed without its accent
    "clients ayant 3 tickets évalués ou plus",
    "clients ayant 3 tickets evalues ou plus",
])
def test_rated_events_are_counted_among_those_with_a_score(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_,
                      f"{RATED} GROUP BY customer_id HAVING count(*) >= 3")
    spec = next(c.spec for c in r.definition.criteria if c.spec["kind"] == "event")
    assert spec["measured"] == {"satisfaction": True}


@pytest.mark.parametrize("request_", [
    "shoppers with an average satisfaction score of 4 or more (3 rated tickets at least)",
    "clients dont la note moyenne de satisfaction est d'au moins 4 (au moins 3 tickets notés)",
    "clients dont la note moyenne de satisfaction est d'au moins 4 (au moins 3 tickets notes)",
])
def test_a_count_of_rated_events_beside_their_average(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM service.tickets GROUP BY customer_id "
                  "HAVING count(satisfaction_score) >= 3 AND avg(satisfaction_score) >= 4")


@pytest.mark.parametrize("request_", [
    "customers with at least 2 rated tickets since January",
    "clients avec au moins 2 tickets notés depuis janvier",
    "clients avec au moins 2 tickets notes depuis janvier",
])
def test_rated_events_in_a_window(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  f"{RATED} AND created_at >= DATE '2026-01-01' GROUP BY customer_id HAVING count(*) >= 2")


def test_rated_said_of_an_average_leaves_the_count_of_every_event(translator, warehouse, catalog):
    """'(sur les tickets notés)' said of the average: the tickets counted are every one of them."""
    same_audience(translator, warehouse, catalog,
                  "clients avec au moins 3 tickets SAV et une note moyenne d'au moins 4 (sur les tickets notés)",
                  "SELECT customer_id FROM service.tickets GROUP BY customer_id "
                  "HAVING count(*) >= 3 AND avg(satisfaction_score) >= 4")


@pytest.mark.parametrize("request_", ["customers who rated a ticket this year", "clients qui ont noté un ticket cette année"])
def test_the_verb_with_its_event_is_an_event_with_a_score(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, f"{RATED} AND created_at >= DATE '2026-01-01'")


@pytest.mark.parametrize("request_", [
    "phoned customer service about a late delivery and rated this call 1 or 2",
    "ont appelé le SAV pour un retard de livraison et ont noté cet appel 1 ou 2",
])
def test_the_verb_said_of_the_event_pointed_at_is_that_event(translator, warehouse, catalog, request_):
    """'... et ont noté cet appel 1 ou 2': the call rated is the delivery call said before, never any call."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM service.tickets WHERE channel = 'phone' AND topic = 'delivery' "
                  "AND satisfaction_score IN (1, 2)")


@pytest.mark.parametrize("request_", [
    "customers with an unrated ticket since March",
    "customers with a ticket since March that they never rated",
    "customers with a ticket since March that was never rated",
    "clients avec un ticket depuis mars qu'ils n'ont jamais noté",
])
def test_unrated_events_are_those_without_a_score(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM service.tickets WHERE satisfaction_score IS NULL "
                  "AND created_at >= DATE '2026-03-01'")


@pytest.mark.parametrize("request_, gold", [
    ("customers who have rated us", RATED),
    ("clients qui nous ont noté", RATED),
    ("customers who rated us 1 or 2", "SELECT customer_id FROM service.tickets WHERE satisfaction_score IN (1, 2)"),
    ("customers who never rated a ticket", f"SELECT customer_id FROM crm.customers EXCEPT {RATED}"),
])
def test_the_verb_alone_names_the_rated_events(translator, warehouse, catalog, request_, gold):
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", ["the 10 customers with the most rated tickets",
                                      "les 10 clients avec le plus de tickets notés"])
def test_ranked_by_the_number_of_rated_events(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM ({RATED}) t GROUP BY customer_id ORDER BY count(*) DESC, customer_id LIMIT 10")


# -- the first and the latest among the rated ones ------------------------------------------------------------------

def _edge(edge: str, scores: str) -> str:
    """The customers whose first (`edge` 'min') or latest ('max') rated ticket had one of `scores`."""
    return (f"SELECT t.customer_id FROM service.tickets t JOIN (SELECT customer_id, {edge}(created_at) AS ts "
            f"FROM service.tickets WHERE satisfaction_score IS NOT NULL GROUP BY customer_id) e "
            f"ON e.customer_id = t.customer_id AND t.created_at = e.ts "
            f"WHERE t.satisfaction_score IN ({scores})")


@pytest.mark.parametrize("request_, edge, scores", [
    ("customers whose first rated ticket was rated 1 or 2", "min", "1, 2"),
    ("customers whose first rated ticket got 1 or 2/5", "min", "1, 2"),
    ("customers whose latest scored ticket was rated 5/5", "max", "5"),
    ("clients dont le premier ticket noté a reçu 1 ou 2/5", "min", "1, 2"),
    ("clients dont le premier ticket note a reçu 1 ou 2/5", "min", "1, 2"),
    ("clients dont le dernier ticket noté a reçu 4 ou 5/5", "max", "4, 5"),
    ("clients dont le dernier ticket note a reçu 4 ou 5/5", "max", "4, 5"),
])
def test_the_first_or_latest_rated_event(translator, warehouse, catalog, request_, edge, scores):
    same_audience(translator, warehouse, catalog, request_, _edge(edge, scores))


def test_the_first_and_latest_rated_events_together(translator, warehouse, catalog):
    both = f"{_edge('min', '1, 2')} INTERSECT {_edge('max', '4, 5')}"
    for request_ in ("clients dont le premier ticket noté a reçu 1 ou 2/5 et le dernier ticket noté 4 ou 5/5",
                     "clients dont le premier ticket note a reçu 1 ou 2/5 et le dernier ticket note 4 ou 5/5"):
        same_audience(translator, warehouse, catalog, request_, both)


def test_the_latest_event_said_rated_after_a_verb_is_the_latest_of_all(translator, warehouse, catalog):
    """'whose last ticket was rated 5/5': what the latest ticket was, never the latest of the rated ones."""
    for request_ in ("customers whose last ticket was rated 5/5", "clients dont le dernier ticket a été noté 5/5"):
        same_audience(translator, warehouse, catalog, request_,
                      "SELECT t.customer_id FROM service.tickets t JOIN (SELECT customer_id, max(created_at) AS ts "
                      "FROM service.tickets GROUP BY customer_id) e ON e.customer_id = t.customer_id "
                      "AND t.created_at = e.ts WHERE t.satisfaction_score = 5")


# -- near misses: no rated events there -----------------------------------------------------------------------------

def test_a_score_given_stays_the_score(translator, warehouse, catalog):
    for request_ in ("clients avec un ticket noté 1/5 cette année", "customers with a ticket rated 1/5 this year"):
        r = same_audience(translator, warehouse, catalog, request_,
                          "SELECT customer_id FROM service.tickets WHERE satisfaction_score = 1 "
                          "AND created_at >= DATE '2026-01-01'")
        assert all(not (c.spec or {}).get("measured") for c in r.definition.criteria)


def test_a_score_noun_is_no_rated_event(translator, warehouse, catalog):
    r = same_audience(translator, warehouse, catalog, "clients avec une note de satisfaction de 2 cette année",
                      "SELECT customer_id FROM service.tickets WHERE satisfaction_score = 2 "
                      "AND created_at >= DATE '2026-01-01'")
    assert all(not (c.spec or {}).get("measured") for c in r.definition.criteria)


def test_ratings_as_a_topic_is_asked(translator):
    asks(translator, "customers with tickets about ratings", "ratings")


# -- the meaning -----------------------------------------------------------------------------------------------------

def test_measured_is_a_measure_of_the_events_own_row(catalog, warehouse):
    from assistant.errors import TranslationError

    spec = {"kind": "event", "events": ["support_ticket"], "measured": {"satisfaction": False}}
    sql = meaning.from_spec(spec, catalog).render(catalog, A).sql
    assert keys(warehouse, sql) == keys(warehouse, "SELECT customer_id FROM service.tickets "
                                                   "WHERE satisfaction_score IS NULL AND created_at < DATE '2026-10-01'")
    with pytest.raises(TranslationError, match="own row"):
        meaning.from_spec({"kind": "event", "events": ["online_order"], "measured": {"units": True}}, catalog)
