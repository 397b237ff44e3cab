"""The metric taxonomy: which crime or measure a phrase is about, and whether
a rise in it is good or bad news for police performance.

Order matters: more specific measures come first ("detection rate" before
"crime", "hate crime" before "crime", "theft of motor vehicles" before "theft").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from minutesai.engines.offline import scan
from minutesai.engines.offline.docscan import DocumentScanner

Polarity = Literal["lower_better", "higher_better", "ambiguous", "none"]


@dataclass(frozen=True, slots=True)
class MetricKind:
    label: str
    polarity: Polarity
    words: str
    """Regex alternatives naming the measure (matched case-insensitively)."""


def _kind(label: str, polarity: Polarity, words: str) -> MetricKind:
    return MetricKind(label, polarity, words)


TAXONOMY: tuple[MetricKind, ...] = (
    _kind("detection / positive outcome rate", "higher_better",
          r"(?:sanction\s+)?detection(?:s|\s+rates?)?\b|positive\s+outcomes?|outcome\s+rates?|charge(?:/summons|\s+and\s+summons)?\s+rates?"
          r"|solved\s+rates?|clear[\s-]?up\s+rates?|clear(?:ing|ance)\s+rates?|arrest\s+rates?|charging\s+rates?|crimes?\s+solved|solved\s+crimes?(?:\s+rates?)?"),
    _kind("confidence / satisfaction", "higher_better",
          r"(?:public\s+|victim\s+|community\s+)?confidence\b(?!\s+(?:to|in|about)\s+(?:report|come\s+forward))|(?:victim\s+|public\s+|user\s+)?satisfaction\b"
          r"|public\s+attitude\s+survey|trust\s+in\s+(?:the\s+)?police|feel(?:ing)?s?\s+of\s+safety"
          r"|(?:police\s+)?d(?:o|id|oes|oing)\s+a\s+good\s+job|perceptions?\s+of\s+safety"),
    _kind("response times", "none",
          r"response\s+times?|(?:emergency|immediate|priority)\s+(?:calls?|response)\s+(?:attended|answered)"
          r"|attended\s+within|answered\s+within"),
    _kind("hate crime", "ambiguous",
          r"(?:race(?:/\s?|\s+and\s+)|racist\s+(?:and\s+religious\s+)?|religious\s+|homophobic\s+|disability\s+)?hate\s+crimes?"
          r"|hate\s+incidents?|racially\s+(?:or\s+religiously\s+)?aggravated"),
    _kind("domestic abuse", "ambiguous",
          r"(?<!non-)(?<!non\s)domestic\s+(?:abuse|violence|assaults?|incidents?|crimes?|related)|\bDA\b|\bVAWG\b"
          r"|violence\s+against\s+women(?:\s+and\s+girls)?|coercive\s+control"),
    _kind("sexual offences", "ambiguous",
          r"sex(?:ual)?\s+(?:offen[cs]es?|offending|violence|assaults?|crimes?)|rapes?\b"),
    _kind("stalking and harassment", "ambiguous", r"stalking(?:\s+(?:and|&)\s+harassment)?|harassment\s+(?:offen[cs]es?|crimes?)"),
    _kind("knife/gun crime", "lower_better",
          r"knife\s+crimes?|gun\s+crimes?|knife(?:\s+and|\s*/)\s*gun|weapons?\s+(?:offen[cs]es?|crimes?|possession)"
          r"|(?:discharges?|use)\s+of\s+(?:fire)?arms|firearms?\s+(?:offen[cs]es?|discharges?|incidents?)"
          r"|lethal\s+barrelled|stabbings?|knife\s+(?:injur|offen|possession)\w*|\bweapons\b"),
    _kind("theft of/from motor vehicle", "lower_better",
          r"(?:thefts?|taking)\s+(?:of|from)\s+(?:a\s+|motor\s+)?(?:motor\s+)?vehicles?|vehicle\s+(?:crimes?|thefts?|offen[cs]es?|interference)"
          r"|thefts?\s+of\s+(?:mopeds?|scooters?|cars?|motorcycles?)|moped[\s-]+(?:crimes?|enabled)|car\s+crimes?"
          r"|catalytic\s+converters?|motor\s+vehicle\s+(?:crimes?|thefts?|offen[cs]es?)"
          r"|stolen\s+(?:motor\s+)?(?:vehicles?|cars?)|(?:motor\s+)?(?:vehicles?|cars?)\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:reported\s+)?stolen"),
    _kind("burglary", "lower_better", r"burglar(?:y|ies)|break[\s-]ins?|shed\s+break|housebreak(?:ing|ings)"),
    _kind("robbery", "lower_better", r"robber(?:y|ies)|muggings?"),
    _kind("violence", "lower_better",
          r"(?:serious\s+)?(?:youth\s+)?violen(?:ce|t\s+crimes?)|violence\s+(?:with|without)\s+injury|\bVAP\b|\bVWI\b|\bSYV\b"
          r"|assaults?|homicides?|murders?|grievous\s+bodily|\bGBH\b|\bABH\b|\bNDVWI\b"),
    _kind("ASB", "lower_better",
          r"anti[\s-]*social\s+(?:behaviou?r|disorder)|\bASB\b|nuisance\s+(?:calls?|incidents?|behaviou?r)"
          r"|off[\s-]road\s+(?:motor)?(?:bikes?|bikers?|cycles?|motorcycles?)"),
    _kind("road traffic collisions", "lower_better",
          r"(?:(?:fatal|serious)\s+(?:(?:and|or|&)\s+serious\s+)?(?:injury\s+)?)?road\s+traffic\s+(?:collisions?|accidents?|casualties)"
          r"|\bRTCs?\b|killed\s+(?:and|or|&)\s+seriously\s+injured|\bKSIs?\b"
          r"|(?:fatal|serious)\s+(?:(?:and|or|&)\s+serious\s+)?(?:injury\s+)?(?:road\s+)?(?:collisions|accidents)"),
    _kind("gang activity", "lower_better",
          r"gang\s+(?:activity|activities|crimes?|culture|membership|involvement|related\s+(?:crimes?|incidents?|offen[cs]es?))"
          r"|gang-related\s+(?:crimes?|incidents?|offen[cs]es?)"),
    _kind("theft", "lower_better",
          r"shop[\s-]?lifting|thefts?\b|acquisitive\s+crimes?|snatch(?:es|\s+thefts?)?|pickpocket\w*|fraud\b|cyber[\s-]?crimes?"),
    _kind("criminal damage / arson", "lower_better", r"criminal\s+damage|arson|graffiti|vandalism"),
    _kind("public order offences", "lower_better", r"public\s+order(?:\s+(?:offen[cs]es?|crimes?|incidents?))?(?!\s+(?:act|legislation|powers?|team|unit))"),
    _kind("drugs", "none", r"drugs?\s+(?:offen[cs]es?|crimes?|supply|possession|related|dealing|seizures?)|county\s+lines"),
    _kind("stop and search", "none", r"stop\s*(?:and|&)\s*(?:search(?:es)?|accounts?)|stop[\s-]+searches|section\s+60s?|\bs60s?\b"),
    _kind("total notifiable offences", "lower_better",
          r"total\s+notifiable\s+offen[cs]es?|\bTNOs?\b|total\s+(?:recorded\s+)?crimes?|overall\s+(?:recorded\s+)?crimes?"
          r"|all\s+(?:recorded\s+)?crimes?|victim[\s-]+based\s+crimes?|recorded\s+crimes?|crime\s+(?:rates?|levels?|figures|statistics|stats)"
          r"|neighbou?rhood\s+crimes?|(?:property|street|serious)\s+crimes?|crimes?\b|offen[cs]es?\b|offending\b|re-?offending"),
)

_BY_LABEL = {k.label: k for k in TAXONOMY}
# Bodies, laws and schemes whose names contain crime words.
_NAMES = scan.LowerScanner(
    r"\bpolice\s+(?:and|&)\s+crime\s+(?:commissioners?|panels?|plans?|committees?|board)|\bcrime\s+(?:and|&)\s+disorder\s+"
    r"(?:act|reduction\s+(?:partnership|panel|strategy|plan|group|board)|committee|scrutiny|partnership|panel)|\bcrime\s+stoppers|\bcrime\s+prevention\s+(?:officers?|advisers?|design)"
    r"|\b(?:crime|violence)\s+(?:scrutiny\s+)?(?:panel|forum|reduction\s+unit|duty)|\bserious\s+violence\s+(?:duty|strategy|reduction)"
    r"|\bviolence\s+reduction\s+(?:unit|partnership)|\banti[\s-]+knife\s+crime\s+forum|\bhate\s+crime\s+(?:reporting\s+)?"
    r"(?:champions?|centres?|awareness|forum|strategy|panel|officer|lead|indicators?)|\bpolicing\s+and\s+crime\s+act"
    r"|\bcrime\s+and\s+policing\s+act|\bsexual\s+offences\s+act|\bdomestic\s+abuse\s+(?:act|strategy|forum|board|champions?|coordinator)"
)
# One pass over the text: the leftmost term wins, and at one position the earlier
# (more specific) kind wins, so "hate crime" is hate crime, not crime.
_PATTERN = "|".join(rf"(?P<k{i}>\b(?:{k.words}))" for i, k in enumerate(TAXONOMY))
_ALL_KINDS = scan.LowerScanner(_PATTERN)
# Words that name something measured in minutes but not a crime type.
_MEASURE_NOUNS = scan.LowerScanner(
    r"\b(?:calls?|inciden(?:ts?|ces?)|reports?|cases|arrests?|charges?|victims?|referrals?|complaints?|casualties"
    r"|orders?|notices?|rough\s+sleep\w*|fly[\s-]?tipping|speeding|road\s+safety|exploitation|reoffend\w*"
    r"|overtime(?:\s+(?:spend(?:ing)?|costs?|budget|bill|hours))?)\b",
)


_DOCUMENT_KINDS = DocumentScanner(_ALL_KINDS, by_opening=True)
_DOCUMENT_NAMES = DocumentScanner(_NAMES, by_opening=True)
_DOCUMENT_MEASURES = DocumentScanner(_MEASURE_NOUNS)


@dataclass(slots=True, eq=False)
class MetricHit:
    label: str
    start: int
    end: int
    polarity: Polarity
    generic: bool = False
    """True for the bare words 'crime'/'offences', which say little on their own."""


_BODY_AFTER = re.compile(r"(?:\s+[A-Z][\w-]*){0,2}\s+(?:Team|Unit|Squad|Board|Partnership|Group|Panel|Forum|Strategy|Plan|Officer|Commissioner|Hub|Service|Network|Initiative|Week|Survey)s?\b")
_GENERIC = re.compile(r"^(?:crimes?|offen[cs]es?|offending)$", re.IGNORECASE)


def find_metrics(text: str, start: int = 0, end: int | None = None) -> list[MetricHit]:
    """Every non-overlapping taxonomy term in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    if len(text) < scan.SMALL:
        return _scan_metrics(text, start, end)
    return _DOCUMENT_METRIC_RUNS.within(text, start, end)


def _scan_document_metrics(text: str) -> list[MetricHit]:
    """``_scan_metrics(text, 0, len(text))``, both scans tried only where a term can start (see docscan).

    No name of a body holds a full stop, so the names a scan of the whole text finds are exactly
    those the stretch-by-stretch scan of :func:`_names_around` finds."""
    names = [m.span() for m in _DOCUMENT_NAMES.finditer(text)]
    name_starts = [s for s, _ in names]

    def in_name(at: int, stop: int) -> bool:  # names do not overlap: only the last one starting by ``at`` can hold it
        i = bisect.bisect_right(name_starts, at)
        return i > 0 and names[i - 1][1] >= stop

    return _scan_metrics(text, 0, len(text), _DOCUMENT_KINDS.finditer(text), in_name)


def _scan_metrics(text: str, start: int, end: int, matches: list[re.Match[str]] | None = None,
                  in_name: Callable[[int, int], bool] | None = None) -> list[MetricHit]:
    hits: list[MetricHit] = []
    names_in: dict[int, list[tuple[int, int]]] = {}
    for m in _ALL_KINDS.finditer(text, start, end) if matches is None else matches:
        if in_name(m.start(), m.end()) if in_name is not None else any(
                s <= m.start() and m.end() <= e for s, e in _names_around(text, start, end, m.start(), m.end(), names_in)):
            continue  # "Police and Crime Commissioner" names a body, not a crime
        kind = TAXONOMY[int(m.lastgroup[1:])]  # type: ignore[index]
        generic = bool(_GENERIC.match(m.group()))
        if generic and text[m.start()].isupper() and _BODY_AFTER.match(text, m.end()):
            continue  # "the Rural Crime Team": a team's name
        hits.append(MetricHit(kind.label, m.start(), m.end(), kind.polarity, generic))
    return hits


def _names_around(text: str, start: int, end: int, at: int, stop: int, memo: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The names of bodies in the stretch of ``text[start:end]`` between full stops around ``text[at:stop]``.

    No name holds a full stop, so these are exactly the names a scan of the whole span finds there
    (a scan is costly and few stretches hold a metric term)."""
    lo = text.rfind(".", start, at) + 1 or start
    if lo not in memo:
        hi = text.find(".", stop, end)
        memo[lo] = [m.span() for m in _NAMES.finditer(text, lo, end if hi < 0 else hi)]
    return memo[lo]


def find_measure_nouns(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if len(text) < scan.SMALL:
        return [m.span() for m in _MEASURE_NOUNS.finditer(text, start, end)]
    return _DOCUMENT_MEASURE_RUNS.within(text, start, end)


_DOCUMENT_METRIC_RUNS: scan.LastRuns[MetricHit] = scan.LastRuns(
    "metrics", lambda t: _scan_document_metrics(t), lambda h: h.start, lambda h: h.end)
_DOCUMENT_MEASURE_RUNS: scan.LastRuns[tuple[int, int]] = scan.LastRuns(
    "measures", lambda t: [m.span() for m in _DOCUMENT_MEASURES.finditer(t)], lambda s: s[0], lambda s: s[1])


def polarity_of(label: str) -> Polarity:
    kind = _BY_LABEL.get(label)
    return kind.polarity if kind else "none"


_HANDLING_MEASURE = re.compile(r"\b(?:calls?|call[\s-]+(?:handling|centre|center)|101|999|performance)\b", re.IGNORECASE)
_TIME_MEASURE = re.compile(r"\b(?:times?|waiting|waits?|minutes|seconds|delays?|rank\w*|position)\b", re.IGNORECASE)


def improvement_polarity(label: str, context: str) -> Polarity:
    """The polarity an improvement or a worsening is read through: the measure's own, or for one of unknown
    polarity that names how calls or a service are handled ('calls to the 101 service were much improved',
    'a 33% improvement on call handling'), higher is better; a time, a wait or a rank ('response times had
    improved') keeps none, since there lower is better."""
    pol = polarity_of(label)
    if pol == "none" and _HANDLING_MEASURE.search(context) and not _TIME_MEASURE.search(context):
        return "higher_better"
    return pol
