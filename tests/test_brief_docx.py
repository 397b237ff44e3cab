"""Briefing notes as DOCX: open with python-docx and check tables, values, links and flags."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from minutesai.collection import load_results
from minutesai.render import render_docx
from minutesai.render.formatting import format_value

docx = pytest.importorskip("docx", reason="python-docx (the report extra) is not installed")

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "fixtures" / "briefing" / "results.jsonl"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def results():
    return load_results(FIXTURE)


def open_docx(data: bytes):
    assert data[:2] == b"PK"
    return docx.Document(io.BytesIO(data))


def table_texts(document) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]


def all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for t in document.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def test_one_meeting_docx_has_figures_and_actions_tables(results):
    barnet = next(r for r in results.summaries if r.source.council == "Barnet")
    document = open_docx(render_docx(barnet))
    tables = table_texts(document)
    headers = [t[0] for t in tables]
    assert ["Metric", "Value", "Unit", "Change", "Period", "Area", "Compared with", "Quote"] in headers
    assert ["Owner", "Action", "Due"] in headers
    figures = tables[headers.index(["Metric", "Value", "Unit", "Change", "Period", "Area", "Compared with", "Quote"])]
    assert len(figures) == 1 + len(barnet.figures)
    for row, f in zip(figures[1:], barnet.figures, strict=True):
        assert row[0] == f.metric and row[1] == format_value(f.value)
        assert row[7].startswith(f"“{f.evidence.quote}”")
    actions = tables[headers.index(["Owner", "Action", "Due"])]
    assert [r[0] for r in actions[1:]] == [a.owner for a in barnet.actions]
    assert document.paragraphs[1].style.name == "Title"
    assert document.paragraphs[1].text == "Q1 and Q2 Performance Report 2019/20"
    # set-aside item only in the appendix table
    appendix = [t for t in tables if t[0] == ["Meeting", "Kind", "Item", "Quote given", "Reason"]]
    assert appendix and appendix[0][1][2] == "knife crime 12 %"


def test_evidence_numbers_link_to_bookmarks(results):
    barnet = next(r for r in results.summaries if r.source.council == "Barnet")
    document = open_docx(render_docx(barnet))
    body = document.element.body
    anchors = [h.get(f"{W}anchor") for h in body.iter(f"{W}hyperlink")]
    bookmarks = {b.get(f"{W}name") for b in body.iter(f"{W}bookmarkStart")}
    n_items = len(barnet.figures) + len(barnet.actions) + len(barnet.decisions)
    assert len(anchors) == n_items
    assert set(anchors) == bookmarks == {f"ev_{i}" for i in range(1, n_items + 1)}


def test_overview_docx_has_chart_tracker_and_appendix(results):
    document = open_docx(render_docx(results))
    assert len(document.inline_shapes) == 1  # the sentiment chart
    headers = [t[0] for t in table_texts(document)]
    assert ["Owner", "Action", "Due", "Raised at", "Times"] in headers
    assert ["Document", "Stage", "Error", "Reason"] in headers
    text = all_text(document)
    for s in results.summaries:
        for a in s.actions:
            assert (a.owner or "Unassigned") in text
        for f in s.figures:
            if f.value is not None:
                assert format_value(f.value) in text
    tracker = table_texts(document)[headers.index(["Owner", "Action", "Due", "Raised at", "Times"])]
    repeated = [r for r in tracker[1:] if r[4] == "2"]
    assert len(repeated) == 1 and "town centre team officer numbers" in repeated[0][1]
    assert "⚠ UNVERIFIED" in text  # the kept-but-unverified key point is flagged
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    for h in ("Meetings at a glance", "Sentiment by meeting", "Figures by metric over time", "Action tracker",
              "Appendix", "Documents that could not be summarised"):
        assert h in headings


def test_reference_docx_supplies_styles(tmp_path, results):
    reference = docx.Document()
    reference.styles["Normal"].font.name = "Georgia"
    path = tmp_path / "house-style.docx"
    reference.save(path)
    document = open_docx(render_docx(results.summaries[0], template=path))
    assert document.styles["Normal"].font.name == "Georgia"
    assert document.tables


def test_missing_reference_docx_is_a_config_error(tmp_path, results):
    from minutesai.errors import ConfigError

    with pytest.raises(ConfigError, match="does not exist"):
        render_docx(results.summaries[0], template=tmp_path / "nope.docx")
