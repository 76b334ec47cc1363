"""Every French word the offline translator reads, as data: grammar, numbers, time, comparisons, connectives.

French is read by rewriting its grammar into the canonical words of the English module (the parser's own
vocabulary), token by token, keeping each token's place in the request: 'au cours des 6 derniers mois'
reads as 'in the last 6 months', 'au moins deux fois' as 'at least twice', 'ni ... ni' as 'neither ... nor'.
Catalog words are never rewritten: they are matched first, with the catalog's French labels and synonyms.
Another language is another module of the same names.
"""
from __future__ import annotations

import functools
import unicodedata

NAME = "French"
CODE = "fr"

# Elided articles and pronouns: "l'été" is "le" + "été", "n'ont" is "ne" + "ont".
ELISIONS = {"l": "le", "d": "de", "qu": "que", "n": "ne", "s": "se", "j": "je", "c": "ce", "m": "me", "t": "te",
            "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque"}

MONTHS = {"janvier": "january", "fevrier": "february", "mars": "march", "avril": "april", "mai": "may", "juin": "june",
          "juillet": "july", "aout": "august", "septembre": "september", "octobre": "october", "novembre": "november",
          "decembre": "december", "janv": "jan", "fev": "feb", "fevr": "feb", "avr": "apr", "juil": "jul",
          "sept": "sep", "oct": "oct", "nov": "nov", "dec": "dec"}
SEASONS = {"hiver": "winter", "printemps": "spring", "ete": "summer", "automne": "autumn"}
UNITS = {"jour": "day", "jours": "days", "semaine": "week", "semaines": "weeks", "mois": "months", "an": "year",
         "ans": "years", "annee": "year", "annees": "years", "trimestre": "quarter", "trimestres": "quarters",
         "semestre": "half", "semestres": "halves"}
NUMBERS = {"zero": "zero", "deux": "two", "trois": "three", "quatre": "four", "cinq": "five", "six": "six",
           "sept": "seven", "huit": "eight", "neuf": "nine", "dix": "ten", "onze": "eleven", "douze": "twelve",
           "treize": "thirteen", "quatorze": "fourteen", "quinze": "fifteen", "seize": "sixteen", "vingt": "twenty",
           "trente": "thirty", "quarante": "forty", "cinquante": "fifty", "soixante": "sixty", "cent": "hundred",
           "mille": "thousand", "douzaine": "dozen", "dizaine": "ten"}
ORDINALS = {"premier": "first", "premiere": "first", "1er": "first", "deuxieme": "second", "second": "second",
            "seconde": "second", "troisieme": "third", "quatrieme": "fourth"}
# 'T3 2026' (trimestre), 'S1' (semestre): the English module reads Q and H.
PERIOD_LETTERS = {"t": "q", "s": "h"}

# Phrases first (longest wins), then single words. '<n>' stands for a number token, '<u>' for a unit
# word and '<m>' for a month or season word, copied in their English reading.
PHRASES: list[tuple[tuple[str, ...], tuple[str, ...]]] = sorted([
    # time
    (("au", "cours", "des", "<n>", "derniers", "<u>"), ("in", "the", "last", "<n>", "<u>")),
    (("au", "cours", "des", "<n>", "dernieres", "<u>"), ("in", "the", "last", "<n>", "<u>")),
    (("<n>", "derniers", "<u>"), ("last", "<n>", "<u>")),
    (("<n>", "dernieres", "<u>"), ("last", "<n>", "<u>")),
    (("sur", "les", "<n>", "derniers", "<u>"), ("in", "the", "last", "<n>", "<u>")),
    (("sur", "les", "<n>", "dernieres", "<u>"), ("in", "the", "last", "<n>", "<u>")),
    (("depuis", "<n>", "<u>"), ("in", "the", "last", "<n>", "<u>")),
    (("depuis", "un", "<u>"), ("in", "the", "last", "<u>")),
    (("depuis", "une", "<u>"), ("in", "the", "last", "<u>")),
    (("le", "<u>", "dernier"), ("last", "<u>")),
    (("la", "<u>", "derniere"), ("last", "<u>")),
    (("le", "<m>", "dernier"), ("last", "<m>")),
    (("<u>", "dernier"), ("last", "<u>")), (("<u>", "derniere"), ("last", "<u>")),
    (("<m>", "dernier"), ("last", "<m>")),
    (("ce", "mois", "ci"), ("this", "month")), (("ce", "mois-ci"), ("this", "month")),
    (("cette", "annee"), ("this", "year")), (("cette", "semaine"), ("this", "week")),
    (("ce", "trimestre"), ("this", "quarter")), (("ce", "mois"), ("this", "month")),
    (("il", "y", "a", "plus", "de", "<n>", "<u>"), ("more", "than", "<n>", "<u>", "ago")),
    (("il", "y", "a", "plus", "de", "un", "<u>"), ("more", "than", "1", "<u>", "ago")),
    (("il", "y", "a", "moins", "de", "<n>", "<u>"), ("less", "than", "<n>", "<u>", "ago")),
    (("il", "y", "a", "<n>", "<u>"), ("<n>", "<u>", "ago")),
    (("a", "la", "meme", "periode"), ("in", "the", "same", "period")),
    (("sur", "la", "meme", "periode"), ("in", "the", "same", "period")),
    (("dans", "la", "meme", "periode"), ("in", "the", "same", "period")),
    (("pendant", "cette", "periode"), ("in", "that", "period")), (("sur", "cette", "periode"), ("in", "that", "period")),
    (("depuis",), ("since",)),
    (("au", "premier", "trimestre"), ("in", "the", "first", "quarter")),
    # counts and amounts
    (("au", "moins"), ("at", "least")), (("au", "plus"), ("at", "most")), (("au", "maximum"), ("at", "most")),
    (("au", "minimum"), ("at", "least")), (("plus", "de"), ("more", "than")), (("moins", "de"), ("less", "than")),
    (("plus", "que"), ("more", "than")), (("moins", "que"), ("less", "than")),
    (("superieur", "a"), ("more", "than")), (("inferieur", "a"), ("less", "than")),
    (("superieure", "a"), ("more", "than")), (("inferieure", "a"), ("less", "than")),
    (("ou", "plus"), ("or", "more")), (("et", "plus"), ("or", "more")), (("ou", "moins"), ("or", "less")),
    (("une", "fois"), ("once",)), (("deux", "fois"), ("twice",)), (("fois",), ("times",)),
    (("une", "douzaine", "de"), ("a", "dozen")), (("une", "dizaine", "de"), ("ten",)),
    (("au", "moins", "un"), ("at", "least", "one")), (("au", "moins", "une"), ("at", "least", "one")),
    (("en", "moyenne"), ("average",)), (("en", "tout"), ("total",)), (("au", "total"), ("total",)),
    # connectives and scope
    (("a", "l'exception", "de"), ("except",)), (("a", "le", "exception", "de"), ("except",)),
    (("a", "l", "exception", "de"), ("except",)), (("mis", "a", "part"), ("except",)), (("en", "dehors", "de"), ("except",)),
    (("mais", "pas"), ("but", "not")), (("et", "pas"), ("and", "not")), (("ainsi", "que"), ("and", "also")),
    (("sauf",), ("except",)), (("hors",), ("excluding",)), (("excepte",), ("except",)),
    (("en", "excluant"), ("excluding",)), (("exclure",), ("exclude",)), (("excluez",), ("exclude",)),
    (("retirer",), ("remove",)), (("enlever",), ("remove",)),
    (("ne", "pas"), ("not",)), (("ne", "jamais"), ("never",)),
    (("n'ont", "jamais"), ("never",)), (("n'ont", "pas"), ("not",)),
    (("aucun",), ("no",)), (("aucune",), ("no",)), (("jamais",), ("never",)), (("pas",), ("not",)),
    (("rien",), ("nothing",)), (("sans",), ("without",)),
    (("soit",), ("either",)),
    # determiners and prepositions: grammar, never criteria
    (("de", "le"), ("of", "the")), (("a", "le"), ("at", "the")),
], key=lambda rule: -len(rule[0]))

# One word -> its English reading ('' = a grammar word with nothing to add).
WORDS = {
    "et": "and", "ou": "or", "mais": "but", "qui": "who", "que": "that", "dont": "whose", "avec": "with",
    "ni": "nor", "entre": "between", "a": "at", "au": "at", "aux": "at", "le": "the", "la": "the", "les": "the",
    "un": "a", "une": "a", "des": "the", "du": "the", "de": "of", "en": "in", "dans": "in", "pour": "for",
    "par": "by", "sur": "on", "chez": "at", "via": "via", "depuis": "since", "avant": "before", "apres": "after",
    "pendant": "during", "durant": "during", "leur": "their", "leurs": "their", "son": "their", "sa": "their",
    "ses": "their", "ce": "this", "ces": "these", "cet": "this", "cette": "this", "nos": "our", "notre": "our",
    "vos": "your", "votre": "your", "ils": "they", "elles": "they", "il": "it", "elle": "it", "on": "we",
    "nous": "we", "vous": "you", "ont": "have", "a-t-il": "has", "ayant": "having", "avoir": "have", "ete": "been",
    "est": "is", "sont": "are", "etre": "be", "fait": "made", "effectue": "made", "realise": "made",
    "passe": "placed", "donne": "gave", "tous": "all", "toutes": "all", "tout": "all", "toute": "all",
    "chaque": "every", "meme": "same", "aussi": "also", "egalement": "also", "encore": "still", "deja": "already",
    "uniquement": "only", "seulement": "only", "exactement": "exactly", "environ": "about", "plus": "more",
    "moins": "less", "dernier": "last", "derniere": "last", "derniers": "last", "dernieres": "last",
    "premier": "first", "premiere": "first", "premiers": "first", "moyen": "average", "moyenne": "average",
    "total": "total", "totale": "total", "ne": "", "se": "", "je": "i", "me": "me", "te": "you", "y": "",
    "ci": "", "svp": "please", "stp": "please", "merci": "thanks", "mercii": "thanks", "bisous": "cheers",
    "cordialement": "cheers", "bonjour": "hi", "salut": "hi", "ex": "eg", "cf": "cf", "voir": "see",
    "depense": "spent", "depenses": "spent", "depensent": "spend", "depenser": "spend",
    "personnes": "people", "personne": "person", "gens": "people", "contacts": "contacts",
    "aujourd'hui": "today", "hier": "yesterday", "recemment": "recently", "dernierement": "lately",
    "toujours": "still", "puis": "then", "alors": "then", "ensuite": "then",
    "ans": "years",
}

# Words of a French request that the detector counts (function words no English request uses).
MARKERS = frozenset("les des qui ont une dans pour avec sans leur leurs derniers dernier dernieres mois cette "
                    "ces aux au du et ou sont ete depuis moins plus fois aucun jamais achete commande clients".split())

# What the translator says, in this language.
MESSAGES = {
    "or_as_and": "« ou » entre « {a} » et « {b} » n'a pas été appliqué : les deux sont exigés. Reformulez avec « soit ... soit ... » si l'un des deux suffit.",
    "ranked_first": "Les {n} premiers sont classés parmi les clients retenus par les critères, avant que les exclusions n'en retirent (vérifiez que c'est bien ce que vous vouliez).",
    "contradiction": "« {a} » et « {b} » ne peuvent pas être vrais ensemble : aucun client ne correspondrait. Lequel vouliez-vous dire ?",
    "leave_out": "laisser de côté",
    "unknown": "« {phrase} » ne correspond à rien dans le catalogue : laissez-le de côté, ou reformulez.",
    "unknown_choices": "« {phrase} » ne correspond à rien dans le catalogue. Vouliez-vous dire l'un de ces termes, "
                       "ou faut-il le laisser de côté ?",
    "vague_window": "« {phrase} » peut désigner plusieurs périodes : laquelle ?",
}

# What a vague time word may mean ('récemment').
VAGUE_WINDOW_READINGS = ("au cours des 30 derniers jours", "au cours des 90 derniers jours", "au cours des 6 derniers mois")


@functools.cache
def _dictionary() -> frozenset[str]:
    from spellchecker import SpellChecker  # French word frequencies; loaded once, on first use
    words = SpellChecker(language="fr", distance=1).word_frequency.dictionary
    return frozenset("".join(ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch)) for w in words)


def is_word(word: str) -> bool:
    """An ordinary French word: typo correction never turns it into an English catalog word."""
    return word.lower() in _dictionary()     # folded: the request's words are compared without accents
