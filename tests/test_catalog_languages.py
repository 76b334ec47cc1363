"""Catalog words per language: `fr:` blocks load, bad ones are reported with their line, the demo catalogs
carry French for everything a marketer names, and `catalog check` lists what still lacks a French label."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from assistant.errors import CatalogError
from assistant.settings import DEMO_CATALOG
from schema_catalog import load_catalog, phrases
from schema_catalog.check import check_catalog
from schema_catalog.model import Catalog, LocalEvent, LocalText
from schema_catalog.phrases import missing_labels
from tests.test_catalog import line_of

STREAMBOX = DEMO_CATALOG.parent / "catalogs" / "streambox.yaml"
MINIMAL = """\
version: 2
name: shop
entity:
  name: customer
  plural: customers
  table: crm.customers
  key: customer_id
  synonyms: [customer, customers]
  fr: {label: client, plural: clients, synonyms: [client, clients, cliente, clientes]}
sources:
  crm: {system: CRM, schema: crm, freshness: hourly}
tables:
  crm.customers:
    source: crm
    columns:
      customer_id: {type: BIGINT}
      gender:
        type: VARCHAR
        synonyms: [gender, sex]
        fr: {label: sexe, synonyms: [sexe, genre]}
        values:
          female:
            label: women
            synonyms: [women, female]
            fr: {label: femmes, synonyms: [femme, femmes, féminin]}
          male: {label: men, synonyms: [men, male]}
  crm.orders:
    source: crm
    columns:
      order_id: {type: BIGINT}
      customer_id: {type: BIGINT}
      ordered_at: {type: TIMESTAMP}
relationships:
  - {name: customer, from: crm.orders.customer_id, to: crm.customers.customer_id}
events:
  order:
    label: order
    table: crm.orders
    customer_key: customer_id
    time: ordered_at
    kind: purchase
    synonyms: [ordered, orders]
    qualifiers: [online]
    fr: {label: commande, synonyms: [commandé, commandes], qualifiers: [en ligne, sur internet]}
glossary:
  - term: buyer
    synonyms: [buyers]
    meaning: Ordered once.
    sql: SELECT customer_id FROM crm.orders
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "shop.yaml"
    path.write_text(text)
    return path


def test_fr_blocks_load_next_to_the_english_words(tmp_path):
    cat = load_catalog(write(tmp_path, MINIMAL))
    gender = cat.column("crm.customers.gender")
    assert gender.values["female"].words("fr") == LocalText(label="femmes", synonyms=["femme", "femmes", "féminin"])
    assert gender.values["female"].words("en") == LocalText(label="women", synonyms=["women", "female"])
    assert gender.values["male"].words("fr") == LocalText()  # no French yet: empty, never the English words
    assert cat.events["order"].words("fr") == LocalEvent(label="commande", synonyms=["commandé", "commandes"],
                                                         qualifiers=["en ligne", "sur internet"])
    assert cat.events["order"].words("en").qualifiers == ["online"]
    assert cat.entity.words("fr").plural == "clients"
    assert cat.entity.words("en").label == "customer"


def test_phrases_read_every_named_element_in_one_language(tmp_path):
    cat = load_catalog(write(tmp_path, MINIMAL))
    fr = {p.ref: p for p in phrases(cat, "fr")}
    female = fr[("tables", "crm.customers", "columns", "gender", "values", "female")]
    assert (female.kind, female.text.label) == ("value", "femmes")
    assert fr[("events", "order")].text.qualifiers == ["en ligne", "sur internet"]
    assert fr[("tables", "crm.customers", "columns", "gender", "values", "male")].text.label == ""
    en = {p.ref: p for p in phrases(cat, "en")}
    assert en.keys() == fr.keys()
    assert en[("tables", "crm.customers", "columns", "gender")].text.label == "gender"  # a column is named by its name
    assert en[("glossary", 0)].text.label == "buyer"
    # only what a marketer names: the key and the columns without words are not phrases
    assert ("tables", "crm.customers", "columns", "customer_id") not in en
    with pytest.raises(ValueError, match="unknown language 'de'"):
        list(phrases(cat, "de"))


@pytest.mark.parametrize("old,new,expect,needle", [
    ("fr: {label: sexe, synonyms: [sexe, genre]}", "fr: {lable: sexe, synonyms: [sexe, genre]}",
     "unknown key 'lable'; did you mean label?", "lable: sexe"),
    ("fr: {label: commande, synonyms: [commandé, commandes], qualifiers: [en ligne, sur internet]}",
     "fr: {label: commande, synonyms: [commandé, commandes], qualifier: [en ligne]}",
     "unknown key 'qualifier'; did you mean qualifiers?", "qualifier: [en ligne]"),
    ("            fr: {label: femmes, synonyms: [femme, femmes, féminin]}", "            fr: femmes",
     "values.female.fr: Input should be a valid dictionary", "fr: femmes"),
    ("            fr: {label: femmes, synonyms: [femme, femmes, féminin]}", "            fr: {label: femmes, synonyms: femme}",
     "values.female.fr.synonyms: Input should be a valid list", "synonyms: femme"),
    ("  synonyms: [customer, customers]\n", "  synonyms: [customer, customers]\n  de: {label: Kunde}\n",
     "unknown key 'de'", "de: {label: Kunde}"),
])
def test_malformed_fr_block_names_file_and_line(tmp_path, old, new, expect, needle):
    assert old in MINIMAL
    path = write(tmp_path, MINIMAL.replace(old, new, 1))
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    text = str(info.value)
    assert expect in text, text
    assert f"{path}:{line_of(path, needle)}:" in text, text


def _named_elements(cat: Catalog):
    """Enumerated here from the model itself, not through phrases(), so the test does not trust the code it tests."""
    yield "entity", cat.entity
    for tname, table in cat.tables.items():
        if table.synonyms:
            yield f"table {tname}", table
        for cname, col in table.columns.items():
            if col.synonyms:
                yield f"column {tname}.{cname}", col
            for v, value in col.values.items():
                yield f"value {tname}.{cname}={v}", value
            for s, vset in col.value_sets.items():
                yield f"value set {tname}.{cname}:{s}", vset
    for ename, ev in cat.events.items():
        yield f"event {ename}", ev
        for dname, dim in ev.dimensions.items():
            if dim.synonyms:
                yield f"dimension {ename}.{dname}", dim
    for iname, ind in cat.indicators.items():
        yield f"indicator {iname}", ind
        for v, value in ind.values.items():
            yield f"indicator value {iname}={v}", value
    for term in cat.glossary:
        yield f"glossary {term.term}", term
    for amb in cat.ambiguous:
        yield f"ambiguous {amb.term}", amb
    for sname, sup in cat.policies.suppressions.items():
        yield f"suppression {sname}", sup
    if cat.policies.pressure_cap:
        yield "pressure cap", cat.policies.pressure_cap


@pytest.mark.parametrize("path", [DEMO_CATALOG, STREAMBOX], ids=["demo_retailer", "streambox"])
def test_shipped_catalogs_name_everything_in_french(path):
    cat = load_catalog(path)
    elements = list(_named_elements(cat))
    assert len(elements) > 40
    without_label = [name for name, el in elements if el.fr is None or not el.fr.label.strip()]
    assert without_label == []
    # a label alone is not enough to be understood: every block also lists the words marketers type
    without_words = [name for name, el in elements if not el.fr.synonyms and not name.startswith(("suppression", "pressure"))]
    assert without_words == []
    events_without_verbs = [name for name, ev in cat.events.items() if len(ev.fr.synonyms) < 3]
    assert events_without_verbs == []


def test_french_values_list_the_plural_and_feminine_forms():
    cat = load_catalog(DEMO_CATALOG)
    gender = cat.column("crm.customers.gender").values
    assert {"femme", "femmes", "clientes"} <= set(gender["female"].fr.synonyms)
    assert {"homme", "hommes", "clients masculins"} & set(gender["male"].fr.synonyms) >= {"homme", "hommes"}
    country = cat.column("crm.customers.country").values
    assert {"français", "française", "françaises", "france"} <= {s.lower() for s in country["FR"].fr.synonyms}
    assert {"allemands", "allemagne"} <= {s.lower() for s in country["DE"].fr.synonyms}
    assert {"pays-bas", "néerlandais", "hollandais"} <= {s.lower() for s in country["NL"].fr.synonyms}


def test_a_phrase_never_names_two_values_of_one_column_in_french():
    """Within one vocabulary a French word must pick one value, or the translator cannot tell them apart."""
    cat = load_catalog(DEMO_CATALOG)
    clashes = []
    for tname, table in cat.tables.items():
        for cname, col in table.columns.items():
            seen: dict[str, str] = {}
            for v, value in col.values.items():
                for word in {value.fr.label.lower(), *(s.lower() for s in value.fr.synonyms)}:
                    if seen.setdefault(word, v) != v:
                        clashes.append(f"{tname}.{cname}: '{word}' -> {seen[word]} and {v}")
    assert clashes == []


# -- catalog check: what still lacks French ----------------------------------

def test_missing_labels_name_file_line_and_element(tmp_path):
    path = write(tmp_path, MINIMAL)
    cat = load_catalog(path)
    missing = missing_labels(cat, "fr")
    where = {m.ref: m for m in missing}
    assert set(where) == {("tables", "crm.customers", "columns", "gender", "values", "male"), ("glossary", 0)}
    male = where[("tables", "crm.customers", "columns", "gender", "values", "male")]
    assert male.location == f"{path}:{line_of(path, 'male: {label: men')}"
    assert male.what == "value 'male' of crm.customers.gender"


def test_catalog_check_lists_missing_french_labels(tmp_path, demo_db, warehouse):
    # drop the French of the 'male' gender value (a flow mapping) and of the 'engaged' ambiguous word (a block)
    text = _drop_fr_of(DEMO_CATALOG.read_text(), "      male: {label: men,")
    path = tmp_path / "partial.yaml"
    path.write_text(_drop_fr_of(text, "  - term: engaged\n"))
    report = check_catalog(load_catalog(path), warehouse)
    assert report.errors == []
    french = [n for n in report.notes if "no French label" in n]
    male_line = line_of(path, "      male: {label: men,")
    assert french[0].startswith(f"{path}:{male_line}: no French label for value 'male' of crm.customers.gender")
    assert any(n.startswith(f"{path}:{line_of(path, '  - term: engaged')}: no French label for ambiguous term 'engaged'")
               for n in french)
    proc = subprocess.run([sys.executable, "-m", "assistant", "catalog", "check", "--catalog", str(path), "--db", str(demo_db)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "info: 2 catalog element(s) have no French label" in proc.stdout
    assert f"info: {path}:{male_line}: no French label" in proc.stdout


def _drop_fr_of(text: str, header: str) -> str:
    """Remove the `fr:` block of the element starting at `header`: a `fr: {...}` continuing a flow mapping, or a block."""
    head, rest = text.split(header, 1)
    lines = (header + rest).splitlines(keepends=True)
    i = next(n for n, line in enumerate(lines) if line.lstrip().startswith("fr:"))
    indent = len(lines[i]) - len(lines[i].lstrip())
    j = i + 1
    while j < len(lines) and len(lines[j]) - len(lines[j].lstrip()) > indent:
        j += 1
    if lines[i - 1].rstrip().endswith(","):  # flow mapping: the element closes where its fr: block closed
        lines[i - 1] = lines[i - 1].rstrip()[:-1] + "}\n"
    return head + "".join(lines[:i] + lines[j:])


def _without_french(node):
    if isinstance(node, dict):
        return {k: _without_french(v) for k, v in node.items() if k != "fr"}
    if isinstance(node, list):
        return [_without_french(v) for v in node]
    return node


def test_catalog_without_any_french_gets_one_line_not_a_list(tmp_path, warehouse):
    path = tmp_path / "english.yaml"
    path.write_text(yaml.safe_dump(_without_french(yaml.safe_load(DEMO_CATALOG.read_text())), sort_keys=False))
    report = check_catalog(load_catalog(path), warehouse)
    assert report.errors == []
    french = [n for n in report.notes if "French" in n]
    assert len(french) == 1
    assert "no French labels at all" in french[0] and "French requests" in french[0]


def test_demo_catalog_check_has_no_missing_french(catalog, warehouse):
    assert [n for n in check_catalog(catalog, warehouse).notes if "French" in n] == []
