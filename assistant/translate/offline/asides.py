"""Titles and asides of a brief: words that address the reader, not the audience.

Real briefs start with a title ("Black Friday teaser:") and carry asides ("e.g. for a voucher",
"see deck", "thx"). Their words are not criteria: they are listed on one visible line as ignored,
so that nothing is dropped silently and nothing in them narrows or widens the audience. A part is
only an aside when it holds no catalog word, window or number that the parser could use; a title is
ignored even then, and a value of the customer in it that the request does not say again is named in a
warning (the parser's). Words before the separator that open with an article and a catalog word ('les lillois
omnicanaux : ...') name the audience: they are read, as a clause of their own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.translate.lang_en import (
    EXCLUSION_MARKERS,
    CLAUSE_ENDS, CLAUSE_OPENERS,
    DETERMINERS, NEGATIONS, PEOPLE_DESCRIBED, PEOPLE_NOUNS, RELATIVE_WORDS, SAID_OF_THE_CUSTOMERS, SAID_OF_THE_CUSTOMERS_FIRST, ASIDE_MARKERS, ASIDE_SENTENCES, ASIDE_STARTERS, EXAMPLE_WORDS, PURPOSE_ENDS, PURPOSE_STARTERS, FILLER_WORDS, GREETINGS, NEAR_WORDS, RETRACTIONS, TITLE_MAX_WORDS, TITLE_SEPARATOR, VOCATIVES,
)
from assistant.translate.languages import every_language
from assistant.translate.offline.text import Token, by_first, fold, typed_in_capitals

_SEPARATOR = re.compile(r"\s*" + TITLE_SEPARATOR)
_PEOPLE_NOUNS = every_language("PEOPLE_NOUNS")     # 'buyers', 'acheteurs' as typed
# Title words and audience labels of every language: a brief's title is read before its language's grammar.
TITLE_MARKERS = every_language("TITLE_MARKERS")
AUDIENCE_LABELS = every_language("AUDIENCE_LABELS")
REASON_LABELS = every_language("REASON_LABELS")
CRITERIA_LABELS = every_language("CRITERIA_LABELS")
# A forwarded e-mail's lines, in every language: a banner line, a header's label and its colon opening a line.
_BANNER = re.compile(r"^[\W_]*(?:" + "|".join(sorted(map(re.escape, every_language("EMAIL_BANNERS")))) + r")[\W_]*$")
_HEADER = re.compile(r"^\s*(?P<label>[^\W\d_]+)\s*:")
_EMAIL_HEADERS = every_language("EMAIL_HEADERS")
_SUBJECT_HEADERS = every_language("SUBJECT_HEADERS")
_RETRACTIONS_BY_FIRST = by_first(RETRACTIONS)     # tried at every word: only those a word may open
_MARKERS_BY_FIRST = by_first(ASIDE_MARKERS)
_STARTERS_BY_FIRST = by_first(ASIDE_STARTERS + PURPOSE_STARTERS)
_PURPOSES_BY_FIRST = by_first(PURPOSE_STARTERS)
_PURPOSE_CLAUSES = every_language("PURPOSE_CLAUSES")
_PURPOSE_MESSAGES = every_language("PURPOSE_MESSAGES")
_PURPOSE_DOINGS = every_language("PURPOSE_DOINGS")
_PURPOSE_FIRSTS = frozenset(c[0] for c in _PURPOSE_CLAUSES | _PURPOSE_DOINGS)     # (looked for only where one opens)
# (a bracket right after one is the sentence's own: 'Qui a acheté le 14 juillet ? (boutique ou site)')
_SENTENCE_END = re.compile(r"(?<!\b[a-zA-Z])(?<!\.)(?:[!?]+|\.(?!\.))(?=\s|$)(?![ \t]*\()")   # not 'e.g.', 'p.4' nor '...' 
_WORD_BEFORE = re.compile(r"(\w+)\.$")
_BULLET = re.compile(r"\n[ \t]*(?:[-*•·+▪]|\d{1,2}[.)])[ \t]")      # a line that opens a bullet of a list
_LIST_START = re.compile(r"\s*(?:[-*•·+▪]|\d{1,2}[.)])[ \t]")           # the brief opens on a bullet
# Abbreviations of every language: their full stop ends no sentence ('par ex. pour un bon d'achat')
ABBREVIATIONS = every_language("ABBREVIATIONS")
_GREETINGS = every_language("GREETINGS")
_SUBJECT_NOUNS = every_language("ASIDE_SUBJECT_NOUNS")
_WANTS = every_language("ASIDE_WANTS")
_WANT_OBJECTS = every_language("ASIDE_WANT_OBJECTS")
_INFINITIVE_ENDINGS = tuple(every_language("INFINITIVE_ENDINGS"))
_SUBJECT_VERBS = every_language("ASIDE_SUBJECT_VERBS")
_SUBJECT_DETERMINERS = every_language("ASIDE_SUBJECT_DETERMINERS")
GREETING_MAX_WORDS = 4      # 'Hi team,', 'Bonjour à tous !', 'Hello Claire,': a line of its own before the brief


@dataclass
class Ignored:
    title: list[int] = field(default_factory=list)       # token indices
    asides: list[list[int]] = field(default_factory=list)
    filler: list[int] = field(default_factory=list)
    named: int | None = None        # the end of the words that name the audience before a separator (not a title)
    heading: int | None = None      # where the body's heading starts after a subject line: a phrase of its own

    @property
    def tokens(self) -> set[int]:
        return set(self.title) | {i for a in self.asides for i in a} | set(self.filler)

    def phrases(self, request: str, tokens: list[Token]) -> list[str]:
        out = []
        runs: list[list[int]] = []      # a subject line and the body's heading: two phrases of one title
        for i in self.title:
            if runs and i == runs[-1][-1] + 1 and i != self.heading:
                runs[-1].append(i)
            else:
                runs.append([i])
        for group in runs + self.asides + [[i] for i in self.filler]:
            out.append(request[tokens[group[0]].start:tokens[group[-1]].end])
        return out


def find_ignored(request: str, tokens: list[Token], content: set[int], people: frozenset[int] = frozenset(),
                 ranked: frozenset[int] = frozenset(), said: list[tuple[int, int]] | None = None,
                 compared: frozenset[int] = frozenset(), apposed: frozenset[int] = frozenset()) -> Ignored:
    """`content` holds the tokens the parser can use (catalog words, windows, numbers); `people`, the tokens that
    name the customers themselves ('clients', 'customers'); `ranked`, those of a ranking ('top 10%'); `compared`,
    those of a comparison of an attribute with a number ('at least 1,000 points'); `said`, the request's sentences
    when the caller has them (found once a request, as each reader needs them); `apposed`, the separators that open
    an attribute's name said after its value ('At-risk buyers - the lifecycle stage - ...'): no title ends there."""
    found = Ignored()
    norms = [t.norm for t in tokens]
    said = sentences(request, tokens) if said is None else said
    headers, subject = _email_headers(request, tokens)
    found.asides += headers
    title = subject if subject or headers else _title(request, tokens, said)
    if title and title[-1] + 1 in apposed and not subject:
        title = []      # 'At-risk buyers - the lifecycle stage -': a value, its attribute's name said beside it
    if subject and (label := _audience_label(request, tokens, said, max(subject) + 1)) is not None:
        title = list(range(min(subject), label + 1))   # 'Objet : ...\nObjectif : ...\nCible :': all before who
    heading: list[int] = []
    if subject and title == subject and "\n" in request[tokens[max(subject)].end:]:
        # 'Objet : ciblage anniversaire\nBonjour,\npour l'envoi d'octobre : les clients nés en octobre ...': the
        # body's own heading, on a line after the subject's and a greeting's, is the title's as it is without a
        # subject line (its catalog words said in a note, as a title's)
        body = request.index("\n", tokens[max(subject)].end) + 1
        heading = _title(request, tokens, said, body)
        # (or on the line right after the subject's, opened by the greeting: 'Hello, pour l'e-mailing de décembre il
        # me faut :', whose 'décembre' was read as a birth month)
        if heading and (min(heading) > max(subject) + 1 or norms[min(heading)] in _GREETINGS) \
                and not _names_the_audience(norms, heading, content - _quoted(request, tokens), people, ranked | compared):
            title = subject + heading
        else:
            heading = []
    rest = set(range(len(tokens))) - set(title)
    quoted = _quoted(request, tokens)
    named = content - quoted       # "'30 and fabulous'" names a mailer: nothing to use
    # a title needs criteria after it, more than the customers' noun ('... - need those customers for a cleanup';
    # 'RETURNED ORDERS IN AUGUST - NEED THE CUSTOMERS' was answered with every customer)
    if title and rest & (named - people) and _names_the_audience(norms, title, named, people, ranked | compared):
        found.named = title[-1] + 2          # past the separator: a clause of its own, the definition follows
    elif title and rest & (named - people):
        found.title = title
        found.heading = min(heading) if heading else None
        if subject and not heading and "\n" in request[tokens[max(subject)].end:]:
            # 'Subject: push test\n\nHi team,\nFor the push test going out next week, could you build:': the body
            # opens with what the list is for, as a brief with no subject line does
            body = request.index("\n", tokens[max(subject)].end) + 1
            found.asides += [lead] if (lead := _leading_purpose(request, tokens, named, people, body)) else []
    elif lead := _leading_aside(tokens, named):
        found.asides.append(lead)
    elif lead := _leading_purpose(request, tokens, named, people):
        # a campaign's words are the title's (a value of the customers it names is said in a note)
        if set(lead) & named:
            found.title = lead
        else:
            found.asides.append(lead)
    for start, end in said:
        retracted = _retracted(norms, start, end)
        if retracted:
            found.asides.append(retracted)
            start = retracted[-1] + 1
        ids = [i for i in range(start, end) if i not in found.title]
        if not ids:
            continue
        # a whole sentence with nothing to use ("see deck"), or saying why, is an aside; one that denies or excludes
        # something ('No minors obviously.', 'Exclure la liste repousoir.') restricts the audience: its words are
        # asked about, never set aside unread
        if not set(ids) & content and start > 0 and not any(norms[i] in NEGATIONS or norms[i] in _EXCLUSION_OPENERS
                                                            for i in ids) \
                and not any(norms[i] in SAID_OF_THE_CUSTOMERS or i in people for i in ids) \
                and norms[ids[0]] not in SAID_OF_THE_CUSTOMERS_FIRST or \
                start > 0 and any(tuple(norms[ids[0]:ids[0] + len(s)]) == s for s in ASIDE_SENTENCES):
            found.asides.append(ids)
            continue
        aside = _trailing_aside(tokens, ids, named, quoted) or _closing_name(norms, ids)
        if aside:
            found.asides.append(aside)
    found.asides += _criteria_labels(request, tokens, said, found.tokens)
    found.asides += _examples(norms, found.tokens)
    found.asides += _near(tokens, found.tokens)
    if found.title and not (rest - found.tokens) & (named - people):
        found.title = []       # the rest was an aside ('... - need those customers for a cleanup'): the title is read
    taken = found.tokens
    found.filler = [i for i, t in enumerate(tokens) if t.norm in FILLER_WORDS and i not in taken and i not in content]
    # 'hi guys', 'thanks all': the reader named after a greeting, even when the word has a meaning elsewhere (not
    # after a request's frame: 'can u pull all VIPs')
    found.filler = sorted(found.filler + [i for i in range(1, len(tokens)) if norms[i] in VOCATIVES
                                          and i - 1 in found.filler and norms[i - 1] in GREETINGS])
    return found


_QUOTED = re.compile(r"(?<!\w)(?:'[^'\n]+'|\"[^\"\n]+\"|«[^»\n]+»|“[^”\n]+”)(?!\w)")


def _quoted(request: str, tokens: list[Token]) -> set[int]:
    """The tokens inside quotes ('the '30 and fabulous' mailer'): a name the brief gives, not words to use."""
    spans = [m.span() for m in _QUOTED.finditer(request)]
    return {i for i, t in enumerate(tokens) if any(a < t.start and t.end < b for a, b in spans)}


def _words_outside_brackets(norms: list[str], ids: list[int]) -> int:
    depth, n = 0, 0
    for i in ids:
        depth += (norms[i] == "(") - (norms[i] == ")")
        n += depth == 0 and any(ch.isalnum() for ch in norms[i])
    return n


def _examples(norms: list[str], taken: set[int]) -> list[list[int]]:
    """Brackets that list examples ('(bags, watches etc.)'): asides, whatever catalog words they hold."""
    out, open_at = [], None
    for i, n in enumerate(norms):
        if n == "(":
            open_at = i
        elif n == ")" and open_at is not None:
            inside = list(range(open_at + 1, i))
            if any(norms[k] in EXAMPLE_WORDS for k in inside) and not set(inside) & taken:
                out.append(inside)
            open_at = None
    return out


def _near(tokens: list[Token], taken: set[int]) -> list[list[int]]:
    """Brackets that say how near the customers are to something else ('(close to gold)', '(presque or)'): asides,
    unless a number inside makes the words an approximate amount."""
    norms, out = [t.norm for t in tokens], []
    for i, n in enumerate(norms):
        if n != "(" or ")" not in norms[i:]:
            continue
        inside = list(range(i + 1, norms.index(")", i)))
        if inside and any(tuple(norms[i + 1:i + 1 + len(w)]) == w for w in NEAR_WORDS) \
                and not any(tokens[k].number is not None for k in inside) and not set(inside) & taken:
            out.append(inside)
    return out


def _email_headers(request: str, tokens: list[Token]) -> tuple[list[list[int]], list[int]]:
    """A forwarded e-mail's header lines ('---------- Forwarded message ----------', 'From: Claire (CRM lead)'), each
    an aside, and its subject line ('Subject: Autumn Lancome push - audience'), the brief's title: when the request
    has a banner or a subject line (a brief that says 'From: ...' alone is not an e-mail)."""
    banners, headers, subject, start = [], [], [], 0
    for line in request.split("\n"):
        ids = [i for i, t in enumerate(tokens) if start <= t.start < start + len(line)]
        label = _HEADER.match(line)
        folded = fold(line.strip())
        if ids and _BANNER.match(folded):
            banners.append(ids)
        elif ids and label and fold(label.group("label")) in _SUBJECT_HEADERS and not subject:
            subject = ids
        elif ids and label and fold(label.group("label")) in _EMAIL_HEADERS:
            headers.append(ids)
        start += len(line) + 1
    return (banners + headers if banners or subject else []), subject


def _title(request: str, tokens: list[Token], said: list[tuple[int, int]], start: int = 0) -> list[int]:
    """The title's tokens: up to an audience label and its colon ('Brief - spring relaunch. Target:'), else up to
    the last separator whose segment ends with a title word ('Q4 - winter reactivation campaign:'), else up to
    the first separator ('Black Friday teaser:')."""
    norms = [t.norm for t in tokens]
    # a greeting on a line of its own ('Hi team,\nfor the autumn campaign we need:') comes before the title
    begin = _after_greeting(request, tokens, start)
    skip = sum(1 for t in tokens if t.end <= begin)
    label = _audience_label(request, tokens, said, skip + 1)
    if label is not None:
        return list(range(label + 1))
    # 'Brief Q4 - Relance appli' over a list of bullets: the whole first line is the title when its last part has a
    # title word ('Running relaunch - Asics & Salomon' names the brands the bullets point back at: read)
    first = request[begin:].split("\n", 1)[0]
    line = [i for i, t in enumerate(tokens) if begin <= t.start and t.end <= begin + len(first)]
    parts = [m.end() for m in _SEPARATOR.finditer(first)]
    last = [i for i in line if tokens[i].start >= begin + max(parts, default=0)]
    if line and _BULLET.match(request, begin + len(first)) and ":" not in first and \
            any(norms[i] in TITLE_MARKERS for i in last) and _words_outside_brackets(norms, line) <= TITLE_MAX_WORDS:
        return line
    if _LIST_START.match(request, begin):
        return []           # a brief that opens on a bullet has no title: the next bullet's dash separates nothing
    segments = []
    for m in _SEPARATOR.finditer(request, begin):
        if request[:m.start()].count("(") > request[:m.start()].count(")"):
            continue                                 # a dash inside a bracket ends no title
        segment = [i for i, t in enumerate(tokens) if begin <= t.start and t.end <= m.start()]
        if _words_outside_brackets(norms, segment) > TITLE_MAX_WORDS or "\n" in request[begin:m.start()].strip():
            break                                    # a title is one line of a few words (a bracket is its note)
        after = next((i for i, t in enumerate(tokens) if t.start >= m.end()), None)
        if after is not None and norms[after] in _GOES_ON:
            continue     # '... electronics - and respect the pressure cap': the request goes on, no title ended
        if segment and m.end() < len(request.rstrip()):
            segments.append(segment)
    marked = [s for s in segments if norms[s[-1]] in TITLE_MARKERS]
    return marked[-1] if marked else segments[0] if segments else []


# a word that goes on with the clause before the separator it follows ('and', 'but', 'except'): no title ends there
_GOES_ON = frozenset(w for w in CLAUSE_ENDS if w.isalpha())
# what ends an audience label when it is no token of its own: an equals sign, as a brief types it ('Audience = ...',
# 'Cible = ...')
LABEL_MARKS = frozenset({"="})


def _audience_label(request: str, tokens: list[Token], said: list[tuple[int, int]], start: int) -> int | None:
    """The colon of the audience label that ends a brief's heading ('Brief - spring relaunch. Target:'), looked for
    from `start` over a title's few words; a line or sentence that says why ('Objective: win back runners.',
    'Contexte : ...') counts for none of them when the label follows it: the label says who, the rest was the
    reason."""
    norms = [t.norm for t in tokens]
    # a label opens a sentence or a line ('(FR/BE)\nCible :'), or follows a separator
    opens = {a for a, _ in said} | {k for k in range(1, len(tokens)) if "\n" in request[tokens[k - 1].end:tokens[k].start]}
    reasons = _reasons(tokens, norms, opens)
    words = 0
    for k in range(start, len(tokens) - 1):
        words += k not in reasons
        if words >= 2 * TITLE_MAX_WORDS:
            return None
        # (a filler word may come before the colon: 'Opé rentrée - ciblage svp :', 'Target please:')
        colon = k + 1 + (norms[k + 1] in FILLER_WORDS and k + 2 < len(tokens) - 1)
        if norms[k] in AUDIENCE_LABELS and (k in opens or norms[k - 1] in ("-", ":")):
            if norms[colon] == ":" and colon + 1 < len(tokens):
                return colon
            if request[tokens[k].end:tokens[k + 1].start].strip() in LABEL_MARKS:     # 'Audience = ...' (no token)
                return k
    return None


def _criteria_labels(request: str, tokens: list[Token], said: list[tuple[int, int]], taken: set[int]) -> list[list[int]]:
    """'Conditions : opt-in e-mail obligatoire ; hors VIP', 'Criteria: ...': the label and its colon opening a line
    or a sentence of a brief say only that criteria follow (the label was asked about); what follows is read."""
    opens = {a for a, _ in said} | {k for k in range(1, len(tokens)) if "\n" in request[tokens[k - 1].end:tokens[k].start]}
    return [[k, k + 1] for k in sorted(opens) if k + 2 < len(tokens) and k not in taken
            and fold(tokens[k].text.lower()) in CRITERIA_LABELS and tokens[k + 1].norm == ":"]


def _reasons(tokens: list[Token], norms: list[str], opens: set[int]) -> set[int]:
    """The tokens of each line or sentence that opens with a label of the brief's reason and its colon ('Objective:
    ...', 'Contexte : ...', 'But : ...'), up to the next line or sentence. The label as typed: French 'But' is read
    apart from the English word."""
    out: set[int] = set()
    starts = sorted(opens | {len(norms)})
    for a, b in zip(starts, starts[1:]):
        if b - a > 1 and fold(tokens[a].text.lower()) in REASON_LABELS and norms[a + 1] == ":":
            out.update(range(a, b))
    return out


def _after_greeting(request: str, tokens: list[Token], start: int = 0) -> int:
    """Where the brief begins after a greeting on its first line ('Hi team,', 'Bonjour à tous !'), else `start`
    (the first line's: after a subject line, the body's, past the blank lines before it)."""
    start += len(request[start:]) - len(request[start:].lstrip())
    first, newline, _ = request[start:].partition("\n")
    said = [t for t in tokens if start <= t.start and t.end <= start + len(first) and (t.norm.isalpha() or "'" in t.norm)]
    if not newline or not said or said[0].norm not in _GREETINGS or len(said) > GREETING_MAX_WORDS:
        return start
    return start + len(first) + 1


_EXCLUSION_OPENERS = frozenset(m[0] for m in EXCLUSION_MARKERS if len(m) == 1)


def _names_the_audience(norms: list[str], title: list[int], content: set[int], people: frozenset[int],
                        ranked: frozenset[int]) -> bool:
    """'les lillois omnicanaux : ...', 'our Lyon regulars - ...', 'Clients inactifs - ...': an article or the
    customers' own noun, then a catalog word, open the words before the separator, with no title word: they name the
    audience the rest defines, not a campaign (a title names a campaign without either: 'Opé outlet Roubaix :',
    'Black Friday teaser:'). So does a ranking ('top 10% by online spend this year - women only'): a campaign's
    name holds none, and dropping one as a title answered everyone the rest allows. So do a comparison with a
    number ('with at least 1,000 points: Germans aged 60+') and a clause said before the customers it describes
    ('with a mobile number on file: British men over 60', 'avec un numéro renseigné : ...'): a condition, never
    a campaign's name (both were dropped unsaid)."""
    # so does an exclusion said first ('excluding gold and VIP: customers with 5+ app orders', 'hors VIP : ...'):
    # set aside as a title, the excluded were kept, with only a note
    if (norms[title[0]] in CLAUSE_OPENERS or norms[title[0]] in _EXCLUSION_OPENERS) and set(title[1:]) & content:
        return True
    if any(norms[i] in TITLE_MARKERS or norms[i] in AUDIENCE_LABELS for i in title):
        return False
    # or the customers' noun and the clause that says which ('customers with an email that bounced since July - only
    # those with a phone': dropped as a title, the bounce went unread and unsaid)
    # ... and so do catalog words, every word of them, before the English customers' noun that ends the words
    # ('Lapsed gold+ members - ...', 'VIP customers - ...'): English says the audience's attributes before its noun
    # (a word the catalog does not know keeps them a title: 'Cross-category shoppers:'; so does French 'Service
    # client :', whose noun is no audience's)
    # (a behaviour's people, 'online electronics buyers:', 'acheteurs en ligne :', are the audience's noun as much:
    # set aside as a title, the behaviour was dropped unsaid)
    # ... unless the customers are named again after it ('Abonnés inactifs : clients ayant ...': a label)
    after = next((i for i in range(title[-1] + 1, len(norms)) if any(ch.isalnum() for ch in norms[i])), None)
    restated = after is not None and (after in people or norms[after] in _PEOPLE_NOUNS)

    def noun(i: int) -> bool:
        return i in people or norms[i] in _PEOPLE_NOUNS and i in content and not restated
    attributes = [i for i in title[:-1] if any(ch.isalnum() for ch in norms[i])]
    named_before = len(title) > 1 and noun(title[-1]) and norms[title[-1]] in PEOPLE_NOUNS and bool(attributes) \
        and all(i in content for i in attributes)
    second = next((i for i in title[1:] if norms[i] != "of"), None)      # 'acheteurs d'électronique en ligne :'
    # ... and so does the customers' noun with its clause anywhere in the words ('Gold members who have bought
    # something from us - in store or online - ...', 'FR women w/ a birthday next month pls - ...'): a campaign's
    # name says no clause of whom it is for
    # ... or with where or when they are ('Returning shoppers in France this month (not first-timers) - ...')
    described = any((i in people or norms[i] in _PEOPLE_NOUNS or i in content) and k + 1 < len(title)
                    and norms[title[k + 1]] in CLAUSE_OPENERS and bool(set(title[k + 2:]) & content)
                    or (i in people or norms[i] in _PEOPLE_NOUNS) and k + 1 < len(title)
                    and norms[title[k + 1]] in PEOPLE_DESCRIBED and bool(set(title[k + 2:]) & content)
                    for k, i in enumerate(title))
    # ... unless a word the catalog does not know names them and the customers are named again after it ('Our
    # store-to-web switchers: people who ...': a label the words after define)
    labelled = restated and any(any(ch.isalpha() for ch in norms[i]) and i not in content and i not in people
                                and norms[i] not in _PEOPLE_NOUNS and norms[i] not in DETERMINERS for i in title) \
        and all(norms[i] in norms[title[-1] + 1:] for i in title if i in content)      # (its catalog words said again)
    return bool(set(title) & ranked) or named_before or described or len(title) > 1 and not labelled and (
        norms[title[0]] in DETERMINERS and title[1] in content or noun(title[0]) and second in content) or len(title) > 2 and title[0] in people and norms[title[1]] in CLAUSE_OPENERS \
        and bool(set(title[2:]) & content)


def _retracted(norms: list[str], start: int, end: int) -> list[int]:
    """The words a self-correction takes back, with the correction's own words."""
    for i in range(end - 1, start - 1, -1):
        for r in _RETRACTIONS_BY_FIRST.get(norms[i], ()):
            if tuple(norms[i:i + len(r)]) == r and i > start:
                return list(range(start, i + len(r)))
    return []


def sentences(request: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of the sentences of the request."""
    bounds = [m.end() for m in _SENTENCE_END.finditer(request) if not _abbreviation(request[:m.end()])]
    bounds = sorted(set(bounds) | _closing_lines(request))
    out, start = [], 0
    for b in bounds + [len(request) + 1]:
        end = start
        while end < len(tokens) and tokens[end].start < b:
            end += 1
        if end > start:
            out.append((start, end))
        start = end
    return out


def _closing_lines(request: str) -> set[int]:
    """Where the short lines that close a request begin: a sign-off ('Bien à vous,\nSébastien', 'Best,\nJohn') is a
    sentence of its own, never part of the last bullet (its words were asked about as criteria); not a line the
    sentence before goes on into."""
    out, end = set(), len(request.rstrip())
    while (cut := request.rfind("\n", 0, end)) > 0:
        line = request[cut + 1:end]
        if len(line.split()) > 4 or _BULLET.match("\n" + line) or _goes_on(request[:cut], line):
            break
        out.add(cut)
        end = cut
    return out


def _goes_on(before: str, line: str) -> bool:
    """Does a sentence go on across the line break ('... au moins une avec le code\nFREESHIP.', '... à cet\néchange.':
    a line wrapped by hand)? The text before it ends mid-sentence, and the line ends with a full stop or opens in
    lower case; then it is the sentence's end, not a sign-off (read apart, the code was a criterion of its own, any
    time). 'Thanks\nMarie', '- sauf les sur-sollicités\nMerci, à tantôt !' are sign-offs."""
    last, line = before.rstrip(), line.strip()
    return bool(last) and last[-1].isalnum() and bool(line) and (line[-1] == "." or line[0].islower())


def bullets(request: str, tokens: list[Token]) -> set[int]:
    """The tokens that open a bullet of a list right after another bullet ('- French women, 30-45\n- bought beauty
    ...'): each is a clause of its own, so a number that ends one ('30-45', an age) is never read with the verb of
    the next. The first bullet goes on the line before it ('Asics & Salomon\n- bought either brand ...')."""
    out, start, before = set(), 0, False
    for line in request.split("\n"):
        bullet = _BULLET.match("\n" + line) is not None
        first = next((i for i, t in enumerate(tokens) if t.start >= start), None)
        if bullet and before and first is not None and tokens[first].start < start + len(line):
            out.add(first)
        before, start = bullet, start + len(line) + 1
    return out


def _abbreviation(text: str) -> bool:
    """Does the text end with an abbreviation's full stop ('par ex.', 'vs.')?"""
    found = _WORD_BEFORE.search(text)
    return found is not None and found.group(1).lower() in ABBREVIATIONS


def _leading_aside(tokens: list[Token], content: set[int]) -> list[int]:
    """'For the seniors workshop in Geneva we're going broad: all our customers aged 80 to 90': a lead-in before
    a colon that opens like an aside and holds nothing to use (however long: a title is a few words)."""
    norms = [t.norm for t in tokens]
    colon = norms.index(":") if ":" in norms else 0
    lead = list(range(colon))
    if not lead or colon + 1 >= len(tokens) or set(lead) & content or not set(range(colon + 1, len(tokens))) & content:
        return []
    opens = any(tuple(norms[:len(s)]) == s for s in ASIDE_STARTERS + ASIDE_MARKERS)
    return lead if opens else []


def _leading_purpose(request: str, tokens: list[Token], content: set[int], people: frozenset[int],
                     start: int = 0) -> list[int]:
    """'For the post-holiday survey I need US residents', 'For the Black Friday teaser, we need VIP customers', 'pour
    la relance Black Friday il me faudrait les clients VIP': the request opens with what the list is for, a title word
    in a few words ending where the request's own words begin ('I need', a request's frame) or at a comma, and criteria
    after it: a title said as a clause (its words were read as criteria: a campaign's messages received). Never the
    customers' own words ('For the customers who got the Black Friday campaign, ...'). `start`: where the body begins
    (after a subject line)."""
    norms = [t.norm for t in tokens]
    begin = _after_greeting(request, tokens, start)
    start = next((i for i, t in enumerate(tokens) if t.start >= begin), len(tokens))
    if start + 2 >= len(norms) or not any(tuple(norms[start:start + len(s)]) == s
                                          for s in _PURPOSES_BY_FIRST.get(norms[start], ())) \
            or norms[start + 1] not in DETERMINERS:
        return []
    end = next((k for k in range(start + 2, min(len(norms), start + 2 + TITLE_MAX_WORDS)) if norms[k] in PURPOSE_ENDS),
               None)
    lead = list(range(start, end)) if end is not None else []
    if not lead or not any(norms[k] in TITLE_MARKERS for k in lead) or set(lead) & people \
            or any(norms[k] in RELATIVE_WORDS for k in lead) or not set(range(end, len(norms))) & (content - people):
        return []
    return lead + [end] if norms[end] in (",", ":") else lead


def _trailing_aside(tokens: list[Token], ids: list[int], content: set[int], quoted: set[int]) -> list[int]:
    """'..., e.g. for a voucher' / '(see deck)': from a starter after a break to the end, with no content; or with
    content, when it names the campaign the list is for ('- for the birthday treat mailing', '- pour l'envoi
    Birthday Treat', '- on prépare un mailing « 30 ans et fabuleux »')."""
    norms = [t.norm for t in tokens]
    for k, i in enumerate(ids):
        if k == 0 or norms[i - 1] not in (",", "(", "-", ";", ":") and not (tokens[i].start - tokens[i - 1].end > 1):
            continue
        if norms[i - 1] == ":" and not (norms[i] in _PURPOSE_FIRSTS and _says_what_for(norms, ids[k:])):
            continue        # a colon opens what the list is ('Beauty regulars gift: we want to thank ...'), but for
            #                 what we are doing with it (': on teste une offre jeunes actifs')
        marker = any(tuple(norms[i:i + len(s)]) == s for s in _MARKERS_BY_FIRST.get(norms[i], ())) \
            or _someone_wants(tokens, i) or _we_want_them(tokens, i)
        if not marker and not any(tuple(norms[i:i + len(s)]) == s for s in _STARTERS_BY_FIRST.get(norms[i], ())) \
                and not (norms[i] in _PURPOSE_FIRSTS and _says_what_for(norms, ids[k:])):
            continue
        tail = ids[k:]
        if ")" in norms[i:ids[-1] + 1]:                 # an aside in brackets ends with them
            tail = [j for j in tail if j < norms.index(")", i)]
        if marker or not set(tail) & content or _names_a_campaign(tokens, tail, quoted) and \
                any(tuple(norms[i:i + len(s)]) == s for s in _PURPOSES_BY_FIRST.get(norms[i], ())) \
                or norms[i] in _PURPOSE_FIRSTS and _says_what_for(norms, tail):
            return tail
    return []


def _says_what_for(norms: list[str], tail: list[int]) -> bool:
    """'it's for the bday email', 'c'est pour le mail d'anniv': a clause of what the list is for, a determiner,
    then words that open or end on a title word or a message's noun (lang_en.PURPOSE_CLAUSES); or what we are doing
    with it ('we're hosting a pop-up there': lang_en.PURPOSE_DOINGS)."""
    said = [norms[j] for j in tail if any(ch.isalnum() for ch in norms[j])]
    if any(tuple(said[:len(d)]) == d and len(said) > len(d) for d in _PURPOSE_DOINGS):
        return True     # '- we're hosting a pop-up there'
    clause = next((c for c in _PURPOSE_CLAUSES if tuple(said[:len(c)]) == c), None)
    # (the noun ends the words in English, opens them in French: 'le mail d'anniv')
    return clause is not None and len(said) > len(clause) + 1 and said[len(clause)] in DETERMINERS \
        and any(w in TITLE_MARKERS or w in _PURPOSE_MESSAGES for w in (said[len(clause) + 1], said[-1]))


def _closing_name(norms: list[str], ids: list[int]) -> list[int]:
    """'... bought shoes in one of our stores (web-to-store test)': a bracket that closes its sentence and ends with a
    title word, in a few words, names the test or campaign the list is for: an aside (its words were read as where
    they shop, and the title word asked)."""
    if len(ids) < 3 or norms[ids[-1]] != ")" or "(" not in norms[ids[0]:ids[-1]]:
        return []
    opened = max(i for i in ids if norms[i] == "(")
    inside = [i for i in ids if opened < i < ids[-1]]
    if not inside or norms[inside[-1]] not in TITLE_MARKERS or len(inside) > TITLE_MAX_WORDS:
        return []
    return [opened, *inside, ids[-1]]


def _someone_wants(tokens: list[Token], i: int) -> bool:
    """A part opens with someone at work who wants the list ('the store team wants to ...', 'l'équipe magasin veut
    ...'): a determiner, up to two words, one of the nouns (each language's), a word at most (French puts it after
    the noun), then one of the verbs; as typed, before any rewrite."""
    words = [fold(t.text).removeprefix("l'").removeprefix("l’") for t in tokens[i:i + 6]]
    if not words or words[0] not in DETERMINERS and words[0] not in _SUBJECT_DETERMINERS \
            and words[0] not in _SUBJECT_NOUNS:
        return False
    k = next((k for k, w in enumerate(words[:4]) if w in _SUBJECT_NOUNS), None)
    return k is not None and any(w in _SUBJECT_VERBS for w in words[k + 1:k + 3])


def _we_want_them(tokens: list[Token], i: int) -> bool:
    """'- on veut les appeler', '- on voudrait leur offrir ...': what we want to do with them, as typed (a request's
    frame reads the words as asking for the list; English 'we want to' is one of ASIDE_MARKERS)."""
    if i + 1 >= len(tokens) or " ".join(fold(tokens[i].text).split()) not in _WANTS:
        return False
    after = fold(tokens[i + 1].text)
    if after.startswith(("l'", "l’")):      # 'l'appeler'
        return after[2:].endswith(_INFINITIVE_ENDINGS)
    # the pronoun, then its verb ('les appeler'; 'on veut les clients gold aussi' asks for more)
    return after in _WANT_OBJECTS and i + 2 < len(tokens) and fold(tokens[i + 2].text).endswith(_INFINITIVE_ENDINGS)


def _names_a_campaign(tokens: list[Token], tail: list[int], quoted: set[int]) -> bool:
    """A title word ('mailing', 'campaign', 'envoi') ends the words, or only its name follows it, in capitals or
    quotes ('for the birthday treat mailing', 'pour l'envoi Birthday Treat'); in a request typed all in capitals the
    case names nothing ('POUR LA RELANCE SOLDES JE VOUDRAIS LES CLIENTS QUI ONT ACHETÉ ...' was set aside whole)."""
    shouted = typed_in_capitals(tokens)
    for k, j in enumerate(tail):
        if tokens[j].norm in TITLE_MARKERS and all(x in quoted or tokens[x].text[:1].isupper() and not shouted or
                                                   not any(ch.isalnum() for ch in tokens[x].text) for x in tail[k + 1:]):
            return True
    return False
