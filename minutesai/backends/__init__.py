"""Backends: OpenAI-compatible HTTP, llama.cpp in-process, replay of recorded fixtures."""
