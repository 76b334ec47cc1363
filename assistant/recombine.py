"""The recombination replay: right answers composed into new requests, each with a gold derived from theirs.

The structural counterpart of the typed forms (evals.typed_forms): where those retype one request, these join the
condition parts of two right answers ('<A> who also <B>', gold A INTERSECT B), exclude one from the other ('<A> but
not <B>', '<A> who never <B>', gold A EXCEPT B), unite them ('<A> or <B>', 'soit ... soit', gold A UNION B), say three
at once (a list of three, 'but neither <B> nor <C>', three alternatives) or reshape one (a question, chit-chat around
it, a bullet brief, its period moved to the front; gold A). Only requests of one simple shape are cut into parts:
'<before> <head> <after>', the head the customers' noun, no punctuation nor word that makes the cut unclear
(RECOMBINATION of each lang_xx.py holds those words and the templates). Two requests are joined only when they are of
one set (catalog, day, language) and their criteria read different things (two countries joined by 'and' are a union
a marketer may mean). A form whose gold holds only for some answers asks what it needs of them (a `Read`): 'who never
<B>' a B that is one behaviour done (its complement is never having done it), a period of B said first an A with no
time of its own. Deterministic: the pairs are drawn with a fixed seed.
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
# ... and drawn again (another seed) for the forms added since, each said once in each: united, never, period first
MORE_PAIRS_PER_SET = 60
TRIPLES_PER_SET = 30        # three requests per group said as one list, one excluding two, three alternatives
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


@dataclass(frozen=True)
class Read:
    """What a right answer's definition reads: `subjects` (what each criterion reads: two answers reading one thing
    are not joined), `behaviour` when it is one behaviour done, with nothing counted nor measured (its complement is
    never having done it: 'who never <B>'), `timed` when a criterion has a time of its own (a behaviour, a date: a
    period said first could be its), `dated` when one says its period (after it, said once, a period may be read
    for the behaviour before it too), `denied` when one is negated or excluded ('who never ... or ...' is unclear)."""
    subjects: frozenset[str]
    behaviour: bool = False
    timed: bool = True
    dated: bool = True          # a criterion has a period of its own ('in the last 30 days', 'in 2002')
    denied: bool = True         # a criterion is negated, or something excluded


# the kinds of criterion with no time of their own (a value on file, a number, a score)
_TIMELESS = frozenset({"value", "flag_value", "compare", "known", "indicator"})
# what, said of a behaviour, makes it more than done at least once
_MORE_THAN_DONE = ("amount", "own_amount", "average", "first", "last", "rank", "measure", "top", "among", "over",
                   "after", "of_latest", "measured", "other_than", "negated")


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


def slots(shape: Shape, read: Read | None = None) -> dict[str, str]:
    """The template slots this request fills (see RECOMBINATION in lang_en.py); `read` what its answer reads (the
    slots of the forms whose gold needs it)."""
    words = words_of(shape.language).RECOMBINATION
    request = " ".join(x for x in (shape.before, shape.head, shape.after) if x)
    after = shape.after.split()
    first = after[0].lower() if after else ""
    out = {"A": request}
    out.update(_said_of_others(shape, read or Read(frozenset()), words, request))
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


def _said_of_others(shape: Shape, read: Read, words: dict, request: str) -> dict[str, str]:
    """The slots of the forms that say a request with others: united ({Aone}: nothing before the head nor any 'and'
    in it, so 'or' unites it whole; {Aonewho} the same with a relative clause; {Awho} any with one), its behaviour
    negated ({Bnever}: 'never bought online'), its verb alone
    ({Bverb}: 'bought online', French 'acheté en ligne' after its auxiliary; {Aperfect} a request whose clause opens
    with that auxiliary), its period said first ({Bwindow}, {Bunwindowed}) and a request with no time of its own
    ({Atimeless})."""
    out: dict[str, str] = {}
    after = shape.after.split()
    lowered = [w.lower() for w in after]
    unjoined = not words["conjunctions"] & {w.lower() for w in request.split()}
    if unjoined:
        out["unjoined"] = ""        # no template names it: the forms that unite ask for it (an 'and' inside is unclear)
    # one clause, said first ('customers in France', 'customers who bought online in May'; not 'customers in France
    # who ...': an 'or' after it could unite its last clause only)
    clauses = [k for k, w in enumerate(lowered) if w in words["clauses"]]
    single = not shape.before and shape.plain and unjoined and clauses in ([], [0])
    if single:
        out["Aone"] = request
    if not read.timed:
        out["Atimeless"] = request
    if len(after) < 2 or lowered[0] not in words["relatives"]:
        return out
    out["Awho"] = request
    clause = lowered[1:]
    if clause[0] in words["auxiliaries"]:
        out["Aperfect"] = request
    if single and not read.denied:
        out["Aonewho"] = request        # ('who never ordered or bought in store' is neither one)
    if not single or not read.behaviour or clause[0] in words["not_verbs"] or \
            clause[0] in words["auxiliaries"] and (len(clause) < 2 or clause[1] in words["not_participles"]
                                                   or clause[1][:1].isdigit()):
        return out
    negated = _negated(after[1:], clause, words)
    if negated:
        out["Bnever"] = negated
    verb = _verb(after[1:], clause, words)
    if verb and not read.dated:      # a period said after it could be the behaviour's before it too
        out["Bverb"] = verb
    period = _period_at_end(shape.after, words)
    if period is not None:
        out["Bwindow"], out["Bunwindowed"] = shape.after[period:], shape.after[:period].rstrip()
        out["Bwindow"] = out["Bwindow"][:1].upper() + out["Bwindow"][1:]
    return out


def _period_at_end(after: str, words: dict) -> int | None:
    """Where the clause's period starts when it ends the clause, said once (one of WINDOWS, then no opener of
    another phrase: 'in the last 3 months', not 'in the last 3 months in store'), after a verb and more."""
    lowered = after.lower()
    leads = [*words["windows"], *words["numbered_windows"]]
    found = [(m.start(), w) for w in leads for m in re.finditer(rf"(?<!\S){re.escape(w)}(?!\S)", lowered)]
    found = [(at, w) for at, w in found if w not in words["numbered_windows"] or _numbered(
        lowered[at + len(w):].split()[:1], words["numbered_windows"][w])]
    if len(found) != 1 or len(lowered[:found[0][0]].split()) < 3:
        return None
    at, lead = found[0]
    rest = lowered[at + len(lead):].split()
    return at if len(rest) <= 3 and not words["openers"] & set(rest) else None


def _numbered(first: list[str], kind: str) -> bool:
    """Is the word after a lead of NUMBERED_WINDOWS the number it needs ('ces 3 derniers mois'; 'in 2025', a year)?"""
    return bool(first) and first[0].isdigit() and (kind != "year" or len(first[0]) == 4)


def _negated(clause: list[str], lowered: list[str], words: dict) -> str | None:
    """A behaviour's clause said never done ('bought' -> 'never bought', 'ont acheté' -> 'n'ont jamais acheté'), by
    the longest of NEVER's leads it opens with, or the lead () when the language has one."""
    for n in range(max(map(len, words["never"])), -1, -1):
        said = tuple(lowered[:n])
        if len(said) == n and said in words["never"]:
            return " ".join([words["never"][said], *clause[n:]])
    return None


def _verb(clause: list[str], lowered: list[str], words: dict) -> str | None:
    """A behaviour's clause from its verb, to be said after another's ('neither bought online nor ...', 'ainsi que
    commandé en ligne'): after the language's auxiliary when it has one (French 'ont'), else as said."""
    if words["auxiliaries"]:
        return " ".join(clause[1:]) if lowered[0] in words["auxiliaries"] and len(clause) > 1 else None
    return " ".join(clause)


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


# the slots a request fills only as the second or third part (what follows its head, said after another's)
_OTHERS_OWN = frozenset({"post", "rel", "clause", "nodet", "never", "verb", "window", "unwindowed"})


def fill(template: str, a: dict[str, str], b: dict[str, str] | None = None, c: dict[str, str] | None = None) -> str | None:
    """The template said with A's slots (and B's, C's, for the slots named B..., C...), or None when one is missing."""
    values = {}
    for name in _SLOTS.findall(template):
        own = {"B": b, "C": c}.get(name[0], a)
        key = ("B" if name[1:] in _OTHERS_OWN else "A") + name[1:] if name[0] in "BC" else name
        if own is None or key not in own:
            return None
        values[name] = own[key]
    return template.format(**values)


def _gold(p) -> str | None:
    sql = (p.gold or "").strip().rstrip(";").strip()
    return None if not sql or _RANKED.search(sql) else sql


def _intersect(a: str, b: str) -> str:
    return f"SELECT k FROM ({a}) AS a(k)\nINTERSECT\nSELECT k FROM ({b}) AS b(k)"


def _except(a: str, b: str, c: str | None = None) -> str:
    out = f"SELECT k FROM ({a}) AS a(k) WHERE k IS NOT NULL\nEXCEPT\nSELECT k FROM ({b}) AS b(k)"
    return out if c is None else f"{out}\nEXCEPT\nSELECT k FROM ({c}) AS c(k)"


def _union(*golds: str) -> str:
    return "\nUNION\n".join(f"SELECT k FROM ({g}) AS {n}(k) WHERE k IS NOT NULL" for g, n in zip(golds, "abc"))


def _intersect3(a: str, b: str, c: str) -> str:
    return f"{_intersect(a, b)}\nINTERSECT\nSELECT k FROM ({c}) AS c(k)"


def subjects(definition) -> frozenset[str]:
    """What each criterion reads (a column, the events, else its kind and label): two requests reading one of them
    are not joined."""
    out = set()
    for c in [*definition.criteria, *definition.exclusions]:
        spec = c.spec or {}
        out.add(spec.get("column") or ",".join(spec.get("events") or ()) or f"{spec.get('kind')}:{c.label}")
    return frozenset(out)


def read_of(definition) -> Read:
    """What a right answer's definition reads (see Read)."""
    specs = [c.spec or {} for c in [*definition.criteria, *definition.exclusions]]
    one = specs[0] if len(specs) == 1 and definition.criteria else {}
    count = one.get("count") or {}
    behaviour = one.get("kind") == "event" and not any(one.get(k) for k in _MORE_THAN_DONE) and \
        (not count or (count.get("op"), count.get("value"), count.get("upper")) in ((">=", 1, None), (">", 0, None)))
    dated = any(s.get(k) for s in specs for k in ("window", "days", "months", "hours", "since"))
    denied = bool(definition.exclusions) or any(s.get("negated") for s in specs)
    return Read(subjects(definition), behaviour, any(s.get("kind") not in _TIMELESS for s in specs), dated, denied)


def recombine(right: list, *, seed: int = SEED, pairs_per_set: int = PAIRS_PER_SET,
              more_pairs_per_set: int = MORE_PAIRS_PER_SET, triples_per_set: int = TRIPLES_PER_SET,
              reshapes: int = RESHAPES) -> list:
    """New requests from right answers: `right` is (golden prompt, language, Read) triples (or the subjects alone:
    a Read that allows no form of its own). Each new prompt has its gold derived from theirs, its id
    '<A>+<B>[+<C>]~<form><n>' and a tag 'recombined:<form>'."""
    groups: dict[tuple, list] = defaultdict(list)
    made = []
    for p, language, read in right:
        read = read if isinstance(read, Read) else Read(frozenset(read))
        shape, gold = shape_of(p.request, language), _gold(p)
        if shape is None or gold is None:
            continue
        filled = slots(shape, read)
        groups[(p.catalog, p.as_of, language)].append((p, filled, gold, read.subjects))
        made += _reshaped(p, filled, words_of(language).RECOMBINATION["reshape"], len(made), reshapes)
    rng, more = random.Random(seed), random.Random(seed + 1)
    for key in sorted(groups, key=str):
        items = groups[key]
        pairs = [(x, y) for x in items for y in items if x[0].id != y[0].id and not (x[3] & y[3])]
        rng.shuffle(pairs)
        words = words_of(key[2]).RECOMBINATION
        for n, (x, y) in enumerate(pairs[:pairs_per_set]):
            made += _composed((x, y), words["and"], "and", _intersect, n)
            made += _composed((x, y), words["except"], "except", _except, n)
        more.shuffle(pairs)
        for n, (x, y) in enumerate(pairs[:more_pairs_per_set]):
            made += _composed((x, y), words["or"], "or", _union, n, united=True)
            made += _composed((x, y), words["except_never"], "never", _except, n)
            made += _composed((x, y), words["and_also"], "also", _intersect, n)
            made += _composed((x, y), words["and_fronted"], "fronted", _intersect, n)
        for n, triple in enumerate(_triples(pairs, items, more, triples_per_set)):
            made += _composed(triple, words["and3"], "and3", _intersect3, n)
            made += _composed(triple, words["except3"], "except3", _except, n, united=True)
            made += _composed(triple, words["or3"], "or3", _union, n, united=True)
    return made


def _triples(pairs: list, items: list, rng: random.Random, n: int) -> list:
    """Up to n (x, y, z): each drawn pair with a third reading what neither reads."""
    out = []
    for x, y in pairs:
        if len(out) == n:
            break
        thirds = [z for z in items if z[0].id not in (x[0].id, y[0].id) and not (z[3] & (x[3] | y[3]))]
        if thirds:
            out.append((x, y, rng.choice(thirds)))
    return out


def _reshaped(p, filled: dict, templates: tuple[str, ...], turn: int, reshapes: int = RESHAPES) -> list:
    """`reshapes` of the templates the request fills, from the turn-th on (each template gets its share)."""
    usable = [(n, fill(t, filled)) for n, t in enumerate(templates)]
    usable = [(n, r) for n, r in usable if r and r != p.request]
    out = []
    for k in range(min(reshapes, len(usable))):
        n, request = usable[(turn + k) % len(usable)]
        out.append(p.model_copy(update={"id": f"{p.id}~reshape{n}", "request": request,
                                            "tags": [*p.tags, "recombined:reshape"]}))
    return out


def _composed(parts: tuple, templates: tuple[str, ...], form: str, gold, n: int, united: bool = False) -> list:
    """One of the templates the parts fill (rotating with their rank: each template gets its share); `united`: said
    as alternatives or groups listed, none with an 'and' inside (which would be unclear: '<A> or <B> and <C>',
    'except those <B> and <C> and those <D>')."""
    filled = [x[1] for x in parts]
    if united and not all("unjoined" in f for f in filled):
        return []
    usable = [(i, t) for i, t in enumerate(templates) if fill(t, *filled)]
    if not usable:
        return []
    i, template = usable[n % len(usable)]
    a = parts[0][0]
    return [a.model_copy(update={"id": "+".join(x[0].id for x in parts) + f"~{form}{i}",
                                 "request": fill(template, *filled), "gold": gold(*(x[2] for x in parts)),
                                 "tags": [*a.tags, f"recombined:{form}"]})]
