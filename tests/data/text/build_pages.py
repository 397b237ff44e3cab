"""Build the ModernGov-style HTML pages used by tests/test_text_*.py and examples/minutes/.

The minute text comes from examples/corpus/dev (published minutes); the page
chrome (navigation, titles, meeting dates, document links) is illustrative,
written in the layout ModernGov sites use (mgAi.aspx, ieListDocuments.aspx,
ieIssueDetails.aspx). Run from the repository root:

    python tests/data/text/build_pages.py
"""

from __future__ import annotations

import html
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV = ROOT / "examples/corpus/dev"
OUT_TESTS = ROOT / "tests/data/text"
OUT_EXAMPLES = ROOT / "examples/minutes"

NOTE = ("<!-- Illustrative ModernGov-style page built by tests/data/text/build_pages.py around "
        "published minute text; page chrome, meeting dates and document links are illustrative. -->")


def dev_text(name: str, *, complete: bool = True) -> str:
    text = (DEV / f"{name}.txt").read_text(encoding="utf-8")
    if complete:  # dev texts are cut at ~2,000 characters: end on the last full sentence
        cut = max(text.rfind(". "), text.rfind(".\n"), text.rfind(";\n"))
        text = text[: cut + 1] if cut > 0 and not text.rstrip().endswith((".", ":")) else text
    return text


def body_html(text: str) -> str:
    """Minute text → ModernGov word-para HTML: paragraphs, bullet lists, sub-headings."""
    out: list[str] = []
    bullets: list[str] = []

    def flush() -> None:
        if bullets:
            out.append("<ul>" + "".join(f"<li>{b}</li>" for b in bullets) + "</ul>")
            bullets.clear()

    for raw in text.split("\n"):
        line = raw.strip(" ")
        if not line:
            continue
        m = re.match(r"^[·•][\s\u00a0]+(.*)$", line)
        if m:
            bullets.append(html.escape(m.group(1), quote=False))
            continue
        flush()
        if line in ("Minutes:", "Decision:", "Supporting documents:", "Additional documents:"):
            out.append(f'<h3 class="mgSubItemTitleTxt">{line}</h3>')
        elif line == "\u00a0":
            out.append("<p>&nbsp;</p>")
        else:
            out.append(f"<p>{html.escape(line, quote=False).replace(chr(160), '&nbsp;')}</p>")
    flush()
    return "\n".join(out)


def chrome(title: str, council: str, content: str, *, charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="{charset}">
<title>{html.escape(title)} | {council}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="SiteSpecific/ssMgStyles.css">
<style>.mgHide {{ display: none; }} #modgov h1 {{ font-size: 1.6em; }}</style>
<script>var mgSite = {{ "search": true }}; function mgToggle(id) {{ return false; }}</script>
</head>
<body>
{NOTE}
<div id="skiplinks"><a href="#mgContent">Skip to main content</a></div>
<header class="site-header">
<a href="/"><img src="/images/logo.svg" alt="{council} logo"></a>
<nav class="primary-nav"><ul>
<li><a href="/">Home</a></li><li><a href="/council">Council and democracy</a></li>
<li><a href="mgListCommittees.aspx">Committees</a></li><li><a href="mgMemberIndex.aspx">Councillors</a></li>
<li><a href="ieDocSearch.aspx">Search documents</a></li></ul></nav>
</header>
<div id="breadcrumb"><a href="/">Home</a> &gt; <a href="mgListCommittees.aspx">Committees</a> &gt; Meetings</div>
<div id="modgov">
{content}
</div>
<footer class="site-footer"><p>&copy; {council}</p>
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy notice</a></li></ul></footer>
</body>
</html>
"""


def agenda_item_page(*, title: str, council: str, meeting: str, body: str, docs: list[str]) -> str:
    links = "".join(
        f'<li><a class="mgFileLnk" href="documents/s{57001 + i}/{html.escape(d)}.pdf">{html.escape(d)} '
        f'<span class="mgFileSize">PDF {180 + 70 * i} KB</span></a></li>'
        for i, d in enumerate(docs)
    )
    content = f"""<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda item</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">{html.escape(title)}</h2></div>
<div class="mgContent" id="mgContent">
<p class="mgLinksTxt">Meeting: <a href="ieListDocuments.aspx?CId=101&amp;MId=9001">{html.escape(meeting)}</a></p>
{body}
<h3 class="mgSubItemTitleTxt">Supporting documents:</h3>
<ul class="mgBulletList">{links}</ul>
</div>"""
    return chrome(f"Agenda item - {title}", council, content)


def meeting_page(*, heading: str, council: str, page_title: str, venue: str, contact: str,
                 items: list[tuple[str, str, str]], charset: str = "utf-8", full_text_link: str | None = None) -> str:
    rows = []
    for number, title, body in items:
        extra = ""
        if full_text_link == number:
            extra = (f'<p><a href="mgAi.aspx?ID=7{number}">view the full minutes text for item '
                     f'{number.rstrip(".")}</a></p>')
        rows.append(f"""<tr>
<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{html.escape(number)}</p></td>
<td><p class="mgAiTitleTxt"><a class="mgAiTitleLnk" href="mgAi.aspx?ID=7{html.escape(number)}">{html.escape(title)}</a>
<span class="mgFileSize">PDF 94 KB</span></p>
<div class="mgWordPara">{body}</div>{extra}
</td>
</tr>""")
    content = f"""<div class="mgHeader"><h1 class="mgMainTitleTxt">{html.escape(heading)}</h1></div>
<div class="mgContent" id="mgContent">
<p class="mgSubTitleTxt">Venue: {html.escape(venue)}</p>
<p class="mgSubTitleTxt">Contact: {html.escape(contact)}</p>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Items for this meeting">
<tr><th class="mgItemNumberCell">No.</th><th>Item</th></tr>
{''.join(rows)}
</table>
</div>"""
    return chrome(page_title, council, content, charset=charset)


def issue_page(*, issue: str, council: str, meeting: str, number: str, item_title: str, body: str) -> str:
    content = f"""<div class="mgHeader"><h1 class="mgMainTitleTxt">Issue - meetings</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">{html.escape(issue)}</h2></div>
<div class="mgContent" id="mgContent">
<h3 class="mgSubItemTitleTxt">Meeting: {html.escape(meeting)} (Item {number})</h3>
<p class="mgAiTitleTxt">{number} {html.escape(item_title)} <span class="mgFileSize">PDF 180 KB</span></p>
{body}
</div>"""
    return chrome(f"Issue - meetings - {issue}", council, content)


def nav_only_page() -> str:
    content = """<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda item</h1></div>
<div class="mgLinks"><ul><li><a href="mgCalendarMonthView.aspx">Calendar</a></li>
<li><a href="mgListCommittees.aspx">Committees</a></li><li><a href="ieDocSearch.aspx">Library</a></li></ul></div>"""
    return chrome("Agenda item", "Example Borough Council", content)


def strip_header(text: str, lines: int) -> str:
    return "\n".join(text.split("\n")[lines:])


def main() -> None:
    barnet = dev_text("barnet_q1_q2_performance_2019")
    barnet_body = strip_header(barnet, 3)  # drop "Agenda item", blank, title
    OUT_EXAMPLES.joinpath("barnet_q1_q2_performance_2019_agenda_item.html").write_text(agenda_item_page(
        title="Q1 and Q2 Performance Report 2019/20", council="London Borough of Barnet",
        meeting="14/01/2020 - Community Leadership and Libraries Committee (Item 8.)",
        body=body_html(barnet_body), docs=["Q1 Performance Report", "Q2 Performance Report"]),
        encoding="utf-8")

    hounslow = dev_text("hounslow_cpcg_stop_search_2012")
    parts = re.split(r"\n\n(?=Welcome and Apologies|Minutes of the Meeting held on 2nd|Update on the activities)", hounslow)
    items = []
    for number, part in zip(["1.", "2.", "3."], parts[1:], strict=True):
        title_line, _, rest = part.partition("\n")
        title = re.sub(r"\s*(?:pdf icon\s+)?PDF \d+ KB$", "", title_line).strip()
        items.append((number, title, '<h3 class="mgSubItemTitleTxt">Minutes:</h3>' + body_html(rest)))
    OUT_EXAMPLES.joinpath("hounslow_cpcg_meeting_2012.html").write_text(meeting_page(
        heading="Agenda and minutes", council="Hounslow Council",
        page_title="Agenda for Hounslow Community Police Consultative Group on Monday, 24th September, 2012, 7.00 pm",
        venue="Open Area, Lampton Park Conference Centre (Civic Centre), Lampton Road, Hounslow",
        contact="Frances Nwanodi by phone or by email", items=items), encoding="utf-8")

    thanet = dev_text("thanet_crime_stats_2021")
    OUT_TESTS.joinpath("thanet_agenda_item.html").write_text(agenda_item_page(
        title="Crime Stats in Thanet", council="Thanet District Council",
        meeting="22/07/2021 - Community Safety Partnership Scrutiny Panel (Item 5.)",
        body=body_html(strip_header(thanet, 3)), docs=["Kent Police presentation"]), encoding="utf-8")

    southwark = dev_text("southwark_police_commander_interview")
    lambeth = dev_text("lambeth_slp_scrutiny_2019")
    draft_items = [
        ("5.", "Apologies for absence", "<p>Apologies for absence were received from Councillor Smith.</p>"),
        ("6a", "Crime Stats in Thanet", body_html(strip_header(thanet, 3))),
        ("6b", "Police Commander Interview", body_html(strip_header(southwark, 3))),
        ("7.", "2019 Safer Lambeth Partnership Scrutiny Report", body_html(strip_header(lambeth, 3))),
    ]
    OUT_TESTS.joinpath("draft_meeting_cp1252.html").write_bytes(meeting_page(
        heading="Agenda and draft minutes", council="Example Borough Council",
        page_title="Agenda for Safer Neighbourhoods Scrutiny Sub-Committee on Tuesday, 3rd March, 2020, 7.00 pm",
        venue="Committee Room 1, Town Hall", contact="Democratic Services", items=draft_items,
        charset="windows-1252", full_text_link="7.").encode("cp1252"))

    tunbridge = dev_text("tunbridgewells_csp_plan_cabinet_2021")
    body = tunbridge.split("pdf icon PDF 180 KB", 1)[1]
    OUT_TESTS.joinpath("tunbridgewells_issue.html").write_text(issue_page(
        issue="*Community Safety Partnership 2021/22", council="Tunbridge Wells Borough Council",
        meeting="15/04/2021 - Cabinet", number="127", item_title="*Community Safety Partnership 2021/22",
        body=body_html(body)), encoding="utf-8")

    OUT_TESTS.joinpath("nav_only.html").write_text(nav_only_page(), encoding="utf-8")


if __name__ == "__main__":
    main()
