"""Briefing notes in Markdown and HTML, rendered from the authored fixture (gold-derived results)."""

from __future__ import annotations

import importlib.util
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from minutesai.collection import load_results
from minutesai.errors import ConfigError
from minutesai.models import (
    Action,
    ErrorRecord,
    Evidence,
    Figure,
    MinutesSummary,
    SourceInfo,
    UnverifiedItem,
)
from minutesai.render import render_html, render_markdown
from minutesai.render.formatting import format_value, parse_meeting_date

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "fixtures" / "briefing" / "results.jsonl"


@pytest.fixture(scope="module")
def results():
    return load_results(FIXTURE)


@pytest.fixture(scope="module")
def barnet(results):
    return next(r for r in results.summaries if r.source.council == "Barnet")


def ev(quote: str, verified: bool = True) -> Evidence:
    return Evidence(quote=quote, start=0 if verified else None, end=len(quote) if verified else None,
                    verified=verified, match="exact" if verified else "none")


def meeting(council: str, date: str | None, figures=(), actions=(), **kw) -> MinutesSummary:
    return MinutesSummary(
        source=SourceInfo(council=council, meeting_date=date, item_title=f"{council} update"),
        engine="test", figures=list(figures), actions=list(actions), **kw,
    )


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.srcs: list[str] = []
        self.tables: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if "src" in a:
            self.srcs.append(a["src"])
        if tag == "table":
            self.tables.append(a.get("class", ""))


def parse(html: str) -> _Links:
    p = _Links()
    p.feed(html)
    return p


def test_fixture_is_what_the_authored_generator_writes():
    spec = importlib.util.spec_from_file_location("briefing_gold", ROOT / "fixtures/briefing/gold.py")
    gold = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gold)
    summaries = {n: gold.gold_summary(n) for n in gold.MEETINGS}
    summaries |= {n: gold.exampleton_summary(n) for n in gold.EXAMPLETON}
    errors = gold.authored_extras(summaries)
    expected = [*summaries.values(), *errors]
    lines = [json.loads(x) for x in FIXTURE.read_text(encoding="utf-8").splitlines()]
    assert lines == expected
    for line in lines[:-1]:  # every evidence offset points at its quote in the source text
        text = (ROOT / line["source"]["path"]).read_text(encoding="utf-8")
        for item in line["figures"] + line["actions"] + line["decisions"]:
            e = item["evidence"]
            assert text[e["start"]:e["end"]] == e["quote"]


def test_markdown_one_meeting_has_every_section_and_value(barnet):
    md = render_markdown(barnet)
    assert md.startswith("# Q1 and Q2 Performance Report 2019/20\n")
    for heading in ("## Summary", "## Police performance: positive (+0.50)", "## Figures", "## Actions",
                    "## Decisions", "## Evidence", "## Appendix"):
        assert f"\n{heading}\n" in md, heading
    assert "| Metric | Value | Unit | Change | Period | Area | Compared with | Quote |" in md
    for f in barnet.figures:
        row = next(line for line in md.splitlines() if line.startswith(f"| {f.metric}"))
        assert f"| {format_value(f.value)} |" in row
    assert "| ASB calls to police | 8,893 | count | ▲ increase | past 12 months | Barnet |" in md
    for a in barnet.actions:
        assert f"| {a.owner} | {a.action}" in md
    # every footnote reference has exactly one definition, numbered 1..n in reading order
    refs = set(re.findall(r"\[\^(\d+)\](?!:)", md))
    defs = re.findall(r"^\[\^(\d+)\]: ", md, flags=re.M)
    n_items = len(barnet.figures) + len(barnet.actions) + len(barnet.decisions)
    assert sorted(map(int, defs)) == list(range(1, n_items + 1))
    assert refs == set(defs)


def test_markdown_keeps_set_aside_items_out_of_the_main_text(barnet):
    md = render_markdown(barnet)
    body, appendix = md.split("\n## Appendix\n")
    assert "knife crime" not in body
    assert "| Barnet (10 Dec 2019) | figure | knife crime 12 % | knife crime rose by 12% |" in appendix
    assert "1 item set aside" in appendix  # the result's warning


def test_unverified_items_kept_are_flagged_in_every_format(results):
    bromley = next(r for r in results.summaries if r.source.council == "Bromley")
    md = render_markdown(bromley)
    line = next(x for x in md.splitlines() if "Residents feel less safe at night" in x)
    assert "**⚠ unverified**" in line
    assert "**unverified: not found in the source**" in md
    html = render_html(bromley)
    item = re.search(r"<li>Residents feel less safe at night.*?</li>", html).group(0)
    assert '<span class="flag"' in item and ">unverified</span>" in item
    # verified items carry no flag
    hate = re.search(r"<tr><td>race and hate crime.*?</tr>", html).group(0)
    assert 'class="flag"' not in hate


def test_html_one_meeting_structure_and_evidence_links(barnet):
    html = render_html(barnet)
    assert html.lstrip().startswith("<!DOCTYPE html>")
    links = parse(html)
    assert {"figures", "actions"} <= set(links.tables)
    ids = set(links.ids)
    internal = [h[1:] for h in links.hrefs if h.startswith("#")]
    assert internal and all(target in ids for target in internal)
    for f in barnet.figures:
        assert f">{format_value(f.value)}</td>" in html
    for a in barnet.actions:
        assert f"<td>{a.owner}</td>" in html.replace("&#39;", "'")
    n_items = len(barnet.figures) + len(barnet.actions) + len(barnet.decisions)
    assert [i for i in links.ids if i.startswith("ev-")] == [f"ev-{n}" for n in range(1, n_items + 1)]
    # self-contained: no external resources
    assert not [s for s in links.srcs if not s.startswith("data:")]
    assert "<link" not in html and "@import" not in html
    assert "@page" in html and "@media print" in html


def test_html_escapes_text_from_minutes():
    evil = meeting("Evil<script>alert(1)</script>", "2020-01-01",
                   figures=[Figure(metric="<img src=x onerror=alert(1)>", value=3, unit="count",
                                   evidence=ev('a "quoted" <b>bold</b> claim'))])
    html = render_html(evil)
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x" in html


def test_overview_of_many_meetings(results):
    html = render_html(results)
    links = parse(html)
    assert {"meetings", "sentiment-table", "metric-groups", "single-figures", "tracker", "set-aside",
            "kept-unverified", "errors"} <= set(links.tables)
    chart = [s for s in links.srcs if s.startswith("data:image/png;base64,")]
    assert len(chart) == 1 and len(chart[0]) > 5000
    for s in results.summaries:
        for a in s.actions:
            assert (a.owner or "Unassigned") in html.replace("&#39;", "'").replace("&amp;", "&")
        for f in s.figures:
            if f.value is not None:
                assert f">{format_value(f.value)}<sup" in html
    assert "missing_minutes.pdf" in html.split('id="appendix"')[1]
    ids = set(links.ids)
    assert all(h[1:] in ids for h in links.hrefs if h.startswith("#"))
    assert len(ids) == len(links.ids), "duplicate ids"


def test_overview_orders_by_date_groups_metrics_and_tracks_repeated_actions():
    late = meeting("Northtown", "3 March 2021",
                   figures=[Figure(metric="Burglary", value=120, unit="count", direction="decrease",
                                   evidence=ev("120 burglaries"))],
                   actions=[Action(owner="Inspector Lee", action="report knife crime figures at the next meeting",
                                   evidence=ev("report knife crime figures"))])
    early = meeting("Northtown", "2020-09-01",
                    figures=[Figure(metric="burglary.", value=150, unit="count", evidence=ev("150 burglaries"))],
                    actions=[Action(owner="the Inspector Lee", action="report the knife crime figures at next meeting",
                                    evidence=ev("knife crime figures")),
                             Action(owner="Inspector Lee", action="visit the youth club", evidence=ev("youth club"))])
    undated = meeting("Southville", None, actions=[Action(action="write to the PCC", evidence=ev("write"))])
    md = render_markdown([late, undated, early])
    numbered = re.findall(r"^### (\d+)\. (\w+) update$", md, flags=re.M)
    assert [n for n, _ in numbered] == ["1", "2", "3"]
    assert [c for _, c in numbered] == ["Northtown", "Northtown", "Southville"]
    assert md.index("1 Sep 2020") < md.index("3 Mar 2021")
    trend = md.split("### Figures by metric over time")[1].split("###")[0]
    assert re.search(r"\*\*burglary\.\*\* \| 1 Sep 2020 \| #1 Northtown \| 150\[\^\d+\]", trend)
    assert re.search(r"\|\s+\| 3 Mar 2021 \| #2 Northtown \| 120\[\^\d+\]", trend)
    tracker = md.split("### Action tracker")[1].split("\n## ")[0]
    knife = next(x for x in tracker.splitlines() if "knife crime" in x)
    assert knife.rstrip().endswith("| 2 |") and "#1 Northtown" in knife and "#2 Northtown" in knife
    youth = next(x for x in tracker.splitlines() if "youth club" in x)
    assert youth.rstrip().endswith("| 1 |")
    assert "**Unassigned** (1)" in tracker


def test_errors_only_and_empty_input_still_render():
    err = ErrorRecord(document="a.pdf", stage="ingest", error_type="InputError", reason="a.pdf: encrypted")
    md = render_markdown([err])
    assert "No meeting could be summarised." in md and "| a.pdf | ingest | InputError | a.pdf: encrypted |" in md
    assert "No meeting could be summarised." in render_html([])


def test_set_aside_item_goes_to_appendix_in_html():
    r = meeting("Westham", "2022-01-01", unverified=[UnverifiedItem(
        kind="action", reason="quote not found", item={"owner": "Chief Inspector", "action": "audit stop and search",
                                                        "quote": "invented words"})])
    html = render_html(r)
    main, appendix = html.split('id="appendix"')
    assert "audit stop and search" not in main
    assert "Chief Inspector: audit stop and search" in appendix and "invented words" in appendix


def test_user_templates_override_parts_and_whole(tmp_path, barnet):
    (tmp_path / "_meeting.md.j2").write_text("MEETING {{ m.headline }} owners={{ m.actions | map(attribute='owner')"
                                             " | join(',') }}\n", encoding="utf-8")
    md = render_markdown(barnet, templates_dir=tmp_path)
    assert "MEETING Q1 and Q2 Performance Report 2019/20 owners=Governance Officer," in md
    assert "## Appendix" in md  # the other parts are still the built-in ones
    whole = tmp_path / "mine.html.j2"
    whole.write_text("<p>{{ briefing.title }} – {{ briefing.meetings | length }}</p>", encoding="utf-8")
    assert render_html(barnet, template=whole) == "<p>Q1 and Q2 Performance Report 2019/20 – 1</p>"


def test_templates_are_sandboxed_and_errors_are_config_errors(tmp_path, barnet):
    bad = tmp_path / "bad.md.j2"
    bad.write_text("{{ briefing.__class__.__init__.__globals__ }}", encoding="utf-8")
    with pytest.raises(ConfigError, match="template"):
        render_markdown(barnet, template=bad)
    with pytest.raises(ConfigError, match="not found"):
        render_markdown(barnet, template="no_such.md.j2")
    (tmp_path / "syntax.md.j2").write_text("{% if %}", encoding="utf-8")
    with pytest.raises(ConfigError, match="line 1"):
        render_markdown(barnet, template="syntax.md.j2", templates_dir=tmp_path)


def test_sentiment_shown_with_reasons(results):
    ex = next(r for r in results.summaries if r.source.meeting_date == "2022-03-15")
    html = render_html(ex)
    assert 'class="pill pill-mixed"' in html and "+0.10" in html
    assert ex.police_sentiment.rationale in html
    for a in ex.police_sentiment.aspects:
        assert a.topic in html
    assert 'style="left: 55.0%"' in html  # score 0.1 on the -1..1 scale bar


@pytest.mark.parametrize(("value", "shown"), [(8893, "8,893"), (5.3, "5.3"), (0, "0"), (1284.5, "1,284.5"),
                                              (None, ""), (0.125, "0.125")])
def test_format_value(value, shown):
    assert format_value(value) == shown


@pytest.mark.parametrize(("text", "iso"), [
    ("Tuesday, 12th November, 2019", "2019-11-12"), ("2019-11-12", "2019-11-12"), ("30/11/2015", "2015-11-30"),
    ("March 3, 2021", "2021-03-03"), ("3 Sept 2020 7.00 pm", "2020-09-03"), ("2019/20", None), (None, None),
    ("31 February 2020", None),
])
def test_parse_meeting_date(text, iso):
    parsed = parse_meeting_date(text)
    assert (parsed.isoformat() if parsed else None) == iso
