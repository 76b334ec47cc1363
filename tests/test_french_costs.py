"""What a French request costs beyond an English one (issue 17: French no slower than English): the work its
rewrite does once per lexicon or once per word, never again per request. Same readings, checked here on the
functions that were made cheaper; the answers themselves are the blind and golden sets'."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from assistant.translate import lang_en, lang_fr
from assistant.translate.offline import rewrite, text
from assistant.translate.offline.text import Token, tokenize
from assistant.translate.offline.translator import OfflineTranslator

A = dt.date(2026, 9, 30)


@pytest.fixture(scope="module")
def translator(catalog):
    return OfflineTranslator(catalog)


def test_a_words_feminine_reading_is_worked_out_once_per_lexicon(translator, monkeypatch):
    request = "Les clientes lyonnaises et les Canadiennes ayant acheté en magasin"
    first = translator.translate(request, A)
    calls = []
    people = rewrite._people_masculine
    monkeypatch.setattr(rewrite, "_people_masculine", lambda *a: calls.append(a) or people(*a))
    again = translator.translate(request, A)
    assert calls == []       # every word's reading kept by the lexicon: the second request works none out
    assert again.model_dump(exclude={"elapsed_ms"}) == first.model_dump(exclude={"elapsed_ms"})
    assert "femmes" in [c.label for c in again.definition.criteria]      # and the women are still read


def test_join_decimals_keeps_the_list_when_nothing_is_joined():
    # the same list: prepare then looks the request's words up again only when a step changed them
    tokens = tokenize("clients VIP, Paris ou Lyon, 2 commandes")
    assert rewrite.join_decimals(tokens, lang_fr) is tokens
    joined = rewrite.join_decimals(tokenize("panier moyen de 0,5 k"), lang_fr)
    assert [t.norm for t in joined][:4] == ["panier", "moyen", "de", "0.5"]


def test_a_scan_walks_each_place_as_the_longest_phrase_there(translator):
    """The scan's walk down the phrases' tree at every place finds what _longest_at finds at that place."""
    rnd = random.Random(17)
    for lang in ("en", "fr"):
        lexicon = translator._reader(lang)[0]
        keys, words, tree = list(lexicon.phrases), sorted(lexicon.words()) + ["the", "of", "zz"], lexicon._tree()
        for _ in range(2000):
            norms: list[str] = []
            while len(norms) < rnd.randint(0, 16):
                norms += list(rnd.choice(keys)) if rnd.random() < 0.5 else [rnd.choice(words)]
            assert lexicon._longest_each(norms, tree) == [
                lexicon._longest_at(norms, i, len(norms)) if norms[i] in tree else 0 for i in range(len(norms))]


def _frame_requests(lang, rnd: random.Random, n: int) -> list[str]:
    """Requests made of a language's frame phrases (whole, cut short, or with another second word) among plain words."""
    from assistant.translate.offline import frames
    phrases = [p for table in frames._tables(lang).values() for ps in table.values() for p in ps]
    verbs = list(getattr(lang, "EXCLUDE_IMPERATIVES", ()))
    phrases += verbs + [lead + rnd.choice(verbs) for lead in getattr(lang, "EXCLUDE_LEADS", ()) for _ in range(5)]
    filler = ["clients", "VIP", "de", "le", "en", "the", "in", "500", "€", ",", ".", "(", ")", "+", "ou", "or", ":"]
    out = []
    for _ in range(n):
        words: list[str] = []
        while len(words) < rnd.randint(1, 14):
            p = list(rnd.choice(phrases))
            if rnd.random() < 0.3 and len(p) > 1:
                p[rnd.randrange(1, len(p))] = rnd.choice(filler)
            words += p[:rnd.randint(1, len(p))] if rnd.random() < 0.2 else p
            words += [rnd.choice(filler) for _ in range(rnd.randint(0, 2))]
        out.append(" ".join(words))
    return out


@pytest.mark.parametrize("code", ["en", "fr"])
def test_a_frame_opener_passed_over_for_its_next_word_opens_no_frame(code, monkeypatch):
    """read_frames tries a frame only where the next word continues one the word opens: the same frames are read as
    when every opener is tried."""
    from assistant.translate.languages import LANGUAGES
    from assistant.translate.offline import frames
    lang = LANGUAGES[code]
    requests = _frame_requests(lang, random.Random(17), 1500)
    filtered = [frames.read_frames(tokenize(r), lang, r) for r in requests]
    assert frames._openers(lang)["de" if code == "fr" else "in"] is not None   # 'de' opens only longer frames
    every = {w: None for w in frames._openers(lang)}
    monkeypatch.setattr(frames, "_openers", lambda lang: every)
    assert [frames.read_frames(tokenize(r), lang, r) for r in requests] == filtered
    assert sum(f != tokenize(r) for f, r in zip(filtered, requests)) > 300     # the requests do say frames


def _first_phrase(tokens, lang, protected, i):
    """The first of the language's PHRASES said at i, tried one by one, word by word: what _phrase_at finds."""
    for pattern, replacement in lang.PHRASES:
        if i + len(pattern) > len(tokens):
            continue
        slots = {}
        for want, t in zip(pattern, tokens[i:i + len(pattern)]):
            slot = rewrite._slot(t, want, lang) if want[0] == "<" else (t.norm if t.norm == want else None)
            if slot is None:
                break
            if want[0] == "<":
                slots[want] = slot
        else:
            if protected.isdisjoint(range(i, i + len(pattern))):
                return len(pattern), [slots.get(w, w) for w in replacement]
    return None


def test_rewrite_finds_the_phrase_trying_every_phrase_would():
    """_phrase_at tries only its index's candidates, and of each only the words its index did not match: the phrase
    it finds is the first of PHRASES said there, as trying each in turn finds."""
    rnd = random.Random(17)
    rules = rewrite._rules(lang_fr)
    fills = {"<n": ["3", "deux", "un"], "<d": ["12"], "<u": list(lang_fr.UNITS)[:4], "<m": ["janvier", "été"]}
    found = 0
    for _ in range(1500):
        words: list[str] = []
        while len(words) < rnd.randint(1, 12):
            pattern = rnd.choice(lang_fr.PHRASES)[0]
            words += [rnd.choice(fills[w[:2]]) if w[0] == "<" else w for w in pattern]
            if rnd.random() < 0.3:
                words[rnd.randrange(len(words))] = rnd.choice(["de", "les", "clients", "5", "mois"])
        tokens = tokenize(" ".join(words))
        protected = {k for k in range(len(tokens)) if rnd.random() < 0.1}
        for i in range(len(tokens)):
            expected = _first_phrase(tokens, lang_fr, protected, i)
            if tokens[i].norm in rules.opens or tokens[i].number is not None:
                assert rewrite._phrase_at(tokens, lang_fr, protected, i, rules) == expected
                found += expected is not None
            else:
                assert expected is None      # a word no phrase opens
    assert found > 1000



def test_rewrite_tries_a_phrase_at_a_word_only_before_a_word_that_may_follow_it():
    """rewrite tries the phrases (and union markers) a word opens only where the next token may be their second word
    (_Rules.seconds: 'qui' only before 'remonte' or 'date'); anywhere else none is said there, as trying each finds."""
    rnd = random.Random(17)
    rules = rewrite._rules(lang_fr)
    assert {"qui", "les", "des", "tous"} <= rules.seconds.keys() and "depuis" not in rules.seconds
    fills = {"<n": ["3", "deux", "un"], "<d": ["12"], "<u": list(lang_fr.UNITS)[:4], "<m": ["janvier", "été"]}
    others = ["de", "les", "clients", "5", "mois", "qui", "ont", "tous", "ceux", "en", "ligne", "2025", "deux"]
    passed = 0
    for _ in range(3000):
        words: list[str] = []
        while len(words) < rnd.randint(1, 12):
            pattern = rnd.choice(lang_fr.PHRASES)[0] if rnd.random() < 0.6 else (rnd.choice(list(rules.seconds)),)
            words += [rnd.choice(fills[w[:2]]) if w[0] == "<" else w for w in pattern]
            if rnd.random() < 0.4:
                words[rnd.randrange(len(words))] = rnd.choice(others)
        tokens = tokenize(" ".join(words))
        for i, t in enumerate(tokens):
            seconds = rules.seconds.get(t.norm) if t.number is None else None
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if seconds is None or nxt is not None and (nxt.norm in seconds or nxt.number is not None
                                                       and rewrite._A_NUMBER in seconds):
                continue
            passed += 1
            assert _first_phrase(tokens, lang_fr, set(), i) is None, (words, i)
            assert rewrite._union_at(tokens, lang_fr, set(), i) is None, (words, i)
    assert passed > 3000

def test_replace_at_replaces_as_trying_every_place_would():
    """text.replace_at tries only the places it is given: where the others start no phrase, it reads as
    replace_phrases trying every token."""
    rnd = random.Random(17)
    for _ in range(500):
        tokens = tokenize(" ".join(rnd.choice(["a", "b", "c", "d", "e"]) for _ in range(rnd.randint(0, 14))))

        def found_at(i, tokens=tokens):
            if tokens[i].norm != "a":
                return None
            end = min(len(tokens), i + 1 + i % 3)      # a phrase of one to three tokens
            return end, [tokens[i]._replace(norm="x")]
        places = [i for i, t in enumerate(tokens) if t.norm == "a"]
        assert text.replace_at(tokens, places, found_at) == text.replace_phrases(tokens, found_at)
        if not places:
            assert text.replace_at(tokens, places, found_at) is tokens      # the same list when nothing was replaced


def test_clock_times_reads_as_trying_every_place():
    """clock_times looks for a phrase of hours only where one of its first words is: the same tokens as looking at
    every token (as it did, once per token and reader, quadratic in the request)."""
    from assistant.translate.offline import hours_of_day

    rnd = random.Random(17)
    for lang in (lang_en, lang_fr):
        words = hours_of_day._words(lang)
        vocabulary = [w for phrases in (lang.HOUR_CONTEXT, lang.HOUR_JOINS, lang.HOUR_AFTER, lang.HOUR_BEFORE,
                                        lang.HOUR_ONWARDS, lang.CLOCK_PARTS) for p in phrases for w in p]
        vocabulary += [*lang.HOUR_OPENS, *lang.CLOCK_NAMES, *lang.CLOCK_MARKS, "(", ")", "h", "clients", "2", "11",
                       "23", "8pm", "10:00"]
        # each word once, in one order: the requests drawn are the same whatever the process's hash seed (the sets
        # above iterate in its order) and whatever words the parts of the day repeat
        vocabulary = sorted(set(vocabulary))
        found = 0
        for _ in range(1500):
            tokens = tokenize(" ".join(rnd.choice(vocabulary) for _ in range(rnd.randint(1, 12))))
            norms = [t.norm for t in tokens]

            def one_token(i, tokens=tokens, norms=norms, words=words):
                if (read := hours_of_day._phrase_at(tokens, norms, i, words)) is None:
                    return None
                said = tokens[i:read[0]]
                return read[0], [Token(" ".join(t.text for t in said), hours_of_day.PREFIX + ",".join(map(str, read[1])),
                                       said[0].start, said[-1].end)]
            # (a request with no word that makes a time of day, 'h' as typed among them, has none)
            maybe = any(t.norm in words.marks or t.text.lower() == "h" for t in tokens)
            expected = text.replace_phrases(tokens, one_token) if maybe else tokens
            assert hours_of_day.clock_times(tokens, lang) == expected
            found += expected != tokens
        assert found > 20      # phrases of hours were read (100 in English, 26 in French)


def test_rewrite_reads_a_plain_word_as_its_full_path_does(monkeypatch):
    """A word no phrase or frame opens and whose neighbours do not change it is read from WORDS at once: the same
    tokens as its full path (phrases tried, then _word)."""
    import dataclasses

    rnd = random.Random(17)
    rules = rewrite._rules(lang_fr)
    words = sorted(rules.said) + ["clients", "5", "mois", "VIP", ","]
    requests = [tokenize(" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 14)))) for _ in range(1500)]
    protected = [{k for k in range(len(t)) if rnd.random() < 0.15} for t in requests]      # catalog words
    fast = [rewrite.rewrite(t, lang_fr, p) for t, p in zip(requests, protected)]
    every = dict.fromkeys(rules.said, rewrite._CONTEXT)       # every word some rule reads down its full path
    monkeypatch.setattr(rewrite, "_rules", lambda lang: dataclasses.replace(rules, plain=frozenset(), kinds=every))
    assert fast == [rewrite.rewrite(t, lang_fr, p) for t, p in zip(requests, protected)]


def test_prepare_skips_only_the_steps_with_nothing_to_read(monkeypatch):
    """prepare runs a step only when the request has the words of one of its cases: the same tokens as running
    every step on every request."""
    rnd = random.Random(17)
    words = ["l'été", "d'1", "nont", "qu'en", "1.500", "0,5", ",", "5", "pour", "cent", "pourcent", "%", "quinze",
             "jours", "vingt-cinq", "deux", "mille", "un", "23", "h", "minuit", "et", "or", "différentes", "catégories",
             "ayant", "ouvert", "un", "ticket", "notés", "clients", "VIP", "de", "la", "à", "10:00", "midi", "3",
             "entre 23 h et 2 h du matin", "le soir après 20 h", "cinq pour cent", "1.500 points"]
    requests = [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 14))) for _ in range(3000)]
    tested = [rewrite.prepare(tokenize(r), lang_fr) for r in requests]
    every = tuple((step, lambda norms, joined: True) for step, _ in rewrite._spelling(lang_fr))
    monkeypatch.setattr(rewrite, "_spelling", lambda lang: every)
    assert tested == [rewrite.prepare(tokenize(r), lang_fr) for r in requests]
    assert sum(t != tokenize(r) for t, r in zip(tested, requests)) > 1000      # the steps did read things


def _whole_removal_order(tokens, words):
    """other_tasks.removal_order as it read: every word of the request cut first, every order compared."""
    from assistant.translate.offline import other_tasks
    bare = [other_tasks._bare(t, words) for t in tokens]
    i = 0
    while i < len(tokens) and (bare[i][0] in words.TASK_OPENINGS or tokens[i].norm in words.TASK_OPENINGS):
        i += 1
    if i >= len(tokens) or tokens[i].text.lower().endswith(words.TASK_PAST_ENDINGS):
        return None
    for order in words.EXCLUDE_IMPERATIVES:
        if tuple(t.norm for t in tokens[i:i + len(order)]) == order:
            return "change", " ".join(other_tasks._shown(t, words) for t in tokens[i:i + len(order)])
    return None


@pytest.mark.parametrize("words", [lang_en, lang_fr])
def test_an_order_to_remove_is_read_from_the_opening_alone(words):
    """removal_order cuts only the polite opening's words and tries the orders its next word opens: the same task as
    cutting every word and trying every order."""
    from assistant.translate.offline.other_tasks import removal_order
    rnd = random.Random(17)
    vocabulary = [*words.TASK_OPENINGS, *(w for order in words.EXCLUDE_IMPERATIVES for w in order),
                  "m'enlever", "retire-moi", "l'e-mail", "clients", "VIP", "the", "de", "removed", "retiré", ","]
    found = 0
    for _ in range(2000):
        tokens = tokenize(" ".join(rnd.choice(vocabulary) for _ in range(rnd.randint(1, 8))))
        expected = _whole_removal_order(tokens, words)
        assert removal_order(tokens, words) == expected
        found += expected is not None
    assert found > 100
    assert removal_order(tokenize("Peux-tu retirer le consentement SMS des clients belges ?"), lang_fr) == \
        ("change", "retirer")


@pytest.mark.parametrize("request_, said", [
    ("clients de vingt-cinq ans et plus", ["clients", "de", "25", "ans", "et", "plus"]),
    ("deux mille points ou un achat", ["2000", "points", "ou", "un", "achat"]),
    ("un client, une commande", ["un", "client", ",", "une", "commande"]),
    ("quatre-vingt-dix jours puis cent vingt et un jours", ["90", "jours", "puis", "121", "jours"]),
])
def test_number_words_are_joined_where_a_number_starts(request_, said):
    """join_number_words reads from each number word only (the others are copied): the numbers said in words."""
    assert [t.norm for t in rewrite.join_number_words(tokenize(request_), lang_fr)] == said


def test_elisions_are_split_only_where_an_apostrophe_is():
    tokens = tokenize("les clients qui n'ont pas acheté l'été dernier nont rien")
    assert [(t.text, t.norm) for t in rewrite.split_elisions(tokens, lang_fr)] == [
        ("les", "les"), ("clients", "clients"), ("qui", "qui"), ("n'", "ne"), ("ont", "ont"), ("pas", "pas"),
        ("acheté", "achete"), ("l'", "le"), ("été", "ete"), ("dernier", "dernier"), ("n", "ne"), ("ont", "ont"),
        ("rien", "rien")]
    plain = tokenize("clients VIP à Lyon")
    assert rewrite.split_elisions(plain, lang_fr) is plain      # the same list when no word is elided


def test_a_postposed_adjective_moves_before_its_counted_noun():
    tokens = tokenize("clients ayant acheté dans 3 catégories différentes et 2 sources de trafic différentes")
    assert [t.norm for t in rewrite.postposed_adjectives(tokens, lang_fr)] == [
        "clients", "ayant", "achete", "dans", "3", "differentes", "categories", "et", "2", "differentes", "sources",
        "de", "trafic"]


def test_a_phrase_is_matched_as_its_words_are_compared():
    """modifiers._match looks at a phrase's second word first: the same answer as comparing all its words."""
    from assistant.translate.offline import modifiers
    rnd = random.Random(17)
    words = ["the", "same", "period", "last", "year", "of", "week", "x"]
    for _ in range(5000):
        norms = [rnd.choice(words) for _ in range(rnd.randint(0, 6))]
        phrase = tuple(rnd.choice(words) for _ in range(rnd.randint(1, 4)))
        i = rnd.randint(0, len(norms))
        assert modifiers._match(norms, i, phrase) == (tuple(norms[i:i + len(phrase)]) == phrase)


def test_a_period_is_read_without_looking_for_a_calendar_span_twice(monkeypatch):
    """_window_at tells _period_at where it found no calendar span: the same windows as looking there again."""
    from assistant.translate.offline import modifiers
    requests = ["in week 37", "over the Easter weekend", "the first half of September", "in March 2025",
                "during the summer", "the whole of 2025", "since the start of the year", "at Christmas 2025",
                "pendant la semaine 37", "during the week of 7 September", "the last 3 days of August", "in 2025"]
    found = [modifiers.find_windows(tokenize(r), A) for r in requests]
    single = modifiers._single_period
    monkeypatch.setattr(modifiers, "_single_period", lambda *a, **k: single(*a[:5], **{**k, "spanless": False}))
    assert [modifiers.find_windows(tokenize(r), A) for r in requests] == found
    assert sum(bool(f) for f in found) >= 10
