"""Rendering results (first pass: plain Markdown)."""

from __future__ import annotations


def render_markdown(result) -> str:
    src = result.source
    lines = [f"# {src.item_title or src.title or src.path or 'Minutes'}", "", f"*Engine: {result.engine}*", ""]
    if result.summary:
        lines += [result.summary, ""]
    ps = result.police_sentiment
    lines += [f"**Police performance sentiment:** {ps.label} ({ps.score:+.2f}) — {ps.rationale}", ""]
    if result.figures:
        lines += ["## Figures", "", "| metric | value | unit | direction | period | area | quote |", "|---|---|---|---|---|---|---|"]
        for f in result.figures:
            v = "" if f.value is None else f"{f.value:g}"
            lines.append(f"| {f.metric} | {v} | {f.unit} | {f.direction} | {f.period or ''} | {f.area or ''} | {f.evidence.quote} |")
        lines.append("")
    if result.actions:
        lines += ["## Actions", ""]
        lines += [f"- **{a.owner or 'Unassigned'}**: {a.action}" + (f" (due {a.due})" if a.due else "") for a in result.actions]
        lines.append("")
    if result.decisions:
        lines += ["## Decisions", ""] + [f"- {d.text}" for d in result.decisions] + [""]
    if result.warnings:
        lines += ["## Warnings", ""] + [f"- {w}" for w in result.warnings] + [""]
    return "\n".join(lines)


def render_html(results) -> str:
    import html

    return "<pre>" + html.escape("\n\n".join(render_markdown(r) for r in results)) + "</pre>"
