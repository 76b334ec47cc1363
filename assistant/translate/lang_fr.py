"""Every French word the offline translator reads, as data: grammar, numbers, time, comparisons, connectives.

French is read by rewriting its grammar into the canonical words of the English module (the parser's own
vocabulary), token by token, keeping each token's place in the request: 'au cours des 6 derniers mois'
reads as 'in the last 6 months', 'au moins deux fois' as 'at least twice', 'ni ... ni' as 'neither ... nor'.
Catalog words are never rewritten: they are matched first, with the catalog's French labels and synonyms.
Another language is another module of the same names.
"""
from __future__ import annotations

import functools
import re
import unicodedata

NAME = "French"
CODE = "fr"

# Elided articles and pronouns: "l'été" is "le" + "été", "n'ont" is "ne" + "ont".
ELISIONS = {"l": "le", "d": "de", "qu": "que", "n": "ne", "s": "se", "j": "je", "c": "ce", "m": "me", "t": "te",
            "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque"}
# Elisions typed without their apostrophe in a hurry ('qui nont pas acheté', 'jai besoin'): read as typed with it
UNMARKED_ELISIONS = {"nont": "n'ont", "na": "n'a", "nai": "n'ai", "navons": "n'avons", "navez": "n'avez",
                     "nest": "n'est", "netait": "n'était", "jai": "j'ai", "cest": "c'est", "quil": "qu'il",
                     "quils": "qu'ils", "quelles": "qu'elles", "jusqua": "jusqu'à", "aujourdhui": "aujourd'hui"}

MONTHS = {"janvier": "january", "fevrier": "february", "mars": "march", "avril": "april", "mai": "may", "juin": "june",
          "juillet": "july", "aout": "august", "septembre": "september", "octobre": "october", "novembre": "november",
          "decembre": "december", "janv": "jan", "fev": "feb", "fevr": "feb", "avr": "apr", "juil": "jul",
          "sept": "sep", "oct": "oct", "nov": "nov", "dec": "dec"}
SEASONS = {"hiver": "winter", "printemps": "spring", "ete": "summer", "automne": "autumn"}
# A month's short form that is also a number ('sept'): the month after a day ('le 1er sept'), before a year, a month or
# a mark ('sept 2025', 'sept.-nov.'), or after these words with no count after it ('en sept', 'fin sept'); elsewhere
# the number ('sept commandes', 'sept articles': read as September, silently)
NUMBER_MONTHS = frozenset({"sept"})
# Said before a condition and its 'ou non' ('qu'ils soient VIP ou non'), as the rewrite reads it: part of the phrase
# that says the condition does not matter.
EITHER_WAY_LEADS: tuple[tuple[str, ...], ...] = (("that", "they", "soient"), ("soient",))
MONTH_LEADS = frozenset({"en", "depuis", "fin", "debut", "mi", "entre", "courant"})
# A date written in numbers is day first ('le 15/09', '15/09/2025'); with no year, only after these words (the words as
# typed: offline/numeric_dates.py reads them before anything else; 'noté 5/5' is a score)
NUMERIC_DATE_ORDER = "dm"
NUMERIC_DATE_LEADS = frozenset({"le", "depuis", "du", "au", "avant", "apres", "entre", "des", "jusqu'au"})
# Holidays named in French (offline/holidays.py reads every language's table, as lang_en.HOLIDAYS): each name as the
# request spells it once its elisions are undone ("le jour de l'an": 'jour de le an'), never rewritten into English
# words (offline/rewrite.py leaves a name of this table as it is). Names the French say in English ('le Black
# Friday') are here. A name some regions give another day is read only where the request says its region
# (HOLIDAY_REGIONS), and asked elsewhere.
HOLIDAYS: dict[tuple[str, ...], tuple] = {
    **dict.fromkeys([("noel",), ("jour", "de", "noel")], ("day", 12, 25)),
    **dict.fromkeys([("reveillon", "de", "noel"), ("veille", "de", "noel")], ("day", 12, 24)),
    **dict.fromkeys([("jour", "de", "le", "an"), ("nouvel", "an")], ("day", 1, 1)),
    ("saint-sylvestre",): ("day", 12, 31), ("reveillon", "de", "le", "nouvel", "an"): ("day", 12, 31),
    **dict.fromkeys([("saint-valentin",), ("st-valentin",)], ("day", 2, 14)),
    **dict.fromkeys([("saint-jean",), ("st-jean",), ("saint-jean-baptiste",)], ("day", 6, 24)),
    ("paques",): ("easter", 0), ("lundi", "de", "paques"): ("easter", 1), ("vendredi", "saint"): ("easter", -2),
    ("ascension",): ("easter", 39), ("pentecote",): ("easter", 49), ("toussaint",): ("day", 11, 1),
    ("lundi", "de", "pentecote"): ("easter", 50), ("assomption",): ("day", 8, 15), ("armistice",): ("day", 11, 11),
    ("fete", "du", "travail"): ("labour_day", 0),
    ("fete", "de", "la", "musique"): ("day", 6, 21), ("fete", "du", "canada"): ("day", 7, 1),
    ("halloween",): ("day", 10, 31), ("black", "friday"): ("thanksgiving", 1), ("cyber", "monday"): ("thanksgiving", 4),
    # Thanksgiving as Canada keeps it, the second Monday of October: only Canada names it so ('l'Action de grâce')
    **dict.fromkeys([("action", "de", "grace"), ("action", "de", "graces"), ("jour", "de", "le", "action", "de", "grace"),
                     ("jour", "de", "le", "action", "de", "graces"), ("thanksgiving", "canadien")],
                    ("canadian_thanksgiving", 0)),
    **dict.fromkeys([("thanksgiving", "americain"), ("thanksgiving", "us")], ("thanksgiving", 0)),
}
# A holiday's long weekend whose days are its own, counted from it (lang_en.LONG_WEEKENDS): 'le week-end de Pâques' and
# 'de la Pentecôte' are Saturday to the Monday off; the others are their weekday's ('le pont de l'Ascension': Thursday to
# Sunday).
LONG_WEEKENDS: dict[tuple[str, ...], tuple[int, int]] = {("paques",): (-1, 1), ("pentecote",): (-1, 1)}
# Holidays each country keeps on its own day, named with no country: asked (lang_en.COUNTRY_HOLIDAYS)
COUNTRY_HOLIDAYS: tuple[tuple[str, ...], ...] = (("thanksgiving",),)
# 'la fête du Travail' is September's first Monday in Quebec (the sets' convention K10, said in Quebec briefs) but
# 1 May in France, Belgium and Switzerland: its rule holds where a word of Quebec French or a Quebec place is said
# ('magasiné', 'clavardé', 'Montréal'), and it is asked elsewhere rather than read as either day.
HOLIDAY_REGIONS: dict[tuple[str, ...], str] = {("fete", "du", "travail"): "quebec"}
REGION_WORDS: dict[str, frozenset[str]] = {"quebec": frozenset({
    "magasine", "magasiner", "magasinent", "magasinage", "magasinaient", "magasinait", "magasinez", "magasinons",
    "clavarde", "clavarder", "clavardage", "clavardent", "jase", "jaser", "infolettre", "infolettres", "pis",
    "montreal", "quebec", "quebecois", "quebecoises", "laval", "gatineau", "sherbrooke", "trois-rivieres", "canada",
    "canadiens", "canadiennes", "ontario", "toronto", "ottawa"})}
# 'été' is also the past participle of 'être' ('ont été'): after these words it is the season ('cet été', 'l'été',
# 'en été', 'd'été'), as it is before 'dernier' or a year.
SEASON_LEADS = frozenset({"cet", "ce", "le", "en", "de", "du", "pendant", "durant", "depuis", "chaque"})
SEASON_TAILS = frozenset({"dernier", "prochain"})
# Plural endings beside '-s', for the catalog's nouns counted ('trois canaux différents': the channel's values).
NOUN_PLURALS: tuple[tuple[str, str], ...] = (("al", "aux"), ("eau", "eaux"))
UNITS = {"jour": "day", "jours": "days", "semaine": "week", "semaines": "weeks", "mois": "months", "an": "year",
         "ans": "years", "annee": "year", "annees": "years", "trimestre": "quarter", "trimestres": "quarters",
         "semestre": "half-year", "semestres": "half-years",
         "heure": "hour", "heures": "hours", "hours": "hours",     # 'hours': '48h' as lang_en cuts it short
         "h": "hours"}      # 'dans les 48 h': a length (a time of day, '20 h', is read before, on the words as typed)
NUMBERS = {"zero": "zero", "deux": "two", "trois": "three", "quatre": "four", "cinq": "five", "six": "six",
           "sept": "seven", "huit": "eight", "neuf": "nine", "dix": "ten", "onze": "eleven", "douze": "twelve",
           "treize": "thirteen", "quatorze": "fourteen", "quinze": "fifteen", "seize": "sixteen", "vingt": "twenty",
           "trente": "thirty", "quarante": "forty", "cinquante": "fifty", "soixante": "sixty", "cent": "hundred",
           "mille": "thousand", "douzaine": "dozen", "dizaine": "ten"}
# Numbers written in words, several at once ('vingt-cinq', 'quatre-vingt-dix', 'deux mille', 'trois cents') and the
# Belgian and Swiss tens ('septante', 'huitante', 'nonante'): read as one number before anything else.
NUMBER_VALUES = {"zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
                 "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
                 "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
                 "septante": 70, "huitante": 80, "octante": 80, "nonante": 90}
NUMBER_SCALES = {"cent": 100, "cents": 100, "mille": 1000, "million": 1_000_000, "millions": 1_000_000}
NUMBER_AND = "et"          # 'vingt et un'
# The only numbers said after it inside one number ('vingt et un', 'soixante et onze'): 'entre cent et trois cents'
# is two numbers (read as 10300, silently)
NUMBER_AFTER_AND = frozenset({"un", "une", "onze"})
# Read alone, these are numbers too (the others alone are read by the rewrite's word tables).
NUMBER_ALONE = frozenset({"septante", "huitante", "octante", "nonante", "cent", "cents", "mille"})

# Before a year, these say the whole of it ('Top 15 en nombre de passages en caisse sur 2025'): 'sur' is 'on' elsewhere.
YEAR_PREPOSITIONS = {"sur": "in"}
ORDINALS = {"premier": "first", "premiere": "first", "1er": "first", "deuxieme": "second", "second": "second",
            "seconde": "second", "troisieme": "third", "quatrieme": "fourth"}
# Endings that make a number an ordinal ('1er', '1re', '2e', '3ème'): one token with it, never 1 and 'er'.
ORDINAL_SUFFIXES = frozenset({"er", "re", "ère", "ere", "e", "ème", "eme", "ième", "ieme"})
# A unit cut short and glued to its number ('ces 30j', 'sur 3sem'), as lang_en's: read as the unit's word.
UNIT_ABBREVIATIONS = {"j": "jours", "sem": "semaines"}
# Inclusive writing ('client·e·s', 'domicilié·e·s', 'acheteur·euse·s', 'inscrit.e.s', 'abonné(e)s'): a word and the
# feminine endings glued to it by a middle dot, a dot or brackets, one token read as its masculine form (plural when
# the last ending is). The endings, folded; after a dot only the short ones ('magasin.Les' opens a sentence).
INCLUSIVE_ENDINGS = frozenset({"e", "es", "s", "ne", "nes", "le", "les", "te", "tes", "se", "ses", "ve", "ves", "rice",
                               "rices", "trice", "trices", "euse", "euses", "ere", "eres", "ère", "ères", "x"})
INCLUSIVE_DOT_ENDINGS = frozenset({"e", "es", "s", "ne", "nes", "rice", "rices", "euse", "euses", "ère", "ères"})
# The amount of one event of a kind ('panier moyen': 'moyen' reads 'average'), as lang_en.BASKET_WORDS.
BASKET_WORDS: dict[str, str] = {"panier": "purchase", "paniers": "purchase", "montant du panier": "purchase",
                                "valeur de commande": "purchase", "montant de commande": "purchase",
                                # 'ticket moyen': a till's receipt, unless the catalog's 'ticket' is its own
                                "ticket": "purchase", "montant du ticket": "purchase", "ticket de caisse": "purchase"}
BASKET_PLURALS = frozenset({"paniers"})     # lang_en.BASKET_PLURALS
# lang_en.UNION_WORDS ('qu'en vêtements et accessoires réunis')
UNION_WORDS: tuple[tuple[str, ...], ...] = tuple((w,) for w in (
    "reunis", "reunies", "confondus", "confondues", "ensemble", "cumules", "cumulees", "additionnes", "additionnees"))
# A brief's title words and audience labels, folded ('Opération hiver - relance campagne :', 'Cible :').
TITLE_MARKERS = frozenset({"brief", "campagne", "relance", "lancement", "operation", "teasing", "vague", "mailing", "envoi",
                           "reactivation", "promo", "ope", "enquete", "sondage", "invitation", "etude",
                           "atelier", "concours", "jeu-concours", "test"})      # 'Opé rentrée (BE) - ciblage
AUDIENCE_LABELS = frozenset({"cible", "ciblage", "audience", "segment"})
# Labels of a brief's lines that say why, before its audience label ('Objectif : ...', 'Contexte : ...'), as lang_en's.
REASON_LABELS = frozenset({"objectif", "objectifs", "but", "contexte", "enjeu", "enjeux"})
# Labels of a line of a brief that lists its criteria ('Conditions : opt-in e-mail obligatoire ; hors VIP'), as
# lang_en's.
CRITERIA_LABELS = frozenset({"conditions", "criteres", "filtres", "regles"})
# A forwarded e-mail's header lines, folded (as lang_en's): '---------- Message transféré ----------', 'De : ...',
# 'Objet : ...'.
EMAIL_BANNERS = frozenset({"message transfere", "message d'origine", "message original", "debut du message reexpedie"})
EMAIL_HEADERS = frozenset({"de", "a", "cc", "cci", "envoye", "date"})
SUBJECT_HEADERS = frozenset({"objet"})
# 'T3 2026' (trimestre), 'S1' (semestre): the English module reads Q and H.
PERIOD_LETTERS = {"t": "q", "s": "h"}
# A part of the month glued to it ('mi-septembre'): two words, as lang_en.MONTH_PART_PREFIXES.
MONTH_PART_PREFIXES = frozenset({"mi"})
# ... and 'S37' is a week (lang_en.WEEK_LETTERS) where its number is past the half-years' (S1, S2 are semesters).
WEEK_LETTERS = frozenset({"s"})

_WEEKDAYS = {"lundi": "monday", "mardi": "tuesday", "mercredi": "wednesday", "jeudi": "thursday", "vendredi": "friday",
             "samedi": "saturday", "dimanche": "sunday"}
# A day's weekday said with its date ('du samedi 19 au lundi 21 septembre'), as lang_en.DATED_WEEKDAYS, as typed
DATED_WEEKDAYS = {**{name: k for k, name in enumerate(_WEEKDAYS, 1)}, "lun": 1, "mar": 2, "mer": 3, "jeu": 4, "ven": 5,
                  "sam": 6, "dim": 7}
DATE_RANGE_WORDS = frozenset({"au", "et", "pis", "-", ",", ")", "a", "jusqu'au"})    # after the day

# Ages said by their decade, as the people ('trentenaires') and as the decade after 'dans la' ('dans la trentaine'):
# lang_en's DECADE_WORDS they read as. 'quadra', 'quinqua': the marketer's short forms.
AGE_DECADES = {"twenties": ("vingtenaire", "vingtenaires"), "thirties": ("trentenaire", "trentenaires"),
               "forties": ("quadragenaire", "quadragenaires", "quadra", "quadras"),
               "fifties": ("quinquagenaire", "quinquagenaires", "quinqua", "quinquas"),
               "sixties": ("sexagenaire", "sexagenaires"), "seventies": ("septuagenaire", "septuagenaires"),
               "eighties": ("octogenaire", "octogenaires")}
AGE_DECADE_NOUNS = {"twenties": "vingtaine", "thirties": "trentaine", "forties": "quarantaine",
                    "fifties": "cinquantaine", "sixties": "soixantaine", "seventies": "septantaine"}

# What says a time after the behaviour before, after its length ('dans les 5 jours qui ont suivi', 'suivant', 'après').
AFTER_VERBS: tuple[tuple[str, ...], ...] = (("qui", "ont", "suivi"), ("qui", "a", "suivi"), ("qui", "suivent"),
                                            ("qui", "suit"), ("qui", "suivaient"), ("qui", "suivait"), ("suivant",),
                                            ("suivants",), ("suivantes",), ("apres",))

# Phrases first (longest wins), then single words. '<n>' stands for a number token, '<u>' for a unit
# word and '<m>' for a month or season word, copied in their English reading.
PHRASES: list[tuple[tuple[str, ...], tuple[str, ...]]] = sorted([
    # one period against another ('dont les dépenses ont baissé cette année par rapport à l'an dernier')
    (("y", "compris"), ("including",)),
    # points held and not spent ('assis sur 2000 pts'): lang_en's 'sitting on', in each agreement
    *[((sitting, "sur"), ("sitting", "on")) for sitting in ("assis", "assise", "assises")],     # not the pronoun 'y' ('it', below)
    # what a customer holds to their count ('au moins 3 commandes au compteur'): lang_en's 'on record', every one
    # the catalog holds. Not 'à leur actif': 'actif' is the catalog's word, read as it is
    (("au", "compteur"), ("on", "record")),
    # an offer's name ('une offre de la dernière chance'): one word, as English writes it, never a period ('dernière')
    (("derniere", "chance"), ("last-chance",)),
    # what the list is for ('- à cibler avec une offre', '- à relancer'): lang_en's 'to', an aside's start
    (("a", "cibler"), ("to", "target")),
    # a hedge before a range ('quelque part entre un et deux ans'): lang_en's 'somewhere between', the range alone
    (("quelque", "part", "entre"), ("between",)),
    # 'le premier achat de leur vie': their first ever
    (("de", "leur", "vie"), ("ever",)), (("de", "sa", "vie"), ("ever",)),
    # 'dépenses 2025 comprises entre 500 et 1000 euros': a range said of a value, as 'between'
    *[((said, "entre"), ("between",)) for said in ("compris", "comprise", "comprises")],
    (("de", "notre", "part"), ("from", "us")), (("de", "leur", "part"), ("from", "them")),
    (("par", "rapport", "a"), ("compared", "with")), (("par", "rapport", "au"), ("compared", "with", "the")),
    (("par", "rapport", "aux"), ("compared", "with", "the")), (("compare", "a"), ("compared", "with")),
    (("compare", "au"), ("compared", "with", "the")), (("compare", "aux"), ("compared", "with", "the")),
    (("en", "comparaison", "de"), ("compared", "with")),
    (("<n>", "<u>", "precedents"), ("<n>", "<u>", "before")), (("<n>", "<u>", "precedentes"), ("<n>", "<u>", "before")),
    # 'sans cliquer sur aucune d'elles', 'aucun d'entre eux': lang_en's 'none of them', pointing back at what was
    # named before (read as 'no' and 'they', the clicks of every channel were excluded, not those of the push sent)
    *[((none, "de", *among, them), ("none", "of", "them")) for none in ("aucun", "aucune")
      for among in ((), ("entre",)) for them in ("eux", "elles")],
    # 'sans l'avoir acheté': the object pronoun before the auxiliary ('it', the thing said before), not an article
    (("le", "avoir"), ("it", "have")), (("la", "avoir"), ("it", "have")), (("les", "avoir"), ("them", "have")),
    # ... and before a tense's auxiliary ('ne l'ont jamais ouverte'): no article is ever said before one
    *[((pronoun, aux), (reading, "have")) for pronoun, reading in (("le", "it"), ("la", "it"), ("les", "them"))
      for aux in ("ont", "a", "avait", "avaient")],
    # 'dans les 3 jours' said alone: lang_en's 'within 3 days' (asked: after the behaviour before, or the last 3 days)
    (("dans", "les", "<n>", "<u>"), ("within", "<n>", "<u>")),
    # 'dans les 3 mois avant Noël', 'durant les 2 semaines avant le Black Friday': that length before the day named
    *[((lead, "les", "<n>", "<u>", "avant"), ("in", "the", "<n>", "<u>", "before"))
      for lead in ("dans", "durant", "pendant", "sur")],
    # ... and the length right before the period said before it ('dans les 12 mois d'avant', 'sur les 12 mois
    # précédents'): lang_en's 'in the 12 months before that'
    *[((lead, "les", "<n>", "<u>", *before), ("in", "the", "<n>", "<u>", "before", "that"))
      for lead in ("dans", "durant", "pendant", "sur", "au", "cours", "des")
      for before in (("d'avant",), ("d'", "avant"), ("de", "avant"), ("precedents",), ("precedentes",))],
    # a time after the behaviour before ('et acheté dans les 5 jours qui ont suivi', '... dans les 7 jours suivant
    # l'envoi', '... qui ont suivi le clic'): lang_en's 'within 5 days after (the send)', read from that behaviour
    *[(("dans", "les", "<n>", "<u>") + verb + said, ("within", "<n>", "<u>", "after") + reading)
      for verb in AFTER_VERBS
      for said, reading in (((), ()), (("le", "envoi"), ("the", "send")), (("la", "reception"), ("the", "send")),
                            (("sa", "reception"), ("the", "send")), (("son", "envoi"), ("the", "send")))],
    # ... and one unit said without its number ('dans la semaine qui a suivi', 'dans le mois suivant', 'dans l'heure
    # qui a suivi'): lang_en's 'within one week after'. Said alone ('dans la semaine') it is this week as often: not read
    *[(("dans", det, "<u>") + verb, ("within", "one", "<u>", "after"))
      for det in ("la", "le") for verb in AFTER_VERBS + (("suivante",), ("d", "apres"))],
    *[(("dans", "la", "journee") + verb, ("within", "one", "day", "after"))
      for verb in AFTER_VERBS + (("suivante",), ("d", "apres"))],
    # a year of birth ('nées dans les années 80', 'né avant 1970'): 'né' folds to the negation's 'ne', so the
    # singular is read only before a year; the plurals and the feminine are plain words (see WORDS)
    (("dans", "les", "annees", "<n>"), ("in", "the", "decade", "<n>")),
    (("ne", "en", "<n>"), ("born", "in", "<n>")), (("ne", "avant", "<n>"), ("born", "before", "<n>")),
    (("ne", "apres", "<n>"), ("born", "after", "<n>")), (("ne", "depuis", "<n>"), ("born", "since", "<n>")),
    (("ne", "entre", "<n>", "et", "<n2>"), ("born", "between", "<n>", "and", "<n2>")),
    (("ne", "dans", "les", "annees", "<n>"), ("born", "in", "the", "decade", "<n>")),
    # a reason ('partis à cause du prix', 'pour cause de déménagement', 'en raison d'un retard'): lang_en's 'because
    # of' (REASON_LEADS)
    *[((*lead, of), ("because", "of") + the) for lead in (("a", "cause"), ("pour", "cause"), ("en", "raison"))
      for of, the in (("de", ()), ("d", ()), ("du", ("the",)), ("des", ("the",)))],
    *[(("suite", to), ("because", "of") + the) for to, the in (("a", ()), ("au", ("the",)), ("aux", ("the",)))],
    # time
    (("au", "cours", "des", "<n>", "derniers", "<u>"), ("in", "the", "last", "<n>", "<u>")),
    (("au", "cours", "des", "<n>", "dernieres", "<u>"), ("in", "the", "last", "<n>", "<u>")),
    (("<n>", "derniers", "<u>"), ("last", "<n>", "<u>")),
    # the first days of a month ('les 10 premiers jours de septembre', 'les deux premières semaines de septembre'):
    # lang_en.MONTH_EDGE_WORDS
    *[(("<n>", first, "<u>"), ("first", "<n>", "<u>")) for first in ("premiers", "premieres")],
    # the N latest of a behaviour ('les 3 derniers achats', 'aucun des cinq derniers e-mails'): lang_en's 'last 3'
    *[(("<n>", last), ("last", "<n>")) for last in ("derniers", "dernieres")],
    # days ahead ('anniversaire dans les 7 prochains jours', 'dans les 10 jours à venir'): only a birthday is said so
    *[(("au", "cours", "des", "<n>", ahead, "<u>"), ("in", "the", "next", "<n>", "<u>"))
      for ahead in ("prochains", "prochaines")],
    *[(("<n>", ahead, "<u>"), ("next", "<n>", "<u>")) for ahead in ("prochains", "prochaines")],
    (("dans", "les", "<n>", "<u>", "a", "venir"), ("in", "the", "next", "<n>", "<u>")),
    (("les", "<n>", "<u>", "a", "venir"), ("the", "next", "<n>", "<u>")),
    # 'ces 30 jours', 'ces 30j', 'ces 6 mois passés': the ones up to today
    *[(("ces", "<n>", "<u>") + tail, ("last", "<n>", "<u>")) for tail in (
        (), *((said,) for said in ("passes", "passees", "glissants", "glissantes", "ecoules", "ecoulees")))],
    (("<n>", "dernieres", "<u>"), ("last", "<n>", "<u>")),
    # 'sept' is seven before a count's word ('commandé sept fois', 'il y a sept jours'), never September (read so,
    # silently); after a day or before a year it stays the month ('le 1er sept', 'sept 2025')
    # 'nombre de commandes', 'nb de commandes' (lang_en.NUMBER_OF)
    *[((said, de), ("number", "of")) for said in ("nombre", "nb", "nbr", "nbre") for de in ("de", "d")],
    (("sept", "fois"), ("seven", "times")), (("sept", "<u>"), ("seven", "<u>")),
    # '150 euros pièce', '150 € la pièce': each one's amount (English 'apiece'); 'pièce' was asked about
    *[((cur,) + la + ("piece",), (cur, "each")) for cur in ("euros", "euro", "eur", "€") for la in ((), ("la",))],
    (("sur", "les", "<n>", "derniers", "<u>"), ("in", "the", "last", "<n>", "<u>")),
    (("sur", "les", "<n>", "dernieres", "<u>"), ("in", "the", "last", "<n>", "<u>")),
    # how long something has held, as lang_en says it: 'pas acheté depuis plus de 2 ans' is no purchase in the last
    # 2 years, 'inscrits depuis plus de 7 ans' signed up before 7 years back (never within the last 7)
    (("depuis", "<n>", "<u>"), ("for", "<n>", "<u>")),
    (("depuis", "plus", "de", "<n>", "<u>"), ("for", "more", "than", "<n>", "<u>")),
    (("depuis", "plus", "de", "un", "<u>"), ("for", "more", "than", "a", "<u>")),
    (("depuis", "plus", "de", "une", "<u>"), ("for", "more", "than", "a", "<u>")),
    (("depuis", "moins", "de", "<n>", "<u>"), ("for", "less", "than", "<n>", "<u>")),
    (("depuis", "moins", "de", "un", "<u>"), ("for", "less", "than", "a", "<u>")),
    (("depuis", "moins", "de", "une", "<u>"), ("for", "less", "than", "a", "<u>")),
    (("depuis", "au", "moins", "<n>", "<u>"), ("for", "at", "least", "<n>", "<u>")),
    (("depuis", "un", "<u>"), ("for", "a", "<u>")),
    (("depuis", "une", "<u>"), ("for", "a", "<u>")),
    (("le", "<u>", "dernier"), ("last", "<u>")),
    (("la", "<u>", "derniere"), ("last", "<u>")),
    (("le", "<m>", "dernier"), ("last", "<m>")),
    (("avant-hier",), ("day", "before", "yesterday")),
    # 'le week-end dernier', 'ce week-end passé' (lang_en.LAST_WEEKEND)
    *[((*the, weekend, last), ("last", "weekend")) for the in ((), ("le",), ("ce",))
      for weekend in ("week-end", "weekend", "we") for last in ("dernier", "passe", "precedent")],
    # ... and Quebec's 'la fin de semaine dernière' (a weekend there; blind decision I20)
    *[((*the, "fin", "de", "semaine", last), ("last", "weekend")) for the in ((), ("la",), ("cette",))
      for last in ("derniere", "passee")],
    # 'dimanche dernier', 'le samedi précédent': the latest one before today (lang_en 'last Sunday')
    *[((*the, day, last), ("last", english)) for day, english in _WEEKDAYS.items() for the in ((), ("le",))
      for last in ("dernier", "precedent")],
    (("<u>", "dernier"), ("last", "<u>")), (("<u>", "derniere"), ("last", "<u>")),
    (("<m>", "dernier"), ("last", "<m>")),
    (("au", "<m>", "dernier"), ("last", "<m>")),      # 'au printemps dernier': 'au' is the season's 'en'
    (("au", "cours", "du", "dernier", "<u>"), ("in", "the", "last", "<u>")),
    (("au", "cours", "de", "la", "derniere", "<u>"), ("in", "the", "last", "<u>")),
    (("au", "cours", "de", "le", "<u>", "ecoule"), ("in", "the", "last", "<u>")),     # "de l'an écoulé"
    (("au", "cours", "de", "le", "<u>", "ecoulee"), ("in", "the", "last", "<u>")),
    (("sur", "le", "dernier", "<u>"), ("in", "the", "last", "<u>")), (("sur", "la", "derniere", "<u>"), ("in", "the", "last", "<u>")),
    # from the first day of a calendar period ('depuis le début de l'an dernier', 'depuis début mars'): lang_en's
    # 'since the start of'; 'depuis le début de l'année' (this year) is read below
    *[(lead + tail, ("since", "the", "start", "of") + reading) for lead in (("depuis", "le", "debut"), ("depuis", "debut"))
      for tail, reading in ((("de",), ()), (("du",), ("the",)), (("de", "le", "<u>", "dernier"), ("last", "<u>")),
                            (("de", "le", "<u>", "derniere"), ("last", "<u>")), (("du", "<u>", "dernier"), ("last", "<u>")),
                            (("de", "la", "<u>", "derniere"), ("last", "<u>")), (("<m>",), ("<m>",)))],
    # a period said with the words of its course ('au cours de 2025', 'dans le courant de l'année', 'courant mars')
    (("au", "cours", "de"), ("during",)), (("au", "cours", "du"), ("during", "the")),
    (("dans", "le", "courant", "de"), ("during",)), (("dans", "le", "courant", "du"), ("during", "the")),
    (("courant", "<n>"), ("during", "<n>")), (("courant", "<m>"), ("during", "<m>")),
    # the bounds of a range said with 'début' and 'fin' ('entre décembre 2025 et fin mars 2026', 'de début mars à fin
    # juin'): lang_en's 'the start of', 'the end of' (read only as a range's bounds; alone, 'fin mars' stays asked)
    *[((word, said), (*reading, said)) for word, reading in (("fin", ("the", "end", "of")), ("debut", ("the", "start", "of")))
      for said in ("<m>", "<n>")],
    *[(("de",) + first + ("<m>", "a") + last + ("<m2>",), ("from",) + start + ("<m>", "to") + end + ("<m2>",))
      for first, start in (((), ()), (("debut",), ("the", "start", "of"))) for last, end in (((), ()), (("fin",), ("the", "end", "of")))
      if first or last],
    # 'la rentrée' is the start of September by custom: 'depuis la rentrée' is since the 1st of September
    (("depuis", "la", "rentree"), ("since", "september")),
    (("depuis", "debut", "<n>"), ("since", "<n>")), (("depuis", "le", "debut", "<n>"), ("since", "<n>")),
    (("depuis", "le", "debut", "de", "<n>"), ("since", "<n>")),
    (("de", "<m>", "a", "<m2>"), ("from", "<m>", "to", "<m2>")), (("du", "mois", "de", "<m>", "a", "<m2>"), ("from", "<m>", "to", "<m2>")),
    # a range of two days ('du 15 décembre au 6 janvier'; 'au' after elisions is 'a le'): 'from ... to ...'
    *[(("du", "<n>", "<m>") + to + ("<n2>", "<m2>"), ("from", "<n>", "<m>", "to", "<n2>", "<m2>"))
      for to in (("au",), ("a", "le"))],
    # ... with the first day's year ('du 15 décembre 2002 au 2 janvier 2003': read 'the 15 december 2002 at 2 ...')
    *[(("du", "<n>", "<m>", "<n3>") + to + ("<n2>", "<m2>"), ("from", "<n>", "<m>", "<n3>", "to", "<n2>", "<m2>"))
      for to in (("au",), ("a", "le"))],
    # days of one month said once ('du 26 au 31 décembre', 'entre le 26 et le 31 décembre'): lang_en's 'from 26 to 31
    # December', 'between 26 and 31 December' (the first day was read as a count)
    *[(("du", "<n>") + to + ("<n2>", "<m>"), ("from", "<n>", "to", "<n2>", "<m>")) for to in (("au",), ("a", "le"))],
    *[(("entre", "le", "<n>", "et") + the + ("<n2>", "<m>"), ("between", "<n>", "and", "<n2>", "<m>"))
      for the in ((), ("le",))],
    (("ce", "mois", "ci"), ("this", "month")), (("ce", "mois-ci"), ("this", "month")),
    (("cette", "annee"), ("this", "year")),
    (("depuis", "le", "debut", "de", "le", "annee"), ("this", "year")),       # after elisions: 'de l'année'
    (("depuis", "le", "debut", "du", "mois"), ("this", "month")),
    (("depuis", "le", "debut", "du", "trimestre"), ("this", "quarter")), (("cette", "semaine"), ("this", "week")),
    (("ce", "trimestre"), ("this", "quarter")), (("ce", "mois"), ("this", "month")),
    (("le", "mois", "prochain"), ("next", "month")), (("du", "mois", "prochain"), ("next", "month")),
    # the period under way ('sur l'année en cours', 'le mois en cours', 'pendant le trimestre en cours'): this one
    *[(lead + unit + ("en", "cours"), ("this", english)) for lead in ((), ("sur",), ("pendant",), ("durant",), ("dans",))
      for unit, english in ((("le", "annee"), "year"), (("le", "mois"), "month"), (("le", "trimestre"), "quarter"),
                            (("la", "semaine"), "week"))],
    (("il", "y", "a", "plus", "de", "<n>", "<u>"), ("more", "than", "<n>", "<u>", "ago")),
    (("il", "y", "a", "plus", "de", "un", "<u>"), ("more", "than", "1", "<u>", "ago")),
    (("il", "y", "a", "moins", "de", "<n>", "<u>"), ("less", "than", "<n>", "<u>", "ago")),
    (("il", "y", "a", "<n>", "<u>"), ("<n>", "<u>", "ago")),
    # a period ended a time ago ('acheté jusqu'à il y a 3 mois', 'avant il y a un an', 'au plus tard il y a 6 mois'):
    # lang_en.AGO_BOUNDS ('jusqu'à' alone before a number is 'up to' a count)
    *[(lead + ("il", "y", "a", "<n>", "<u>"), (said, "<n>", "<u>", "ago"))
      for lead, said in ((("jusque", "a"), "until"), (("jusque",), "until"), (("au", "plus", "tard"), "until"),
                         (("pas", "plus", "tard", "que"), "until"), (("avant",), "before"))],
    (("a", "la", "meme", "periode"), ("in", "the", "same", "period")),
    (("sur", "la", "meme", "periode"), ("in", "the", "same", "period")),
    (("dans", "la", "meme", "periode"), ("in", "the", "same", "period")),
    (("pendant", "cette", "periode"), ("in", "that", "period")), (("sur", "cette", "periode"), ("in", "that", "period")),
    (("sur", "la", "periode"), ("in", "that", "period")), (("pendant", "la", "periode"), ("in", "that", "period")),
    *[((lead, "cette", "meme", "periode"), ("in", "that", "period")) for lead in ("sur", "pendant", "durant", "dans")],
    # the calendar period named before, said again with its unit ('en 2025, avec au moins 3 tickets sur l'année'):
    # lang_en's 'that year' (asked when none was named; 'sur l'année glissante' is the rolling one, read below)
    *[(("sur", det, unit), ("in", "that", english)) for det, unit, english in (
        ("le", "annee", "year"), ("le", "mois", "month"), ("le", "trimestre", "quarter"), ("la", "semaine", "week"),
        ("le", "semestre", "half-year"))],
    # 'à partir du 1er juillet', 'à compter de juillet': since (the words were asked about)
    *[(("a", verb, de), ("since",)) for verb in ("partir", "compter") for de in ("de", "du", "d")],
    (("depuis",), ("since",)), (("depuis", "toujours"), ("ever",)), (("de", "tout", "temps"), ("ever",)), (("au", "printemps"), ("in", "spring")),
    # a rolling period ('sur l'année glissante', 'les 12 mois glissants'): the last one up to today; a period that
    # has just run ('le mois écoulé', 'sur l'année écoulée') is the one that ran up to today too ('l'an dernier' is
    # the calendar year: lang_en.CALENDAR_LAST)
    *[(lead + ("<u>", said), reading + ("last", "<u>")) for said in ("glissant", "glissante", "glissants", "glissantes")
      for lead, reading in (((), ()), (("le",), ()), (("la",), ()), (("sur", "le"), ("in", "the")),
                            (("sur", "la"), ("in", "the")))],
    *[(lead + ("<u>", said), ("in", "the", "last", "<u>")) for said in ("ecoule", "ecoulee")
      for lead in ((), ("le",), ("la",), ("sur", "le"), ("sur", "la"))],
    *[(("<n>", "<u>", said), ("last", "<n>", "<u>")) for said in ("glissants", "glissantes")],
    # 'sur les 3 derniers mois glissants', 'ces 6 dernières semaines glissantes': the same last months
    *[(lead + ("<n>", last, "<u>", said), reading + ("last", "<n>", "<u>"))
      for last in ("derniers", "dernieres") for said in ("glissants", "glissantes")
      for lead, reading in (((), ()), (("sur", "les"), ("in", "the")), (("au", "cours", "des"), ("in", "the")),
                            (("ces",), ()), (("les",), ()))],
    # the period named before ('en septembre mais n'ont rien ajouté au panier ce mois-là')
    *[((det, f"{unit}-la"), ("that", english)) for det, unit, english in (
        ("ce", "mois", "month"), ("cette", "semaine", "week"), ("cette", "annee", "year"), ("ce", "jour", "day"),
        ("ce", "trimestre", "quarter"))],
    (("au", "sujet", "de"), ("about",)), (("au", "sujet", "du"), ("about", "the")),
    # 'des tickets qui portent sur la livraison': 'porter sur' says what a thing is about ('porter' alone is to wear)
    *[((verb, "sur"), ("about",)) for verb in ("porte", "portent", "portant", "portait", "portaient")],
    (("au", "sujet", "des"), ("about", "the")), (("a", "propos", "de"), ("about",)),
    (("combien", "de"), ("how", "many")),
    # what the list is needed for ('il me faut la liste pour la campagne', 'j'en ai besoin pour le comité')
    (("il", "me", "faut"), ("we", "need")), (("il", "nous", "faut"), ("we", "need")),
    # a condition said as a requirement ('ils doivent avoir acheté', 'il leur faut au moins 5 achats', 'à condition
    # d'avoir acheté'): lang_en's 'must' (REQUIRED_WORDS) before what is required
    (("doivent",), ("must",)), (("doit",), ("must",)), (("il", "leur", "faut"), ("they", "must")),
    (("il", "lui", "faut"), ("they", "must")), (("a", "condition", "de"), ("must",)),
    (("je", "en", "ai", "besoin", "pour"), ("i", "need", "it", "for")),
    (("on", "en", "a", "besoin", "pour"), ("we", "need", "it", "for")),
    # what we hold of them ('dont on a le numéro de téléphone', 'pour qui nous avons un e-mail'): lang_en's 'we have',
    # a word that says on file (lang_en.PRESENCE_WORDS); never 'on a' before a participle ('qu'on a contactés')
    *[(("on", "a", det), ("we", "have", said)) for det, said in (("le", "the"), ("la", "the"), ("leur", "their"),
                                                                 ("un", "a"), ("une", "a"), ("les", "the"),
                                                                 ("leurs", "their"), ("son", "their"), ("sa", "their"))],
    *[(("nous", "avons", det), ("we", "have", said)) for det, said in (("le", "the"), ("la", "the"),
                                                                       ("leur", "their"), ("un", "a"), ("une", "a"))],
    # the customer's record by its name ('dans leur fiche client', 'sur leur profil'): on file (lang_en.PRESENCE_WORDS)
    # and in their file ('un cellulaire au dossier', 'dans leur dossier client'); said with the verb that says it is
    # there ('aucun numéro de portable ne figure dans leur fiche')
    *[((*verb, prep, det, *noun), ("on", "their", "profile"))
      for verb in ((), *((v,) for v in ("figure", "figurent", "figurant", "figurait", "apparait", "apparaissent",
                                         "apparaissant")))
      for prep in ("dans", "sur") for det in ("la", "le", "leur", "sa", "son")
      for noun in (("fiche",), ("fiche", "client"), ("profil",), ("profil", "client"), ("dossier",),
                   ("dossier", "client"))],
    *[((*verb, "au", *noun), ("on", "file")) for verb in ((), ("figure",), ("figurent",), ("figurant",))
      for noun in (("dossier",), ("dossier", "client"), ("fichier",), ("fichier", "client"))],
    *[((*verb, "a", det, *noun), ("on", "their", "profile")) for verb in ((), ("figure",), ("figurent",), ("figurant",))
      for det in ("leur", "son") for noun in (("dossier",), ("dossier", "client"))],
    # one of the two things named before ('ont acheté l'une des deux marques'): lang_en reads 'either of the two'
    (("le", "une", "des", "deux"), ("either", "of", "the", "two")), (("le", "un", "des", "deux"), ("either", "of", "the", "two")),
    # 'une commande passée dans l'appli' is placed there; 'l'année passée', 'les 6 mois passés' are past periods
    *[(lead + ("<u>", said), ("last", "<u>")) for said in ("passe", "passee") for lead in ((), ("le",), ("la",))],
    *[(("<n>", "<u>", said), ("last", "<n>", "<u>")) for said in ("passes", "passees")],
    # '(peu importe laquelle)': whichever of them, a bracket of examples (lang_en.EXAMPLE_WORDS)
    *[(("peu", "importe", which), ("whichever",)) for which in ("lequel", "laquelle", "lesquels", "lesquelles")],
    (("le", "<n>", "<m>"), ("<m>", "<n>")),   # 'depuis le 1er septembre'
    (("entre", "il", "y", "a", "<n>", "et", "<n2>", "<u>"), ("between", "<n>", "and", "<n2>", "<u>", "ago")),
    (("au", "premier", "trimestre"), ("in", "the", "first", "quarter")),
    (("a", "ete"), ("was",)),     # 'dont le dernier achat a été fait en magasin': a folded 'a' is 'à' elsewhere
    # how an event happened, said with a pronominal or light verb ('dont le dernier achat s'est fait en ligne', 'a eu
    # lieu en magasin'): lang_en's 'was made', 'was'
    *[(("se", "est", made), ("was", "made")) for made in ("fait", "faite", "passe", "passee", "deroule", "deroulee")],
    # an amount said with a verb or a noun of its own ('une commande qui s'élevait à 150 €', 'd'un montant de 150 €',
    # 'des achats s'élevant à'): lang_en's 'totalling' (one order's own amount; the sum of orders said in the plural)
    *[(lead + ("se", rise), ("totalling",)) for lead in ((), ("qui",)) for rise in (
        "eleve", "elevait", "elevaient", "elevent", "elevant", "elevera", "eleveront")],
    *[(("de", article, noun), ("totalling",)) for article in ("un", "une") for noun in ("montant", "valeur")],
    *[(("a", pronoun, alone), ("on", "its", "own")) for pronoun, alone in (("elle", "seule"), ("lui", "seul"))],
    # a behaviour's place against the customer's own (lang_en.OWN_PLACE_*, own_places.find_own_places): 'hors de leur
    # pays de résidence', 'en dehors de leur ville', 'dans leur propre pays', 'un autre pays que le leur', 'une ville
    # différente de la leur', 'la ville où ils habitent', 'celui où ils habitent'
    *[(lead + (their,), ("outside", "their")) for their in ("leur", "leurs") for lead in (
        ("hors", "de"), ("en", "dehors", "de"), ("a", "l", "exterieur", "de"), ("ailleurs", "que", "dans"))],
    (("leur", "propre"), ("their", "own")), (("leurs", "propres"), ("their", "own")),
    *[(("que", article, theirs), ("than", "theirs")) for article, theirs in (("le", "leur"), ("la", "leur"))],
    *[((different, *of), ("different", "from", "theirs")) for different in ("different", "differente")
      for of in (("de", "la", "leur"), ("du", "leur"), ("de", "le", "leur"))],
    *[((*one, "ou", they, live), (*into, "where", "they", "live")) for one, into in (
        ((), ()), (("celui",), ("the", "one")), (("celle",), ("the", "one"))) for they in ("ils", "elles", "il", "elle")
      for live in ("habitent", "vivent", "resident", "habite", "vit", "reside")],
    # 'et chacune d'entre elles au-dessus de 100 €': every one of them (lang_en.ALL_EVENTS_WORDS)
    *[((each, "de", "entre", them), ("each", "one", "of", "them")) for each in ("chacun", "chacune")
      for them in ("eux", "elles")],
    # inside an exclusion, those kept ('sauf ceux qui ont un ticket ouvert, à moins qu'ils aient acheté ...', '- mais
    # on garde ceux qui ...'): lang_en.KEPT_EXCEPTIONS
    (("a", "moins", "que"), ("unless",)), (("sauf", "si"), ("unless",)), (("sauf", "se"), ("unless",)),
    *[(("mais", "on", keep), ("but", "keep")) for keep in ("garde", "conserve")],
    *[(("mais", "en", keep), ("but", "keep")) for keep in ("gardant", "conservant")],
    (("a", "eu", "lieu"), ("was",)),
    # when the latest (or first) event was: 'dont le dernier achat remonte à plus de 200 jours', '... date d'il y a
    # 3 à 9 mois', '... date de l'été dernier' read 'whose last purchase was more than 200 days ago' ...; the verb
    # reads 'was' only before a time said so, and 'mais à moins d'un an' keeps the 'à' of the 'remonte à' before
    *[(verb + tail, ("was",) + reading) for verb in (("remonte", "a"), ("remontent", "a"), ("date", "de"), ("datent", "de"),
                                                    # 'et dernier achat qui date d'il y a 3 à 6 mois'
                                                    ("qui", "remonte", "a"), ("qui", "date", "de"))
      for tail, reading in (
          (("plus", "de", "<n>", "<u>"), ("more", "than", "<n>", "<u>", "ago")),
          (("plus", "de", "un", "<u>"), ("more", "than", "1", "<u>", "ago")),
          (("moins", "de", "<n>", "<u>"), ("less", "than", "<n>", "<u>", "ago")),
          (("moins", "de", "un", "<u>"), ("less", "than", "1", "<u>", "ago")),
          (("il", "y", "a", "<n>", "<u>"), ("<n>", "<u>", "ago")),
          (("il", "y", "a", "<n>", "a", "<n2>", "<u>"), ("between", "<n>", "and", "<n2>", "<u>", "ago")),
          (("il", "y", "a", "plus", "de", "<n>", "<u>"), ("more", "than", "<n>", "<u>", "ago")),
          (("entre", "<n>", "et", "<n2>", "<u>"), ("between", "<n>", "and", "<n2>", "<u>", "ago")),     # '... remonte à entre 3 et 6 mois'
          (("<n>", "a", "<n2>", "<u>"), ("between", "<n>", "and", "<n2>", "<u>", "ago")),     # '... remonte à 3 à 6 mois'
          (("<n>", "-", "<n2>", "<u>"), ("between", "<n>", "and", "<n2>", "<u>", "ago")),
          (("il", "y", "a", "entre", "<n>", "et", "<n2>", "<u>"), ("between", "<n>", "and", "<n2>", "<u>", "ago")),
          (("le", "<m>", "dernier"), ("last", "<m>")),
    (("avant-hier",), ("day", "before", "yesterday")),
    # 'le week-end dernier', 'ce week-end passé' (lang_en.LAST_WEEKEND)
    *[((*the, weekend, last), ("last", "weekend")) for the in ((), ("le",), ("ce",))
      for weekend in ("week-end", "weekend", "we") for last in ("dernier", "passe", "precedent")],
    # ... and Quebec's 'la fin de semaine dernière' (a weekend there; blind decision I20)
    *[((*the, "fin", "de", "semaine", last), ("last", "weekend")) for the in ((), ("la",), ("cette",))
      for last in ("derniere", "passee")],
    # 'dimanche dernier', 'le samedi précédent': the latest one before today (lang_en 'last Sunday')
    *[((*the, day, last), ("last", english)) for day, english in _WEEKDAYS.items() for the in ((), ("le",))
      for last in ("dernier", "precedent")], (("le", "<u>", "dernier"), ("last", "<u>")),
          (("la", "<u>", "derniere"), ("last", "<u>")), (("<m>", "dernier"), ("last", "<m>")),
          # '... date de ce trimestre', '... date de cette année': the period it was in
          (("ce", "<u>"), ("this", "<u>")), (("cette", "<u>"), ("this", "<u>")), (("<m>",), ("in", "<m>")))],
    (("il", "y", "a", "entre", "<n>", "et", "<n2>", "<u>"), ("between", "<n>", "and", "<n2>", "<u>", "ago")),
    (("<n>", "<u>", "en", "arriere"), ("<n>", "<u>", "ago")),       # 'entre 6 et 12 mois en arrière'
    (("par", "ex"), ("eg",)), (("par", "exemple"), ("eg",)),
    (("quelque", "chose"), ("something",)),     # 'ajouté quelque chose à leur wishlist': what was added (SLOT_WORDS)
    (("bien", "sur"), ("obviously",)),
    # a calendar year said with its noun ('sur l'année 2025', 'pendant l'année 2024'), or whole ('sur toute l'année
    # 2025', 'sur l'ensemble de l'année 2025'): lang_en's 'in 2025' ('tout au long de 2025' may say every month: asked)
    *[((lead,) + year + ("<n>",), ("in", "<n>")) for lead in ("sur", "pendant", "durant", "dans", "de", "en")
      for year in (("le", "annee"), ("toute", "le", "annee"), ("le", "ensemble", "de", "le", "annee"))],
    (("au", "cours", "de", "le", "annee", "<n>"), ("in", "<n>")),
    (("au", "moins", "une", "dizaine", "de"), ("at", "least", "ten")),
    (("au", "moins", "une", "douzaine", "de"), ("at", "least", "twelve")),
    *[((link, "a", "moins", "de") + amount + ("<u>",), (said, "less", "than") + number + ("<u>", "ago"))
      for link, said in (("mais", "but"), ("et", "and")) for amount, number in ((("<n>",), ("<n>",)), (("un",), ("1",)))],
    (("il", "y", "a", "<n>", "a", "<n2>", "<u>"), ("between", "<n>", "and", "<n2>", "<u>", "ago")),
    # an age reached in a year ('qui fêtent leurs 30 ans cette année', 'qui auront 40 ans l'an prochain'): lang_en's
    # 'turning 30' and the year said after it
    *[((*verb, "<n>", "ans", *year), ("turning", "<n>", *said))
      for verb in (*((v, d) for v in ("fetent", "fete", "fetant", "feteront", "fetera") for d in ("leurs", "ses")),
                   ("auront",), ("aura",))
      for year, said in ((("cette", "annee"), ("this", "year")), (("le", "an", "prochain"), ("next", "year")),
                         (("le", "annee", "prochaine"), ("next", "year")), (("le", "mois", "prochain"), ("next", "month")),
                         (("ce", "mois-ci"), ("this", "month")), (("ce", "mois", "ci"), ("this", "month")))],
    # ages: 'ans' after a number is years of age ('plus de 60 ans'); periods in years are read above
    (("<n>", "ans"), ("<n>", "years", "old")),
    (("<n>", "ans", "et", "plus"), ("at", "least", "<n>", "years", "old")),
    (("<n>", "ans", "ou", "plus"), ("at", "least", "<n>", "years", "old")),
    (("<n>", "ans", "et", "+"), ("at", "least", "<n>", "years", "old")),
    (("<n>", "ans", "ou", "+"), ("at", "least", "<n>", "years", "old")),
    (("<n>", "ans", "et", "moins"), ("at", "most", "<n>", "years", "old")),
    (("<n>", "ans", "ou", "moins"), ("at", "most", "<n>", "years", "old")),
    # an age said by its decade ('les clientes trentenaires', 'quadragénaires', 'les quadras', 'dans la cinquantaine'):
    # lang_en's 'in their thirties', ages 30 to 39 ('la quarantaine' alone may be a quarantine: only after 'dans')
    *[((said,), ("in", "their", decade)) for decade, forms in AGE_DECADES.items() for said in forms],
    *[(("dans", "la", said), ("in", "their", decade)) for decade, said in AGE_DECADE_NOUNS.items()],
    # counts and amounts
    (("de", "<n>", "a", "<n2>"), ("<n>", "to", "<n2>")),
    (("de", "<n>", "a", "<n2>", "ans"), ("<n>", "to", "<n2>", "years", "old")),
    (("<n>", "a", "<n2>", "ans"), ("<n>", "to", "<n2>", "years", "old")),      # 'hommes, 35 à 60 ans' (no 'de')                 # 'de 25 à 34 ans', 'de 2 à 5 fois'
    (("<d>", "a", "<d2>"), ("<d>", "to", "<d2>")),      # '2 à 4 commandes' (the '4' was asked about)
    (("au", "moins"), ("at", "least")), (("au", "plus"), ("at", "most")), (("au", "maximum"), ("at", "most")),
    # 'jusqu'à 3 commandes': up to 3 (at most); before a date it stays 'until'
    (("jusque", "a", "<n>"), ("up", "to", "<n>")),
    (("au", "minimum"), ("at", "least")), (("plus", "de"), ("more", "than")), (("moins", "de"), ("less", "than")),
    # 'plus d'une recherche', 'plus d'une fois': more than one ('une' alone reads the article 'an')
    (("plus", "de", "une"), ("more", "than", "one")), (("plus", "de", "un"), ("more", "than", "one")),
    (("exactement", "une"), ("exactly", "one")), (("exactement", "un"), ("exactly", "one")),
    *[((bound, "de", "une", many, "de"), (said, "than") + number) for bound, said in (("plus", "more"), ("moins", "less"))
      for many, number in (("douzaine", ("a", "dozen")), ("dizaine", ("ten",)))],
    (("plus", "que"), ("more", "than")), (("moins", "que"), ("less", "than")),
    # 'supérieur à 500 €', 'les dépenses sont supérieures à 500 €': every gender and number
    *[((upper, "a"), ("more", "than")) for upper in ("superieur", "superieure", "superieurs", "superieures")],
    *[((lower, "a"), ("less", "than")) for lower in ("inferieur", "inferieure", "inferieurs", "inferieures")],
    # 'supérieur ou égal à 5', 'égal ou supérieur à 5': at least (the words were asked about)
    *[(said, ("at", bound)) for upper, lower in (("superieur", "inferieur"), ("superieure", "inferieure"),
                                                 ("superieurs", "inferieurs"), ("superieures", "inferieures"))
      for equal in ("egal", "egale", "egaux", "egales")
      for said, bound in (((upper, "ou", equal, "a"), "least"), ((equal, "ou", upper, "a"), "least"),
                          ((lower, "ou", equal, "a"), "most"), ((equal, "ou", lower, "a"), "most"))],
    # above and below a number ('au-dessus de 200 €', 'en dessous de 50', 'sous les 150 €', 'sous la barre des 100'):
    # lang_en's 'above' and 'under'; 'sous' before anything but a number is grammar ('sous la marque X')
    *[(said, ("above",)) for said in (("au-dessus", "de"), ("au-dessus", "des"), ("au", "dessus", "de"), ("au", "dessus", "des"))],
    *[(said, ("below",)) for said in (("en", "dessous", "de"), ("en-dessous", "de"), ("au-dessous", "de"),
                                      ("en", "dessous", "des"), ("en-dessous", "des"), ("au-dessous", "des"))],
    *[(("sous",) + said + ("<n>",), ("under", "<n>")) for said in ((), ("les",), ("la", "barre", "des"), ("la", "barre", "de"))],
    *[(("au-dessus",) + said + ("<n>",), ("above", "<n>")) for said in (("de", "la", "barre", "des"),)],
    # after a value of an ordered column ('membres or et au-dessus'): lang_en.ORDER_WORDS ('et plus' is read above)
    (("et", "au-dessus"), ("and", "above")), (("ou", "au-dessus"), ("or", "above")),
    (("et", "en", "dessous"), ("and", "below")), (("ou", "en", "dessous"), ("or", "below")),
    (("et", "en-dessous"), ("and", "below")), (("ou", "en-dessous"), ("or", "below")),
    (("et", "au-dela"), ("and", "above")), (("ou", "superieur"), ("or", "higher")), (("et", "superieur"), ("or", "higher")),
    (("ou", "mieux"), ("or", "better")), (("et", "mieux"), ("or", "better")), (("ou", "moins", "bien"), ("or", "below")),
    # a score on its scale ('une note de 1 sur 5'): lang_en's 'out of' (lang_en.SCORE_SCALES)
    (("<n>", "sur", "<n2>"), ("<n>", "out", "of", "<n2>")),
    # euros said by slang ('300 balles'), a thousand of them ('2 k€' is read by the tokenizer)
    (("<n>", "balles"), ("<n>", "euros")),
    # ... and Quebec's dollars ('mille piasses'), the amount as written
    *[(("<n>", said), ("<n>", "dollars")) for said in ("piasses", "piasse", "piastres", "piastre")],
    (("ou", "plus"), ("or", "more")), (("et", "plus"), ("or", "more")), (("ou", "moins"), ("or", "less")),
    (("ou", "+"), ("or", "more")), (("et", "+"), ("or", "more")), (("ou", "-"), ("or", "less")),     # '300€ ou +'
    # ... but 'et plus de 1000 €' opens a second condition ('4 commandes et plus de 1000 € dépensés'), as 'et moins de'
    (("et", "plus", "de"), ("and", "more", "than")), (("et", "moins", "de"), ("and", "less", "than")),
    # ... as 'et plus du double de ce qu'ils ont dépensé en ligne' (a multiple of another behaviour: lang_en.MULTIPLES)
    (("et", "plus", "du"), ("and", "more", "the")), (("et", "moins", "du"), ("and", "less", "the")),
    # ... and 'et plus aucune commande', 'et plus jamais commandé' is 'ne ... plus': and no longer any (read 'or more',
    # the second condition became an OR beside the first, silently)
    *[(("et", "plus", none), ("and", said)) for none, said in (("aucun", "no"), ("aucune", "no"), ("rien", "nothing"),
                                                                ("jamais", "never"))],
    # ... as 'plus aucun achat', 'plus rien acheté' alone: no longer any, never 'more' (two periods were asked)
    *[(("plus", none), (said,)) for none, said in (("aucun", "no"), ("aucune", "no"), ("rien", "nothing"),
                                                   ("jamais", "never"))],
    # the pronoun 'en' before the verb's auxiliary is the thing said before ("n'en ont acheté ni en magasin ni en
    # ligne": bought none of it), never the preposition
    (("ne", "en"), ("", "any")), (("en", "ont"), ("any", "have")), (("en", "a"), ("any", "has")),
    (("en", "avaient"), ("any", "had")), (("en", "avait"), ("any", "had")),
    # every one of the behaviour's events ('à chaque fois depuis un smartphone': lang_en.EVERY_EVENT_WORDS)
    (("a", "chaque", "fois"), ("every", "time")), (("chaque", "fois"), ("every", "time")),
    (("a", "la", "fois"), ("both",)), (("une", "fois"), ("once",)), (("deux", "fois"), ("twice",)), (("fois",), ("times",)),
    # one behaviour against another said with its equal ('deux fois autant en ligne qu'en magasin', 'au moins autant
    # de commandes en ligne qu'en magasin': lang_en.EQUATIVES), or more often ('plus souvent en ligne qu'en magasin')
    (("autant", "de"), ("as", "many")), (("autant", "d"), ("as", "many")), (("autant",), ("as", "much")),
    # 'le double en ligne qu'en magasin' is twice as much; 'moitié moins' half as much, as 'deux fois moins'
    (("le", "double"), ("twice", "as", "much")), (("moitie", "moins"), ("twice", "less")),
    (("plus", "souvent"), ("more", "often")), (("moins", "souvent"), ("less", "often")),
    (("plus", "frequemment"), ("more", "often")), (("moins", "frequemment"), ("less", "often")),
    (("davantage", "de"), ("more",)), (("davantage", "d"), ("more",)), (("davantage",), ("more",)),
    (("une", "douzaine", "de"), ("a", "dozen")),
    (("une", "demi-douzaine", "de"), ("six",)), (("une", "demi", "douzaine", "de"), ("six",)), (("une", "dizaine", "de"), ("ten",)),
    # about twenty, thirty...: read as at least that many, said (as 'une dizaine de'); 'une quinzaine' is days
    *[(("une", about, "de"), (number,)) for about, number in (("vingtaine", "twenty"), ("trentaine", "thirty"),
                                                               ("quarantaine", "forty"), ("cinquantaine", "fifty"),
                                                               ("centaine", "hundred"))],
    (("au", "moins", "un"), ("at", "least", "one")), (("au", "moins", "une"), ("at", "least", "one")),
    (("les", "<n>", "meilleurs"), ("top", "<n>")), (("les", "<n>", "meilleures"), ("top", "<n>")),
    (("<n>", "meilleurs"), ("top", "<n>")), (("<n>", "meilleures"), ("top", "<n>")),
    (("les", "<n>", "%", "meilleurs"), ("top", "<n>", "%")), (("les", "<n>", "%", "meilleures"), ("top", "<n>", "%")),
    (("<n>", "%", "meilleurs"), ("top", "<n>", "%")), (("<n>", "%", "meilleures"), ("top", "<n>", "%")),
    # a share said as a part of the customers ('le quart supérieur', 'le premier décile'): lang_en's QUANTILES
    *[((part, upper), ("top", said)) for part, said in (("quart", "quarter"), ("quartile", "quartile"),
                                                        ("decile", "decile"), ("quintile", "quintile"),
                                                        ("moitie", "half"), ("tiers", "third"))
      for upper in ("superieur", "superieure")],
    *[(("premier", part), ("top", said)) for part, said in (("quartile", "quartile"), ("decile", "decile"),
                                                            ("quintile", "quintile"))],
    (("par", "montant", "depense"), ("by", "spend")), (("par", "montant"), ("by", "spend")),
    (("en", "montant"), ("by", "spend")),     # 'les cent qui ont le plus retourné, en montant
    (("par", "depenses"), ("by", "spend")), (("par", "depense"), ("by", "spend")), (("par", "nombre", "de"), ("by", "number", "of")),
    (("en", "nombre", "de"), ("by", "number", "of")),       # 'top 15 en nombre de passages en caisse'
    *[((lead, noun), ("by", "spend")) for lead in ("en", "par") for noun in ("ca", "chiffre-d'affaires")],
    (("en", "chiffre", "de", "affaires"), ("by", "spend")), (("par", "chiffre", "de", "affaires"), ("by", "spend")),
    (("en", "moyenne"), ("average",)), (("en", "tout"), ("total",)), (("au", "total"), ("total",)),
    # connectives and scope
    (("a", "l'exception", "de"), ("except",)), (("a", "le", "exception", "de"), ("except",)),
    (("a", "le", "exception", "des"), ("except", "the")), (("a", "le", "exception", "du"), ("except", "the")),
    (("en", "dehors", "des"), ("except", "the")), (("en", "dehors", "du"), ("except", "the")),
    (("a", "part", "les"), ("except", "the")), (("mis", "a", "part", "les"), ("except", "the")),
    (("exception", "faite", "des"), ("except", "the")), (("exception", "faite", "de"), ("except",)),
    (("a", "l", "exception", "de"), ("except",)), (("mis", "a", "part"), ("except",)), (("en", "dehors", "de"), ("except",)),
    (("mais", "pas"), ("but", "not")), (("et", "pas"), ("and", "not")), (("ainsi", "que"), ("and", "also")),
    (("mais", "ni"), ("but", "neither")),      # 'clients VIP mais ni les clients en France ni ceux qui ...'
    (("et", "ni"), ("and", "neither")),
    (("sauf",), ("except",)), (("hors",), ("excluding",)), (("excepte",), ("except",)),
    (("hormis",), ("except",)), (("a", "part"), ("except",)), (("exceptes",), ("except",)),
    (("en", "excluant"), ("excluding",)), (("exclure",), ("exclude",)), (("excluez",), ("exclude",)),
    (("retirer",), ("remove",)), (("enlever",), ("remove",)),
    (("ne", "pas"), ("not",)), (("ne", "jamais"), ("never",)),
    # 'qui n'habitent pas (à) Lille': the negation before the verb of residence, so that the verb and its place
    # stay one phrase ('habitent à', the city's), as 'who don't live in Lille'
    *[((verb, "pas") + place, ("not", verb) + place) for verb in ("habite", "habitent", "vit", "vivent", "reside",
                                                                   "resident", "reste", "restent")
      for place in ((), ("a",), ("en",), ("au",), ("aux",), ("sur",))],
    (("n'ont", "jamais"), ("never",)), (("n'ont", "pas"), ("not",)),
    # 'aucune ouverture ni aucun clic': after 'ni' the negation is said already (nor any click)
    (("ni", "aucun"), ("nor", "any")), (("ni", "aucune"), ("nor", "any")),
    (("aucun",), ("no",)), (("aucune",), ("no",)), (("jamais",), ("never",)), (("pas",), ("not",)),
    (("rien",), ("nothing",)), (("sans",), ("without",)),
    (("quoi", "que", "ce", "soit"), ("anything",)),       # 'sans rien acheter ... quoi que ce soit'
    (("du", "tout"), ("at", "all")),       # 'plus rien du tout en maison': any of it, as English 'nothing at all'
    # 'en une seule commande', 'sans en ouvrir un seul': one event, as English 'in a single order'
    (("une", "seule"), ("a", "single")), (("un", "seul"), ("a", "single")),
    # one of a set ('dans l'un de nos deux magasins lyonnais'): lang_en's 'one of our', the places' own number after it
    *[(lead + (one, "de", det), ("one", "of", said)) for lead in ((), ("le",), ("la",)) for one in ("un", "une")
      for det, said in (("nos", "our"), ("vos", "your"), ("leurs", "their"))],
    (("sans", "en"), ("without", "any")), (("sans", "jamais", "en"), ("without", "ever", "any")),
    # 'ne ... plus' before a date: no longer since then ('achetaient en 2025 mais plus depuis le 1er janvier'); 'mais
    # plus de 3 fois' stays a comparison, 'mais plus depuis' alone is SINCE_THEN's
    *[((link, "plus", "depuis") + date, (said, "not", "since") + reading) for link, said in (("mais", "but"), ("et", "and"))
      for date, reading in ((("le", "<n>", "<m>"), ("<m>", "<n>")), (("<m>",), ("<m>",)), (("<n>",), ("<n>",)),
                            (("le", "debut", "de", "le", "annee"), ("the", "start", "of", "this", "year")))],
    # a clause set against the one before ('encore en standard alors qu'ils ont 300 points'): both hold, as English
    # 'while'; 'alors' alone is 'then' (an order of behaviours, asked)
    (("alors", "que"), ("while",)), (("tandis", "que"), ("while",)), (("bien", "que"), ("although",)),
    (("meme", "si"), ("although",)),
    # 'd'une même marque', 'un même magasin': the same one, as 'la même' is (asked where the catalog cannot check it)
    (("une", "meme"), ("the", "same")), (("un", "meme"), ("the", "same")),
    # 'un même produit acheté lors d'au moins 3 achats': the purchases it was bought in
    (("lors", "de"), ("in",)), (("lors", "d"), ("in",)), (("lors", "des"), ("in", "the")),     # 'sans en acheter': 'en' is the pronoun of what was named before
    (("soit",), ("either",)), (("ou", "bien"), ("or",)),
    (("jamais", "rien"), ("never",)), (("pas", "rien"), ("not",)), (("le", "moindre"), ("any",)),
    (("la", "moindre"), ("any",)), (("quand", "meme"), ("still",)),
    (("grace", "a"), ("via",)), (("grace", "au"), ("via", "the")), (("grace", "aux"), ("via", "the")),
    # quantities and periods said vaguely: the English module's vague words, asked with their readings
    (("une", "poignee", "de", "fois"), ("a", "few", "times")), (("une", "poignee", "de"), ("a", "few")),
    (("plusieurs", "fois"), ("several", "times")), (("plusieurs",), ("several",)), (("a", "plusieurs", "reprises"), ("several", "times")),
    (("quelques", "fois"), ("a", "few", "times")), (("quelques",), ("a", "few")), (("peu", "de", "fois"), ("a", "few", "times")),
    (("beaucoup", "de"), ("a", "lot", "of")), (("beaucoup",), ("a", "lot")), (("enormement",), ("a", "lot")),
    (("plein", "de"), ("lots", "of")), (("il", "y", "a", "un", "moment"), ("a", "while")),
    (("en", "ce", "moment"), ("now",)), (("pour", "le", "moment"), ("now",)),     # 'qui est sur-sollicité en ce moment'
    (("depuis", "un", "moment"), ("in", "a", "while")), (("depuis", "longtemps"), ("in", "a", "while")),
    (("le", "plus"), ("the", "most")), (("le", "moins"), ("the", "least")),
    # 'le plus gros solde de points', 'le plus grand nombre de commandes': an adjective of size after 'le plus' is
    # English 'the highest' (lang_en.SUPERLATIVES)
    *[((det, "plus", size), ("the", "highest")) for det in ("le", "la", "les")
      for size in ("gros", "grosse", "grosses", "grand", "grande", "grands", "grandes", "eleve", "elevee", "eleves",
                   "elevees", "important", "importante", "importants", "importantes")],
    *[(("le", "plus", size, "nombre", "de"), ("the", "highest", "number", "of")) for size in ("grand", "gros", "eleve")],
    # 'peu importe la marque', 'n'importe quel canal': 'any' and the noun (see ANY_FRAMES)
    *[((*lead, det), ("any",)) for lead in (("peu", "importe"),) for det in ("le", "la", "les")],
    *[(("ne", "importe", det), ("any",)) for det in ("quel", "quelle", "quels", "quelles")],
    # days of the week said as a habit, in the English module's day phrases (lang_en.DAY_PHRASES): 'le dimanche',
    # 'un dimanche', 'les samedis', 'le week-end', 'en semaine', 'du lundi au vendredi'; a day alone ('samedi 12
    # septembre', 'depuis lundi') is a date, never one of these, and 'chaque dimanche', 'tous les samedis' may say
    # each one of them (a share, asked as English 'every' is)
    *[(("le", day), ("on", english + "s")) for day, english in _WEEKDAYS.items()],
    *[(("un", day), ("on", "a", english)) for day, english in _WEEKDAYS.items()],
    *[(("les", day + "s"), ("on", english + "s")) for day, english in _WEEKDAYS.items()],
    *[((*lead, weekend), reading) for weekend in ("week-end", "weekend")
      for lead, reading in ((("le",), ("at", "the", "weekend")), (("en",), ("at", "the", "weekend")),
                            (("un",), ("on", "a", "weekend")), (("pendant", "le"), ("during", "the", "weekend")),
                            (("durant", "le"), ("during", "the", "weekend")))],
    *[(("les", weekends), ("at", "weekends")) for weekends in ("week-ends", "weekends")],
    # ... and Quebec's 'fin de semaine' (the weekend there: 'une fin de semaine en décembre', 'la fin de semaine')
    *[((*lead, "fin", "de", "semaine"), reading)
      for lead, reading in ((("la",), ("at", "the", "weekend")), (("en",), ("at", "the", "weekend")),
                            (("une",), ("on", "a", "weekend")), (("pendant", "la"), ("during", "the", "weekend")),
                            (("durant", "la"), ("during", "the", "weekend")))],
    (("les", "fins", "de", "semaine"), ("at", "weekends")),
    (("en", "semaine"), ("on", "weekdays")), (("du", "lundi", "au", "vendredi"), ("from", "monday", "to", "friday")),
    # a week by its number ('en semaine 37', 'la semaine n° 37', 'semaine ISO 37'): lang_en.WEEK_NUMBER_WORDS, never
    # the weekdays ('en semaine') nor a count of 37
    (("en", "semaine", "<d>"), ("in", "week", "<d>")), (("semaine", "numero"), ("week", "number")),
    (("semaine", "iso"), ("iso", "week")),
    # a holiday's long weekend ('le pont de l'Ascension', 'le pont du 1er mai', 'le long week-end de Pâques'):
    # lang_en.LONG_WEEKEND_WORDS ('le week-end de Pâques' is its 'weekend')
    (("pont",), ("long", "weekend")), (("ponts",), ("long", "weekends")),
    *[(said, ("long", "weekend")) for weekend in ("week-end", "weekend")
      for said in (("long", weekend), (weekend, "prolonge"))],
    (("lundi-vendredi",), ("mon-fri",)),
    # months of any year said of a behaviour, in the English module's words (lang_en.ANY_YEAR_AFTER, ANY_YEAR_BEFORE,
    # YEAR_MONTH_EACH): 'en décembre chaque année', 'tous les ans', 'quelle que soit l'année', 'toutes années
    # confondues', 'les années précédentes', 'tous les mois de décembre', 'tous les étés', 'les mois d'été'
    *[((*lead, "le", year, *birth), ("whatever", "the", "year")) for lead in (("quelle", "que", "soit"), ("quel", "que", "soit"))
      for year in ("annee", "an") for birth in ((), ("de", "naissance"))],
    (("tous", "les", "ans"), ("every", "year")), (("toutes", "les", "annees"), ("every", "year")),
    (("annee", "apres", "annee"), ("year", "after", "year")), (("de", "chaque", "annee"), ("of", "every", "year")),
    (("toutes", "annees", "confondues"), ("of", "all", "years")),
    (("toutes", "les", "annees", "confondues"), ("of", "all", "years")),
    *[((det, "annees", past), (lead, english, "years")) for det, lead in (("les", "in"), ("des", "of"))
      for past, english in (("precedentes", "previous"), ("passees", "past"), ("anterieures", "prior"))],
    *[((*each, "mois", "de", month), ("every", english)) for month, english in MONTHS.items()
      for each in (("tous", "les"), ("chaque",))],
    # ... but 'chaque mois de juin à septembre' is each month of a range (read as every June and September, silently):
    # lang_en's 'every month from June to September', asked as it is
    *[((*each, "mois", "de", "<m>", "a", "<m2>"), ("every", "month", "from", "<m>", "to", "<m2>"))
      for each in (("tous", "les"), ("chaque",))],
    *[(("tous", "les", season if season.endswith("s") else season + "s"), ("every", english))
      for season, english in SEASONS.items()],
    *[(("les", "mois", "de", season), ("the", english, "months")) for season, english in SEASONS.items()],
    *[(("mois", "de", season), (english, "months")) for season, english in SEASONS.items()],
    # determiners and prepositions: grammar, never criteria
    (("de", "le"), ("of", "the")), (("a", "le"), ("at", "the")),
    # where events came from ('leurs visites viennent des réseaux sociaux'): lang_en's 'come from', grammar there
    *[((verb, de), ("come", "from", *the)) for verb in ("vient", "viennent", "venait", "venaient", "provient",
                                                        "proviennent", "provenait", "provenaient")
      for de, the in (("de", ()), ("des", ("the",)), ("du", ("the",)), ("d", ()))],
], key=lambda rule: -len(rule[0]))

# One word -> its English reading ('' = a grammar word with nothing to add). 'un' reads 'an', never 'a': a folded
# 'à' is 'a', and 'un risque' must not become the catalog's 'à risque'. 'ayant' opens a clause as 'who' does:
# 'clients non VIP ayant commandé' negates VIP only.
WORDS = {
    "cible": "target",     # 'Opé fidélité BE – cible : clients belges': lang_en's word of a brief, said anywhere
    # an amount of two channels as one sum ('magasin et web cumulés', 'tous canaux confondus' is read by ANY_FRAMES)
    "cumules": "combined", "cumulees": "combined", "cumule": "combined", "cumulee": "combined",
    "confondus": "combined", "confondues": "combined", "additionnes": "combined",
    # a half of a month ('la 1re quinzaine de septembre': lang_en.MONTH_HALF_WORDS), or fifteen days ('la dernière
    # quinzaine', as 'the last fortnight')
    "quinzaine": "fortnight", "quinzaines": "fortnights",
    # where a behaviour's place is ('un magasin situé hors de leur pays': lang_en.OWN_PLACE_LOCATED)
    **{f"{word}{e}": "located" for word in ("situe", "implante") for e in ("", "e", "s", "es")},
    "mi": "mid",       # 'mi-septembre', 'à la mi-août': the middle of a month, whose days are not set (asked)
    "moitie": "half",      # a share ('plus de la moitié de leurs dépenses'), and what makes it one
    "tiers": "third",      # ... 'plus d'un tiers de leurs commandes', 'les deux tiers'
    "quarts": "quarters", "cinquieme": "fifth",
    "represente": "represents", "representent": "represent", "representait": "represented",
    "representaient": "represented",     # ('font' is read with the light verbs below)
    # 'dont la beauté pèse plus de 40 % de leurs dépenses': a share, as 'représente'
    "pese": "weighs", "pesent": "weigh", "pesait": "weighed", "pesaient": "weighed",
    # a change of a behaviour between two periods (asked when fewer than two are said)
    "baisse": "dropped", "diminue": "decreased", "chute": "fell", "recule": "fell", "augmente": "increased",
    "progresse": "grew", "hausse": "rose",
    # 'dont les dépenses sont tombées à moins de la moitié de ...' ('tombe' is said of a date: 'tombe un samedi')
    "tombees": "fell", "tombes": "fell", "tombee": "fell",
    "nes": "born", "nee": "born", "nees": "born",
    # a yes/no turned off ('désactivé leur consentement email': lang_en.FLAG_OFF_BEFORE)
    "desactive": "disabled", "desactivee": "disabled", "desactives": "disabled", "desactivees": "disabled",
    "ceux": "those", "celles": "those", "quiconque": "anyone",
    "et": "and", "ou": "or", "mais": "but", "qui": "who", "que": "that", "dont": "whose", "avec": "with",
    "ni": "nor", "entre": "between", "a": "at", "au": "at", "aux": "at", "le": "the", "la": "the", "les": "the",
    "un": "an", "une": "an", "des": "the", "du": "the", "de": "of", "en": "in", "dans": "in", "pour": "for",
    "par": "by", "sur": "on", "chez": "at", "via": "via", "depuis": "since", "avant": "before", "apres": "after",
    "pendant": "during", "durant": "during", "leur": "their", "leurs": "their", "son": "their", "sa": "their",
    "ses": "their", "ce": "this", "ces": "these", "cet": "this", "cette": "this", "nos": "our", "notre": "our",
    "vos": "your", "votre": "your", "ils": "they", "elles": "they", "il": "it", "elle": "it", "on": "we",
    "nous": "we", "vous": "you", "ont": "have", "aient": "have", "ait": "has", "avons": "have", "avez": "have", "a-t-il": "has", "ayant": "who", "avoir": "have", "ete": "been",
    "est": "is", "sont": "are", "etre": "be", "etait": "was", "etaient": "were", "avait": "had", "avaient": "had", "tombe": "is", "tombent": "are",
    "passer": "placing", "evidemment": "obviously", "naturellement": "obviously",
    "obligatoire": "required", "obligatoires": "required",   # 'optin email obligatoire' (REQUIRED_WORDS)
    "indispensable": "required", "indispensables": "required", "impératif": "required", "imperatif": "required",
    "fait": "made", "effectue": "made", "realise": "made", "parmi": "among",
    "lesquels": "which", "lesquelles": "which",
    # 'en respectant le plafond de pression' (lang_en.POLICY_KEEPS)
    "respecter": "respect", "respectant": "respecting", "respecte": "respect", "respectent": "respect",
    "respect": "respect",      # 'parmi lesquels': among which (SOME_OF_THE_COUNTED)
    "passe": "placed", "donne": "gave", "tous": "all", "toutes": "all", "tout": "all", "toute": "all",
    "chaque": "every", "chacun": "each", "chacune": "each",     # '3 commandes, de plus de 100 € chacune'
    "meme": "same", "memes": "same", "aussi": "also", "egalement": "also", "encore": "still", "deja": "already",
    "uniquement": "only", "seulement": "only", "exclusivement": "exclusively", "exactement": "exactly", "environ": "about", "plus": "more",
    "moins": "less", "dernier": "last", "derniere": "last", "derniers": "last", "dernieres": "last",
    "premier": "first", "premiere": "first", "premiers": "first", "moyen": "average", "moyenne": "average",
    "total": "total", "totale": "total", "ne": "", "se": "", "je": "i", "me": "me", "te": "you",
    # "n'y ont jamais cliqué": the thing said before (a newsletter, a store), as English "it" points back at it
    "y": "it",
    # "n'ont jamais cliqué dedans": 'in it', the message said before, as 'y'
    "dedans": "it",
    "ci": "", "svp": "please", "stp": "please", "merci": "thanks", "mercii": "thanks", "bisous": "cheers",
    "cordialement": "cheers", "bonjour": "hi", "salut": "hi", "adieu": "hi", "dis": "hi",     # Belgium: "Dis, tu saurais ..."
    "ex": "eg", "cf": "cf", "voir": "see",
    "unites": "units", "unite": "unit", "pieces": "pieces", "piece": "piece",   # quantities ('plus de 3 unités')
    "materiel": "gear", "matos": "gear", "equipement": "equipment", "equipements": "equipment",   # goods nouns ("articles": "items" below)
    "depense": "spent", "depenses": "spent", "depensent": "spend", "depenser": "spend",
    "depensee": "spent", "depensees": "spent",      # agreed with 'la somme', '100 balles dépensées'
    # paid ('qui paient plus de 1 500 € de prime annuelle'): lang_en's 'pay', a spend (SPEND_VERBS)
    **dict.fromkeys(("paie", "paient", "payent", "payer"), "pay"),
    **dict.fromkeys(("paye", "payes", "payee", "payees"), "paid"),
    # a choice said of what the behaviour was ('qui ont choisi la livraison express'): lang_en's light verb
    **dict.fromkeys(("choisi", "choisie", "choisis", "choisies"), "chose"),
    "personnes": "people", "personne": "person", "gens": "people", "contacts": "contacts",
    "internautes": "users", "internaute": "user",      # the people of the web ('les internautes arrivés sur le site')
    # a message that came back ('dont les e-mails ont rebondi'): lang_en's verb, in each agreement
    "rebondi": "bounced", "rebondie": "bounced", "rebondis": "bounced", "rebondies": "bounced",
    "aujourd'hui": "today", "hier": "yesterday", "recemment": "recently", "dernierement": "lately",
    "maintenant": "now", "desormais": "now", "a present": "now",
    "aupres": "with",       # 'une demande de remboursement auprès du SAV'
    "toujours": "still", "puis": "then", "alors": "then", "ensuite": "then",
    "ans": "years", "non": "not", "eu": "had", "concernant": "about", "concerne": "about", "concernent": "about",
    "concernait": "about", "concernaient": "about", "produit": "product", "produits": "products",
    "article": "item", "articles": "items", "utilise": "used", "utilises": "used", "utilisee": "used", "utilisees": "used", "utilisent": "use",
    "utiliser": "use", "depasse": "exceeding", "depassent": "exceeding", "depassant": "exceeding",
    # aggregates: distinct counts, whether a value is on file, rankings
    "differentes": "different", "differents": "different", "distinctes": "distinct", "distincts": "distinct",
    "renseigne": "known", "renseignee": "known", "renseignes": "known", "renseignees": "known",
    "manquant": "missing", "manquante": "missing", "manquants": "missing", "manquantes": "missing",
    "inconnu": "unknown", "inconnue": "unknown", "inconnus": "unknown", "inconnues": "unknown", "vide": "empty",
    "meilleurs": "best", "meilleures": "best",
    # the verbs of a request for a list ('stp sors-moi les clients de 40-55 ans', 'trouve les VIP de Lyon') and the
    # questions that ask for the audience or its size ('Quels clients ont ...', 'Combien de clients on a ...')
    "sors-moi": "pull", "sortez-moi": "pull", "sors-nous": "pull", "sortez-nous": "pull", "trouve-moi": "find",
    "trouvez-moi": "find", "trouve": "find", "trouvez": "find", "donne-moi": "give", "donnez-moi": "give",
    "extrais": "extract", "extrais-moi": "extract", "extrayez": "extract",
    "file-moi": "pull", "filez-moi": "pull", "chope-moi": "pull", "choppe-moi": "pull",   # familiar
    "quels": "which", "quelles": "which", "combien": "how many", "liste": "list",
    "passee": "placed", "passees": "placed",
    "pis": "and",                                   # Quebec: 'les notifs push pis les courriels'
    "endeans": "in",                                # Belgium: 'endéans les trente derniers jours' (within)
    "presentement": "now", "actuellement": "now",  # 'qui sont présentement au niveau or' (Quebec): now
    "presque": "almost", "quasiment": "almost",     # '(presque or)': how near, an aside in a bracket (lang_en.NEAR_WORDS)
    # pointing and stressing words: 'au moins deux achats avant ça', 'pour celle-ci', 'qui ont néanmoins ouvert'
    # 'l'outlet de La Roca ou celui de Serravalle': the one (the noun before); 'inférieur à celui de 2025', 'à celles de
    # 2025': what is compared, said again (lang_en.THAN_PRONOUNS)
    "celui": "one", "celle": "one",
    "ca": "that", "cela": "that", "celle-ci": "this", "celui-ci": "this", "ceux-ci": "these", "celles-ci": "these",
    "neanmoins": "nevertheless", "pourtant": "nevertheless", "toutefois": "however", "cependant": "however",
    "cibler": "target",      # what the list is for ('- à cibler avec une offre'): lang_en's word, an aside's
    # 'dont on a bien le numéro': a stress after the verb, lang_en's 'actually' ('bien sûr', 'bien que' are phrases)
    "bien": "really",
    "vraiment": "really", "reellement": "really", "veritablement": "really", "effectivement": "really", "coucou": "hi", "bonsoir": "hi", "allo": "hi",     # Quebec: 'Allo! J'aurais besoin de ...'
}

# a day of the week by its name, after a day phrase and 'ou' ('un samedi ou dimanche', 'les samedis et dimanches')
WORDS.update({form: english + plural for day, english in _WEEKDAYS.items() for plural, form in (("", day), ("s", day + "s"))})

# The light verbs' participles above agree with whom they are said of ('commandes effectuées', 'achats faits'): each
# reads in its other forms as it does in the masculine singular. Not 'passés' (alone, 'passés en magasin' may be
# without buying: a visit the catalog does not have).
WORDS.update({participle + ending: WORDS[participle] for participle in ("fait", "effectue", "realise", "donne")
              for ending in ("e", "s", "es") if participle + ending not in WORDS})
# and in their other tenses ('qui font leurs achats en magasin', 'qui effectuaient des commandes')
WORDS.update({form: "made" for form in ("font", "faisaient", "faisait", "faisant", "effectuent", "effectuaient",
                                        "effectuait", "effectuant", "realisent", "realisaient", "realisait", "realisant")})

# French words spelt like a grammar word of the parser's canonical vocabulary: 'Or' is the gold tier ('VIP ou Or'),
# 'but' a goal, 'as' an ace. They keep their French identity (never read as 'or', 'but', 'as').
FALSE_FRIENDS = frozenset({"or", "but", "as"})
# 'mais personne qui a déjà acheté du Smeg': 'personne' with no determiner before it, opening a clause, is nobody
# (read as English 'nobody', an exclusion); 'une personne qui', 'la personne ayant' is a person
NOBODY = ("personne", frozenset({"qui", "ayant", "de", "du", "des", "sur", "dans", "parmi", "en"}))   # "et personne de la liste repoussoir"
# ... nor after a word for each or any ('toute personne ayant passé au moins 2 commandes': anyone who has)
PERSON_QUANTIFIERS = frozenset({"toute", "tout", "chaque", "quelque"})

# 'VIP en Espagne, plus toutes les Canadiennes qui ...', 'ainsi que ceux qui ...': before a word for everyone
# (which may be a catalog word, 'tous les clients'), these words join a second audience to the first. They read as
# the canonical union marker and its pronoun; the word after them is read as it is.
UNION_MARKERS = {("plus",): ("plus", "anyone"), ("ainsi", "que"): ("as", "well", "as", "anyone"),
                 ("de", "meme", "que"): ("as", "well", "as", "anyone")}
# The other side after a multiple said as a word ('à moins de la moitié de celles des 6 mois précédents', 'le double de
# ceux de 2024'): 'ceux' and 'celles' are kept as typed (the people's words), beside lang_en.MULTIPLE_OF
MULTIPLE_OF: tuple[tuple[str, ...], ...] = (("of", "celles"), ("of", "ceux"))
# What we want to do with them, after a break ('- on veut les appeler un par un', '- on voudrait leur offrir ...'): as
# typed (the words of a request's frame: 'on veut' asks for the list elsewhere), before the pronoun for them
ASIDE_WANTS = frozenset({"on veut", "on voudrait", "on aimerait", "on souhaite", "on va", "on compte", "nous voulons",
                         "nous voudrions", "nous aimerions", "nous souhaitons", "je veux", "je voudrais",
                         "j'aimerais", "je souhaite", "je vais", "je compte"})
ASIDE_WANT_OBJECTS = frozenset({"les", "leur", "lui", "la", "le"})
# Someone at work who wants the list, after a break (lang_en.ASIDE_SUBJECT_NOUNS)
ASIDE_SUBJECT_NOUNS = frozenset({"equipe", "equipes", "agence", "responsable", "responsables", "direction", "manager",
                                 "managers", "collegues", "patron", "patronne", "directeur", "directrice"})
ASIDE_SUBJECT_DETERMINERS = frozenset({"la", "le", "les", "notre", "nos", "mon", "ma", "votre"})
ASIDE_SUBJECT_VERBS = frozenset({"veut", "veulent", "voudrait", "voudraient", "souhaite", "souhaitent", "aimerait",
                                 "aimeraient", "prevoit", "prevoient", "compte", "comptent", "va", "vont", "demande",
                                 "demandent"})
UNION_FOLLOWERS = frozenset({"tous", "toutes", "tout", "toute", "ceux", "celles", "quiconque", "chacun"})
# ... and after 'aucun de' ('n'ont cliqué dans aucun de ceux qu'ils ont ouverts'): the things named before, as lang_en's
# 'none of those' (read as people, the clicks of any message were excluded, silently)
POINTED_PEOPLE = frozenset({"ceux", "celles"})

# Spans of days said by custom ('quinze jours' is two weeks, 'huit jours' one), before 'jours' or 'derniers jours'.
DAY_IDIOMS = {"quinze": 14, "huit": 7}
DAY_WORD = "jours"
LAST_AFTER_NUMBER = ("derniers", "dernieres", "prochains", "prochaines")
# A share said in words after a number ('les 5 pour cent', '5 pourcents'): read as the sign, '5 %', before the
# number words are joined ('cent' alone is a hundred).
PERCENT_PHRASES = (("pour", "cent"), ("pour-cent",), ("pourcent",), ("pourcents",))

# Adjectives said after their noun ('4 catégories différentes'): put before it when a number counts the noun.
POSTPOSED_ADJECTIVES = frozenset({"differentes", "differents", "distinctes", "distincts"})
# Between a count and its noun, the set the count is taken from ('au moins 3 de nos magasins différents')
COUNT_PARTITIVES = frozenset({("de", "nos"), ("de", "vos"), ("de", "leurs"), ("de", "ces"), ("des",)})
# Between a counted noun and its complement ('4 sources de trafic différentes')
NOUN_LINKS = frozenset({"de", "d"})
COUNT_LEADS = frozenset({"plusieurs"})     # a count said without a number, put before its adjective as a number is
# Customers put in an order ('classés par dépense'), as lang_en's ORDER_BY: 'par' has read 'by' already.
ORDER_BY = tuple((verb, "by") for verb in ("classes", "classees", "tries", "triees", "ordonnes", "ordonnees"))
# The words for a thing's name in a catalog phrase ('nom du magasin'): a count of the thing counts its names.
NAME_WORDS = frozenset({"nom", "identifiant", "code", "numero"})

# Words made from the catalog's words by an ending, read as them when the catalog gives them no meaning (as
# lang_en.DERIVED_WORDS): the people of a place a value names, by (ending, the ending it replaces): 'parisiens'
# (Paris), 'lyonnaises' (Lyon), 'lillois' (Lille), 'marseillais' (Marseille), 'nantais' (Nantes), 'toulousaines'.
_PEOPLE = ("", "s", "e", "es")            # masculine, plural, feminine, feminine plural
DERIVED_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "demonym": (*((f"ien{e}", "") for e in ("", "s", "ne", "nes")), *((f"nais{e}", "") for e in ("", "e", "es")),
                *((f"ois{e}", r) for r in ("", "e", "es") for e in ("", "e", "es")),
                *((f"ais{e}", r) for r in ("e", "es") for e in ("", "e", "es")),
                *((f"ais{e}", "") for e in ("", "e", "es")),        # 'montréalais' (Montréal)
                *((f"ain{e}", "e") for e in _PEOPLE),
                *((f"elais{e}", "eaux") for e in ("", "e", "es")),      # 'bordelais' (Bordeaux)
                *((f"an{e}", "as") for e in _PEOPLE)),      # 'texans', 'texanes' (Texas), 'kansans' (Kansas)
    # the participle of a word of a measure of an event's own row, in each agreement ('notés' of 'note', 'évaluée'
    # of 'évaluation'): said with the event's noun, the events that have the measure ('tickets notés', typed with its
    # accent or not; lexicon.Lexicon.measured)
    "measured": (*((f"é{e}", "e") for e in _PEOPLE), *((f"é{e}", "ation") for e in _PEOPLE)),
    # a name of several words is said in the plural of its first, the noun, before its complement ('sources de
    # trafic', 'canaux de vente'): by (ending, the ending it replaces), each that fits
    "head_plural": (("s", ""), ("aux", "al"), ("eaux", "eau")),
    # the plural of a behaviour's place or thing ('hôtels' of 'hôtel', 'canaux' of 'canal'), of a compound ('opt-ins')
    "plural": (("s", ""), ("aux", "al"), ("eaux", "eau")),
    "head_links": (("de",), ("du",), ("des",)),
}

# The forms of a participle that agrees with whom it is said of, by its written ending: a catalog phrase that begins
# with one reads with the others ('venu sur le site': 'venue', 'venus', 'venues'; 'inscrit': 'inscrite', ...).
AGREEMENT: tuple[tuple[str, ...], ...] = (("é", "ée", "és", "ées"), ("u", "ue", "us", "ues"), ("it", "ite", "its", "ites"),
                                          ("int", "inte", "ints", "intes"), ("is", "ise", "ises"),
                                          ("ert", "erte", "erts", "ertes"))

# Two words around a noun that say 'any' of it ('tous canaux confondus', 'toutes catégories confondues'): read as
# lang_en's 'any' and the noun ('any channel'), which restricts nothing on its own between a clause's edges.
ANY_FRAMES = {"tous": "confondus", "toutes": "confondues"}

# Words that confirm what was read (offline/confirmations.py, beside lang_en's, as the rewrite leaves them): the kind
# of an attribute said before or after its name ('le score de risque d'attrition'), a range's noun ('la tranche 50-64
# ans'), an adverb of a set-once attribute ('initialement recrutés via ...').
KIND_WORDS = frozenset({"score", "scores", "stade", "niveau", "niveaux", "statut", "indicateur", "indice", "tranche",
                        "palier"})
RANGE_NOUNS = frozenset({"tranche", "tranches", "fourchette", "classe"})
ORIGIN_ADVERBS = frozenset({"initialement", "originellement"})
NEW_WORDS = frozenset({"nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "nouvellement"})   # lang_en.NEW_WORDS
# 'le même jour', 'la même journée', 'le jour même', 'ce même jour', on the rewritten words (as lang_en.SAME_DAY_WORDS)
SAME_DAY_WORDS: tuple[tuple[str, ...], ...] = (
    ("the", "same", "journee"), ("in", "the", "same", "journee"), ("the", "day", "same"), ("this", "same", "day"),
    ("this", "day", "there"), ("in", "the", "same", "day"), ("this", "same", "journee"), ("the", "journee", "same"),
)
# A yes/no of the profile's rows answered no ('qui ont explicitement refusé les SMS'), on the rewritten words (as
# lang_en.FLAG_NO_BEFORE)
FLAG_NO_BEFORE: tuple[tuple[str, ...], ...] = tuple(
    (*how, *verb) for verb in (("refuse",), ("decline",), ("dit", "not", "at"))     # 'non' as rewritten
    for how in ((), ("explicitement",), ("activement",), ("expressement",), ("clairement",)))
# Two values said held by one same event, said again ('du Lego et du Djeco en même temps'), as lang_en.TOGETHER_WORDS
TOGETHER_WORDS: tuple[tuple[str, ...], ...] = (("in", "same", "temps"), ("ensemble",))
# lang_en.PRESENCE_LEADS, PRESENCE_ARTICLES: the words its rewrite leaves that say a dimension named after them was
# there ('ayant appliqué un code promo', 'en utilisant un bon d'achat'), and the articles as typed ('avec des codes
# promo', 'jamais utilisé de code promo': 'des' and 'de' are read 'the' and 'of', which point at nothing here)
PRESENCE_LEADS = frozenset({"applique", "appliquee", "appliques", "appliquees", "appliquant", "utilisant"})
PRESENCE_ARTICLES = frozenset({"des", "de", "d'"})
# The first word of a determiner that picks each one of a set ('chacune de nos 8 catégories'), as lang_en.EVERY_PICKS
EVERY_PICKS = frozenset({"chacun", "chacune", "chaque"})
# Calendar months in a row ('trois mois d'affilée', '3 mois consécutifs', '4 mois de suite'), as
# lang_en.MONTHS_RUNNING_AFTER, on the rewritten words ('d'' is 'of')
MONTHS_RUNNING_AFTER: tuple[tuple[str, ...], ...] = (("of", "affilee"), ("consecutifs",), ("consecutives",),
                                                     ("of", "suite"), ("successifs",), ("successives",))
# Verbs of seeing before a measure that is what was seen ('vu plus de 15 pages en une visite', 'ont vu le plus de
# pages'), as lang_en.SEEING_VERBS; SEEN_WORDS, what the measure's own words hold ('pages vues'), folded
SEEING_VERBS = frozenset({"vu", "vus", "vue", "vues", "consulte", "consultes", "consultee", "consultees", "parcouru",
                          "parcourus", "parcourue", "parcourues"})
SEEN_WORDS = frozenset({"vues", "consultees", "parcourues"})

# Past participles that are also a state in the catalog ('un ticket ouvert'): after an auxiliary and before their
# object ('ayant ouvert un ticket', 'ont ouvert l'e-mail') they are the verb, read as the canonical one.
# 'ont activé les notifs push' (typed with its accent or not): a setting turned on, a consent ('consented'),
# never the active customers' 'active' it folds to
PARTICIPLES = {"ouvert": "opened", "active": "consented"}
# A behaviour said as how another happened ('venus sur le site en cliquant dans un emailing'), as lang_en.MANNER_LEADS
MANNER_LEADS: dict[str, tuple[str, ...]] = {"en": ("ant",)}
# Past participles typed with their accent that fold to a catalog noun ('tickets notés' is not 'notes', the scores):
# read as the canonical verb, by their masculine form folded.
# ... and 'a retiré son consentement e-mail': typed with its accent, the participle of a yes/no turned off (lang_en's
# 'withdrew', FLAG_OFF_BEFORE), never the imperative 'retire' (EXCLUDE_IMPERATIVES)
ACCENTED_PARTICIPLES = {"note": "rated", "retire": "withdrew"}
ACCENTED_ENDINGS = ("ées", "és", "ée", "é")
AUXILIARIES = frozenset({"ayant", "ont", "a", "avoir", "avait", "avaient", "ai", "as", "avons", "avez"})
# A period said of the thing an act is done to, as lang_en.THING_DATE_LEADS, as typed ('le mail Flash Sale du 23
# septembre', 'le mail envoyé le 23 septembre')
THING_DATE_LEADS = frozenset({"du"})
THING_DATE_VERBS = frozenset({"envoye", "envoyee", "envoyes", "envoyees", "expedie", "expediee", "expedies", "expediees"})
# Between an auxiliary and its participle a word reads otherwise than alone ('qui ont toujours commandé via l'appli':
# always, every order; 'qui ont toujours un opt-in', 'n'ont toujours pas acheté': still, as in WORDS), read so when
# the next word is no word of grammar (AFTER_AUXILIARY_NOT_PARTICIPLES)
AFTER_AUXILIARY = {"toujours": "always"}
# ... and after an auxiliary that 'ne' denies, a word that says the negation ('qui n'ont plus acheté depuis janvier',
# 'n'a plus passé de commande': no longer, read 'more', it answered those who did buy, asked about a change)
DENIED_AFTER_AUXILIARY = {"plus": "not"}
# lang_en.ORDER_END_WORDS: an ordered column's highest and lowest value ('le palier le plus haut', 'le niveau le plus
# élevé', 'le plus haut palier')
ORDER_END_WORDS = {"top": ("{} le plus haut", "{} le plus eleve", "{} le plus élevé", "plus haut {}",
                           "{} maximum", "meilleur {}"),
                   "bottom": ("{} le plus bas", "plus bas {}", "{} d'entrée", "{} d'entree", "premier {}")}
# Said right before a state's participle, today is now: the state held today ('un ticket SAV ces 80 derniers jours,
# aujourd'hui clôturé': closed now, not closed today)
BEFORE_PARTICIPLE = {"aujourd'hui": "now"}
DENIALS = frozenset({"n'", "ne", "n’"})
CHANNEL_NOUNS = frozenset({"canal", "canaux"})     # 'tous canaux confondus' read 'any canal' (lang_en.CHANNEL_NOUNS)
# A verb of coming or going right before an infinitive says no behaviour of its own ('venus acheter en magasin',
# 'qui viennent magasiner', 'allés chercher leur commande'): read as lang_en's light verb ('came'), the infinitive
# says what they did. Before anything else ('venus de', 'venus sur le site', 'venus hier') the word reads as it does.
BEFORE_INFINITIVE = {form: "came" for form in (
    "venu", "venue", "venus", "venues", "vient", "viennent", "venait", "venaient", "venant", "venir",
    "alle", "allee", "alles", "allees", "va", "vont", "allait", "allaient", "allant", "aller",
    "passe", "passee", "passes", "passees", "passent", "passait", "passaient")}
INFINITIVE_ENDINGS = ("er", "ir", "re")
AFTER_AUXILIARY_NOT_PARTICIPLES = frozenset({
    "un", "une", "des", "du", "de", "d'", "le", "la", "les", "l'", "au", "aux", "leur", "leurs", "son", "sa", "ses",
    "ce", "cet", "cette", "ces", "plus", "moins", "pas", "encore", "en", "y", "au", "autant", "rien", "aucun",
    "aucune", "que", "qu'", "un", "0", "zero"})

# A real word is read as a catalog word only when one is the other's plural (as lang_en's): French adds 's' or 'x',
# never 'es' ('activées' is the participle 'activé', not the plural of 'active').
PLURAL_ENDINGS = ("s", "x")
# Prefixes that make a word's opposite ('non-livrée', 'inactif', 'désabonné'), folded: never a typo of the word
# without it (as lang_en.NEGATING_PREFIXES).
NEGATING_PREFIXES = ("non-", "non", "in", "im", "ir", "il", "des", "de")

# A behaviour the catalog names by its past participle ('commandé', 'ont cliqué sur') read in the verb's other
# tenses (offline/lexicon.py): the present's plural and the imperfect ('qui commandent en ligne', 'qui achetaient en
# magasin', 'qui cliquaient sur'), the present participle ('en commandant'). By the participle's written endings (a
# verb in -er); the forms that are also nouns or imperatives ('commande', 'achète') are the catalog's to name. The
# auxiliaries dropped with the participle's: AUXILIARIES and être's.
TENSES: dict[tuple[str, ...], tuple[str, ...]] = {("é", "ée", "és", "ées"): ("ent", "ait", "aient", "ais", "ant"),
                                                 ("ert", "erte", "erts", "ertes"): ("rent", "rait", "raient", "rant")}
# Participles of verbs whose other tenses no ending makes (folded): 'qui lisent nos e-mails', 'qui recevaient la
# newsletter', 'qui venaient sur le site'.
IRREGULAR_TENSES: dict[str, tuple[str, ...]] = {
    "lu": ("lisent", "lisaient", "lisait", "lisant"),
    **{said: ("recoivent", "recevaient", "recevait", "recevant") for said in ("recu", "recus", "recue", "recues")},
    **{said: ("viennent", "venaient", "venait", "venant") for said in ("venu", "venus", "venue", "venues")},
}
TENSE_AUXILIARIES = frozenset({"est", "sont", "etait", "etaient", "etre"})
# A catalog phrase that opens with a present participle ('habitant en', 'résidant au', 'vivant à') also reads with
# the verb's present ('qui habitent en Belgique', 'qui réside au Canada'): the participle's ending and the present's
PRESENT_FORMS: tuple[str, tuple[str, ...]] = ("ant", ("ent", "e"))
# A catalog phrase with a relative pronoun inside ('abonnement qui se termine') also reads without it ('dont
# l'abonnement se termine'); lexicon._add_without
PHRASE_RELATIVES = frozenset({"qui"})
# lang_en.END_NOUNS: 'fin d'engagement' also reads 'l'engagement se termine', 'arrive à échéance', 'expire'
END_NOUNS: tuple[tuple[tuple[str, ...], bool], ...] = ((("fin", "de"), True), (("fin", "du"), True), (("fin", "des"), True))
# lang_en.HELD_WITH: 'a une assurance auto' also reads 'avec une assurance auto' ('a' only before 'un', 'une': a
# folded 'à' is 'a' too, and 'à Paris' is no holding)
HELD_WITH: dict[tuple[str, ...], tuple[str, ...]] = {
    (has, det): ("avec", det) for has in ("a", "ont", "ayant") for det in ("un", "une", "des")}
# lang_en.MEASURED_HEADS, MEASURE_VERBS: 'taille du ménage', 'foyer de' also read 'dont le ménage compte 5 personnes',
# 'dont le foyer est de 5 personnes' (words as the lexicon keys them: folded)
MEASURED_HEADS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    ((), ("de",)), (("taille", "du"), ()), (("taille", "de", "la"), ()), (("taille", "des"), ()), (("taille", "de"), ()))
MEASURE_VERBS: tuple[tuple[str, ...], ...] = (
    ("compte",), ("comptent",), ("a",), ("ont",), ("est", "de"), ("sont", "de"), ("comprend",), ("comprennent",),
    ("se", "compose", "de"), ("se", "composent", "de"))
# An adjective is said after its noun ('abonnement réassort actif'): lexicon._add_state_compounds
ADJECTIVE_AFTER_NOUN = True
# 'se sont fait livrer', 'se faire rembourser': the causative and an infinitive read as the catalog's participle
# ('livré', 'remboursé'); lexicon._add_causatives. A participle's ending, as written -> its infinitive's.
CAUSATIVES: tuple[str, ...] = ("fait", "faire", "font", "faisant", "fais", "faites")
PARTICIPLE_INFINITIVES: dict[str, str] = {"é": "er", "ée": "er", "és": "er", "ées": "er", "i": "ir", "is": "ir"}
END_VERBS: tuple[str, ...] = ("se termine", "se terminent", "prend fin", "prennent fin", "arrive a echeance",
                              "arrivent a echeance", "arrive a terme", "arrivent a terme", "expire", "expirent")
# Who does what a catalog value's verb says (lang_en.VOICE_AGENTS ...), as the rewrite reads it: 'qu'on a mailés',
# 'que nous avons textés' (that we ...) make the customers its object; after 'qui' the pronoun is the verb's object
# ('qui nous ont appelés': they called us), the customers its subject.
VOICE_SKIPPED = frozenset({"", "not", "never", "no", "already", "ever", "yet", "still", "also",
                           "at"}) | AUXILIARIES | TENSE_AUXILIARIES      # "n'a" reads "'' at"
VOICE_SUBJECT_RELATIVES = frozenset({"who"})
# ... and the relative a catalog phrase of the customers keeps as typed ('ceux qui ont appelé'): theirs, the subject
VOICE_RELATIVES = frozenset({"qui"})

# An infinitive after a negation or 'sans' (its object pronoun between: "sans l'ouvrir", 'sans en ouvrir un seul',
# 'sans jamais cliquer') names the behaviour of the catalog's participle (as lang_en.BASE_FORM_AFTER): the words
# before it, as this module rewrites them, and the endings tried, (infinitive ending, participle ending), folded.
BASE_FORM_AFTER = frozenset({"without", "not", "never", "nothing", "the", "any"})
PAST_ENDINGS = (("er", "e"), ("rir", "ert"), ("evoir", "u"), ("oir", "u"), ("ir", "i"))
# Before such an infinitive, the article's word is its object pronoun ("sans l'ouvrir": without opening it).
OBJECT_PRONOUNS = {"the": "it"}
# ... and before a tense's auxiliary ('qui l'a acheté', 'qui les a achetées'), also when the auxiliary and its verb are
# a catalog phrase ('a acheté') that the grammar's rules leave as typed: the thing said before ('it', 'them'); 'en'
# ('qui en a acheté': some of it) too
PRONOUNS_BEFORE_AUXILIARY = {"l'": "it", "le": "it", "la": "it", "les": "them", "en": "them"}
AUXILIARIES_AFTER_PRONOUN = frozenset({"a", "ont", "avait", "avaient"})

# Words that hold the place of what a behaviour was about in a catalog phrase ('consulté un produit', 'ajouté un
# article au panier'): a request that names the thing there ('consulté des chaussures') reads as the phrase, with
# what it named (as lang_en.SLOT_WORDS).
SLOT_LINKS = frozenset({"avec"})          # 'un échange par chat avec le SAV' (as lang_en.SLOT_LINKS)
SLOT_WORDS = frozenset({"produit", "produits", "article", "articles"})

# The birth word said before a year of birth ('nés en 1975', 'née après 1990', 'nés en France en 1975') reads 'born'
# even where a catalog phrase takes it ('nés en', a country of birth); the decade's word ('les années 80').
BIRTH_OPENERS = frozenset({"ne", "nes", "nee", "nees"})
DECADE_WORDS = frozenset({"annees", "annee"})

# Words for the customer's birth date, whatever the catalog calls it (as lang_en.BIRTH_WORDS): 'nés' is rewritten
# 'born' ('nés en novembre' is that month of any year), 'anniversaire en octobre'.
BIRTH_WORDS = ("born", "anniversaire", "anniversaires")
BIRTHDAY_WORDS = frozenset({"anniversaire", "anniversaires"})      # a birthday, not a birth (lang_en.BIRTHDAY_WORDS)
BIRTHDAY_VERBS = frozenset({"fete", "fetent", "feter", "fetera", "feteront", "fetant"})     # 'qui fêtent leur anniversaire'

# Words for when a customer became one (as lang_en.JOINED_WORDS): 'clients depuis plus de 7 ans'.
JOINED_WORDS = ("inscrit", "inscription", "adhesion")

# A catalog phrase of two words joined by 'de' also reads with them side by side, as marketing French drops it
# ('les abandonnistes panier', 'ticket caisse', 'date naissance'), when the two words mean nothing of their own.
COMPOUND_LINKS = frozenset({"de"})

# Verbs said for the catalog's own (as lang_en.VERB_ALIASES): every catalog phrase that begins with the verb on the
# right also reads with the words on the left ('mis un article au panier' = 'ajouté un article au panier').
VERB_ALIASES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("mis",): ("ajoute",), ("mise",): ("ajoute",), ("regarde",): ("consulte",), ("arrive",): ("venu",),
    ("arrives",): ("venus",), ("arrivee",): ("venue",), ("arrivees",): ("venues",),
    ("alle",): ("venu",), ("alles",): ("venus",), ("allee",): ("venue",), ("allees",): ("venues",),  # 'allés en magasin'
    ("demarre",): ("commence",), ("lance",): ("commence",),     # 'démarré un checkout', 'lancé une commande'
    ("mis", "les", "pieds"): ("venu",),       # 'jamais mis les pieds dans nos magasins', '... sur le site'
    # un client vu sur le site l'a visité ('pas vus sur le site depuis plus de 60 jours')
    **{(seen, "sur"): ("visite",) for seen in ("vu", "vus")},     # never 'vues': 'fiches produits vues sur le site'
    ("ecrit", "au"): ("contacte", "le"), ("ecrit", "a", "le"): ("contacte", "le"),    # 'écrit au service client'
}

# Light verbs with their object said for a catalog word (as lang_en.PHRASAL_VERBS), folded, elisions split: read as
# that word when the catalog gives them no meaning of their own ('ont dit oui aux notifs push', 'n'ont pas donné
# leur accord pour les SMS': consented).
PHRASAL_VERBS: dict[tuple[str, ...], str] = {
    **{("dit", "oui", to): "consenti" for to in ("a", "au", "aux", "pour")},
    # who may be contacted on a channel ('contactables par e-mail', 'joignables par SMS'): its consent
    # ('par' with it: 'contactables par e-mail' is no ticket sent by e-mail, the customer service's 'par e-mail')
    **{(said, *by): "consenti" for said in ("contactable", "contactables", "joignable", "joignables")
       for by in ((), ("par",))},
    **{(verb, "etre", "contacte" + e): "consenti" for verb in ("peut", "peuvent") for e in ("", "s", "e", "es")},
    # agreed to receive ('ont accepté de recevoir des SMS'): the consent's verb, its infinitive said with it
    **{("accepte" + e, "de", "recevoir"): "consenti" for e in ("", "s", "e", "es", "nt")},
    **{("donne", det, noun, to): "consenti" for det in ("leur", "son", "un") for noun in ("accord", "consentement")
       for to in ("a", "au", "aux", "pour")},
    # they contacted us ('nous ont contactés par tchat', 'ont pris contact pour un remboursement'): a ticket; never
    # 'contactés' alone ('clients contactés par SMS' were sent a message)
    **{("nous", aux, "contacte" + e): "contacte le service client" for aux in ("ont", "a", "avaient", "avait")
       for e in ("", "s", "e", "es")},
    **{("pris", "contact", link): "contacte le service client" for link in ("par", "pour", "au", "a", "via")},
    # the unsubscribe link used ('cliqué sur se désabonner', 'cliqué sur le lien de désinscription'): unsubscribed
    **{("clique", "sur", *link): "desabonne" for link in (("se", "desabonner"), ("desabonner",), ("desinscription",),
                                                           ("le", "lien", "de", "desinscription"),
                                                           ("le", "lien", "de", "desabonnement"))},
    # shopped ('ont fait du shopping à Rue Neuve'): as English 'shopped', a purchase
    ("fait", "du", "shopping"): "achete",
    # bought again ('ont racheté depuis'): a purchase, the catalog's own verb
    **{(said,): "achete" for said in ("rachete", "rachetee", "rachetes", "rachetent", "rachetant")},
    ("racheter",): "acheter",
    # ordered again ('ont repassé commande', 'repassé une commande'): an order, the catalog's own words
    **{("repasse", *det, noun): "passe commande" for det in ((), ("une",), ("des",)) for noun in ("commande", "commandes")},
    # 'pris' said for bought before what was taken ('ont pris des chaussures Nike', "n'ont jamais pris de Clarins");
    # never alone ('pris en charge', 'pris contact' are no purchase)
    **{("pris", det): "achete" for det in ("des", "de", "du", "un", "une", "la", "le", "les")},
    # a rating given ('nous ont mis une note de 1 ou 2', 'ont donné la note de 5'): the catalog's word for the rating
    **{(verb, det, "note"): "note" for verb in ("mis", "donne", "attribue") for det in ("une", "la", "leur", "un")},
    # an order or a purchase seen through ('finalisé leur commande', 'sans finaliser de commande', 'validé son
    # panier'): placed; 'finaliser' alone is asked
    **{(verb, det, noun): said for verb in ("finalise", "finalises", "finalisee", "finalisees", "finaliser",
                                            "finalisant", "valide", "valides", "valider", "validant", "conclu",
                                            "conclure")
       for det in ("une", "un", "de", "leur", "leurs", "sa", "son", "la", "le", "ses", "des", "les")
       for noun, said in (("commande", "commande"), ("commandes", "commande"), ("achat", "achat"),
                          ("achats", "achat"), ("panier", "commande"))},
}

# A score given to something ('ont mis 1 ou 2 à un ticket', 'donné 5/5 au SAV'; 'donné' reads lang_en's 'gave'): the
# verbs that give it, and the catalog's verb of a rating (lang_en.SCORE_VERBS, modifiers.given_scores).
SCORE_VERBS = frozenset({"gave", "mis", "mise", "mises", "attribue", "attribuee", "attribues", "attribuees"})
RATING_VERB = "note"

# 'depuis' ending its clause is 'since then' ('mais plus depuis.', 'ni acheté en magasin depuis'); the 'plus' of
# 'ne ... plus' right before it is its negation ('no longer since then').
SINCE_THEN = frozenset({"depuis"})
NO_LONGER = frozenset({"plus"})

# Words that coordinate two values ('niveau Or ou Argent': the second shares the first one's head word).
COORDINATORS = frozenset({"ou", "et", ",", "/"})

# A value in its feminine form used as a noun ('les Canadiennes', 'des Françaises', a bullet '- Françaises, 30-45 ans')
# names women: the word the catalog reads as women, and the words after which a word is a noun.
FEMALE_WORD = "femmes"
NOUN_OPENERS = frozenset({"les", "des", "toutes", "aux", "ces", "nos", "vos", "leurs", ",", ":", ";", "(", "-"})
# A feminine form of the people's noun ('clientes', 'adhérentes', 'acheteuses', 'utilisatrices', 'abonnées') names
# the women among them: its endings as typed, and the masculine's ('membres' has none: its masculine ends in 'e').
FEMININE_ENDINGS = (("euses", "eurs"), ("euse", "eur"), ("trices", "teurs"), ("trice", "teur"), ("es", "s"), ("e", ""))
# ... of those, an agent noun's: the feminine of the doers of a behaviour ('acheteuses', 'visiteuses') names women too
AGENT_FEMININE_ENDINGS = frozenset({"euses", "euse", "trices", "trice"})

# Words that open a clause ('clients non VIP ayant commandé'): a catalog phrase they lead ('ayant acheté') is read
# without them, so the clause still splits there.
CLAUSE_OPENERS = frozenset({"ayant", "qui"})

# Words before a place that a qualifier may leave out: 'dans nos magasins' also reads 'magasins' (weakly, only
# when nothing else fits). Folded, after elisions ('à' is 'a', "l'" is 'le').
LEADING_WORDS = frozenset({"en", "dans", "sur", "a", "au", "aux", "chez", "par", "via", "depuis", "le", "la", "les",
                           "un", "une", "des", "du", "de", "nos", "notre", "vos", "votre", "leur", "leurs"})

# '0,5' is a half: a comma between two numbers written together is the decimal separator.
DECIMAL_COMMA = True

# Determiners a catalog phrase may take instead of its own ('ajouté à leur panier' = 'ajouté au panier' is a
# synonym; 'mis dans le panier' also reads 'mis dans leur panier'). Never 'a': that is a folded 'à'.
DETERMINERS = ("le", "la", "les", "un", "une", "des", "nos", "notre", "vos", "votre", "leur", "leurs", "ses", "son",
               "sa", "ce", "cette", "ces")
# Before a place's name, one for another by its gender and number ('résident en France', 'au Canada', 'aux
# Pays-Bas'): a catalog phrase said with two of them reads with each (lexicon._complete_place_prepositions)
PLACE_PREPOSITIONS = ("en", "au", "aux")
# The words a noun follows, never a past participle ('acheteurs de livres', 'un livre'): a word typed without the accent
# of the catalog's participle ('livrés') is the noun there (lexicon.another_word)
NOUN_LEADS = frozenset({*DETERMINERS, "de", "d", "du", "of", "mes", "tes", "ton", "ta", "tout", "tous", "toute", "toutes"})
CODE_LEADS = frozenset({"en", "au", "aux"})     # lang_en.CODE_LEADS: 'CLIENTS EN IT', never 'CLIENTS DE PARIS'
# Words that make a comparison or a ranking about money ('dépensé plus en ligne'): catalog words keep their French.
# What may lead a behaviour said again after its first ('revenus faire un deuxième achat': lang_en.AGAIN_LEADS)
AGAIN_LEADS: tuple[tuple[str, ...], ...] = tuple((come, *then) for come in ("revenus", "revenu", "revenue", "revenues")
                                                 for then in (("faire",), ("pour",)))
# The spend a share is of, in a catalog phrase that keeps its French ('plus de la moitié des dépenses': lang_en.SHARE_WHOLES)
SHARE_WHOLES = frozenset({"depense", "depenses"})
# The words of a total in a catalog phrase that keeps its French ('dépenses totales'): read with the spend they say.
TOTAL_WORDS = frozenset({"total", "totale", "totales", "totaux", "cumule", "cumulee", "cumules", "cumulees"})
SPEND_WORDS = frozenset({"depense", "depenses", "depensent", "depenser", "depensee", "depensees", "depensant", "a depense",
                         "ont depense", "ayant depense", "chiffre", "montant"})

# The latest event of a kind said in a catalog phrase that keeps its French ('dernier achat' is also an indicator's
# name): read as lang_en.LATEST_WORDS beside a window ('dont le dernier achat remonte à plus de 200 jours').
# The articles that say one event ('une commande de plus de 70 €': each order's amount, not the orders' total), as
# typed and inside the catalog's phrases ('passé une commande'), which the rewrite leaves in French.
ONE_EVENT_WORDS = frozenset({"un", "une", "seul", "seule", "unique", "aucun", "aucune"})
# 'entre un achat et le suivant', 'entre une commande et la suivante' (read 'between an achat and the suivant'): the
# next event, after which a mean gap is said (lang_en.SPACING_NEXT)
SPACING_NEXT: tuple[tuple[str, ...], ...] = (("and", "the", "suivant"), ("and", "the", "suivante"),
                                             ("and", "the", "prochain"), ("and", "the", "prochaine"))
LATEST_WORDS: tuple[tuple[str, ...], ...] = (("dernier",), ("derniere",), ("plus", "recent"), ("plus", "recente"))

# 'plus en ligne qu'en magasin': after a comparative, these words read 'than' (elsewhere 'que' is 'that').
# Of the words above, those that say one event wherever the amount is ('300 € sur un seul ticket').
ONE_EVENT_ALONE = frozenset({"seul", "seule", "unique"})
# Nouns for the people who did a behaviour, as typed: a bound right after one is their age ('acheteurs web de moins de
# 30 ans'), never a count of the behaviour
PEOPLE_NOUNS = frozenset({"acheteur", "acheteurs", "acheteuse", "acheteuses", "visiteur", "visiteurs", "visiteuse",
                          "visiteuses", "abonnes", "abonnees", "clients", "clientes", "membres", "adherents"})
# Un mot qui renvoie à un lieu déjà dit ('nos VIP là-bas') : lang_en.PLACE_POINTERS ; les verbes de résidence
# après lesquels il est dit des clients ('qui habitent là-bas')
PLACE_POINTERS = frozenset({"la-bas"})
ABROAD_PLACE = ("pays",)     # 'à l'étranger': a country other than theirs (lang_en.ABROAD_PLACE)
OWN_PLACE_OTHER_WORDS = frozenset({"autre", "autres"})    # 'dans un autre pays que le leur', left as typed
PLACE_POINTER_RESIDENCE = "a"      # 'qui habitent là-bas': 'habitent à' and the place, as the catalog says it
PLACE_POINTER_LEADS = frozenset({"habite", "habitent", "vit", "vivent", "reside", "resident", "residant", "residants",
                                 "reste", "restent", "domicilie", "domicilies", "domiciliee", "domiciliees",
                                 "installe", "installes", "installee", "installees", "bases", "basees", "demeure",
                                 "demeurent"})
# Les noms d'un groupe de clients par ce qu'ils sont (lang_en.GROUP_NOUNS)
GROUP_NOUNS = frozenset({"femmes", "hommes"})
THAN = frozenset({"que", "qu"})
# 'autre(s) ... que' reads 'other than' after the noun between ('un autre sujet que la livraison'), and the nouns that
# read otherwise there ('autre chose que des chaussures': something other than shoes)
OTHER_THAN = (frozenset({"autre", "autres"}), {"chose": "something", "choses": "something"})

# 'ne ... que' restricts ("n'ont acheté qu'une fois" = bought only once): the verb's 'ne' and the 'que' after it that restrict it ("n'ont acheté qu'en ligne"), and the word that keeps the
# restriction when said between them, 'ever' ("n'ont jamais acheté qu'en ligne": only ever online, no negation)
RESTRICTION = (frozenset({"ne", "n"}), frozenset({"que", "qu"}), frozenset({"jamais"}))

# Words of a French request that the detector counts (function words no English request uses).
MARKERS = frozenset("les des qui ont une dans pour avec sans leur leurs derniers dernier dernieres mois cette "
                    "ces aux au du et ou sont ete depuis moins plus fois aucun jamais achete commande clients".split())

# English words French marketing says as its own ('clients premium', 'offre business'): a request that has them is
# no more English for it (language detection).
BORROWED = frozenset("premium business shopping marketing newsletter newsletters outlet bestseller bestsellers "
                     "cashback drive push mail mails email emails web live replay lifestyle streaming podcast "
                     "digital".split())

# Abbreviations whose full stop ends no sentence (as lang_en.ABBREVIATIONS): 'par ex. pour un bon d'achat' is one
# aside, not an aside and a sentence of its own ('bon d'achat' was read as a criterion).
ABBREVIATIONS = frozenset({"ex", "cf", "env", "resp", "dern", "sup", "inf"})    # "sup. à 150 €", "6 dern. mois"

# Words that say every one of a behaviour's events, as this language's read (lang_en.EVERY_EVENT_WORDS): 'toujours'
# reads 'still', which says 'always' only right before a preposition and a value of the behaviour ('toujours depuis un
# smartphone', 'toujours en magasin')
EVERY_EVENT_WORDS: tuple[tuple[str, ...], ...] = (("still",),)
# ... of those, the ones that say it only before a preposition of their own, never before a value's own words: 'toujours
# en attente', 'encore en cours de livraison' are a state still held, not every event
EVERY_EVENT_LINKED = frozenset({("still",)})
# ... and the prepositions a catalog phrase keeps as typed ("que sur l'appli": the app's phrase holds 'sur'), read as
# lang_en.QUALIFIER_PREPOSITIONS there
VALUE_PREPOSITIONS = frozenset({"sur", "en", "dans", "depuis", "via", "par", "chez", "au", "aux"})

# 'depuis' is 'since' before a date and 'from' before a value the catalog names ('depuis un smartphone', 'depuis les
# réseaux sociaux'): read so, before the grammar's rewrite.
FROM_WORDS = {"depuis": "from"}

# What the translator says, in this language.
MESSAGES = {
    # le contrôle de conservation : des mots lus qu'aucun critère ne garde
    "not_kept": "« {phrase} » ({reading}) a été lu mais n'est pas dans l'audience : vérifiez-le.",
    "not_kept_plain": "« {phrase} » a été lu mais n'est pas dans l'audience : vérifiez-le.",
    "every_not_kept": "« {phrase} » (chacun des événements) n'est pas appliqué dans l'audience : vérifiez-le.",
    "or_as_and": "« ou » entre « {a} » et « {b} » n'a pas été appliqué : les deux sont exigés. Reformulez avec « soit ... soit ... » si l'un des deux suffit.",
    "ranked_first": "Les {n} premiers sont classés parmi les clients retenus par les critères, avant que les exclusions n'en retirent (vérifiez que c'est bien ce que vous vouliez).",
    "cannot_both": "Aucun client ne peut être « {first} » et « {second} » à la fois : lequel vouliez-vous dire ?",
    "either": "soit {first}, soit {second}",
    "contradiction": "« {a} » et « {b} » ne peuvent pas être vrais ensemble : aucun client ne correspondrait. Lequel vouliez-vous dire ?",
    "leave_out": "laisser de côté",
    "said_between": "« {phrase} » : « {middle} » est-il dit des deux, ou de « {first} » seulement ?",
    "either_way": "« {phrase} » : « {value} » n'y change rien, donc le laisser de côté (clients {value} ou non), ou "
                  "vouliez-vous dire {value} seulement ?",
    "only": "{value} seulement",
    "unknown": "« {phrase} » ne correspond à rien dans le catalogue : laissez-le de côté, ou reformulez.",
    "unknown_choices": "« {phrase} » ne correspond à rien dans le catalogue. Vouliez-vous dire l'un de ces termes, "
                       "ou faut-il le laisser de côté ?",
    "two_readings": "« {phrase} » peut se lire « {a} » ou « {b} » : lequel vouliez-vous dire ?",
    "refine_refused": "Impossible d'appliquer « {instruction} » : dites quoi ajouter, exclure ou retirer, ou quelle "
                      "période prendre, par ex. « exclus aussi les désabonnés » ou « plutôt sur 3 mois ».",
    "model_nothing": "Le modèle n'a rien trouvé dans le catalogue pour cette demande",
    "model_not_understood": " (non compris : {phrases})",
    "model_invalid": "Le modèle n'a pas produit d'audience valide en {n} essais : {error}",
    "model_failed": "{reason}. Rien n'a été enregistré ; réessayez, reformulez, ou utilisez le traducteur hors ligne.",
    "model_could_not_read": "Le modèle n'a pas pu lire {phrases} : {reason}",
    "vague_window": "« {phrase} » peut désigner plusieurs périodes : laquelle ?",
    "nothing": ("Rien dans cette demande ne correspond au catalogue{unknown}. Nommez des attributs, "
                       "comportements ou termes que le catalogue connaît : voir la page Catalog ou "
                       "`audience catalog show`."),
    "not_understood": " (non compris : {phrases})",
    "task_refused": ("« {verb} » demande autre chose qu'une audience : cet outil construit des audiences ; il ne "
                     "peut pas {task}. Décrivez plutôt qui vous voulez toucher, et l'audience pourra être construite, "
                     "par exemple « clients VIP ayant acheté en magasin ces 6 derniers mois »."),
}

# 'écris-moi une liste de ...', 'envoie-moi la liste des ...': the task is the audience itself (offline/other_tasks.py)
LISTS = frozenset({"liste", "list", "audience", "segment", "selection", "cible", "requete", "ciblage"})

# Tasks this tool does not do, named in the refusal (offline/other_tasks.py), as lang_en.TASK_VERBS: infinitives and
# imperatives; a behaviour's past participle ('clients désinscrits') is no task.
TASK_NAMES = {
    "export": "exporter, transmettre ni publier de données personnelles (noms, e-mails, numéros de téléphone, "
              "adresses), ni charger de listes dans d'autres outils",
    "send": "envoyer, programmer, lancer ni mettre en pause des messages ou des campagnes",
    "change": "modifier ni supprimer les données clients du CRM (abonnements, statuts, points, codes promo, mots de "
              "passe, fiches) ni découper des listes",
    "write": "écrire, rédiger, traduire ni résumer de textes (objets d'e-mail, messages, SMS)",
    "report": "calculer de rapports ni de chiffres (chiffre d'affaires, taux, unités vendues, répartitions)",
    "guess": "deviner des caractéristiques personnelles comme l'origine ethnique à partir des noms ou d'autres données, "
             "ni construire une liste sur une telle supposition",
    "vulnerable": "cibler des personnes pour une faiblesse supposée (santé, moral, deuil, solitude ou difficultés "
                  "d'argent) afin de leur pousser des offres",
    "terms": "décider des conditions, des prix ni des services accordés aux clients (retirer un avantage, refuser un "
             "moyen de paiement, faire payer plus certains) : une audience sert à toucher des clients, jamais à en "
             "traiter certains moins bien",
}


def _forms(*verbs: str) -> tuple[str, ...]:
    """A verb's infinitive and imperatives ('exporter': 'exporte', 'exportez'), from its infinitive in -er."""
    return tuple(f for v in verbs for f in (v, v[:-1], v[:-1] + "z"))


TASK_VERBS = {
    # ('publie leurs noms sur notre page Facebook': personal data made public, the worst of hand-overs)
    **dict.fromkeys(_forms("vendre", "revendre", "louer") + ("vend", "revend", "vendons", "revendons", "vendez",
                                                            "revendez", "vendent", "revendent"), "export"),
    **dict.fromkeys(_forms("coller", "copier"), "export"),      # ('colle les e-mails et numéros ... dans ce canal')
    **dict.fromkeys(_forms("exporter", "telecharger", "transferer", "partager", "synchroniser", "publier", "diffuser")
                    + ("extraire", "extrais", "extrayez", "transmettre", "transmets", "transmettez"), "export"),
    **dict.fromkeys(_forms("planifier", "reprogrammer", "annuler", "desactiver", "envoyer", "renvoyer")
                    + ("suspendre", "suspends", "suspendez", "envoie", "renvoie"), "send"),
    **dict.fromkeys(_forms("desabonner", "reabonner", "abonner", "fusionner", "dedoublonner", "generer",
                           "reinitialiser", "crediter", "debiter", "attribuer", "cloturer", "archiver", "reactiver",
                           "supprimer", "effacer", "modifier", "changer", "surclasser", "retrograder", "basculer",
                           "upgrader")
                    + ("desinscrire", "desinscris", "desinscrivez", "reinscrire", "reinscris", "reinscrivez"), "change"),
    **dict.fromkeys(_forms("rediger", "resumer", "composer")
                    + ("ecrire", "ecris", "ecrivez", "traduire", "traduis", "traduisez"), "write"),
}
# Also a noun or another word ('programme fidélité', 'marque', 'coupe', 'passé'): a task only before what it acts on
# ('Programme l'e-mail ...', 'Passe en « clôturé » tous les tickets', 'Coupe nos opt-in SMS en deux').
TASK_VERBS_BEFORE_OBJECT = {
    **dict.fromkeys(_forms("charger"), "export"),
    **dict.fromkeys(_forms("programmer", "lancer", "arreter", "activer"), "send"),
    **dict.fromkeys(_forms("marquer", "passer", "repasser", "couper", "diviser", "taguer"), "change"),
}
TASK_PHRASES: dict[tuple[str, ...], str] = {
    **{(verb, "en", "pause"): "send" for verb in ("mettre", "mets", "mettez")},
    **{(verb, "a", "jour"): "change" for verb in ("mettre", "mets", "mettez")},
    # mettre les clients nommés dans une liste du CRM ('mettez-les dans la liste repoussoir'), lang_en 'add them to'
    **{(verb, into, det, "liste"): "change" for verb in ("mettre", "mets", "mettez", "ajouter", "ajoute", "ajoutez")
       for into in ("dans", "sur", "a") for det in ("la", "une", "notre", "nos", "les")},
}
# A past participle as typed is a behaviour or a state, never the order ('Passé en caisse ce mois-ci', 'désabonné').
TASK_PAST_ENDINGS = ("é", "ée", "és", "ées")
VULNERABLE_WORDS = frozenset({"deprime", "deprimes", "deprimee", "deprimees", "depressif", "depressifs", "depressive",
                              "depressives", "depression", "insomniaque", "insomniaques", "insomnie", "vulnerable",
                              "vulnerables", "desespere", "desesperes", "desesperee", "desesperees",
                              "endeuille", "endeuilles", "endeuillee", "endeuillees", "anxieux", "anxieuse", "anxieuses",
                              "credule", "credules", "naifs", "naives"})
VULNERABLE_GUARDS = frozenset({"exclure", "exclus", "excluez", "excluant", "sauf", "hors", "pas", "sans", "jamais",
                               "retirer", "retire", "proteger", "eviter", "evite", "except", "excluding", "not"})
# ('on revend leurs données à des partenaires', 'on va la louer à un courtier', 'on l'a vendue': lang_en.SALE_VERBS)
SALE_VERBS = frozenset({f"{re}{stem}{end}" for re in ("", "re") for stem, ends in (
    ("vend", ("re", "", "s", "ons", "ez", "ent", "u", "us", "ue", "ues", "ra", "rons", "ront", "rait", "ait")),
    ("lou", ("er", "e", "es", "ons", "ez", "ent", "ee", "ees", "era", "erons")),
    ("ced", ("er", "e", "es", "ons", "ez", "ent", "ee", "ees", "era", "erons")),
    ("monetis", ("er", "e", "ons", "ez", "ent", "ee", "ees"))) for end in ends})
SALE_OBJECTS = frozenset({"donnees", "fichier", "fichiers", "liste", "listes", "coordonnees", "emails", "e-mails",
                          "mails", "adresses", "numeros", "contacts", "base", "profils", "segment", "audience", "leads"})
SALE_PRONOUNS: frozenset[str] = frozenset()
SALE_PRONOUN_ENDS: frozenset[str] = frozenset()
SALE_PRONOUNS_BEFORE = frozenset({"la", "le", "les"})      # 'on la revend'; 'on l'a vendue' (an elided object)
# ... before the verb's auxiliary or modal ('on les a vendues', 'on va la louer' says it right before the infinitive)
SALE_AUXILIARIES = frozenset({"a", "ont", "avons", "avez", "avait", "avaient"})
SALE_DENIALS = frozenset({"ne", "n", "pas", "jamais", "aucun", "aucune", "ni", "not", "never"})
GUESS_VERBS = frozenset({"deviner", "devine", "devinez", "deduire", "deduis", "deduisez", "guess", "infer"})
# ('un nom de famille à consonance étrangère', 'des prénoms exotiques': lang_en.NAME_JUDGEMENTS)
NAME_NOUNS = frozenset({"nom", "noms", "prenom", "prenoms", "patronyme", "patronymes"})
NAME_JUDGEMENTS = frozenset({"consonance", "etranger", "etrangere", "etrangers", "etrangeres", "exotique", "exotiques",
                             "ethnique", "ethniques", "imprononcable", "imprononcables"})
# 'leur retirer les retours gratuits', 'retire-leur la garantie', 'les priver du paiement en 4 fois' (lang_en)
TERMS_VERBS = frozenset({"retirer", "retire", "retirez", "retirons", "enlever", "enleve", "enlevez", "enlevons",
                         "supprimer", "supprime", "supprimez", "supprimons", "refuser", "refuse", "refusez", "refusons",
                         "priver", "prive", "privez", "privons", "couper", "coupe", "coupez", "coupons", "facturer",
                         "facture", "facturez", "facturons", "surtaxer"})
# ('on va discrètement leur afficher des prix plus élevés', lang_en.TERMS_GIVING_VERBS, TERMS_WORSE)
TERMS_GIVING_VERBS = frozenset({"afficher", "affiche", "affichez", "affichons", "montrer", "montre", "montrez",
                                "proposer", "propose", "proposez", "appliquer", "applique", "appliquez"})
TERMS_WORSE = frozenset({"eleves", "eleve", "elevee", "elevees", "majores", "majore", "majoree", "majorees", "gonfles",
                         "gonfle", "hausse", "chers", "cher"})
TERMS_PRONOUNS_BEFORE = frozenset({"leur", "les", "lui"})      # before the verb; attached after it
TERMS_PRONOUNS_AFTER = frozenset({"-leur", "-les", "-lui"})
TERMS_STOPS = frozenset({",", ";", ".", ":", "?", "!", "si", "s'ils", "s'il", "qui", "quand", "car", "parce", "depuis",
                         "dont", "sauf"})
TERMS_NOUNS = frozenset({"politique", "retours", "retour", "avantage", "avantages", "garantie", "garanties", "prix",
                         "tarif", "tarifs", "tarification", "conditions", "credit", "paiement", "paiements", "service",
                         "services", "assurance", "remboursement", "remboursements", "frais", "pret", "prets"})
TASK_OBJECTS = frozenset({"tous", "toutes", "tout", "le", "la", "les", "l'", "ces", "nos", "notre", "mes", "ma", "mon",
                          "ceux", "celles", "chaque", "un", "une", "des", "en", "au", "aux", "leur", "leurs"})
TASK_OPENINGS = frozenset({"merci", "de", "d'", "stp", "svp", "peux-tu", "pouvez-vous", "pourrais-tu", "pourriez-vous",
                           "peux", "pouvez", "pourrais", "pourriez", "tu", "vous", "me", "m'", "nous", "moi", "je",
                           "j'", "voudrais", "veux", "aimerais", "bonjour", "salut", ",", "est-ce", "que", "qu'",
                           "il", "faut", "faudrait", "please", "bien", "vouloir", "rapidement", "et"})
TASK_CLAUSE_BREAKS = frozenset({"et", "puis", "pis", "ensuite", ",", ";", ".", "?", "!", ":", "-", "–", "—"})
TASK_BARE_BREAKS = frozenset({":", "-", "–", "—"})
TASK_PURPOSE_SUBJECTS = frozenset({"on", "nous", "je", "j'"})    # after one of those: what the list is for, no order
TASK_PURPOSE_LEADS = frozenset({"pour", "afin"})     # lang_en.TASK_PURPOSE_LEADS ('..., pour leur envoyer ...')
# lang_en.PURPOSE_DOINGS: what we are doing with the list, after a break (': on teste une offre jeunes actifs', '- on
# organise une soirée VIP', ', pour leur envoyer l'e-mail Black Friday'), as the rewrite reads it ('on', 'nous' -> 'we',
# 'pour' -> 'for', 'leur' -> 'their'; the verb as typed, folded)
PURPOSE_DOINGS: tuple[tuple[str, ...], ...] = tuple(("we", verb) for verb in (
    "teste", "testons", "prepare", "preparons", "organise", "organisons", "lance", "lancons", "ouvre", "ouvrons",
    "monte", "montons", "planifie", "planifions", "pilote", "pilotons", "essaie", "essayons", "inaugure", "inaugurons")) \
    + tuple((*lead, *pronoun, verb) for lead in (("for",), ("afin", "of")) for pronoun in ((), ("their",), ("the",), ("them",))
            for verb in ("envoyer", "adresser", "proposer", "offrir", "inviter", "remercier", "recompenser", "contacter",
                         "relancer", "cibler", "toucher", "ecrire", "appeler", "annoncer", "presenter", "rappeler",
                         "reactiver", "fideliser", "souhaiter", "pousser", "mailer", "texter"))
TASK_ELISIONS = ("m'", "l'", "d'", "j'", "qu'", "n'", "s'", "t'")
TASK_OBJECT_ELISIONS = ("l'",)     # 'l'exporter': the pronoun names what the verb acts on
TASK_PRONOUN_SUFFIXES = ("-moi", "-nous", "-la", "-le", "-les", "-leur", "-lui", "-en", "-y")
# Whom a task is done for, not what it acts on ('envoie-moi la liste des VIP', 'sors-nous les clients ...'): the
# marketer receiving the audience asks for the audience
TASK_RECIPIENTS = frozenset({"moi", "nous", "me", "m'", "-moi", "-nous"})
# A figure asked for ('Quel a été notre CA en ligne par pays', 'Combien d'unités Lego a-t-on vendues', 'donne moi le
# taux d'ouverture moyen par campagne'), as lang_en.REPORT_OPENINGS.
REPORT_OPENINGS = frozenset({"quel", "quelle", "quels", "quelles", "combien", "donne", "donnez", "donner", "sors",
                             "sortez", "sortir", "calcule", "calculez", "calculer", "fais", "faites", "faire",
                             "prepare", "preparez", "preparer", "montre", "montrez", "montrer", "dis", "dites",
                             "dire", "trace", "tracez", "tracer", "what", "how", "give"})
REPORT_NOUNS = frozenset({"chiffre", "taux", "unites", "rapport", "camembert", "graphique", "tableau", "repartition",
                          "bilan", "reporting", "kpi", "kpis", "marge", "marges", "revenue"})
TYPED_REPORT_NOUNS = frozenset({"CA", "C.A."})
CONTACT_NOUNS = frozenset({"adresse", "adresses", "numero", "numeros", "coordonnees", "e-mails", "emails", "mails",
                           "telephones", "portables"})
CONTACT_LEADS = frozenset({("avec", "leurs"), ("et", "leurs"), ("plus", "leurs")})     # lang_en.CONTACT_LEADS
CONTACT_LIST_ENDS = frozenset({"et", ",", "-", "–", "—", ".", ";", ":", "(", "/", "&", "+", "?", "!"})
# Said after an export's verb, contact details ('exporte prénom, nom et numéro de portable de ...').
CONTACT_WORDS = frozenset({"prenom", "prenoms", "nom", "noms", "e-mail", "email", "mail", "portable", "telephone",
                           "tel", "adresse", "numero"})
# lang_en.CONTACT_SHOW_VERBS ('Liste des noms et numéros de mobile des ...', 'sors-moi leurs e-mails')
CONTACT_SHOW_VERBS = frozenset({"liste", "lister", "listez", "affiche", "afficher", "affichez", "donne", "donner",
                                "donnez", "sors", "sortir", "sortez", "montre", "montrer", "montrez", "envoie", "envoyer",
                                "envoyez"})
CONTACT_OWNERS = frozenset({"de", "des", "du", "d'", "pour"})
EXPORT_NOUNS = frozenset({"export", "extraction", "extract", "excel", "csv", "fichier", "tableur", "xlsx"})
EXPORT_HOLDING = frozenset({"avec", "contenant", "comprenant", "incluant", ":"})
TASK_PEOPLE = frozenset({"clients", "client", "clientes", "cliente", "membres", "membre", "personnes", "acheteurs",
                         "acheteuses", "abonnes", "abonnees", "ceux", "celles", "qui", "dont", "avec", "ayant",
                         "liste", "audience", "segment", "vip", "vips", "femmes", "hommes", "gens", "quelqu'un"})

# How a request is framed (offline/frames.py, as lang_en's): the words that ask for the list, read as one politeness
# word and shown as ignored, never a criterion ('je cherche' is not a web search). Folded, after elisions ('j'aimerais'
# is 'je aimerais'). An opener [a pronoun] [a verb]: 'tu peux me sortir', 'est-ce que je pourrais avoir', 'merci de
# construire'; 'faut' and 'il faudrait' only at a clause's opening ('faut tous nos membres silver ...').
_WHO = ("tu", "vous", "je", "on", "nous", "quelqu'un", "qqn")     # 'qqn peut me sortir ...': someone asked
_ASKS = ("peux", "pourrais", "pouvez", "pourriez", "peut", "pourrait", "pourrions", "pouvons",
         # 'est-ce que vous savez me sortir ...', 'tu saurais me trouver ...': knowing how, asked as being able
         "sais", "sait", "savez", "savons", "saurais", "saurait", "sauriez", "saurions")
REQUEST_OPENERS: tuple[tuple[str, ...], ...] = (
    *((who, ask) for who in _WHO for ask in _ASKS),
    *(("est-ce", "que", who, ask) for who in _WHO for ask in _ASKS),
    ("peux-tu",), ("pouvez-vous",), ("pourrais-tu",), ("pourriez-vous",), ("peut-on",), ("pourrait-on",),
    ("sais-tu",), ("savez-vous",), ("saurais-tu",), ("sauriez-vous",),
    # 'serait-il possible d'avoir ...', 'est-il possible de sortir ...'
    *((ask, "possible", "de") for ask in ("serait-il", "est-il", "serait-ce", "est-ce")),
    *((who, want) for who in ("je", "on", "nous") for want in ("voudrais", "voudrait", "voudrions", "veux", "veut",
                                                              "voulons", "aimerais", "aimerait", "aimerions",
                                                              "souhaite", "souhaiterais", "souhaiterait",
                                                              "souhaitons", "cherche", "cherchons", "recherche",
                                                              "recherchons")),
    ("il", "me", "faudrait"), ("il", "nous", "faudrait"), ("merci", "de"), ("merci", "de", "bien", "vouloir"),
    ("me", "faudrait"), ("nous", "faudrait"),     # Quebec, colloquial: 'Me faudrait les clients ...'
    # 'besoin de', and 'besoin des VIP' (de + les): the article goes with the frame, it restricts nothing
    # 'ce serait possible d'avoir ...', "c'est faisable de sortir ..."
    *((who, verb, adj, "de") for who in ("ce", "ca") for verb in ("serait", "est") for adj in ("possible", "faisable")),
    *((*who, "besoin", of) for who in (("je", "ai"), ("on", "a"), ("nous", "avons"), ("je", "aurais"), ("on", "aurait"),
                                        ("nous", "aurions")) for of in ("de", "des", "du")),
)
REQUEST_OPENERS_AT_START: tuple[tuple[str, ...], ...] = (("faut",), ("faudrait",), ("il", "faut"), ("il", "faudrait"),
                                                         ("besoin", "de"), ("besoin", "des"), ("besoin", "du"),
                                                         ("possible", "de"),
                                                         ("savoir",))     # Belgium: 'Savoir me sortir les ... ?'

REQUEST_PRONOUNS: tuple[tuple[str, ...], ...] = (("me",), ("nous",), ("moi",))
REQUEST_VERBS: tuple[tuple[str, ...], ...] = tuple((v,) for v in (
    "sortir", "avoir", "extraire", "trouver", "donner", "construire", "creer", "preparer", "lister", "recuperer",
    "generer", "monter", "isoler", "obtenir", "faire", "identifier", "selectionner", "cibler", "retrouver",
    "filer", "choper", "degoter",       # familiar: 'tu peux me filer les VIP'
    # what the list is for, said as the verb ('on veut remercier ceux qui ...', Quebec 'on voudrait rejoindre les
    # clients qui ...'): whom to reach, the rest says who
    "rejoindre", "joindre", "toucher", "remercier", "recompenser", "feliciter", "inviter", "viser", "atteindre",
    "relancer", "reactiver", "fideliser", "chouchouter", "gater")) + tuple(
    # 'vous pourriez m'aider à trouver ...': helping to find, asked as finding
    ("aider", "a", v) for v in ("sortir", "trouver", "extraire", "construire", "identifier", "obtenir", "avoir"))
# An infinitive after a request's opener that is no verb of REQUEST_VERBS ('tu peux passer en gold les ...') asks for
# another task: the opener is then no politeness, and is asked about.
INFINITIVE_ENDINGS = ("er", "ir", "re")

# Verbs that lead another and add nothing a catalog can check ('ont fini par acheter', 'sont revenus acheter': bought,
# as 'racheté' is): before a behaviour said in the infinitive (the endings of its first word, offline/lexicon.py),
# read as that behaviour. As lang_en.LEAD_VERBS.
LEAD_VERBS: dict[tuple[str, ...], tuple[str, ...]] = {
    **{(f"fini{e}", "par"): INFINITIVE_ENDINGS for e in ("", "s", "e", "es")},
    **{(f"revenu{e}",): INFINITIVE_ENDINGS for e in ("", "s", "e", "es")},
}
# Said before a request (they stay filler words of their own): a frame after them still opens the request.
GREETINGS = frozenset({"bonjour", "salut", "coucou", "hello", "hi", "hey", "merci", "stp", "svp", "bonsoir", "allo",
                       "adieu"})      # Switzerland: 'Adieu !' says hello (Vaud, Valais)
# At a clause's opening, an imperative to remove what follows ('Enlève tous ceux qui ...', 'On enlève les mineurs',
# '• exclure les VIP'): read as lang_en's exclusion marker. Never elsewhere, and never a form spelt like a participle
# once folded ('- retiré en magasin' was collected there, '- exclus des campagnes' is a state): 'enlève' alone
# keeps its bare form, typed as a participle ('enlevé') it is none (PARTICIPLE_ENDINGS, as typed).
EXCLUDE_IMPERATIVES: tuple[tuple[str, ...], ...] = tuple((v,) for v in (
    "enleve", "enlevez", "enlever", "retirez", "retirer", "excluez", "exclure", "otez", "oter", "virez", "virer",
    "ecartez", "ecarter",
    # the present after 'on' and the first person plural ('On retire tous ceux qui ...', 'excluons les VIP')
    "retire", "exclut", "exclus", "ote", "vire", "ecarte", "enlevons", "retirons", "excluons", "otons", "ecartons"))
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
PARTICIPLE_ENDINGS_FOLDED = ("e", "es", "u", "ue", "us", "ues", "is", "ise", "ises", "it", "ite", "its", "ites",
                             "ert", "erte", "erts", "ertes")     # (as the rewrite reads words: accents folded)
EXCLUDE_LEADS: tuple[tuple[str, ...], ...] = (("on",), ("et",), ("mais",), ("puis",), ("aussi",), ("et", "on"),
                                              ("merci", "de"), ("il", "faut"), ("faut",),
                                              # 'Ensuite on retire ceux qui ...', 'puis on enlève', 'enfin on exclut'
                                              *((then, *we) for then in ("ensuite", "enfin", "apres") for we in ((), ("on",))),
                                              ("puis", "on"), ("et", "puis", "on"))
# A label and its colon opening a line of a brief ('Exclusions : la liste repoussoir + ...', 'À exclure :'): what it
# lists is removed (as lang_en's).
EXCLUDE_LABELS: tuple[tuple[str, ...], ...] = (("exclusions",), ("exclusion",), ("a", "exclure"), ("exclure",),
                                               ("sauf",), ("hors",))
# Shorthands a brief types ('ajouté qqch à leur wishlist', 'clients s/ parrainage'): read as the canonical word.
SHORTHANDS: dict[tuple[str, ...], str] = {
    ("qqch",): "something", ("qqc",): "something", ("qqn",): "someone", ("qq",): "a few", ("qd",): "quand",
    # a noun cut short, read as the French the catalog says ('n° de portable', 'cust avec une commande')
    ("n°",): "numero", ("cust",): "clients", ("custs",): "clients", ("clts",): "clients", ("nbr",): "nombre",
    ("msg",): "message", ("msgs",): "messages", ("anniv",): "anniversaire", ("en", "mag"): "en magasin",
    ("excl",): "hors", ("~",): "environ", ("pts",): "points", ("pt",): "point",
    ("+", "de"): "plus de",     # '+ de 2000 points': more than, never '2000+' ('- de' is a bullet's dash as often)
    # the newsletter by its initials after an article ('ouvert la NL', 'inscrits à la NL'); 'NL' alone is the
    # Netherlands' code
    # the customers the line before names ('mails en bounce ce trimestre -> les clients concernés'): the customers
    **{(who, said): who for who in ("clients", "clientes") for said in ("concernes", "concernees", "en question")},
    ("la", "nl"): "newsletter", ("une", "nl"): "newsletter", ("notre", "nl"): "newsletter",
    ("bjr",): "bonjour", ("slt",): "salut", ("mrc",): "merci", ("mci",): "merci", ("cdlt",): "cordialement",
    # whom a greeting is said to ('Salut l'équipe', 'Bonjour à tous'): lang_en's vocatives, after a greeting only
    ("le", "equipe"): "team", ("la", "team"): "team", ("a", "tous"): "all", ("a", "toutes"): "all",
    # a chat's 'customers' and 'number' cut short ('cli VIP de Lyon', 'nb de commandes')
    ("cli",): "clients", ("nb",): "nombre",
    # politeness and haste said in words ("s'il te plaît", "merci d'avance", 'au plus vite'): shown as ignored
    ("se", "il", "te", "plait"): "please", ("se", "il", "vous", "plait"): "please", ("merci", "de", "avance"): "thanks",
    ("de", "avance", "merci"): "thanks", ("au", "plus", "vite"): "asap", ("le", "plus", "vite", "possible"): "asap",
    ("des", "que", "possible"): "asap",       # '~500 €': approximately, asked as 'environ' is (never dropped)
    # the words of a quick note ('ds les 30j', 'tjs actifs', 'jms acheté'), read as the words they stand for
    ("ds",): "dans", ("pr",): "pour", ("avc",): "avec", ("tjs",): "toujours", ("tjrs",): "toujours", ("jms",): "jamais",
    ("dps",): "depuis", ("pdt",): "pendant", ("bcp",): "beaucoup", ("qlq",): "quelques", ("qqs",): "quelques",
    ("tt",): "tout", ("ts",): "tous", ("ttes",): "toutes", ("dern",): "derniers",     # 'les 6 dern. mois'
    ("ki",): "qui",      # 'les clients ki ont acheté'

    # what follows says the same again ('c-à-d qu'ils ont moins dépensé'): lang_en's 'that is', an aside's starter
    **dict.fromkeys([("c-a-d",), ("c'est-a-dire",), ("ce", "est-a-dire"), ("c", "-", "a-d"), ("a", "savoir")],
                    "that is"),
    # a comparison cut short ('panier moyen sup. à 150 €', '2 commandes mini')
    ("sup",): "superieur", ("inf",): "inferieur", ("mini",): "minimum", ("maxi",): "maximum",
    # every channel of a behaviour ('8 messages ce mois-ci, tous canaux confondus'): lang_en's 'any channel', which
    # restricts nothing ('les deux canaux' of buying is the catalog's omnichannel; of messages it stays asked)
    **{(*lead, "canaux", *tail): "any canal" for lead in (("tous",), ("tous", "les"), ("sur", "tous", "les"))
       for tail in ((), ("confondus",))},
    # a list's 'and the like' ('une marketplace (Amazon & co)'): the examples' etc
    ("&", "co"): "etc", ("et", "co"): "etc", ("&", "cie"): "etc", ("et", "cie"): "etc", ("et", "autres"): "etc",
    # the period to date, said in English as French briefs do ('CA YTD'): this calendar year (month ...) so far
    **{(short,): f"this {unit}" for short, unit in (("ytd", "year"), ("qtd", "quarter"), ("mtd", "month"),
                                                    ("wtd", "week"))},
    ("ltm",): "last 12 months", ("ttm",): "last 12 months",      # the last (trailing) twelve months; 'L12M' in text.py
    # a restriction said as an order to keep ('et de ne garder que ceux qui ont consenti', 'on ne garde que les VIP'):
    # 'uniquement', as said without it
    **{(*lead, "ne", verb, "que"): "uniquement" for lead in ((), ("on",), ("de",))
       for verb in ("garder", "garde", "gardez", "gardons", "conserver", "conserve", "retenir", "retient")},
    **{(verb, said): "uniquement" for verb in ("garder", "gardez", "conserver") for said in ("uniquement", "seulement")},
}
# Of those, the ones typed in capitals ('YTD', 'N°'); any other typed so is a name ('une DS', 'TT'), never a shorthand.
CAPITAL_SHORTHANDS = frozenset({("ytd",), ("qtd",), ("mtd",), ("wtd",), ("ltm",), ("ttm",), ("n°",)})
# Slang verbs of spending (as lang_en's), folded: right before an amount (AMOUNT_LEADS between them: 'claqué plus de
# 500 €', 'lâché 300 balles') they read 'spent'; elsewhere they stay as they are ('claqué la porte').
SPEND_SLANG: tuple[tuple[str, ...], ...] = tuple((verb + ending,) for verb in ("claque", "lache", "flambe", "crame")
                                                 for ending in ("", "e", "s", "es"))
AMOUNT_LEADS = frozenset({"plus", "moins", "de", "d", "au", "pres", "environ", "pas", "loin", "quelque", "dans", "les",
                          "entre", "jusque", "a", "$", "€", "£", "+"})
# The words after a number that make it a count of times (as lang_en's): 'claqué 3 fois' is no amount.
COUNT_WORDS = frozenset({"fois"})
# Phrases that say any value of the attribute named next ('peu importe leur niveau de fidélité', 'quel que soit leur
# canal'), as lang_en's: read 'any'.
ANY_PHRASES: tuple[tuple[str, ...], ...] = tuple((*lead, det) for lead in (
    ("peu", "importe"), ("quel", "que", "soit"), ("quelle", "que", "soit"), ("quels", "que", "soient"),
    ("quelles", "que", "soient"), ("independamment", "de")) for det in ("leur", "leurs", "son", "sa", "ses"))
# Phrases that say no condition wherever they are ('reçu un texto à un moment ou à un autre en 2026': in 2026).
FILLER_PHRASES: tuple[tuple[str, ...], ...] = (
    ("a", "un", "moment", "ou", "a", "un", "autre"), ("a", "un", "moment", "donne"), ("a", "un", "moment"), ("en", "fait"),
    ("a", "ce", "jour"), ("jusque", "ici"), ("a", "tout", "moment"), ("jusque", "a", "present"),
    ("dis", "une", "fois"), ("dites", "une", "fois"),      # Belgian: 'Dis une fois, tu peux me sortir ...'
    # '(notre définition habituelle)' after a term: the catalog's own definition (lang_en 'our usual definition')
    *((*det, "definition", kind) for det in ((), ("notre",), ("la",)) for kind in ("habituelle", "standard")),
    # when does not matter ('acheteurs de Lego ET de Djeco (peu importe qd)'): both, at any time
    *((*lead, when) for lead in (("peu", "importe"), ("ne", "importe")) for when in ("quand", "qd")),
    # 'peu importe où ils habitent': where they live restricts nothing (lang_en 'wherever they live')
    *((*lead, "ou", "ils", live) for lead in (("peu", "importe"), ("n", "importe")) for live in (
        "habitent", "vivent", "resident", "sont")),
    ("sans", "exception"), ("sans", "aucune", "exception"),     # 'toutes sans exception': what 'toutes' says
    # an amount with its tax, as the tills and the web shop hold what customers paid ('500 € TTC'; 'HT' is no
    # amount held: asked)
    ("ttc",), ("toutes", "taxes", "comprises"), ("tva", "comprise"), ("tva", "incluse"),
)
# Between a comma and the sentence's end, these say nothing: Belgian '..., une fois' stresses what was said (elsewhere
# 'une fois' is a count, asked); 'peu importe' alone, when.
CLOSING_FILLERS: tuple[tuple[str, ...], ...] = (("une", "fois"), ("peu", "importe"))

# Follow-up instructions that edit a request (refine): 'plutôt sur 3 mois', 'enlève les VIP', 'ajoute les clients
# belges', 'exclus aussi les désabonnés'. Accents optional. 'enlève X' drops the part X when there is one, else
# excludes X.
_VERB = r"(?:s'il\s+te\s+pla[iî]t\s+|svp\s+|stp\s+)?"
REFINE_WINDOW = re.compile(
    r"^\s*(?:et\s+)?(?:plut[oô]t\s+|en\s+fait\s+|finalement\s+)?(?:(?:passe|passer|passez|mets|mettre|mettez|change|"
    r"changer|changez|prends|prendre|prenez)(?:\s+(?:la\s+)?p[ée]riode)?\s*(?:[àa]|sur|en)?\s+|sur\s+|en\s+|au\s+cours\s+)?"
    r"(?:les\s+|des\s+)?(?P<n>\d+)\s+(?:derni[eè]re?s?\s+)?(?P<unit>jours?|semaines?|mois|ans?|ann[ée]es?)"
    r"(?:\s+derni[eè]re?s?)?(?:\s+plut[oô]t)?(?:\s+au\s+lieu\s+d.*)?\s*$", re.I)
REFINE_DROP = re.compile(
    r"^\s*" + _VERB + r"(?:enl[eè]ve|enlever|enlevez|retire|retirer|retirez|supprime|supprimer|supprimez|oublie|oublier|"
    r"oubliez|ignore|ignorer|ignorez|laisse\s+tomber|laisser\s+tomber|laissez\s+tomber)\s+(?:le\s+crit[eè]re\s+|la\s+condition\s+|le\s+filtre\s+)?(?:sur\s+)?"
    r"(?:les\s+|le\s+|la\s+|l')?(?P<what>.+?)\s*$", re.I)
REFINE_EXCLUDE = re.compile(
    r"^\s*(?:et\s+)?(?:aussi\s+)?" + _VERB + r"(?:exclus|exclure|excluez|exclue|sauf|hors|sans|mais\s+pas|pas|"
    r"enl[eè]ve|enlever|enlevez|retire|retirer|retirez|laisse\s+tomber|laissez\s+tomber)\s+(?:aussi\s+)?(?P<rest>.+)$", re.I)
REFINE_ONLY = re.compile(
    r"^\s*(?:et\s+)?" + _VERB + r"(?P<verb>seulement|uniquement|que|juste|aussi|plus|ajoute|ajouter|ajoutez|avec|garde|"
    r"garder|gardez)\s+(?:aussi\s+|seulement\s+|uniquement\s+)?(?P<rest>.+)$", re.I)
REFINE_ADD_VERBS = frozenset({"aussi", "plus", "ajoute", "ajouter", "ajoutez", "avec"})
REFINE_UNITS = {"jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month", "an": "year",
                "ans": "year", "annee": "year", "annees": "year"}
REFINE_WINDOW_TEXT = "au cours des {n} derniers {unit}"
REFINE_AND_NOT, REFINE_BUT_EXCLUDE = " et pas ", ", sauf "

# What a vague time word may mean ('récemment').
VAGUE_WINDOW_READINGS = ("au cours des 30 derniers jours", "au cours des 90 derniers jours", "au cours des 6 derniers mois")
VAGUE_AHEAD_READINGS = ("dans les 30 prochains jours", "dans les 90 prochains jours", "dans les 6 prochains mois")


@functools.cache
def _spelt() -> frozenset[str]:
    from spellchecker import SpellChecker  # French word frequencies; loaded once, on first use
    return frozenset(SpellChecker(language="fr", distance=1).word_frequency.dictionary)


@functools.cache
def _dictionary() -> frozenset[str]:
    return frozenset("".join(ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch)) for w in _spelt())


@functools.cache
def _canonical() -> frozenset[str]:
    """The canonical words this module rewrites French into ('except', 'months'): words the parser reads."""
    tables = [WORDS, MONTHS, SEASONS, UNITS, NUMBERS, ORDINALS]
    words = {w for table in tables for value in table.values() for w in value.split()}
    return frozenset(words | {w for _, reading in PHRASES for w in reading if not w.startswith("<")})


def is_spelt_word(word: str) -> bool:
    """A French word as spelt, accents kept ('livres' the books and 'livrés' delivered are two): a word typed without
    the catalog's accents may be another word (lexicon.another_word)."""
    return word.lower() in _spelt()


def is_word(word: str) -> bool:
    """An ordinary French word: typo correction never turns it into an English catalog word."""
    return word.lower() in _dictionary()     # folded: the request's words are compared without accents


def is_known(word: str) -> bool:
    """A French word, or a canonical word the rewrite wrote ('except', 'months'): typo correction reads either as
    itself (and spends no time trying otherwise)."""
    return is_word(word) or word.lower() in _canonical()


# -- wording: how a typed condition reads in French (the names and rules of lang_en.WORDING) --------------------
# Labels stay neutral in gender ('achat en magasin pour la première fois', 'âge : au moins 30 ans'): a catalog
# label's gender is not known.

# Les heures de la journée dites d'un comportement ('entre 23 h et 2 h du matin', 'le soir après 20 h') : lues comme
# celles de l'anglais (lang_en.CLOCK_HALVES ... HOUR_CONTEXT, offline/hours_of_day.py), sur les mots tels que tapés
# (avant la réécriture en anglais). 'heures' en toutes lettres n'est une heure que dans un intervalle ('entre 20 heures
# et 22 heures') : 'après 2 heures' est une durée.
CLOCK_HALVES: dict[str, int] = {}
CLOCK_NAMES = {"minuit": 0, "midi": 12}
CLOCK_MARKS = frozenset({"h"})
CLOCK_SPELLED = frozenset({"heure", "heures"})
CLOCK_PARTS: dict[tuple[str, ...], int] = {("du", "matin"): 0, ("de", "la", "nuit"): -1, ("du", "soir"): 12,
                                           ("de", "le", "apres-midi"): 12}
HOUR_OPENS = frozenset({"entre", "de"})
HOUR_JOINS: tuple[tuple[str, ...], ...] = (("et",), ("a",), ("jusque", "a"), ("-",), ("pis",))     # Québec's 'pis': and
HOUR_AFTER: tuple[tuple[str, ...], ...] = (("apres",), ("des",), ("a", "partir", "de"), ("passe",), ("plus", "tard", "que"))
HOUR_BEFORE: tuple[tuple[str, ...], ...] = (("avant",), ("jusque", "a"))
HOUR_ONWARDS: tuple[tuple[str, ...], ...] = (("et", "plus", "tard"),)
HOUR_DURATION_TAILS = frozenset({"apres", "plus", "de", "avant", "suivant", "suivants", "qui"})
HOUR_CONTEXT: tuple[tuple[str, ...], ...] = (("le", "soir"), ("en", "soiree"), ("dans", "la", "soiree"), ("la", "nuit"),
                                             ("le", "matin"), ("le", "apres-midi"), ("tard", "le", "soir"),
                                             ("a", "le", "heure", "du", "dejeuner"), ("a", "le", "heure", "du", "dej"),
                                             ("le", "midi"),
                                             # ... said alone, with its hours beside it ('un dimanche soir (à partir de
                                             # 18 h)'), or a meal's time ('à l'heure du souper (entre 17 h pis 19 h)'):
                                             # the hours are what is read; the word alone is never
                                             ("soir",), ("matin",), ("apres-midi",), ("nuit",), ("soiree",),
                                             *(("a", "le", "heure", "du", meal) for meal in ("souper", "diner", "gouter")))
# ... the hours each part of the day may hold (as lang_en.HOUR_PARTS); 'dîner' and 'déjeuner' are not the same meal
# everywhere (the midday meal in Québec, Belgium and Switzerland): they hold either
_SOIR, _MATIN, _APRES_MIDI, _NUIT, _MIDI = (16, 0), (0, 13), (12, 19), (19, 7), (11, 16)     # '2 h du matin'
HOUR_PARTS: dict[tuple[str, ...], tuple[int, int]] = {
    ("le", "soir"): _SOIR, ("soir",): _SOIR, ("en", "soiree"): _SOIR, ("dans", "la", "soiree"): _SOIR,
    ("soiree",): _SOIR, ("tard", "le", "soir"): _SOIR, ("le", "matin"): _MATIN, ("matin",): _MATIN,
    ("le", "apres-midi"): _APRES_MIDI, ("apres-midi",): _APRES_MIDI, ("la", "nuit"): _NUIT, ("nuit",): _NUIT,
    ("a", "le", "heure", "du", "dejeuner"): (4, 16), ("a", "le", "heure", "du", "dej"): _MIDI, ("le", "midi"): _MIDI,
    ("a", "le", "heure", "du", "souper"): _SOIR, ("a", "le", "heure", "du", "diner"): (11, 0),
    ("a", "le", "heure", "du", "gouter"): (14, 19),
}
HOUR_ONWARDS_IN_BRACKETS: tuple[tuple[str, ...], ...] = ()

WORDING = {
    "label": {
        "value": "{labels}",
        "flag_value": "{flag}[ ({state})] : {labels}[, dernière modification {set_in}]",
        "compare": "{column} : {comparison}",
        "compare.age": "âge : {comparison} ans",
        "compare.year": "nés {comparison}",
        "date": "{column}[ {window}][ en {months}]",
        "date.anniversary": "{column} : anniversaire (toute année) {window}",
        "indicator": "{indicator}[ : {values}][ {comparison}]",
        "list": "sur la liste : {table}",
        "term": "{index}",
        "event": "[les {rank} % qui dépensent le plus : ]{events}{dims}{other_than}{own_place}{measured}[ {first}][ {last}][ ({count} fois)][ ({each} à chaque fois)][ ({average} : {amount})]"
                 "[ {days}][ {months}][ {hours}][ {since}][ {since_set}][{date}][ {window}][ (classés parmi : {among})][ {after}][ {of_latest}][ {running}]",
        "event.days_counted": "[les {rank} % qui dépensent le plus : ]{events}{dims}{other_than}{own_place}{measured}[ {first}][ {last}][ ({count} jours différents)][ ({each} à chaque fois)][ ({average} : {amount})]"
                 "[ {days}][ {months}][ {hours}][ {since}][ {since_set}][{date}][ {window}][ (classés parmi : {among})][ {after}][ {of_latest}][ {running}]",
        "event.over": "{edge} parmi {over} : {events}{dims}{other_than}{own_place}{measured}[ (montant : {amount})][ {days}][ {months}][ {hours}][ {since}][ {since_set}][{date}][ {window}][ {after}]",
        "any_of": "{groups}",
        "any_of.exclusive": "un seul de : {groups}",
        "versus": "{measure} {op} pour {left} que pour {right}",
        "versus.average": "panier moyen {op} pour {left} que pour {right}",
        "versus.within": "part de {left} parmi {right} : {op} que {share} %",
        "versus.share": "{share_of} {left} {op} que {share} % du {share_of} {right}",
        "versus.margin": "{measure} pour {left} {op} d'au moins {margin} que pour {right}",
        "versus.margin_upper": "{measure} pour {left} {op} de {margin} à {margin_upper} que pour {right}",
        "distinct": "{comparison} valeurs de {dimension} différentes : {source}",
        "distinct.same": "{comparison} fois la même valeur de {dimension} : {source}",
        "distinct.per_event": "{comparison} valeurs de {dimension} différentes au sein d'un seul et même événement : {source}",
        # le temps entre les événements d'un comportement : du premier au dernier, ou en moyenne de l'un au suivant
        "spacing.span": "{comparison} {unit} entre le premier et le dernier événement : {source}",
        "spacing.gap": "{comparison} {unit} en moyenne d'un événement au suivant : {source}",
        "known": "{column} : {known}",
        "top": "[les {n} premiers clients][les {percent} % premiers clients][ parmi {among}][ par {measure} : {source}]"
               "[ par {column}][ par {indicator}][, par {per}]",
        "not": "non : {label}",
    },
    "meaning": {
        "value": "{column_name} vaut {values_sql}",
        "flag_value": "{column_name} vaut {labels} et {flag_name} {state_sql}[ ; {set_on_name} {set_in}]",
        "compare": "{column_name} : {comparison}",
        "compare.age": "âge en années révolues au {as_of} (d'après {column_name}) : {comparison} ; un âge inconnu "
                       "ne correspond jamais",
        "compare.year": "année de {column_name} : {comparison} ; une date de naissance inconnue ne correspond jamais",
        "date": "{column_name}[ {window}][ aux mois {months_name}]",
        "date.anniversary": "mois et jour de {column_name}, toute année, {window}",
        "indicator": "indicateur {indicator_name} : [{values}][{comparison}]",
        "list": "présent dans {table_name}",
        "term": "glossaire : {term_meaning}[ Période donnée par la demande : {term_window}.]",
        "event": "{label} ; d'après {sources}",
        "any_of": "l'un de : {groups_meaning}",
        "any_of.exclusive": "un seul de : {groups_meaning}",
        "versus": "{label} (rien d'un côté compte pour 0)",
        "versus.within": "{label} (compté parmi les événements de {right}, sur leur période)",
        "versus.average": "{label} (montant de chaque événement en moyenne ; sans événement d'un côté, le client est exclu)",
        "distinct": "{label}",
        "spacing": "{label} (moins de deux tels événements : exclu)",
        "known": "{column_name} {known}",
        "top": "{label} (classement au {as_of})",
        "not": "{entity} qui ne correspondent pas : {meaning}",
    },
    "edge": {"first": "le premier", "last": "le dernier"},
    "flags": {"event.first": ("", "pour la première fois"), "event.last": ("", "pour la dernière fois"), "event.average": ("montant total", "montant moyen"),
              "known.known": ("non renseigné", "renseigné")},
    "measure": ("{measure} au total", "{measure} en moyenne"),
    "ranked_measure": "{measure} au total",
    # a field of a few values, each in words
    "share_of": {"amount": "montant pour", "count": "nombre de"},
    # un oui/non des lignes du profil (« consentement : e-mail ») : ce que la ligne porte, et la période de sa
    # dernière modification (la colonne de date du oui/non)
    "flag_state": {"True": "", "False": "non", "None": "oui ou non"},
    "flag_state_sql": {"True": "est vrai", "False": "est faux", "None": "est vrai ou faux"},
    "keyed_by": {"versus": "measure", "spacing": "between"},
    "choices": {"versus.measure": {"amount": "montant", "count": "nombre de fois", "average": "panier moyen"},
                "versus.op": {">": "plus élevé", "<": "moins élevé", ">=": "plus élevé ou égal",
                              "<=": "moins élevé ou égal"},
                "top.measure": {"amount": "montant dépensé", "count": "nombre de fois", "average": "panier moyen de", "value": "valeur"}},
    "or": " ou ", "and": " et ", "where": " où ", "sources": " + ",
    "dimension": ", {dimension} {values}",
    "holding": "contenant « {words} » ({count})",
    "other_than": ", {dimension} autre que {values} (ou inconnu)",
    "other_than_known": ", {dimension} autre que {values}",
    "own_place": (", {dimension} autre que leur {column}", ", {dimension} identique à leur {column}"),
    "event_date": ", {date}",        # une autre date de l'événement, celle de la période ('fin de contrat')
    "window": {"last": "au cours des {amount} derniers {unit}", "last.1": "au cours du dernier {unit}",
               "next": "dans les {amount} prochains {unit}", "next.1": "dans le {unit} à venir",
               "between": "du {start} au {end}", "since": "depuis le {start}", "before": "avant le {end}"},
    "units": {"DAY": ("jour", "jours"), "WEEK": ("semaine", "semaines"), "MONTH": ("mois", "mois"), "YEAR": ("an", "ans")},
    # les événements avec (sans) une mesure de leur propre ligne ('tickets notés' : avec une note de satisfaction)
    "measured": (", sans {measure}", ", avec {measure}"),
    # un comportement compté depuis une date du profil du client ('depuis leur inscription')
    "own_amount": " et montant {amount}",   # le montant de ce même événement ('4 unités pour moins de 80 €')
    "since": "depuis leur {column}",
    "since_set": "depuis la dernière modification de ({row})",
    # les heures de la journée d'un comportement (assistant/hours.py)
    "hours": {"between": "entre {start} et {end}", "after": "après {start}", "before": "avant {end}", "or": " ou ",
              "names": ("minuit", *[f"{h} h" for h in range(1, 12)], "midi", *[f"{h} h" for h in range(13, 24)])},
    "year_months": {"months": "en {months}, toutes années confondues",
                    "season": "{season}, toutes années confondues", "or": " ou ",
                    "names": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                              "octobre", "novembre", "décembre"),
                    "seasons": {"winter": "en hiver", "spring": "au printemps", "summer": "en été", "autumn": "en automne"}},
    "days": {"weekend": "le week-end", "weekdays": "en semaine", "days": "le {days}", "or": " ou le ",
             "names": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")},
    # a behaviour read after the one said before it ('and then', 'since then', 'within 7 days of it'): the order said
    "after": {"later": "après ({anchor})", "latest": "après le plus récent ({anchor})",
              "within": "dans les {amount} {unit} suivant ({anchor})",
              "day": "le même jour que ({anchor})",
              "same": ", même {dimensions}"},
    "of_latest": "parmi leurs {n} derniers ({of})",
    "running": "pendant {n} mois d'affilée",
    "days_counted": "{count} jours différents",
    "comparison": {">=": "au moins {value}", ">": "plus de {value}", "<": "moins de {value}",
                   "<=": "au plus {value}", "=": "exactement {value}", "between": "entre {value} et {upper}"},
    "years": {">=": "en {value} ou après", ">": "après {value}", "<": "avant {value}", "<=": "en {value} ou avant",
              "=": "en {value}", "between": "entre {value} et {upper}"},
    "decimal": ",",
    "month_names": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                    "novembre", "décembre"),
}

NOTES = {
    "typo": "« {typed} » lu comme « {value} »",
    "statement_period": "« {period} », dit de la valeur avant, lu comme la période de « {words} »",
    "pointed_value": "« {pronoun} » lu comme {words} ({label}), la valeur dite avant ; la phrase qui la nomme est du contexte, pas un critère",
    "flag_off": "« {words} » lu comme « {label} » désactivé aujourd'hui (s'il était activé avant n'est pas enregistré)",
    "flag_off_set": "« {words} » lu comme « {label} » passé à non {when} (s'il était activé avant n'est pas enregistré)",
    "birthday_month": "« {words} » lu comme un anniversaire en {month} (de toute année)",
    "sibling_of_before": "« {words} » lu comme {events}, avec ce qui est dit de « {before} »",
    "implied_event": "« {words} » lu comme {events} (aucun verbe ne nommait le comportement)",
    "ended_too": "« {words} » lu comme {event}, quel que soit son {dimension} ({ended} compris) : précisez « {kept} » "
                 "pour écarter les autres",
    "ambiguous_inside": "« {words} » lu comme {term}, l'expression du catalogue (le catalogue indique aussi « {word} » "
                        "comme ambigu : vérifiez que c'est bien ce qui est voulu)",
    "verb_of_object": "« {verb} » lu comme dit de : {events} (pas comme : {dropped})",
    "two_dimensions": "« {words} » lu comme {kept} (cela pourrait aussi désigner {dropped})",
    "values_not_events": "« {words} » lu comme un nombre de valeurs différentes de {dimension}, pas de chaque {event} "
                         "(pour compter chacun, dites « fois »)",
    "one_day": "« {text} » lu comme ce seul jour",
    "none_in_the_drop": "« {words} » lu comme {amount} au total, clients n'en ayant rien acheté inclus (une baisse par "
                        "rapport à l'autre période citée)",
    "none_in_the_total": "« {words} » lu comme les clients ayant {events} pour {amount} au total ; ceux qui n'en ont "
                         "aucun ne sont pas inclus (pour les inclure, dites « soit ..., soit n'ont rien acheté »)",
    "since_the_behaviour": "« {text} » lu comme après le comportement dit avant, et non depuis le {start}",
    "period_of_the_last": "« {period} » lu seulement pour ce qui est dit en dernier ; « {words} » n'a pas de période "
                          "(dites-la aussi si elle vaut pour les deux)",
    "either_value": "« {words} » lu comme {labels} : aucun client n'est les deux",
    "one_total_over": "« {words} » lu comme un seul total sur l'ensemble, {amount} (pour un total sur chacun, dites-le pour chacun)",
    "each_period": "« {first} » et « {second} » lus comme les deux : le comportement dans chacune (pour l'une ou "
                   "l'autre, dites « ou »)",
    "from_period": "« {text} » lu comme depuis le {start} (pour cette seule période, dites « en » ou « de »)",
    "each_amount": "« {words} » lu comme le montant de chacun, {amount} (pour leur somme, dites « au total »)",
    "messages_of_the_consent": "« {words} » lu comme portant sur les messages {channel}, le canal du consentement dit avant",
    "values_left_out": "« {words} » lu comme {labels} : les clients avec {other}, ou sans valeur renseignée, sont "
                       "exclus (pour garder tout le monde, retirez ces mots)",
    "term_restated": "« {words} » lu comme ce que veut dire « {term} », tel que le catalogue le définit : {meaning}",
    "one_purchase": "« {words} » lu comme un seul achat de {amount} (tout le panier : le catalogue n'a pas de prix par "
                    "produit)",
    "held_for": "« {text} » lu comme au moins cette durée : {period}",
    "named_days": "« {text} » lu comme les jours du {first} au {last}",
    "act_dated": "« {text} » lu comme la date de « {event} », pas de « {made} »",
    "weekday_said": "« {text} » : le {date} est un {day}, pas un {said} ; lu comme cette date : vérifiez-la",
    "calendar": "« {text} » lu comme les {n} derniers {units} (pour la période civile ({unit}), précisez-la : {example})",
    "calendar_last": "« {text} » lu comme {period} (pour une période glissante, dites « ces {n} derniers {units} »)",
    "after_today": "« {window} » tombe après aujourd'hui ({as_of}), et le catalogue n'enregistre {label} que jusqu'à "
                   "aujourd'hui : aucun client ne devrait correspondre. Nommez une période jusqu'à aujourd'hui, ou "
                   "demandez à l'équipe data de déclarer des dates qui courent au-delà",
    "length_before": "« {text} » lu comme les {n} derniers {units} (avant quoi ? nommez les deux périodes)",
    "placed_before": "« {text} » lu comme {period}, la période juste avant « {before} »",
    "calendar.1": "« {text} » lu comme le dernier {units} glissant (pour le {unit} civil, précisez-le : {example})",
    "at_least": "« {words} » lu comme au moins {n}",
    "how_many": "« {words} » lu comme leur nombre, pas comme un nombre de fois",
    "exactly": "« {words} » lu comme exactement {n}",
    "decimal_dot": "« {typed} » lu comme {n} (pour des milliers, écrivez-le sans le point)",
    "value_column": "« {label} » lu comme {column} (cela pourrait aussi être {others})",
    "age": "« {words} » lu comme un âge",
    "not_materialised": "l'indicateur quotidien « {indicator} » n'est pas matérialisé au {as_of} : calculé à la "
                        "requête (lancez `audience enrich`)",
    "term_no_window": "« {window} » n'est pas appliqué : le terme « {term} » n'a pas de période ({meaning})",
    "term_own_window": "« {window} » n'a pas pu s'appliquer au terme « {term} » (sa période est une durée à "
                       "partir d'aujourd'hui) : il garde la sienne, {own}",
    "customers_since": "« {words} » lu d'après leur date d'arrivée ({column}) : {period}",
    "title_value": "« {words} » est dans le titre, non lu comme critère (l'audience n'est pas limitée à {label})",
    "title_typo": "« {words} » est dans le titre, non lu comme critère (« {typed} » ressemble à « {reading} » : si c'en "
                  "est un, dites-le dans la demande)",
    "title_period": "« {words} » est dans le titre, non lu comme une période (si l'audience s'y limite, dites-le dans la "
                    "demande)",
    "purpose": "« {words} » lu comme un comportement ({events}) : retirez-le s'il dit seulement à quoi sert l'audience",
    "manner": "« {words} » lu comme un comportement à part entière, en plus de « {before} » : retirez-le s'il dit seulement comment",
    "other_state_apart": "« {words} » lu à part : aucun(e) {label}, et non « {before} » qui ne l'était pas (vérifiez "
                         "l'audience, ou formulez-le autrement)",
    "next_month": "« {words} » lu comme le prochain, à partir du {start} (la date peut être à venir) ; ajoutez l'année {last} pour le dernier",
    "pointed_apart": "« {words} » lu comme celui ou celle dit(e) avant, mais ce qui est dit avec n'y est pas rattaché : c'est lu de n'importe quel(le) {label} (vérifiez l'audience)",
    "same_event": "« {words} » lu du même événement que « {before} »",
    "each_channel": "« {words} » lu pour chacun séparément ({events}) : dites « cumulés » pour leur total",
    "not_since_season": "« {words} » lu depuis le début de la saison ({start}) ; pour « depuis sa fin », dites « depuis le {after} »",
    "unknown_not_other": "« {words} » : les événements de « {dimension} » inconnu ne comptent pas comme une autre valeur (seule une autre valeur connue exclut)",
    "all_events": "« {words} » lu comme chacun des événements du comportement sur sa période : un client qui en a un qui ne l'est pas est écarté",
    "only_channel": "« {words} » lu comme : et aucun de ces comportements avec une autre valeur de « {dimension} », sur la même période",
    "period_name": "« {words} » lu comme les jours dits entre parenthèses ({period})",
    "same_window": "« {words} » lu dans la même période que la partie précédente ({period})",
    "same_window_after": "« {words} » lu sur la période dite juste après ({period})",
    "one_place_of_many": "« {words} » lu comme tous ceux de {value} : si un seul est visé, nommez-le",
    "before_window": "« {words} » lu avant la période de la partie précédente ({period})",
    "heading_period": "« {period} », dit en tête, lu comme la période de chaque comportement qui suit",
    "heading_period_unread": "« {period} », dit en tête, lu pour aucun comportement (chacun dit sa période)",
    "latest_of_people": "« {words} » lu comme le dernier {name}, du {start} au {end} (pour celui de chaque année, "
                        "dites « acheteurs en {month} toutes années confondues »)",
    "window_for_all": "« {period} » lu aussi pour « {words} » (dit une fois, avant tous)",
    "fronted_period": "« {period} », dit en premier, lu comme la période de chaque comportement",
    "term_with_absence": "« {term} » est lu comme le catalogue le définit ({meaning}), avec aucun « {period} » : "
                         "les clients qui en ont un dans la période du terme mais aucun sur cette période ; pour "
                         "tous ceux qui en ont déjà eu un, dites-le",
    "closing_period": "« {period} », dit en dernier, lu comme la période de chaque comportement dit sans période propre",
    "or_shared": "« {words} » lu pour « {phrase} » comme pour « {text} » (cela pourrait ne concerner que le second)",
    "window_for_both": "« {period} » lu aussi pour « {words} » (dit une fois, après les deux)",
    "own_date": "« {words} » lu {period} selon sa propre date ({columns}), la période nommée avant",
    "birth_month_unheld": "« {words} » lu comme l'année de naissance seulement : aucun mois de naissance n'est connu",
    "kind_of_people": "« {words} » lu comme {events} seulement, comme le dit « {kind} »",
    "values_apart": "« {words} » lu comme un comportement à part, à toute date, pas seulement « {period} »",
    "first_apart": "« {words} » lu comme un critère à part, pas comme dit du premier achat ou événement ({events})",
    "latest_apart": "« {words} » lu comme un critère à part, pas comme dit du dernier achat ou événement ({events})",
    "ranked_among": "« {share} » classé parmi tous les clients, puis « {others} » retenus (dites « le top ... de nos clients ... » pour classer parmi eux seulement)",
    "first_among": "« {words} » lu comme les événements parmi lesquels le premier est pris ({events}), pas comme ce que fut le premier",
    "latest_among": "« {words} » lu comme les événements parmi lesquels le dernier est pris ({events}), pas comme ce que fut le dernier",
    "not_applied": "« {words} » n'est pas appliqué : seul le comportement ({event}) l'est",
    "side_said_before": "« {words} » lu comme dit du comportement juste avant (ses événements et sa période, pas son propre total)",
    "times_not_amount": "« {word} » lu comme le nombre de fois (dites « dépensé {word} » pour le montant)",
    "read": "lu : {what}",
    "no_criteria": "Aucun critère : l'audience est l'ensemble des clients.",
    "model_read": "Lu par le modèle ({version}) : « {phrase} » comme {label}",
    "derived_value": "« {words} » lu comme {column} (aucun mot ne nommait cet attribut)",
    "name_part": "« {words} » lu comme {what} {values} (les noms dont il fait partie)",
    "untracked": "« {words} » : {event} n'est jamais enregistré pour {kinds} (le catalogue le dit), aucun client ne correspond",
    "name_start": "« {words} » lu comme {reading} ; c'est aussi le début de {what} {values} : nommez-en un pour le cibler seul",
    "period_before": "« {words} » lu comme {period}, la période juste avant celle comparée ({compared})",
}
# Descriptions of a window or a comparison the code writes inside a note's slots (Window.describe,
# Comparison.describe), in French; read before the single words below.
# Words between a behaviour and a state of it, as this module's words read them ('qui n'a pas encore été résolue':
# the folded 'a' of "n'a" reads 'at'; 'encore' reads 'still'); with lang_en.STATE_LINKS.
STATE_LINKS = frozenset({"at"})
NOTE_PHRASES = [
    (r"\bhalf-years?\b", "semestre"), (r"\bH([12]) (\d{4})\b", r"S\1 \2"),     # 'the calendar half-year, H1 2026'
    (r"\bin the last 1 (day|month)\b", r"au cours du dernier \1"),
    (r"\bin the last (\d+) days?\b", r"au cours des \1 derniers jours"),
    (r"\bin the last (\d+) months?\b", r"au cours des \1 derniers mois"),
    (r"\bthe last (\d+) months\b", r"les \1 derniers mois"), (r"\bthe last (\d+) days\b", r"les \1 derniers jours"),
    (r"\bfrom (\d+ [A-Z][a-z]+) to (\d+ [A-Z][a-z]+)", r"du \1 au \2"),     # 'from 28 September to 4 October'
    (r"\bfrom (\S+) to (\S+)", r"du \1 au \2"), (r"\bsince (\d\S*)", r"depuis le \1"),
    (r"\bbefore (\d\S*)", r"avant le \1"), (r"\bat least\b", "au moins"), (r"\bmore than\b", "plus de"),
    (r"\bless than\b", "moins de"), (r"\bat most\b", "au plus"), (r"\bexactly\b", "exactement"),
    (r"\bbetween (\S+) and (\S+)", r"entre \1 et \2"), (r" or ", " ou "),
    (r"\band 1 more\b", "et 1 autre"), (r"\band (\d+) more\b", r"et \1 autres"),   # a long list of names, shortened
]
# English words the code writes inside a note's slots, in French.
# The weekdays a note names ('2026-09-13 is a Sunday'): its weekday slots only (a campaign's 'Black Friday' stays)
WEEKDAY_NOTE_NAMES = dict(zip(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"), _WEEKDAYS))
NOTE_WORDS = {"months": "mois", "month": "mois", "days": "jours", "day": "jour", "year": "année",
              "quarter": "trimestre", "week": "semaine", "in": "en", "since": "depuis", "Monday": "lundi",
              "January": "janvier", "February": "février", "March": "mars", "April": "avril", "May": "mai",
              "June": "juin", "July": "juillet", "August": "août", "September": "septembre", "October": "octobre",
              "November": "novembre", "December": "décembre", "Q1": "T1", "Q2": "T2", "Q3": "T3", "Q4": "T4"}

TEXT = {
    "title": "Audience pour : « {request} »", "untitled": "Audience",
    "as_of": "  au {as_of}, canal : {channel}", "none": "  (aucun critère : tous les clients)", "except": "sauf",
    "ignored": "  ~ ignoré (titre, apartés) : ", "unrecognized": "  ? non compris : ",
    "removed": "  x retiré par l'auteur (ces mots ne sélectionnent personne) : ",
}

# The questions of the parser's vague-word and change checks, in French, and the readings each offers: a reading
# rewrites the French request, so it is said as a French request says it (and read back by this module).
CHANGE_QUESTION = "« {phrase} » compare deux périodes : lesquelles ?"
CHANGE_READINGS = ("cette année par rapport à l'an dernier", "ce trimestre par rapport au trimestre dernier",
                   "au cours des 6 derniers mois par rapport aux 6 mois précédents")
VAGUE_QUESTION = "« {phrase} » est vague : que vouliez-vous dire ?"
# A rate of a customer's own events (lang_en.RATES), as its words read ('taux de clic': 'taux of clic'; 'de' reads
# 'of' and a catalog word is never rewritten): the part and the whole, in words the catalog reads
RATES: dict[tuple[str, ...], tuple[str, str]] = {
    **dict.fromkeys([("taux", "of", w) for w in ("clic", "clics")], ("clicked", "received")),
    **dict.fromkeys([("taux", "of", w) for w in ("ouverture", "ouvertures")], ("opened", "received")),
    **dict.fromkeys([("taux", "of", w) for w in ("retour", "retours")], ("returned", "orders")),
    # the clicks among the opens ('taux de clic sur ouverture', 'CTOR')
    **dict.fromkeys([("taux", "of", w, "on", o) for w in ("clic", "clics") for o in ("ouverture", "ouvertures")]
                    + [("ctor",)], ("clicked", "opened")),
}
VAGUE_READINGS: dict[str, tuple[str, ...]] = {
    "count": ("au moins 2 fois", "au moins 3 fois", "au moins 5 fois"),
    "once": ("exactement une fois", "au moins une fois"),
    "much": ("plus de 500 euros", "plus de 1000 euros", "au moins 5 fois"),
    "window": ("au cours des 3 derniers mois", "au cours des 6 derniers mois", "au cours des 12 derniers mois"),
    "only": (), "share": (), "same": (), "sequence": (), "approx": (), "versus_average": (), "rate": (), "versus_number": (), "versus_others": (), "day_habit": (), "after_today": (),
    "holiday_period": (), "people_period": (), "regional_holiday": (), "long_weekend": (), "month_part": (),
    "country_holiday": ("Thanksgiving canadien", "Thanksgiving américain"),
    "ago_bound": ("jusqu'à il y a", "il y a moins de"),     # lang_en's: never asked here ('jusqu'à il y a' is until)
    "comma_list": ("{all}", "{any}"),
    "narrowed_or_excluded": (),
    "versus_equal": ("au moins {phrase}", "au plus {phrase}"),       # 'autant en ligne qu'en magasin'

    "voice": (),
    "rank": ("top 10 %", "top 100"),
    "ranked": ("top 10 % {phrase}", "top 100 {phrase}"),
    "code": (),
}
# Abbreviations this module reads as a measure ('en CA': by chiffre d'affaires) that a catalog may also store as a code
# (Canada's 'CA'): the measure only as a ranking's basis; elsewhere asked (VAGUE_QUESTIONS["code"]), folded.
CODE_ABBREVIATIONS = frozenset({"ca"})
WITHIN_READING = "au cours des {amount} derniers {unit}"
WITHIN_QUESTION = ("« {phrase} » : ce délai après le comportement précédent n'est pas quelque chose que le catalogue "
                   "peut vérifier. Quelle période vouliez-vous dire ?")
WITHIN_AFTER_READING = "dans les {amount} {unit} qui ont suivi"
WITHIN_ORDER_QUESTION = "« {phrase} » : à compter du comportement précédent, ou d'aujourd'hui ?"
LIST_JOINS = {"all": "et", "any": "ou"}      # lang_en.LIST_JOINS
VAGUE_QUESTIONS = {
    "rate": "« {phrase} » : ce taux n'est pas quelque chose que le catalogue peut compter ici (quoi parmi quoi ?), ou "
            "son seuil n'est pas dit. Dites-le avec ses événements et son seuil (« ont cliqué sur au moins 30 % des "
            "e-mails reçus »).",
    "same": "« {phrase} » : que deux événements partagent un magasin, un produit ou un jour n'est pas quelque chose "
            "que le catalogue peut vérifier. Laissez-le de côté, ou reformulez.",
    "approx": "« {phrase} » est approximatif : donnez la fourchette (par ex. « entre 25 et 35 », « au moins 30 »).",
    "versus_others": "« {phrase} » : comparer aux autres clients (le client moyen, la plupart des clients) n'est pas "
                     "quelque chose que le catalogue sait faire. Donnez un seuil (« plus de 500 € cette année ») ou un "
                     "classement (« les 20 % qui ont le plus dépensé cette année »).",
    "versus_number": "« {phrase} » : que dit le nombre de la comparaison ? Dites de combien ils diffèrent (« 3 commandes "
                     "de plus en ligne qu'en magasin », « 100 € de plus en ligne qu'en magasin ») ou combien de fois "
                     "plus (« au moins deux fois plus en ligne qu'en magasin »), ou mettez le nombre d'un côté dans une "
                     "phrase à part (« ..., et au moins 3 commandes en ligne »).",
    "versus_average": "« {phrase} » : une moyenne comparée à une autre n'est pas encore quelque chose que le catalogue "
                      "sait comparer. Comparez ce qu'ils ont dépensé (« dépensé plus en ligne qu'en magasin »), ou "
                      "donnez un seuil à chaque moyenne.",
    "code": "« {phrase} » : un pays (son code), ou le chiffre d'affaires ? Écrivez le nom du pays (« au Canada »), ou "
            "pour un classement dites combien (« les 100 meilleurs clients en CA »).",
    "sequence": "« {phrase} » : qu'un comportement ait suivi l'autre n'est pas quelque chose que le catalogue peut "
                "vérifier. Laissez-le de côté (les deux, dans n'importe quel ordre), ou reformulez.",
    "comma_list": "« {phrase} » : tous, ou l'un d'eux ?",
    "narrowed_or_excluded": "« {phrase} » : retirer tous les clients qui l'ont fait (quoi qu'ils aient fait "
                            "d'autre), ou seulement restreindre le comportement dit avant (ce qu'ils ont fait d'autre "
                            "compte encore) ? Dites « sauf les clients qui ... » pour le premier, ou redites le "
                            "comportement d'avant tel qu'il doit être pour le second.",
    "ago_bound": "« {phrase} » avant un temps écoulé : jusqu'à ce jour-là (ce qui l'a précédé), ou depuis (au cours de "
                 "cette durée) ? Dites « jusqu'à il y a 3 mois » ou « au cours des 3 derniers mois ».",
    "voice": "« {phrase} » : envoyé par nous aux clients, ou par les clients à nous ? Dites « qu'on a {phrase} » ou "
             "« qui nous ont {phrase} ».",
    "people_period": "« {phrase} » : des clients qui ont fait quoi alors (un mois ou une saison sans année est le "
                     "dernier) ? Dites ce qu'ils ont fait alors (acheté, se sont inscrits ...), ou laissez-le de côté.",
    "country_holiday": "« {phrase} » : lequel ? Celui du Canada (l'Action de grâce) est le deuxième lundi d'octobre, "
                       "celui des États-Unis le quatrième jeudi de novembre.",
    "regional_holiday": "« {phrase} » : quel jour ? La fête du Travail est le 1er mai en France, en Belgique et en "
                        "Suisse, le premier lundi de septembre au Québec. Précisez la date, ou laissez-la de côté.",
    "month_part": "« {phrase} » : quels jours ? Le début, le milieu ou la fin d'un mois n'ont pas de jours fixés. "
                  "Dites-les (par ex. « du 10 au 20 septembre », « la 1re quinzaine de septembre »), ou laissez-le de "
                  "côté.",
    "long_weekend": "« {phrase} » : quels jours ? Cette fête tombe un mercredi et ne touche aucun week-end : son pont "
                    "peut être les jours d'avant ou d'après. Dites les jours (par ex. « du 1er au 5 juillet »), ou "
                    "laissez-le de côté.",
    "holiday_period": "« {phrase} » : quels jours ? Une fête dite comme une période peut être le jour même, les semaines "
                      "d'avant ou toute la saison. Dites les jours (par ex. « le jour de Noël », « entre le 1er et le "
                      "24 décembre », « depuis Noël »), ou laissez-le de côté.",
    "after_today": "« {phrase} » tombe après aujourd'hui, et le catalogue n'enregistre ce comportement que jusqu'à "
                   "aujourd'hui : aucun client ne peut y correspondre. Dites une période jusqu'à aujourd'hui (par ex. "
                   "« ces 30 derniers jours »), ou laissez-le de côté.",
    "day_habit": "« {phrase} » dit de jours de la semaine : une habitude ou une majorité (combien de leurs achats ou "
                 "visites tombent ces jours-là) n'a pas de seuil que le catalogue peut vérifier. Laissez-le de côté pour "
                 "garder tous ceux qui ont un événement ces jours-là, ou dites combien ou quelle part (par ex. « au "
                 "moins 3 achats le week-end », « plus de la moitié de leurs achats le week-end »).",
}
# A habit or a majority said of days of the week (lang_en.DAY_HABITS), as typed and folded: 'surtout le week-end',
# 'préfèrent acheter le samedi'
DAY_HABITS = frozenset({"surtout", "principalement", "majoritairement", "essentiellement", "generalement",
                        "habituellement", "plutot", "prefere", "preferent", "preferes", "preferez", "preferons",
                        "preferant", "preferer", "preference", "majorite"})
# A habit said of a month or a season (lang_en.YEAR_MONTH_HABITS), as typed and folded: 'habituellement en décembre'
YEAR_MONTH_HABITS = frozenset({"habituellement", "generalement", "normalement", "regulierement", "traditionnellement",
                               "habitude"})
YEAR_MONTH_QUESTION = ("« {phrase} » dit comme une habitude : une seule période (la plus récente, en {name} {year}), ou "
                       "les mêmes mois de n'importe quelle année ?")
YEAR_MONTH_READINGS = ("{phrase}, toutes années confondues", "en {name} {year}")
SHARE_QUESTION = ("« {phrase} » : une part des messages, des achats ou des périodes n'est pas quelque chose que le "
                  "catalogue peut vérifier. Laissez-le de côté, ou dites combien (par ex. « au moins 3 fois »).")
ONLY_QUESTION = ("« {phrase} » : « rien d'autre » n'est pas quelque chose que le catalogue peut vérifier seul. "
                 "Laissez-le de côté, ou nommez ce qu'il faut exclure (par ex. « ... et jamais en magasin »).")

# La relecture par recombinaison (assistant/recombine.py) : les mêmes rôles que RECOMBINATION de lang_en. En français
# les adjectifs suivent le nom ('clients VIP') : une suite sans ouvrant, courte, est lue comme ses adjectifs ({Aadj}).
RECOMBINATION = {
    "heads": frozenset({"clients", "personnes", "utilisateurs", "abonnés", "comptes", "ceux"}),
    "saying_heads": frozenset({"clientes", "acheteurs", "acheteuses", "membres", "adhérents", "femmes", "hommes",
                               "visiteurs", "ouvreurs"}),
    "ends": frozenset({"?", ".", "!"}),
    "stops": frozenset({",", ":", ";", "?", "!", ".", "(", ")", "\"", "/", "-", "--", "—", "–", "+", "&", "\n", "«", "»",
                        "mais", "sauf", "hors", "excepté", "hormis", "sans", "ou", "soit", "ni", "puis", "si", "top",
                        "chaque", "par",
                        "que", "qu", "même", "mêmes", "seulement", "uniquement", "encore", "plutôt",
                        # les mots du cadre d'une demande ('tu peux me sortir les clients ...')
                        "svp", "stp", "merci", "sortir", "sors", "donne", "donner", "trouve", "moi", "me", "je",
                        "tu", "besoin", "veux", "voudrais",
                        "quels", "quelles", "quel", "quelle", "combien"}),      # (d'une question)
    "relatives": frozenset({"qui"}),
    "openers": frozenset({"qui", "avec", "en", "de", "du", "des", "d", "dans", "à", "au", "aux", "habitant", "vivant",
                          "âgés", "âgées", "nés", "nées", "inscrits", "inscrites", "ayant", "dont", "venus", "venues",
                          "domiciliés", "originaires", "ayant"}),
    "determiners": frozenset({"les", "tous", "toutes", "nos", "des", "ces", "mes", "le", "la", "un", "une", "ceux", "tt"}),
    "windows": ("au cours des", "sur les", "dans les", "pendant les", "depuis", "cette année", "ce mois-ci",
                "l'an dernier", "l'année dernière", "le mois dernier"),
    # ... et ceux qui ne disent une période que devant un nombre : 'ces 3 derniers mois', 'en 2025' (une année)
    "numbered_windows": {"ces": "number", "en": "year"},
    "and": ("{Aadj} {Bpost}", "{Aclause} et {Bpost}", "{Aclause}, {Bclause}", "{Anp} :\n- {Apost}\n- {Bpost}"),
    "except": ("{A} mais pas les {Bnodet}", "{A}, sauf ceux {Bpost}", "{A}, à l'exclusion des {Bnodet}"),
    "clauses": frozenset({"qui", "avec", "habitant", "vivant", "âgés", "âgées", "nés", "nées", "inscrits", "inscrites",
                          "ayant", "dont", "venus", "venues", "domiciliés", "originaires"}),
    "conjunctions": frozenset({"et", "ainsi", "plus", "pis", "ni"}),
    # le passé composé : l'auxiliaire, puis le participe ({Bverb} : 'acheté en ligne', dit après un autre)
    "auxiliaries": frozenset({"ont"}),
    "not_verbs": frozenset({"ne", "n'ont", "n'", "pas", "jamais", "encore", "toujours", "déjà", "aussi", "bien",
                            "seulement", "plus", "ont-ils"}),
    # ... et ce qui, après l'auxiliaire, dit une possession ('qui ont un ticket ouvert'), non un participe
    "not_participles": frozenset({"un", "une", "des", "du", "de", "d'", "au", "aux", "plus", "moins", "entre", "le",
                                  "la", "les", "l'", "leur", "leurs", "pas", "jamais", "encore", "toujours", "déjà"}),
    "never": {("ont",): "n'ont jamais", ("sont",): "ne sont jamais", ("se", "sont"): "ne se sont jamais",
              ("nous", "ont"): "ne nous ont jamais", ("y", "ont"): "n'y ont jamais"},
    "or": ("{A} ou {Bnodet}", "soit les {Anodet}, soit les {Bnodet}", "{A} ou bien les {Bnodet}",
           "{Aone} ou {Bclause}", "{Aonewho} ou {Bverb}"),
    "except_never": ("{A} qui {Bnever}", "{Awho} et {Bnever}", "{Aone} mais qui {Bnever}"),
    "and_fronted": ("{Bwindow}, {Atimeless} {Bunwindowed}", "{Bwindow} : {Atimeless} {Bunwindowed}"),
    "and_also": ("{Aperfect} ainsi que {Bverb}", "{Aclause} et qui {Brel}"),
    "and3": ("{Anp} :\n- {Apost}\n- {Bpost}\n- {Cpost}", "{Aclause}, {Bclause} et {Cclause}",
             "{Aadj} {Bpost} et {Cpost}"),
    "except3": ("{A} mais ni les {Bnodet} ni les {Cnodet}", "{A} qui n'ont ni {Bverb} ni {Cverb}",
                "{A}, sauf ceux {Bpost} et ceux {Cpost}"),
    "or3": ("{A}, {Bnodet} ou {Cnodet}", "soit les {Anodet}, soit les {Bnodet}, soit les {Cnodet}"),
    "reshape": ("Qui sont les {Anodet} ?", "Pour le teaser Black Friday : {A}", "{A}, merci !",
                "Petite demande pour la newsletter : {A} svp", "{Anp} :\n- {Apost}", "{window}, {Arest}"),
}

# La relecture par synonymes (assistant/swap.py) : les mêmes rôles que SWAP de lang_en. Un participe passé finit par
# -é, -ée, -és, -ées (sauf les noms de 'nouns' : 'beauté', 'qualité') ou est l'un de 'participles' (irréguliers,
# leurs accords) ; 'senses' : les mots de la dépense (ceux que WORDS lit comme un verbe de lang_en.SPEND_VERBS) ;
# 'determiners' : après un nombre ou l'un d'eux (à deux mots), un nom garde son nombre ; 'objects' : les
# déterminants d'un verbe qui dit son objet ('réalisé un achat'), mis pour un verbe seul là où aucun objet ne suit.
# 'send' : ce que nous avons fait (envoyé, contacté), non ce qu'ils ont reçu ; 'people' : les noms de personnes.
# 'articles' : 'de' devant une consonne, « d' » devant une voyelle (ou un h).
SWAP = {
    "prepositions": frozenset({"en", "dans", "sur", "à", "au", "aux", "par", "via", "depuis", "chez", "hors", "avec",
                               "pour", "vers", "sans", "après", "avant", "entre", "de", "du", "des", "d'"}),
    "adverbs": frozenset({"offline", "online"}),
    "auxiliaries": frozenset({"a", "ont", "ayant", "avoir", "avait", "avaient", "ai", "as", "avons", "avez", "s'",
                              "se", "est", "sont", "était", "étaient", "être", "n'", "ne"}),
    "pronouns": frozenset({"ceux", "celles", "celui", "celle", "tout", "tous", "toutes", "quiconque", "qui"}),
    "participles": frozenset({f"{stem}{end}" for stem in ("inscrit", "ouvert", "reçu", "venu", "lu", "acquis", "mis",
                                                          "pris", "fait", "dit", "né", "clos", "souscrit", "offert",
                                                          "revenu", "parcouru", "vu", "plaint", "rejoint", "déçu")
                              for end in ("", "e", "s", "es")}),
    "participle_endings": ("é", "ée", "és", "ées"),
    "gerund_endings": ("ant",),
    "nouns": frozenset({"affinité", "ancienneté", "beauté", "bébé", "bébés", "fidélité", "nationalité", "notoriété",
                        "qualité", "quantité", "unités", "activité", "année", "entrée", "randonnée", "rentrée", "durée",
                        "publicité", "publicités", "télé", "civilité", "comté", "copropriété", "lycée", "solvabilité",
                        "université", "société", "enfant", "montant", "identifiant", "restaurant", "dormant"}),
    "trailing": frozenset({"à", "a", "de", "d'", "sur", "par", "via", "aux", "au", "des", "du", "en", "dans", "chez",
                           "avec", "pour"}),
    "senses": {"spend": frozenset(w for w, reading in WORDS.items() if reading in ("spent", "spend")),
               "send": frozenset(f"{stem}{end}" for stem in ("envoye", "contacte", "sollicite", "relance", "maile",
                                                             "emaile", "e-maile", "texte", "smse", "cible")
                                 for end in ("", "e", "s", "es"))},
    "people": frozenset({"acheteurs", "acheteur", "acheteuses", "destinataires", "destinataire", "visiteurs",
                         "visiteur", "ouvreurs", "cliqueurs", "abandonnistes", "abandonniste", "fraudeurs",
                         "prescripteurs", "promoteurs", "ambassadeurs", "ambassadeur", "prospects", "churners",
                         "churneurs", "porteurs", "titulaires", "détenteurs", "abonnés", "adhérents", "consommatrices",
                         "utilisatrices"}),
    "head": 0,      # le nom de tête, le premier mot ('magasins d'usine')
    "plural_endings": ("s", "x"),
    "plurals": frozenset({"gens"}),
    "singulars": frozenset({"pays", "sms", "fois", "prix", "mois", "bas", "gros", "tout", "choix", "statut"}),
    "determiners": frozenset({"un", "une", "chaque", "le", "la", "l'", "au", "cette", "ce", "cet", "aucun", "aucune",
                              "les", "des", "ces", "tous", "toutes", "nos", "vos", "leurs", "mes", "plusieurs", "aux"}),
    "objects": frozenset({"un", "une", "des", "le", "la", "les", "l'", "leur", "leurs", "sa", "son", "ses", "du", "nous"}),
    "clause_words": frozenset({"et", "ou", "mais", "puis", "depuis", "ce", "cette", "ces", "hier", "récemment",
                               "jamais", "déjà", "encore", "ni", "avant", "après", "pendant", "entre", "qui", "dont"}),
    # le féminin d'un mot, par ses terminaisons (féminin, masculin) : 'Italiennes' nomme des femmes, 'Italiens' non
    "feminine_endings": (("es", ""), ("es", "s"), ("e", ""), ("nes", "s"), ("ne", ""), ("euses", "eurs"),
                         ("euse", "eur"), ("euses", "eux"), ("euse", "eux"), ("trices", "teurs"), ("trice", "teur")),
    "articles": (("de", "d'"), ("le", "l'"), ("la", "l'"), ("que", "qu'")),
    "vowels": "aeiouyh",
}
