"""Point minutesai at a local OpenAI-compatible server (Ollama, vLLM, llama.cpp's llama-server).

    python examples/local_server.py http://localhost:11434/v1 llama3.1 [PATH]

Nothing leaves the machine. Pass context_window= to match the server's setting.
"""

import sys
from pathlib import Path

import openai

import minutesai

base_url, model = sys.argv[1], sys.argv[2]
path = sys.argv[3] if len(sys.argv) > 3 else Path(__file__).parent / "minutes" / "bromley_crime_dashboard.txt"
client = openai.OpenAI(base_url=base_url, api_key="local")
result = minutesai.summarise(path, client=client, model=model, context_window=8192)
print(result.to_markdown())
print(result.usage)
