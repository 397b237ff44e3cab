"""The briefing as a Word document (python-docx), laid out like the HTML version.

Evidence numbers are internal hyperlinks to bookmarked entries in each meeting's
evidence list, so a reader can click from an item to the quote it rests on.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Sequence
from pathlib import Path

from minutesai.errors import ConfigError
from minutesai.render.deps import require
from minutesai.render.view import Briefing, MeetingView, Note

BAND = "1F3A5F"
WARN = "9A3412"
LABEL_COLOURS = {"positive": "2E7D32", "negative": "C62828", "mixed": "B26A00", "neutral": "607D8B"}
TABLE_STYLE = "Light List Accent 1"


class _Writer:
    def __init__(self, briefing: Briefing, reference: str | Path | None) -> None:
        require("docx", extra="report", purpose="DOCX output", package="python-docx")
        from docx import Document
        from docx.shared import Mm, Pt

        if reference is not None and not Path(reference).is_file():
            raise ConfigError(f"reference document {reference} does not exist")
        self.doc = Document(str(reference)) if reference else Document()
        self.b = briefing
        self.Pt = Pt
        if reference is None:  # a user's reference document keeps its own page and fonts
            section = self.doc.sections[0]
            section.page_width, section.page_height = Mm(210), Mm(297)
            for side in ("left_margin", "right_margin"):
                setattr(section, side, Mm(18))
            section.top_margin, section.bottom_margin = Mm(16), Mm(16)
            normal = self.doc.styles["Normal"]
            normal.font.name, normal.font.size = "Calibri", Pt(10)
        self._bookmark_id = 0

    # ---- small building blocks -------------------------------------------------
    def heading(self, text: str, level: int):
        return self.doc.add_heading(text, level=level)

    def para(self, text: str = "", *, style: str | None = None, italic: bool = False, size: float | None = None,
             colour: str | None = None):
        p = self.doc.add_paragraph(style=style)
        if text:
            self.run(p, text, italic=italic, size=size, colour=colour)
        return p

    def run(self, paragraph, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None,
            colour: str | None = None, superscript: bool = False):
        from docx.shared import RGBColor

        r = paragraph.add_run(text)
        r.bold, r.italic = bold or None, italic or None
        if size:
            r.font.size = self.Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
        if superscript:
            r.font.superscript = True
        return r

    def ref(self, paragraph, note: Note, *, size: float | None = None) -> None:
        """A superscript evidence number that links to the note's bookmark."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), _bookmark_name(note))
        r = self.run(paragraph, str(note.number), superscript=True, colour="1D4ED8", size=size)
        link.append(r._r)
        paragraph._p.append(link)

    def flag(self, paragraph, verified: bool, *, size: float | None = None) -> None:
        if not verified:
            self.run(paragraph, " ⚠ UNVERIFIED", bold=True, colour=WARN, size=size)

    def bookmark(self, paragraph, name: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        self._bookmark_id += 1
        start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
        start.set(qn("w:id"), str(self._bookmark_id))
        start.set(qn("w:name"), name)
        end.set(qn("w:id"), str(self._bookmark_id))
        paragraph._p.insert(0, start)
        paragraph._p.append(end)

    def table(self, headers: list[str], widths_mm: Sequence[float] | None = None):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Mm

        t = self.doc.add_table(rows=1, cols=len(headers))
        # A reference document without this style keeps its default table look.
        with contextlib.suppress(KeyError):
            t.style = self.doc.styles[TABLE_STYLE]
        look = t._tbl.tblPr.find(qn("w:tblLook"))
        if look is None:
            look = OxmlElement("w:tblLook")
            t._tbl.tblPr.append(look)
        for flag, on in (("firstRow", "1"), ("firstColumn", "0"), ("lastRow", "0"), ("lastColumn", "0"),
                         ("noHBand", "0"), ("noVBand", "1")):
            look.set(qn(f"w:{flag}"), on)
        look.set(qn("w:val"), "0420")  # the same flags as a bitmask, which some readers use instead
        for cell, text in zip(t.rows[0].cells, headers, strict=True):
            self.run(cell.paragraphs[0], text, bold=True, size=8.5)
        header_props = t.rows[0]._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")  # repeat the header row on every printed page
        repeat.set(qn("w:val"), "true")
        header_props.append(repeat)
        if widths_mm:
            t.autofit = False
            for column, width in zip(t.columns, widths_mm, strict=True):
                column.width = Mm(width)
        t._widths = widths_mm
        return t

    def row(self, table, values: list):
        """Add a row; a value is text or a callable that fills the cell's paragraph."""
        from docx.shared import Mm

        cells = table.add_row().cells
        for i, (cell, value) in enumerate(zip(cells, values, strict=True)):
            if table._widths:
                cell.width = Mm(table._widths[i])
            p = cell.paragraphs[0]
            if callable(value):
                value(p)
            elif value:
                self.run(p, str(value), size=8.5)
        return cells

    def bullet(self, text: str, note: Note | None = None, verified: bool = True):
        p = self.para(style="List Bullet")
        self.run(p, text)
        if note is not None:
            self.ref(p, note)
        self.flag(p, verified)
        return p

    # ---- sections ----------------------------------------------------------------
    def masthead(self) -> None:
        p = self.para()
        self.run(p, "BRIEFING NOTE · POLICE AND COMMUNITY SAFETY", bold=True, size=8, colour="5B6775")
        self.heading(self.b.title, 0)
        meta = []
        if self.b.is_overview:
            meta.append(f"{len(self.b.meetings)} meetings")
            if self.b.date_range:
                meta.append(self.b.date_range)
        meta += [f"Generated {self.b.generated}", f"Engine: {', '.join(self.b.engines) or 'none'}"]
        self.para(" · ".join(meta), size=9, colour="5B6775")

    def overview(self) -> None:
        b = self.b
        self.heading("Meetings at a glance", 1)
        t = self.table(["#", "Meeting", "Council · committee", "Date", "Sentiment", "Figures", "Actions"],
                       [8, 46, 38, 22, 24, 18, 18])
        for m in b.meetings:
            name = m.headline + (" (DRAFT)" if m.draft else "")
            self.row(t, [str(m.number), name, " · ".join(p for p in (m.council, m.committee) if p), m.date_text,
                         self._label_filler(m.sentiment_label), str(len(m.figures)), str(len(m.actions))])
        self.heading("Sentiment by meeting", 1)
        if b.chart_png:
            from docx.shared import Mm

            self.doc.add_picture(io.BytesIO(b.chart_png), width=Mm(165))
            self.para("Police-performance sentiment by meeting, in date order (meetings without a date last).",
                      italic=True, size=8, colour="5B6775")
        t = self.table(["Meeting", "Sentiment", "Score", "What drove it"], [38, 20, 14, 102])
        for m in b.meetings:
            self.row(t, [f"#{m.number} {m.short_label}", self._label_filler(m.sentiment_label),
                         f"{m.sentiment_score:+.2f}", m.sentiment_rationale])
        self._figures_over_time()
        self._action_tracker()

    def _figures_over_time(self) -> None:
        b = self.b
        if not b.metric_groups:
            return
        self.heading("Figures by metric over time", 1)
        columns = ["Metric", "Date", "Meeting", "Value", "Unit", "Change", "Context"]
        widths = [40, 19, 30, 18, 14, 17, 36]
        if b.trend_groups:
            t = self.table(columns, widths)
            for g in b.trend_groups:
                for i, p in enumerate(g.points):
                    self._figure_point(t, g.metric if i == 0 else "", p)
        else:
            self.para("No metric was reported at more than one of these meetings, so there is no trend to show yet.",
                      italic=True, size=9)
        if b.single_meeting_figures:
            self.heading("Figures reported at one meeting", 2)
            t = self.table(columns, widths)
            for p in b.single_meeting_figures:
                self._figure_point(t, p.row.metric, p)

    def _figure_point(self, table, metric: str, point) -> None:
        row = point.row

        def value(p):
            self.run(p, row.value or "–", size=8.5)
            self.ref(p, row.note, size=8.5)
            self.flag(p, row.verified, size=8)

        self.row(table, [metric, point.meeting.date_text or "–", f"#{point.meeting.number} "
                         f"{point.meeting.council or point.meeting.headline}", value, row.unit, row.arrow,
                         row.context])

    def _action_tracker(self) -> None:
        if not self.b.owner_groups:
            return
        self.heading("Action tracker", 1)
        self.para("Minutes rarely record when an action is done, so every action is listed as open. One owner's "
                  "action raised again at a later meeting appears once, with every meeting that raised it.",
                  italic=True, size=8.5, colour="5B6775")
        t = self.table(["Owner", "Action", "Due", "Raised at", "Times"], [34, 68, 18, 38, 16])
        for g in self.b.owner_groups:
            for i, a in enumerate(g.actions):
                def action(p, a=a):
                    self.run(p, a.action, size=8.5)
                    for n in a.notes:
                        self.ref(p, n, size=8.5)
                    self.flag(p, a.verified, size=8)

                raised = "; ".join(f"#{m.number} {m.short_label}" for m in a.raised)
                owner = f"{g.owner} ({len(g.actions)} open)" if i == 0 else ""
                self.row(t, [owner, action, a.due, raised, str(a.times_raised)])

    def _label_filler(self, label: str):
        return lambda p: self.run(p, label.capitalize(), bold=True, size=8.5, colour=LABEL_COLOURS.get(label))

    def meeting(self, m: MeetingView) -> None:
        sub = 2 if self.b.is_overview else 1
        if self.b.is_overview:
            self.heading(f"{m.number}. {m.headline}", 2)
        meta = " · ".join(p for p in (m.council, m.committee, m.date_text) if p)
        if meta or m.draft:
            p = self.para(meta, size=9, colour="5B6775")
            if m.draft:
                self.run(p, "  DRAFT MINUTES (not yet approved)", bold=True, size=8.5, colour=WARN)
        if m.summary:
            self.para(m.summary)
        self.heading("Police performance", sub + 1)
        p = self.para()
        self.run(p, m.sentiment_label.capitalize(), bold=True, colour=LABEL_COLOURS.get(m.sentiment_label))
        self.run(p, f"  {m.sentiment_score:+.2f} on a scale from −1 to +1")
        if m.sentiment_rationale:
            self.para(m.sentiment_rationale)
        for a in m.aspects:
            self.bullet(f"{a.text}: {a.label}", a.note, a.verified)
        if m.key_points:
            self.heading("Key points", sub + 1)
            for k in m.key_points:
                self.bullet(k.text, k.note, k.verified)
        if m.figures:
            self.heading("Figures", sub + 1)
            t = self.table(["Metric", "Value", "Unit", "Change", "Period", "Area", "Compared with", "Quote"],
                           [26, 14, 14, 21, 18, 17, 20, 44])
            for f in m.figures:
                def metric(p, f=f):
                    self.run(p, f.metric, size=8.5)
                    self.flag(p, f.verified, size=8)

                def quote(p, f=f):
                    self.run(p, f"“{f.quote}”", italic=True, size=8.5)
                    self.ref(p, f.note, size=8.5)

                self.row(t, [metric, f.value or "–", f.unit, f"{f.arrow} {f.direction}".strip(), f.period, f.area,
                             f.comparator, quote])
        if m.actions:
            self.heading("Actions", sub + 1)
            t = self.table(["Owner", "Action", "Due"], [45, 105, 24])
            for a in m.actions:
                def action(p, a=a):
                    self.run(p, a.text, size=8.5)
                    self.ref(p, a.note, size=8.5)
                    self.flag(p, a.verified, size=8)

                self.row(t, [a.owner, action, a.due])
        if m.decisions:
            self.heading("Decisions", sub + 1)
            for d in m.decisions:
                self.bullet(d.text, d.note, d.verified)
        if m.notes:
            self.heading("Evidence", sub + 1)
            for n in m.notes:
                p = self.para()
                p.paragraph_format.space_after = self.Pt(2)
                self.bookmark(p, _bookmark_name(n))
                self.run(p, f"{n.number}  ", bold=True, size=8.5, colour=BAND)
                self.run(p, f"“{n.quote}”", italic=True, size=8.5)
                self.run(p, f" — {n.location + ', ' if n.location else ''}", size=8.5)
                self.run(p, n.status, size=8.5, bold=not n.verified, colour=None if n.verified else WARN)

    def appendix(self) -> None:
        b = self.b
        self.heading("Appendix", 1)
        if b.set_aside:
            self.heading("Items set aside as unverified", 2)
            self.para("An engine produced these, but they could not be verified against the minutes (see "
                      "Reason), so they are not part of the note above.", italic=True, size=8.5)
            t = self.table(["Meeting", "Kind", "Item", "Quote given", "Reason"], [34, 18, 44, 44, 34])
            for f in b.set_aside:
                self.row(t, [f.meeting, f.kind, f.description, f.quote, f.reason])
        if b.kept_unverified:
            self.heading("Items kept but unverified", 2)
            self.para("These appear above marked ⚠ UNVERIFIED: they could not be verified against the minutes.",
                      italic=True, size=8.5)
            t = self.table(["Meeting", "Kind", "Item", "Quote given"], [40, 22, 56, 56])
            for f in b.kept_unverified:
                self.row(t, [f.meeting, f.kind, f.description, f.quote])
        if b.warning_rows:
            self.heading("Warnings", 2)
            for m, w in b.warning_rows:
                self.bullet(f"{m.label}: {w}")
        if b.errors:
            self.heading("Documents that could not be summarised", 2)
            t = self.table(["Document", "Stage", "Error", "Reason"], [50, 18, 28, 78])
            for e in b.errors:
                self.row(t, [e.document, e.stage, e.error_type, e.reason])

    def write(self) -> bytes:
        self.masthead()
        if self.b.is_overview:
            self.overview()
            self.heading("Meetings", 1)
        for m in self.b.meetings:
            self.meeting(m)
        if not self.b.meetings:
            self.para("No meeting could be summarised.")
        if self.b.has_appendix:
            self.appendix()
        self.para("Every item carries a numbered link to the verbatim quote it rests on and where it was found "
                  "in the minutes. Items that could not be verified are marked ⚠ UNVERIFIED or listed in "
                  "the appendix.", italic=True, size=8, colour="5B6775")
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()


def _bookmark_name(note: Note) -> str:
    return f"ev_{note.number}"


def write_docx(briefing: Briefing, *, reference: str | Path | None = None) -> bytes:
    """The briefing as .docx bytes. ``reference`` is an optional .docx whose styles are used."""
    return _Writer(briefing, reference).write()
