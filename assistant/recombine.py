"""The recombination replay: right answers composed into new requests, each with a gold derived from theirs.

The structural counterpart of the typed forms (evals.typed_forms): where those retype one request, these join the
condition parts of two right answers ('<A> who also <B>', gold A INTERSECT B), exclude one from the other ('<A> but
not <B>', gold A EXCEPT B) or reshape one (a question, chit-chat around it, a bullet brief, its period moved to the
front; gold A). Only requests of one simple shape are cut into parts: '<before> <head> <after>', the head the
customers' noun, no punctuation nor word that makes the cut unclear (RECOMBINATION of each lang_xx.py holds those
words and the templates). Two requests are joined only when they are of one set (catalog, day, language) and their
criteria read different things (two countries joined by 'and' are a union a marketer may mean). Deterministic: the
pairs are drawn with a fixed seed.
"""
from __future__ import annotations

import random
import re
import string
from collections import defaultdict
from dataclasses import dataclass

from assistant.translate.languages import words_of

SEED = 37
PAIRS_PER_SET = 80          # pairs drawn per (catalog, day, language) group, each said once joined and once excluded
RESHAPES = 2                # reshaped forms per request (rotating over the templates it fills)
# Golds whose customers depend on the others around them (a top n, a share, a sample): no set algebra on those.
_RANKED = re.compile(r"\b(LIMIT|ORDER\s+BY|QUALIFY|ROW_NUMBER|RANK|DENSE_RANK|NTILE|PERCENT_RANK|CUME_DIST|SAMPLE|"
                     r"TABLESAMPLE|RANDOM)\b", re.IGNORECASE)
_SLOTS = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Shape:
    """A request cut at its head: the words before it, the head, the words after it (as typed); `plain` when the
    head says no more than 'customers' (the request may be said without it)."""
    before: str
    head: str
    after: str
    language: str
    plain: bool = True


def shape_of(request: str, language: str) -> Shape | None:
    """The request's parts when it has the simple shape, else None (nothing is composed from it)."""
    words = words_of(language).RECOMBINATION
    request = request.strip()
    request = request[:-1].rstrip() if request[-1:] in words["ends"] else request
    tokens = request.split()
    lowered = [t.lower() for t in tokens]
    if not tokens or len(tokens) > 22 or any(_stopped(t, words["stops"]) for t in lowered):
        return None
    heads = words["heads"] | words["saying_heads"]
    at = next((i for i, t in enumerate(lowered) if t in heads), None)
    if at is None or any(t in words["openers"] and t not in words["determiners"] for t in lowered[:at]):
        return None
    return Shape(" ".join(tokens[:at]), tokens[at], " ".join(tokens[at + 1:]), language, lowered[at] in words["heads"])


def _stopped(token: str, stops: frozenset[str]) -> bool:
    if token in stops:
        return True
    return any(ch in stops for ch in token if ch in string.punctuation + "«»\n" and ch not in "-'’")


def slots(shape: Shape) -> dict[str, str]:
    """The template slots this request fills (see RECOMBINATION in lang_en.py)."""
    words = words_of(shape.language).RECOMBINATION
    request = " ".join(x for x in (shape.before, shape.head, shape.after) if x)
    after = shape.after.split()
    first = after[0].lower() if after else ""
    out = {"A": request}
    if shape.head.lower() not in words["determiners"]:
        out["head"] = shape.head.lower()
    opened = any(w.lower() in words["openers"] for w in after)
    if not after or (shape.language == "fr" and not opened and len(after) <= 3):
        out["Aadj"] = request
    if first in words["openers"]:
        out["Aclause"] = request
        out["Anp"] = f"{shape.before} {shape.head}".strip()
        out["Apost"] = shape.after
        if not shape.before and shape.plain:
            out["Bpost"] = shape.after
            if first in words["relatives"] and len(after) > 1:
                out["Arel"] = out["Brel"] = " ".join(after[1:])
                out["Bclause"] = shape.after
    lead = (shape.before or shape.head).split()[0].lower()
    if lead not in words["determiners"]:
        out["Anodet"] = request[:1].lower() + request[1:] if request[:1].isupper() and request[1:2].islower() else request
    out["Bnodet"] = out.get("Anodet", "")
    if not out["Bnodet"]:
        del out["Bnodet"]
    out.update(_fronted(shape, words))
    return out


def _fronted(shape: Shape, words: dict) -> dict[str, str]:
    """The request with its period moved to the front, when it has one clause ending with a period said once."""
    after = shape.after.lower()
    if not after or sum(w in words["openers"] for w in after.split()) != 1 or shape.after.split()[0].lower() not in \
            words["openers"]:
        return {}
    found = [(m.start(), w) for w in words["windows"] for m in re.finditer(rf"(?<!\S){re.escape(w)}(?!\S)", after)]
    if len(found) != 1 or found[0][0] == 0:
        return {}
    at = found[0][0]
    head = f"{shape.before} {shape.head} {shape.after[:at].rstrip()}".strip()
    if len(head.split()) < 3:
        return {}
    window = shape.after[at:]
    return {"window": window[:1].upper() + window[1:], "Arest": head[:1].lower() + head[1:]
            if head[:1].isupper() and head[1:2].islower() else head}


def fill(template: str, a: dict[str, str], b: dict[str, str] | None = None) -> str | None:
    """The template said with A's slots (and B's, for the slots named B...), or None when one is missing."""
    values = {}
    for name in _SLOTS.findall(template):
        own = b if name.startswith("B") else a
        key = "A" + name[1:] if name.startswith("B") and name not in ("Bpost", "Brel", "Bclause", "Bnodet") else name
        if own is None or key not in own:
            return None
        values[name] = own[key]
    return template.format(**values)


def _gold(p) -> str | None:
    sql = (p.gold or "").strip().rstrip(";").strip()
    return None if not sql or _RANKED.search(sql) else sql


def _intersect(a: str, b: str) -> str:
    return f"SELECT k FROM ({a}) AS a(k)\nINTERSECT\nSELECT k FROM ({b}) AS b(k)"


def _except(a: str, b: str) -> str:
    return f"SELECT k FROM ({a}) AS a(k) WHERE k IS NOT NULL\nEXCEPT\nSELECT k FROM ({b}) AS b(k)"


def subjects(definition) -> frozenset[str]:
    """What each criterion reads (a column, the events, else its kind and label): two requests reading one of them
    are not joined."""
    out = set()
    for c in [*definition.criteria, *definition.exclusions]:
        spec = c.spec or {}
        out.add(spec.get("column") or ",".join(spec.get("events") or ()) or f"{spec.get('kind')}:{c.label}")
    return frozenset(out)


def recombine(right: list, *, seed: int = SEED, pairs_per_set: int = PAIRS_PER_SET) -> list:
    """New requests from right answers: `right` is (golden prompt, language, subjects) triples. Each new prompt
    has its gold derived from theirs, its id '<A>+<B>~<form><n>' and a tag 'recombined:<form>'."""
    groups: dict[tuple, list] = defaultdict(list)
    made = []
    for p, language, read in right:
        shape, gold = shape_of(p.request, language), _gold(p)
        if shape is None or gold is None:
            continue
        filled = slots(shape)
        groups[(p.catalog, p.as_of, language)].append((p, filled, gold, read))
        made += _reshaped(p, filled, words_of(language).RECOMBINATION["reshape"], len(made))
    rng = random.Random(seed)
    for key in sorted(groups, key=str):
        items = groups[key]
        pairs = [(x, y) for x in items for y in items if x[0].id != y[0].id and not (x[3] & y[3])]
        rng.shuffle(pairs)
        words = words_of(key[2]).RECOMBINATION
        for n, (x, y) in enumerate(pairs[:pairs_per_set]):
            made += _composed(x, y, words["and"], "and", _intersect, n)
            made += _composed(x, y, words["except"], "except", _except, n)
    return made


def _reshaped(p, filled: dict, templates: tuple[str, ...], turn: int) -> list:
    """RESHAPES of the templates the request fills, from the turn-th on (each template gets its share)."""
    usable = [(n, fill(t, filled)) for n, t in enumerate(templates)]
    usable = [(n, r) for n, r in usable if r and r != p.request]
    out = []
    for k in range(min(RESHAPES, len(usable))):
        n, request = usable[(turn + k) % len(usable)]
        out.append(p.model_copy(update={"id": f"{p.id}~reshape{n}", "request": request,
                                            "tags": [*p.tags, "recombined:reshape"]}))
    return out


def _composed(x, y, templates: tuple[str, ...], form: str, gold, n: int) -> list:
    """One of the templates both fill (rotating with the pair's rank: each template gets its share)."""
    (a, sa, ga, _), (b, sb, gb, _) = x, y
    usable = [(i, t) for i, t in enumerate(templates) if fill(t, sa, sb)]
    if not usable:
        return []
    i, template = usable[n % len(usable)]
    return [a.model_copy(update={"id": f"{a.id}+{b.id}~{form}{i}", "request": fill(template, sa, sb),
                                 "gold": gold(ga, gb), "tags": [*a.tags, f"recombined:{form}"]})]
