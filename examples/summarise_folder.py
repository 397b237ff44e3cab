"""Summarise every minutes file in a folder, then write an HTML briefing of all of them.

    python examples/summarise_folder.py [FOLDER] [OUT.html]

Uses an LLM when OPENAI_API_KEY / OPENAI_BASE_URL is set, else the offline engine.
"""

import sys
from pathlib import Path

import minutesai

here = Path(__file__).parent
folder = Path(sys.argv[1]) if len(sys.argv) > 1 else here / "minutes"
out = sys.argv[2] if len(sys.argv) > 2 else "briefing.html"

paths = sorted(p for p in folder.iterdir() if p.suffix.lower() in {".txt", ".html", ".htm", ".pdf"})
results = minutesai.summarise_many(paths, concurrency=8)
for r in results.errors:
    print(f"failed: {r.document}: {r.reason}", file=sys.stderr)
minutesai.brief(results, out=out)
print(f"wrote {out} ({len(results.summaries)} meetings)")
