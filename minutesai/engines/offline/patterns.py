"""Small named pattern sets shared by the figure, action and decision rules."""

from __future__ import annotations

import bisect
import re
from typing import Literal

from minutesai.engines.offline import scan
from minutesai.engines.offline.action_verbs import ACTION_VERBS as ACTION_VERBS
from minutesai.engines.offline.count_wordings import joins_modifiers
from minutesai.engines.offline.docscan import DocumentScanner, SpanScanner
from minutesai.engines.offline.guards import compile_guarded, guarded

Dir = Literal["increase", "decrease", "no_change", "unknown"]

MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)")
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
NUM = r"(?=\d)(?<![\w.,/£$-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w/]|\.\d|,\d{3}(?!\d))"
"""A number in digits (the leading lookahead lets the regex engine skip non-digits at once). It never stops just before
',ddd': a pattern whose lookahead allows a comma must not read '4,444' as '4'."""
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUM_WORD: str = (r"\b(?<!ty-)(?:(?:" + scan.trie_pattern(set(TENS_WORDS)) + r")-(?:one|two|three|four|five|six|seven|eight|nine)\b"
                 r"|(?:" + scan.trie_pattern(set(NUMBER_WORDS)) + r"))\b")
"""A number in words: one of ``NUMBER_WORDS`` or a hyphenated compound ('thirty-four'), never the unit word of one
(the 'four' of 'thirty-four' is not four)."""
NUM_WORD_ANY = (r"\b(?:(?:" + scan.trie_pattern(set(TENS_WORDS)) + r")(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
                r"|" + scan.trie_pattern(set(NUMBER_WORDS) - {"hundred"}) + r")\b")
"""A number from one to ninety-nine in words ("fifteen", "twenty-five")."""
WORD_CUES = ("quarter", "half", "halv", "there had been no", "there have been no", "there has been no", "there were no",
             "there was no", "no recorded", "no reported", "no vehicles", "no cars", "no vans", "no sheds")
"""Words that carry a figure without being numbers (see wordfigures): part of the cue sets gating figure finding."""
NUMBER_CUES = scan.Cues(tuple("0123456789£") + tuple(NUMBER_WORDS) + tuple(TENS_WORDS) + tuple(ORDINAL_WORDS)
                        + ("quartile",) + WORD_CUES)
"""Where a number in digits or words (or a figure in words) can start: every ASCII digit and every number word,
so also where the patterns opening with one of NUMBER_OPENINGS can match (docscan.SpanScanner tries only there)."""
NUMBER_OPENINGS = (f"({NUM})", f"({NUM}|{NUM_WORD})", f"({NUM_WORD_ANY}|{NUM})", f"({NUM_WORD_ANY})")

PERCENT = SpanScanner(rf"({NUM})\s?(?:%|per\s?cent\b|percent\b)(?!\s*points?|\s*pts?\b)", NUMBER_CUES, NUMBER_OPENINGS)
POINTS = SpanScanner(rf"({NUM})\s?(?:percentage[\s-]points?|%\s*points?|pp\b|ppts?\b|%\s*pts?\b|pts\b)", NUMBER_CUES, NUMBER_OPENINGS)
MONEY = scan.LowerScanner(r"£\s?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(m\b|bn\b|k\b|million\b|billion\b)?")
ORDINAL_RANK = scan.LowerScanner(
    r"\b(?:ranked\s+|placed\s+)?(\d{1,3})(?:st|nd|rd|th)\b|\b(" + "|".join(ORDINAL_WORDS) + r")\b(?=\s+(?:highest|lowest|best|worst|safest|most|least|place|position|out|of\s+(?:the\s+|its\s+|their\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))")
RANK_OF = scan.LowerScanner(rf"\b(?:ranked|placed|position(?:ed)?)\s+(?:at\s+)?({NUM})\s+(?:out\s+)?of\s+({NUM})")
OUT_OF = scan.LowerScanner(rf"\b(?:out\s+of|of\s+(?:the\s+)?)\s*({NUM}|{NUM_WORD})\s+(?:[\w-]+\s+){{0,2}}?(?:boroughs|forces|districts|areas|councils|authorities|BCUs|partnerships|counties)\b|\bout\s+of\s+({NUM})\b")
QUARTILE = scan.LowerScanner(r"\b(?:quartile\s+(one|two|three|four|[1-4])|(top|bottom|first|second|third|fourth|lowest|highest)\s+quartile)\b")
PER_POPULATION = SpanScanner(rf"({NUM})\s+(?:[\w-]+\s+){{0,3}}?per\s+(?:1,000|1000|10,000|100,000|100000|thousand|head\s+of\s+population)", NUMBER_CUES, NUMBER_OPENINGS)

# A count is a number followed (within two words) by something police and partners count.
COUNT_NOUNS = (
    r"offen[cs]es|offen[cs]e|crimes|incidents|incidences|incident|calls|reports|reported\s+cases|cases|arrests|charges|victims|offenders|suspects"
    r"|officers|PCSOs|PCSO[’']s|PCs|sergeants|inspectors|police(?:\s+officers)?|constables|detectives|staff|members\s+of\s+staff|volunteers|champions"
    r"|stop\s*(?:and|&)\s*(?:searches|accounts)|stop\s*(?:and|&)\s*search\s+(?:incidents|encounters|records)|stops|searches|section\s+60s|s60s|referrals|orders|PSPOs|CBOs|ASBOs"
    r"|injunctions|notices|warnings|cautions|convictions|prosecutions|seizures|weapons|knives|firearms|burglaries"
    r"|robberies|thefts|assaults|homicides|murders|stabbings|deaths|fatalities|casualties|complaints|FPNs|patrols|warrants"
    r"|raids|youths|young\s+people|individuals|households|premises|vehicles|mopeds|closures|visits|interventions|attacks|housebreakings|break-ins|break\s+ins|shootings"
    r"|breaches|tickets|fines|penalty\s+notices|fixed\s+penalty\s+notices|injuries|knife\s+injuries|hospital\s+admissions"
    r"|detections|outcomes|positive\s+outcomes|sanctions|dispersals|dispersal|pour[\s-]?aways|confiscations|people|posts"
    r"|beat\s+managers|officer\s+and\s+staff\s+(?:posts|roles)|police\s+and\s+staff\s+(?:posts|roles)"  # round 17b: workforce
    r"|(?:warning|advisory|ASB)\s+letters"  # round 25b: "45 unacceptable behaviour warning letters"; not any letters
)
_COUNT_ADJECTIVE_WORDS = """new extra additional more further fewer less reported recorded separate serious active dedicated current neighbourhood
    residential domestic non-domestic dwelling commercial business personal violent sexual racist hate knife gun vehicle
    motor youth young older repeat high-risk total confirmed positive successful formal outstanding open live vacant
    full-time part-time special trained warranted uniformed female male juvenile adult criminal anti-social"""
COUNT_ADJECTIVES = frozenset(_COUNT_ADJECTIVE_WORDS.split())
COUNT = SpanScanner(
    rf"({NUM}|{NUM_WORD})\s+(?:[\w/-]+\s+){{0,4}}?(?P<noun>{COUNT_NOUNS})\b", NUMBER_CUES, NUMBER_OPENINGS)
"""A number, up to four words, then something counted. The words in between must be adjectives from COUNT_ADJECTIVES
or capitalised names (checked on the original text by :func:`count_words_ok`, since the scanner matches lower-cased text)."""


_FUNCTION_WORDS = "of the a an to and or in on at for by from with than per as were was had has have be been is are which that who"
_NOT_IN_A_COUNT = frozenset(_FUNCTION_WORDS.split())


def count_words_ok(text: str, m) -> bool:
    """True when the words between a count's number and its noun are adjectives, names ("28 Community
    Protection Warnings") or up to four other nouns ("412 noise complaints", "31 catalytic converter theft notified
    offences", "103 community protection written warnings": round 17b, pool21 and pool23), and no function words
    ("six priorities of the Police", "21 to 42 reports") but an 'and' joining two modifiers ("34 driving and parking offences")."""
    plain, words = 0, text[m.end(1):m.start("noun")].split()
    for i, w in enumerate(words):
        low = w.lower()
        if (low in _NOT_IN_A_COUNT and not joins_modifiers(words, i)) or any(c.isdigit() for c in w):
            return False
        if low not in COUNT_ADJECTIVES and not w[:1].isupper():
            plain += 1
    return plain <= 4


_POLICE_AS_MODIFIER = re.compile(
    r"(?<=[Pp]olice)\s+(?:reports?|authorit(?:y|ies)|forces?|stations?|areas?|services?|divisions?|districts?|regions?"
    r"|units?|panels?|updates?|matters|scotland|numbers?)\b", re.IGNORECASE)
"""'7 Police Authorities', '3 Police Report' (an agenda number): 'police' names what follows, it is not what is counted."""


def find_counts(text: str, start: int, end: int) -> list:
    """COUNT matches in ``text[start:end]`` whose in-between words pass :func:`count_words_ok`.

    After a rejected match the search resumes just past its number, so in "from 21 to 42 reports"
    the rejected "21 to 42 reports" still leaves "42 reports"."""
    out = []
    pos = start
    while pos < end:
        m = COUNT.search(text, pos, end)
        if m is None:
            break
        if count_words_ok(text, m) and not _POLICE_AS_MODIFIER.match(text, m.end()):
            out.append(m)
            pos = m.end()
        else:
            pos = m.end(1)
    return out
DURATION = SpanScanner(
    rf"({NUM}|{NUM_WORD})\s+(minutes?|mins|seconds?|secs|hours?|hrs|days?|weeks?)\b(?:,?\s+(?:and\s+)?({NUM})\s+(?:seconds?|secs)\b)?", NUMBER_CUES, NUMBER_OPENINGS)
"""A time taken ("14 minutes", "44 days", "9 minutes 40 seconds" as one)."""
TIMES = SpanScanner(
    rf"({NUM}|{NUM_WORD})\s+times\s+(?:the\s+(?:rate|level|number|figure|average|national|london|force|county)|as\s+(?:likely|many|much|high)"
    rf"|more\s+(?:likely|often)|higher|greater|the\s+\w+\s+(?:rate|average))", NUMBER_CUES, NUMBER_OPENINGS)
"""A ratio ("searched at 3.5 times the rate of white residents")."""
COUNT_DONE = SpanScanner(
    rf"({NUM}|{NUM_WORD})\s+((?:[\w’'-]+\s+){{1,4}}?)(?:had|have|has)?\s*(?:been|were|was)\s+(?:\w+ly\s+)?"
    rf"(?:seized|issued|recorded|received|reported|carried\s+out|confiscated|removed|served|obtained|executed|conducted|arrested"
    rf"|charged|identified|referred|recovered|closed|logged|submitted|investigated|resolved|secured|granted|imposed|undertaken"
    rf"|stopped|searched|dealt\s+with|prosecuted|cautioned|convicted|evicted|deployed|made|warned|caught|fined|ticketed|summonsed|dispersed)\b",
    NUMBER_CUES, NUMBER_OPENINGS)
"""Things counted by what was done to them ("37 e-scooters had been seized", "14 applications had been received")."""
_NOT_COUNTED = frozenset(["the", "a", "an", "to", "and", "in", "on", "at", "for", "by", "of", "which", "that", "who", "it", "this", "these", "those"])


def counted_words_ok(text: str, m) -> bool:
    """The words naming what was counted ("Community Trigger applications") hold no function words."""
    return not any(w.lower() in _NOT_COUNTED for w in m.group(2).split())


CHANGE_TO = scan.LowerScanner(
    rf"\b(?:(?:risen|rose|increased|grown|grew|climbed|gone\s+up|went\s+up|fallen|fell|decreased|dropped|reduced|declined|gone\s+down"
    rf"|went\s+down|improved|deteriorated)\s+(?:\w+\s+)?"
    rf"|(?:increase|rise|reduction|decrease|fall|drop|decline)s?\s+in\s+(?:the\s+number\s+of\s+)?(?:[\w/’'-]+\s+){{1,4}}?"
    rf")to\s+(?:a\s+total\s+of\s+)?(?!(?:101|999|111)\b)({NUM})(?!\s*(?:%|per\s?cent|percent))")
"""A level reached after a change ("reports had risen to 612", "a decrease in missing person incidents to 500 (552)")."""
TO_FROM = scan.LowerScanner(rf"\bto\s+({NUM})\s*(%|per\s?cent)?\s+from\s+({NUM})\s*(%|per\s?cent)?")
"""'had improved to 91.3% from 84.6%': the level reached first, then where it started."""
CORRECTION = SpanScanner(
    rf"({NUM})\s+(?:[\w-]+\s+){{0,6}}?(?:(?:for|in)\s+\S+\s+)?should\s+(?:have\s+)?(?:read|been|said)\s+({NUM})", NUMBER_CUES, NUMBER_OPENINGS)
"""A figure corrected in the minutes ("the figure of 212 ... should have read 251")."""
VALUE_AFTER_VERB = scan.LowerScanner(
    rf"\b(?:stood\s+at|totalled|totaled|reached|numbered|a\s+total\s+of"
    rf"|(?:was|were|is|are)\s+(?:now\s+)?(?:the\s+)?(?:lowest|highest|best|worst)(?:\s+(?:on\s+record|ever|since\s+records\s+began))?\s+at"
    rf"|(?:the\s+)?number\s+of\s+[^,.;:]{{3,80}}?\s+(?:was|were|is|are|stood\s+at)(?:\s+(?:now|just|only))?"
    rf"|(?:stable|steady|static|constant|flat|level|remained|remains|stayed)\s+at(?:\s+(?:around|about|approximately|roughly|some|nearly|almost))?"
    rf")\s+({NUM}|{NUM_WORD})\b(?!\s*%)"
)
FROM_TO = scan.LowerScanner(
    rf"\bfrom\s+({NUM}|{NUM_WORD})\s*(%|per\s?cent)?\s+((?:[\w/-]+\s+){{0,3}}?"
    rf"|(?:in|during|for)\s+(?:the\s+)?(?:last|previous|same|preceding)\s+(?:\w+\s+)?(?:quarter|period|year|month|week)s?\s+)to\s+({NUM}|{NUM_WORD})\s*(%|per\s?cent)?")
"""'from 214 to 151', 'from 13.7% to 24.5%', 'from six officers to four' (number words need a noun between)."""

_ON_LAST = r"\s+on\s+(?:the\s+same\s+(?:period|time|quarter)\s+)?(?:last|the\s+previous|previous)\s+(?:year|quarter|month|period)"
"""'higher on last year', 'lower on the same period last year': the British 'up on last year' with a comparative."""
# "the lowest it had been in Swale for several years": the record-low form with its subject spelt out
_IT_HAD_BEEN = r"(?:(?:it|they)\s+(?:had|has|have)\s+been\s+(?:in\s+[A-Z][\w’'-]*\s+)?)?"
# "in the run up to Christmas", "the arrests leading up to the sentencing": a time, not a rise ("up to")
_INCREASE = (
    r"increas(?:e|es|ed|ing)|r(?:ose|isen|ises?|ising)\b|(?<!leading\s)(?<!lead\s)(?<!run\s)(?<!run-)up[ \t\n\u00a0]+(?:by|from|to|on)\b|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bbeen\s)|(?<=\bwent\s)|(?<=\bgone\s)|(?<=\bgoing\s))up\b"
    r"|(?<=ly\s)up\b(?!\s+(?:to|the|a|an|with|for)\b)"
    r"|higher\s+than|grow(?:n|th|ing|s)?\b|grew|spike[sd]?|surge[sd]?|upward|up[ \t\n\u00a0]+\d|climb(?:ed|ing)?|doubled|tripled"
    r"|more\s+than\s+doubled|escalat(?:ed|ing|ion)|uplift|upticks?|upturns?|upsurges?|upwards|record\s+high"
    r"|heighten(?:ed|ing)|intensif(?:ied|ying)|swell(?:ed|ing)|swollen"  # "incidents of violent crime had heightened recently"
    r"|(?:back|returning|returned)\s+to\s+(?:the\s+)?(?:pre[\s-][\w-]+|normal|usual)\s+levels?"
    rf"|soar(?:ed|ing|s)?|rocket(?:ed|ing)|shot\s+up|(?:crept|creeping|edged|edging|ticked)\s+up|jump(?:ed|s)?\b|(?:(?<=%\s)|(?<=\bcent\s))(?:up|higher(?!\s+than)|more(?!\s+than))\b|higher(?=\s+this\s+(?:year|quarter|month|period)|{_ON_LAST})"
    rf"|highest\s+(?:(?:level|number|rate|figure|total)\s+)?{_IT_HAD_BEEN}(?:on\s+record|ever|since|(?:for|in)\s+(?:\w+\s+)?(?:years|decades?))"
)
# "a significant fall in burglary", "a further fall": the noun after the adjectives clerks put before it
_FALL_ADJECTIVE = "|".join(rf"(?<=\b{w}\s)" for w in (
    "significant", "slight", "small", "sharp", "large", "big", "marked", "notable", "noticeable", "considerable",
    "dramatic", "further", "steady", "substantial", "overall", "huge", "welcome", "modest", "continued", "general",
    "massive", "real", "good", "great", "steep", "gradual", "consistent", "sustained"))
_DECREASE = (
    r"decreas(?:e|es|ed|ing)|reduc(?:tion|tions|ed|ing|e)\b|eased|lessen(?:ed|ing)|diminish(?:ed|ing)|shr(?:ank|unk)|subsided|abated|receded|f(?:ell|allen|alls|alling)\b|"
    rf"(?=fall\b)(?:(?<=\ba\s)|(?<=\bthe\s)|(?<=\bto\s)|(?<=%\s)|(?<=\bcent\s)|{_FALL_ADJECTIVE})fall\b|down\s+(?:by|from|to|on)\b"
    r"|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bbeen\s)|(?<=\bwent\s)|(?<=\bgone\s)|(?<=\bgoing\s))down\b|(?<=ly\s)down\b(?!\s+(?:to|the|a|an|with|for)\b)|lower\s+than|dropp?(?:ed|ing|s)?\b|declin(?:e|ed|es|ing)|fewer"
    rf"|downwards?|downticks?|downturns?|down\s+\d|cut\s+(?:by|to)|cuts?\s+(?:in|of|amounting\s+to|totalling|totaling)|halved|plummet(?:ed|ing|s)?|tumbled|slumped|dip(?:ped|s)?\b|(?:edged|edging|ticked)\s+down|(?:(?<=%\s)|(?<=\bcent\s))(?:down|lower(?!\s+than)|less(?!\s+than))\b|lower(?=\s+this\s+(?:year|quarter|month|period)|{_ON_LAST})|improv(?:ed|ement|ing)?\s+in\s+(?:the\s+)?(?:rate|level)s?\s+of|record\s+low"
    rf"|lowest\s+(?:(?:level|number|rate|figure|total)\s+)?{_IT_HAD_BEEN}(?:on\s+record|ever|since|(?:for|in)\s+(?:\w+\s+)?(?:years|decades?))"
)
_NO_CHANGE = (
    r"remain(?:ed|s)?\s+(?:\w+ly\s+)?(?:static|stable|steady|the\s+same|unchanged|constant|level|flat|similar|consistent)"
    r"|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bbeen\s)|(?<=ly\s))(?:steady|flat)\b"
    r"|not\s+changed|no[ \t\n\u00a0]+(?:significant\s+)?change|unchanged|static\b|stable\b|plateau(?:ed)?"
    r"|levell?ed\s+(?:off|out)|flattened\s+(?:off|out)|stabili[sz](?:ed|ing)"
    r"|remain(?:ed|s)?\s+in\s+post\b"  # round 25b: "the current 95 PCSOs will remain in post"
    r"|not?[ \t\n\u00a0]+(?:seen\s+)?(?:the\s+|any\s+|a\s+)?(?:significant\s+)?(?:reduction|decrease|increase|rise|fall|improvement)"
    r"|level\s+with|(?<=\bin\s)line\s+with\s+(?:the\s+)?(?:same\s+(?:period|time|quarter)\s+)?(?:last|the\s+previous)\s+year"
    r"|similar\s+(?:level|rate|figure|number|position)?\s*to\s+(?:the\s+same\s+period\s+)?(?:last|the\s+previous)\s+year"
    r"|remain(?:ed|s|ing)?\s+(?:\w+\s+)?(?:low|high|at)\b|stayed\s+(?:low|high|at|the\s+same)\b"
    r"|remain(?:ed|s|ing)?\s+(?:broadly\s+|roughly\s+|largely\s+)?(?:on\s+(?:a\s+)?par\s+with|(?:close|similar)\s+to\s+(?:the\s+)?(?:other|neighbouring)\b)"
    r"|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bbeen\s)|(?<=ly\s))on\s+(?:a|the\s+same)\s+par\s+(?:with|as)"
    r"(?=\s+(?:the\s+)?(?:same\s+(?:\w+\s+)?(?:period|time|quarter|month)|last\s|previous\s|the\s+previous\s))"
)
"""(... 'were on the same par as the same reporting period last year': level with an earlier period, not with elsewhere.)"""
# One pass: the leftmost term wins; at one position no_change beats increase beats
# decrease ("not seen the reduction" is no change, not a decrease).
DIRECTION_TERMS = scan.LowerScanner(
    rf"(?P<no_change>\b(?:{_NO_CHANGE})(?![a-z]))|(?P<increase>\b(?:{_INCREASE})(?![a-z]))|(?P<decrease>\b(?:{_DECREASE})(?![a-z]))"
)
_DOCUMENT_TERMS = DocumentScanner(DIRECTION_TERMS)
# "broken down by ethnicity", "set up by the council": phrasal verbs, not changes.
_PHRASAL_BEFORE = re.compile(
    r"\b(?:broken|broke|break|breaking|set|picked|pick|followed|follow|taken|take|signed|sign|backed|shut|closed|turned|put"
    r"|brought|bring|called|call|written|write|played|scaled|wound|run|looked|look|cut|narrowed|slowed|summed|held|hold"
    r"|drawn|draw|clamp|clamped|clamping|crack|cracked|cracking|caught|catch|sped|speed|step|stepped|stood|stand|wrote|made|make|mopped|ramped|tied)\s+$",
    re.IGNORECASE,
)
_CAUSE_AFTER_DOWN_TO = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?(?!(?:lowest|low|level|levels|pre|below|under|around|about|approximately|just|only|single|zero|nil|none"
    r"|its|their|his|her|our|less|fewer|a\s+(?:total|handful|few|small\s+number|third|quarter|half|fifth|tenth)\b)\b)"
    rf"(?!{NUM_WORD_ANY})[a-z]",
    re.IGNORECASE,
)
"""What follows 'down to' when it means 'caused by' ('down to the use of drugs', 'down to a few individuals'),
not a level ('down to 45', 'down to its lowest level', 'down to single figures')."""
# "7% lower than the MSG average" compares with something; "higher than last year" is a change.
_THAN_TIME = re.compile(
    r"\s*(?:it\s+(?:was|had\s+been)\s+)?(?:the\s+)?(?:same\s+(?:period|time|quarter|month)\s+)?(?:(?:last|previous|a|the\s+previous)\s+(?:year|month|quarter|period)"
    r"|in\s+(?:(?:Q[1-4]|quarter\s+[1-4]|the\s+first|the\s+second|the\s+third|the\s+fourth)\s+(?:of\s+)?)?(?:19|20)\d{2}|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:last\s+year|(?:19|20)\d{2})|in\s+(?:the\s+)?(?:same|previous|last)\s+(?:quarter|period|year|month)|(?:the\s+)?(?:previous|preceding|last)\s+(?:\d+|twelve|three|six)\s+months|(?:the\s+)?(?:\w+[\s-]year|long[\s-]term)\s+average|(?:the\s+)?(?:pre[\s-][\w-]+|normal|usual)\s+levels?"
    r"|before|previously|at\s+any\s+time|a\s+(?:few\s+)?years?\s+ago"
    r"|(?:it|they|this|these|that|those)\s+(?:was|were|had\s+been|have\s+been|has\s+been|used\s+to\s+be)\b(?!\s+(?:in|at|for)\s+(?:other|neighbouring|similar)))",
    re.IGNORECASE,
)
# "in decline" / "were fewer" style trend words that need no number.
NEGATED = re.compile(r"\b(?:not|no|never|n't)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "more than 40 officers" is a hedge on the number ("at least"), not 40 added; "recruited more than 40" still adds
NEW_OR_EXTRA = compile_guarded(r"\b(?:new|extra|additional|more(?!\s+than\b)|further|recruited|signed\s+up|added|increased\s+by)\s+"
                          r"(?:(?:more|over)\s+(?:than\s+)?)?(?:\w+\s+){0,1}$", re.IGNORECASE)

_NEW_INSIDE = re.compile(r"\S+\s+(?:new|extra|additional|more)\b", re.IGNORECASE)
"""'5 new officers': the word between the number and its noun."""
_FURTHER = re.compile(r"\bfurther\s+$", re.IGNORECASE)
_EVENTS = re.compile(
    r"(?:offen[cs]es|offen[cs]e|crimes|incidents|incidences|incident|reports|reported\s+cases|cases|burglaries|robberies|thefts"
    r"|assaults|homicides|murders|stabbings|attacks|housebreakings|break-ins|shootings)$",
    re.IGNORECASE,
)


def adds_to_count(text: str, lo: int, m: re.Match[str]) -> bool:
    """True when the count ``m`` (find_counts' match, its number group 1 and its ``noun``) within a sentence
    starting at ``lo`` is said to add to what there was: '10 new officers', 'a further 20 PCSOs'. 'A further two
    thefts' in a police report counts events since the last report, not a rise in their level (so the gold of two
    councils), so 'further' before a count of crimes or incidents gives no direction."""
    if _NEW_INSIDE.match(text, m.start(), m.end()):
        return True
    before = NEW_OR_EXTRA.search(text, max(lo, m.start() - 30), m.start())
    if before is None:
        return False
    return not (_FURTHER.search(text, before.start(), m.start()) and _EVENTS.match(m.group("noun")))


def direction_terms(text: str, start: int, end: int) -> list[tuple[int, int, Dir]]:
    """(start, end, direction) of every direction word in ``text[start:end]``, sorted."""
    if len(text) < scan.SMALL:
        return _scan_directions(text, start, end)
    return _DOCUMENT_DIRECTION_RUNS.within(text, start, end)


def direction_terms_in_each(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """``[bool(direction_terms(text, s, e)) for s, e in spans]``, reading the document's terms once."""
    if len(text) < scan.SMALL:
        return [bool(_scan_directions(text, s, e)) for s, e in spans]
    _, starts, ends = _DOCUMENT_DIRECTION_RUNS.runs(text)
    size = len(starts)
    out = []
    for start, end in spans:
        i = bisect.bisect_left(starts, start)  # the first term from ``start`` on; its end is the least of the rest
        out.append(i < size and starts[i] < end and ends[i] <= end)
    return out


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_UNTIL_AFTER = re.compile(rf"\s+(?:the\s+end\b|date\b|now\b|the\s+present\b|(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTHS}\b|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b)", re.IGNORECASE)
_FALLS_WITHIN = re.compile(r"\s+(?:within|under|outside)\b(?!\s+the\s+(?:last|past|previous)\b)", re.IGNORECASE)
_FALLEN_THING = (re.compile(r"\b(?:a|an|the|some|of)\s+$", re.IGNORECASE), re.compile(r"\s+(?!(?:by|to|from|in|since|over|again|back)\b)[a-z]+"))
"""'Report of a fallen tree': an article before 'fallen' and a noun after it make it an adjective, not a change."""
_ROAD_NAME_BEFORE = re.compile(r"(?<![.:;!?]\s)(?<!^)\b[A-Z][a-z]+\s$")
_OF_OR_IN = re.compile(r"\s+(?:in|of)\b", re.IGNORECASE)
_DOCUMENT_DIRECTION_RUNS: scan.LastRuns[tuple[int, int, Dir]] = scan.LastRuns(
    "directions", lambda t: _scan_directions(t, 0, len(t), _DOCUMENT_TERMS.finditer(t)), lambda x: x[0], lambda x: x[1])


def _scan_directions(text: str, start: int, end: int, matches: list[re.Match[str]] | None = None) -> list[tuple[int, int, Dir]]:
    found: list[tuple[int, int, Dir]] = []
    for m in DIRECTION_TERMS.finditer(text, start, end) if matches is None else matches:
        direction: Dir = m.lastgroup  # type: ignore[assignment]
        word = m.group()
        if word.startswith(("up", "down")) and _PHRASAL_BEFORE.search(text, max(0, m.start() - 15), m.start()):
            continue
        if word.startswith("down") and word.endswith(" to") and _CAUSE_AFTER_DOWN_TO.match(text, m.end()):
            continue  # "was the ASB also down to the use of drugs": caused by, not a fall
        if word.startswith("up") and word.endswith(" to") and _UNTIL_AFTER.match(text, m.end()):
            continue  # "performance up to the end of July", "up to date": until, not a rise
        if word.startswith("fall") and _FALLS_WITHIN.match(text, m.end()):
            continue  # "matters falls within the function of the committee", "fall under the team": whose remit
        if word.lower() == "fallen" and _FALLEN_THING[0].search(text, max(0, m.start() - 6), m.start()) and _FALLEN_THING[1].match(text, m.end()):
            continue  # "Report of a fallen tree": a thing that fell, not a fall in a measure
        if word == "rise" and text.startswith("Rise", m.start()) and _ROAD_NAME_BEFORE.search(text, max(0, m.start() - 20), m.start()) and not _OF_OR_IN.match(text, m.end()):
            continue  # "Theft HB - Buckstone Rise", "Marlbury Rise Community Centre": a road name
        if word.endswith(" than") and not _THAN_TIME.match(text, m.end(), min(len(text), m.end() + 60)):
            direction = "unknown"
        found.append((m.start(), m.end(), direction))
    return found



PERIOD = scan.LowerScanner(
    "|".join(
        [
            rf"(?:the\s+)?(?:financial\s+|calendar\s+|rolling\s+)?year\s+(?:ending|to|up\s+to)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTHS}(?:\s+\d{{4}})?",
            r"(?:the\s+)?(?:financial\s+|calendar\s+)?year[\s-]+to[\s-]+date|\bFYTD\b|\bYTD\b",
            r"(?:the\s+)?(?:rolling|past|last|previous|preceding)\s+(?:\d+|twelve|six|three)\s+months",
            r"(?:the\s+)?(?:last|past|previous)\s+(?:\d+|two|three|four|five)\s+years",
            r"(?:the\s+)?(?:20\d{2}/\d{2}|20\d{2}-\d{2})(?:\s+financial\s+year)?",
            rf"{MONTHS}\s+(?:and\s+{MONTHS}\s+)?\d{{4}}",
            r"\bQ[1-4](?:\s+(?:and\s+Q[1-4]\s+)?(?:of\s+)?20\d{2}(?:/\d{2})?)?",
            r"(?:the\s+)?same\s+period(?:\s+last\s+year)?",
            r"(?:over|during|in)\s+the\s+(?:last\s+|past\s+)?(?:year|quarter|month)\b(?!\s+(?:ending|to\b))",
            r"(?:the\s+)?(?:reporting|performance)\s+period",
            r"(?:since|from)\s+(?:the\s+start\s+of\s+)?(?:" + MONTHS + r"|20\d{2})(?:\s+\d{4})?",
            r"\blast\s+year\b|\bthis\s+year\b",
        ]
    ),
)
_NOT_PLACES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]"
    r"|The|This|That|These|Those|It|He|She|They|We|Total|Overall|All|Some|Most|Members?|Councillors?"
)
AREA = guarded(re.compile(
    rf"\b(?:in|across|within|throughout|for)\s+(?!(?:{_NOT_PLACES})\b)((?:the\s+)?(?:borough|county|district|force(?:\s+area)?|city|MSG|Met\b"
    rf"|(?:[A-Z][a-z]+(?:[\s-](?:[A-Z][a-z]+|upon|on|and))*(?=[\s,.;:)]|$))))",
), "[iawtf]")
_NOT_SUBJECT_PLACES = (
    r"There|The|This|That|These|Those|It|He|She|They|We|I|In|A|An|Members?|Councillors?|Officers?|Police|Crime"
    r"|Burglary|Robbery|Violence|Shoplifting|Theft|Arson|Reports|Calls|Overall|Total|All|Some|Most|Figures|Data|Performance"
)
SUBJECT_PLACE = re.compile(rf"^(?:In\s+)?(?!(?:{_NOT_SUBJECT_PLACES})\b)([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:’s|'s)?\s+(?:had|has|have|was|were|saw|recorded|experienced|remains|remained|is)\b")
INSTITUTION_WORDS = re.compile(
    r"\b(?:Orders?|Team|Board|Committee|Service|Survey|Plan|Report|Group|Unit|Strategy|Partnership|Forum|Panel|Notices?"
    r"|Champions?|Scheme|Programme|Office|Department|Directorate|Conference|Meeting|Council|Act|Regulations?|Policy)\b"
)
COMPARATOR = guarded(re.compile(
    r"\b(?:compared\s+(?:to|with)|(?<!violence\s)(?<!crimes\s)(?<!crime\s)against|than|versus|vs\.?|relative\s+to|building\s+on)\s+"
    r"((?:the\s+|a\s+|an\s+|in\s+)?(?:[^,;.()]|\.(?=\d)){2,60}?)"
    r"(?=\s*(?:[,;()]|\.(?!\d)|$|\band\b|\bwhich\b|\bwhere\b|\bwhen\b|\bbut\b|\b(?:had|has|have|was|were|is|are)\b))"
    r"|\b((?:the\s+)?(?:London|MPS|Met|national|national\s+average|MSG|most\s+similar\s+group|county|force|regional)\s+(?:average|figure|rate|picture|trend)s?)",
    re.IGNORECASE,
), "[a-z]")
KNOWN_AREAS = guarded(re.compile(
    r"\b(?:London|the\s+Met\b|the\s+MPS\b|nationally|England\s+and\s+Wales|the\s+borough|the\s+MSG|the\s+county|force[\s-]wide)\b"), "[LtnEf]")


SCALE_WORDS = {"hundred": 100.0, "thousand": 1_000.0, "million": 1_000_000.0, "billion": 1_000_000_000.0}
SCALE_AFTER = re.compile(rf"\s+({'|'.join(SCALE_WORDS)})\b", re.IGNORECASE)
"""A scale word right after a number: it belongs to the number ('five thousand staff'), not to what is counted."""


def scale_after(text: str, end: int, limit: int) -> float:
    """The multiplier a scale word right after a number gives it ('five thousand staff', '2 million calls'), else 1."""
    m = SCALE_AFTER.match(text, end, limit)
    return SCALE_WORDS[m.group(1).lower()] if m else 1.0


def parse_number(raw: str) -> float:
    raw = raw.strip().lower()
    if raw in NUMBER_WORDS:
        return float(NUMBER_WORDS[raw])
    tens, _, unit = raw.replace("-", " ").partition(" ")
    if tens in TENS_WORDS:
        return float(TENS_WORDS[tens] + (NUMBER_WORDS.get(unit.strip(), 0) if unit else 0))
    if raw in ORDINAL_WORDS:
        return float(ORDINAL_WORDS[raw])
    return float(raw.replace(",", ""))
