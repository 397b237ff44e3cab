"""Figures: turn numeric and number-free anchors into :class:`FoundFigure` items
with metric, direction, period, area, comparator and a clause-sized quote."""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline import performance_trends as PT
from minutesai.engines.offline.anchors import Anchor, find_anchors
from minutesai.engines.offline.average_comparisons import against_average
from minutesai.engines.offline.bracket_quotes import listed_item
from minutesai.engines.offline.bracketed_changes import bracketed_count_changes
from minutesai.engines.offline.change_pairs import without_restated_ends
from minutesai.engines.offline.continued_trends import continued_trends
from minutesai.engines.offline.contrasted_places import GATE as PLACES_GATE
from minutesai.engines.offline.contrasted_places import contrasted_places
from minutesai.engines.offline.contrasts import turn_round
from minutesai.engines.offline.crime_lines import GATE as CRIME_LINE_GATE
from minutesai.engines.offline.crime_lines import crime_line_anchors, is_crime_line, typed_counts
from minutesai.engines.offline.dash_counts import (
    dash_glossed_count,
    opens_with_dash_count,
    with_dash_head,
)
from minutesai.engines.offline.fields import (
    area_for,
    comparator_for,
    direction_for,
    metric_for,
    period_for,
)
from minutesai.engines.offline.figure_comparators import (
    benchmark_of_previous,
    said_nationally,
    target_label,
)
from minutesai.engines.offline.figure_quotes import quote_spans, tighten
from minutesai.engines.offline.figure_restatements import already_reported, bracketed_restatement
from minutesai.engines.offline.followups import change_said_next
from minutesai.engines.offline.label_trends import GATE as LABEL_GATE
from minutesai.engines.offline.label_trends import label_trends
from minutesai.engines.offline.listcounts import list_item_count
from minutesai.engines.offline.listed_measures import (
    AND_ONLY,
    ELLIPTICAL_CHANGE,
    FINITE_VERB,
    names_own_measure,
    trend_kept,
)
from minutesai.engines.offline.meeting_attendance import without_meeting_attendance
from minutesai.engines.offline.metrics import find_measure_nouns, find_metrics, polarity_of
from minutesai.engines.offline.numbered_changes import numbered_changes
from minutesai.engines.offline.other_counts import with_other_counts
from minutesai.engines.offline.outcome_counts import GATE as OUTCOME_GATE
from minutesai.engines.offline.outcome_counts import outcome_counts
from minutesai.engines.offline.partwhole import breaks_down, with_parts
from minutesai.engines.offline.policing_money import policing_money, without_restated_sums
from minutesai.engines.offline.priorperiod import states_change_pair
from minutesai.engines.offline.rank_denominators import without_rank_denominators
from minutesai.engines.offline.rank_moves import rank_moves
from minutesai.engines.offline.sentences import SUBCLAUSE_CUT, Sentence, clause_spans
from minutesai.engines.offline.single_counts import GATE as SINGLE_GATE
from minutesai.engines.offline.single_counts import single_counts
from minutesai.engines.offline.trends import FIGURE_WORD_CUES, find_trends
from minutesai.engines.offline.unstated_figures import states_no_figure
from minutesai.engines.offline.workforce import is_headcount, strength_anchors
from minutesai.engines.offline.workforce_trends import fewer_police
from minutesai.schemas import FoundFigure

_ANAPHORIC_START = re.compile(
    r"^(?:(?:however|but|since\s+then|although|though),?\s+)?(?:In\s+[^,]{2,20},?\s+)?"
    r"(?:(?:[A-Z]\w+ly,?\s+)?(?:between|during|since|over|from)\s+[^,]{2,45},\s+)?"  # "Unfortunately between October and December, the rate had ..."
    r"(?:it|this|that|these|those|the\s+figure|which"
    r"|the\s+(?:rate|figures|numbers?|levels?|trend|total|increase|rise|spike|reduction|decrease|fall)(?=\s+(?:had|has|have|was|were|is|are)\b))\b",
    re.IGNORECASE)
_APPOSITION = re.compile(
    r"[^,;]{0,30}?,?\s+(?:at|of|with|on)\s+(?:a\s+|an\s+|just\s+|around\s+|about\s+)?$|[^,;()]{0,30}?\s*\(\s*$", re.IGNORECASE
)
_CHANGE_START = re.compile(
    r"(?:up|down|rising|falling|an?\s+(?:[\w.%-]+\s+){0,3}?(?:increase|decrease|improvement|rise|fall|reduction|drop|deterioration))\b",
    re.IGNORECASE,
)
_DEFINITE_CHANGE = re.compile(
    r"\b(?:the|this|that)\s+(?:\w+\s+)?(?:reduction|increase|rise|fall|decrease|improvement|drop|decline)s?\s+(?:in|of|was|were|is|had|has)\b",
    re.IGNORECASE,
)
_OWN_CHANGE = re.compile(r"\s+(?:increase|decrease|rise|fall|reduction|drop|improvement|uplift)s?\s+(?:in|of)\s", re.IGNORECASE)
_LABEL_VALUE = re.compile(
    r"(?::|\s[-–—])\s*(?i:(?:up|down|rise|fall|increase|decrease|reduction)(?:\s+(?:of|by))?\s+)?"
    r"\d[\d,]*(?:\.\d+)?\s?%?(?:\s+[a-z]+)?\s*$"
)
"""A measure and its number ("Criminal Damage: 6"), or its change ("Vehicle Crime – up 28 %")."""
_MONEY_MATTER = re.compile(r"£\s?\d|\b(?:fees?|charges?\s+for|tariffs?|prices?|rents?|salar(?:y|ies))\b", re.IGNORECASE)
_SEIZED = re.compile(r"\b(?:seized|seizures?|confiscated|forfeited|proceeds\s+of\s+crime)\b", re.IGNORECASE)
"""Money taken from criminals is police work, not a price: '19 arrests ... £404K had been seized'."""


@dataclass
class _Fig:
    found: FoundFigure
    sentence: int
    para: int
    anchor: Anchor
    has_taxonomy_metric: bool
    start: int
    end: int
    sent_start: int = 0
    sent_end: int = 0


def _is_heading(sent: Sentence) -> bool:
    """Title-case lines without a full stop ("Crime Reduction Plan 2008-2011") are headings."""
    if not sent.line_start or sent.text.rstrip()[-1:] in ".;:!?" or _LABEL_VALUE.search(sent.text) or states_change_pair(sent.text) \
            or (sent.marker is not None and sent.text[:1].isdigit() and opens_with_dash_count(sent.text)) \
            or is_crime_line(sent.text):
        return False  # "Criminal Damage: 6", "Burglary – 5 incidences", "• 10 Crimes – includes 3 Theft": a measure and its number
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", sent.text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) * 2 >= len(words) * 1.2


def _bare(text: str, a: Anchor, clause: tuple[int, int], cuts: list[re.Match[str]]) -> bool:
    """True when a number's own sub-clause names no particular measure ("..., from 58 to 21",
    "..., with 410 offences compared to ..."); ``cuts`` are the clause's sub-clause cuts."""
    lo = max([m.end() for m in cuts if m.end() <= a.start], default=clause[0])
    hi = min([m.start() for m in cuts if m.start() >= a.end], default=clause[1])
    if a.kind in ("pair", "percent", "points"):  # "..., rising from 162 to 314 offences": 'offences' names nothing
        return not any(not h.generic for h in find_metrics(text, lo, hi)) and not find_measure_nouns(text, lo, hi)
    if a.kind == "count":
        specific = [h for h in find_metrics(text, lo, hi) if not h.generic]
        noun = text[a.start:a.end].split()[-1].lower()
        return not specific and noun in ("offences", "offence", "offenses", "offense", "crimes", "incidents", "incidences", "cases", "reports")
    return False


def _find_all_anchors(text: str, sent: Sentence) -> list[Anchor]:
    anchors = find_anchors(text, sent.start, sent.end)
    anchors = bracketed_count_changes(text, sent.start, sent.end, anchors)  # "3,076 (14.0%) more crimes"
    anchors = numbered_changes(text, sent.start, sent.end, anchors) if " in " in sent.text else anchors  # "a 4,000 fall in"
    if (anchors or " of the" in sent.text) and (" of " in sent.text or " Of " in sent.text):  # (or "38 of these incidents")
        anchors = with_parts(text, sent.start, sent.end, anchors)  # "21 of them ...", "of which 40 were unlocked"
        if "out of" in sent.text:
            anchors = without_rank_denominators(text, anchors)
    if "attend" in sent.text:
        anchors = without_meeting_attendance(text, anchors)  # "18 people were in attendance": the meeting's own
    if " to " in sent.text and "from " in sent.text:
        anchors = rank_moves(text, sent.start, sent.end, anchors)  # "moved from 35th to 19th place"
        anchors = without_restated_ends(text, anchors) if " by " in sent.text else anchors  # "up by 27.6% from 835 to 1,066"
    if "strength" in sent.text or "headcount" in sent.text or "numbers" in sent.text:
        staff = strength_anchors(text, sent.start, sent.end)  # "Officer strength was 3,065 against an establishment of 3,120"
        if staff:
            anchors = sorted([a for a in anchors if not any(a.start < s.end and s.start < a.end for s in staff)] + staff,
                             key=lambda a: a.start)
    if anchors and "others" in sent.text:
        anchors = with_other_counts(text, sent.start, sent.end, anchors)  # "5 caught speeding and 5 others stopped for ..."
    if not anchors and sent.marker is not None:
        listed = list_item_count(text, sent)  # "• 78 arson and criminal damage type offences"
        anchors = [listed] if listed else anchors
    headed = dash_glossed_count(text, sent) if sent.marker is not None and sent.line_start else None
    if headed is not None:  # "• 3 ASB – 2 Neighbourhood dispute, 1 Offroad complaint": the count before the dash
        anchors = with_dash_head(anchors, *headed)
    if sent.text.startswith("1 ") or any(w in sent.text for w in SINGLE_GATE):  # "1 case of Theft and Handling", "1 house burglary", "5 acts of violence"
        anchors = sorted(anchors + single_counts(text, sent.start, sent.end, anchors), key=lambda a: a.start)
    if (" – " in sent.text or " - " in sent.text or " — " in sent.text) and _TYPED_COUNT_CUE.search(sent.text) \
            or sent.line_start and sent.text[:1].isdigit():
        anchors = sorted(anchors + [a for a in typed_counts(text, sent.start, sent.end)  # "1 Violence – which was ..."
                                    if not any(a.start < b.end and b.start < a.end for b in anchors)], key=lambda a: a.start)
    if any(w in sent.text for w in OUTCOME_GATE):  # "193 drivers received a speed warning", "six shops were broken into"
        anchors = sorted(anchors + outcome_counts(text, sent.start, sent.end, anchors), key=lambda a: a.start)
    if " less " in sent.text or " fewer " in sent.text:
        anchors += [a for a in fewer_police(text, sent.start, sent.end) if not any(a.start < b.end and b.start < a.end for b in anchors)]
    if not anchors and ("erformance" in sent.text or " than " in sent.text or "above" in sent.text or "below" in sent.text
                        or "mprovement" in sent.text or "eterioration" in sent.text or any(w in sent.text for w in PT.NUMBERLESS_GATE)):
        anchors = PT.performance_trends(text, sent.start, sent.end)  # "performance had improved", "higher than across the force"
    if not anchors and sent.line_start and LABEL_GATE in sent.text[:60]:
        anchors = label_trends(text, sent.start, sent.end)  # "Burglaries: A slight increase over Christmas"
    if not anchors and any(w in sent.text for w in CRIME_LINE_GATE):
        anchors = crime_line_anchors(text, sent.start, sent.end, sent.line_start)  # "Burglary x 5", "Crime and ASB down"
    numeric = list(anchors)
    clauses = clause_spans(text, sent.start, sent.end)
    for clause in clauses:
        in_clause = [a for a in numeric if clause[0] <= a.start < clause[1]]
        trends = find_trends(text, clause)
        bare: list[Anchor] = []
        if len(in_clause) > 1 or (in_clause and trends):
            cuts = list(SUBCLAUSE_CUT.finditer(text, clause[0], clause[1]))
            bare_ids = {id(a) for a in in_clause if _bare(text, a, clause, cuts)}
            for a in in_clause:  # "from 96 to 71 ..., a 26% fall": a bare number after a figure restates that figure
                a.restates = id(a) in bare_ids and a.value != 0 and any(b.end <= a.start and id(b) not in bare_ids for b in in_clause)
            bare = [a for a in in_clause if id(a) in bare_ids and not a.restates]
        for t in trends:
            if any(t.start < a.end and a.start < t.end for a in anchors):
                continue
            if t.kind == "trend" and bare:
                for a in in_clause:  # the trend names what the bare number measures
                    if id(a) not in bare_ids and _OWN_CHANGE.match(text, a.end):
                        continue  # "a reduction in crime by 0.8%, alongside a 20% increase in charges": names its own
                    if t.end <= a.start and names_own_measure(text, t.end, a.start):
                        continue  # "crime was down by 6.6%, with vehicle crime down by 18.1%": its own measure
                    a.metric_start = t.metric_start if a.metric_start is None else a.metric_start
                    if a.direction == "unknown" and a.value != 0 and not P.direction_terms(text, min(a.start, max(t.end, a.start - 12)), a.end):
                        a.direction = t.direction  # not "no further incidents" (no trend), "5 fewer crimes" nor "unchanged (a rise of 0.1%)" (its own)
                continue
            if t.kind in ("trend", "level") and t.unit != "rank" and not trend_kept(text, t, numeric, clause):
                continue
            made = next((a for a in reversed(in_clause) if a.value is not None and a.end <= t.start
                         and _WHICH_MADE_IT.fullmatch(text, a.end, t.start)), None) if t.kind == "level" else None
            if made is not None:  # "was 9.5%, which made it one of the highest performing districts": one figure
                made.comparator = made.comparator or " ".join(text[t.start:t.end].split())
                continue
            attached = [a for a in in_clause if a.unit == "rank" or (
                0 <= a.start - t.end <= 40 and _APPOSITION.match(text, t.end, a.start))]
            if t.kind == "level" and t.unit != "rank" and any(a.unit != "rank" and a.start >= t.end for a in attached):
                continue  # "the crime rate was very low with 30.9 crimes per 1,000": one figure, with its number
            if t.unit == "rank" and attached:
                if attached[0].unit != "rank":  # "8th lowest rate": the rank already says it
                    attached[0].comparator = attached[0].comparator or " ".join(text[t.start:t.end].split())
                continue  # "the highest rate of rape in London, at 0.9 per 1,000": one figure
            anchors.append(t)
    if anchors and "ontinu" in sent.text:
        anchors += continued_trends(text, sent.start, sent.end, anchors)  # "... by 20%, with a continued reduction for 2008/09"
    if PLACES_GATE in sent.text:
        anchors += contrasted_places(text, sent.start, sent.end, anchors)  # "..., while Kimpton had seen an increase"
    anchors.sort(key=lambda a: a.start)
    if len(clauses) > 1 and any(a.kind in ("trend", "percent", "count") for a in anchors):
        turn_round(text, clauses, anchors)  # "had reduced ... but was returning to pre-pandemic levels"
    return [a for a in anchors if not states_no_figure(text, a)]


_WHICH_MADE_IT = re.compile(
    r"\s*%?\s*,?\s*(?:which\s+(?:made|makes|put|puts|placed|places)|making|putting|placing)\s+(?:it|them|us|the\s+[\w-]+)\s+"
    r"(?:one\s+of\s+)?(?:the\s+)?", re.IGNORECASE)
def extract_figures(text: str, sentences: list[Sentence]) -> list[FoundFigure]:
    from minutesai.engines.offline.perftable import find_table_figures
    from minutesai.engines.offline.statlines import find_stat_line_figures
    from minutesai.engines.offline.workforce import find_workforce_figures

    table_figures, table_rows = find_table_figures(text)
    stat_figures, stat_rows = find_stat_line_figures(text)
    if stat_rows:  # cells one per line: read as a table, not as sentences
        table_figures, table_rows = table_figures + stat_figures, table_rows + stat_rows
    work_figures, work_rows = find_workforce_figures(text)
    if work_rows:  # "January 2019 – 2032 establishment, 1925 strength": one figure a line
        table_figures, table_rows = table_figures + work_figures, table_rows + work_rows
    row_starts = {r[0] for r in table_rows}
    figs: list[_Fig] = []
    spans = [(s.start, s.end) for s in sentences]
    cued = FIGURE_WORD_CUES.present_each(text, spans)  # a number, rank or level word: every sentence at once
    uncued = [i for i, c in enumerate(cued) if not c]
    for i, turned in zip(uncued, P.direction_terms_in_each(text, [spans[i] for i in uncued]), strict=True):
        cued[i] = turned or any(w in sentences[i].text for w in _UNCUED_WORDS) or sentences[i].text.rstrip(" .").endswith((" up", " UP")) \
            or ("mprovement" in sentences[i].text and PT.improvement_in(sentences[i].text))  # "There were now less PCSOs"
    for idx, sent in enumerate(sentences):
        if not cued[idx]:
            continue
        if sent.text.rstrip().endswith("?") or _is_heading(sent) or sent.text.startswith(_ACTION_LINE):
            continue  # a Member's question, a heading or an action line states no figure
        if row_starts and any(r[0] <= sent.start < r[1] for r in table_rows):
            continue  # a performance-table row: read by its columns below
        anchors = _find_all_anchors(text, sent)
        if not anchors:
            continue
        quotes = quote_spans(text, sent, anchors)
        for i, (a, (qs, qe)) in enumerate(zip(anchors, quotes, strict=True)):
            qs = min(qs, a.start) if a.kind in ("trend", "level") else qs
            if a.metric_start is not None and a.metric_start < qs and a.kind in ("pair", "percent", "points"):
                qs = max(sent.start, a.metric_start)
            last = i + 1 == len(anchors) or quotes[i + 1] != quotes[i]
            qs, qe = tighten(text, qs, qe, a, last)
            label, known = metric_for(text, a, qs, qe, sent)
            period = period_for(text, qs, qe, sent)
            found = FoundFigure(
                metric=label, value=a.value, unit=a.unit, direction=direction_for(text, a, qs, qe, label),  # type: ignore[arg-type]
                period=period, area=area_for(text, qs, qe, sent), comparator=comparator_for(text, a, qs, qe, sent),
                quote=text[qs:qe],
            )
            figs.append(_Fig(found, idx, sent.para, a, known, qs, qe, sent.start, sent.end))
    kept = without_restated_sums(text, [f.found for f in _post_process(text, figs)])
    return kept + table_figures if table_figures else kept


_UNCUED_WORDS = (" less ", " above the ", " below the ", " expected", " down", " DOWN", " lower", " higher") + PT.TIME_WORDS  # "less PCSOs", "above the national average": no cue word
_TYPED_COUNT_CUE = re.compile(r"\d [A-Z]")
"""What a typed count ('1 Violence – ...') needs: a digit, a space and a capital."""
_ACTION_LINE = ("ACTION:", "ACTION –", "ACTION -", "Action:", "Action –", "Action -")


def _post_process(text: str, figs: list[_Fig]) -> list[_Fig]:
    out: list[_Fig] = []
    reported: dict[tuple[str, str], tuple[int, str | None]] = {}
    # where each (metric, direction) was last reported, to spot restatements
    pending: list[str] = []
    for i, f in enumerate(figs):
        prev = out[-1] if out else None
        same_para = prev is not None and prev.para == f.para
        if same_para and prev is not None and prev.sentence + 1 == f.sentence \
                and benchmark_of_previous(text, f.sent_start, f.sent_end, prev.found, f.found, f.anchor.start):
            continue  # "... this was 10.7% for the District. This compared to 7.8% nationally"
        # A target or benchmark with a measured figure beside it becomes that figure's comparator.
        if f.anchor.is_target or f.anchor.is_reference:
            label = target_label(text, f.anchor) if f.anchor.is_target else " ".join(f.found.quote.split())
            measured = next((g for g in reversed(out[-3:]) if g.sentence == f.sentence and g.found.value is not None), None)
            if measured is not None:  # (past a rank without a number: "9.5%, one of the highest ..., above the National (7.8%)")
                measured.found.comparator = measured.found.comparator or label
                continue
            nxt = next((g for g in figs[i + 1:] if g.sentence == f.sentence and not (g.anchor.is_target or g.anchor.is_reference)), None)
            if nxt is not None and nxt.found.value is not None:
                pending.append(label)  # "The Plan's −13% target ... had not been achieved – crime was up 6.7%"
                continue
        if pending:
            f.found.comparator = f.found.comparator or "; ".join(pending)
            pending = []
        sent_text = text[f.start:f.end]
        anaphoric = bool(_ANAPHORIC_START.match(sent_text))
        if same_para and prev is not None and not f.has_taxonomy_metric:
            if anaphoric and prev.found.value is None and f.found.value is not None and f.sentence == prev.sentence + 1:
                prev.found.quote = text[prev.start:f.end]
                prev.end = f.end
                prev.found.value, prev.found.unit = f.found.value, f.found.unit
                prev.found.comparator = prev.found.comparator or f.found.comparator
                prev.found.period = f.found.period or prev.found.period
                if prev.found.direction == "unknown":
                    prev.found.direction = f.found.direction
                continue
            if anaphoric and f.found.value is None:
                if f.anchor.kind == "trend" and f.found.direction not in ("unknown", prev.found.direction):
                    f.found.metric = prev.found.metric  # "a sharp rise in X ..., but this had levelled off since April"
                else:
                    prev.found.comparator = prev.found.comparator or " ".join(sent_text.split())
                    continue
            if f.found.value is not None and (f.found.metric == "other" or anaphoric or "also" in sent_text.lower() or (
                    f.sentence == prev.sentence and f.found.metric == _GENERIC_LABEL)):
                f.found.metric = prev.found.metric  # "knife crime had risen by 11% ..., to 279 offences"
        if prev is not None and prev.sentence == f.sentence and prev.found.unit == "percent" and f.anchor.kind == "count" \
                and bracketed_restatement(text, prev.anchor.end, f.anchor.start, f.anchor.end):
            continue  # "down by 11% (57 incidents)": the same change in numbers
        if f.anchor.restates and prev is not None and prev.sentence == f.sentence:
            # "down 4.2% ..., with 21,846 offences recorded", "risen by 30% to 65 incidents"
            f.found.direction = prev.found.direction if f.found.direction == "unknown" else f.found.direction
            f.found.metric = prev.found.metric
        if same_para and prev and f.found.period and "same period" in f.found.period.lower() and prev.found.period:
            f.found.period = prev.found.period
        if f.anchor.kind == "trend" and any(
            o.anchor.kind == "trend" and o.para == f.para and o.sentence + 1 == f.sentence
            and o.found.metric == f.found.metric and o.found.direction == f.found.direction
            and not said_nationally(f.found.quote, o.found.quote) for o in out[-3:]
        ):
            continue  # "as well as X there had also been an increase in Y": same trend restated (not "... nationally")
        if f.anchor.kind == "trend" and _DEFINITE_CHANGE.search(sent_text) and already_reported(reported, f.found, f.start):
            continue  # "congratulated officers on the reduction in burglary": already reported
        if f.found.value is not None and not f.has_taxonomy_metric and polarity_of(f.found.metric) == "none" \
                and _MONEY_MATTER.search(text, *_sentence_span(figs, f)) and not _SEIZED.search(text, *_sentence_span(figs, f)) \
                and not (f.found.unit in ("currency", "percent") and policing_money(text, f.start, min(f.sent_end, f.end + 40))) \
                and not is_headcount(text, f.anchor, f.sent_start, f.sent_end):
            continue  # "the fee would rise from £315 to £330, an increase of 4.8%": not police performance
        if f.found.direction == "unknown" and f.anchor.kind == "count" and f.found.value and "average" in text[f.start:f.sent_end]:
            f.end = against_average(text, f.found, f.start, f.end, f.sent_end)  # "6 thefts compared to an average of 8"
        if prev and prev.sentence == f.sentence and prev.found.direction == "unknown" and prev.found.value is not None \
                and f.anchor.kind in ("points", "percent", "count") and f.found.direction != "unknown" and _CHANGE_START.match(f.found.quote):
            prev.found.direction = f.found.direction  # "stood at 7.9%, up 2.3 percentage points"
        if prev and prev.sentence == f.sentence and (f.found.direction == "unknown" or listed_item(f.found.quote)) \
                and prev.found.direction != "unknown" \
                and f.found.value is not None and f.found.unit == prev.found.unit and (breaks_down(text, prev.end, f.anchor.start) or (
                    AND_ONLY.fullmatch(text, prev.end, f.start) and not FINITE_VERB.search(f.found.quote)
                    and (f.found.quote[:1].isdigit() or ELLIPTICAL_CHANGE.match(f.found.quote) or listed_item(f.found.quote)))):
            f.found.direction = prev.found.direction  # "cuts amounting to 33% of its PCSOs and 6% of its staff"
        if f.found.direction == "unknown" and f.anchor.kind == "count" and f.found.value:
            f.found.direction = change_said_next(text, f.sent_end) or "unknown"  # "18 thefts. This was higher than usual"
        if f.anchor.kind == "trend" and f.found.metric == "other":
            continue  # "this had reduced" with no measure before it to point back to
        out.append(f)
        reported[(f.found.metric, f.found.direction)] = (f.start, f.found.period)
    return out


_GENERIC_LABEL = "total notifiable offences"
"""What the bare words 'crimes' / 'offences' map to."""


def _sentence_span(figs: list[_Fig], f: _Fig) -> tuple[int, int]:
    return f.sent_start, f.sent_end
