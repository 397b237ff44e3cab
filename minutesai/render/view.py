"""What a briefing shows, computed once from results and shared by every format.

Templates (Markdown, HTML) and the DOCX writer only lay out these objects; all
choices about grouping, ordering, footnote numbering and flagging live here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from minutesai.models import ErrorRecord, Evidence, MinutesSummary
from minutesai.render.formatting import (
    DIRECTION_WORDS,
    arrow,
    display_date,
    document_stem,
    format_value,
    one_line,
    parse_meeting_date,
    unit_label,
)
from minutesai.render.overview import (
    MetricGroup,
    MetricPoint,
    OwnerGroup,
    group_figures,
    track_actions,
)


@dataclass
class Note:
    """A numbered evidence footnote: the verbatim quote and where it was found."""

    number: int
    quote: str
    verified: bool
    match: str
    start: int | None
    end: int | None
    meeting: str

    @property
    def anchor(self) -> str:
        return f"ev-{self.number}"

    @property
    def ref_anchor(self) -> str:
        return f"ref-{self.number}"

    @property
    def location(self) -> str:
        if self.start is None or self.end is None:
            return ""
        return f"characters {self.start:,}–{self.end:,}"

    @property
    def status(self) -> str:
        if not self.verified:
            return "unverified: not found in the source"
        return {"exact": "verified, exact match", "normalised": "verified after normalising spacing and quotes",
                "fuzzy": "verified by close match"}.get(self.match, "verified")


@dataclass
class Row:
    """One item of a meeting (key point, decision, action, figure or sentiment aspect)."""

    note: Note
    text: str = ""
    owner: str = ""
    due: str = ""
    metric: str = ""
    value: str = ""
    unit: str = ""
    arrow: str = ""
    direction: str = ""
    period: str = ""
    area: str = ""
    comparator: str = ""
    label: str = ""

    @property
    def verified(self) -> bool:
        return self.note.verified

    @property
    def quote(self) -> str:
        return self.note.quote

    @property
    def context(self) -> str:
        """Period, area and comparator of a figure in one phrase, for overview tables."""
        parts = [self.period, self.area] + ([f"compared with {self.comparator}"] if self.comparator else [])
        return " · ".join(p for p in parts if p)


@dataclass
class Flagged:
    """An item for the appendix: set aside as unverified, or kept but flagged."""

    meeting: str
    kind: str
    description: str
    quote: str
    reason: str


@dataclass
class MeetingView:
    number: int
    headline: str
    council: str
    committee: str
    date_text: str
    date: date | None
    path: str
    draft: bool
    engine: str
    summary: str
    sentiment_label: str
    sentiment_score: float
    sentiment_rationale: str
    aspects: list[Row] = field(default_factory=list)
    key_points: list[Row] = field(default_factory=list)
    decisions: list[Row] = field(default_factory=list)
    actions: list[Row] = field(default_factory=list)
    figures: list[Row] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    grounding_rate: float | None = None
    calls: int = 0
    cost_usd: float = 0.0

    @property
    def anchor(self) -> str:
        return f"meeting-{self.number}"

    @property
    def label(self) -> str:
        """Short name for overview tables and the chart."""
        parts = [p for p in (self.council, self.committee) if p]
        name = " · ".join(parts) or self.headline
        return f"{name} ({self.date_text})" if self.date_text else name

    @property
    def short_label(self) -> str:
        """Council (or headline) and date, for lists of meetings."""
        name = self.council or self.headline
        return f"{name}, {self.date_text}" if self.date_text else name

    @property
    def score_percent(self) -> float:
        """Sentiment score mapped to 0–100 for a bar."""
        return round((self.sentiment_score + 1) * 50, 1)

    @property
    def flagged_count(self) -> int:
        return sum(1 for n in self.notes if not n.verified)


@dataclass
class Briefing:
    title: str
    generated: str
    meetings: list[MeetingView]
    errors: list[ErrorRecord]
    set_aside: list[Flagged]
    kept_unverified: list[Flagged]
    metric_groups: list[MetricGroup] = field(default_factory=list)
    owner_groups: list[OwnerGroup] = field(default_factory=list)
    chart_png: bytes | None = None

    @property
    def is_overview(self) -> bool:
        return len(self.meetings) > 1

    @property
    def engines(self) -> list[str]:
        return sorted({m.engine for m in self.meetings})

    @property
    def councils(self) -> list[str]:
        return sorted({m.council for m in self.meetings if m.council})

    @property
    def date_range(self) -> str:
        dates = sorted(m.date for m in self.meetings if m.date)
        if not dates:
            return ""
        first, last = (f"{d.day} {d.strftime('%b %Y')}" for d in (dates[0], dates[-1]))
        return first if first == last else f"{first} – {last}"

    @property
    def trend_groups(self) -> list[MetricGroup]:
        """Metrics reported at more than one meeting: the ones that show change over time."""
        return [g for g in self.metric_groups if g.meeting_count > 1]

    @property
    def single_meeting_figures(self) -> list[MetricPoint]:
        """Figures of metrics that only one meeting reported, by metric."""
        return [p for g in self.metric_groups if g.meeting_count == 1 for p in g.points]

    @property
    def figure_count(self) -> int:
        return sum(len(m.figures) for m in self.meetings)

    @property
    def action_count(self) -> int:
        return sum(len(m.actions) for m in self.meetings)

    @property
    def unverified_count(self) -> int:
        return len(self.set_aside) + len(self.kept_unverified)

    @property
    def warning_rows(self) -> list[tuple[MeetingView, str]]:
        return [(m, w) for m in self.meetings for w in m.warnings]

    @property
    def has_appendix(self) -> bool:
        return bool(self.errors or self.set_aside or self.kept_unverified or self.warning_rows)

    @property
    def notes(self) -> list[Note]:
        return [n for m in self.meetings for n in m.notes]


def build_briefing(
    results: Iterable[MinutesSummary | ErrorRecord],
    *,
    title: str | None = None,
    chart: bool = False,
) -> Briefing:
    """Turn results into a :class:`Briefing`. ``chart`` draws the sentiment chart (matplotlib)."""
    items = list(results)
    summaries = [r for r in items if isinstance(r, MinutesSummary)]
    errors = [r for r in items if isinstance(r, ErrorRecord)]
    # Stable sort: dated meetings in date order, undated ones after, in the order given.
    order = sorted(range(len(summaries)), key=lambda i: _date_key(summaries[i], i))
    counter = iter(range(1, 1_000_000))
    meetings: list[MeetingView] = []
    set_aside: list[Flagged] = []
    kept: list[Flagged] = []
    for number, index in enumerate(order, start=1):
        view = _meeting_view(summaries[index], number, counter)
        meetings.append(view)
        set_aside += [_flag_set_aside(view, u) for u in summaries[index].unverified]
        kept += _flag_kept(view)
    briefing = Briefing(
        title=title or _default_title(meetings),
        generated=datetime.now().strftime("%d %b %Y"),
        meetings=meetings,
        errors=errors,
        set_aside=set_aside,
        kept_unverified=kept,
    )
    if briefing.is_overview:
        briefing.metric_groups = group_figures(meetings)
        briefing.owner_groups = track_actions(meetings)
        if chart:
            from minutesai.render.charts import sentiment_chart_png

            briefing.chart_png = sentiment_chart_png(meetings)
    return briefing


def _date_key(summary: MinutesSummary, index: int) -> tuple:
    parsed = parse_meeting_date(summary.source.meeting_date)
    return (parsed is None, parsed or date.min, index)


def _default_title(meetings: list[MeetingView]) -> str:
    if len(meetings) == 1:
        return meetings[0].headline
    if not meetings:
        return "Briefing note"
    return f"Police and community-safety performance: {len(meetings)} meetings"


def _meeting_view(result: MinutesSummary, number: int, counter) -> MeetingView:
    src = result.source
    headline = one_line(src.item_title or src.title or document_stem(src.path) or f"Meeting {number}")
    view = MeetingView(
        number=number,
        headline=headline,
        council=one_line(src.council),
        committee=one_line(src.committee),
        date_text=display_date(src.meeting_date),
        date=parse_meeting_date(src.meeting_date),
        path=src.path or "",
        draft=src.draft,
        engine=result.engine,
        summary=result.summary.strip(),
        sentiment_label=result.police_sentiment.label,
        sentiment_score=result.police_sentiment.score,
        sentiment_rationale=one_line(result.police_sentiment.rationale),
        warnings=[one_line(w) for w in result.warnings],
        grounding_rate=result.grounding_rate,
        calls=result.usage.calls,
        cost_usd=result.usage.cost_usd,
    )

    def note(evidence: Evidence) -> Note:
        n = Note(
            number=next(counter), quote=one_line(evidence.quote), verified=evidence.verified,
            match=evidence.match, start=evidence.start, end=evidence.end, meeting=view.label,
        )
        view.notes.append(n)
        return n

    # Footnotes are numbered in reading order: sentiment, key points, figures, actions, decisions.
    view.aspects = [Row(note(a.evidence), text=one_line(a.topic), label=a.label)
                    for a in result.police_sentiment.aspects]
    view.key_points = [Row(note(k.evidence), text=one_line(k.text)) for k in result.key_points]
    view.figures = [
        Row(note(f.evidence), metric=one_line(f.metric), value=format_value(f.value), unit=unit_label(f.unit),
            arrow=arrow(f.direction), direction=DIRECTION_WORDS.get(f.direction, f.direction),
            period=one_line(f.period), area=one_line(f.area), comparator=one_line(f.comparator))
        for f in result.figures
    ]
    view.actions = [Row(note(a.evidence), owner=one_line(a.owner) or "Unassigned", text=one_line(a.action),
                        due=one_line(a.due)) for a in result.actions]
    view.decisions = [Row(note(d.evidence), text=one_line(d.text)) for d in result.decisions]
    return view


def _describe_item(kind: str, item: dict) -> str:
    if kind == "figure":
        value = item.get("value")
        shown = format_value(value) if isinstance(value, int | float) else ""
        return one_line(f"{item.get('metric', '')} {shown} {unit_label(str(item.get('unit', '')))}")
    if kind == "action":
        owner = item.get("owner") or "Unassigned"
        return one_line(f"{owner}: {item.get('action', '')}")
    if kind == "aspect":
        return one_line(f"{item.get('topic', '')} ({item.get('label', '')})")
    return one_line(str(item.get("text", "")))


def _flag_set_aside(view: MeetingView, unverified) -> Flagged:
    item = unverified.item or {}
    quote = item.get("quote")
    if quote is None and isinstance(item.get("evidence"), dict):
        quote = item["evidence"].get("quote")
    return Flagged(view.label, unverified.kind.replace("_", " "), _describe_item(unverified.kind, item),
                   one_line(quote), one_line(unverified.reason))


def _flag_kept(view: MeetingView) -> list[Flagged]:
    out = []
    for kind, rows in (("sentiment aspect", view.aspects), ("key point", view.key_points),
                       ("figure", view.figures), ("action", view.actions), ("decision", view.decisions)):
        for r in rows:
            if not r.verified:
                if kind == "figure":
                    desc = one_line(f"{r.metric} {r.value} {r.unit}")
                elif kind == "action":
                    desc = f"{r.owner}: {r.text}"
                else:
                    desc = r.text
                out.append(Flagged(view.label, kind, desc, r.quote,
                                   f"kept unverified (footnote {r.note.number})"))
    return out
