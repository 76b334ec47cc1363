"""The catalog's words are built once per process for one catalog's content, values and language (about a second
each): every `pipeline.open` makes a new translator over a catalog loaded again. An edited catalog is another."""
from __future__ import annotations

import datetime as dt

from assistant.settings import DEMO_CATALOG
from assistant.translate.offline.translator import OfflineTranslator
from schema_catalog import load_catalog


def test_the_same_catalog_loaded_twice_shares_its_words_and_reads_alike():
    a, b = OfflineTranslator(load_catalog(DEMO_CATALOG)), OfflineTranslator(load_catalog(DEMO_CATALOG))
    assert a.lexicon is b.lexicon and a._reader("fr")[0] is b._reader("fr")[0]
    request = "clients VIP qui ont acheté en magasin ces 6 derniers mois"
    assert a.translate(request, dt.date(2026, 9, 30)).definition == b.translate(request, dt.date(2026, 9, 30)).definition


def test_an_edited_catalog_gets_its_own_words():
    catalog = load_catalog(DEMO_CATALOG)
    before = OfflineTranslator(catalog)
    asked = before.translate("zorglub customers", dt.date(2026, 9, 30))
    assert asked.status != "ok"
    vip = catalog.tables["crm.customers"].columns["loyalty_tier"].values["vip"]
    edited = catalog.model_copy(deep=True)
    edited.tables["crm.customers"].columns["loyalty_tier"].values["vip"] = vip.model_copy(
        update={"synonyms": [*vip.synonyms, "zorglub"]})
    after = OfflineTranslator(edited)
    assert after.lexicon is not before.lexicon
    assert after.translate("zorglub customers", dt.date(2026, 9, 30)).status == "ok"
