"""Summarise one agenda item and print the Markdown note (offline engine: no key needed).

    python examples/summarise_one.py [PATH]
"""

import sys
from pathlib import Path

import minutesai

here = Path(__file__).parent
path = sys.argv[1] if len(sys.argv) > 1 else here / "minutes" / "enfield_sscb_performance_2023.txt"
result = minutesai.summarise(path)

print(result.to_markdown())
print("\nFirst figure:", result.figures[0].model_dump() if result.figures else None)
print("Police-performance sentiment:", result.police_sentiment.label, result.police_sentiment.rationale)
