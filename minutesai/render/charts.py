"""The sentiment-by-meeting chart (matplotlib, Agg backend, imported only when drawn)."""

from __future__ import annotations

import io
import textwrap
from typing import TYPE_CHECKING

from minutesai.render.deps import require

if TYPE_CHECKING:
    from minutesai.render.view import MeetingView

LABEL_COLOURS = {
    "positive": "#2e7d32",
    "negative": "#c62828",
    "mixed": "#ef8f00",
    "neutral": "#78909c",
}


def sentiment_chart_png(meetings: list[MeetingView], *, dpi: int = 150) -> bytes:
    """Horizontal bars of police-performance sentiment (-1..1), one per meeting, in date order."""
    require("matplotlib", extra="report", purpose="the sentiment chart")
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    # Figure (not pyplot) keeps no global state, so notebooks and threads are safe.
    height = 1.1 + 0.42 * len(meetings)
    fig = Figure(figsize=(7.2, height), dpi=dpi)
    ax = fig.add_subplot()
    names = ["\n".join(textwrap.wrap(f"#{m.number} {m.short_label}", 34)[:2]) for m in meetings]
    scores = [m.sentiment_score for m in meetings]
    colours = [LABEL_COLOURS.get(m.sentiment_label, LABEL_COLOURS["neutral"]) for m in meetings]
    positions = list(range(len(meetings)))
    ax.barh(positions, scores, color=colours, height=0.62, zorder=3)
    # A dot at each score keeps a score of exactly 0 visible.
    ax.scatter(scores, positions, color=colours, s=22, zorder=4, edgecolors="white", linewidths=0.6)
    for y, (score, m) in enumerate(zip(scores, meetings, strict=True)):
        offset = 0.05 if score >= 0 else -0.05
        ax.text(score + offset, y, f"{m.sentiment_label} {score:+.2f}", va="center",
                ha="left" if score >= 0 else "right", fontsize=7.5, color="#263238", zorder=4)
    ax.set_yticks(positions, names, fontsize=7.5)
    ax.invert_yaxis()  # earliest meeting on top
    ax.set_xlim(-1.25, 1.25)
    ax.set_xticks([-1, -0.5, 0, 0.5, 1])
    ax.tick_params(axis="x", labelsize=7.5)
    ax.axvline(0, color="#455a64", linewidth=0.8, zorder=2)
    ax.grid(axis="x", color="#e0e0e0", linewidth=0.6, zorder=0)
    ax.set_xlabel("Police-performance sentiment (−1 negative … +1 positive)", fontsize=8)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    used = [lab for lab in LABEL_COLOURS if any(m.sentiment_label == lab for m in meetings)]
    fig.legend(handles=[Patch(color=LABEL_COLOURS[lab], label=lab) for lab in used], fontsize=7.5,
               loc="upper center", ncol=len(used) or 1, frameon=False)
    fig.tight_layout(rect=(0, 0, 1, 1 - 0.35 / height))
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", facecolor="white")
    return buffer.getvalue()
