"""Every English word the translators read: grammar, numbers, time units, comparisons, connectives.

Catalog words (values, columns, events) never live here: only words that are the same for every
business. This module is the language seam: another language is another module of the same names.
"""
from __future__ import annotations

import calendar
import functools
import re

NUMBER_WORDS = {
    "zero": 0, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
# Words that multiply the number said before them ('fifteen hundred', 'two thousand five hundred', 'three hundred and
# fifty'): with it, one number. 'and' joins a smaller number after a scale word.
NUMBER_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "grand": 1000}     # '5 grand': money talk
NUMBER_AND = "and"
# Several words, one number: merged into one number token before parsing ('a couple of' = 2).
NUMBER_PHRASES: dict[tuple[str, ...], int] = {
    ("a", "couple", "of"): 2, ("a", "couple"): 2, ("couple", "of"): 2, ("a", "pair", "of"): 2,
    ("a", "dozen"): 12, ("half", "a", "dozen"): 6, ("a", "hundred"): 100, ("a", "thousand"): 1000,
    ("a", "single"): 1, ("a", "grand"): 1000,
}
# Number phrases that already mean 'at least' ('a couple of times'): read so without a note.
AT_LEAST_PHRASES = frozenset({("a", "couple", "of"), ("couple", "of"), ("a", "couple")})
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# An ordinal typed in figures before a behaviour's noun ('whose 1st purchase', 'leur 1er achat', 'a 2nd order'): the
# word the parser reads for it (lexicon.Lexicon.ordinal_events)
ORDINAL_EVENT_WORDS = {1: "first", 2: "second"}
# Endings that make a number an ordinal ('1st', '2nd'): one token with it.
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
# A unit cut short after its number ('last 30d', '12mo', '2 yrs'): read as the unit's word. A single letter only glued
# to the number: apart from it, it is a word of its own.
UNIT_ABBREVIATIONS = {"h": "hours", "hr": "hours", "hrs": "hours", "d": "days", "w": "weeks", "wk": "weeks", "wks": "weeks", "mo": "months", "mos": "months",
                      "mth": "months", "mths": "months", "y": "years", "yr": "years", "yrs": "years"}
# Hours in whole days ('in the last 48 hours', 'within 24h of the click'): read as those days, the finest a date
# holds; any other count of hours ('6 hours', '6h' of a time of day) stays asked.
HOUR_WORDS = frozenset({"hours", "hour"})
# 'Q3 2026', 'H1': a letter glued to its number names a quarter or a half-year (months per part).
PERIOD_LETTERS = {"q": 3, "h": 6}
PERIOD_WORDS = {"quarter": 3, "half": 6, "half-year": 6}
# Said bare after 'last' ('last year', 'last quarter'), the calendar period before this one; the rolling length that
# a note offers instead (modifiers._window_at): 'in the last year' is that rolling period.
CALENDAR_LAST = {"year": (12, "months"), "quarter": (3, "months")}
# ... of which those read so even after 'the' ('in the last quarter', 'au cours du dernier trimestre'): a quarter is a
# period of reports, not a length of time ('in the last year' rolls)
CALENDAR_LAST_AFTER_THE = frozenset({"quarter"})
# A week said by its number ('ISO week 37', 'week 12 of 2025', 'W37'; French 'semaine 37', 'S37' rewritten into these):
# ISO week N, Monday to Sunday, of the year said after it, else the latest begun (offline/modifiers.py). The words said
# before the number, and the letters glued to it; never read after WEEK_RATE_WORDS ('three times a week 2 months
# ago'). The number is the week's, never a count.
WEEK_NUMBER_WORDS: tuple[tuple[str, ...], ...] = (("iso", "week"), ("calendar", "week"), ("week", "number"),
                                                 ("week", "no", "."), ("week", "no"), ("week", "#"), ("week", "n°"),
                                                 ("week",), ("wk",))
WEEK_LETTERS = frozenset({"w", "cw", "kw", "wk"})
WEEK_RATE_WORDS = frozenset({"a", "an", "per", "each", "every", "this", "next", "that", "same", "one", "last", "past",
                             "previous", "first", "whole", "entire"})
# A half of a month ('the first half of September', 'the second fortnight of August', 'the last fortnight of August';
# French 'la 1re quinzaine de septembre'): the first is its days 1 to 15, the second the 16th to its last day. Said
# with an ordinal ('first', '2nd') or 'last' before these words and 'of' a month.
MONTH_HALF_WORDS = frozenset({"half", "fortnight"})
# The first or last days or weeks of a month ('the first two weeks of September', 'the last 3 days of August', 'the
# last week of August'; French 'les 10 premiers jours de septembre', 'la dernière semaine d'août'): from its 1st, or up
# to its last day (True), a week 7 days (said in a note: a week may also be read Monday to Sunday).
MONTH_EDGE_WORDS = {"first": False, "last": True}
# The week a day is in ('the week of 7 September'; French 'la semaine du 7 septembre'): its ISO week, Monday to Sunday
# (said in a note), after these words and 'of'. A holiday's week is asked ('Boxing Week' is the 26th to the 31st).
WEEK_OF_WORDS: tuple[tuple[str, ...], ...] = (("week",),)
# ... but the start, middle or end of a month has no set days ('mid-September', 'in early September', 'at the end of
# August'; French 'mi-septembre', 'début septembre', 'fin août' rewritten into these): asked ('month_part'), the
# phrase named, never the whole month read. The words before the month, and the prefixes glued to it ('mid-').
MONTH_PART_WORDS: tuple[tuple[str, ...], ...] = (("mid",), ("early",), ("late",), ("the", "start", "of"),
                                                ("the", "beginning", "of"), ("the", "end", "of"), ("the", "middle", "of"),
                                                ("start", "of"), ("beginning", "of"), ("end", "of"), ("middle", "of"))
MONTH_PART_PREFIXES = frozenset({"mid"})      # 'mid-September': two words, 'mid' and the month (offline/text.py)
# Seasons of the northern hemisphere: first month and length ('last winter' = December to February).
SEASONS = {"winter": (12, 3), "spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "fall": (9, 3)}
# Holidays by name, as the day they fall on where a day is meant ('since Easter', 'between Black Friday and
# Christmas'; offline/holidays.py): ('day', month, day), or days after an anchor computed each year ('easter': Easter
# Sunday; 'thanksgiving': the fourth Thursday of November). Days that differ by country (Mother's Day,
# Thanksgiving itself) are left out: asked; 'labour_day': September's first Monday, as in Canada and the US.
HOLIDAYS: dict[tuple[str, ...], tuple] = {
    **dict.fromkeys([("christmas",), ("christmas", "day"), ("xmas",)], ("day", 12, 25)),
    ("christmas", "eve"): ("day", 12, 24), ("boxing", "day"): ("day", 12, 26),
    ("new", "year's", "eve"): ("day", 12, 31),
    # 'since New Year's', 'since New Year' (French 'depuis le Nouvel An'): its day, the 1st of January
    **dict.fromkeys([("new", "year's", "day"), ("new", "year's"), ("new", "year"), ("new", "years")], ("day", 1, 1)),
    ("valentine's", "day"): ("day", 2, 14), ("halloween",): ("day", 10, 31),
    **dict.fromkeys([("easter",), ("easter", "sunday")], ("easter", 0)), ("easter", "monday"): ("easter", 1),
    ("good", "friday"): ("easter", -2),
    ("black", "friday"): ("thanksgiving", 1), ("cyber", "monday"): ("thanksgiving", 4),
    ("bastille", "day"): ("day", 7, 14), **dict.fromkeys([("labour", "day"), ("labor", "day")], ("labour_day", 0)), ("st", "john's", "day"): ("day", 6, 24),
    ("canada", "day"): ("day", 7, 1), ("fete", "de", "la", "musique"): ("day", 6, 21),
    # Thanksgiving said as Canada's, the second Monday of October ('Thanksgiving' alone differs by country: asked)
    **dict.fromkeys([(*c, "thanksgiving", *d) for c in (("canadian",), ("canada's",)) for d in ((), ("day",))]
                    + [("thanksgiving", "monday")], ("canadian_thanksgiving", 0)),
    **dict.fromkeys([(c, "thanksgiving", *d) for c in ("us", "american") for d in ((), ("day",))], ("thanksgiving", 0)),
    **dict.fromkeys([("world", "music", "day"), ("music", "day")], ("day", 6, 21)),
    ("memorial", "day"): ("memorial_day", 0),      # the last Monday of May
    **dict.fromkeys([("ascension",), ("ascension", "day")], ("easter", 39)),
    **dict.fromkeys([("pentecost",), ("whitsun",), ("whit", "sunday")], ("easter", 49)), ("whit", "monday"): ("easter", 50),
}
# A holiday's long weekend ('over the Easter weekend', 'Memorial Day weekend', 'the long weekend of Ascension'): the days
# off around it, by its weekday (offline/calendar_spans.py: a Monday from Saturday, a Thursday to Sunday) unless its
# days are its own here, counted from it: the Easter weekend is Good Friday to Easter Monday.
LONG_WEEKENDS: dict[tuple[str, ...], tuple[int, int]] = {("easter",): (-2, 1), ("easter", "sunday"): (-2, 1)}
# The words of a long weekend, after a holiday's name ('the Easter weekend') or before 'of' and a day ('the weekend of
# Easter', 'the weekend of 12 September'). True: a long one, around any day said (French 'le pont du 1er mai'); a
# plain 'weekend' of a day that is no holiday is only the Saturday and Sunday it is one of (asked on a weekday).
LONG_WEEKEND_WORDS: dict[tuple[str, ...], bool] = {("long", "weekend"): True, ("weekend",): False,
                                                    ("long", "weekends"): True, ("bank", "holiday", "weekend"): True}
# Holidays each country keeps on its own day, named with no country ('since Thanksgiving'): asked, with the country's
# names as the readings (VAGUE_READINGS 'country_holiday').
COUNTRY_HOLIDAYS: tuple[tuple[str, ...], ...] = (("thanksgiving",), ("thanksgiving", "day"))
# 'in the same period', 'during that time': the window named before.
ANAPHORA: tuple[tuple[str, ...], ...] = tuple(sorted((
    ("the", "same", "period"), ("the", "same", "window"), ("the", "same", "time"), ("that", "time"),
    ("that", "period"), ("that", "window"), ("the", "same", "quarter"), ("the", "same", "month"),
    ("the", "same", "year"), ("that", "same", "period"), ("the", "same", "timeframe"), ("the", "same", "time", "frame"),
    ("that", "time", "frame"), ("the", "same", "stretch"), ("that", "same", "stretch"), ("the", "same", "dates"),
    *(("that", unit) for unit in ("week", "month", "quarter", "year", "day", "season")),
    # 'in that same time', 'over this same window': any of these determiners before 'same' and a word for a period
    *((det, "same", noun) for det in ("that", "this", "those") for noun in ("time", "window", "timeframe", "dates")),
), key=len, reverse=True))
# After 'the same period' ('over the same period last year', 'la même période l'an dernier'): the period named
# before, a year earlier (a year said after YEAR_OF_LINKS, 'the same stretch of 2025', is that year's).
YEAR_BACK: tuple[tuple[str, ...], ...] = tuple(sorted((
    ("last", "year"), ("of", "last", "year"), ("of", "the", "last", "year"), ("the", "year", "before"),
    ("the", "previous", "year"), ("of", "the", "previous", "year"), ("the", "prior", "year"),
    ("of", "the", "prior", "year"), ("a", "year", "earlier"), ("a", "year", "before"), ("a", "year", "ago"),
    ("one", "year", "earlier"), ("one", "year", "before"), ("one", "year", "ago"), ("a", "year", "prior"),
    ("in", "the", "previous", "year"), ("in", "the", "last", "year"),
), key=len, reverse=True))
YEAR_OF_LINKS = frozenset({"of", "in"})
# 'since the start of last year', 'since the beginning of March': the first day of the period named after them.
PERIOD_STARTS: tuple[tuple[str, ...], ...] = (("the", "start", "of"), ("the", "beginning", "of"), ("start", "of"),
                                              ("beginning", "of"))
# A sign glued to a value of an ordered column, a space after it ('gold+ members', 'silver+'): that value and those
# above it (a sign between two values, 'Hamburg + Munich', 'gold +VIP', lists them).
ORDER_MARKS: dict[str, str] = {"+": "up"}
# 'between December and the end of March': the last day of the period named after them, as the end of a range.
PERIOD_ENDS: tuple[tuple[str, ...], ...] = (("the", "end", "of"), ("end", "of"))
# The words for an ordered column's highest and lowest value, around the column's own noun ('top-tier members',
# 'our highest tier'): read as that value (lexicon).
ORDER_END_WORDS = {"top": ("top {}", "top-{}", "highest {}", "top {}s"),
                   "bottom": ("bottom {}", "bottom-{}", "lowest {}", "entry {}", "entry-level {}")}
# After a value of an ordered column ('gold and above', 'silver or below'): that value and those above (below) it.
ORDER_WORDS: dict[tuple[str, ...], str] = {
    **dict.fromkeys([("and", "above"), ("or", "above"), ("and", "up"), ("and", "higher"), ("or", "higher"),
                     ("or", "better"), ("and", "upwards"), ("or", "more")], "up"),
    **dict.fromkeys([("and", "below"), ("or", "below"), ("and", "lower"), ("or", "lower"), ("and", "under"),
                     ("or", "less")], "down"),
}
# A score on a scale ('a 5/5 rating', 'rated 1 out of 5'): the score is a value, never a count. The scales a rating
# is said on; the words that join a score to its scale; the words before a number that make 'N/M' a date instead.
SCORE_SCALES = frozenset({5, 10})
SCORE_LINKS: tuple[tuple[str, ...], ...] = (("/",), ("out", "of"))
DATE_LEADS = frozenset({"since", "from", "before", "after", "until", "on", "the", "by"})
# Between 'or' and the second of two dated days ('on 24 December or on 25 December', French 'ou le 25'): a lead that
# adds nothing to the day (modifiers._either_touching).
EITHER_DAY_LEADS = frozenset({"on", "the"})
# A score given to something ('gave a 1 or 2 to the call'): the verbs that give it, the word before the thing (French
# 'à' reads 'at'), and the verb the catalog rates with (modifiers.given_scores).
SCORE_VERBS = frozenset({"gave", "give", "given", "gives", "giving"})
SCORE_TO = frozenset({"to", "at"})
RATING_VERB = "rated"
# An age group said as a plural of its bound ('over-50s', 'the under 25s'): the ages beyond that bound.
AGE_GROUP_WORDS = {"over": ">", "under": "<"}
# The words an age is said after ('aged 30-45', 'âgés de 30 à 45 ans' rewritten): the number is an age, never a count
# of a behaviour said beside it ('aged 30-45 at our Belgian clubs' was 30 to 45 club visits)
AGE_LEADS = frozenset({"aged", "age", "ages"})
# 'over the same 30 days', 'in that same month': the window named before, said again with its length.
SAME_WINDOW_WORDS: tuple[tuple[str, ...], ...] = (("the", "same"), ("these", "same"), ("those", "same"), ("this", "same"),
                                                  ("that", "same"))
# 'visited the site and ordered online that same day': on the calendar day of the behaviour said before
# (Follows.day, offline/the_one_before.py); French's own are in lang_fr.SAME_DAY_WORDS
SAME_DAY_WORDS: tuple[tuple[str, ...], ...] = (
    ("the", "same", "day"), ("that", "same", "day"), ("that", "very", "same", "day"), ("the", "very", "same", "day"),
    ("on", "the", "same", "day"), ("on", "that", "same", "day"), ("the", "same", "day", "as", "well"),
    ("later", "that", "same", "day"), ("later", "the", "same", "day"), ("that", "very", "day"),
)
# 'and nothing since', 'haven't been back since.': 'since' closing its clause is 'since then'.
SINCE_THEN = frozenset({"since"})
# ... and before these ('since it', 'since that complaint,'): the behaviour before, pointed at, said again
SINCE_POINTERS = frozenset({"it", "that", "this"})
# ... or a subject and the verb of the behaviour before, said again ('haven't bought anything since they complained')
SINCE_SUBJECTS = frozenset({"they", "he", "she"})
AFTER_WORDS = frozenset({"after"})      # ... 'after they unsubscribed' alike
# The object of a behaviour said as a pronoun ('haven't opened any', 'a single one'; French 'n'en' reads 'any'): the thing
# said before (the_one_before._messages_of_the_consent_before)
THING_PRONOUNS = frozenset({"any", "one", "them"})
# ... said before the clause of the behaviour it bounds, and what may stand between ('and, since that ticket, haven't
# opened an email')
SINCE_CLAUSE_LINKS = frozenset({",", "and"})
# The words that open a period said as a starting day and no end ('since March 1st', 'from June 1'): a 'since then'
# after a behaviour said with one may be since that day as well as after the behaviour (read so, with a note).
SINCE_DAY_WORDS = frozenset({"since", "from"})
CLAUSE_ENDS = frozenset({",", ".", ";", "!", "?", "and", "but", "or", "except", "excluding", "unless"})
AGO = frozenset({"ago"})
# Words said before a time ago that end a period there ('bought until 3 months ago', 'no later than a year ago',
# 'before 6 weeks ago'): before that day ('until': that day in), never the time since it (read as 'up to' a count,
# 'up to 3 months ago' was the last 3 months, silently). 'up to' may say either (items 'bought up to 30 days ago' are
# those of the last 30 days): read as 'until' and asked ('ago_bound').
AGO_BOUNDS: dict[tuple[str, ...], str] = {
    ("until",): "until", ("till",): "until", ("up", "until"): "until", ("up", "till"): "until",
    ("no", "later", "than"): "until", ("not", "later", "than"): "until", ("as", "late", "as"): "until",
    ("before",): "before", ("prior", "to"): "before", ("earlier", "than"): "before",
    ("up", "to"): "asked",
}
# 'the last 6 months', 'the prior 6 months': the N units before as_of.
LAST_WORDS = frozenset({"last", "past", "previous", "recent", "prior", "preceding"})
# 'in the next 6 months', 'over the coming weeks', 'next month': a period after as_of (modifiers._ahead). Only an event
# whose dates run ahead (a contract's end, a booked arrival) or a glossary term's window has rows then.
NEXT_WORDS = frozenset({"next", "coming", "upcoming"})
RANGE_WORDS = frozenset({"to", "through", "until", "till", "-", "thru"})
# Between two months in a row, either one ('in May or June 2025'): the two together. Never 'and' ('bought in May and
# June' may say in each of them).
EITHER_WORDS = frozenset({"or"})
# Words before a year number that say the whole calendar year ('the year 2025', 'all of 2025', 'the whole of 2025'):
# with them a bare year is a period even without a preposition ('than all of 2025').
YEAR_LEADS: tuple[tuple[str, ...], ...] = tuple(sorted({
    *(lead + year for lead in ((), ("the",)) for year in (("year",), ("calendar", "year"), ("whole", "year"),
                                                          ("entire", "year"), ("full", "year"), ("year", "of"))),
    ("all", "of"), ("all", "of", "the", "year"), ("the", "whole", "of"), ("the", "entirety", "of"),
    ("the", "whole", "of", "the", "year"),
}, key=len, reverse=True))   # not 'all year long 2025', 'throughout 2025': they may say every month of it
# Said right before a recent year, these make it that year even without a preposition: 'doubled their spend in 2025
# compared with 2024' (French 'par rapport à 2024'); never 'than', which may come before an amount ('more than 2025').
YEAR_AFTER_COMPARED: tuple[tuple[str, ...], ...] = (("compared", "with"), ("compared", "to"), ("versus",), ("vs",))
# A period from its start to today ('YTD'; 'year to date' is its SHORTHANDS): this year, month, quarter so far.
TO_DATE: dict[str, str] = {"ytd": "year", "mtd": "month", "qtd": "quarter"}
TIMES_WORDS = {"once": 1, "twice": 2, "thrice": 3}
# A verb said as how another behaviour happened, by the word before it and its ending ('by clicking an email'): read
# as a behaviour of its own, and said so. As typed; another language gives its own (lang_fr: 'en cliquant').
MANNER_LEADS: dict[str, tuple[str, ...]] = {"by": ("ing",)}
# Words beside a bare 'once' that make it grammar, not a count to ask about: 'never once' (never), 'at once', 'all at
# once' (together), 'once a month' / 'once per week' (a frequency, asked as such), 'once more' / 'once again'.
ONCE_AFTER = frozenset({"never", "at"})
ONCE_BEFORE = frozenset({"a", "per", "every", "each", "more", "again"})
# A year of birth: 'born in 1990', 'born in the 80s', 'born before 1970', 'born between 1980 and 1985'. The single
# words that open one (modifiers.find_births); BIRTH_WORDS below are the phrases that name the birth column itself.
BORN_WORDS = frozenset({"born", "birth"})   # "date of birth in 1990", "year of birth after 1985"
# 'turning 30 this year': born in the year that makes the age, whether or not the birthday has passed.
TURNING_WORDS = frozenset({"turning", "turn", "turns"})
TURNING_PERIODS: dict[tuple[str, ...], int] = {("this", "year"): 0, ("next", "year"): 1}   # years from today's
TURNING_MONTHS: dict[tuple[str, ...], int] = {("this", "month"): 0, ("next", "month"): 1}   # months from today's
# Words that say a yes/no of the profile was turned off ('switched off email consent', 'turned their email consent off',
# French 'désactivé leur consentement email'): before the flag's phrase (past determiners), or a verb before it and
# 'off' right after it. Read as the flag not held now (its history is not kept), said in a note.
FLAG_OFF_BEFORE = (("switched", "off"), ("turned", "off"), ("disabled",), ("deactivated",), ("revoked",), ("withdrew",),
                   ("withdrawn",), ("withdrawing",), ("retracted",))
FLAG_OFF_VERBS = frozenset({"switched", "turned", "set"})
FLAG_OFF_AFTER = ("off",)
# ... and turned on ('switched push notifications on over the past fortnight', 'enabled push'): the flag held now, as
# said without them (its period, if any, is when its row last changed)
FLAG_ON_BEFORE = (("switched", "on"), ("turned", "on"), ("enabled",), ("activated",))
FLAG_ON_AFTER = ("on",)
# Words that say a yes/no of the profile's rows was answered no ('push opt-ins who explicitly refused SMS', 'said no to
# email'): before the value's phrase (past determiners), a row that says no (FlagValueCondition.yes False), never a
# missing one
FLAG_NO_BEFORE: tuple[tuple[str, ...], ...] = tuple(
    (*how, *verb) for verb in (("refused",), ("declined",), ("said", "no", "to"), ("turned", "down"))
    for how in ((), ("explicitly",), ("actively",), ("expressly",), ("clearly",), ("specifically",)))
# A month said from today's of a birthday ('a birthday this month', 'birthdays next month'): that calendar month of any
# year (months from today's)
BIRTHDAY_MONTHS: dict[tuple[str, ...], int] = {("this", "month"): 0, ("next", "month"): 1}
# The days ahead of a birthday ('a birthday in the next 7 days', 'birthday coming up within the next two weeks'): the
# words before a number and its unit, read as the days after today (a birthday's month and day, any year). Only a
# birthday is said ahead: a behaviour has no events yet to come.
AHEAD_LEADS: tuple[tuple[str, ...], ...] = tuple(sorted({
    *((*up, lead, "the", ahead) for up in ((), ("coming", "up")) for lead in ("in", "within", "over", "during")
      for ahead in ("next", "coming")),
    ("the", "next"), ("next",), ("the", "coming")}, key=len, reverse=True))
# The words that name a birthday, not a birth ('born in the last 30 years' is an age): only a birthday is read on
# its month and day of any year ('a birthday in the last 7 days').
BIRTHDAY_WORDS = frozenset({"birthday", "birthdays", "bday", "bdays", "b-day"})
# The verbs said of a birthday that add nothing to it ('celebrating their birthday next month')
BIRTHDAY_VERBS = frozenset({"celebrate", "celebrates", "celebrating", "celebrated", "have", "has", "having"})
BIRTH_OPS = {"before": "<", "after": ">", "since": ">=", "from": ">=", "until": "<=", "in": "=", "during": "="}
BIRTH_TAILS = {("or", "later"): ">=", ("or", "after"): ">=", ("and", "later"): ">=", ("onwards",): ">=",
               ("or", "earlier"): "<=", ("or", "before"): "<=", ("and", "earlier"): "<="}
DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                "eighties": 80, "nineties": 90, "decade": None}   # 'decade <n>': a language that names the number after
# '0,5': the comma is a list separator in English ('1,000' with three digits is read as a thousand).
DECIMAL_COMMA = False

# Words that carry no condition by themselves: never reported as "not understood".
FUNCTION_WORDS = frozenset("""
a an the of in on at to for from by with within via through into onto over under about around across after before
and or but also plus as than then that which who whom whose what when where while whether if so such
is are was were be been being am do does did done has have had having get gets got getting make makes made
i me my we us our ours you your they them their theirs he she his her it its this these those there here
all any some every each both either neither other another same only just still now ever already yet really
very much many more most less least few fewer lot lots please give find show list select target segment audience
people person persons want need like would could should can may might will shall let
something anything someone anyone everyone everybody somebody thing things one ones time times
product products item items stuff content
place placed places placing give gave given gives giving come came comes coming take took taken takes taking
use used uses using
chose chosen choose chooses choosing picked
happen happens happened happening occur occurs occurred sitting holding whoever falls sit sits fall
residents inhabitants locals folks
however though although whereas
pull grab fetch extract ran
how
actually nevertheless nonetheless anyway basically u ya
who've who're who'd they're they've we're we've you're i'm i'd it's there's theres
""".split())  # the last lines are light verbs: 'placed an order', 'gave consent', 'came through referral', 'whose
# first purchase happened in May', 'sitting on 2,000 points', 'ran a search'; nouns for people ('Paris residents',
# 'Manchester folks'); the verbs of a request for a list ('pls pull customers aged 40-55', 'grab VIPs in Lyon');
# 'how' of 'how many' (see SIZE_QUESTIONS); adverbs that point or stress ('who nevertheless opened', 'never actually
# bought'), 'u' of 'can u'; contractions of the grammar words above ('customers who've shopped', 'it's been 500
# days since', 'there's no mobile number on their record')

# General nouns of goods: beside a category ('swimming kit', 'items of tennis gear', 'equipment for climbing') they
# say 'goods of that category' and are part of its phrase. GOODS_LINKS join the noun before its category.
GOODS_NOUNS = frozenset({"gear", "kit", "kits", "equipment", "stuff", "item", "items", "goods", "product", "products",
                         "things", "supplies", "articles", "range", "ranges", "assortment"})
GOODS_LINKS = frozenset({"of", "for"})

# Nouns of a quantity of goods ('more than 5 items'): a number before one is the catalog's measure that names it
# ('units' for a quantity), and is asked about when none does; never a count of the behaviour.
QUANTITY_NOUNS = frozenset({"item", "items", "unit", "units", "piece", "pieces", "article", "articles"})
# ... the words between a number and such a noun ('6 or more items', '10+ items', French '6 articles ou plus' has none)
QUANTITY_BOUNDS = frozenset({"or", "more", "less", "fewer", "+", "and", "up", "above", "over"})
# The words after a number that make it a count of times ("3 times", "5x")
COUNT_WORDS = frozenset({"times", "time", "x"})

# Words for the amount of one event of a kind ('average basket' = the average amount per purchase): read as the
# amount of every event of that kind that has one, unless the catalog gives the word a meaning of its own.
BASKET_WORDS: dict[str, str] = {"basket": "purchase", "baskets": "purchase", "basket value": "purchase",
                                "order value": "purchase", "order values": "purchase", "purchase value": "purchase",
                                "transaction value": "purchase", "cart value": "purchase"}
BASKET_PLURALS = frozenset({"baskets"})     # ... also the events themselves, counted ('3 baskets over €150')

# Words that point back at what the request named before ('opened none of them', 'clicked any').
PRONOUNS = frozenset({"them", "it", "any", "those", "these", "one", "ones", "such"})

# A self-correction: what comes before it in its sentence was taken back ('platinum... no wait, just VIPs').
RETRACTIONS: tuple[tuple[str, ...], ...] = (("no", "wait"), ("scratch", "that"), ("i", "mean"), ("or", "rather"))

NEGATIONS = frozenset({"not", "never", "no", "haven't", "hasn't", "didn't", "don't", "doesn't", "havent", "hasnt",
                       "didnt", "dont", "doesnt", "nothing", "none", "without", "isn't", "aren't", "wasn't", "weren't",
                       "neither",
                       # typed as a prefix ('a non-delivered order', 'non VIP'): the value right after it is denied
                       # (Parser._prefix_negation), as French 'non livrée'
                       "non"})

# 'then' too: 'bought in store then ordered online' is two clauses (its order is read by the parser, or asked)
CONNECTORS = frozenset({",", ";", "and", "then", "but", "nor", "who", "that", "which", "whose", "with", "also", "plus", "+",
                        "while", "where", "yet", "however", "though", "although", "whereas", "who've", "who're", "who'd"})
# A subject that opens a relative clause with no 'who' after the customers' noun ("VIP customers we don't have a phone
# number for"): a clause of its own, from that word on (its negation is never the customers' before it).
CLAUSE_SUBJECTS = frozenset({"we"})
# The customers said as the subject of a relative clause about the event before it ('a ticket that they never rated',
# French 'qu'ils n'ont jamais noté'): the clause says what that event is (the_one_before._measured_of_the_one_before).
RELATIVE_SUBJECTS = frozenset({"they", "he", "she"})
# A clause's verb comes after these ('customers who added to cart', French 'qui ont ajouté au panier'), its auxiliaries
# between: a behaviour's value said there is said with its verb, and the behaviour is named.
RELATIVE_WORDS = frozenset({"who", "that", "which"})
# The words that restart a clause of the customers after 'and' ('... and who ordered online in 2025', '... and whose
# average basket is over 200 in 2025', French 'et dont'): a period said in it is its own.
RESTARTING_WORDS = RELATIVE_WORDS | {"whose"}
# The words after the customers' noun that open the clause saying which ('customers with ...', 'clients qui ...')
CLAUSE_OPENERS = RELATIVE_WORDS | {"with", "whose", "having", "without"}
# The subjects of a relative said of a thing, not of the customers ('the tickets that they rated'; French 'qu'ils')
RELATIVE_SUBJECTS = frozenset({"they", "we", "you", "i", "ils", "elles", "on", "nous", "vous"})
AUXILIARY_VERBS = frozenset({"have", "has", "had"})
# The words a negation may follow in its clause ('or did not click', 'or haven't bought', French 'ou n'ont pas': its
# 'ne' read as no word).
DENIAL_LEADS = AUXILIARY_VERBS | {"did", "do", "does", ""}
# Words between a behaviour and a state of that same event ('a ticket that is still not closed', 'that hasn't been
# resolved yet'): the event's state, not another behaviour.
STATE_LINKS = frozenset({"is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "still", "yet",
                         "already", "", "got", "gets", "get"})
# After 'but not', they say a state the event before has not reached ('an order shipped but not yet delivered'; French
# 'pas encore livrée' reads 'still'): the same event's, not an exclusion of another.
STATE_ADVERBS = frozenset({"yet", "still"})
# Before a behaviour's noun, they point back at the behaviour said before ('returned one of these orders').
DEMONSTRATIVES = frozenset({"these", "those"})
# Before a behaviour's noun said again, they make it the one said before ('with that ticket still unresolved')
POINTING_WORDS = DEMONSTRATIVES | {"this", "that"}
# 'an order that got cancelled': before a past participle (these endings), the passive's auxiliary, not a verb.
PASSIVE_AUXILIARIES = frozenset({"got", "get", "gets", "getting"})
PAST_PARTICIPLE_ENDINGS = ("ed",)
IRREGULAR_PARTICIPLES = frozenset({"bought", "spent", "sent", "got", "gotten", "made", "put", "heard", "read", "said",
                                   "paid", "come", "came", "been", "rang", "rung", "left", "gave", "given", "took",
                                   "taken", "found", "won", "went", "gone", "kept", "wrote", "written", "saw", "seen"})
# Between a verb of buying and an amount, the word that says what they spent ('bought for more than €500', French
# 'acheté pour'): the sum, as 'spent' (quantities._one_event); after a noun ('an order for €500') one event's
SPENT_FOR = frozenset({"for"})
# Who does what a catalog value's verb says ('emailed', 'called': a dimension's `verbs`), from the words before it,
# these skipped: a subject other than the customers ('customers we emailed') or a passive ('were texted', 'customers
# not emailed since May') makes the customers its object; a relative ('who called', 'who emailed us') its subject.
VOICE_AGENTS = frozenset({"we", "i", "we've", "i've", "we'd", "weve", "ive"})
VOICE_PASSIVES = PASSIVE_AUXILIARIES | {"been", "be", "being", "were", "was", "is", "are"}
# ... and they, after a behaviour's noun, make a verb of another behaviour right after them that noun's ('the ticket was
# opened', 'has been opened'; French 'a été ouvert' reads 'was': events._noun_before_the_passive)
VOICE_SKIPPED = NEGATIONS | AUXILIARY_VERBS | {"", "already", "ever", "recently", "just", "yet", "still", "also"}
# ... a relative before the agent that is still the subject (French 'qui nous ont appelés': 'nous' is the object)
VOICE_SUBJECT_RELATIVES: frozenset[str] = frozenset()
# ... and after the verb, its object when it is us ('who emailed us', 'called me')
VOICE_OBJECTS_US = frozenset({"us", "me"})
# Before a dimension's name, words that point back at its values said before ('never bought either brand').
DIMENSION_POINTERS = frozenset({"either", "both", "that", "this", "same"})
# A connector that negates the clause it opens: 'neither opened an email nor bought anything'.
NEGATING_CONNECTORS = frozenset({"nor"})

EXCLUSION_MARKERS: tuple[tuple[str, ...], ...] = tuple(sorted((
    ("but", "exclude"), ("but", "excluding"), ("exclude",), ("excluding",), ("except",), ("except", "for"),
    ("but", "not"), ("minus",), ("without",), ("other", "than"), ("apart", "from"), ("not", "including"),
    ("and", "not"), ("but", "no"), ("leaving", "out"), ("leave", "out"), ("remove",), ("removing",),
    ("nobody",), ("no", "one"),     # 'VIPs in France, but nobody who bought Smeg'
    ("but", "neither"),             # 'VIPs but neither customers in France nor ...' (its 'nor' goes on excluding)
), key=len, reverse=True))
# The markers that may open the request with what is excluded, up to the comma or colon that closes it ('excluding
# gold and VIP: customers with 5+ app orders', French 'hors VIP, ...', 'sauf ...' after the rewrite); the criteria follow.
LEADING_EXCLUSIONS = frozenset({("excluding",), ("except",), ("exclude",), ("except", "for"), ("apart", "from")})
# Words that set what follows against what was said before ('bought Nike but not Adidas this year', 'except in outlets
# this year'): a period said at the end after one may be both's (offline/span_readings._period_of_the_last_only).
CONTRAST_WORDS = frozenset({"but", "except", "excluding", "minus", "without", "apart"})
# Words that name a count said before the behaviour counted ('number of online orders in 2025 >= 5', French 'nombre de'
# and 'nb de' after the rewrite): read with the count, never asked about.
NUMBER_OF: tuple[tuple[str, ...], ...] = (("number", "of"), ("count", "of"), ("no.", "of"), ("nb", "of"))
# Words that say a condition is required ('SMS opt-in required', 'opt-in SMS obligatoire'): they add nothing to it,
# and a clause holding one, after an exclusion, is back among the criteria ('excluding VIPs, SMS opt-in required').
REQUIRED_WORDS = frozenset({"required", "mandatory", "compulsory", "obligatory", "must", "needed", "essential"})
# Between 'must' and what it requires ('must have bought', 'must be opted in', 'must also have'): nothing of its own.
REQUIRED_AUXILIARIES = frozenset({"be", "been", "also", "still", "already"})
# The markers that, right after a behaviour's noun or place and before one of its values, say which values are
# meant ('a store other than an outlet', 'une boutique hors outlet'), as a bracket '(not outlet)' does.
INLINE_MARKERS = frozenset({("excluding",), ("except",), ("other", "than"), ("apart", "from")})
# The words for what a behaviour is about, said between it and such a marker ('bought something other than shoes',
# French 'autre chose que' after the rewrite): the marker still narrows the behaviour.
INLINE_THINGS = frozenset({"something", "anything", "things", "items", "products"})
# A negated follow-up said with these ('but nothing at all from Home since July', 'haven't bought anything since',
# 'plus rien du tout'): any of that behaviour, never only with the values of the one said before it (carried).
WIDENING_WORDS: tuple[tuple[str, ...], ...] = (("at", "all"), ("anything",), ("whatsoever",), ("anywhere",),
                                               ("anywhere", "else"))
# Words that give a negated behaviour a time of its own ('never ordered', 'not yet', 'not since'): it never takes
# the period of the behaviour before it.
OWN_TIME_WORDS = frozenset({"never", "yet", "since", "anymore", "again", "already"})
# 'never' says at no time: a behaviour denied with it keeps no period of the one said before it ('never ... a single')
NEVER_WORDS = frozenset({"never"})
# What is had rather than done ('those with an open ticket', 'who still have a pending order'): a state held now.
POSSESSION_WORDS = frozenset({"with", "having"})
HAVE_VERBS = frozenset({"have", "has", "had"})     # ... followed by one of HELD_DETERMINERS (below DETERMINERS)
# The markers that continue the behaviour before ('added to cart this month but no order'): what they exclude may
# take its period; the others ('except', 'excluding') name a group of their own.
CONTINUING_MARKERS = frozenset({("but", "not"), ("but", "no"), ("and", "not")})
# 'drop anyone who returned', 'skip those who ...': verbs that exclude only when the people they drop follow.
EXCLUSION_VERBS = frozenset({"drop", "skip", "omit"})
EXCLUDED_PEOPLE = frozenset({"anyone", "anybody", "everyone", "everybody", "those", "people", "customers"})
# An exclusion that names its people first and then says which ('except those who are not VIP and haven't bought
# since', 'but not customers with a low churn risk and electronics as their favourite category', 'mais pas les clients
# de Montréal qui ont accepté les notifs push') excludes one group, those who meet every condition said; two groups
# only when these words come between two of them ('except those who opened or clicked') or its people are named again
# ('except those in France and those who ...').
EXCLUDED_GROUP_SPLITS = frozenset({"or", ";"})
# Before a value of a behaviour's place, the words that mean any other ('store purchases made outside Paris'; French
# 'en dehors de' is an exclusion, 'en dehors des clients VIP'): events.EventReading._add_dims, EventCondition.other_than
OUTSIDE_WORDS: tuple[tuple[str, ...], ...] = (("outside", "of"), ("outside",), ("anywhere", "but"), ("anywhere", "except"))
# A behaviour's place compared with the customer's own, row by row (own_places.find_own_places, EventCondition.own_place).
# A country other than theirs, said alone after a behaviour ('in one of our stores abroad'; French 'à l'étranger' reads
# 'at the etranger'), and the catalog phrase naming the customers' attribute it is of (each language its own)
ABROAD_WORDS = frozenset({"abroad", "overseas", "etranger"})
ABROAD_PLACE = ("country",)
# ... their own one: a possessive, a word that stresses it ('their own city', 'their home country'), what may follow the
# place ('their country of residence', 'the city they live in', 'the city where they live'), and the words before
# the possessive that say it is theirs ('in their own city') or any other ('outside their home country')
OWN_PLACE_POSSESSIVES = frozenset({"their"})
OWN_PLACE_MARKERS = frozenset({"own", "home"})
OWN_PLACE_TAILS: tuple[tuple[str, ...], ...] = (
    ("of", "residence"), ("they", "live", "in"), ("they", "reside", "in"), ("they", "are", "based", "in"),
    ("where", "they", "live"), ("where", "they", "reside"), ("where", "they", "are", "based"))
OWN_PLACE_SAME_LEADS = frozenset({"in", "at", "from", "within", "inside", "of"})
# ... and before all that, the words that say where the behaviour's place is ('in one of our stores located outside
# their country of residence', French 'dans un magasin situé dans leur ville')
OWN_PLACE_LOCATED = frozenset({"located", "situated", "based"})
OWN_PLACE_OTHER_LEADS: tuple[tuple[str, ...], ...] = (
    ("outside", "of"), ("outside",), ("beyond",), ("away", "from"), ("not", "in"), ("anywhere", "but"),
    ("anywhere", "except"), ("elsewhere", "than", "in"), ("elsewhere", "than"))
# ... or another one said with the place ('a country other than theirs', 'another city than the one they live in', 'a
# different city from theirs', 'a foreign country'; 'the same city as theirs'): the words before the place, those
# between it and theirs, and theirs said without the place
OWN_PLACE_ARTICLES = frozenset({"a", "an", "the", "any", "some"})
OWN_PLACE_OTHER_WORDS = frozenset({"another", "other", "different"})
OWN_PLACE_ONE = frozenset({"a", "an", "another"})      # 'another country' alone: one place, never a count of them
OWN_PLACE_FOREIGN = frozenset({"foreign"})
OWN_PLACE_SAME_WORDS = frozenset({"same"})
OWN_PLACE_THAN: tuple[tuple[str, ...], ...] = (
    ("other", "than"), ("different", "from"), ("different", "than"), ("different", "to"), ("than",), ("from",),
    ("as",))
OWN_PLACE_THEIRS: tuple[tuple[str, ...], ...] = (
    ("theirs",), ("their", "own"), ("the", "their"), ("the", "one", "they", "live", "in"),
    ("the", "one", "where", "they", "live"), ("the", "one", "they", "reside", "in"), ("the", "one", "on", "file"),
    ("where", "they", "live"), ("the", "one", "of", "their", "residence"))
# Between a negated behaviour and its kinds said again ('bought nothing in that time - not in store, not online'), the
# words that only list them (span_readings._kinds_restated; French '- ni mail ni push' reads '- who neither mail nor
# push')
RESTATING_LINKS = frozenset({"-", "–", "—", ",", ":", ";", "and", "or", "nor", "neither", "either", "(", ")", "who"})
# Inside an exclusion, the words after which those it names are kept ('except those with an open ticket, unless they
# bought in the last 30 days', '- but keep those who ...'): parser._kept_exception
KEPT_EXCEPTIONS: tuple[tuple[str, ...], ...] = (("unless",), ("but", "keep"), ("but", "still", "keep"),
                                               ("but", "we", "keep"), ("though", "keep"), ("except", "if"))
# Nouns for the people who did a behaviour: a bound right after one is their age ('web buyers under 30'), never a
# count of the behaviour (the catalog's own words for the customers are read the same)
PEOPLE_NOUNS = frozenset({"buyer", "buyers", "purchaser", "purchasers", "shopper", "shoppers", "spender", "spenders",
                          "visitor", "visitors", "openers", "clickers", "subscribers", "members", "customers", "clients"})
# A word that points back at a place said before ('our VIPs there', 'who live there'): said of the customers, the
# place of theirs named last (places_pointed_back); not after or before these ('there are', 'is there'); said of the
# customers after their nouns, their values, or these verbs of where they are.
PLACE_POINTERS = frozenset({"there"})
PLACE_POINTER_EXISTENTIALS = frozenset({"is", "are", "was", "were", "be", "been", "'s", "has", "have", "had", "will",
                                        "would", "must", "should", "may", "might", "could", "can", "seems", "seem"})
PLACE_POINTER_LEADS = frozenset({"live", "lives", "living", "lived", "based", "reside", "resides", "residing",
                                 "located", "settled"})
# Words before a policy's term that say to keep to it ('respect the pressure cap', 'within the pressure cap'): the
# customers it removes are removed (parser._policy_kept); the term alone names them ('customers over the pressure cap').
POLICY_KEEPS: tuple[tuple[str, ...], ...] = tuple(sorted((
    ("respect",), ("respects",), ("respecting",), ("honour",), ("honor",), ("honouring",), ("honoring",),
    ("observe",), ("observing",), ("apply",), ("applying",), ("within",), ("under",), ("below",), ("obey",),
    ("obeying",), ("in", "line", "with"), ("compliant", "with"), ("complying", "with"), ("comply", "with"),
    ("in", "respect", "of"), ("respect", "of"),
), key=len, reverse=True))
# Nouns that name a group of the customers by who they are (a value of the catalog said as the noun): after a comma
# or an 'or' in a list of groups ('married men, customers in Fairview or ...') they open a group, as the customers'
# own nouns do.
GROUP_NOUNS = frozenset({"women", "men", "females", "males", "ladies", "gentlemen"})
# The customers' nouns that also say what they did: said with a period and no behaviour ('summer shoppers', 'shoppers
# in December'), the people who did it then, read as this behaviour's own noun (the catalog's phrase for it).
AGENT_NOUNS = {"shopper": "buyer", "shoppers": "buyers"}

# After an exclusion, a clause that adds to the criteria again: '... but not in the last 18 months, with email consent'.
EXCLUSION_ENDS: tuple[tuple[str, ...], ...] = ((",", "with"), (",", "who", "have"), (",", "and", "with"))

# ... and so does an 'and' before a negated clause ('but not in store lately, and who are not VIP', '- et qui ne sont ni
# VIP ni ...', '- and neither VIP nor ...'): a negation inside an exclusion would keep only the VIPs (the words between
# the 'and' and its negation that say nothing more)
NEGATED_CLAUSE_LEADS = frozenset({"who", "who're", "who've", "whose", "are", "were", "is", "was", "have", "has", "had",
                                  "been", "they", "also", ""})
# After 'without', a 'but' that turns back to the customers ends the exclusion: 'without an order this year but who had
# ordered three times before' ('sans achat depuis 6 mois mais qui avaient ...'). After 'except those who' it does not.
WITHOUT_ENDS: tuple[tuple[str, ...], ...] = tuple((link, who) for link in ("but", "and")
                                                  for who in ("who", "who've", "who're", "who'd", "with"))
# ('..., and who had already bought', 'without a purchase in 3 months but with 2 in the 6 before')
# ... and so does 'who' with a verb in the plural after a thing in the singular: the customers again, not the thing
# ('without a birth date who have turned on push', 'sans date de naissance renseignée qui ont activé les notifs
# push': read inside, it excluded those with a birth date AND push). After a plural ('sans commandes qui ont été
# livrées') the verb may be the thing's: the exclusion goes on.
WITHOUT_PEOPLE = (("who",), frozenset({"have", "are", "were"}))
# ... and a state of the customers (a consent, a profile value) after one of these ('without a purchase in 6 months and
# subscribed to emails', ', opt-in email', 'but SMS opt-in', 'sans achat depuis 6 mois, mais opt-in SMS'): the criteria again
WITHOUT_STATE_LINKS = frozenset({"and", ",", "but"})
# ... with these between ('but with an SMS opt-in', 'mais avec un opt-in SMS')
STATE_LEADS = frozenset({"with", "still", "having"})

# 'without ... none' ('sans en avoir ouvert aucun'): after these exclusion markers, these words repeat the negation.
CONCORD_MARKERS = frozenset({("without",)})
# A verb of using said of a profile attribute ('never used their loyalty points'): something done with it, which no
# catalog attribute holds (asked: offline/parser.py _used_on_an_attribute); French 'utilisé' reads 'used'.
# The words that give a reason, right before a value ('left because of the price', 'due to a late delivery'): read
# with it (parser._said_with_a_value)
REASON_LEADS: tuple[tuple[str, ...], ...] = (("because", "of"), ("due", "to"), ("owing", "to"), ("on", "account", "of"))
USE_VERBS = frozenset({"use", "used", "uses", "using", "redeem", "redeemed", "redeems", "redeeming", "spend",
                       "spent"})
USE_OBJECT_LEADS = frozenset({"of", "one", "single", "any"})     # between the verb and the attribute ('a single one of')
DASHES = frozenset({"-", "–", "—"})
VALUE_LIST_JOINS = frozenset({",", "and", "or", "&", "/", "+"})     # between the values of a list ('shoes, bags and hats')
# ... said after these in its clause, 'without' is a double negative ('never ordered online without a promo code':
# every order with one), no exclusion: asked (offline/exclusions.py)
VERB_NEGATIONS = frozenset({"never", "haven't", "hasn't", "didn't", "don't", "doesn't", "havent", "hasnt", "didnt",
                            "dont", "doesnt", "wasn't", "weren't"})
CONCORD_NEGATIONS = frozenset({"no", "none", "never", "nothing"})

NAME = "English"
CODE = "en"
# The words that tell a request is in English (the detector compares them with other languages' markers).
MARKERS = frozenset("the who which with and or in of last months days bought customers".split())

# What the translator says, in this language.
MESSAGES = {
    # the conservation check: words read that no criterion holds (a reading claimed them, then dropped them)
    "not_kept": "'{phrase}' ({reading}) was read but is not in the audience: check it.",
    "not_kept_plain": "'{phrase}' was read but is not in the audience: check it.",
    "every_not_kept": "'{phrase}' (every one of the events) is not applied in the audience: check it.",
    "or_as_and": "'or' between '{a}' and '{b}' was not applied: both are required. Rephrase with 'either ... or ...' if either one is enough.",
    "ranked_first": "The top {n} are ranked among the customers the criteria keep, before the exclusions remove some of them (check that this is what you meant).",
    "cannot_both": "No customer can be '{first}' and '{second}' at once: which did you mean?",
    "either": "either {first}, or {second}",
    "contradiction": "'{a}' and '{b}' cannot both hold: no customer would match. Which one did you mean?",
    "leave_out": "leave it out",
    "said_between": "'{phrase}': is '{middle}' said of both, or of '{first}' only?",
    "either_way": "'{phrase}': '{value}' makes no difference, so leave it out (customers {value} or not), or did you "
                  "mean {value} only?",
    "only": "{value} only",
    "unknown": "'{phrase}' is not something the catalog knows: leave it out, or rephrase it.",
    "unknown_choices": "'{phrase}' is not something the catalog knows. Did you mean one of these, or should it be left out?",
    "two_readings": "'{phrase}' can be read as '{a}' or as '{b}': which one did you mean?",
    "refine_refused": "Could not apply '{instruction}': say what to add, exclude, drop or which window to use, "
                      "e.g. 'also exclude people who unsubscribed' or 'make it 3 months'.",
    "model_nothing": "The model found nothing in the catalog for this request",
    "model_not_understood": " (not understood: {phrases})",
    "model_invalid": "The model did not produce a valid audience in {n} attempts: {error}",
    "model_failed": "{reason}. Nothing was saved; try again, rephrase, or use the offline translator.",
    "model_could_not_read": "The model could not read {phrases}: {reason}",
    "vague_window": "'{phrase}' can mean several periods: which one?",
    "nothing": ("Nothing in this request matches the catalog{unknown}. Name attributes, behaviours or terms the "
                       "catalog knows: see the Catalog page or `audience catalog show`."),
    "not_understood": " (not understood: {phrases})",
    "task_refused": ("'{verb}' asks for something other than an audience: this tool builds audiences; it cannot "
                     "{task}. Describe who you want to reach instead, and the audience can be built, e.g. 'VIP "
                     "customers who bought in store in the last 6 months'."),
}
# 'write me a list of ...', 'send me a segment of ...': the task is the audience itself (offline/other_tasks.py)
LISTS = frozenset({"list", "audience", "segment", "selection", "target", "query"})

# Tasks this tool does not do, named in the refusal (offline/other_tasks.py): the verb that opens a clause, past the
# polite opening ('Please unsubscribe everyone ...', '... and upload it to Facebook Ads'), its kind. Base forms only:
# a behaviour's past ('customers who unsubscribed') is no task.
TASK_NAMES = {
    "export": "export, hand over or publish personal data (names, emails, phone numbers, addresses) or load lists into "
              "other tools",
    "send": "send, schedule, launch or pause messages and campaigns",
    "change": "change or delete customer data in the CRM (subscriptions, tiers, points, promo codes, passwords, records) "
              "or split lists",
    "write": "write, rewrite, translate or summarise copy (subject lines, texts, messages)",
    "report": "compute reports or business figures (revenue, rates, units sold, breakdowns)",
    "guess": "guess personal traits such as ethnic origin from names or other data, nor build a list from such a guess",
    "vulnerable": "pick out people for a supposed weakness (their health, mood, grief, loneliness or money troubles) "
                  "to push offers at them",
    "terms": "decide the terms, prices or services customers get (withdrawing a benefit, refusing a payment option, "
             "charging some customers more): an audience is for reaching customers, never for treating some of them "
             "worse",
}
TASK_VERBS = {
    # ('publish their names on our Facebook page': personal data made public, the worst of hand-overs)
    **dict.fromkeys(("export", "download", "extract", "upload", "transfer", "sync", "publish"), "export"),
    # ('paste the emails + phone #s of ... into this channel'): personal data copied where it does not belong
    **dict.fromkeys(("paste", "copy", "dump"), "export"),
    # selling or renting the list out ('we resell it to a debt collector'): a hand-over of personal data
    **dict.fromkeys(("sell", "resell", "rent"), "export"),
    **dict.fromkeys(("schedule", "reschedule", "pause", "unpause", "resume", "cancel", "send", "resend", "notify"), "send"),
    # ('opt-in', 'opt-out' with their hyphen are the nouns: 'opt-in e-mail, SMS, push' asks for the opted-in)
    **dict.fromkeys(("unsubscribe", "unsub", "resubscribe", "re-subscribe", "subscribe", "merge", "dedupe",
                     "deduplicate", "generate", "reset", "archive", "reactivate", "deactivate", "assign", "load",
                     "delete", "erase", "wipe", "purge", "update", "modify", "edit", "change",
                     # moving customers to another tier ('bump every silver member up to gold')
                     "bump", "upgrade", "downgrade", "promote", "demote", "move"),
                    "change"),
    **dict.fromkeys(("write", "compose", "rewrite", "translate", "summarise", "summarize"), "write"),
}
# Also a noun or another word ('credit card holders', 'text subscribers', 'Marks & Spencer'): a task only before
# what it acts on ('Text all platinum members ...', 'set all bronze members to silver').
TASK_VERBS_BEFORE_OBJECT = {
    **dict.fromkeys(("text", "email", "launch", "stop", "switch", "activate", "push"), "send"),
    **dict.fromkeys(("share", "post"), "export"),
    **dict.fromkeys(("mark", "set", "tag", "flag", "credit", "split", "close"), "change"),
}
TASK_PHRASES: dict[tuple[str, ...], str] = {
    ("opt", "out"): "change", ("opt", "in"): "change",
    # putting the customers named on a list of the CRM ('add them to the do-not-contact list'): a change of its records
    **{(verb, "them", to): "change" for verb in ("add", "put") for to in ("to", "on", "onto", "in", "into")}}
TASK_PAST_ENDINGS: tuple[str, ...] = ()
GUESS_VERBS = frozenset({"guess", "infer", "deduce"})
# A judgement of how the customers' names sound ('drop anyone with a foreign-sounding surname', 'noms à consonance
# étrangère'): a guess of their origin, refused as 'guess' is (offline/other_tasks._names_judged): a word of the
# names and, within a few words, a word that judges their sound or origin
NAME_NOUNS = frozenset({"name", "names", "surname", "surnames", "lastname", "lastnames", "firstname", "firstnames"})
NAME_JUDGEMENTS = frozenset({"foreign-sounding", "ethnic-sounding", "sounding", "foreign", "ethnic", "exotic",
                             "immigrant", "unpronounceable"})
# People said to be vulnerable ('they're probably insomniacs or a bit depressed', 'lonely widows'): a list of them is
# for exploiting the weakness, refused (offline/other_tasks.py); said after an exclusion's word ('exclude vulnerable
# customers') it protects them, and is read as any other word. (Never a fan's word: 'sneaker addicts', 'les accros de
# la tablette' are keen customers.)
VULNERABLE_WORDS = frozenset({"depressed", "depression", "depressive", "insomniac", "insomniacs", "insomnia", "lonely",
                              "loneliness", "vulnerable", "desperate", "grieving",
                              "bereaved", "anxious", "gullible", "naive"})
VULNERABLE_GUARDS = frozenset({"exclude", "excluding", "except", "not", "no", "without", "never", "remove", "minus",
                               "protect", "avoid", "skip"})
# Selling or renting the customers' data out, whoever says it and wherever ('we resell their data to partners', '...
# - we're going to sell the list'): a hand-over of personal data, refused (offline/other_tasks._sold). Only with what
# names the data or the list after the verb (within a few words), never goods ('we sold them a warranty', 'items sold
# online', 'best-selling'), nor denied before it ('we never sell data', 'we don't rent it out').
SALE_VERBS = frozenset({"sell", "sells", "selling", "sold", "resell", "resells", "reselling", "resold", "rent", "rents",
                        "renting", "rented", "lease", "leases", "leasing", "leased", "monetise", "monetize",
                        "monetising", "monetizing"})
SALE_OBJECTS = frozenset({"list", "lists", "file", "files", "data", "details", "emails", "e-mails", "addresses",
                          "numbers", "contacts", "audience", "segment", "database", "records", "profiles", "leads"})
# ... or a pronoun for the list, with nothing given after it ('sell it to a broker'; 'sold them a warranty' gives goods)
SALE_PRONOUNS = frozenset({"it", "them"})
SALE_PRONOUN_ENDS = frozenset({"to", "on", "off", "out", "for", "again", "back", ",", ".", ";", ":", "-", "!", "?"})
SALE_PRONOUNS_BEFORE: frozenset[str] = frozenset()      # (French says the pronoun before the verb)
SALE_AUXILIARIES: frozenset[str] = frozenset()
SALE_DENIALS = frozenset({"not", "never", "don't", "dont", "won't", "wont", "doesn't", "didn't", "no", "nor", "cannot",
                          "can't", "shouldn't", "mustn't"})
# A verb that takes something from the customers it names ('take them off the free-returns policy', 'deny them
# credit'), before what it takes: their terms, prices or services, decided apart from marketing (offline/other_tasks.py)
TERMS_VERBS = frozenset({"take", "remove", "withdraw", "revoke", "deny", "refuse", "cut", "strip", "charge", "ban",
                         "disqualify"})
# ... or a verb that gives them terms ('show them higher prices'), with a word that makes the terms worse said beside
# what it gives
TERMS_GIVING_VERBS = frozenset({"show", "display", "give", "offer", "serve", "quote", "apply"})
TERMS_WORSE = frozenset({"higher", "inflated", "increased", "raised", "steeper", "worse"})
TERMS_PRONOUNS_BEFORE: frozenset[str] = frozenset()
TERMS_PRONOUNS_AFTER = frozenset({"them", "their", "'em", "him", "her", "his"})
TERMS_STOPS = frozenset({",", ";", ".", ":", "?", "!", "if", "who", "that", "when", "since", "because", "unless",
                         "whose"})
TERMS_NOUNS = frozenset({"policy", "returns", "benefit", "benefits", "perk", "perks", "warranty", "warranties",
                         "guarantee", "price", "prices", "pricing", "terms", "credit", "installment", "installments",
                         "instalments", "payment", "payments", "service", "services", "insurance", "refund", "refunds",
                         "fee", "fees", "surcharge", "loan", "loans"})
TASK_OBJECTS = frozenset({"all", "every", "everyone", "everybody", "each", "our", "the", "them", "it", "a", "an", "my",
                          "this", "these", "those", "their", "any"})
# (the team addressed: 'Hi team, can you ...', '@data can u ...')
TASK_OPENINGS = frozenset({"please", "pls", "plz", "can", "could", "would", "will", "you", "u", "kindly", "hi", "hey",
                           "team", "data",
                           "hello", ",", "i", "we", "need", "want", "to", "just", "also", "now", "go", "ahead", "and"})
TASK_CLAUSE_BREAKS = frozenset({"and", "then", ",", ";", ".", "?", "!", ":", "-", "–", "—"})
TASK_BARE_BREAKS = frozenset({":", "-", "–", "—"})
TASK_PURPOSE_SUBJECTS = frozenset({"we", "i"})    # after one of those: what the list is for, no order
TASK_PURPOSE_LEADS = frozenset({"to"})     # opening a clause after a comma: what the list is for ('..., to send them ...')
# (a clause after a colon or a dash gives orders too: "Our over-75s ...: text them tonight", "VIPs - add them to ...")
TASK_ELISIONS: tuple[str, ...] = ()
TASK_OBJECT_ELISIONS: tuple[str, ...] = ()
TASK_PRONOUN_SUFFIXES: tuple[str, ...] = ()
# Whom a task is done for, not what it acts on ('send me the list of VIPs in Lyon'): the marketer receiving the
# audience asks for the audience, as 'give me' does
TASK_RECIPIENTS = frozenset({"me", "us"})
# A figure asked for ('What was our online revenue by country', 'How many units of Lego did we sell'): the opening,
# then a figure's noun before any customer is named; contact details handed over the same way.
REPORT_OPENINGS = frozenset({"what", "what's", "whats", "how", "give", "pull", "show", "get", "compute", "calculate",
                             "make", "prepare", "build", "draw", "plot", "tell"})
REPORT_NOUNS = frozenset({"revenue", "revenues", "turnover", "rate", "rates", "units", "report", "chart", "graph",
                          "breakdown", "kpi", "kpis", "dashboard", "roi", "aov", "margin", "margins", "figures"})
TYPED_REPORT_NOUNS: frozenset[str] = frozenset()
CONTACT_NOUNS = frozenset({"address", "addresses", "numbers", "emails", "e-mails", "phones", "contacts", "details"})
# ... asked for with the customers ('top spenders with their emails and phone numbers'): an export (other_tasks)
CONTACT_LEADS = frozenset({("with", "their"), ("and", "their"), ("plus", "their"), ("including", "their")})
CONTACT_LIST_ENDS = frozenset({"and", ",", "-", "–", "—", ".", ";", ":", "(", "/", "&", "+", "?", "!"})   # ... listed
# Said after an export's verb, contact details ('export first name, last name and mobile number of ...').
CONTACT_WORDS = frozenset({"name", "names", "email", "e-mail", "mobile", "mobiles", "phone", "number", "surname",
                           "surnames", "postcode", "postcodes"})
# A verb that shows what follows it, said with contact details right after it ('List the names and mobile numbers of
# ...', 'show me their emails'): contact details read out, an export (other_tasks._contacts_shown); said with the
# customers ('List the customers who ...') it is the audience
CONTACT_SHOW_VERBS = frozenset({"list", "show", "display", "print", "give", "get", "pull", "read", "send", "tell"})
CONTACT_OWNERS = frozenset({"of", "for"})      # ... then whose they are ('the names of'); 'email openers' is no detail
# A file of the customers asked for with contact details in it ('an Excel export with name, email and postal address
# of ...', 'un export Excel avec nom, prénom, email'): an export of personal data, whatever verb asks for it
EXPORT_NOUNS = frozenset({"export", "extract", "excel", "csv", "spreadsheet", "xlsx", "file", "dump"})
EXPORT_HOLDING = frozenset({"with", "containing", "including", "incl", "holding", ":"})     # ... then what it holds
TASK_PEOPLE = frozenset({"customers", "customer", "clients", "client", "members", "member", "people", "shoppers",
                         "buyers", "users", "subscribers", "anyone", "everyone", "who", "whose", "with", "that",
                         "those", "which", "list", "audience", "segment", "vips", "vip", "women", "men"})

# Said to the model with a request in another language (in English, the model's instructions' language).
MODEL_LANGUAGE = ("The request is written in {name}: write `question`, its `options` and each part's `label` in {name}, "
                  "and quote each `phrase` exactly as the request writes it.")

# Common words of other languages the offline translator does not read.
FOREIGN_WORDS = {
    "Spanish": frozenset("los las que con sin para por compraron compras clientes tienda meses ultimos ultimo "
                         "pasado tienen y o el del al".split()),
    "German": frozenset("die der das und oder kunden kunde haben hat im letzten monat gekauft nicht mit ohne "
                        "für fur eine einen sind wurden geschäft geschaft".split()),
}

UNITS = {"day": ("DAY", 1), "days": ("DAY", 1), "week": ("DAY", 7), "weeks": ("DAY", 7), "fortnight": ("DAY", 14),
         "fortnights": ("DAY", 14), "month": ("MONTH", 1), "months": ("MONTH", 1), "year": ("MONTH", 12), "years": ("MONTH", 12), "quarter": ("MONTH", 3), "quarters": ("MONTH", 3),
         "half-year": ("MONTH", 6), "half-years": ("MONTH", 6)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS.pop("may", None)
MONTHS["may"] = 5
# The words after which a year typed before a behaviour's noun is its year ('our 2025 buyers'; span_readings.py).
YEAR_NOUN_LEADS = frozenset({"our", "your", "their", "all", ",", ":", "-", "(", "*", "by", "a", "an", "one"})   # 'top 5% by 2025 spend'
# A day the calendar names (HOLIDAYS) is read as a date after these ('since Christmas', 'between Black Friday and ...',
# 'the' between): 'Christmas shoppers' or 'at Christmas' may be the whole season, and stay asked.
HOLIDAY_LEADS = frozenset({"since", "after", "before", "from", "between", "on", "until", "till", "to", "through"})
# ... anywhere else a holiday is a period whose days are not said (the day itself, the weeks before it, the season):
# asked ('holiday_period'), with these words before it ('bought at Christmas', 'pour la fête du Travail', 'over
# Easter') and a year after it.
# A date written in numbers with no year ('since 15/09') is one only after these (offline/numeric_dates.py: 'rated
# 5/5' is a score); English writes day first and month first, so only one whose order its numbers say is read.
NUMERIC_DATE_LEADS = frozenset({"since", "after", "before", "from", "between", "on", "until", "till", "through"})
HOLIDAY_PERIOD_LEADS = frozenset({"at", "over", "during", "for", "around", "in", "of"})
MONTHS["sept"] = 9         # 'since Sept 1', 'Sept-Nov 2025': September's other short form
# The words a month said alone may come with ('departing in October', French 'en octobre'): a month of no year
# (events._next_month_ahead)
MONTH_LEADS = frozenset({"in", "during", "for", "of", "the", "on"})
CURRENCY = {"€", "$", "£", "euro", "euros", "eur", "dollar", "dollars", "usd", "pound", "pounds", "gbp",
            "chf", "franc", "francs", "cad", "buck", "bucks"}     # Swiss francs, Canadian dollars, 'bucks': the
# amount as written (no conversion)

# A bound said after a number or after what it counts ('3 orders or more', '4 purchases minimum', '2 tickets max').
BOUNDS_AFTER: dict[tuple[str, ...], str] = {("or", "more"): ">=", ("or", "above"): ">=", ("or", "less"): "<=",
                                            ("or", "fewer"): "<=", ("minimum",): ">=", ("min",): ">=",
                                            ("maximum",): "<=", ("max",): "<=", ("at", "least"): ">=", ("at", "most"): "<="}
# A bound said right after its number with 'or' / 'and' ('4.5 or higher', 'aged 25 and under': read as at least 25,
# the under-25s were the over-25s, with only an 'at least' note; 'or higher' was asked about)
BOUNDS_AFTER |= {(link, word): op for link in ("or", "and") for words, op in (
    (("more", "above", "higher", "greater", "over", "older", "better", "up", "beyond"), ">="),
    (("less", "fewer", "below", "lower", "under", "younger", "worse"), "<=")) for word in words}
COMPARISONS: list[tuple[tuple[str, ...], str]] = sorted([
    (("at", "least"), ">="), (("minimum",), ">="), (("min",), ">="), (("or", "more"), ">="),
    (("more", "than"), ">"), (("over",), ">"), (("above",), ">"), (("greater", "than"), ">"), (("higher", "than"), ">"),
    (("exceeding",), ">"), (("exceeds",), ">"), (("exceed",), ">"), (("exceeded",), ">"), (("older", "than"), ">"), (("beyond",), ">"),
    (("fewer", "than"), "<"), (("less", "than"), "<"), (("under",), "<"), (("below",), "<"), (("younger", "than"), "<"),
    (("lower", "than"), "<"), (("at", "most"), "<="), (("no", "more", "than"), "<="), (("up", "to"), "<="),
    (("maximum",), "<="), (("max",), "<="), (("exactly",), "="), (("only",), "="),
    # 'with a minimum of 5 purchases', 'a maximum of 2 returns'
    (("a", "minimum", "of"), ">="), (("minimum", "of"), ">="), (("a", "maximum", "of"), "<="), (("maximum", "of"), "<="),
    # the signs typed in a hurry ('avg basket > €120', 'âge<30', '>=3 commandes'): the tokenizer keeps them
    ((">",), ">"), ((">=",), ">="), (("≥",), ">="), (("<",), "<"), (("<=",), "<="), (("≤",), "<="),
], key=lambda x: -len(x[0]))

# The word that opens a range of a value ('spend 2025 between 500 and 1000'): a comparison after a year and its noun.
RANGE_OPENERS: tuple[str, ...] = ("between",)
MODIFIER_WORDS = {"average": "average", "avg": "average", "mean": "average", "averaging": "average", "first": "first", "first-time": "first",
                  "both": "both", "total": "total", "overall": "total", "lifetime": "total", "ever": "ever",
                  "before": "ever", "previously": "ever", "now": "now", "currently": "now", "also": "also"}

LEADING_WORDS = {"in", "on", "at", "through", "via", "the", "a", "an", "our", "from", "by"}
DETERMINERS = ("the", "our", "your", "their", "a", "an")
# In a request typed all in capitals, a catalog code that is also a grammar word ('US', 'IT') after these is the code
# ('CUSTOMERS IN US'); after any other word it is the word ('MESSAGES FROM US', 'VISITED US').
CODE_LEADS = frozenset({"in"})
# Codes that are also a pronoun ('IT', 'US'): after a lead, in a request all in capitals, the code only when said of the
# customers or a place of theirs ('CUSTOMERS IN IT'), never of a thing ('AN ORDER WITH SHOES IN IT')
CODE_PRONOUNS = frozenset({"it", "us"})
# The brand's own, before a word of latest ('our last SMS campaign': the latest one the brand sent, not each
# customer's latest event of that kind; quantities._latest)
OURS = frozenset({"our"})
# Said before a condition and its 'or not' ('whether VIP or not'): part of the phrase that says it does not matter.
EITHER_WAY_LEADS: tuple[tuple[str, ...], ...] = (("whether",),)
HELD_DETERMINERS = frozenset({*DETERMINERS, "any", "no", "some", "one"})     # 'who still have an open ticket'
# A qualifier said with a determiner it does not name ('in our shops' for 'in shops'): these prepositions open one.
QUALIFIER_PREPOSITIONS = frozenset({"in", "on", "at", "from", "via", "through"})
# Several words that pick one of a set, read as the determiner they end with ('in one of our stores' = 'in our stores').
DETERMINER_PHRASES: dict[tuple[str, ...], str] = {
    (pick, "of", det): det for pick in ("one", "any", "some", "each", "either", "several", "all")
    for det in ("our", "the", "their", "your")
}
# ... and after those that pick one of the business's own set, a number is the set's size, never a count ('in one of our
# two Lyon stores' was 'at least 2 purchases', with only a note)
SET_SIZE_DETERMINERS = frozenset({"our", "the"})
# The number of the things named before, said with the determiner that points back at them ('nothing from those two
# brands', 'either of the two brands'): the determiner alone ('the' alone before 'two' is a count: 'the two orders').
DETERMINER_PHRASES.update({(*pick, det, "two"): det for det in ("those", "these", "the")
                           for pick in ((), ("one", "of"), ("either", "of"), ("any", "of"), ("each", "of"),
                                        ("both", "of"), ("none", "of")) if pick or det != "the"})
# 'VIP customers in Spain, plus anyone who opened ...': what follows is a second audience, united with the first.
# The connector words are the marker; the pronoun after them stays the entity word it is.
UNION_MARKERS: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("plus",), frozenset({"anyone", "everyone", "anybody", "everybody", "those", "all", "people", "customers"})),
    (("as", "well", "as"), frozenset({"anyone", "everyone", "anybody", "everybody", "those", "all", "people"})),
    (("and", "also"), frozenset({"anyone", "everyone", "anybody", "everybody"})),
    (("together", "with"), frozenset({"anyone", "everyone", "anybody", "everybody", "those"})),
    (("along", "with"), frozenset({"anyone", "everyone", "anybody", "everybody", "those"})),
)
# Colloquial nouns for customers of one gender, read as the catalog's own word for it ('guys under 30' = 'men under
# 30') when the catalog has that word as a value; a catalog without one leaves them not understood, so they are asked.
GENDERED_NOUNS = {
    **dict.fromkeys(("guys", "guy", "boys", "lads", "blokes", "gents", "gentlemen", "gentleman", "fellas", "dudes",
                     "males", "menfolk"), "men"),
    **dict.fromkeys(("girls", "gals", "ladies", "lady", "females", "womenfolk"), "women"),
}
# Of the union markers, those that also unite a group named like the one before ('VIP customers plus gold customers',
# 'women in Paris as well as men in Lyon'): a new group when what follows names the entity, or another value of
# an attribute the part before named.
GROUP_UNION_MARKERS = frozenset({("plus",), ("as", "well", "as"), ("along", "with"), ("together", "with")})
# Verbs said for the catalog's own ('came to the website' = 'visited the website'): every catalog phrase that
# begins with the verb on the right also reads with the words on the left, unless the catalog says otherwise.
VERB_ALIASES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("came", "to"): ("visited",), ("went", "to"): ("visited",), ("been", "to"): ("visited",),
    ("been", "on"): ("visited",), ("stopped", "by"): ("visited",), ("dropped", "by"): ("visited",),
    ("popped", "into"): ("visited",), ("landed", "on"): ("visited",), ("hit",): ("used",), ("clicked",): ("used",),
    ("set", "foot", "in"): ("visited",), ("set", "foot", "into"): ("visited",), ("walked", "into"): ("visited",),
    # a customer seen on the site is one who visited it ('not seen on the website for 60+ days')
    ("seen", "on"): ("visited",),
    ("wrote", "to"): ("contacted",), ("reached", "out", "to"): ("contacted",), ("got", "in", "touch", "with"): ("contacted",),
}
# Words for the customer's birth date (or birth year), whatever the catalog calls it: 'born after 1985',
# 'a birthday in October'; a catalog word of the same spelling keeps its own meaning.
BIRTH_WORDS = ("born", "birthday", "birthdays", "date of birth")
# Words for when a customer became one: the catalog's date they name is how long someone has been a customer
# ('customers for over 7 years': that date more than 7 years back).
JOINED_WORDS = ("joined", "signed up", "registered")
# Words made from the catalog's words by an ending (ending, the ending it replaces), read as what they are made
# from when the catalog gives them no meaning: the doers of a kind of behaviour ('visitors', 'returners' of the
# kinds 'visit', 'return'; 'visits' its plural), of a past form ('subscribers' of 'subscribed'), the past form of a
# noun ('rated' of 'rating'), the plural of a compound ('opt-ins'), the people of a place ('Parisians').
DERIVED_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "kind": (("s", ""), ("ors", ""), ("ers", ""), ("ers", "e")),
    "doer": (("ers", "ed"),),
    "past": (("ed", "ing"),),
    # the past form of a word of a measure of an event's own row ('rated' of 'rating', 'scored' of 'score'): said with
    # the event's noun, the events that have the measure ('rated tickets'; lexicon.Lexicon.measured)
    "measured": (("ed", "ing"), ("ed", "e"), ("ing", "e")),      # ('a review scoring 4 or less' of 'score')
    "plural": (("s", ""),),
    # the past form of a behaviour's noun that is a verb, said with its thing ('requested a sample' of 'sample
    # request', 'booked a class' of 'class booking'), and the determiners said between
    "verb_of_noun": (("ed", ""), ("d", "e"), ("ed", "ing")),
    "verb_of_noun_determiners": (("a",), ("an",)),
    # the people of a place a value names ('Parisians', 'Bostonian'); never 'ers' ('openers' of the status 'open')
    "demonym": (("ians", ""), ("ian", "")),
    # ... and of a place the customers live in, written as a name ('Londoners', 'Berliners', 'New Yorkers'; lexicon.py)
    "named_demonym": (("ers", ""), ("er", ""), ("ans", ""), ("an", ""), ("ese", ""), ("ese", "a")),   # 'Chicagoans',
    # 'Milanese', 'Viennese'
}
# Phrasal verbs said for a catalog word: read as that word when the catalog gives them no meaning of their own
# ('sent back an order' = 'returned an order').
PHRASAL_VERBS: dict[tuple[str, ...], str] = {("sent", "back"): "returned", ("send", "back"): "returned",
                                             ("brought", "back"): "returned", ("bring", "back"): "returned",
                                             ("said", "yes", "to"): "consented", ("agreed", "to"): "consented",
                                             # who may be contacted on a channel ('can be contacted by email',
                                             # 'reachable by SMS'): its consent, never a message received
                                             **{said: "consented" for said in (
                                                 ("can", "be", "contacted"), ("may", "be", "contacted"),
                                                 ("can", "be", "reached"), ("reachable",), ("contactable",))},
                                             # a channel's consent said as a setting ('push notifications switched on')
                                             ("switched", "on"): "consented", ("turned", "on"): "consented",
                                             ("enabled",): "consented", ("activated",): "consented",
                                             ("repurchased",): "purchased",
                                             # the unsubscribe link used ('hit unsubscribe on an email')
                                             **{(*verb, "unsubscribe"): "unsubscribed" for verb in (
                                                 ("hit",), ("pressed",), ("tapped",), ("clicked", "on"), ("hit", "the"),
                                                 ("clicked", "the"), ("tapped", "the"), ("pressed", "the"))},
                                             # a customer who reached out by a channel or about a topic contacted
                                             # customer service ('we reached out to them' is a message: asked)
                                             **{(*verb, link): "contacted customer service"
                                                for verb in (("reached", "out"), ("got", "in", "touch"))
                                                for link in ("by", "via", "about", "regarding")},
                                             # they contacted us (French 'nous ont contactés'): a ticket, never a
                                             # message we sent ('contacted' alone: 'customers contacted by SMS')
                                             **{said: "contacted customer service" for said in (
                                                 ("contacted", "us"), ("reached", "out", "to", "us"),
                                                 ("got", "in", "touch", "with", "us"), ("wrote", "to", "us"))},
                                             # where a visit (or a customer) came from
                                             **{(verb, prep): "came from" for verb in ("landed", "arrived")
                                                for prep in ("from", "via", "through")},
                                             # an order or a purchase seen through ('completed an order', 'without
                                             # completing checkout'): placed; 'completed' alone is asked
                                             **{(verb, *det, noun): said for verb in (
                                                 "completed", "completing", "complete", "completes", "finalised",
                                                 "finalized", "finalising", "finalizing", "finalise", "finalize")
                                                for det in ((), ("an",), ("a",), ("their",), ("the",), ("his",), ("her",))
                                                for noun, said in (("order", "ordered"), ("orders", "ordered"),
                                                                   ("purchase", "purchased"), ("purchases", "purchased"),
                                                                   ("checkout", "ordered"))}}
# Verbs that lead another and add nothing a catalog can check ('ended up buying'): before a behaviour whose first
# word has one of the endings (offline/lexicon.py), read as that behaviour.
LEAD_VERBS: dict[tuple[str, ...], tuple[str, ...]] = {("ended", "up"): ("ing",), ("end", "up"): ("ing",)}
# Aggregates. A ranking: 'top 10', 'top 5%'; by a count ('by number of orders') or by spend; per a group.
RANK_WORDS = frozenset({"top", "best"})
# A share said as a part of the customers ('the top quartile'): its percent.
QUANTILES = {"half": 50, "third": 100 / 3, "quartile": 25, "quarter": 25, "quintile": 20, "decile": 10,
             "centile": 1, "percentile": 1}
# 'the 50 biggest spenders', 'our 20 best customers': the number said first, after a determiner.
RANK_AFTER_NUMBER = frozenset({"top", "best", "biggest", "largest", "highest"})
RANK_DETERMINERS = frozenset({"the", "our"})
# What makes a number of a ranking a share ('top 5%', 'the 5 % who spent the most', 'top 5 percent'): anywhere in a
# ranking phrase, a number followed by one of these is a percentile, never a count of customers.
PERCENT_WORDS = frozenset({"%", "percent", "pct"})
# 'the 50 customers who spent the most': the number said with the customers, the ranking said at the end.
SUPERLATIVES: tuple[tuple[str, ...], ...] = (("the", "most"),)
# ... and the adjectives of size said for 'the most' of a measure ('the 50 customers with the highest points balance');
# 'the lowest' is the other way round, which a ranking does not say: still asked.
SUPERLATIVES += (("the", "highest"), ("the", "biggest"), ("the", "largest"), ("the", "greatest"))
# 'in the top 20%': a band of all customers, which the other criteria then narrow (not a ranking among them only).
BAND_WORDS: tuple[tuple[str, ...], ...] = (("in", "the"), ("within", "the"), ("among", "the"), ("in", "our"))
COUNT_MEASURES: tuple[tuple[str, ...], ...] = (("number", "of"), ("count", "of"), ("most",), ("frequency",))
# 'VIP customers by spend', 'by number of orders': an order of the customers with no size said (no 'top 100', no
# 'top 10%') is a ranking to ask about (read without it, every VIP buyer was kept, silently). The words after 'by'.
ORDER_BY = (("by",), ("ranked", "by"), ("sorted", "by"), ("ordered", "by"))
# ... and said after a ranking of 'the most' ('the 100 who returned the most in 2002, by amount returned'): the words
# that make it a ranking by the amount, not the count (aggregates.read_top)
ORDER_AMOUNT_WORDS = frozenset({"amount", "value", "spend", "spending", "money", "revenue", "dollars", "euros"})
ORDER_MEASURES: tuple[tuple[str, ...], ...] = (("spend",), ("revenue",), ("sales",), ("value",),
                                               ("amount", "spent"), ("number", "of"), ("count", "of"), ("frequency",))
PER_WORDS: tuple[tuple[str, ...], ...] = (("per",), ("in", "each"), ("for", "each"), ("within", "each"), ("by",))
# 'more than 12 pages per visit', 'over 100 per order' (French 'par visite' reads 'by'): an amount said of each event,
# their average when 'average' is said with it ('averaging', 'on average', 'en moyenne'), else asked
PER_EVENT = frozenset({"per", "by"})
# Verbs of spending: a number said with one is an amount, not a count ('spent more than 500 online')
SPEND_VERBS = frozenset({"spent", "spend", "spends", "spending", "spenders", "spender", "paid", "pay"})
SPEND_WORDS = SPEND_VERBS | {"revenue", "sales", "value"}
# One behaviour against another: 'spent more online than in store', 'ordered less this year than last year',
# 'spend dropped this year compared with last year'.
COMPARATIVES = {"more": ">", "less": "<", "fewer": "<", "higher": ">", "lower": "<", "greater": ">", "bigger": ">",
                "smaller": "<"}
# Before a comparative, words that make it no comparison ("doesn't buy any more", "once more", "or more").
NOT_COMPARING = frozenset({"any", "no", "once", "or"})
# After a comparative, words that make it a negation: French 'n'ont plus rien acheté' reads 'have more nothing bought'
# (no longer bought anything), not a comparison of two periods.
NOT_COMPARING_AFTER = frozenset({"nothing", "never", "none", "anything"})
CHANGES = {"dropped": "<", "fell": "<", "decreased": "<", "declined": "<", "shrank": "<", "grew": ">",
           "increased": ">", "rose": ">"}
# 'the 6 months before', 'the 3 months prior': a length of time right before the period named with it.
PRECEDING_WORDS = frozenset({"before", "prior", "earlier", "preceding"})
# Words that count a quantity of the customer's own ('no car', 'without a car', 'one car'; French 'sans', 'aucun',
# 'un' as the rewrite reads them): its number (lexicon.counts_in_words), past a determiner after a 'none' word
COUNT_NONE_WORDS = frozenset({("no",), ("without",), ("zero",), ("not", "of"), ("not", "any"), ("no", "single")})
COUNT_ONE_WORDS = frozenset({"one", "a", "an"})
COUNT_DETERMINERS = frozenset({"a", "an", "any", "single"})
COUNT_OWNING = frozenset({"have", "has", "had", "own", "owns", "owned"})     # ('don't have a car': none)
# A customer's yearly amount: the words of a profile column that say so ('annual income', 'yearly income'), the
# nouns that name it, the verbs that say it before an amount ('earning over $100K'; French 'gagnent' as typed), the
# words between them, and what restates its period after the amount ('a year', French 'par an')
YEARLY_WORDS = frozenset({"yearly", "annual", "annually", "per-year"})
EARNING_NOUNS = ("income", "earnings", "salary", "revenu", "revenus", "salaire")
EARNING_VERBS = frozenset({"earning", "earn", "earns", "making", "make", "makes", "gagnent", "gagne", "gagnant",
                           "gagnaient", "touchent", "touchant"})
EARNING_BETWEEN = frozenset({"over", "more", "than", "above", "under", "below", "less", "at", "least", "most",
                             "between", "around", "about", "up", "to", "from", "of", "exceeding", "exceeds",
                             "exceed", "tops", "topping", "is", "are", "was"})
PER_YEAR = (("a", "year"), ("per", "year"), ("annually",), ("yearly",), ("by", "year"), ("an", "year"),
            ("each", "year"), ("every", "year"))
# ... and the word after them that points at the period said before ('in the 12 months before that')
BEFORE_POINTERS = frozenset({"that", "then", "this", "it"})
# A share of a customer's spend ('more than 80% of their spend online', 'more than half of their spend on kids'): the
# bound's words, the fractions said as words, and the nouns of the whole spend the share is of. 'at least' is not one
# of them: a share stays 'more' or 'less' than the fraction.
SHARE_OPS: dict[tuple[str, ...], str] = {("at", "least"): ">=", ("at", "most"): "<=", ("more", "than"): ">", ("over",): ">", ("above",): ">", ("less", "than"): "<",
                                         ("under",): "<", ("below",): "<"}
SHARE_FRACTIONS: dict[tuple[str, ...], float] = {("half",): 0.5, ("the", "half"): 0.5, ("a", "quarter"): 0.25,
                                                 ("a", "third"): 1 / 3, ("one", "third"): 1 / 3, ("two", "thirds"): 2 / 3,
                                                 ("three", "quarters"): 0.75, ("a", "fifth"): 0.2}
SHARE_OF: tuple[tuple[str, ...], ...] = (("of", "their"), ("of", "the"), ("of", "his"), ("of", "her"), ("of",), ("the",),
                                         ("their",))
# A rate of a customer's own events, by its words: the part counted among the whole, each said by words the catalog
# reads ('click rate': the messages received that were clicked; 'return rate': the orders that were returned). Its
# number said with it ('a click rate of 30% or more', 'under 10%'); its parts not in the catalog: asked, naming the rate
RATES: dict[tuple[str, ...], tuple[str, str]] = {
    **dict.fromkeys([("click", "through", "rate"), ("clickthrough", "rate"), ("click", "rate"), ("clic", "rate"),
                     ("ctr",)], ("clicked", "received")),
    **dict.fromkeys([("open", "rate"), ("opening", "rate"), ("opens", "rate")], ("opened", "received")),
    # the clicks among the opens ('click-to-open rate', 'CTOR')
    **dict.fromkeys([("click", "to", "open", "rate"), ("click", "to", "open"), ("ctor",)], ("clicked", "opened")),
    **dict.fromkeys([("return", "rate"), ("returns", "rate")], ("returned", "orders")),
}
# A rate's bound said before its number ('a click rate above 30%', 'of at least 30%'); with 'of' alone, after it
# ('of 30% or more': BOUNDS_AFTER); neither: asked
RATE_BOUNDS: dict[tuple[str, ...], str] = {
    **{(*lead, *w): op for lead in ((), ("of",)) for w, op in (
        (("more", "than"), ">"), (("over",), ">"), (("above",), ">"), (("less", "than"), "<"), (("under",), "<"),
        (("below",), "<"), (("at", "least"), ">="), (("at", "most"), "<="))},
    # its sign ('push open rate >= 50%', 'taux d'ouverture push >= 50 %')
    **{(sign,): op for sign, op in ((">", ">"), (">=", ">="), ("≥", ">="), ("<", "<"), ("<=", "<="), ("≤", "<="))}}
SHARE_WHOLES = frozenset({"spend", "spending", "spent", "spends", "expenditure", "expenditures"})
# ... and the verbs between the share said first and its part ('more than half of their spend went online')
SHARE_PART_VERBS = frozenset({"went", "goes", "go", "gone", "was", "were", "is", "are", "spent", "made"})
# The verbs that say a part is that share ('kids products represent more than half of their spend')
SHARE_LINKS: tuple[tuple[str, ...], ...] = (
    ("represent",), ("represents",), ("represented",), ("weigh",), ("weighs",), ("weighed",),
    *((verb, "for") for verb in ("account", "accounts", "accounted")),
    *((verb, "up") for verb in ("make", "makes", "made")))
THAN_WORDS: tuple[tuple[str, ...], ...] = (("compared", "with"), ("compared", "to"), ("versus",), ("vs",), ("than",),
                                           ("that",))   # 'qu'en magasin': French 'que' reads 'that'
# 'spent less in 2024 than that of 2025', 'lower than those of last year': the pronoun after 'than' stands for what is
# compared (never a relative opening a clause); the period after 'of' is the other side's.
THAN_PRONOUNS = frozenset({("that", "of"), ("those", "of"), ("one", "of")})
# After a change, the word that says by how much ('dropped by 30%', 'a baissé de 100 €': 'dropped of 100 €')
CHANGE_LINKS = frozenset({"by", "of"})
# 'twice as much online as in store', 'at least as many orders online as in store': a comparison of two behaviours
# said with the equal of a comparative, the boundary in; read with a multiple or a bound before it, or a fraction
# with its bound ('at most half as much': SHARE_FRACTIONS); a bare 'as much' or 'half as much' said between two
# behaviours is asked, at least or at most ('versus_equal'). Then the words that end the left side ('that': 'qu'en').
EQUATIVES: tuple[tuple[str, ...], ...] = (("as", "much"), ("as", "many"), ("as", "often"))
EQUATIVE_MARKERS: tuple[tuple[str, ...], ...] = (("as",), ("that",))
EQUATIVE_BOUNDS: dict[tuple[str, ...], str] = {("at", "least"): ">=", ("at", "most"): "<="}
# One behaviour against a multiple of another said as a word: 'at least double what it was in Q2', 'less than half of
# what they spent in Q2', 'at least doubled their spend in 2025 compared with 2024' (French 'au moins le double de
# celui du T2', 'à moins de la moitié de ce qu'ils ont dépensé'). The multiples by their words ('the double', 'the
# half': French 'le double', 'la moitié'; 'le double' reads 'twice as much'), each with the bound said before it
# (MULTIPLE_BOUNDS; a verb of a multiple alone is at least it, 'halved' at most it) ...
MULTIPLES: dict[tuple[str, ...], float] = {     # the longer phrase of a first word first
    ("twice", "as", "much"): 2, ("twice", "as", "many"): 2,
    **{(*lead, word): n for lead in ((), ("the",)) for word, n in (
        ("double", 2), ("twice", 2), ("triple", 3), ("treble", 3), ("quadruple", 4), ("half", 0.5))},
    ("doubled", ): 2, ("tripled",): 3, ("trebled",): 3, ("quadrupled",): 4, ("halved",): 0.5,
}
MULTIPLE_VERBS = frozenset({"doubled", "tripled", "trebled", "quadrupled", "halved"})
MULTIPLE_BOUNDS: dict[tuple[str, ...], str] = {**SHARE_OPS, ("more",): ">", ("less",): "<"}
# ... the words right after it that open the other side, what is compared said again ('what they spent in Q2', 'that
# of Q2'; French 'de ce qu'ils ont dépensé' reads 'of this than they', 'de celui du T2' 'of one the', 'de celles des 6
# mois précédents' 'of those the'), ...
MULTIPLE_OF: tuple[tuple[str, ...], ...] = (("of", "what"), ("what",), ("of", "this", "than"), ("of", "one"),
                                            ("of", "those", "of"), ("of", "that", "of"), ("of", "those"), ("of", "that"),
                                            ("that", "of"), ("those", "of"))
# ... and, before the bound, the verb of a change with its link ('dropped to less than half of', 'tombées à moins de
# la moitié de': 'fell at'), or the verb that says the side is it ('is at least double').
MULTIPLE_LINKS = frozenset({"to", "at"})
# The other side of a comparison ends at these: what follows is a behaviour of its own ('... than in Q2 (minimum 2
# visits in Q2)', '... compared with 2024 - only people who bought in 2024', French '... qu'au S1 2025 : seulement
# ceux qui en avaient passé au moins 2'), never a count or a period of that side.
SIDE_ENDS = frozenset({"-", ":", ";", "("})
# Said after the other side's several places or values, they count as one ('than in our flagships and mall stores put
# together', 'than on clothing and accessories combined'): as they are read (aggregates._union_said)
UNION_WORDS: tuple[tuple[str, ...], ...] = (("put", "together"), ("taken", "together"), ("all", "together"),
                                            ("together",), ("combined",), ("altogether",))
# After a comparative, words that make it a number of times ('bought more often online than in store')
FREQUENCY_WORDS = frozenset({"often", "frequently"})
# After 'that', the words that make it French 'que' comparing places or periods ('qu'en magasin', 'que sur le web'),
# not an English relative ('3 orders that were delivered')
THAT_PLACES = frozenset({"en", "in", "on", "at", "during", "over"})
# An amount said of one event ('placed an order over €300', 'a basket of more than €80', 'in a single order'):
# each event's own amount, not the sum over the window. The words that say one event, and the words that may
# stand between the event and its amount ('an order worth over €300').
# 'no order over €50': no single one ('no orders over €50' is each of them too).
ONE_EVENT_WORDS = frozenset({"a", "an", "single", "one", "no"})
ONE_EVENT_ALONE = frozenset({"single"})       # says one event wherever the amount is ('spent €300 in a single order')
# 'spent over €500 on an order': the words between an amount said first and the one event it was spent on.
# Said right after an amount, these make it each event's ('orders of at least 50 each'; French 'chacune' reads 'each')
EACH_AFTER = frozenset({"each", "apiece"})
# Said right before an amount, these make it each event's ('bought twice, each time over 100'; French 'à chaque fois'
# reads 'at every times')
EACH_TIME: tuple[tuple[str, ...], ...] = (("each", "time"), ("every", "time"), ("at", "every", "times"),
                                         ("every", "times"), ("each", "times"))
ONE_EVENT_SPENT_ON = frozenset({"on", "in", "for"})
# What opens a clause that says the amount of the event just measured ('a web order with 4+ units that came to under
# €80', ', for under €80'): that same event's own amount (meaning.EventCondition.own_amount), never another total.
OWN_AMOUNT_LINKS = frozenset({",", "", "with", "that", "which", "for"})
# Words that point back at the behaviour just said, before a count of it ('ordered online within 72 hours of a store
# visit, and that at least twice since January', French 'et ce au moins deux fois' reads 'and this'): the count and its
# period are that behaviour's (coordination._count_of_the_one_before), never another behaviour of the same events.
SAME_BEHAVIOUR_LINKS: tuple[tuple[str, ...], ...] = (("and", "this"), ("and", "that"), ("this",))
# One place said with a value that may hold several ('the Paris store', 'au magasin de Paris'): a singular noun of the
# place, a singular definite determiner before it (the words, as the parser reads them; French 'au' reads 'at the').
# Read as every place with that value; said in a note (parser._one_place_of_many), since one of them may be meant.
ONE_PLACE_NOUNS = frozenset({"store", "shop", "boutique", "outlet", "magasin"})
# Words before a behaviour's noun said again that make it the very thing the clause before named ('ordered online in June
# and whose order was returned', 'dont le ticket n'est pas encore résolu', 'et leur commande a été annulée': French
# 'dont' reads 'whose', 'leur' 'their', 'le' 'the'): its values are that thing's (coordination._the_one_pointed_back).
# 'the' points back only after one of these or a clause's edge ('..., and the ticket is still open').
POINTERS_TO_THE_ONE_BEFORE = frozenset({"whose", "their", "its", "that", "this", "same"})
POINTER_ARTICLES = frozenset({"the"})
# ... and an apposition right after the clause: ', with a ticket still pending' ('appelé le SAV pour un remboursement,
# avec un ticket toujours en attente'): the words before the noun
SAME_THING_APPOSITIONS: tuple[tuple[str, ...], ...] = ((",", "with", "a"), (",", "with", "an"), (",", "with", "one"))
ONE_PLACE_DETERMINERS = frozenset({"the", "that", "at"})
AMOUNT_LINKS = frozenset({"worth", "of", "valued", "at", "for", "with", "value", "amount", "totalling", "totaling",
                          "totalled", "totaled", "costing", "priced"})
# Verbs of several words that say an amount ('an order that came to more than €150', 'amounting to', 'orders which
# added up to'), read as 'totalling' with the relative word before them when an amount follows (modifiers.
# merge_amount_words; 'came to the store' is a visit): one event's own amount, or the sum of events said in the plural.
AMOUNT_VERBS = frozenset({("came", "to"), ("come", "to"), ("comes", "to"), ("coming", "to"), ("amounted", "to"),
                          ("amounting", "to"), ("amounts", "to"), ("added", "up", "to"), ("adds", "up", "to"),
                          ("adding", "up", "to"), ("add", "up", "to"), ("ran", "to"), ("running", "to")})
AMOUNT_VERB_RELATIVES = frozenset({"that", "which"})
AMOUNT_VERB_READ = "totalling"
# Said right after an amount, these make it one event's own, as 'each' does ('an order over a grand on its own';
# French 'à elle seule', 'à lui seul' read so): modifiers.merge_amount_words
EACH_PHRASES = frozenset({("on", "its", "own"), ("by", "itself"), ("all", "by", "itself")})
# ... what may follow them for an amount to follow ('came to over €150', 'came to €150'; a number follows too)
AMOUNT_OPENERS = frozenset({"more", "over", "under", "less", "above", "below", "at", "between", "exactly", "around",
                            "about", "nearly", "almost", "just", "no", "not", "fewer", "up"})
# Nouns of things bought that the catalog reads as no measure of their own: an amount said of one ('a product over
# €300') is read as the purchase's amount, and the note names the phrase.
# The words after which a behaviour's word is its noun ('with an order', 'their orders'), beside the determiners and
# the words for one event: a number said right after that noun is its amount, never a count ('an order over 100')
NOUN_OPENERS = frozenset(DETERMINERS) | {"with", "of", "whose"}
THING_NOUNS = frozenset({"product", "products", "item", "items", "thing", "things", "article", "articles"})
# The word between a behaviour's noun and whom it was with ('a conversation with support'): the behaviour's values may
# be said between them ('a chat conversation with support' has them before; 'a conversation by chat with support').
SLOT_LINKS = frozenset({"with"})
# Words that hold the place of what a behaviour was about in a catalog phrase ('looked at a product', 'added
# something to their cart'): a request that names the thing there ('looked at running shoes', 'added electronics to
# their cart') reads as the phrase, with what it named.
SLOT_WORDS = frozenset({"product", "products", "item", "items", "something", "anything", "stuff", "article",
                        "articles"})
# 'top 5% of spenders among our French customers': the customers a ranking is made among follow these.
AMONG_WORDS = frozenset({"among", "amongst"})
# 'whose last purchase was in May', 'their most recent order': the latest event of the kind, its window said.
LATEST_WORDS: tuple[tuple[str, ...], ...] = (("most", "recent"), ("last",), ("latest",))
# A first or latest said again with no noun of its own ('whose first purchase was online but whose most recent one was in
# store', French 'dont le plus récent a été fait en boutique'): of the behaviour said after the edge before it
# (offline/edges_said_again.py). The edges, on the canonical words; the pronoun that stands for the noun.
EDGE_WORDS: tuple[tuple[str, ...], ...] = (("first",), ("earliest",), *LATEST_WORDS)
EDGE_PRONOUNS = frozenset({"one"})
# The n latest events of a behaviour ('the last five emails we sent them', 'their last 3 purchases', French 'les 3
# derniers achats'): the word before n; and the words that say how many of those n the behaviour said of them is (all
# of them, one of them; a negation says none: 'didn't open a single one of the last 5 emails').
LATEST_N_WORDS = frozenset({"last", "latest"})
LATEST_N_OF = frozenset({"of"})      # 'at least 2 of their last 5 emails': the number before it counts among the n
LATEST_N_COUNTS = {"all": "all", "every": "all", "each": "all", "one": "one", "single": "one", "1": "one", "any": "one"}
# Between a thing and the window said of it ('whose last purchase was between 3 and 9 months ago').
COPULAS = frozenset({"was", "is", "were", "are", "been", "happened", "occurred", "made", "took", "place", "falls",
                     "fell"})    # 'whose last purchase took place online', 'whose birthday falls in December'
# Between an attribute and the word that says its value ('whose churn risk is low'): read as the catalog's phrase
# of both ('low churn risk') when it has one (offline/lexicon.py predicates).
PREDICATE_LINKS = frozenset({"is", "are", "was", "were"})
# The time between a behaviour's events (meaning.SpacingCondition): a number of SPACING_UNITS said with 'between' and
# the first and the latest event ('more than three years between their first and their latest purchase'), or with
# 'apart' after them ('their first and most recent purchase are more than 3 years apart'): their span; said with an
# average and 'between' one event and the next, two events, or the events ('on average less than three weeks between
# one purchase and the next', 'less than 30 days on average between two orders'): the mean gap. Never an age: French
# 'ans' reads 'years old', whose 'old' (SPACING_AFTER_UNIT) is the unit's. Without an average, 'between two orders'
# (each gap? some gap?) is asked.
SPACING_UNITS = {"day": "DAY", "days": "DAY", "week": "WEEK", "weeks": "WEEK", "month": "MONTH", "months": "MONTH",
                 "year": "YEAR", "years": "YEAR"}
SPACING_AFTER_UNIT = frozenset({"old"})
SPACING_BETWEEN = frozenset({"between"})
SPACING_APART = frozenset({"apart"})
SPACING_FIRST = frozenset({"first", "earliest"})
# the words that may stand around 'first' and 'latest' ('their very first and their most recent')
SPACING_FILLERS = frozenset({"the", "their", "his", "her", "its", "very", "and", "ever"})
SPACING_ONE = frozenset({"one", "1", "a", "an", "each", "every"})
SPACING_TWO = frozenset({"two", "2", "consecutive", "successive"})
SPACING_NEXT: tuple[tuple[str, ...], ...] = (("and", "the", "next"), ("and", "the", "following"), ("and", "the", "next", "one"))
# the words between an average and the time it is of ('on average, less than three weeks', 'an average of 30 days')
SPACING_AVERAGE_LINKS = frozenset({"on", ",", "an", "of", "with"})

# A distinct count: 'from at least 3 different categories'.
DISTINCT_WORDS = frozenset({"different", "distinct", "separate", "unique", "various"})
# ... said before these after a count, the count is of the days a behaviour's events fall on ('on at least 3 separate
# days', French 'au moins 3 jours différents'): EventCondition.days_counted
COUNTED_DAYS = frozenset({"days", "day"})
# A distinct count said of one event ('3+ different categories in that one order', 'in a single order', 'in the same
# basket', French 'dans une même commande', 'en un seul achat'): the values of one event counted, some event reaching
# the count, never over all of them. One of ONE_EVENT_INS, then one of ONE_EVENT_LEADS (French 'une seule', 'un seul'
# read '1'), then the event's noun (a behaviour's, or a word of one event's amount: 'basket'); or, after a lead that is
# a number, a word of ONE_EVENT_GOES with no noun ('in one go', French 'en une seule fois' reads 'in 1 times').
ONE_EVENT_INS = frozenset({"in", "on", "within", "during"})
ONE_EVENT_LEADS: tuple[tuple[str, ...], ...] = (
    ("1",), ("one",), ("one", "single"), ("a", "single"), ("the", "same"), ("that", "same"), ("one", "same"),
    ("a", "same"), ("that", "one"), ("this", "one"), ("the", "one"), ("one", "and", "the", "same"),
    # 'more than 10 pages in a visit' (French 'en une visite' reads 'in an'): one visit's own, never their sum
    ("a",), ("an",))
ONE_EVENT_GOES = frozenset({"go", "times", "time", "sitting"})
# Two values of a behaviour said held by one same event ('Lego and Djeco in the same order', 'on the same receipt or
# the same web order', offline/one_event_values.py): what joins two nouns of that one event, and the words that say
# it again ('bought Lego and Djeco together')
SEPARATORS_OF_EVENTS = frozenset({"or", "/"})
TOGETHER_WORDS: tuple[tuple[str, ...], ...] = (("together",), ("at", "the", "same", "time"))
# An amount said in one event ('spent over €300 in the same order') is that event's, unless said beside a list of
# things, whose 'the same' says they were bought together ('shoes and bags in the same order': asked)
LIST_WORDS = frozenset({"and", "or", ",", "both", "together", "with"})
# Every value of a dimension ('on all three channels', 'on every channel', 'sur tous les canaux'): a distinct count equal
# to the number said, or to the number of values the catalog lists. After a determiner a number is how many there are
# ('on the three channels', 'sur les trois canaux'): every value only when the catalog lists that many.
EVERY_WORDS = frozenset({"all", "every", "each"})
# With no number said, only these say each value: 'all categories' alone ('(toutes catégories)', 'all channels
# combined') says any of them, which restricts nothing.
EACH_WORDS = frozenset({"every", "each"})
# ... the first word of a determiner that picks each one of a set ('each of our 8 categories', read as one token:
# modifiers.merge_determiners), and what may stand between 'every' and the set ('every single one of our 8')
EVERY_PICKS = frozenset({"each", "every"})
EVERY_INTENSIFIERS = frozenset({"single"})
# A dimension named '<thing>_<one of these>' is the thing's identity: a count of the thing counts its values.
NAME_WORDS = frozenset({"name", "id", "code"})
# 'one' said as the count of a counted noun ('from one brand'); not after the words that make it a pick ('the one
# store', 'in any one category', 'at least one', said by the comparison already).
COUNT_ONE = frozenset({"one"})
# The words between a margin and its comparative ('20 euros de plus' reads '20 euros of more').
MARGIN_LINKS = frozenset({"of"})
# A count of a counted noun said with no number ('from several brands'): at least 2 of them.
SEVERAL_WORDS = frozenset({"several", "multiple", "various"})
# A number after these says how many there are ('our two Lyon stores', 'the 3 brands'), never a count of them.
SET_DETERMINERS = frozenset({"the", "our", "your", "their", "these", "those", "both"})
# ... of those, the ones after which a number before a value and its noun is how many there are, never a count of
# the behaviour ('shopped in our two Lyon stores', 'nos deux magasins lyonnais': not twice; parser._how_many_there_are)
HOW_MANY_LEADS = frozenset({"our", "your", "these", "those"})
# Between a count and one of SET_DETERMINERS, it takes the count from that set ('3 of our stores'): a count of them.
PARTITIVE_LINKS = frozenset({"of"})
ONE_BEFORE = frozenset({"the", "any", "each", "every", "no", "least", "than", "which", "that", "this"})
# Whether a profile value is on file: 'with a phone number on file', 'missing a birth date'.
PRESENCE_WORDS: dict[tuple[str, ...], bool] = {("on", "file"): True, ("on", "record"): True, ("known",): True,
                                               # the customer's record by its name: 'on their profile'
                                               **{(*verb, on, det, noun): True for on in ("on", "in")
                                                  for verb in ((), ("appears",), ("appear",), ("listed",))
                                                  for det in ("their", "the", "his", "her")
                                                  for noun in ("profile", "record", "file")},
                                               ("on", "profile"): True,
                                               ("recorded",): True,
                                               ("filled", "in"): True, ("missing",): False, ("unknown",): False,
                                               ("empty",): False, ("blank",): False,
                                               # 'whose phone number we have', 'we have an email for'
                                               ("we", "have"): True, ("we've", "got"): True, ("we", "hold"): True}
# 'bought this year but never before': before the window of the behaviour named before, not ever.
BEFORE_WORDS = frozenset({"before", "previously", "earlier"})
# After these, a verb's base form or gerund is its past form ('didn't open the email' = 'opened', 'without clicking
# through' = 'clicked through'): the endings tried, as (the ending replaced, the past ending).
BASE_FORM_AFTER = frozenset({"didn't", "didnt", "did", "don't", "dont", "doesn't", "doesnt", "not", "never", "to",
                             "without"})
PAST_ENDINGS = (("", "ed"), ("", "d"), ("ing", "ed"))
# Prefixes that make a word's opposite ('unshipped', 'non-delivered'): such a word is never read as a typo of the
# word without it (lexicon typo correction), it is asked.
NEGATING_PREFIXES = ("non-", "non", "un", "dis", "in", "im", "ir", "il")
# After these, a base form that is also a value the catalog names stays the value ('opted in to email', 'SMS but
# not email', 'tickets not open'): a verb is said after an auxiliary ('did not open').
VALUE_AFTER = frozenset({"to", "not"})
# A real word is read as a catalog word only when one is the other's plural ('sneaker' -> 'sneakers'): the endings
# ('ies' also makes 'y' words plural: 'category' -> 'categories').
PLURAL_ENDINGS = ("s", "es", "ies")
# A behaviour the catalog names by its past form ('ordered', 'clicked on') read in its gerund ('have been ordering',
# 'were clicking on'); offline/lexicon.py, as lang_fr.TENSES. The present's forms are the catalog's to name ('orders').
TENSES: dict[tuple[str, ...], tuple[str, ...]] = {("ed",): ("ing",)}
# A catalog phrase closed by a present participle ('membership ending') also reads with the present ('ends',
# 'expires': the stem with each ending that makes a word); lexicon._add_present_after
PRESENT_AFTER_A_NOUN: tuple[str, tuple[str, ...]] = ("ing", ("s", "es"))
# A catalog phrase naming the end of something ('end of contract', 'commitment end') also reads as the thing said with
# a verb of ending ('the contract ends', 'the commitment expires'); lexicon._add_end_verbs
END_NOUNS: tuple[tuple[tuple[str, ...], bool], ...] = ((("end", "of"), True), (("end",), False))
END_VERBS: tuple[str, ...] = ("ends", "expires", "ending", "expiring", "ended", "expired")
# A catalog phrase opened by 'has' ('has car insurance') also reads opened by 'with' ('customers with car insurance');
# lexicon._add_held_with
HELD_WITH: dict[tuple[str, ...], tuple[str, ...]] = {("has",): ("with",), ("have",): ("with",), ("having",): ("with",)}
# A quantity the customer has, named by its noun and a word of measure ('household size', 'household of', 'size of
# household'), also reads as the noun and a verb of measure ('whose household has 5 people', 'household counts 5');
# lexicon._add_measure_verbs. Each head: (words before the noun, words after it).
MEASURED_HEADS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    ((), ("size",)), ((), ("of",)), (("size", "of"), ()), (("size", "of", "the"), ()))
MEASURE_VERBS: tuple[tuple[str, ...], ...] = (
    ("has",), ("have",), ("is",), ("are",), ("counts",), ("count",), ("numbers",), ("comprises",), ("includes",),
    ("is", "made", "up", "of"), ("consists", "of"))
# 'both A and B in March': the period said once at the end belongs to both.
BOTH = frozenset({"both"})
# Words a title that is only a period may say around it ('At Christmas:', 'During August:', French 'Au T3 :', 'Au mois
# d'août :' after the rewrite): the title is still the heading of what follows (set aside as a title, the period was
# dropped without a word).
HEADING_LEADS = frozenset({"at", "in", "during", "on", "over", "for", "the", "these", "those", "month", "months", "of",
                           "throughout"})
# Words that add one more behaviour to a list said with 'and' without changing it ('bought Nike shoes and also Nike
# clothing', French 'et aussi', 'ainsi que' after the rewrite): the list, and the period said once in front of it, go on.
LIST_ADDITIONS = frozenset({"also", "too"})
# The words that join the values of a list whose head is said after its last value ('SMS and push opt-in', 'SMS,
# push or email subscribers', 'SMS but not push opt-in'): the head is each value's (profile_values._head_after_list).
HEAD_LIST_JOINS = frozenset({",", "and", "or", "but", "&", "/", "+"})
# Of those, the ones that say both values inside one clause ('opted in to SMS & push', 'SMS + push opt-in'): a yes/no
# of each value's own row (a consent per channel) holds for each (read as either, silently).
BOTH_JOINS = frozenset({"&", "+"})
# A period said last, in a clause of its own after a comma ('spent over €1,000 and bought from 3 categories, both
# within the last 12 months', 'opened an e-mail but no purchase, in the last 30 days'; French 'le tout', 'les deux'
# after the rewrite): these words may stand between the comma and the period. Read as the behaviour before said
# again, that behaviour was a second card and the others stayed over all time, silently.
# After a period that closes a request of absences ('nothing bought, in store or online, for 15 months or more'):
# words that lengthen the absence, read with the period (not a purchase in the last 15 months).
ABSENCE_TAILS: tuple[tuple[str, ...], ...] = (("or", "more"), ("or", "longer"), ("and", "more"), ("or", "over"))
CLOSING_PERIOD_LEADS = frozenset({"both", "all", "each", "the", "two", "of", "them", "that", "this", "these", "those"})
# An amount or a count said once of channels joined by 'and' is their sum when one of these says so ('spent €500 to
# €1,000 across store and online', 'in store and online combined'); without one, each channel's, said in a note.
COMBINED_WORDS = frozenset({"across", "combined", "together", "altogether", "total", "overall"})
# An amount said with these beside a count is the events' sum ('3 orders totalling over €500'), never each one's.
TOTAL_WORDS = frozenset({"total", "totalling", "totaling", "totalled", "totaled", "across", "combined", "altogether",
                         "cumulatively", "cumulative", "overall"})

# Follow-up instructions that edit a request (refine).
REFINE_EXCLUDE = re.compile(r"^\s*(?:and\s+)?(?:also\s+)?(?:please\s+)?(?:exclude|excluding|except|remove|leave out|take out|without|but not|not)\s+(?P<rest>.+)$", re.I)
REFINE_DROP = re.compile(r"^\s*(?:please\s+)?(?:drop|delete|forget(?:\s+about)?|ignore|remove|leave\s+out|take\s+out|"
                         r"get\s+rid\s+of)\s+(?:the\s+)?(?P<what>.+?)(?:\s+(?:condition|criterion|criteria|filter|part))?\s*$", re.I)
REFINE_WINDOW = re.compile(r"^\s*(?:make it|change it to|use|over|in|for)?\s*(?:the\s+)?(?:last\s+|past\s+)?(?P<n>\d+)\s+(?P<unit>days?|weeks?|months?|years?)(?:\s+instead)?\s*$", re.I)
REFINE_ONLY = re.compile(r"^\s*(?:and\s+)?(?P<verb>only|just|also|plus|add)\s+(?P<rest>.+)$", re.I)
# Of those, the words that add values to an attribute already filtered ('also Belgium': France or Belgium);
# the others put the new value in place ('only Spain').
REFINE_ADD_VERBS = frozenset({"also", "plus", "add"})
# The words an edited request is written with: a new window, a new exclusion (after one or as the first).
REFINE_WINDOW_TEXT = "in the last {n} {unit}"
REFINE_AND_NOT, REFINE_BUT_EXCLUDE = " and not ", ", but exclude "

# Words of a brief that address the reader, not the audience: listed as ignored, never "not understood".
FILLER_WORDS = frozenset("""
thx thanks thank cheers pls plz please obviously urgent asap fyi btw hi hey hello ok okay kindly team etc etcetera
""".split())
# How a request is framed (offline/frames.py): the words that ask for the list, read as one politeness word and
# shown as ignored. An opener [a pronoun] [a verb]: 'can u pull', 'could you build me', 'please put together'.
# REQUEST_OPENERS ask wherever they are said (a speaker's or reader's pronoun, a politeness word);
# REQUEST_OPENERS_AT_START only at a clause's opening ('Looking for customers with ...'): elsewhere they may be a
# behaviour ('visitors looking for running shoes').
REQUEST_OPENERS: tuple[tuple[str, ...], ...] = (
    *((ask, you) for ask in ("can", "could", "would") for you in ("u", "you", "ya", "someone", "somebody", "anyone",
                                                                  "anybody")),
    ("please",), ("pls",), ("plz",), ("kindly",), ("i'd", "like"), ("we'd", "like"), ("i", "would", "like"),
    ("i'm", "looking", "for"), ("im", "looking", "for"), ("we're", "looking", "for"), ("i", "am", "looking", "for"),
    ("we", "are", "looking", "for"),
    # 'any chance you could pull ...', 'would be great to get ...'
    *(("any", "chance", you, ask) for you in ("you", "u") for ask in ("could", "can")),
    *((*it, "be", adj, "to") for it in (("would",), ("it", "would"), ("it'd",)) for adj in ("great", "nice", "good")),
    # 'do you know how to pull ...', 'can you help me find ...': knowing how, helping, asked as being able
    *(("do", you, "know", "how", "to") for you in ("you", "u")), ("any", "idea", "how", "to"),
    *((ask, you, "help") for ask in ("can", "could", "would") for you in ("you", "u")),
)
REQUEST_OPENERS_AT_START: tuple[tuple[str, ...], ...] = (
    ("looking", "for"), ("searching", "for"),
)
REQUEST_PRONOUNS: tuple[tuple[str, ...], ...] = (("me",), ("us",))
REQUEST_VERBS: tuple[tuple[str, ...], ...] = (
    ("pull",), ("build",), ("create",), ("prepare",), ("generate",), ("compile",), ("put", "together"),
    ("pull", "together"), ("set", "up"), ("draw", "up"), ("get",), ("grab",), ("fetch",), ("extract",), ("find",),
    ("give",), ("show",), ("list",), ("make",), ("run",), ("have",),
)
# Said before a request (they stay filler words of their own): a frame after them still opens the request.
GREETINGS = frozenset({"hi", "hey", "hello", "thanks", "thx", "ok", "okay", "team", "all", "guys", "folks"})
# At a clause's opening, an imperative to remove what follows ('Drop the VIPs.', 'and leave out anyone who ...'):
# read as the exclusion marker 'exclude'. After a lead ('and', 'but', 'please') too.
EXCLUDE_IMPERATIVES: tuple[tuple[str, ...], ...] = (
    ("drop",), ("remove",), ("exclude",), ("skip",), ("omit",), ("leave", "out"), ("take", "out"), ("filter", "out"),
    ("strip", "out"), ("cut",), ("ditch",),
)
EXCLUDE_LEADS: tuple[tuple[str, ...], ...] = (("and",), ("but",), ("also",), ("then",), ("please",), ("and", "also"))
# A label and its colon opening a line of a brief ('Exclusions: the blocklist + anyone with an open ticket'): what
# it lists is removed.
EXCLUDE_LABELS: tuple[tuple[str, ...], ...] = (("exclusions",), ("exclusion",), ("exclude",), ("excluding",),
                                               ("except",), ("not", "included"))
# Shorthands a brief types for a grammar word ('visited 3 times w/o buying'): read as the word.
# Several words where a brief types one: the period to date ('YTD', 'year to date': this calendar year so far), a noun
# cut short ('cust', 'n°'). A reading of several words is read as those words.
SHORTHANDS: dict[tuple[str, ...], str] = {
    ("w", "/", "o"): "without", ("w", "/"): "with", ("b", "/", "c"): "because", ("w", "/", "in"): "within",
    ("b", "/", "w"): "between", ("~",): "about",      # '~500': approximately, asked as 'about' is (never dropped)
    **{(short,): f"this {unit}" for short, unit in (("ytd", "year"), ("qtd", "quarter"), ("mtd", "month"),
                                                    ("wtd", "week"))},
    ("ltm",): "last 12 months", ("ttm",): "last 12 months",      # the last (trailing) twelve months; 'L12M' in text.py
    ("right", "now"): "now", ("rn",): "now", ("as", "of", "now"): "now", ("at", "the", "moment"): "now", ("as", "we", "speak"): "now", ("currently",): "now",    # 'in transit right now'
    **{(unit, "to", "date"): f"this {unit}" for unit in ("year", "quarter", "month", "week")},
    ("cust",): "customers", ("custs",): "customers", ("ppl",): "people", ("n°",): "number", ("prev",): "previous",
    ("excl",): "excluding", ("bday",): "birthday", ("bdays",): "birthdays", ("b-day",): "birthday",
    ("msg",): "message", ("msgs",): "messages", ("amt",): "amount", ("smth",): "something", ("sth",): "something",
    # every channel of a behaviour ('8 messages in 30 days, all channels', 'all channels counted'): any channel,
    # which restricts nothing (asked when a channel was read)
    **{(*lead, "all", "channels", *tail): "any channel" for lead in ((), ("across",), ("on",), ("over",), ("in",))
       for tail in ((), ("combined",), ("counted",), ("included",), ("together",))},
    # ... and their number said, across them or together ('across all three channels'); 'in all three channels' is
    # each of them (said again after it: 'bought in all three channels (store, web and catalog)')
    **{(*lead, "all", n, "channels", *tail): "any channel" for n in ("two", "three", "four", "2", "3", "4")
       for lead, tails in ((("across",), ((), ("combined",), ("counted",), ("included",), ("together",))),
                           ((), (("combined",), ("counted",), ("included",), ("together",))))
       for tail in tails},
    ("thru",): "through", ("pts",): "points", ("yr",): "year", ("yrs",): "years",   # 'signed up thru the app'
    # 'email unsubs in August': those who unsubscribed (a verb 'unsub them' is the order it abbreviates)
    ("unsubs",): "unsubscribers", ("unsubbed",): "unsubscribed", ("unsub",): "unsubscribe",
    ("i", "e"): "that is", ("ie",): "that is", ("namely",): "that is",   # what follows says the same again
    # a hedge before a range ('somewhere between one and two years ago'): the range says how far it goes already
    ("somewhere", "between"): "between", ("anywhere", "between"): "between",
    ("to", "their", "name"): "on record",     # '3 orders to their name': every one held (PRESENCE_WORDS)
    # an event linked to its period ('whose very first beauty purchase dates from this quarter'): 'was'
    ("dates", "from"): "was", ("dated", "from"): "was",
    ("even", "though"): "though",     # 'even though they are not opted in': the concession, as 'although'
    ("stuck", "in"): "still", ("stuck", "at"): "still",      # 'a refund request stuck in pending': still pending
    ("who's",): "who has",    # 'Who's opted in to SMS': 'has' and 'is' read alike before a state or a behaviour
    ("that's",): "that is", ("thats",): "that is",     # 'a ticket that's still open', as 'who's'
    # a list's 'and the like' ('marketplaces (Amazon & co)'): the examples' etc
    ("&", "co"): "etc", ("and", "co"): "etc", ("and", "so", "on"): "etc", ("and", "the", "like"): "etc",
    # a restriction said as an order to keep ('and keep only those with email consent'): 'only', as said without it
    ("keep", "only"): "only", ("only", "keep"): "only", ("keep", "just"): "only", ("just", "keep"): "only",
    ("gimme",): "give me", ("wanna",): "want to", ("lemme",): "let me",      # 'can u gimme the VIPs'
    # politeness and haste said in words ('thanks in advance', 'as soon as possible'): shown as ignored. Never 'if
    # possible': said of a criterion ('with a phone number if possible') it makes that one optional, asked
    ("thanks", "in", "advance"): "thanks", ("thank", "you", "in", "advance"): "thanks",
    ("as", "soon", "as", "possible"): "asap", ("by", "end", "of", "day"): "asap", ("by", "eod"): "asap",
    ("eod",): "asap",
}
# Of those, the ones typed in capitals ('YTD'); any other typed so is a name ('PREV' of a catalog, a product 'AMT').
CAPITAL_SHORTHANDS = frozenset({("ytd",), ("qtd",), ("mtd",), ("wtd",), ("ltm",), ("ttm",), ("n°",)})
# Slang verbs of spending: right before an amount (AMOUNT_LEADS between them: 'blew over $500', 'splashed out €300')
# they read 'spent'; before anything else they stay as they are ('blew a gasket'). Not 'dropped', which says a
# change of spend ('spend dropped by 20%').
SPEND_SLANG: tuple[tuple[str, ...], ...] = (
    ("blew",), ("splurged",), ("splashed", "out"), ("shelled", "out"), ("forked", "out"), ("coughed", "up"),
    ("laid", "out"), ("dished", "out"),
)
AMOUNT_LEADS = frozenset({"more", "than", "over", "at", "least", "under", "less", "about", "around", "almost",
                          "nearly", "up", "to", "upwards", "of", "north", "a", "cool", "$", "€", "£", "+",
                          "between"})
# Phrases that say any value of the attribute named next ('Montreal customers, whatever their loyalty tier'): read
# 'any', which restricts nothing between a clause's edges (ANY_WORDS).
ANY_PHRASES: tuple[tuple[str, ...], ...] = tuple((*lead, det) for lead in (
    ("whatever",), ("regardless", "of"), ("no", "matter"), ("irrespective", "of"), ("no", "matter", "what"))
    for det in ("their", "the", "his", "her"))
# Phrases that say no condition wherever they are ('bought at some point in 2025': in 2025): grammar.
FILLER_PHRASES: tuple[tuple[str, ...], ...] = (
    ("at", "some", "point"), ("at", "any", "point"), ("at", "one", "point"), ("at", "some", "stage"),
    ("at", "any", "stage"), ("at", "any", "time"), ("at", "some", "time"), ("so", "far"), ("to", "date"),
    ("no", "matter", "when"), ("any", "time"), ("anytime",), ("of", "course"),
    # 'in a store or online, doesn't matter', '(doesn't matter which one)': what was said restricts no more
    *((*it, neg, "matter", *which) for it in ((), ("it",)) for neg in ("doesn't", "doesnt", "don't")
      for which in ((), ("which",), ("which", "one"), ("which", "ones"))),
    ("does", "not", "matter"), ("it", "does", "not", "matter"),
    # '(our usual definition)' after a term: the catalog's own definition, as it is read anyway
    *((*det, kind, "definition") for det in ((), ("our",), ("the",)) for kind in ("usual", "standard")),
    ("as", "defined"), ("per", "our", "definition"),
    # 'bought at Rue Neuve, wherever they live': where they live restricts nothing
    *((*lead, "they", live) for lead in (("wherever",), ("no", "matter", "where")) for live in ("live", "are", "reside")),
    # 'shoes, clothing and sports gear all count', '(the outlet counts too)': what was listed is in, as read
    ("all", "count"), ("all", "counts"), ("count", "too"), ("counts", "too"), ("also", "count"), ("also", "counts"),
    # 'all of them without exception': what 'all' says, said again
    ("without", "exception"), ("with", "no", "exceptions"), ("no", "exceptions"),
    # an amount with its tax, as the tills and the web shop hold what customers paid ('€500 including VAT'; 'excluding
    # VAT' is no amount held: asked)
    *((incl, tax) for incl in ("including", "incl", "inc") for tax in ("vat", "tax", "taxes")),
    *((tax, "included") for tax in ("vat", "tax", "taxes")), ("all", "taxes", "included"),
)
# Between a comma and the sentence's end, these say no condition ('Lego buyers, whenever'); elsewhere 'whenever'
# opens a clause that may be one ('whenever they visit').
CLOSING_FILLERS: tuple[tuple[str, ...], ...] = (("whenever",), ("whenever", "it", "was"), ("no", "matter", "when"))
# Words that name the reader right after a greeting or a thanks ('hi guys', 'thanks all'): filler there only;
# elsewhere they keep their meaning ('guys under 30' are men).
VOCATIVES = frozenset({"guys", "folks", "all", "everyone", "everybody", "team", "y'all"})
# Abbreviations whose full stop ends no sentence ('vs. last year', 'approx. 3 times'); a single letter's never does
# ('e.g.'). Each language lists its own (lang_fr: 'par ex.').
ABBREVIATIONS = frozenset({"vs", "approx", "incl", "excl", "esp", "cf", "min"})     # "etc.", "max." often end one; "min. 8 emails"
# Where an aside begins, after a comma, a bracket or a dash: from here to the end of its sentence or bracket.
# Markers always open one ('e.g. for a voucher' is an example, never a criterion); starters only when no
# catalog word, window or number follows ('for the autumn newsletter').
ASIDE_MARKERS: tuple[tuple[str, ...], ...] = (
    ("e", "g"), ("eg",), ("see",), ("ps",), ("nb",), ("fyi",), ("cf",),
    ("say",),       # an example of what was said ('three months running (say March, April and May)')
    # what the list is for ('Emails that bounced - need those customers for a cleanup audience')
    *((*who, "need", det, noun, "for") for who in ((), ("we",), ("i",)) for det in ("those", "these", "the")
      for noun in ("customers", "clients", "people", "contacts")),
    # what the list is for, after a break ('Gold members on fewer than 500 points - want to nudge them with a points
    # booster'): whatever catalog words it holds
    *((*who, want, "to") for who in ((), ("we",), ("i",)) for want in ("want", "wanna")),
)
# Someone at work who wants the list, opening a part after a break ('- the store team wants to phone them about the
# private evening', '- l'équipe magasin veut les appeler'): what the list is for, an aside whatever catalog words it
# holds ('store' had been read as a ticket's channel). A determiner, up to two words, one of the nouns, then a verb.
ASIDE_SUBJECT_NOUNS = frozenset({"team", "teams", "agency", "manager", "managers", "department", "staff", "boss",
                                 "colleagues", "director", "management", "planner", "planners"})
ASIDE_SUBJECT_DETERMINERS = frozenset({"our", "my", "the", "their", "your"})
ASIDE_SUBJECT_VERBS = frozenset({"wants", "want", "would", "needs", "need", "plans", "is", "are", "will", "asked",
                                 "asks", "intends"})
ASIDE_STARTERS: tuple[tuple[str, ...], ...] = (
    ("i", "e"), ("ie",), ("that", "is"), ("for",), ("so",), ("as",), ("to",), ("we", "want"), ("we", "need"), ("note",),
    ("they",), ("they're",), ("theyre",), ("they've",), ("they'll",),    # '(they get their own event)'
    ("we're",), ("we", "are"), ("we'll",), ("we", "will"),              # '- we're doing a mailer'
    ("worth",),          # what they deserve ('- worth a last-chance offer'); before a number it is an amount, read
)
# Of the starters, those that say what the list is for: with a title word at their end ('- for the birthday treat
# mailing', French '- on prépare un mailing « 30 ans et fabuleux »'), an aside whatever catalog words they hold.
# The word that says what an audience is for, before a behaviour's words with no verb ('... for a reactivation
# campaign'): read as a behaviour, and said so (French 'pour' reads 'for').
PURPOSE_WORDS = frozenset({"for"})
# A clause that says what the list is for, after a break ('- it's for the bday email', ', it's for the anniversary
# newsletter'): with a determiner, then words ending on a title word or a message's noun, an aside whatever catalog
# words it holds (the message's channel was read as a consent to it).
PURPOSE_CLAUSES: tuple[tuple[str, ...], ...] = (("it's", "for"), ("its", "for"), ("it", "is", "for"),
                                                ("this", "is", "for"), ("that's", "for"), ("that", "is", "for"))
# ... and what we are doing with the list, after a break ('- we're hosting a pop-up there', '- we'll be running a
# VIP evening'): an aside whatever catalog words it holds
# ... and what the list will be sent or offered, in the infinitive ('..., to send them the Black Friday email', 'so we
# can invite them to the launch'): the message named there is no behaviour of theirs
PURPOSE_VERBS = ("send", "email", "e-mail", "text", "invite", "offer", "give", "target", "reach", "thank", "reward",
                 "contact", "mail", "message", "notify", "welcome", "call", "remind", "retarget", "reactivate", "push")
PURPOSE_DOINGS: tuple[tuple[str, ...], ...] = tuple((*we, doing) for we in (("we're",), ("we", "are"), ("we'll", "be"),
                                                                          ("we", "will", "be"), ("were",))
                                                    for doing in ("hosting", "running", "opening", "doing", "planning",
                                                                  "organising", "organizing", "launching", "throwing",
                                                                  "preparing", "holding", "testing", "trying",
                                                                  "piloting")) \
    + tuple((*lead, verb) for lead in (("to",), ("in", "order", "to"), ("so", "we", "can")) for verb in PURPOSE_VERBS)
PURPOSE_MESSAGES = frozenset({"email", "e-mail", "emails", "newsletter", "sms", "text", "push", "notification", "card",
                              "letter", "postcard", "call", "calls", "mail", "catalog", "catalogue", "event",
                              "evening", "party", "voucher", "coupon", "offer", "gift"})
PURPOSE_STARTERS: tuple[tuple[str, ...], ...] = (("for",), ("we're",), ("we", "are"), ("we",), ("we'll",))
# Words that make a bracket a list of examples ('(bags, watches etc.)', '(Petit Bateau, Lego, whatever - any kids
# brand)'): the bracket is an aside, the criterion is what it illustrates.
# "any" too: "(Petit Bateau, Lego, any brand)", French "peu importe la marque" read as "any brand"
EXAMPLE_WORDS = frozenset({"etc", "etcetera", "whatever", "whichever", "similar", "any"})
# A bracket that opens with these and holds no number says how near the customers are to something else ('silver
# tier with over 1,500 points (close to gold)'): a comment on the audience, an aside. Before a number they stay the
# vague 'approx' words, asked ('(almost 30)').
# A sentence with nothing the catalog knows whose subject is the customers ('They have a Zorblax.', French 'Ils ont
# un Zorblax.', 'Their card must be a Zorblax.', 'Customers must be Zorblax holders.') restricts the audience: its
# words are asked about, never set aside as an aside is ('Thanks!', 'See deck.', 'We want to re-engage them.').
SAID_OF_THE_CUSTOMERS = frozenset({"they", "they're", "they've", "they'll", "they'd", "theyre", "theyve"})
SAID_OF_THE_CUSTOMERS_FIRST = frozenset({"their"})

NEAR_WORDS: tuple[tuple[str, ...], ...] = (("close", "to"), ("almost",), ("nearly",))
# A sentence after the first that opens with these says why, not who: an aside whatever words it holds ('The idea is
# to remind them their points can be spent in store.').
ASIDE_SENTENCES: tuple[tuple[str, ...], ...] = (
    ("the", "idea"), ("the", "goal"), ("the", "aim"), ("the", "purpose"), ("the", "plan", "is"), ("the", "point", "is"),
    ("our", "goal"), ("our", "aim"), ("this", "is", "for"), ("this", "is", "to"),
    ("it's", "for"), ("its", "for"), ("it", "is", "for"), ("it's", "to"), ("it", "is", "to"),    # "it's for an SMS test"
    # what the list is needed for ('How many VIPs in Lyon? need the list for the inclusive campaign')
    *((*who, "need", what, "for") for who in ((), ("we",), ("i",)) for what in ("it", "this", "them")),
    *((*who, "need", "the", "list", "for") for who in ((), ("we",), ("i",))),
)
# Two periods a change may compare when the request names fewer ('spend dropped'): the marketer picks one.
CHANGE_QUESTION = "'{phrase}' compares two periods: which ones?"
CHANGE_READINGS = ("this year compared with last year", "this quarter compared with last quarter",
                   "in the last 6 months compared with the 6 months before")
# 'all' before a determiner is a share next to a behaviour ('on all their orders', 'toutes leurs commandes');
# 'all Canadians', 'anything at all' are not.
ALL_THEIR: tuple[tuple[str, ...], ...] = tuple(("all", det) for det in ("their", "the", "our", "your", "his", "her"))
# Quantities, periods and exclusivity said vaguely: asked, never swallowed as grammar ('bought a few times',
# 'spent a lot', 'in a while', 'nothing but shoes'). Each phrase names the kind of readings offered for it.
VAGUE_WORDS: dict[tuple[str, ...], str] = {
    **dict.fromkeys([("a", "few", "times"), ("a", "few"), ("few",), ("many",), ("a", "handful", "of", "times"),
                     ("a", "handful", "of"), ("a", "handful")], "count"),
    **dict.fromkeys([("one", "time"), ("one-time",), ("once",)], "once"),
    **dict.fromkeys([("a", "lot", "of"), ("lots", "of"), ("a", "lot"), ("lots",), ("plenty", "of"), ("much",)], "much"),
    **dict.fromkeys([("in", "a", "while"), ("for", "a", "while"), ("a", "while")], "window"),
    **dict.fromkeys([("nothing", "but"), ("only",), ("exclusively",), ("solely",), ("mostly",), ("mainly",)], "only"),
    **dict.fromkeys([("every",), ("each",), ("all", "of"), *ALL_THEIR, ("most", "of"), ("half", "of"), ("majority", "of")],
                    "share"),
    **dict.fromkeys([("the", "most"), ("the", "least")], "rank"),
    **dict.fromkeys([("the", "same"), ("that", "same"), ("this", "same"), ("those", "same"), ("these", "same")], "same"),
    **dict.fromkeys([("and", "then"), ("then",), ("afterwards",), ("after", "that"), ("later",), ("after", "it"),
                     ("after", "this"), ("since", "then", "too")], "sequence"),
    **dict.fromkeys([("around",), ("about",), ("approximately",), ("roughly",), ("nearly",), ("almost",), ("circa",),
                     ("approx",), ("or", "so"), ("or", "thereabouts"), ("give", "or", "take")], "approx"),
}
# Words that are vague only before a number ('around 30', 'about €100'): elsewhere they are grammar.
# ... and those said after it ('30 or so': read as at least 30, with only a note)
AFTER_NUMBER = frozenset({("or", "so"), ("or", "thereabouts"), ("give", "or", "take")})
BEFORE_NUMBER = frozenset(phrase for phrase, kind in VAGUE_WORDS.items() if kind == "approx") - AFTER_NUMBER
# A vague word that asks for the audience's size with the word before it ('How many VIPs do we have in Lyon?'): the
# audience is the answer (its size is shown), so it is grammar there, never a vague count.
SIZE_QUESTIONS: tuple[tuple[str, ...], ...] = (("how", "many"),)
# Of those, the words that are vague only next to a behaviour ('only bought online', 'shoes only', 'opened every
# email'); 'only VIP customers', 'every customer in France' restrict nothing more than the words they precede.
NEAR_BEHAVIOUR = frozenset({("only",), ("mostly",), ("mainly",), ("every",), ("each",), ("all", "of"), ("most", "of"),
                            ("half", "of"), ("majority", "of"), *ALL_THEIR})
# Words that say every one of a behaviour's events had one value ('visited 3 times, only from a smartphone', 'always
# on mobile', 'each time in an outlet', 'bought only in store'): said right before (or after) a value of one of the
# behaviour's own dimensions, or its channel, behind a preposition ('from', 'on', 'in' ...; a channel needs none),
# they keep the behaviour with that value and exclude the same behaviour of the same period with any other
# (span_readings._every_event_said). 'shoes only', 'bought only shoes' (no preposition) restrict the thing bought:
# still asked. A language adds its own as its words read (lang_fr: 'toujours' reads 'still').
EVERY_EVENT_WORDS: tuple[tuple[str, ...], ...] = (
    ("each", "and", "every", "time"), ("every", "single", "time"), ("each", "time"), ("every", "time"), ("always",),
    ("only",), ("exclusively",), ("solely",),
)
# Words that say the behaviour said next is some of the events just counted ('at least 2 purchases in the last 12
# months, at least one of them online', 'including one in store', 'of which 2 online'; French 'dont au moins un en
# ligne' reads 'whose', 'parmi lesquels' 'among which'): it takes their period and values (coordination.
# _some_of_the_counted; read alone, the online order was one at any time, silently).
SOME_OF_THE_COUNTED: tuple[tuple[str, ...], ...] = (
    ("of", "them"), ("of", "which"), ("including",), ("among", "them"), ("among", "which"), ("whose",),
)
# Words that say every one of a behaviour's events met what is said of them after ('whose online orders this year
# were ALL placed after 8pm', 'all their orders were under €50', 'toutes leurs commandes ont été passées le week-end'):
# the behaviour is kept and the same behaviour of the same period outside it (other hours, days, months, a larger
# amount, another value) is excluded (span_readings._all_events_said). What is said of them follows one of
# ALL_EVENTS_LINKS after the words, or the words themselves after one ('were all'); none: asked, naming the words.
ALL_EVENTS_WORDS: tuple[tuple[str, ...], ...] = (
    *((*every, "one", "of", whose) for every in (("every",), ("each",), ("every", "single"), ("each", "and", "every"))
      for whose in ("their", "them")),
    ("all", "of", "their"), ("each", "of", "their"), ("all", "of", "them"), ("each", "of", "them"),
    *ALL_THEIR, ("all",),
)
ALL_EVENTS_LINKS = frozenset({"were", "was", "are", "is", "been"})
# ... of those, the ones what is said of the events follows right after ('2+ orders this year, all of them after 8pm')
ALL_EVENTS_SAID_AFTER = frozenset(p for p in ALL_EVENTS_WORDS if p[-1] == "them")
# ... and what they are said after when said of the events just before ('3 orders in 2025, all between €20 and €50',
# French ', toutes de moins de 50 €')
ALL_EVENTS_LEADS = frozenset({",", "-"})
# ... and what may stand between the behaviour and such words that open a clause of their own (', and every single one
# of them over €100'): span_readings._all_of_the_one_before
ALL_EVENTS_CLAUSE = frozenset({",", "-", "and"})
# Prepositions, besides QUALIFIER_PREPOSITIONS, a value is said behind after such a word: 'always with the code
# WELCOME10', 'only by direct mail' (French 'avec', 'par' read so); read as a behaviour of its own, the word was dropped
# and the value lost the behaviour's period
VALUE_PREPOSITIONS = frozenset({"with", "by"})
# Words said between such a word and its behaviour that leave it next to the behaviour ('have only ever bought online':
# 'only' was dropped unsaid, every online buyer answered)
NEAR_BEHAVIOUR_ADVERBS = frozenset({"ever"})
VAGUE_READINGS: dict[str, tuple[str, ...]] = {
    "count": ("at least 2 times", "at least 3 times", "at least 5 times"),
    "once": ("exactly once", "at least once"),
    "much": ("more than 500 euros", "more than 1000 euros", "at least 5 times"),
    "window": ("in the last 3 months", "in the last 6 months", "in the last 12 months"),
    "only": (),
    "share": (),
    "same": (),
    "sequence": (),
    "rank": ("top 10%", "top 100"),
    "ranked": ("top 10% {phrase}", "top 100 {phrase}"),
    "code": (),
    "approx": (),
    "versus_average": (),
    "rate": (),
    "versus_number": (),
    "versus_others": (),
    "versus_equal": ("at least {phrase}", "at most {phrase}"),    # 'as much online as in store', 'half as much'
    "day_habit": (),
    "after_today": (),
    "voice": (),
    "holiday_period": (),
    "long_weekend": (),
    "month_part": (),
    "regional_holiday": (),
    "country_holiday": ("Canadian Thanksgiving", "US Thanksgiving"),
    "people_period": (),
    "ago_bound": ("until", "less than"),     # 'up to 3 months ago': until then, or within that time
    "comma_list": ("{all}", "{any}"),       # 'email, SMS, push': its last comma said as LIST_JOINS' 'and', or 'or'
    "narrowed_or_excluded": (),
}
# The words that join the last of a list said with commas only, to say all of them or any one ('comma_list').
LIST_JOINS = {"all": "and", "any": "or"}
VAGUE_QUESTION = "'{phrase}' is vague: which did you mean?"
# 'opened the email and bought within 3 days': 3 days after the behaviour before, which the catalog cannot link.
WITHIN_WORDS = frozenset({"within"})
# ... 'within 7 days of it', 'within 5 days of getting it', 'within 2 weeks after the click': the words after the
# period that say it counts from the behaviour before (read as such: lang_fr's 'dans les 5 jours qui ont suivi' is
# 'within 5 days after'). A link, then what it names: the behaviour before itself (''), or one named by a catalog
# word of a behaviour ('received': the behaviour before must be that one); a behaviour's own catalog word there
# ('of the click', 'after receiving it', 'after this click') names it too. 'after' alone, ending its clause, is the
# behaviour before. Anything else after the link ('within 30 days of their signup') is asked, never read as the last N.
FOLLOW_LINKS = frozenset({"of", "after", "following"})
GERUND_ENDINGS = ("ing",)     # 'within two weeks of looking,': a verb of the behaviour before, said again
FOLLOW_ANCHORS: dict[tuple[str, ...], str] = {
    ("it",): "", ("that",): "", ("this",): "", ("them",): "", ("then",): "",
    ("getting", "it"): "received", ("it", "landing"): "received", ("it", "landed"): "received",
    ("it", "arriving"): "received", ("the", "send"): "received", ("the", "sending"): "received",
    ("it", "was", "sent"): "received",
}
# ... or the first event of a behaviour ('within two weeks of their very first one', 'of their first purchase'):
# the words that stress it, the words of a first event, and the pronoun that names the later behaviour's own noun.
FOLLOW_EMPHASIS = frozenset({"very", "all"})      # French 'leur tout premier achat' reads 'their all first'
FIRST_WORDS = frozenset({"first"})
ONE_WORDS = frozenset({"one"})
# The ordinal that says a behaviour again after its first ('a second purchase within 30 days of the first one', 'un
# deuxième achat dans les 15 jours'), read with the order it says; and what may lead it ('came back for a second').
AGAIN_ORDINALS = frozenset({"second"})
AGAIN_LEADS: tuple[tuple[str, ...], ...] = (("came", "back", "for"), ("come", "back", "for"), ("coming", "back", "for"),
                                            ("returned", "for"), ("back", "for"))
# A pronoun object of the later behaviour ('sans l'avoir acheté depuis': bought it, the product of the one before)
OBJECT_POINTERS = frozenset({"it", "them"})
# A brief that opens with a statement of a value of a behaviour ('VIP30 was meant for VIPs only. Who redeemed it
# online?', 'Le code VIP30 était réservé aux VIP : qui l'a utilisé ?'): the verb that makes it a statement, not a
# title, and the verbs of use that, with a pronoun object, name the value's own behaviour ('who used it?')
STATEMENT_VERBS = frozenset({"was", "is", "were", "are"})
USE_VERBS = frozenset({"used", "use", "uses", "redeemed", "redeem", "redeems", "applied"})
# A dimension of an event's own row named with no value of it ('used a promo code', 'online orders with a coupon',
# 'redeemed any voucher'): said right after one of these words (or after one and an article), the events whose value
# of it is present (meaning EventCondition.measured; present_values.py); after 'without' (an exclusion's marker) or
# 'with no', those with none. A score's verbs ('gave a rating', SCORE_VERBS) say a number column's. Never after a word
# that points at one value ('the promo code': which one?), nor after an article alone ('watched a film': a kind of
# title, whose every view has one).
PRESENCE_LEADS = frozenset({"with", "used", "using", "use", "uses", "redeemed", "redeeming", "applied", "applying"})
PRESENCE_ARTICLES = frozenset({"a", "an", "any", "some"})
ABSENCE_ARTICLES = frozenset({"no"})
WITHIN_READING = "in the last {amount} {unit}"     # the period said after 'within', as a window of its own
WITHIN_QUESTION = ("'{phrase}': within that time of the behaviour before it is not something the catalog can check. "
                   "Which period did you mean?")
# ... when the behaviour before has a time of its own: counted from it ('within 3 days of it'), or the last N days.
WITHIN_AFTER_READING = "within {amount} {unit} of it"
WITHIN_ORDER_QUESTION = "'{phrase}': counted from the behaviour before it, or from today?"
# The questions of the kinds without readings to pick ('{phrase}' is the vague words).
VAGUE_QUESTIONS = {
    # a rate whose part or whole the catalog does not hold, or whose number is not said with its bound
    "rate": "'{phrase}': this rate is not something the catalog can count here (what is counted among what?), or its "
            "bound is not said. Say it with its events and bound ('clicked at least 30% of the emails received').",
    # another language's abbreviation that is also a stored code (lang_fr.CODE_ABBREVIATIONS)
    "code": "'{phrase}': a country (its code), or revenue? Write the country's name ('in Canada'), or for a ranking "
            "say how many ('the top 100 customers by revenue').",
    "same": "'{phrase}': that two events share a store, a product or a day is not something the catalog can check. "
            "Leave it out, or rephrase.",
    "approx": "'{phrase}' is approximate: say the range (e.g. 'between 25 and 35', 'at least 30').",
    "versus_average": "'{phrase}': one average against another is not something the catalog can compare yet. Compare "
                      "what they spent ('spent more online than in store'), or give each average a bound.",
    "versus_others": "'{phrase}': against other customers (the average customer, most customers) is not something the "
                     "catalog can compare. Give a bound ('spent more than €500 this year') or a ranking ('the top 20% "
                     "by spend this year').",
    "versus_number": "'{phrase}': how does the number compare the two? Say how far apart they are ('3 more orders "
                     "online than in store', 'spent €100 more online than in store') or how many times as much "
                     "('at least twice as much online as in store'), or put a count of one side in a phrase of its own "
                     "('..., and at least 3 online orders').",
    "sequence": "'{phrase}': that one behaviour came after the other is not something the catalog can check. "
                "Leave it out (both, in any order), or rephrase.",
    "people_period": "'{phrase}': customers who did what then (a month or season with no year is the latest one)? "
                     "Say what they did then (who bought, who signed up ...), or leave it out.",
    "country_holiday": "'{phrase}': which one? Canada's is the second Monday of October, the US's the fourth Thursday "
                       "of November.",
    "regional_holiday": "'{phrase}': which day? This holiday falls on different days in different countries. Say the "
                        "date, or leave it out.",
    "month_part": "'{phrase}': which days? The start, the middle or the end of a month has no set days. Say them "
                  "(e.g. 'from 10 to 20 September', 'the first half of September'), or leave it out.",
    "long_weekend": "'{phrase}': which days? This holiday's day joins no weekend by itself (a Wednesday): its long "
                    "weekend may be the days before it or after it. Say the days (e.g. 'from 1 to 5 July'), or leave it out.",
    "holiday_period": "'{phrase}': which days? A holiday said as a period may be the day itself, the weeks before it or "
                      "the whole season. Say the days (e.g. 'on Christmas Day', 'between 1 and 24 December', 'since "
                      "Christmas'), or leave it out.",
    "comma_list": "'{phrase}': all of them, or any one of them?",
    "narrowed_or_excluded": "'{phrase}': leave out every customer who did that (whatever else they did), or only "
                            "narrow the behaviour said before it (what they did apart from that still counts)? Say "
                            "'except customers who ...' for the first, or say the behaviour before with what it "
                            "should be for the second.",
    "ago_bound": "'{phrase}' a time ago: until then (what came before that day), or less than that long ago (the time "
                 "since)?",
    "voice": "'{phrase}': sent by us to the customers, or by the customers to us? Say 'we {phrase} them' or "
             "'who {phrase} us'.",
    "after_today": "'{phrase}' is after today, and the catalog records this behaviour only up to today: no customer "
                   "can match it. Say a period up to today (e.g. 'in the last 30 days'), or leave it out.",
    "day_habit": "'{phrase}' said of days of the week: a habit or a majority (how many of their purchases or visits "
                 "fall on those days) has no threshold the catalog can check. Leave it out to keep everyone with an "
                 "event on those days, or say how many or what share (e.g. 'at least 3 purchases at the weekend', "
                 "'more than half of their purchases at the weekend').",
}
# The picks of DETERMINER_PHRASES that say a share ('opened all of the emails', 'in each of our stores'): asked next
# to a behaviour, like 'every'.
SHARE_PICKS = frozenset({"all", "each", "several"})
SHARE_QUESTION = ("'{phrase}': a share of the messages, purchases or periods is not something the catalog can "
                  "check. Leave it out, or say how many (e.g. 'at least 3 times').")
ONLY_QUESTION = ("'{phrase}': 'nothing else' is not something the catalog can check on its own. Leave it out, "
                 "or name what to exclude (e.g. '... and never in store').")
# The latest weekend over before today ('last weekend', 'this past weekend'; French 'le week-end dernier' rewritten
# into these): its Saturday and Sunday
LAST_WEEKEND: tuple[tuple[str, ...], ...] = (
    ("the", "last", "weekend"), ("last", "weekend"), ("this", "past", "weekend"), ("the", "past", "weekend"),
    ("over", "the", "last", "weekend"), ("over", "last", "weekend"), ("at", "the", "weekend", "just", "gone"),
)
# Days of the week said of a behaviour's events as a habit ('on Sundays', 'on a Sunday', 'at the weekend', 'on
# weekdays', 'Mon-Fri'): ISO days (1 Monday .. 7 Sunday), read into the behaviour's `days`. A day said alone ('on
# Sunday', 'since Monday') is a date, never read here; 'every Sunday' may say each one of them (a share, asked).
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A day's weekday said with its date ('from Saturday 19 to Monday 21 September', 'Sat May 23 - Mon May 25', French
# 'entre le samedi 28 février et le dimanche 8 mars'): it says the date again (days_of_week.dates_with_weekdays), and
# is checked against it (modifiers.find_windows): its ISO day
DATED_WEEKDAYS = {**{name: k for k, name in enumerate(WEEKDAY_NAMES, 1)}, "mon": 1, "tue": 2, "tues": 2, "wed": 3,
                  "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7}
DATE_RANGE_WORDS = frozenset({"to", "through", "until", "till", "-", "thru", "and", ",", ")"})   # after the day
_WEEKEND, _WEEKDAYS = (6, 7), (1, 2, 3, 4, 5)
DAY_PHRASES: dict[tuple[str, ...], tuple[int, ...]] = {
    **{("on", day + "s"): (n,) for n, day in enumerate(WEEKDAY_NAMES, 1)},
    **{("on", "a", day): (n,) for n, day in enumerate(WEEKDAY_NAMES, 1)},
    **dict.fromkeys([("at", "the", "weekend"), ("at", "weekends"), ("at", "the", "weekends"), ("on", "weekends"),
                     ("on", "the", "weekend"), ("on", "the", "weekends"), ("on", "a", "weekend"), ("over", "the", "weekend"),
                     ("over", "weekends"), ("during", "the", "weekend"), ("during", "weekends")], _WEEKEND),
    **dict.fromkeys([("on", "weekdays"), ("on", "a", "weekday"), ("during", "the", "week"), ("during", "weekdays"),
                     ("on", "week", "days"), ("mon-fri",), ("monday-friday",), ("monday", "to", "friday"),
                     ("from", "monday", "to", "friday"), ("monday", "through", "friday"), ("mon", "-", "fri")], _WEEKDAYS),
}
# Another day after a day phrase and one of these ('on Saturdays or Sundays', 'on a Saturday or a Sunday'): the days
# of either, each said as a day phrase or by its name alone.
DAY_JOINS = frozenset({"or", "and", ",", "/"})
DAY_WORDS: dict[str, tuple[int, ...]] = {
    **{day: (n,) for n, day in enumerate(WEEKDAY_NAMES, 1)}, **{day + "s": (n,) for n, day in enumerate(WEEKDAY_NAMES, 1)},
    "weekend": _WEEKEND, "weekends": _WEEKEND, "weekday": _WEEKDAYS, "weekdays": _WEEKDAYS,
}
# Said right after a day phrase, these make it a date or a period, not a habit ('the weekend of 12 May', 'during the
# week before Christmas', 'at the weekend last month'); so does a number or a month ('on Saturday 12 September').
DAY_DATED_BY = frozenset({"of", "before", "after", "following", "preceding", "when", "ending", "starting", "beginning",
                          "last", "next", "this", "just", "gone"})
# Said right before a day phrase, these make it each one of the days ('tous les samedis', read 'all on saturdays'):
# a share, asked, never any one of them.
DAY_EACH = frozenset({"every", "each", "all"})
# A habit or a majority said of the days ('mostly at the weekend', 'prefer shopping at weekends'): no threshold says
# how many of their events, so it is asked (each language adds its own words: lang_fr.DAY_HABITS).
DAY_HABITS = frozenset({"mostly", "mainly", "usually", "generally", "typically", "primarily", "predominantly", "largely",
                        "prefer", "prefers", "preferred", "preferring", "preferably", "tend", "tends", "majority"})

# Months of ANY year said of a behaviour's events ('in December of any year', 'every December', 'each summer', 'every
# year in December', 'in the summer months in past years'): read into the behaviour's `months`
# (offline/months_of_year.py). A month or a season said alone ('in December', 'in summer') stays one period, the
# latest one; with a year ('December 2025') it is that one.
# Before a month or a season, these say each one of them, of every year ('every December', 'in each summer').
YEAR_MONTH_EACH = frozenset({"every", "each"})
# Said right after the months (or a bracket holding one), these say any year ('in December of any year').
ANY_YEAR_AFTER: tuple[tuple[str, ...], ...] = tuple(sorted({
    ("of", "any", "year"), ("in", "any", "year"), ("any", "year"), ("of", "every", "year"), ("of", "each", "year"),
    ("every", "year"), ("each", "year"), ("in", "every", "year"), ("every", "single", "year"),
    ("of", "past", "years"), ("in", "past", "years"), ("of", "previous", "years"), ("in", "previous", "years"),
    ("in", "prior", "years"), ("of", "prior", "years"), ("of", "all", "years"), ("in", "all", "years"),
    ("all", "years"), ("any", "years"), ("across", "years"), ("across", "all", "years"), ("whatever", "the", "year"),
    ("whichever", "year"), ("regardless", "of", "the", "year"), ("regardless", "of", "year"),
    ("no", "matter", "the", "year"), ("no", "matter", "which", "year"), ("no", "matter", "what", "year"),
    ("year", "after", "year"), ("year", "on", "year"), ("of", "any", "given", "year"), ("in", "any", "given", "year"),
}, key=len, reverse=True))
# Said right before the months' own preposition, these say any year too ('every year in December', 'year after year
# in summer').
ANY_YEAR_BEFORE: tuple[tuple[str, ...], ...] = (("every", "single", "year"), ("year", "after", "year"),
                                                 ("every", "year"), ("each", "year"))
# What opens a month or a season said of a behaviour ('in December', 'during the summer months'), kept in its phrase.
YEAR_MONTH_LEADS = frozenset({"in", "during", "over", "throughout", "the"})
# After a season, these name its months ('the summer months').
SEASON_MONTHS = frozenset({"months", "month"})
# A habit said of a month or a season with no year ('usually shop in December'): one period (the latest December) or
# December of any year is not said, so it is asked (YEAR_MONTH_QUESTION); said of months of any year, it says the same.
# Each language adds its own words (lang_fr.YEAR_MONTH_HABITS).
YEAR_MONTH_HABITS = frozenset({"usually", "typically", "generally", "habitually", "normally", "regularly",
                               "traditionally", "tend", "tends"})
YEAR_MONTH_QUESTION = ("'{phrase}' said as a habit: one period (the latest one, in {name} {year}), or the same months "
                       "of any year?")
YEAR_MONTH_READINGS = ("{phrase} of any year", "in {name} {year}")

# Hours of the day said of a behaviour's events ('between 11pm and 2am', 'after 10pm', 'in the evening after 8pm'):
# the whole phrase is made one token first (offline/hours_of_day.clock_times, before any other reading), then read
# into the behaviour's `hours` (across midnight: 11pm to 2am is 23, 0 and 1; the end hour itself is out). A number is a
# time of day with a half of the day after it ('11pm', '11 pm'), a mark only inside such a phrase ('23h', '8 o'clock'),
# or a part of the day ('2 in the morning'; -1 the night: '11 at night' 23, '2 at night' 2); a time by its name is one
# too. Minutes ('10:30pm') are finer than an hour: never read, so asked. Each language module declares its own; these are English's.
CLOCK_HALVES = {"am": 0, "pm": 12}
CLOCK_NAMES = {"midnight": 0, "noon": 12, "midday": 12}
CLOCK_MARKS = frozenset({"h", "o'clock", "oclock"})     # 'h' as typed: '23h' is read 'hours' (a duration) otherwise
CLOCK_SPELLED = frozenset()     # the hour's own word ('20 heures'), read in a range only: 'hours' is a duration
CLOCK_PARTS: dict[tuple[str, ...], int] = {("in", "the", "morning"): 0, ("at", "night"): -1,
                                           ("in", "the", "afternoon"): 12, ("in", "the", "evening"): 12}
# What opens a range of hours, joins its two ends, says from a time on or up to a time.
HOUR_OPENS = frozenset({"between", "from"})
HOUR_JOINS: tuple[tuple[str, ...], ...] = (("and",), ("to",), ("until",), ("till",), ("-",), ("through",))
HOUR_AFTER: tuple[tuple[str, ...], ...] = (("after",), ("past",), ("from",), ("later", "than"), ("since",))
HOUR_BEFORE: tuple[tuple[str, ...], ...] = (("before",), ("until",), ("till",), ("earlier", "than"))
HOUR_ONWARDS: tuple[tuple[str, ...], ...] = (("onwards",), ("onward",), ("or", "later"))
# After the time, these make it a length of time ('up to 2h after the click', 'within 2 h of'): never hours of the day.
HOUR_DURATION_TAILS = frozenset({"after", "later", "of", "ago", "before", "since", "following"})
# The part of the day said with the hours, read with them ('in the evening after 8pm', 'late at night between ...').
HOUR_CONTEXT: tuple[tuple[str, ...], ...] = (("in", "the", "evening"), ("in", "the", "morning"), ("in", "the", "afternoon"),
                                             ("at", "night"), ("late", "at", "night"), ("during", "the", "night"),
                                             ("in", "the", "night"), ("at", "lunchtime"), ("at", "lunch"),
                                             # ... said alone, with its hours beside it ('on a Sunday evening (from 6pm
                                             # on)'): the hours are what is read; the word alone is never
                                             ("evening",), ("morning",), ("afternoon",), ("night",), ("lunchtime",),
                                             ("at", "dinner", "time"), ("at", "dinnertime"), ("at", "dinner"),
                                             ("at", "lunch", "time"))
# ... the hours each part of the day may hold ([from, to), across midnight): hours outside them are not read, and asked
# ('in the morning (after 6pm)'); a part not listed holds any. The morning starts at midnight ('2 in the morning',
# 'before 9am in the morning': from midnight to 9)
_EVENING, _MORNING, _AFTERNOON, _NIGHT, _LUNCH, _DINNER = (16, 0), (0, 13), (12, 19), (19, 7), (11, 16), (16, 0)
HOUR_PARTS: dict[tuple[str, ...], tuple[int, int]] = {
    ("in", "the", "evening"): _EVENING, ("evening",): _EVENING, ("in", "the", "morning"): _MORNING,
    ("morning",): _MORNING, ("in", "the", "afternoon"): _AFTERNOON, ("afternoon",): _AFTERNOON,
    ("at", "night"): _NIGHT, ("late", "at", "night"): _NIGHT, ("during", "the", "night"): _NIGHT,
    ("in", "the", "night"): _NIGHT, ("night",): _NIGHT, ("at", "lunchtime"): _LUNCH, ("at", "lunch"): _LUNCH,
    ("lunchtime",): _LUNCH, ("at", "lunch", "time"): _LUNCH, ("at", "dinner", "time"): _DINNER,
    ("at", "dinnertime"): _DINNER, ("at", "dinner"): _DINNER,
}
# In brackets, what says from that time on before the bracket closes ('(from 6pm on)'); never outside them ('after 6pm
# on Sundays': the day's)
HOUR_ONWARDS_IN_BRACKETS: tuple[tuple[str, ...], ...] = (("on",),)

# A behaviour counted from a date of the customer's own ('since joining', 'since they signed up', 'ever since their
# signup'; French 'depuis leur inscription' rewritten into these): the lead, then at most a few of these grammar words,
# then the catalog's phrase of the date column (offline/own_dates.py). 'se' is French's, left by its rewrite ('depuis
# qu'ils se sont inscrits'). OWN_DATE_AFTER say the same of a date of theirs ('sent a message after the date they were
# put on the list', 'après leur ajout à la liste'), never after a length ('30 days after they signed up': a lag).
OWN_DATE_LEADS: tuple[tuple[str, ...], ...] = (("ever", "since"), ("since",))
OWN_DATE_AFTER: tuple[tuple[str, ...], ...] = (("after",),)
OWN_DATE_FILLERS = frozenset({"they", "their", "them", "he", "she", "his", "her", "that", "first", "having", "se",
                              "were", "was", "got", "have", "had", "been", "the", "date", "when",
                              "you", "your", "initially", "originally"})

# What a vague time word may mean: the marketer picks one ('recently', 'lately').
VAGUE_WINDOW_READINGS = ("in the last 30 days", "in the last 90 days", "in the last 6 months")
VAGUE_AHEAD_READINGS = ("in the next 30 days", "in the next 90 days", "in the next 6 months")   # 'in the coming weeks'

# 'Any channel.', '(any outlet, any country)', 'all channels counted': 'any' and an attribute's noun said on their own,
# between these edges of a clause (or a sentence's), restrict nothing: they confirm that no value of it is a
# criterion (shown as an aside), and are asked when one was read ('10 SMS, all channels counted').
ANY_WORDS = frozenset({"any", "whichever"})
CHANNEL_NOUNS = frozenset({"channel", "channels"})     # ('any channel': lang_fr's as typed)

# Words of a request that confirm what was read and carry no criterion of their own (offline/confirmations.py); each
# language adds its own (lang_fr), read beside these. The kind of an attribute said after its name ('the churn risk
# score', 'the VIP-tier ones') or before it with a link ('the score of churn risk'): never a word to ask about.
KIND_WORDS = frozenset({"score", "scores", "stage", "stages", "tier", "tiers", "level", "levels", "band", "bands",
                        "status", "indicator", "index", "bracket", "brackets"})
KIND_LINKS = frozenset({"of"})
# A noun of a range said right beside the range ('the 50-64 bracket', French 'la tranche 50-64 ans').
RANGE_NOUNS = frozenset({"bracket", "brackets", "band", "range", "group"})
# Adverbs that say a set-once attribute was so from the start ('who originally came to us through a referral'): said
# right before the words of an attribute the catalog sets once (`set_on`), they add nothing.
# The small words inside a name, typed in lower case between its capitalised words ('Terrasses du Port', 'Porta di
# Roma', 'Bank of America'): a part of a name typed so still reads as the names it is part of (lexicon.typed_as_name)
NAME_PARTICLES = frozenset({"du", "de", "des", "la", "le", "les", "d'", "l'", "of", "the", "di", "da", "del", "della",
                            "do", "dos", "von", "van", "der", "den", "y", "et", "and", "&", "sur", "on", "upon", "am"})
ORIGIN_ADVERBS = frozenset({"originally", "initially", "first"})      # 'who first joined us through the app'
# Said right before the words of the date a customer joined, read as a date ('new accounts opened this year', 'newly
# registered since May'): joining is new by itself, so they only confirm it (offline/confirmations.py)
NEW_WORDS = frozenset({"new", "newly", "brand-new"})
# Calendar months in a row said of a behaviour ('bought from us three months running', '3 months in a row', '3
# consecutive months'): the number and the month's unit with these after them, or the adjective between them
# (EventCondition.running, offline/months_running.py)
MONTH_UNITS = frozenset({"months", "month"})
MONTHS_RUNNING_AFTER: tuple[tuple[str, ...], ...] = (("running",), ("in", "a", "row"), ("straight",), ("on", "end"),
                                                     ("consecutively",))
MONTHS_RUNNING_BEFORE = frozenset({"consecutive", "straight", "successive"})
# Verbs of seeing said before the words of a measure that is what was seen ('viewed over 15 pages in one visit',
# 'browsed more than 10 pages'): they say that measure, nothing more (offline/confirmations.py); SEEN_WORDS are what a
# measure's own catalog words hold when it is one ('page views').
SEEING_VERBS = frozenset({"viewed", "seen", "saw", "browsed", "viewing", "browsing"})
SEEN_WORDS = frozenset({"views", "view", "viewed"})
# 'all three', 'the three', 'all 3 of them' said beside a list of values ('said yes to all three - email, text
# messages and push', 'from a desktop, a phone and a tablet - all three -'): the number confirms a list of that many
# values each required; a list of another length, or one read as 'or', is asked. A noun may name the values' attribute
# ('all three channels: ...'). The words before the number, and after it.
LIST_COUNT_LEADS: tuple[tuple[str, ...], ...] = (("all", "the"), ("all",), ("the",), ())
LIST_COUNT_TAILS: tuple[tuple[str, ...], ...] = (("of", "them"), ("of", "those"), ("of", "these"))
# The words between the values of such a list (and before each: 'a desktop, a phone and a tablet').
LIST_COUNT_JOINS = frozenset({",", "and", "&", "/", "+"})
# Determiners that leave a place's value open or deny it ('in any store', 'into no store', French 'dans n'importe
# quel magasin', 'n'ont visité aucun magasin'): the bare place word after them is still the place (events._place_said).
OPEN_DETERMINERS = frozenset({"any", "whichever", "no"})
CLAUSE_EDGES = frozenset({",", "(", ")", "-", ";", ":", "–", "—"})
# A year typed right after a behaviour's words, closing them ('outlet shoppers 2025', 'acheteurs en magasin d'usine
# 2025'), is that year of it when one of these, or nothing, follows (span_readings; not 'orders 2025 and over').
YEAR_AFTER_NOUN_ENDS = frozenset({",", ".", ";", "!", "?", "(", ")", ":", "–", "—", "but", "except", "excluding", "unless"})
# Title separators: 'Black Friday teaser: ...', 'Reactivation wave 3 - ...'.
TITLE_SEPARATOR = r"(?::|\s-{1,2}\s|\s?[–—]\s?)"      # ' -- ' too, as typed for a dash
TITLE_MAX_WORDS = 8
# A leading segment ending with one of these before a separator is a title, even after a first one ('Q4 - winter
# reactivation campaign: ...'); one of the labels and its colon ends the title ('Brief - spring relaunch. Target: ...').
# After the customers' noun, what says where or when they are ('Returning shoppers in France this month - ...'): words
# that describe them, which no campaign's title says (offline/asides.py)
PEOPLE_DESCRIBED = frozenset({"in", "from", "at", "who", "this", "last", "since"})
TITLE_MARKERS = frozenset({"brief", "campaign", "relaunch", "teaser", "kickoff", "kick-off", "launch", "wave",
                           "reactivation", "blast", "mailing", "mailer", "operation", "pilot", "promo", "survey",
                           "invite", "invitation", "study", "poll", "workshop", "contest", "giveaway", "test"})
# A period said of the thing an act is done to, not of the act ('clicked the Flash Sale email of 23 September', 'opened
# the email we sent on 23 September'): the word right before it as typed, or a verb of sending before that
# (events.EventReading._act_dated; every language's words are tried: 'du 23 septembre' reads 'the 23 september')
THING_DATE_LEADS = frozenset({"of"})
THING_DATE_VERBS = frozenset({"sent", "mailed", "send"})
# What ends a lead-in that says what the list is for ('For the post-holiday survey I need ...', 'pour la relance
# Black Friday il me faudrait ...', read as 'we need', 'please'): the request's own words, or a comma
PURPOSE_ENDS = frozenset({",", ":", "please", "i", "we", "we're", "i'm", "i'd", "we'd", "i'll", "we'll"})
AUDIENCE_LABELS = frozenset({"target", "targeting", "audience", "segment"})
# Labels of a brief's lines that say why, before its audience label ('Objective: win back runners. Target: ...'):
# part of the heading the label ends, however long (the reason's words are no criteria; its values are noted).
REASON_LABELS = frozenset({"objective", "objectives", "goal", "goals", "aim", "purpose", "context", "background",
                           "rationale"})
# Labels of a line of a brief that lists its criteria ('Criteria: SMS opt-in required; no VIPs'): they say only
# that criteria follow.
CRITERIA_LABELS = frozenset({"criteria", "conditions", "filters", "requirements", "rules"})
# A forwarded e-mail's header lines ('---------- Forwarded message ----------', 'From: Claire (CRM lead)', 'Subject:
# ...'), folded: in a request that has a banner or a subject line, the banner and the sender's lines are asides and
# the subject line is the brief's title.
EMAIL_BANNERS = frozenset({"forwarded message", "original message", "begin forwarded message"})
EMAIL_HEADERS = frozenset({"from", "to", "cc", "bcc", "sent", "date"})
SUBJECT_HEADERS = frozenset({"subject"})


@functools.cache
def _dictionary() -> frozenset[str]:
    from spellchecker import SpellChecker  # 160k English words with their frequency; loaded once, on first use
    return frozenset(SpellChecker(language="en", distance=1).word_frequency.dictionary)


def is_word(word: str) -> bool:
    """An ordinary English word: typo correction never turns it into a catalog word ('married' is not 'Madrid')."""
    return word.lower() in _dictionary()


# -- wording: how a typed condition reads in this language (assistant/wording.py fills these in) ---------------
# One template per condition kind. '{field}' is the condition's field in this language's words (catalog labels,
# windows, comparisons); '{field_name}' its raw catalog name; '[...]' a part dropped when a field inside it is
# empty; 'kind.flag' a variant used when that yes/no field of the condition is set. A new kind of condition is
# worded by adding its templates here; until then it keeps the label its renderer gives.
WORDING = {
    "label": {
        "value": "{labels}",
        "flag_value": "{flag}[ ({state})]: {labels}[, last changed {set_in}]",
        "compare": "{column} {comparison}",
        "compare.age": "aged {comparison}",
        "compare.year": "born {comparison}",
        "date": "{column}[ {window}][ in {months}]",
        "date.anniversary": "{column} anniversary (any year) {window}",
        "indicator": "{indicator}[: {values}][ {comparison}]",
        "list": "on the {table}",
        "term": "{index}",
        "event": "[top {rank}% by spend: ][{first} ][{last} ]{events}{dims}{other_than}{own_place}{measured}[ ({count} times)][ (each {each})][ ({average} {amount})]"
                 "[ {days}][ {months}][ {hours}][ {since}][ {since_set}][{date}][ {window}][ (ranked among {among})][ {after}][ {of_latest}][ {running}]",
        "event.days_counted": "[top {rank}% by spend: ][{first} ][{last} ]{events}{dims}{other_than}{own_place}{measured}[ (on {count} different days)][ (each {each})][ ({average} {amount})]"
                 "[ {days}][ {months}][ {hours}][ {since}][ {since_set}][{date}][ {window}][ (ranked among {among})][ {after}][ {of_latest}][ {running}]",
        "event.over": "{edge} of {over}: {events}{dims}{other_than}{own_place}{measured}[ (amount {amount})][ {days}][ {months}][ {hours}][ {since}][ {since_set}][{date}][ {window}][ {after}]",
        "any_of": "{groups}",
        "any_of.exclusive": "exactly one of: {groups}",
        "versus": "{measure} {op} on {left} than on {right}",
        "versus.average": "average spend per event {op} on {left} than on {right}",
        "versus.within": "share of {right} that are {left}: {op} than {share}%",
        "versus.share": "{share_of} {left} {op} than {share}% of {share_of} {right}",
        "versus.margin": "{measure} at least {margin} {op} on {left} than on {right}",
        "versus.margin_upper": "{measure} between {margin} and {margin_upper} {op} on {left} than on {right}",
        "distinct": "{comparison} different {dimension} values: {source}",
        # the events of one same value counted ('bought the same brand 3 times or more')
        "distinct.same": "{comparison} times the same {dimension}: {source}",
        # the different values of one event counted ('3+ different categories in that one order')
        "distinct.per_event": "{comparison} different {dimension} values within one single event: {source}",
        # the time between a behaviour's events: from the first to the latest, or on average from one to the next
        "spacing.span": "{comparison} {unit} between the first and the latest event: {source}",
        "spacing.gap": "{comparison} {unit} on average between one event and the next: {source}",
        "known": "{column} {known}",
        "top": "top [{n} customers][{percent}% of customers][ among {among}][ by {measure} {source}][ by {column}]"
               "[ by {indicator}][, per {per}]",
        "not": "not: {label}",
    },
    "meaning": {
        "value": "{column_name} is {values_sql}",
        "flag_value": "{column_name} is {labels} and {flag_name} {state_sql}[; {set_on_name} {set_in}]",
        "compare": "{column_name} {comparison}",
        "compare.age": "age in full years on {as_of} (from {column_name}) {comparison}; unknown ages never match",
        "compare.year": "year of {column_name} {comparison}; unknown birth dates never match",
        "date": "{column_name}[ {window}][ in months {months_name}]",
        "date.anniversary": "month and day of {column_name}, any year, {window}",
        "indicator": "indicator {indicator_name} is [{values}][{comparison}]",
        "list": "listed in {table_name}",
        "term": "glossary: {term_meaning}[ Window set by the request: {term_window}.]",
        "event": "{label}; from {sources}",
        "any_of": "any of: {groups_meaning}",
        "any_of.exclusive": "exactly one of: {groups_meaning}",
        "versus": "{label} (nothing on a side counts 0)",
        "versus.within": "{label} (counted among the events of {right}, in their period)",
        "versus.average": "{label} (each event's amount averaged; a customer with no event on a side is out)",
        "distinct": "{label}",
        "spacing": "{label} (fewer than two such events: out)",
        "known": "{column_name} {known}",
        "top": "{label} (ranked on {as_of})",
        "not": "{entity} who do not match: {meaning}",
    },
    # which end of the behaviours an event is the first or latest of ('event.over')
    "edge": {"first": "first", "last": "last"},
    # a yes/no field in words: (when not set, when set)
    "flags": {"event.first": ("", "first"), "event.last": ("", "last"), "event.average": ("total", "average"),
              "known.known": ("not on file", "on file")},
    # An amount said of a measure ('more than 5 units'): the measure's own words, never 'spend' or 'amount'.
    "measure": ("total {measure}", "average {measure}"),
    # a ranking by a measure of the behaviour summed ('top 15 by number of units bought'), before the behaviour
    "ranked_measure": "total {measure} of",
    # a field of a few values, each in words
    "share_of": {"amount": "spend on", "count": "number of"},
    # a kind worded by the template of one of its fields' values ('versus.average'), when it has one
    # a yes/no of the profile's rows ('opted in: email'): what the row holds, said after the flag ('' for a yes), and
    # in the meaning; the period it was last changed in is the flag's own date column ('last changed in July')
    "flag_state": {"True": "", "False": "no", "None": "yes or no"},
    "flag_state_sql": {"True": "is true", "False": "is false", "None": "is true or false"},
    "keyed_by": {"versus": "measure", "spacing": "between"},
    "choices": {"versus.measure": {"amount": "spent", "count": "times", "average": "average spend per event"}, "versus.op": {">": "more", "<": "less", ">=": "as much or more", "<=": "as much or less"},
                "top.measure": {"amount": "spend on", "count": "number of", "average": "average spend per", "value": "value of"}},
    "or": " or ", "and": " and ", "where": " where ", "sources": " + ",
    "dimension": ", {dimension} {values}",
    # a long list of values that all hold the same words (a product kind, a partial name): those words and how many
    "holding": "with '{words}' in it ({count})",
    "other_than": ", {dimension} other than {values} (or unknown)",
    "other_than_known": ", {dimension} other than {values}",
    # a dimension compared with the customer's own attribute, row by row ('abroad': the store's country other than
    # the country they live in): (other, same)
    "own_place": (", {dimension} other than their {column}", ", {dimension} the same as their {column}"),
    "event_date": ", {date}",        # another date of the event the period is on ('a lease ending ...': contract end)
    "window": {"last": "in the last {amount} {unit}", "next": "in the next {amount} {unit}", "between": "from {start} to {end}", "since": "since {start}",
               "before": "before {end}"},
    "units": {"DAY": ("day", "days"), "WEEK": ("week", "weeks"), "MONTH": ("month", "months"), "YEAR": ("year", "years")},
    # the days of the week a behaviour's events fall on (assistant/weekdays.py): the weekend and the weekdays by name
    "days": {"weekend": "at the weekend", "weekdays": "on weekdays", "days": "on {days}", "or": " or ",
             "names": ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays")},
    # the months of any year a behaviour's events fall on (assistant/months.py): a season by name
    # the events with (without) a measure of their own row ('rated tickets': with a satisfaction score): (without, with)
    "measured": (", with no {measure}", ", with a {measure}"),
    # a behaviour counted from a date of the customer's own profile ('since joining': since their signup date)
    "own_amount": " and amount {amount}",   # the same event's own amount beside its measure ('4+ units for under €80')
    "since": "since their {column}",
    # ... or since the last change of a yes/no row of theirs ('since they opted in': the email consent's own date)
    "since_set": "since the last change of ({row})",
    # the hours of the day a behaviour's events fall in (assistant/hours.py): each run of hours, across midnight
    "hours": {"between": "between {start} and {end}", "after": "after {start}", "before": "before {end}", "or": " or ",
              "names": ("midnight", *[f"{h}am" for h in range(1, 12)], "noon", *[f"{h}pm" for h in range(1, 12)])},
    "year_months": {"months": "in {months} of any year", "season": "{season} of any year", "or": " or ",
                    "names": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                              "October", "November", "December"),
                    "seasons": {"winter": "in winter", "spring": "in spring", "summer": "in summer", "autumn": "in autumn"}},
    # a behaviour read after the one said before it ('and then', 'since then', 'within 7 days of it'): the order said
    "after": {"later": "after ({anchor})", "latest": "after the latest ({anchor})",
              "within": "within {amount} {unit} after ({anchor})",
              "day": "the same day as ({anchor})",
              "same": ", the same {dimensions}"},
    # a behaviour counted among the n latest events of another ('none of the last 5 emails we sent them opened')
    "of_latest": "among their {n} latest ({of})",
    # a behaviour in calendar months in a row ('three months running')
    "running": "in {n} months in a row",
    "days_counted": "on {count} different days",    # EventCondition.days_counted
    "comparison": {">=": "at least {value}", ">": "more than {value}", "<": "less than {value}",
                   "<=": "at most {value}", "=": "exactly {value}", "between": "between {value} and {upper}"},
    "years": {">=": "in {value} or later", ">": "after {value}", "<": "before {value}", "<=": "in {value} or earlier",
              "=": "in {value}", "between": "between {value} and {upper}"},
    "decimal": ".",
    "month_names": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December"),
}

# What the translators note about a reading (shown as warnings), by name: the code writes the English, and
# another language's module gives the same names in its words ('{slot}' values are copied across).
NOTES = {
    "typo": "read '{typed}' as '{value}'",
    "statement_period": "'{period}', said of the value before, read as the time of '{words}'",
    "pointed_value": "'{pronoun}' read as {words} ({label}), the value said before it; the sentence that names it is context, not a criterion",
    "flag_off": "'{words}' read as '{label}' off now (whether it was on before is not recorded)",
    # ... and with the period its row was last changed in ('switched their email consent off in the past 30 days')
    "flag_off_set": "'{words}' read as '{label}' set to no {when} (whether it was on before is not recorded)",
    "birthday_month": "'{words}' read as a birthday in {month} (of any year)",
    "sibling_of_before": "'{words}' read as {events}, with what is said of '{before}'",
    "implied_event": "'{words}' read as {events} (no verb named the behaviour)",
    # a behaviour read whenever it was, whose table another behaviour of the catalog reads when its rows end
    # ('Family plan customers': every line, terminated ones too)
    "ended_too": "'{words}' read as any {event}, whatever its {dimension} ({ended} included): say '{kept}' to leave "
                 "the others out",
    # a term's longer phrase holding a word the catalog lists as ambiguous ('inactive members': the sleepers)
    "ambiguous_inside": "'{words}' read as {term}, the catalog's phrase for it (the catalog also lists '{word}' as "
                        "ambiguous: check it is what is meant)",
    "verb_of_object": "'{verb}' read as said of the {events} (not as a {dropped})",
    "two_dimensions": "'{words}' read as {kept} (it could also mean {dropped})",
    "values_not_events": "'{words}' read as a count of different {dimension} values, not of each {event} (to count "
                         "each one, say 'times')",
    "one_day": "'{text}' read as that one day",
    # 'spent under €50 in total': a sum is of the events they had (as the catalog's spend), so those with none
    # are not in; a count under N keeps them ('none included'), so the difference is said
    "none_in_the_drop": "'{words}' read as {amount} in total, customers who bought none of it included (a fall from "
                        "the other period said)",
    "none_in_the_total": "'{words}' read as customers with {events} totalling {amount}; customers with none are not "
                         "included (to include them, say 'either ... or bought nothing')",
    "since_the_behaviour": "'{text}' read as after the behaviour said before it, not since {start}",
    "period_of_the_last": "'{period}' read only of what is said last; '{words}' has no period (say it there too if "
                          "it is meant for both)",
    "either_value": "'{words}' read as {labels}: no customer is both",
    "one_total_over": "'{words}' read as one total over them together, {amount} (for a total on each, say it for each)",
    "each_period": "'{first}' and '{second}' read as both: the behaviour in each of them (for either, say 'or')",
    "from_period": "'{text}' read as since {start} (for that period alone, say 'in' instead of 'from')",
    "each_amount": "'{words}' read as each one's own amount, {amount} (for their sum, say 'in total')",
    "messages_of_the_consent": "'{words}' read as of the {channel} messages, the channel of the consent said before it",
    "values_left_out": "'{words}' read as {labels}: customers with {other}, or none on file, are left out (to keep "
                       "everyone, leave the words out)",
    "term_restated": "'{words}' read as saying what '{term}' means, as the catalog defines it: {meaning}",
    "one_purchase": "'{words}' read as one purchase of {amount} (the whole basket: the catalog has no price per product)",
    "held_for": "'{text}' read as at least that long: {period}",
    "named_days": "'{text}' read as the days from {first} to {last}",
    "act_dated": "'{text}' read as the date of the {event}, not of the {made}",
    "weekday_said": "'{text}': {date} is a {day}, not a {said}; read as that date: check it",
    "calendar": "'{text}' read as the last {n} {units} (for the calendar {unit}, name it: {example})",
    "calendar_last": "'{text}' read as {period} (for a rolling period, say 'in the last {n} {units}')",
    # a period after today said of a behaviour the catalog records only up to today (meaning.EventCondition)
    "after_today": "'{window}' is after today ({as_of}), and the catalog records {label} only up to today: no customer "
                   "should match. Name a period up to today, or ask the data team to declare dates that run ahead",
    "length_before": "'{text}' read as the last {n} {units} (before what? name both periods)",
    "placed_before": "'{text}' read as {period}, the period right before '{before}'",
    "at_least": "'{words}' read as at least {n}",
    "how_many": "'{words}' read as how many there are, not a count of what they did there",
    "exactly": "'{words}' read as exactly {n}",
    "decimal_dot": "'{typed}' read as {n} (for thousands, write it without the dot)",
    "value_column": "'{label}' read as {column} (it could also be {others})",
    "age": "'{words}' read as an age",
    "not_materialised": "daily indicator '{indicator}' is not materialised for {as_of}: computed at query time "
                        "(run `audience enrich`)",
    "term_no_window": "'{window}' is not applied: the term '{term}' has no time window ({meaning})",
    "term_own_window": "'{window}' could not be applied to the term '{term}' (its window is a length of time from today): "
                       "it uses its own, {own}",
    "customers_since": "'{words}' read by the date they joined ({column}): {period}",
    "title_value": "'{words}' is in the title, not read as a criterion (the audience is not limited to {label})",
    "title_typo": "'{words}' is in the title, not read as a criterion ('{typed}' looks like '{reading}': if it is one, "
                  "say it in the request)",
    "title_period": "'{words}' is in the title, not read as a period (if the audience is limited to one, say it in the "
                    "request)",
    "purpose": "'{words}' read as a behaviour ({events}): leave it out if it only says what the audience is for",
    "manner": "'{words}' read as a behaviour of its own, besides '{before}': leave it out if it only says how",
    "other_state_apart": "'{words}' read apart: no {label} at all, not '{before}' that was not so (check the audience, "
                         "or say it another way)",
    "next_month": "'{words}' read as the next one, from {start} (the date may lie ahead); add the year {last} for the last one",
    "pointed_apart": "'{words}' read as the one said before, but what is said with it is not tied to that {label}: it is read of any of theirs (check the audience)",
    "same_event": "'{words}' read of the same event as '{before}'",
    "each_channel": "'{words}' read for each one apart ({events}): say 'combined' for their total",
    "not_since_season": "'{words}' read from the season's start ({start}); if you mean since it ended, say 'since {after}'",
    "unknown_not_other": "'{words}': an event of unknown {dimension} is not counted as another value (only a known other value excludes it)",
    "all_events": "'{words}' read as every one of the behaviour's events in its period: a customer with one that was not is left out",
    "only_channel": "'{words}' read as: and none of the behaviour's events with another {dimension}, in the same period",
    "period_name": "'{words}' read as the days said in brackets ({period})",
    "same_window": "'{words}' read in the same window as the part before ({period})",
    "same_window_after": "'{words}' read in the period said right after it ({period})",
    "one_place_of_many": "'{words}' read as all of them in {value}: if one is meant, name it",
    "before_window": "'{words}' read before the period of the part before ({period})",
    "heading_period": "'{period}', said as the heading, read as the period of every behaviour after it",
    "heading_period_unread": "'{period}', said as the heading, read of no behaviour (each says its own period)",
    "latest_of_people": "'{words}' read as the latest {name}, from {start} to {end} (for every year's, say "
                        "'buyers in {month} of any year')",
    "window_for_all": "'{period}' read for '{words}' too (said once, before them all)",
    "fronted_period": "'{period}', said first, read as the period of every behaviour",
    "term_with_absence": "'{term}' is read as the catalog defines it ({meaning}), beside none in '{period}': "
                         "customers with one inside the term's window but none in that period; for every one who "
                         "ever had one, say so ('who have had a workshop visit')",
    "closing_period": "'{period}', said last, read as the period of every behaviour said with none of its own",
    "or_shared": "'{words}' read for both '{phrase}' and '{text}' (it could be meant for the second only)",
    "window_for_both": "'{period}' read for '{words}' too (said once, after both)",
    "own_date": "'{words}' read {period} by its own date ({columns}), the window named before",
    "first_apart": "'{words}' read as a condition of its own, not of the first {events}",
    "birth_month_unheld": "'{words}' read as the year of birth only: no month of birth is held",
    "kind_of_people": "'{words}' read as {events} only, as '{kind}' says",
    "values_apart": "'{words}' read as a behaviour of its own, at any time, not only in '{period}'",
    "latest_apart": "'{words}' read as a condition of its own, not of the latest {events}",
    "ranked_among": "'{share}' ranked among all customers, then '{others}' kept (say 'top ... of our ... customers' to rank among those only)",
    "first_among": "'{words}' read as which events the first is taken among ({events}), not as what the first one was",
    "latest_among": "'{words}' read as which events the latest is taken among ({events}), not as what the latest one was",
    "not_applied": "'{words}' is not applied: only the behaviour ({event}) is",
    "side_said_before": "'{words}' read as said of the behaviour just before it (its events and period, not its own total)",
    "times_not_amount": "'{word}' read as the number of times (say 'spent {word_norm}' for the amount)",
    "read": "read {what}",
    "no_criteria": "No criteria: the audience is every customer.",
    "model_read": "Read by the model ({version}): '{phrase}' as {label}",
    "derived_value": "'{words}' read as {column} (no word named that attribute)",
    "name_part": "'{words}' read as {what} {values} (the names it is part of)",
    "untracked": "'{words}': {event} is never recorded for {kinds} (the catalog says so), so no customer matches it",
    "name_start": "'{words}' read as {reading}; it also starts the {what} {values}: name one to target it alone",
    "period_before": "'{words}' read as {period}, the period right before the one compared ({compared})",
}
# Words inside a note's slots, in this language (English: as the code writes them); and whole descriptions of a
# window or a comparison (regular expression -> replacement), read before the words.
NOTE_WORDS: dict[str, str] = {}
NOTE_PHRASES: list[tuple[str, str]] = []

# The plain-text view of a definition (`audience translate`): its headings in this language.
TEXT = {
    "title": "Audience for: {request!r}", "untitled": "Audience", "as_of": "  as of {as_of}, channel: {channel}",
    "none": "  (no criteria: every customer)", "except": "except", "ignored": "  ~ ignored (title, asides): ",
    "unrecognized": "  ? not understood: ", "removed": "  x removed by the author (these words select no one): ",
}

# The recombination replay (assistant/recombine.py, `audience eval --recombined`): right answers composed into new
# requests with a gold derived from theirs. A request it composes is '<before> <head> <after>', the head one of HEADS
# (the customers' noun), nothing of STOPS in it; 'after' opens with one of OPENERS (a relative word of RELATIVES, or a
# preposition or participle saying which). The templates' slots: {A} and {B} the whole requests, {Aadj} a request with
# nothing after its head, {Aclause} one whose 'after' opens with an opener, {Anp} its words up to the head, {Apost} and
# {Bpost} what follows that head (no word before it in B), {Bclause} the same when a relative word opens it, {Arel}
# and {Brel} without that word,
# {Anodet}/{Bnodet} a request that opens with no determiner, {head} its head, {window} and {Arest} a request cut
# before its last period (WINDOWS, said once, at its end) and moved to the front; {Aone} a request with nothing before
# its head, none of CONJUNCTIONS and one clause at most, said first (of CLAUSES: an 'or' after it unites it whole),
# {Aonewho} the same with a relative clause and nothing negated, {Awho} any with one, {Aperfect} one whose clause opens
# with one of AUXILIARIES; of one behaviour done (recombine.Read): {Bnever} its clause said never done (NEVER: the
# longest lead it opens with, replaced; none of NOT_VERBS first, nor NOT_PARTICIPLES after an auxiliary), {Bverb} its
# clause from its verb (after AUXILIARIES when the language says its past with one; only with no period of its own),
# {Bwindow} its period said first and {Bunwindowed} the clause without it; {Atimeless} a request with no time of its
# own (a period said first is only the other's). {C...}: the third part, as {B...}. The united forms ('or', 'or3') and
# 'except3' take only requests with none of CONJUNCTIONS ('<A> or <B> and <C>' is unclear).
RECOMBINATION = {
    # nouns that say nothing more than 'customers'; and those that say more ('buyers', 'women', 'members' of a
    # loyalty scheme): a request may be cut at one, never said without it
    "heads": frozenset({"customers", "clients", "people", "users", "subscribers", "viewers", "accounts", "anyone",
                        "everyone", "anybody", "those"}),
    "saying_heads": frozenset({"shoppers", "buyers", "members", "women", "men", "purchasers", "spenders", "openers",
                               "clickers", "visitors"}),
    "ends": frozenset({"?", ".", "!"}),
    "stops": frozenset({",", ":", ";", "?", "!", ".", "(", ")", "\"", "'", "/", "-", "--", "—", "–", "+", "&", "\n",
                        "but", "except", "excluding", "without", "unless", "apart", "minus", "besides", "or", "either",
                        "neither", "nor", "then", "if",
                        "top", "each", "per", "versus", "vs", "than", "same", "both", "instead", "only", "again",
                        # the words of a request's frame ('pls pull customers ...'): not the customers' own
                        "pls", "please", "pull", "give", "show", "find", "need", "want", "get", "me", "i",
                        "which", "what", "how"}),      # (a question's: 'which customers ...' is no part of a list)
    "relatives": frozenset({"who", "that"}),
    "openers": frozenset({"who", "that", "with", "in", "from", "living", "based", "aged", "over", "under",
                          "between", "born", "registered", "signed", "opted", "acquired", "having", "whose"}),
    # (and the pronouns said as the head: 'anyone who ...' is asked as no 'Who are the anyone')
    "determiners": frozenset({"all", "our", "the", "any", "every", "my", "some", "those", "these", "a", "an", "anyone",
                              "everyone", "anybody"}),
    "windows": ("in the last", "in the past", "over the last", "over the past", "during the last", "this year",
                "this month", "last year", "last month", "since"),
    # ... and the leads that say a period only before a number: 'in 2025' (a year)
    "numbered_windows": {"in": "year"},
    "and": ("{Aadj} {Bpost}", "{Aclause} and {Bpost}", "{A} who also {Brel}", "{Aclause}, {Bclause}",
            "{Anp}:\n- {Apost}\n- {Bpost}"),
    "except": ("{A} but not {Bnodet}", "{A}, except those {Bpost}", "{A} excluding {Bnodet}"),
    "clauses": frozenset({"who", "that", "with", "whose", "having", "living", "based", "aged", "born", "registered",
                          "signed", "opted", "acquired"}),
    "conjunctions": frozenset({"and", "as", "plus", "nor", "neither"}),
    "auxiliaries": frozenset(),
    "not_verbs": frozenset({"are", "is", "was", "were", "do", "does", "did", "don't", "didn't", "haven't", "hasn't",
                            "not", "never", "no", "still", "also", "ever", "already", "recently", "will", "would",
                            "can", "could", "may", "might", "usually", "often", "regularly", "always", "only", "both",
                            "have", "has", "had", "own", "hold", "live", "lives", "belong", "belongs", "like", "likes",
                            "prefer", "prefers", "want", "wants", "need", "needs", "got", "get", "gets"}),
    "not_participles": frozenset(),
    "never": {(): "never"},
    "or": ("{A} or {Bnodet}", "either {Anodet} or {Bnodet}", "{Aone} or {Bclause}", "{Aonewho} or {Bverb}"),
    "except_never": ("{A} who {Bnever}", "{Awho} and {Bnever}", "{Aone} but who {Bnever}"),
    "and_also": ("{Awho} and also {Bverb}",),
    "and_fronted": ("{Bwindow}, {Atimeless} {Bunwindowed}", "{Bwindow}: {Atimeless} {Bunwindowed}"),
    "and3": ("{Anp}:\n- {Apost}\n- {Bpost}\n- {Cpost}", "{Aclause}, {Bclause} and {Cclause}",
             "{Aadj} {Bpost} and {Cpost}"),
    "except3": ("{A} but neither {Bnodet} nor {Cnodet}", "{A} who neither {Bverb} nor {Cverb}",
                "{A}, except those {Bpost} and those {Cpost}"),
    "or3": ("{A}, {Bnodet} or {Cnodet}", "either {Anodet}, {Bnodet} or {Cnodet}"),
    "reshape": ("Who are the {Anodet}?", "Which {head} {Arel}?", "For the Black Friday teaser: {A}", "{A}, thanks!",
                "Quick one for the newsletter - {A} please", "{Anp}:\n- {Apost}", "{window}, {Arest}"),
}

# The synonym-swap replay (assistant/swap.py, `audience eval --swapped`): a catalog phrase read in a right answer is
# swapped only for a phrase of the same form, the class of its first word (lowercase, as the catalog writes it):
# one of 'prepositions' ('in store' for 'at the till'), 'adverbs', 'auxiliaries' (each its own class: 'have' for
# 'have', never 'were'), 'pronouns' ('those', never a noun), a past participle (one of 'participles' or ending in one
# of 'participle_endings', unless one of 'nouns'), a gerund (ending in one of 'gerund_endings', unless one of
# 'nouns'), else a noun or adjective. A phrase ending in one of 'trailing' ('said yes to', 'live in') only swaps for
# another ending with that word, and none is put before a preposition ('opted in | to SMS' is 'consented | to SMS').
# 'senses': words that give an element's verb a sense of its own ('spent' says money, 'bought' the act: 'spent over
# 1000' is a total, 'made a purchase over 1000' one basket; 'sent' says what we did, 'received' what they got: 'who
# haven't sent any SMS' is not 'who haven't received any'), swapped only within it. 'people': nouns of people, as the
# customers' own: a phrase ending with one ('recipients') only swaps for another. A noun of the customers, or after a
# number or one of 'determiners' (within two words), keeps its number (its 'head' word, the last in English, ends in
# one of 'plural_endings' or is one of 'plurals', unless one of 'singulars'); a feminine (lang_fr) keeps its gender. A
# verb's phrase holding its own object or complement (one of 'objects' or a preposition after its first word: 'made a
# purchase', 'added to favourites') stands for a bare verb ('bought', 'wishlisted') only where no
# object follows: at the end, before punctuation, a preposition or one of 'clause_words'. 'articles': an article said
# before the phrase, as its first letter wants it ('a' before a consonant, 'an' before one of 'vowels').
SWAP = {
    "prepositions": frozenset({"in", "on", "at", "through", "via", "from", "by", "to", "with", "into", "onto",
                               "over", "under", "for", "within", "without", "inside"}),
    "adverbs": frozenset({"online", "offline"}),
    "auxiliaries": frozenset({"has", "have", "had", "was", "were", "is", "are", "be", "did", "does", "do"}),
    "pronouns": frozenset({"those", "anyone", "everyone", "anybody", "everybody", "someone", "somebody", "who"}),
    "participles": IRREGULAR_PARTICIPLES,
    "participle_endings": ("ed",),
    "gerund_endings": ("ing",),
    "nouns": frozenset({"clothing", "shipping", "marketing", "emailing", "e-mailing", "sporting", "advertising",
                        "billing", "housing", "schooling", "dwelling", "rating", "wyoming", "spring", "ongoing",
                        "outstanding", "during", "wed", "united", "evening", "morning", "wedding", "bed", "red"}),
    "trailing": frozenset({"to", "with", "on", "of", "through", "via", "from", "by", "at", "for", "in", "into"}),
    "senses": {"spend": SPEND_VERBS,
               "send": frozenset({"sent", "send", "contacted", "messaged", "emailed", "e-mailed", "mailed", "texted",
                                  "smsed", "solicited", "targeted", "reached"})},
    "people": frozenset({"buyers", "buyer", "purchasers", "purchaser", "spenders", "spender", "shoppers", "recipients",
                         "openers", "clickers", "visitors", "visitor", "unsubscribers", "churners", "advocates",
                         "ambassadors", "newcomers", "abandoners", "prospects", "cardholders", "holders", "subscribers"}),
    "head": -1,
    "plural_endings": ("s",),
    "plurals": frozenset({"men", "women", "people", "children", "gentlemen", "folks"}),
    "singulars": frozenset({"sms", "status", "news", "business", "class", "access"}),
    "determiners": frozenset({"a", "an", "one", "each", "every", "this", "that", "these", "those", "all", "many",
                              "several", "both", "no"}),
    "objects": frozenset({"a", "an", "the", "their", "something", "any", "some", "our", "us", "them", "it"}),
    "clause_words": frozenset({"and", "or", "but", "then", "since", "last", "this", "yesterday", "today", "recently",
                               "ever", "never", "again", "once", "twice", "before", "after", "during", "yet", "within",
                               "between", "who", "that", "whose"}),
    "feminine_endings": (),
    "articles": (("a", "an"),),
    "vowels": "aeiou",
}
