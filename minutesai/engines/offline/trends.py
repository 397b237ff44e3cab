"""Figures stated without a number: trends ("burglary had decreased"), levels
("ASB was particularly high"), superlative ranks ("the safest borough in Kent"),
league-table positions and RAG ratings."""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline import scan
from minutesai.engines.offline.anchors import WORD_CUES, Anchor
from minutesai.engines.offline.guards import compile_guarded
from minutesai.engines.offline.levels_of import compound_head, levels_of
from minutesai.engines.offline.metric_gaps import EXTRA_GAP_WORDS, compound_name, loose_gap
from minutesai.engines.offline.metrics import MetricHit, find_measure_nouns, find_metrics
from minutesai.engines.offline.prosetrends import (
    achieved_changes,
    adjectival_changes,
    anaphoric_trends,
    league_positions,
    number_of_changes,
    number_of_subjects,
    record_levels,
    subject_superlatives,
)
from minutesai.engines.offline.sentences import SUBCLAUSE_CUT

# Change nouns take their metric after them ("a reduction in burglary").
_CHANGE_NOUN = re.compile(
    r"^(?:increases?|rises?|reductions?|decreases?|falls?|declines?|drops?|growth|cuts?|spikes?|surges?|improvements?|uplift|upwards?|downwards?|dips?|jumps?|upticks?|downticks?|upturns?|downturns?|upsurges?)$",
    re.IGNORECASE,
)
_GAP_AFTER_NOUN = re.compile(
    r"^(?:\s+(?:in|of|on|the|a|an|trends?|number|numbers|level|levels|volume|volumes|amount|rate|rates|reports?|reported|recorded"
    r"|incidents?|calls?|most|types?|kinds?|forms?|categories|category|concerning|relating|related|to|for|all|overall|total|car|and|residential|personal|serious|offen[cs]es?"
    rf"|cases?|crimes?|discharges?|police|recordable|notifiable|{EXTRA_GAP_WORDS}|[‘'\"“]))*\s*[‘'\"“]?$",
    re.IGNORECASE,
)
# Words that end a subject: the metric before a verb must not be behind one of these.
_SUBJECT_BREAK = re.compile(r"\b(?:that|which|who|whom|because|since|if|whether|than|when|where|but|while|whilst)\b|[,;:()]", re.IGNORECASE)
_PARENTHETICAL = re.compile(r",\s*(?:however|though|therefore|in\s+turn|in\s+fact|again|too|also|overall|in\s+total|meanwhile)\s*,", re.IGNORECASE)
# Hopes, aims, purposes ("in order to reduce", "deliver a reduction in") and hypotheticals are not reported trends.
_HEDGE = scan.LowerScanner(
    r"\b(?:seem(?:ed|s)?|appear(?:ed|s)?|perceived|perceptions?|hoped?|hoping|would|will|should|could(?!\s+be\s+seen)|aim(?:ed|s)?|aiming"
    r"|expected|expects?|forecast|predicted|likely|wanted|wants|need(?:ed|s)?\s+to|priorit(?:y|ies)|focus(?:ed|ing)?\s+on|tackl(?:e|ing)"
    r"|whether|why|in\s+order\s+to|so\s+as\s+to|deliver(?:s|ing)?\s+an?|delivering)\b",
)
_COUNTERFACTUAL = re.compile(
    r"\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to|not\s+(?:because\s+of|due\s+to|a\s+sign\s+of))\s+(?:an?\s+|any\s+|the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_NOT_EVIDENCE = re.compile(
    r"\b(?:not|n't|no\s+longer)\s+(?:necessarily\s+|always\s+|automatically\s+|simply\s+)?(?:reflect|mean|indicate|represent|show|suggest|signal|equate\s+to)s?\s+"
    r"(?:(?:an?|any|the)\s+)?(?:(?:real|genuine|actual|true|underlying|overall)\s+)?$",
    re.IGNORECASE,
)
"""'did not necessarily reflect an increase in the incidents': a change the speaker says may not have happened."""
_NOT_YET = re.compile(r"\b(?:future|planned|proposed|projected|anticipated)\s+$", re.IGNORECASE)
"""'the future uplift in police numbers', 'the planned reduction in PCSOs': a change still to come."""
_NEGATED_ARTICLE = re.compile(r"\b(?:not|never|n[’']t)\s+(?:\w+\s+){1,2}(?:a|an|any)\s+(?:\w+\s+)?$", re.IGNORECASE)
"""'had not been a significant increase', 'did not show a marked rise': the negation reaches past an article and an adjective."""
_NEGATED_SUBJECT = re.compile(r"\bnot\s+\w+ed\s+(?:had|has|have|was|were|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
"""'the number of calls not answered had reduced': the negation is inside the measure's name, not on the change."""
_AS_MUCH_AS = re.compile(r"\s+(?:as|so)\s+(?:much|fast|quickly|sharply|steeply|far|significantly)\s+as\b", re.IGNORECASE)
_PLACE_ASIDE = re.compile(
    r",\s*(?:(?:particularly|especially|notably|mainly|mostly|largely|in\s+particular)\s+(?:(?:in|at|around|within|across|on|among|near)\s+)?"
    r"|(?:for|in|at|across|within|over)\s+(?=(?:the\s+)?[A-Z0-9]|the\s+(?:north|south|east|west|centre|center|ward|borough|district|area|town|city|county|last|past|year|quarter|period)\b))"
    r"[^,;:()]{1,40}?(?:,|(?=\s+(?:had|has|have|was|were|is|are)\s))",
    re.IGNORECASE,
)
"""'Antisocial behaviour, particularly in Cirencester, had reduced', 'The total offences, for Enfield are showing
decreases', 'Burglary, in the north of the ward, has fallen': where or when, not a new clause."""
_SINCE_AFTER_AUX = compile_guarded(r"\b(had|has|have)\s+since\s+$", re.IGNORECASE)
"""'had since reduced': 'since' as an adverb of time, not a conjunction that starts a clause."""
_ASIDE = re.compile(r"\([^()]{1,60}\)")
_MAY = re.compile(r"\b(?:may|might)\b")  # lower-case only: "May" is usually the month
_VAGUE_BEFORE = re.compile(r"\b(?:some|certain|other|others|these|those|such)\s+(?:\w+\s+)?$", re.IGNORECASE)
_POLAR = compile_guarded(r"\b(?:(?:had|has|have)\s+)?(?:worsened|deteriorated|got\s+worse|improved|better)\b", re.IGNORECASE)
_SUPERLATIVE = compile_guarded(
    r"\b(?:the\s+)?((?:second\s+|third\s+)?(?:safest|highest|lowest|best(?!\s+(?:practice|value|interests?|endeavours?|use)\b)|worst"
    r"|most\s+improved|least\s+safe))\s+((?:[\w/-]+\s+){0,3}?)"
    r"(?=(?:borough|district|county|force|area|city|town|BCU)s?\b)",
    re.IGNORECASE,
)
_AIM_TO_BE = re.compile(r"\b(?:aim(?:s|ed)?|ambition|vision|aspirations?|goal|mission|striv(?:e|es|ing))\b[^.;:]{0,40}?\bto\s+(?:make|be|become|remain|keep)\s+"
                        r"(?:[\w’'-]+\s+){0,3}?(?:one\s+of\s+)?$", re.IGNORECASE)
_LEVEL_PREDICATE = compile_guarded(
    r"\b(?:was|were|is|are|remained|remains|stayed|stays)\s+(?:still\s+)?[“‘\"']?(?:particularly\s+|very\s+|relatively\s+|disproportionately\s+|significantly\s+|comparatively\s+)?(high|low)\b",
    re.IGNORECASE,
)
_LEVEL_ADJ = compile_guarded(r"\b(?:the\s+)?(high|low|highest|lowest|record)\s+(?=[\w\s/-]{0,25}?\brates?\b)", re.IGNORECASE)
_PEER_RANK = re.compile(
    r"\b(?:placed|ranked|ranking|left|put|was|is|were|remained|remains|sat|sits|now)\s+(?:[\w-]+\s+){0,2}?(?:the\s+)?"
    r"(?:lowest|highest|best|worst|bottom|top)\s+(?:in|of|among(?:st)?|within)\s+(?:its|the|their|our|his|her)\s+"
    r"(?:most\s+similar\s+(?:group|forces|areas)|MSG|peer\s+group|family\s+group|comparator\s+group)",
    re.IGNORECASE,
)
"""'placed Severnvale lowest in its Most Similar Group': a rank without a number."""
_POSITION = compile_guarded(r"\b(?:league\s+tables?|(?<!compared\sto\sthe\ssame\s)(?<!compared\swith\sthe\ssame\s)"
                       r"(?<!current\s)(?<!present\s)(?<!regional\s)(?<!national\s)(?<!financial\s)(?<!budget\s)position|ranking|placed|ranked)\b",
                       re.IGNORECASE)
"""A league position; 'compared to the same position twelve months before' is a point in time, and 'mirrored the regional
position', 'the current position with anti-social behaviour', 'the financial position' a state of affairs, not a place in a table."""
_RAG = re.compile(r"\b(?:rated|status\s+(?:was|is|of|remains)|RAG[\s-]rated|(?:was|is|were|are|remains?)\s+(?:rated\s+)?)\s*[‘'\"“]?(red|amber|green)\b[’'\"”]?", re.IGNORECASE)
_RAG_SUBJECT = re.compile(r"\b(?:target|indicator|KPI|measure|status|performance|rating)s?\b", re.IGNORECASE)
_NAMED_THING = re.compile(
    r"\s+(?:plan|plans|strategy|strategies|target|targets|programme|programmes|scheme|initiative|partnership|team|board|meeting"
    r"|officer|unit|work|group|fund|funding|order|orders|priority|priorities|project|campaign|operation|agenda|zone|zones)\b",
    re.IGNORECASE,
)
_STILL = compile_guarded(r"\b(?:still|remains?|remained|continu(?:es|ed|e)\s+to\s+(?:be|have|sit|hold))\b", re.IGNORECASE)
_MOVED = compile_guarded(r"\b(?:better|worse|worsened|improved|higher|lower|top|bottom)\b", re.IGNORECASE)
_IN_OR_OF = re.compile(r"\s+(?:(?:seen|noted|observed|experienced|recorded)\s+)?(?:trends?\s+)?(?:in|of|on)\b")
_NEXT_WORD = re.compile(r"\S+")
_ON_THE = re.compile(r"\bon\s+the\s+$", re.IGNORECASE)
"""'were on the rise': a trend, not a reference back to a figure."""
_DEFINITE = re.compile(r"\b(?:the|this|that|these)\s+$", re.IGNORECASE)


def _metric_before(text: str, lo: int, pos: int, metrics: list[MetricHit], measures) -> tuple[int, int, str] | None:
    """The nearest metric that is the subject of a change word at ``pos``."""
    candidates = [(m.start, m.end, m.label) for m in metrics if lo <= m.start and m.end <= pos]
    if not candidates:
        candidates = [(s, e, text[s:e].lower()) for s, e in measures if lo <= s and e <= pos]
    asides = [m.span() for m in _ASIDE.finditer(text, lo, pos)] if candidates and "(" in text[lo:pos] else []
    if asides:  # "acquisitive crime (burglary, robbery etc) have fallen": the subject is outside the brackets
        candidates = [c for c in candidates if not any(a <= c[0] < b for a, b in asides)]
    for s, e, label in reversed(candidates):
        gap = _PARENTHETICAL.sub(" ", _ASIDE.sub(" ", text[e:pos]) if asides else text[e:pos])
        if "," in gap or "since" in gap:
            gap = _SINCE_AFTER_AUX.sub(r"\1 ", _PLACE_ASIDE.sub(" ", gap))
        if _SUBJECT_BREAK.search(gap) or len(gap.split()) > 16:
            return None
        if _VAGUE_BEFORE.search(text, max(lo, s - 20), s):
            return None
        return s, e, label
    return None


def _metric_after(text: str, pos: int, hi: int, metrics: list[MetricHit], measures, definite: bool = False) -> tuple[int, int, str] | None:
    """The measure a change noun ending at ``pos`` names; after 'the rise' (``definite``, often a figure given
    before) no descriptive word may stand before it."""
    for m in metrics:
        if m.start >= pos and m.start <= hi:
            if _GAP_AFTER_NOUN.match(text[pos:m.start]) or loose_gap(text[pos:m.start], _GAP_AFTER_NOUN, modifier=not definite):
                return m.start, m.end, m.label
            break
    for s, e in measures:
        if s >= pos and _GAP_AFTER_NOUN.match(text[pos:s]):
            return s, e, text[s:e].lower()
    return None


_HEDGE_REACH = 40
"""How far past its last change word a clause's hedge still governs it: 'crimes using scams were on the increase and
the need to raise awareness ...' reports a rise; the need belongs to what follows."""


_COORDINATION = re.compile(r"\s+and\s+|[,;]")
_PURPOSE_TO = compile_guarded(r"(?<!\bcontinued\s)(?<!\bcontinue\s)(?<!\bcontinues\s)(?<!\bstarted\s)(?<!\bbegun\s)(?<!\bbegan\s)\bto\s+$",
                         re.IGNORECASE)
"""'a campaign to increase the incidents reported': a purpose; 'had continued to increase' is a trend."""


_RESULT = re.compile(r"\b(?:this|which|that|these)\s+(?:has\s+|had\s+|have\s+)?(?:resulted\s+in|led\s+to)\b", re.IGNORECASE)
"""What an aim achieved: 'had focused on reducing violence and this had resulted in reductions in homicide'."""
_BASE_FORM = re.compile(r"(?:reduce|increase|improve|cut|lower|raise|grow|boost|decrease|tackle)$", re.IGNORECASE)
_LISTED_AFTER = re.compile(r"(?:,|\band|\bor)\s+$", re.IGNORECASE)
_TO_VERB = re.compile(r"\bto\s+[a-z]+\b[^.;:]*$")


def _listed_purpose(text: str, lo: int, s: int, e: int) -> bool:
    """'to gain more trust from the public, reduce crime rates and increase standards': a base-form verb
    listed after a 'to ...' purpose is an aim too."""
    return bool(_BASE_FORM.match(text[s:e].split()[-1] if text[s:e].split() else "")) \
        and _LISTED_AFTER.search(text, max(lo, s - 6), s) is not None and _TO_VERB.search(text, max(lo, s - 120), s) is not None


def _hedge_reach(text: str, directions: Sequence[tuple[int, int, str]], hi: int) -> int:
    """Where a hedge stops governing the clause's change words: the next 'and' / comma after the last one,
    or _HEDGE_REACH characters on."""
    last = max(e for _, e, _ in directions)
    cut = _COORDINATION.search(text, last, min(hi, last + _HEDGE_REACH))
    return cut.start() if cut else min(hi, last + _HEDGE_REACH)


def _hedge_words(text: str, lo: int, hi: int) -> bool:
    return bool(_HEDGE.search(text, lo, hi) or _MAY.search(text, lo, hi))


def _hedged(text: str, lo: int, hi: int, metrics: list[MetricHit], measures: list[tuple[int, int]]) -> bool:
    """A hope, aim or hypothetical ("would reduce"), or a clause naming no measure at all."""
    return bool(_HEDGE.search(text, lo, hi) or _MAY.search(text, lo, hi)) if (metrics or measures) else True


def find_trends(text: str, clause: tuple[int, int]) -> list[Anchor]:
    """Number-free figure anchors in one clause."""
    lo, hi = clause
    directions = P.direction_terms(text, lo, hi)
    polar = _POLAR_CUES.present(text, lo, hi)
    levels = _LEVEL_CUES.present(text, lo, hi)
    if not (directions or polar or levels):
        return []
    metrics = find_metrics(text, lo, hi)
    out: list[Anchor] = []
    measures = find_measure_nouns(text, lo, hi) if directions or polar else []  # (read only for change words)
    reach = _hedge_reach(text, directions, hi) if directions and not polar else hi
    unhedged = lo
    hedged = (directions or polar) and _hedged(text, lo, reach, metrics, measures)
    if hedged and ("result" in text[lo:hi] or " led to" in text[lo:hi]):
        result = _RESULT.search(text, lo, hi)
        if result is not None and not _hedged(text, result.start(), reach, metrics, measures):
            unhedged = result.start()  # "had focused on reducing violence and this had resulted in reductions in homicide"
    if (directions or polar) and (unhedged > lo or not hedged):
        terms: list[tuple[int, int, str]] = [t for t in directions if t[0] >= unhedged]
        if polar:
            terms += [(m.start(), m.end(), "polar") for m in _POLAR.finditer(text, unhedged, hi)
                      if not any(s <= m.start() < e for s, e, _ in terms)]
        for s, e, direction in sorted(terms):
            word = text[s:e].split()[-1] if text[s:e].split() else ""
            if direction == "unknown" or _NAMED_THING.match(text, e, hi) or _PURPOSE_TO.search(text, max(lo, s - 20), s) \
                    or _listed_purpose(text, lo, s, e):
                continue  # "7% lower than the MSG average"; "the rape reduction plan"; "a campaign to increase reporting"
            if _CHANGE_NOUN.match(word) and (_topic_label(text, lo, s, e, hi) or _BY_MEANS_OF.match(text, e, hi)
                                             or compound_name(text, lo, s, word, metrics)):
                continue  # "o Violence reduction" in a list of what a partnership targeted: a work area, not a trend
            if _CHANGE_NOUN.match(word) and _DEFINITE.search(text, max(lo, s - 6), s) and not _IN_OR_OF.match(text[e:hi]) \
                    and not _ON_THE.search(text, max(lo, s - 8), s):
                continue  # "accounting for much of the rise": refers back to a figure already given
            hit = None
            if _CHANGE_NOUN.match(word):
                definite = _DEFINITE.search(text, max(lo, s - 6), s) is not None
                hit = _metric_after(text, e, hi, metrics, measures, definite) or _metric_before(text, unhedged, s, metrics, measures)
            else:
                hit = _metric_before(text, unhedged, s, metrics, measures)
            if hit is None and _CHANGE_NOUN.match(word):
                local = _local_change(text, lo, s, e, hi, metrics, direction)
                if local is not None and not any(a.start < local.end and local.start < a.end for a in out):
                    out.append(local)
                continue
            if hit is None:
                continue
            if direction == "polar":
                direction = _polar_direction(text[s:e], hit[2], text[lo:hi])
            if _COUNTERFACTUAL.search(text, max(lo, s - 30), s) or _NOT_EVIDENCE.search(text, max(lo, s - 70), s) \
                    or _NOT_YET.search(text, max(lo, s - 14), s):
                continue  # "rather than an increase in offending", "did not necessarily reflect an increase": not said to have happened
            if (P.NEGATED.search(text, max(lo, s - 25), s) or _NEGATED_ARTICLE.search(text, max(lo, s - 45), s)) \
                    and direction in ("increase", "decrease") and not _NEGATED_SUBJECT.search(text, max(lo, s - 40), s) \
                    and not _AS_MUCH_AS.match(text, e, hi):
                direction = "no_change"  # "had not increased", but "had not increased as much as X": still a rise
            anchor = Anchor(min(s, hit[0]), max(e, hit[1]), None, "other", "trend", direction, metric_start=hit[0],
                            label=None if any(m.start == hit[0] for m in metrics) else hit[2])
            if not any(a.start < anchor.end and anchor.start < a.end for a in out):
                out.append(anchor)
    if directions:
        extra = adjectival_changes(text, lo, hi, directions, _hedge_words) + number_of_subjects(text, lo, hi, directions, _hedge_words)
        extra += number_of_changes(text, lo, hi, directions, _hedge_words) if "number" in text[lo:hi] else []
        extra += achieved_changes(text, lo, hi, directions, _hedge_words) if "succe" in text[lo:hi] or "ffective" in text[lo:hi] or "progress" in text[lo:hi] else []
        extra += anaphoric_trends(text, lo, hi, directions, _hedge_words) if not out else []
        out += [a for a in extra if not any(a.start < b.end and b.start < a.end for b in out)]
    position = _POSITION.search(text, lo, hi) if levels else None
    if position and metrics:
        for a in out:  # "our position on TNOs had worsened": a rank, not a crime trend
            gap_lo, gap_hi = sorted((position.end(), a.start if a.start > position.end() else a.end))
            if not SUBCLAUSE_CUT.search(text, gap_lo, gap_hi):
                a.unit, a.direction = "rank", "unknown"
                a.start = min(a.start, position.start())
    if levels:
        out += levels_and_ranks(text, lo, hi, metrics, out)
    return sorted(out, key=lambda a: a.start)


_BY_MEANS_OF = re.compile(r"\s+(?:through|via)\s+(?!(?:the\s+|this\s+|last\s+)?(?:year|quarter|month|period|summer|winter|spring|autumn)\b)",
                          re.IGNORECASE)
"""'targeted crime reduction through use of local action plans': a change noun followed by its means names work done."""
_NOT_A_NOUN_COMPOUND = re.compile(r"\b(?:a|an|the|was|were|is|are|has|had|have|been|saw|seen|see|of|some|any|no|this|that|[0-9][\w.,%]*)\b",
                                  re.IGNORECASE)


def _topic_label(text: str, lo: int, s: int, e: int, hi: int) -> bool:
    """True when a change noun ends a clause of at most three words that is only a noun compound
    ("Violence reduction", "Youth crime reduction"): a heading or work area, not a change reported."""
    before = text[lo:s]
    return not text[e:hi].strip(" .;:") and 0 < len(before.split()) <= 3 and _NOT_A_NOUN_COMPOUND.search(before) is None


_WITH_BEFORE = re.compile(r"\bwith\s+(?:(?:a|an|some|significant|notable|marked|large|big|further|particular|sharp)\s+){0,2}$", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+(?:in|across|around)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|town\s+centre|ward|estate|area|district))*")


def _local_change(text: str, lo: int, s: int, e: int, hi: int, metrics: list[MetricHit], direction: str) -> Anchor | None:
    """'ASB had reduced by 18%, with significant reductions in Aberwen town centre': the same measure's change in one place."""
    lead = _WITH_BEFORE.search(text, max(lo, s - 40), s)
    place = _PLACE_AFTER.match(text, e, hi)
    earlier = [m for m in metrics if m.end <= s and not m.generic]
    if lead is None or place is None or not earlier or direction not in ("increase", "decrease", "no_change"):
        return None
    start = lead.start() + len("with ")
    return Anchor(start, place.end(), None, "other", "trend", direction, label=earlier[-1].label)


def _polar_direction(phrase: str, label: str, clause: str) -> str:
    from minutesai.engines.offline.metrics import improvement_polarity

    better = "improv" in phrase.lower() or "better" in phrase.lower()
    polarity = improvement_polarity(label, clause)
    if polarity == "higher_better":
        return "increase" if better else "decrease"
    if polarity == "lower_better":
        return "decrease" if better else "increase"
    return "unknown"


_POLAR_CUES = scan.Cues(("worse", "deteriorat", "improved", "better"))
FIGURE_WORD_CUES = scan.Cues(("worse", "deteriorat", "improved", "better", "highest", "lowest", "safest", "best", "worst",
                              "most improved", "least safe", "high$", "low$", "record$", "league", "position", "ranking",
                              "placed", "ranked", "red$", "amber$", "green$", "quartile", "£", "top of", "bottom of")
                             + tuple("0123456789") + tuple(P.NUMBER_WORDS) + tuple(P.TENS_WORDS) + tuple(P.ORDINAL_WORDS) + WORD_CUES)
"""Numbers, number words and every word trends or levels look for: a sentence with none holds no figure
unless it has a direction word."""
_LEVEL_CUES = scan.Cues(("highest", "lowest", "safest", "best", "worst", "most improved", "least safe", "high$", "low$",
                         "record$", "league", "position", "ranking", "placed", "ranked", "red$", "amber$", "green$",
                         "bottom$", "top$"))


_BARE_SUPERLATIVE = re.compile(r"\b(?:the\s+)?(?:highest|lowest|safest|worst|best(?!\s+(?:practice|value|interests?|endeavours?|use)\b))\b"
                               r"(?!\s+(?:forms?|types?|kinds?|sorts?|categor(?:y|ies)|tiers?|grades?|end)\s+of\b)"
                               r"(?!\s+(?:(?:reported|recorded|volume|single)\s+)?(?:crime\s+|offence\s+)?"
                               r"(?:types?|trends?|categor(?:y|ies)|groups?|drivers?|contributors?|proportion|share|percentage)\b)",
                               re.IGNORECASE)
"""'best practice', 'best value' (the statutory duty), 'best interests': fixed compounds, not a ranking; 'the lowest
forms of assault' grades how serious offences are, not where an area stands; 'Domestic abuse continued to be the highest
crime trend', 'ASB remains the highest reported crime type': which crime makes up most of it, not a rank."""


def levels_and_ranks(text: str, lo: int, hi: int, metrics: list[MetricHit], taken: list[Anchor]) -> list[Anchor]:
    out: list[Anchor] = []

    def add(anchor: Anchor) -> None:
        if not any(a.start < anchor.end and anchor.start < a.end for a in taken + out):
            out.append(anchor)

    low = scan.lowered_for_gates(text)
    clause = low[lo:hi] if low is not None else None

    def may(*words: str) -> bool:  # each pattern below needs one of its words in the clause
        return clause is None or any(w in clause for w in words)

    still: list[str] = []

    def steady() -> str:  # "still the lowest": no change (searched once, when a level is found)
        if not still:
            still.append("no_change" if _STILL.search(text, lo, hi) else "unknown")
        return still[0]

    for a in (league_positions(text, lo, hi) if may("top of", "bottom of") else ()):
        add(a)
    for a in (record_levels(text, lo, hi) if may("ever", "record", "history") else ()):
        add(a)
    for a in (subject_superlatives(text, lo, hi, "unknown") if metrics and may("lowest in", "highest in") else ()):
        a.direction = steady()
        add(a)
    for m in (_PEER_RANK.finditer(text, lo, hi) if may("group", "msg", "forces", "areas") else ()):
        add(Anchor(m.start(), m.end(), None, "rank", "level", steady()))
    superlative = may("safe", "highest", "lowest", "best", "worst", "improved")
    for m in (_SUPERLATIVE.finditer(text, lo, hi) if superlative else ()):
        if _AIM_TO_BE.search(text, max(lo, m.start() - 80), m.start()):
            continue  # "aimed to make Lambeth one of the safest London boroughs": a plan's ambition, not a place held
        end = _NEXT_WORD.search(text[m.end():hi])
        stop = m.end() + (end.end() if end else 0)
        add(Anchor(m.start(), stop, None, "rank", "level", steady()))
    for m in (_BARE_SUPERLATIVE.finditer(text[lo:hi]) if superlative and metrics else ()):
        s = lo + m.start()
        near = [h for h in metrics if 0 <= h.start - (lo + m.end()) <= 25]
        if near:
            add(Anchor(s, near[0].end, None, "rank", "level", steady(), metric_start=near[0].start))
    high_low = may("high", "low")
    for m in (_LEVEL_PREDICATE.finditer(text, lo, hi) if high_low else ()):
        hit = _metric_before(text, lo, m.start(), metrics, [])
        if hit and not _HEDGE.search(text, lo, hi):
            add(Anchor(hit[0], m.end(), None, "other", "level", "unknown", metric_start=hit[0]))
    for m in (_LEVEL_ADJ.finditer(text, lo, hi) if (high_low or may("record")) and may("rate") else ()):
        near = [h for h in metrics if h.start >= m.end() and h.start - m.end() <= 25]
        if near:
            head = compound_head(text, near[0], metrics)
            add(Anchor(m.start(), head.end, None, "rate" if "rate" in text[near[0].start:head.end].lower() else "other",
                       "level", "unknown", metric_start=head.start))
    for a in (levels_of(text, lo, hi, metrics, _hedge_words) if high_low and metrics and may("level") else ()):
        add(a)  # "due to low levels of recorded crime"
    pos = _POSITION.search(text, lo, hi) if metrics and may("league", "position", "ranking", "placed", "ranked") else None
    moved = pos and metrics and _MOVED.search(text, lo, hi)
    if moved and pos and not any(a.unit == "rank" for a in taken):
        nearest = min(metrics, key=lambda h: abs(h.start - pos.end()))
        add(Anchor(pos.start(), max(pos.end(), nearest.end), None, "rank", "level", "unknown", metric_start=nearest.start))
    for m in (_RAG.finditer(text, lo, hi) if may("red", "amber", "green") else ()):
        if metrics or _RAG_SUBJECT.search(text, lo, hi):
            add(Anchor(m.start(), m.end(), None, "other", "rag", "unknown", comparator=f"RAG status {m.group(1).lower()}"))
    return out
