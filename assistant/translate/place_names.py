"""Countries by their names in each language (Babel's CLDR data): a warehouse that stores countries by their English
names ('GERMANY', 'United States') is read from a French request that names them in French ('nés en Allemagne'),
as a catalog's own `names` are. English requests need none of it."""
from __future__ import annotations

import functools

from babel import Locale, UnknownLocaleError


@functools.cache
def _english_codes() -> dict[str, str]:
    """Each English name of a country or region, folded, -> its CLDR code."""
    return {name.casefold(): code for code, name in Locale("en").territories.items() if code.isalpha()}


@functools.cache
def _local_names(lang: str) -> dict[str, str]:
    try:
        return dict(Locale(lang).territories)
    except (UnknownLocaleError, ValueError):
        return {}


def country_names(values: list[str], lang: str) -> dict[str, list[str]]:
    """For each of `values` that is a country's English name, its name in `lang` (when it differs)."""
    if lang == "en":
        return {}
    codes, local = _english_codes(), _local_names(lang)
    out = {}
    for value in values:
        code = codes.get(value.casefold())
        name = local.get(code) if code else None
        if name and name.casefold() != value.casefold():
            out[value] = [name]
    return out
