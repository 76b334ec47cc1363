"""What warehouse names suggest: table prefixes, key stems, role names, personal data, kinds of events.

Star schemas name a foreign key after the key it references, with the referencing table's prefix and
often a role in front: `ss_sold_date_sk` -> `d_date_sk` (role sold_date), `c_current_addr_sk` ->
`ca_address_sk` (role current_address), `orders.customer_id` -> `customers.customer_id`. These functions
read names only; the data confirms every guess (schema_catalog.infer).
"""
from __future__ import annotations

import re

# Last token of a column that references a key (code and number are business keys, not joins).
JOIN_SUFFIXES = ("sk", "id", "key", "no")     # ("no": the CRM's customer_no, order_no)


def tokens(name: str) -> list[str]:
    """A name's words, a key's word last: French warehouses say the key first (id_client, id_date, sk_member), read as
    client_id, date_id, member_sk."""
    parts = [t for t in re.split(r"_+", name.lower()) if t]
    return parts[1:] + parts[:1] if len(parts) > 1 and parts[0] in _KEY_FIRST else parts


# (never 'no' first: no_contact, no_email say a negation, not a key)
_KEY_FIRST = ("sk", "id", "key")


def singular(word: str) -> str:
    for plural, one in (("ies", "y"), ("sses", "ss"), ("xes", "x"), ("ches", "ch"), ("shes", "sh")):
        if word.endswith(plural):
            return word[: -len(plural)] + one
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def table_prefix(columns: list[str]) -> str | None:
    """The first token most columns of a table share (`ss` of store_sales), when there is one."""
    if len(columns) < 2:
        return None
    firsts = [tokens(c)[0] for c in columns if len(tokens(c)) > 1]
    best = max(set(firsts), key=firsts.count, default=None)
    if best and len(best) <= 4 and firsts.count(best) >= max(2, 2 * len(columns) / 3):
        return best
    return None


def core(column: str, prefix: str | None) -> list[str]:
    """A column's tokens without its table's prefix: ss_sold_date_sk -> [sold, date, sk]."""
    parts = tokens(column)
    return parts[1:] if prefix and len(parts) > 1 and parts[0] == prefix else parts


# Words in front of a star schema's table names that say its kind, not its subject: dim_member is about members.
TABLE_KIND_WORDS = {"dim", "dimension", "fact", "fct"}


def subject(table: str) -> list[str]:
    """The words of a table's name that say what it holds: dim_member -> [member], fact_receipt_line ->
    [receipt, line], store_sales -> [store, sales]."""
    words = tokens(table)
    return words[1:] if len(words) > 1 and words[0] in TABLE_KIND_WORDS else words


def key_stem(column: str, prefix: str | None, table: str) -> list[str]:
    """What a key is called when other tables reference it: c_customer_sk -> [customer, sk];
    a key named just `id` in table `customers` -> [customer, id]; shop_sk in dim_shop (whose columns all
    start with shop_, the table's own name rather than a prefix) -> [shop, sk]."""
    parts = core(column, prefix)
    if len(parts) == 1:
        named = [singular(t) for t in subject(table)]
        return ([prefix] if prefix in named else named) + parts
    return parts


def _token_match(fk: str, key: str, key_prefix: str | None) -> str | None:
    """How a referencing column's token names a key's token: the key's word when they match, else None.

    addr ~ address (abbreviation), cdemo ~ demo of table cd_* (the table's prefix letters in front)."""
    if fk == key or singular(fk) == singular(key):
        return key
    if len(fk) >= 3 and len(key) >= 3 and (key.startswith(fk) or fk.startswith(key)):
        return key
    if key_prefix and fk.endswith(key) and key_prefix.startswith(fk[: -len(key)]) and len(fk) > len(key):
        return fk
    return None


def reference(fk_column: str, fk_prefix: str | None, stem: list[str], key_prefix: str | None) -> tuple[str, int] | None:
    """(role, score) when `fk_column` names a key of stem `stem`: the role is the column's own words for it
    (sold_date, current_address, customer); the score ranks exact names above abbreviations."""
    fk = core(fk_column, fk_prefix)
    if len(fk) < len(stem) or fk[-1] != stem[-1] or stem[-1] not in JOIN_SUFFIXES or len(stem) < 2:
        return None
    words, score = [], 0
    for f, k in zip(fk[-len(stem):-1], stem[:-1]):
        matched = _token_match(f, k, key_prefix)
        if matched is None:
            return None
        words.append(matched)
        score += 2 if f == k else 1
    return "_".join(fk[: len(fk) - len(stem)] + words), score


# -- calendar --------------------------------------------------------------------------------------------
# A date dimension's own year, quarter and month columns (d_year, d_qoy, d_moy; cal_year, cal_quarter, cal_month).
# French warehouses say annee, trimestre, mois; a column may say it holds a number (year_num, month_no).
CALENDAR_PARTS = {"year": {"year", "yr", "annee", "an"}, "quarter": {"quarter", "qtr", "qoy", "trimestre", "trim"},
                  "month": {"month", "moy", "mon", "mois"}}
CALENDAR_WORDS = {"cal", "calendar", "num", "no", "nr", "number"}


def calendar_part(column: str, prefix: str | None) -> str | None:
    """'year', 'quarter' or 'month' when a calendar's column is named for just that part (not d_month_seq or
    d_fy_year, which count something else)."""
    parts = [t for t in core(column, prefix) if t not in CALENDAR_WORDS]
    if len(parts) != 1:
        return None
    return next((part for part, words in CALENDAR_PARTS.items() if parts[0] in words), None)


# -- personal data ---------------------------------------------------------------------------------------
# Words that name personal data wherever they appear; and words that do only in tables about customers
# (a store's street or name is not a person's).
# French warehouses' words too (prenom, nom, date_naissance, courriel, portable, adresse, code_postal).
PERSONAL_ALWAYS = {"email", "mail", "phone", "mobile", "telephone", "tel", "fax", "ip", "login", "username",
                   "password", "ssn", "passport", "iban", "birth", "birthday", "dob", "firstname", "lastname",
                   "surname", "fullname", "manager", "courriel", "portable", "prenom", "naissance", "nir"}
PERSONAL_PAIRS = {("first", "name"), ("last", "name"), ("full", "name"), ("middle", "name"), ("given", "name"),
                  ("family", "name"), ("card", "number"), ("credit", "card"), ("user", "name"), ("nom", "famille"),
                  ("nom", "usage")}
PERSONAL_NEAR_CUSTOMERS = {"name", "street", "address", "addr", "zip", "postal", "postcode", "suite", "apartment",
                           "latitude", "longitude", "lat", "lon", "lng", "gps", "nom", "adresse", "rue", "cp"}


def personal_by_name(column: str, prefix: str | None, family: str, near_customers: bool) -> str | None:
    """Why a column's name says it holds personal data, or None. Keys and flags are never personal."""
    parts = core(column, prefix)
    if family == "boolean" or (parts and parts[-1] in JOIN_SUFFIXES):
        return None
    pairs = set(zip(parts, parts[1:]))
    found = next((t for t in parts if t in PERSONAL_ALWAYS), None) or next(("_".join(p) for p in pairs & PERSONAL_PAIRS), None)
    if found is None and near_customers:
        found = next((t for t in parts if t in PERSONAL_NEAR_CUSTOMERS), None)
    return f"its name says {found}" if found else None


BIRTH_PARTS = {"year": "birth_year", "yr": "birth_year", "month": "birth_month", "mon": "birth_month",
               "day": "birth_day", "dom": "birth_day", "annee": "birth_year", "mois": "birth_month", "jour": "birth_day"}
BIRTH_WORDS = {"birth", "dob", "birthday", "naissance"}


def birth_role(column: str, prefix: str | None, family: str) -> str | None:
    """birth_date for a DATE of birth, birth_year/month/day for integer parts of it."""
    parts = core(column, prefix)
    if not BIRTH_WORDS & set(parts):
        return None
    if family in ("date", "timestamp"):
        return "birth_date"
    if family == "integer":
        return next((BIRTH_PARTS[t] for t in parts if t in BIRTH_PARTS), None)
    return None


# -- events ----------------------------------------------------------------------------------------------
# Kinds of events by the words of their table's name; the first listed word that occurs wins.
KINDS = [("return", {"return", "returns", "refund", "refunds", "retour", "retours", "remboursement", "remboursements"}),
         ("purchase", {"sale", "sales", "order", "orders", "transaction", "transactions", "purchase", "purchases",
                       "invoice", "invoices", "booking", "bookings", "receipt", "receipts", "vente", "ventes",
                       "commande", "commandes", "achat", "achats", "facture", "factures", "reservation", "reservations"}),
         ("message", {"message", "messages", "email", "emails", "send", "sends", "sms", "push", "notification",
                      "envoi", "envois", "notifications"}),
         ("visit", {"session", "sessions", "visit", "visits", "pageview", "pageviews", "visite", "visites"}),
         ("contact", {"ticket", "tickets", "case", "cases", "call", "calls", "complaint", "complaints", "reclamation",
                      "reclamations", "appel", "appels"}),
         ("consent", {"consent", "consents", "subscription", "subscriptions", "optin", "optins", "consentement",
                      "consentements"})]

# Tables that say who may be contacted: rules for every audience (policies), not something customers do.
POLICY_KINDS = [("suppression", [("optout",), ("optouts",), ("opt", "out"), ("opt", "outs"), ("unsubscribe",),
                                 ("unsubscribes",), ("unsubscribed",), ("suppression",), ("suppressions",),
                                 ("suppressed",), ("blocklist",), ("blacklist",), ("do", "not", "contact"), ("dnc",),
                                 ("ne", "pas", "contacter"), ("desabonnement",), ("desabonnements",),
                                 ("desinscription",), ("repoussoir",), ("liste", "rouge"), ("opposition",)]),
                ("consent", [("consent",), ("consents",), ("optin",), ("optins",), ("opt", "in"), ("opt", "ins"),
                             ("permission",), ("permissions",), ("consentement",), ("consentements",)])]


def policy_kind(table: str) -> str | None:
    """'suppression' (an opt-out or do-not-contact list) or 'consent' (consent per channel), from a table's name."""
    words = tokens(table)
    for kind, phrases in POLICY_KINDS:
        if any(words[i:i + len(ph)] == list(ph) for ph in phrases for i in range(len(words))):
            return kind
    return None


def event_kind(table: str) -> str | None:
    parts = set(tokens(table))
    return next((kind for kind, words in KINDS if parts & words), None)


# Words of the column dating an event, best first (a sale's date before its ship date).
TIME_WORDS = ["sold", "vente", "order", "ordered", "commande", "purchase", "purchased", "achat", "transaction", "txn",
              "returned", "return", "retour", "sent", "envoi", "created", "creation", "event", "started", "start",
              "debut", "visit", "visite", "occurred", "booked", "date", "ts", "at", "time", "horodatage", "heure"]


def time_rank(name: str) -> int:
    parts = tokens(name)
    return next((i for i, w in enumerate(TIME_WORDS) if w in parts), len(TIME_WORDS))


# Columns naming the ticket or order a line belongs to.
GROUP_WORDS = {"ticket", "order", "transaction", "basket", "invoice", "receipt", "booking", "cart", "commande",
               "facture", "panier", "reservation"}
GROUP_SUFFIXES = {"number", "id", "no", "num", "nr", "sk", "key", "numero"}


def names_a_group(column: str, prefix: str | None) -> bool:
    parts = core(column, prefix)
    return len(parts) >= 2 and parts[-1] in GROUP_SUFFIXES and bool(set(parts[:-1]) & GROUP_WORDS)


# Money and quantity columns (measures summed per customer), and the amount spent, best first.
MONEY_WORDS = {"amount", "amt", "price", "paid", "cost", "revenue", "total", "value", "spend", "spent", "profit",
               "tax", "fee", "discount", "net", "sales", "credit", "loss", "cash", "charge", "coupon", "refunded",
               "montant", "prix", "ttc", "ht", "cotisation", "remise", "ca"}
QUANTITY_WORDS = {"quantity", "qty", "units", "items", "count", "quantite", "qte", "nb", "nombre"}
AMOUNT_NAMES = ["net_paid", "total_amount", "amount", "net_amount", "total", "revenue", "sales_amount", "line_amount",
                "paid", "return_amt", "return_amount", "refund_amount", "sales_price", "price",
                "montant_ttc", "montant", "montant_total", "montant_ht", "ca", "prix"]


def measure_kind(column: str, prefix: str | None, family: str) -> str | None:
    """'money', 'quantity' or None, from a numeric column's name."""
    if family not in ("integer", "decimal", "float"):
        return None
    parts = set(core(column, prefix))
    if parts & QUANTITY_WORDS:
        return "quantity"
    if family != "integer" and parts & MONEY_WORDS:
        return "money"
    return None


def amount_rank(column: str, prefix: str | None) -> int:
    name = "_".join(core(column, prefix))
    return next((i for i, n in enumerate(AMOUNT_NAMES) if name == n), len(AMOUNT_NAMES))


# Entity tables by name.
ENTITY_WORDS = {"customer", "client", "member", "user", "account", "person", "people", "contact", "subscriber",
                "shopper", "consumer", "buyer", "guest", "patient", "player", "donor", "adherent", "abonne",
                "utilisateur", "personne"}


def names_an_entity(table: str) -> bool:
    parts = tokens(table)
    return bool(parts) and singular(parts[-1]) in ENTITY_WORDS
