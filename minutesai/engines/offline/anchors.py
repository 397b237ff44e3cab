"""Numeric anchors: the numbers in a sentence that state a performance figure.

Each finder returns :class:`Anchor` objects; overlaps are resolved by finder
priority (a "from 13% to 24%" pair beats the two bare percentages inside it).
"""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline import scan
from minutesai.engines.offline.anchor_model import Anchor
from minutesai.engines.offline.compared_elsewhere import compares_elsewhere
from minutesai.engines.offline.guards import compile_guarded
from minutesai.engines.offline.metrics import find_metrics
from minutesai.engines.offline.needs import Needs
from minutesai.engines.offline.nonfigures import is_timed_measure, not_a_figure
from minutesai.engines.offline.paired_comparisons import paired_comparisons
from minutesai.engines.offline.patterns import NUMBER_CUES, WORD_CUES  # noqa: F401 - WORD_CUES: for trends
from minutesai.engines.offline.period_pairs import (
    MONTH_NAMES,
    it_was_pair,
    month_pair,
    quartile_value,
)
from minutesai.engines.offline.priorperiod import (
    LAST_TIME,
    attach_prior,
    bracketed_aside,
    find_last_then_this,
    find_prior_anchors,
    find_signed_changes,
)
from minutesai.engines.offline.reached_levels import reached_measure
from minutesai.engines.offline.staff_counts import merge_staff_counts
from minutesai.engines.offline.standards import find_service_standards
from minutesai.engines.offline.word_pairs import change_before
from minutesai.models import Unit

_TARGET_BEFORE = compile_guarded(r"\b(?:(?:national\s+|force\s+|local\s+)?standard\s+of|target(?:\s+(?:of|was|is|for))?|aim(?:ed)?\s+(?:of|for)|goal\s+of|ambition\s+of|aspiration\s+of)\s*[:\-–]?\s*(?:a\s+|an\s+)?(?:reduction\s+of\s+|increase\s+of\s+)?[-−–]?\s*$", re.IGNORECASE)
_TARGET_AFTER = re.compile(r"^\s*(?:reduction\s+|increase\s+)?target\b", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"^\s*(?:of\s+(?:all|the|those|these|total|respondents|people|residents|victims|calls|crimes?|offen[cs]es?)|were\s+from|came\s+from|share)", re.IGNORECASE)
_RANK_CONTEXT_AFTER = re.compile(
    r"^\s*(?:highest|lowest|best|worst|safest|most|least|largest|smallest|place|position|out\s+of|of\s+(?:the\s+|its\s+|their\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|in\s+(?:London|the\s+MSG|the\s+country|England|Wales|the\s+Met|the\s+(?:county|force|region|family\s+group|most\s+similar\s+group|league(?:\s+table)?)\b))",
    re.IGNORECASE,
)
_IN_THE_FIRST_PLACE = re.compile(r"first\s+place\b", re.IGNORECASE)
_IN_THE_BEFORE = re.compile(r"\bin\s+the\s+$", re.IGNORECASE)
_RANK_CONTEXT_BEFORE = re.compile(r"(?:ranked|placed|position(?:ed)?|came|sits?|sat|now|was|is)\s+(?:at\s+|in\s+)?(?:the\s+)?$", re.IGNORECASE)
_MONEY_CONTEXT = re.compile(r"\b(?:police|policing|crime|community\s+safety|CSP|PCC|OPCC|MOPAC|funding|budget|precept|grant|spend(?:ing)?|savings?|officers"
                            r"|seized|seizures?|confiscated|forfeited)\b", re.IGNORECASE)
_NEG_SIGN = re.compile(r"[-−–]\s*$")
_THAN_BEFORE = re.compile(r"\bthan\s+(?:the\s+)?$", re.IGNORECASE)
_TO_LATER_PERCENT = re.compile(rf"[^.;%]{{0,60}}?\bto\s+(?:[a-z]+\s+){{0,3}}?{P.NUM}\s?(?:%|per\s?cent)", re.IGNORECASE)
_AREAS = r"(?:force|county|national|London|regional|MSG|Met|MPS|England|Wales|peer\s+group|family\s+group|country|borough|district|BCU|city)"
_REFERENCE_BEFORE = compile_guarded(
    rf"(?:\b(?:against|compared\s+(?:with|to)|than|below|above|versus|vs\.?|relative\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?:average|mean|figure|rate|level|establishment|baseline|benchmark)\s+(?:of\s+)?"
    rf"|\b(?:the|a|an)\s+{_AREAS}(?:[\s-]wide)?\s+(?:average|mean|figure|rate|level|increase|decrease|reduction|rise|fall)\s+(?:of\s+|was\s+|is\s+|at\s+)?"
    rf"|\(\s*(?:the\s+)?{_AREAS}(?:\s+(?:average|figure|rate))?\s*(?:[:=]\s*|of\s+|was\s+)?|\b(?:than|below|above)\s+(?:the\s+)?{_AREAS}\s*\(\s*"
    rf"|\(\s*(?:the\s+)?(?:\d+|three|five|ten)[\s-]year\s+(?:rolling\s+)?average\s*(?:[:=]\s*|of\s+|was\s+)?)[-−–]?\s*$",
    re.IGNORECASE,
)
_REFERENCE_CUES = scan.Cues(("average", "mean", "figure", "rate", "level", "establishment", "baseline", "benchmark",
                             "increase", "decrease", "reduction", "rise", "fall", "force", "county", "national", "london",
                             "msg", "met", "mps", "england", "wales", "peer", "family", "country", "borough", "district",
                             "bcu", "city"))
_COORDINATED = re.compile(r"\)?\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:[A-Z][\w’'-]*\s*\(\s*)?$")  # "(7.8%) and Kent (8.2%)"
_FROM_WORD = re.compile(r"\bfrom\b")
_DIGIT = re.compile(r"\d")
_RATE_AFTER = re.compile(
    r"\s*(?:detection|positive\s+outcome|outcome|charge|clear[\s-]?up|solved|response|satisfaction|confidence)\s+rates?", re.IGNORECASE)
_OF_WHAT = re.compile(r"\s*(the\s+(?:rate|level|number|figure)\s+(?:of|for)\s+[^,.;()]{2,40})")
_ELSEWHERE = re.compile(rf"\bacross\b|\baverage\b|\b{_AREAS}\b", re.IGNORECASE)


def _mark_references(text: str, start: int, found: list[Anchor]) -> None:
    """Flag benchmark numbers: "below the force average of 66.7 per 1,000", "against an establishment of six PCs and six PCSOs"."""
    previous: Anchor | None = None
    for a in sorted(found, key=lambda x: x.start):
        if a.kind in ("percent", "count", "rate", "points") and not a.is_target:
            coordinated = previous is not None and previous.is_reference and previous.kind == a.kind \
                and bool(_COORDINATED.match(text[previous.end:a.start]))
            lo = max(start, a.start - 70)
            a.is_reference = coordinated or (_REFERENCE_CUES.present(text, lo, a.start)
                                             and bool(_REFERENCE_BEFORE.search(text, lo, a.start)))
        previous = a


def _number_ok(text: str, s: int, e: int) -> bool:
    return not not_a_figure(text, s, e)


_ORDINAL_CUES = scan.Cues(("ranked", "placed") + tuple(P.ORDINAL_WORDS))
_ORDINAL_DIGITS = re.compile(r"\d(?:st|nd|rd|th)\b")
_COUNT_NOUN_PREFIXES = scan.literal_prefixes(scan.lower_pattern(P.COUNT_NOUNS))
assert _COUNT_NOUN_PREFIXES, "every counted noun starts with a literal word"
_COUNT_NOUN_CUES = scan.Cues(tuple(sorted(_COUNT_NOUN_PREFIXES)))
"""What every counted noun starts with: a sentence with none holds no count."""


_SHARE_OF_WHOLE = re.compile(rf"\b(\d[\d,]*|{P.NUM_WORD_ANY})\s+out\s+of\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
"""The part before a counted whole ("8 out of 10 calls")."""
_ONE_IN_BEFORE = re.compile(r"\b(?:one|1|a)\s+in\s+$", re.IGNORECASE)
"""'one in five crimes': the five is a ratio's denominator, not a count."""
_VALUE_VERBS = re.compile("stood|total|reach|number|lowest|highest|best|worst|stable|steady|static|constant|flat|level|remain|stayed")
"""Words one of which VALUE_AFTER_VERB needs (a plain substring test on the lower-cased sentence)."""
_CHANGE_NOUN_FIRST = re.compile(r"(increase|rise|reduction|decrease|fall|drop|decline)s?\s")
"""A CHANGE_TO match that opens with a change noun ('a decrease in X to 500'), whose direction word may stand too far
from the number for the fields' 30-character reach."""
_RANK_OF_NEEDS, _CHANGE_TO_NEEDS, _COUNT_DONE_NEEDS, _PER_POPULATION_NEEDS = (
    Needs(P.RANK_OF), Needs(P.CHANGE_TO), Needs(P.COUNT_DONE), Needs(P.PER_POPULATION))
_POINTS_NEEDS = Needs(P.POINTS, ("point", "pp", "pt"))  # every unit POINTS reads after its number holds one
_COMPARISON_NEEDS = Needs(words=("compared", "from", "against", "versus", "vs", "previously", "opposed", "same", "previous year"), also=re.compile(r"v\.?\s"))
"""What _COMPARED_WITH's comparing words ("how") hold: all but a lone "v" / "v." before a space have one."""
"""Words without which these patterns cannot match: most sentences they were scanned on hold none."""
_found_word_anchors: list = []
_found_inline_lists: list = []


def _inline_lists(which: int = 0):
    """statlines' inline-list (0), label-then-value (1) and number-first list (2) finders, imported on first use (statlines imports Anchor)."""
    if not _found_inline_lists:
        from minutesai.engines.offline.statlines import (
            find_inline_list_anchors,
            find_label_value_anchors,
            find_number_first_list_anchors,
        )

        _found_inline_lists.extend((find_inline_list_anchors, find_label_value_anchors, find_number_first_list_anchors))
    return _found_inline_lists[which]


def _word_anchors():
    """wordfigures.find_word_anchors, imported on first use (wordfigures imports this module)."""
    if not _found_word_anchors:
        from minutesai.engines.offline.wordfigures import find_word_anchors

        _found_word_anchors.append(find_word_anchors)
    return _found_word_anchors[0]


def find_anchors(text: str, start: int, end: int) -> list[Anchor]:
    """Numeric anchors in ``text[start:end]`` (one sentence), in text order."""
    if not NUMBER_CUES.present(text, start, end):
        return []
    sentence = text[start:end]
    low = sentence.lower()  # cheap literal checks decide which finders can match at all
    digits = _DIGIT.search(low) is not None  # the finders built on P.NUM need a digit
    found: list[Anchor] = []

    def add(anchor: Anchor) -> None:
        if any(anchor.start < a.end and a.start < anchor.end for a in found):
            return
        found.append(anchor)

    for m in (P.FROM_TO.finditer(text, start, end) if "from" in low else ()):
        if not (_number_ok(text, *m.span(1)) and _number_ok(text, *m.span(4))):
            continue
        if not (m.group(1)[0].isdigit() and m.group(4)[0].isdigit()) and not m.group(3).strip() and not change_before(text, start, m.start()):
            continue  # number words need a noun between ("from six officers to four") or a change before (word_pairs)
        a, b = P.parse_number(m.group(1)), P.parse_number(m.group(4))
        time_unit = None if (m.group(2) or m.group(5)) else _TIME_UNIT.match(text, m.end(4))
        unit: Unit = "percent" if (m.group(2) or m.group(5)) else "other" if time_unit else "count"
        direction = "increase" if b > a else "decrease" if b < a else "no_change"
        end_at = time_unit.end() if time_unit else m.end()
        add(Anchor(m.start(), end_at, b, unit, "pair", direction, comparator=f"from {m.group(1)}{'%' if m.group(2) else ''}"))
    for m in (P.TO_FROM.finditer(text, start, end) if digits and "from" in low else ()):  # "improved to 91.3% from 84.6%"
        if _number_ok(text, *m.span(1)) and _number_ok(text, *m.span(3)):
            a, b = P.parse_number(m.group(3)), P.parse_number(m.group(1))
            unit = "percent" if (m.group(2) or m.group(4)) else "count"
            direction = "increase" if b > a else "decrease" if b < a else "no_change"
            add(Anchor(m.start(), m.end(), b, unit, "pair", direction, comparator=f"from {m.group(3)}{'%' if m.group(4) else ''}"))
    if digits and "compared" in low and ("last" in low or "previous" in low):
        find_last_then_this(text, start, end, add)
    if "compared" in low and " and " in low:  # "4 crimes and 8 incidents last month compared with 6 crimes and 15 ..."
        paired_comparisons(text, start, end, add)
    months = month_pair(text, start, end) if " and " in low and any(f" in {m}" in low for m in MONTH_NAMES) else None
    if months is not None:  # "ASB: 10 recorded in July and 6 in August": August's count, against July's
        lo, hi, later_value, direction, comparator = months
        named = find_metrics(text, start, lo)
        add(Anchor(lo, hi, later_value, "count", "pair", direction, comparator=comparator,
                   metric_start=named[-1].start if named else None))
    for m in (P.CORRECTION.finditer(text, start, end) if digits and "should" in low else ()):
        if _number_ok(text, *m.span(2)):  # "for Quarter 1 should have read 96": the 1 is a period, the 96 stands
            was = f"previously reported as {m.group(1)}" if _number_ok(text, *m.span(1)) else None
            add(Anchor(m.start(), m.end(), P.parse_number(m.group(2)), "count", "pair", comparator=was))
    _word_anchors()(text, start, end, low, add)
    if " it was " in low or " there were " in low or " the figure " in low or "stood at" in low:
        pair = it_was_pair(text, start, end)
        if pair is not None:
            lo, hi, later_value, direction, comparator = pair
            add(Anchor(lo, hi, later_value, "count", "pair", direction, comparator=comparator))
    quartiles = P.QUARTILE.finditer(text, start, end) if "quartile" in low else []
    if len(quartiles) == 2 and _FROM_WORD.search(text[max(start, quartiles[0].start() - 12):quartiles[0].start()]):
        q1, q2 = quartiles
        value = quartile_value(q2)
        add(Anchor(q1.start(), q2.end(), value, "rank", "rank", "unknown", comparator=q1.group(0)))
    for m in (P.RANK_OF.finditer(text, start, end) if digits and " of " in low and not _RANK_OF_NEEDS.absent(sentence, low) else ()):
        add(Anchor(m.start(), m.end(), P.parse_number(m.group(1)), "rank", "rank", comparator=f"out of {m.group(2)}"))
    for m in (P.PER_POPULATION.finditer(text, start, end) if digits and "per " in low and not _PER_POPULATION_NEEDS.absent(sentence, low) else ()):
        if _number_ok(text, *m.span(1)):
            add(Anchor(m.start(), m.end(), P.parse_number(m.group(1)), "rate", "rate"))
    if digits and ("(" in low or " -" in low or "by +" in low or " −" in low or " –" in low or "=" in low or "+" in low) and ("%" in low or "per cent" in low):
        find_signed_changes(text, start, end, add)
    has_percent = "%" in low or "per cent" in low or "percent" in low or "point" in low or "pp" in low or "pts" in low
    for m in (P.POINTS.finditer(text, start, end) if digits and has_percent and not _POINTS_NEEDS.absent(sentence, low) else ()):
        if _number_ok(text, *m.span(1)):
            add(Anchor(m.start(), m.end(), P.parse_number(m.group(1)), "percentage_points", "points"))
    for m in (P.PERCENT.finditer(text, start, end) if digits and has_percent else ()):
        if not _number_ok(text, *m.span(1)):
            continue
        before = text[max(start, m.start() - 60):m.start()]
        if before.endswith(("from the ", "from ")) and _TO_LATER_PERCENT.match(text, m.end(), min(end, m.end() + 80)):
            continue  # "had increased from the 20.0% shown in the report to currently being at 55%": the start point
        after = text[m.end():min(end, m.end() + 40)]
        anchor = Anchor(m.start(), m.end(), P.parse_number(m.group(1)), "percent", "percent")
        anchor.is_target = bool(_TARGET_BEFORE.search(before) or _TARGET_AFTER.match(after))
        anchor.share = bool(_SHARE_AFTER.match(after))
        if _RATE_AFTER.match(after):
            anchor.unit = "rate"
        if _NEG_SIGN.search(before) and anchor.is_target:
            anchor.direction = "decrease"
        add(anchor)
    for m in (P.MONEY.finditer(text, start, end) if "£" in low else ()):
        if _MONEY_CONTEXT.search(text, max(start, m.start() - 120), min(end, m.end() + 120)):
            add(Anchor(m.start(), m.end(), P.parse_number(m.group(1)), "currency", "money"))
    ordinal = _ORDINAL_DIGITS.search(low) or _ORDINAL_CUES.present(text, start, end)
    for m in (P.ORDINAL_RANK.finditer(text, start, end) if ordinal else ()):
        if not _number_ok(text, m.start(), m.end()):
            continue
        after = text[m.end():min(end, m.end() + 30)]
        before = text[max(start, m.start() - 25):m.start()]
        if not (m.group(0).lower().startswith(("ranked", "placed")) or _RANK_CONTEXT_AFTER.match(after)
                or _RANK_CONTEXT_BEFORE.search(before)) or _THAN_BEFORE.search(before):
            continue  # "(15.2% more than the second highest)": what is compared with, not a rank
        if _IN_THE_FIRST_PLACE.match(text, m.start(), end) and _IN_THE_BEFORE.search(before):
            continue  # "prevention in the first place prevents escalation": an idiom, not a league position
        raw = m.group(1) or m.group(2)
        add(Anchor(m.start(), m.end(), P.parse_number(raw), "rank", "rank"))
    for q in quartiles:
        add(Anchor(q.start(), q.end(), quartile_value(q), "rank", "rank"))
    for m in (P.find_counts(text, start, end) if _COUNT_NOUN_CUES.present(text, start, end) else ()):
        if not _number_ok(text, *m.span(1)):
            continue
        raw = m.group(1)
        scale = P.scale_after(text, m.end(1), m.start("noun"))
        if (raw.lower() in ("one", "two") and scale == 1.0 and (not _THERE_HAD_BEEN.search(text, max(start, m.start() - 30), m.start())
                                               or text.startswith(" in particular", m.end()))) or (
                raw.isdigit() and len(raw) == 4 and raw.startswith(("19", "20"))):
            continue  # "two boroughs", "one more", "one incident in particular" (an example) are not performance figures
        share = _SHARE_OF_WHOLE.search(text, max(start, m.start() - 30), m.start())
        if share and _number_ok(text, *share.span(1)):  # "8 out of 10 calls": the 8 is the figure, out of 10
            add(Anchor(share.start(), m.end(), P.parse_number(share.group(1)), "other", "count", comparator=f"out of {raw}"))
            continue
        anchor = Anchor(m.start(), m.end(), P.parse_number(raw) * scale, "count", "count")
        if P.adds_to_count(text, start, m):  # "10 new officers", "a further 20 PCSOs"; not "a further two thefts"
            anchor.direction = "increase"
        add(anchor)
    for m in (P.COUNT_DONE.finditer(text, start, end) if (" been " in low or " were " in low or " was " in low) and not _COUNT_DONE_NEEDS.absent(sentence, low) else ()):
        if _number_ok(text, *m.span(1)) and P.counted_words_ok(text, m) and not _YEARISH.fullmatch(m.group(1)) and m.group(1).lower() != "one":
            add(Anchor(m.start(), m.start(2) + len(m.group(2).rstrip()), P.parse_number(m.group(1)), "count", "count"))
    if digits:
        find_prior_anchors(text, start, end, low, add)
        if "," in low:
            _inline_lists()(text, start, end, add)
            _inline_lists(2)(text, start, end, add)
        _inline_lists(1)(text, start, end, add)
    found[:] = [a for a in found if not (a.kind == "count" and (_HYPOTHETICAL_BEFORE.search(text, max(start, a.start - 120), a.start)
                                                                 or _ONE_IN_BEFORE.search(text, max(start, a.start - 8), a.start)))]
    merge_staff_counts(text, found, end)
    if " within " in low:
        find_service_standards(text, start, end, add)
    if "minute" in low or "second" in low or "hour" in low or " mins" in low or " hrs" in low or " day" in low or " week" in low:
        for m in P.DURATION.finditer(text, start, end):
            if m.group(2).startswith(("day", "week")) and not m.group(1)[0].isdigit():
                continue  # "some waiting two days for an officer": an anecdote, not a measured time
            if is_timed_measure(text, *m.span(1)):
                before = text[max(start, m.start() - 60):m.start()]
                value = P.parse_number(m.group(1))
                if m.group(3) and m.group(2).startswith("min"):  # "9 minutes 40 seconds" is 9.67 minutes
                    value = round(value + P.parse_number(m.group(3)) / 60, 2)
                duration = Anchor(m.start(), m.end(), value, "other", "duration")
                duration.is_target = bool(_TARGET_BEFORE.search(before))
                add(duration)
    for m in (P.TIMES.finditer(text, start, end) if " times " in low else ()):
        if _number_ok(text, *m.span(1)):
            of_what = _OF_WHAT.match(text[m.end() - 8:min(end, m.end() + 50)])
            add(Anchor(m.start(), m.end(), P.parse_number(m.group(1)), "other", "ratio",
                       comparator=" ".join(of_what.group(1).split()) if of_what else None))
    for m in (P.CHANGE_TO.finditer(text, start, end) if digits and " to " in low and not _CHANGE_TO_NEEDS.absent(sentence, low) else ()):
        if _number_ok(text, *m.span(1)) and not P.DURATION.search(text, m.start(1), min(end, m.end(1) + 12)):
            reached = Anchor(m.start(1), m.end(1), P.parse_number(m.group(1)), "count", "count")
            noun = _CHANGE_NOUN_FIRST.match(m.group())
            if noun is not None:  # "a decrease in missing person incidents to 500": the noun says which way
                reached.direction = "increase" if noun.group(1) in ("increase", "rise") else "decrease"
            reached.label = reached_measure(text, m.start(), m.end(), start)  # "missing person incidents", not "500"
            add(reached)
    if digits:
        _find_headline_numbers(text, start, end, found, add)
    for m in (P.VALUE_AFTER_VERB.finditer(text, start, end) if _VALUE_VERBS.search(low) else ()):
        if _number_ok(text, *m.span(1)):
            add(Anchor(m.start(1), m.end(1), P.parse_number(m.group(1)), "count", "count"))
    if not found:
        return found
    compared_away: set[int] = set()
    starts = sorted(a.start for a in found)
    for anchor in found:
        if anchor.kind in ("count", "percent", "duration") and anchor.comparator is None:
            later = [s for s in starts if s >= anchor.end]
            number_at = _attach_comparison(text, anchor, end, later[0] if later else end)
            if number_at is None and anchor.kind == "count":
                number_at = attach_prior(text, anchor, end)
            if number_at is not None:
                compared_away.add(number_at)
    if compared_away:  # "71% ..., compared to 74% a year ago": the 74% is the comparator, not a figure
        found[:] = [a for a in found if a.start not in compared_away]
    _mark_references(text, start, found)
    found.sort(key=lambda a: a.start)
    return found


_SAME_PERIOD_CELL = (r"(?:(?<=[–—=(-])|(?<=[–—=(-]\s))(?:the\s+)?same\s+(?:period|time|month|quarter)\s+"
                     r"(?:last|(?:the\s+)?previous)\s+year\s*[:=]?")
"""'Public Order 6 – same period last year 17', 'Robbery 2 (same time last year: 1)': a table cell's comparator."""
_PREVIOUS_YEAR_CELL = r"(?<![\w’'])(?:compares?\s+(?:to|with)\s+)?(?:the\s+)?previous\s+year\s*[:=]?(?=\s+\d)(?!\s+(?:19|20)\d\d\b)"
"""'ASB 207 calls for service previous year 245': the earlier year's count after the words 'previous year'."""
_COMPARED_WITH = re.compile(
    rf"(?:[^.;]|\.(?=\d)){{0,100}}?\b(?P<how>compared\s+(?:with|to)(?:\s+(?:the\s+)?(?:last|previous|this\s+time\s+last)\s+[\w’']+(?:\s+(?:figure|total|level))?\s+of|\s+the(?=\s+\d))?|as\s+opposed\s+to|up\s+from|down\s+from|against|versus|vs\.?|v\.?(?=\s)|(?<=\()previously|{_SAME_PERIOD_CELL}|{_PREVIOUS_YEAR_CELL})\s+(?P<num>{P.NUM}|{P.NUM_WORD_ANY}|none)(?P<pct>\s?%|\s(?:per\s?cent|percent)\b)?(?P<unit>\s+(?:minutes?|mins|seconds?|secs|hours?|days?|weeks?)\b)?(?P<rest>(?:\s+(?:in|during|for|across)\s+(?:the\s+)?[^,;.]{{0,30}})?)",
    re.IGNORECASE,
)


def _attach_comparison(text: str, anchor: Anchor, end: int, next_anchor: int) -> int | None:
    """'312 thefts ..., compared with 268 in the same period of 2021' -> comparator and direction.

    Returns where the comparator's number starts, or None when there is none. A comparison
    after another figure (``next_anchor``) belongs to that figure."""
    tail = text[anchor.end:end]
    m = None if _COMPARISON_NEEDS.absent(tail, tail.lower()) else _COMPARED_WITH.match(text, anchor.end, end)
    if not m or (anchor.unit == "percent") != bool(m.group("pct")):
        return None
    if not _number_ok(text, *m.span("num")) and not (m.group("how").lower().endswith(("year", "year:", "year=")) and m.group("num")[:1].isdigit()
                                                     and not _YEARISH.fullmatch(m.group("num"))):
        return None  # (but "same period last year 17": the 17 is no "year 17")
    if m.start("how") > next_anchor and m.start("num") != next_anchor and not bracketed_aside(text, anchor.end, next_anchor, m.start("how")):
        return None
    if m.group("how").lower() == "against" and anchor.is_target:
        return None
    before = 0.0 if m.group("num").lower() == "none" else P.parse_number(m.group("num"))
    anchor.comparator = " ".join((m.group("num") + (m.group("pct") or "") + (m.group("unit") or "") + m.group("rest")).split())
    elsewhere = _ELSEWHERE.search(m.group("rest")) or compares_elsewhere(text, anchor.start, m.end())
    how = m.group("how").lower()
    over_time = not how.startswith(("against", "v")) or bool(LAST_TIME.match(text, m.end("num")))  # "6 against 11 last year"
    if anchor.direction == "unknown" and anchor.value is not None and over_time and not elsewhere:
        # (a comparison with another area, "12 minutes across the force", is not a change over time)
        anchor.direction = "increase" if anchor.value > before else "decrease" if anchor.value < before else "no_change"
    return m.start("num")


_THERE_HAD_BEEN = re.compile(r"\bthere\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:only\s+|just\s+|a\s+further\s+|another\s+)?$", re.IGNORECASE)
_YEARISH = re.compile(r"(?:19|20)\d{2}")
_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:whether|if)\s+[^.;,]{0,80}?\b(?:could|would|should|might|can|will)\s+(?:\w+\s+){0,3}$", re.IGNORECASE
)
"""'whether the team could be restored to six officers': a number asked about, not reported."""
_TIME_UNIT = re.compile(r"\s*(?:minutes?|mins|seconds?|secs|hours?|hrs|days?|weeks?)\b", re.IGNORECASE)


_HEADLINE_NUMBER = re.compile(
    r"(?:\s+(?:of|with|without|against|the|personal|property|person|dwelling|residential|non-residential|business|recorded"
    rf"|reported|offen[cs]es|crimes|incidents|calls|injury|rate|numbers?|total|volume))*\s*[:–—-]?\s*({P.NUM})(?!\s*%)",
    re.IGNORECASE,
)
"""After a headline's measure, its number ('Robbery of personal property 1,412')."""


def _find_headline_numbers(text: str, start: int, end: int, found: list[Anchor], add) -> None:
    """'Total notifiable offences 23,118, up 3 per cent': a measure's name and then its number, as in a
    performance pack's headlines."""
    head = [h for h in find_metrics(text, start, min(end, start + 80)) if h.start - start <= 12]  # the line opens with it
    for h in head:
        m = _HEADLINE_NUMBER.match(text, h.end, end)
        if m and not any(a.start <= m.start(1) < a.end for a in found) and _number_ok(text, *m.span(1)):
            add(Anchor(m.start(1), m.end(1), P.parse_number(m.group(1)), "count", "count"))
