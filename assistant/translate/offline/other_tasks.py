"""Requests for a task this tool does not do, told plainly by name.

The tool builds audiences: it never exports personal data, sends, schedules or pauses campaigns, changes or deletes
CRM data, writes copy, computes business reports, or guesses sensitive traits. A request that asks for one of these is
refused with the task named in its own language, instead of a question about the words it could not read.

Read on the request as typed (before any rewrite), with the language's own words (lang_en / lang_fr):
- a task's verb that opens a clause, past the polite opening ('Please unsubscribe everyone ...', 'Tu peux
  m'exporter ...', 'Take the VIP list and upload it ...', 'charge-la ce soir ...', 'Write me a subject line ...',
  'Supprime du CRM ...'); opening the request it needs nothing after it, past the first clause it acts on something
  ('..., and delete them'); a verb that is also a noun or a behaviour's word ('programme', 'text', 'set', 'passe')
  only before the customers or the thing it acts on;
- a figure asked for before any customer is named ('What was our online revenue by country', 'Quel a été notre CA',
  'donne moi le taux d'ouverture moyen par campagne'), or contact details handed over ('donner l'adresse et le numéro');
- a verb that guesses ('guess', 'deviner'), wherever it stands.
A behaviour or a state said with the same words ('customers who unsubscribed', 'clients désinscrits', 'customers with
revenue above 500 €') is no task: past forms are not listed, and a figure after the customers is a criterion.

An order to remove that opens the request ('Can you remove SMS consent from all Belgian customers?', 'Peux-tu retirer
...') is read as an exclusion; it asks for another task only when nothing is kept to remove from: the translator asks
`removal_order` first, and refuses it once the parse kept no criterion.
"""
from __future__ import annotations

import functools
from operator import itemgetter
from types import ModuleType

from assistant.translate.offline.text import NORM, Token, by_first


def _bare(t: Token, words: ModuleType) -> tuple[str, bool]:
    """A token's word without its elided article or pronoun ('m'exporter', 'l'envoi') or its attached pronoun
    ('exporte-moi', 'charge-la'); and whether a pronoun named what it acts on."""
    return _bare_word(t.norm, words)


@functools.lru_cache(maxsize=50_000)
def _bare_word(norm: str, words: ModuleType) -> tuple[str, bool]:
    """_bare of a word, kept by word: every request reads each of its words so, and words recur from one request to
    the next (a French request's elisions are each cut here)."""
    acted = False
    suffixes = getattr(words, "TASK_PRONOUN_SUFFIXES", ())
    if "'" not in norm and not norm.endswith(suffixes):
        return norm, acted      # neither elided nor with a pronoun attached: most words
    head, sep, rest = norm.partition("'")
    if sep and head + sep in getattr(words, "TASK_ELISIONS", ()):
        norm, acted = rest, head + sep in getattr(words, "TASK_OBJECT_ELISIONS", ())
    for suffix in suffixes:
        if norm.endswith(suffix) and len(norm) > len(suffix) + 1:
            return norm[: -len(suffix)], suffix not in words.TASK_RECIPIENTS
    return norm, acted


def _for_whom(tokens: list[Token], i: int, words: ModuleType) -> tuple[int, bool]:
    """Past the recipient said after the verb at i ('send me', 'envoie-moi'): where its object starts, and whether
    one was said."""
    said = any(tokens[i].norm.endswith(s) for s in words.TASK_RECIPIENTS if s.startswith("-"))
    j = i + 1
    while j < len(tokens) and tokens[j].norm in words.TASK_RECIPIENTS:
        j, said = j + 1, True
    return j, said


def _shown(t: Token, words: ModuleType) -> str:
    """A token as typed, without its elided article ('d'unités' shows 'unités')."""
    head, sep, rest = t.text.partition("'")
    return rest if sep and rest and fold_elision(head + sep) in getattr(words, "TASK_ELISIONS", ()) else t.text


def fold_elision(text: str) -> str:
    return text.lower().replace("’", "'")


def _clauses(tokens: list[Token], words: ModuleType) -> list[tuple[int, str]]:
    """Where each clause starts: the first token, and the token after each clause break ('and', 'puis', ',', ':');
    and the break that opened it ('' for the first)."""
    breaks = words.TASK_CLAUSE_BREAKS
    return [(0, "")] + [(i + 1, t.norm) for i, t in enumerate(tokens) if t.norm in breaks and i + 1 < len(tokens)]


def _past_openings(tokens: list[Token], bare: list[tuple[str, bool]] | None, i: int, words: ModuleType) -> int:
    """Where the words past the polite opening at i start ('Can you please ...', 'Tu peux ...'); `bare`, each token's
    _bare when the caller has them (None: each read here, only as far as the opening goes)."""
    openings = words.TASK_OPENINGS
    while i < len(tokens) and (tokens[i].norm in openings
                               or (bare[i] if bare is not None else _bare(tokens[i], words))[0] in openings):
        i += 1
    return i


def _acts_on(tokens: list[Token], i: int, words: ModuleType) -> bool:
    """The word after a verb names what it acts on ('all', 'the', 'nos', 'l'e-mail', a number of points)."""
    if i >= len(tokens):
        return False
    t = tokens[i]
    head, sep, _ = t.norm.partition("'")
    return t.norm in words.TASK_OBJECTS or t.number is not None or bool(sep) and head + sep in words.TASK_ELISIONS


def _verb_at(tokens: list[Token], bare: list[tuple[str, bool]], i: int, words: ModuleType,
             first: bool) -> tuple[str, str] | None:
    """The task (kind, typed words) whose verb opens the clause at `i`."""
    if i >= len(tokens) or words.TASK_PAST_ENDINGS and tokens[i].text.lower().endswith(words.TASK_PAST_ENDINGS):
        return None
    verb, acted = bare[i]
    for phrase, kind in _task_phrases(words).get(verb, ()):
        if tuple(t.norm for t in tokens[i + 1:i + len(phrase)]) == phrase[1:]:
            return kind, " ".join(t.text for t in tokens[i:i + len(phrase)])
    kind = words.TASK_VERBS.get(verb) or words.TASK_VERBS_BEFORE_OBJECT.get(verb)
    if kind is None:
        return None
    j, recipient = _for_whom(tokens, i, words)
    said = acted or _acts_on(tokens, j, words)
    if not said and (not first or verb in words.TASK_VERBS_BEFORE_OBJECT):
        return None
    if not acted:    # 'create a list of ...', 'exporte la liste des ...': the task is the audience itself
        thing = next((t.norm for t in tokens[j:] if t.norm not in words.TASK_OBJECTS), "")
        # ... and so are the customers handed over (exported) or given to the marketer by a verb that is also
        # another word ('passe-moi les VIP', 'email me the VIPs'); a task's own verb still does its task ('Send me
        # the VIPs in Lyon', 'Write me a subject line for the VIPs')
        handed = kind == "export" or recipient and verb in words.TASK_VERBS_BEFORE_OBJECT
        if thing in words.LISTS or handed and _people_first(bare[j:], words):
            return None
    return kind, _shown(tokens[i], words)


@functools.cache
def _task_phrases(words: ModuleType) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """words.TASK_PHRASES by their first word, in their order: a clause's verb tries only the phrases it opens."""
    return by_first(words.TASK_PHRASES.items(), lambda item: item[0])


@functools.cache
def _imperatives(words: ModuleType) -> dict[str, tuple[tuple[str, ...], ...]]:
    """words.EXCLUDE_IMPERATIVES by their first word, in their order: the word after the opening tries only its own."""
    return by_first(words.EXCLUDE_IMPERATIVES)


def _people_first(bare: list[tuple[str, bool]], words: ModuleType) -> bool:
    """Customers named before any contact detail: what is extracted is the audience ('m'extraire les clients recrutés
    via l'appli'), not their details ('Export the emails and phone numbers of all VIPs')."""
    for word, _ in bare:
        if word in words.CONTACT_NOUNS or word in words.CONTACT_WORDS:
            return False
        if word in words.TASK_PEOPLE:
            return True
    return False


def _figure(tokens: list[Token], bare: list[tuple[str, bool]], words: ModuleType) -> tuple[str, str] | None:
    """A figure or contact details asked for before any customer is named ('What was our revenue by country',
    'Quel est le taux de conversion', 'donner l'adresse et le numéro de portable de ...')."""
    i = _past_openings(tokens, bare, 0, words)
    if i >= len(tokens) or bare[i][0] not in words.REPORT_OPENINGS:
        return None
    for t, (word, _) in zip(tokens[i + 1:], bare[i + 1:]):
        if word in words.TASK_PEOPLE or t.norm in words.TASK_PEOPLE:
            return None
        if word in words.REPORT_NOUNS or t.text in words.TYPED_REPORT_NOUNS:
            return "report", _shown(t, words)
        if word in words.CONTACT_NOUNS:
            return "export", _shown(t, words)
    return None


def other_task(tokens: list[Token], words: ModuleType) -> tuple[str, str] | None:
    """The kind of task another than an audience a request asks for, and its typed words; None for an audience."""
    if not hasattr(words, "TASK_VERBS"):
        return None
    bare = [_bare_word(n, words) for n in map(NORM, tokens)]      # each word read once, for every test below
    said = list(map(itemgetter(0), bare))
    if not words.GUESS_VERBS.isdisjoint(said):      # (looked for in the words at once: most requests guess nothing)
        return "guess", next(t for t, word in zip(tokens, said) if word in words.GUESS_VERBS).text
    if not getattr(words, "NAME_NOUNS", frozenset()).isdisjoint(said):
        found = _names_judged(tokens, said, words)
        if found is not None:
            return found
    if not words.VULNERABLE_WORDS.isdisjoint(said):
        found = _vulnerable(tokens, said, words)
        if found is not None:
            return found
    if not getattr(words, "SALE_VERBS", frozenset()).isdisjoint(said):
        found = _sold(tokens, bare, said, words)
        if found is not None:
            return found
    if not words.TERMS_VERBS.isdisjoint(said) or not words.TERMS_GIVING_VERBS.isdisjoint(said):
        found = _terms(tokens, said, words)
        if found is not None:
            return found
    for k, (start, opened) in enumerate(_clauses(tokens, words)):
        # after a colon or a dash, an order ('...: text them tonight', '- can you add them to ...'); 'we want to send
        # them ...' there says what the list is for (an aside), never an order to this tool
        i = _past_openings(tokens, bare, start, words)
        if opened in words.TASK_BARE_BREAKS and any(t.norm in words.TASK_PURPOSE_SUBJECTS for t in tokens[start:i]):
            continue
        if opened == "," and tokens[start].norm in getattr(words, "TASK_PURPOSE_LEADS", ()):
            continue      # 'VIP customers, to send them an offer': after the audience, what it is for
        verb, acted = bare[i] if i < len(tokens) else ("", False)
        if opened == "," and verb in words.TASK_VERBS_BEFORE_OBJECT and not acted:
            continue      # '..., SMS, push this month': after a comma, a list's next value ('push'), not the verb
        found = _verb_at(tokens, bare, i, words, first=k == 0)
        if found is not None:
            return found
    return _figure(tokens, bare, words) or _contacts_with(tokens, said, words) or _file_of_contacts(tokens, said, words) \
        or _contacts_shown(tokens, said, words)


_EXPORT_REACH = 5      # the contact detail within so many words after the file's noun


def _file_of_contacts(tokens: list[Token], said: list[str], words: ModuleType) -> tuple[str, str] | None:
    """'Need an Excel export with name, email and postal address of ...', 'un export Excel avec nom, prénom, email':
    a file of the customers said to hold contact details is an export of personal data, whatever asks for it."""
    nouns = getattr(words, "EXPORT_NOUNS", frozenset())
    if nouns.isdisjoint(said):
        return None
    holding = getattr(words, "EXPORT_HOLDING", frozenset())
    for i, word in enumerate(said):
        after = said[i + 1:i + 1 + _EXPORT_REACH]
        # (what the file holds is said so: 'no mobile number on file and no email consent' asks for no file)
        k = next((k for k, w in enumerate(after) if w in holding), None)
        if word in nouns and k is not None and any(w in words.CONTACT_WORDS for w in after[k + 1:]):
            return "export", tokens[i].text
    return None


def _contacts_shown(tokens: list[Token], said: list[str], words: ModuleType) -> tuple[str, str] | None:
    """'List the names and mobile numbers of customers who ported out', 'Liste des noms et numéros de mobile des
    clients ...': a verb that shows what follows it, said first with contact details right after it (determiners and
    'me' between) and then whose they are ('of', 'des') or more of them, reads out personal data: an export. 'List
    the customers who ...', 'show email openers' are audiences."""
    verbs = getattr(words, "CONTACT_SHOW_VERBS", frozenset())
    details = words.CONTACT_WORDS | words.CONTACT_NOUNS
    skipped = set(words.DETERMINERS) | set(words.TASK_RECIPIENTS) | set(words.TASK_OPENINGS)
    ends = words.CONTACT_LIST_ENDS | getattr(words, "CONTACT_OWNERS", frozenset())
    for i, word in enumerate(said[:4]):
        if word not in verbs:
            continue
        k = i + 1
        while k < len(said) and (said[k] in skipped or said[k] == "-"):
            k += 1
        if k < len(said) and said[k] in details:
            while k + 1 < len(said) and said[k + 1] in details:      # 'mobile numbers', 'numéros de mobile'
                k += 1
            if k + 1 == len(said) or said[k + 1] in ends:
                return "export", tokens[i].text
    return None


_NAME_REACH = 4      # a judgement of the names within so many words of them


def _names_judged(tokens: list[Token], said: list[str], words: ModuleType) -> tuple[str, str] | None:
    """A judgement of how the customers' names sound or where they come from ('anyone with a foreign-sounding
    surname', 'un nom de famille à consonance étrangère'): a guess of their origin, whatever the verb."""
    for i, word in enumerate(said):
        if word in words.NAME_NOUNS and not words.NAME_JUDGEMENTS.isdisjoint(said[max(0, i - _NAME_REACH):i + 1 + _NAME_REACH]):
            return "guess", tokens[i].text
    return None


_SALE_REACH = 3      # what is sold within so many words after the verb; a denial within so many before


def _sold(tokens: list[Token], bare: list[tuple[str, bool]], said: list[str], words: ModuleType) -> tuple[str, str] | None:
    """The customers' data sold or rented out, said by anyone anywhere ('we resell their data to partners', 'on la
    revend'): the data or the list named after the verb, or a pronoun for it with nothing given after it, or French's
    pronoun before it; never denied in the words before ('we never sell data')."""
    for i, word in enumerate(said):
        if word not in words.SALE_VERBS or not words.SALE_DENIALS.isdisjoint(said[max(0, i - _SALE_REACH):i]):
            continue
        after = said[i + 1:i + 1 + _SALE_REACH]
        named = not words.SALE_OBJECTS.isdisjoint(after)
        pronoun = bool(after) and after[0] in words.SALE_PRONOUNS and (
            len(after) == 1 or after[1] in words.SALE_PRONOUN_ENDS)
        k = i - 1 - (i > 1 and said[i - 1] in words.SALE_AUXILIARIES)     # 'on les a vendues'
        before = k >= 0 and (said[k] in words.SALE_PRONOUNS_BEFORE or k < i - 1 and bare[k][1]
                             or k == i - 1 and bare[k][1] and said[k] in words.SALE_AUXILIARIES)
        if named or pronoun or before:
            return "export", tokens[i].text
    return None


def _vulnerable(tokens: list[Token], said: list[str], words: ModuleType) -> tuple[str, str] | None:
    """People said to be vulnerable ('ce sont sûrement des insomniaques ou des gens un peu déprimés'), with no word
    of leaving them out in the few words before ('exclude vulnerable customers' protects them)."""
    for i, word in enumerate(said):
        if word in words.VULNERABLE_WORDS and words.VULNERABLE_GUARDS.isdisjoint(said[max(0, i - 4):i]):
            return "vulnerable", tokens[i].text
    return None


def _contacts_with(tokens: list[Token], said: list[str], words: ModuleType) -> tuple[str, str] | None:
    """'our top spenders with their emails and phone numbers', 'avec leurs e-mails et numéros': the customers' contact
    details asked for with them (lang_en.CONTACT_LEADS, then a plural of CONTACT_NOUNS within two words) are an export
    of personal data, not an audience ('with a phone number on file' says who has one, and stays a criterion)."""
    leads = getattr(words, "CONTACT_LEADS", frozenset())
    if words.CONTACT_NOUNS.isdisjoint(said):      # most requests name no contact detail
        return None
    for i in range(len(said)):
        lead = next((p for p in leads if tuple(said[i:i + len(p)]) == p), None)
        if lead is None:
            continue
        k = i + len(lead)
        found = next((j for j in range(k, min(k + 2, len(said))) if said[j] in words.CONTACT_NOUNS
                      and said[j].endswith("s")), None)
        # the details themselves, listed or ending the clause ('with their emails opted in' says a state of them)
        if found is not None and (found + 1 == len(said) or said[found + 1] in words.CONTACT_LIST_ENDS):
            return "export", tokens[found].text
    return None


def _terms(tokens: list[Token], said: list[str], words: ModuleType) -> tuple[str, str] | None:
    """A verb that takes something from the customers it names, before what it takes, wherever it stands (most often
    in the purpose: 'Pull everyone over 70 - we want to take them off the free-returns policy', 'on veut leur retirer
    les retours gratuits'): the list is for treating them worse, not for reaching them. The customers are a pronoun
    beside the verb ('deny them', 'leur refuser', 'retire-leur'); what is taken is one of the language's nouns of
    terms, prices or services, said before the clause ends or turns to a condition ('remove them if they called
    customer service' keeps to an audience)."""
    for i, verb in enumerate(said):
        giving = verb in words.TERMS_GIVING_VERBS      # 'show them higher prices': worse terms, said so
        if verb not in words.TERMS_VERBS and not giving:
            continue
        before = {t.norm for t in tokens[max(0, i - 2):i]} & words.TERMS_PRONOUNS_BEFORE
        after = {t.norm for t in tokens[i + 1:i + 3]} & words.TERMS_PRONOUNS_AFTER
        if not (before or after or tokens[i].norm[len(verb):] in words.TERMS_PRONOUNS_AFTER):
            continue
        for j in range(i + 1, min(len(tokens), i + 8)):
            if tokens[j].norm in words.TERMS_STOPS:
                break
            if any(part in words.TERMS_NOUNS for part in tokens[j].norm.split("-")):
                while j + 1 < len(tokens) and tokens[j + 1].norm in words.TERMS_NOUNS:
                    j += 1      # 'the free-returns policy'
                worse = [k for k in range(i + 1, min(len(tokens), j + 4)) if tokens[k].norm in words.TERMS_WORSE]
                if giving and not worse:
                    break       # 'show them our new prices': no worse terms said
                return "terms", " ".join(t.text for t in tokens[i:max([j, *worse]) + 1])
    return None


def removal_order(tokens: list[Token], words: ModuleType) -> tuple[str, str] | None:
    """The request opens with an order to remove ('Can you remove ...', 'Peux-tu retirer ...', past its polite
    opening): the task it asks for if nothing is kept to remove from (changing CRM data), and its typed words."""
    if not hasattr(words, "TASK_VERBS"):
        return None
    i = _past_openings(tokens, None, 0, words)      # (only the opening's words read: the rest never are)
    if i >= len(tokens) or tokens[i].text.lower().endswith(words.TASK_PAST_ENDINGS):
        return None
    for order in _imperatives(words).get(tokens[i].norm, ()):
        if tuple(t.norm for t in tokens[i:i + len(order)]) == order:
            return "change", " ".join(_shown(t, words) for t in tokens[i:i + len(order)])
    return None


def refusal(kind: str, verb: str, words: ModuleType) -> str:
    return words.MESSAGES["task_refused"].format(verb=verb, task=words.TASK_NAMES[kind])
