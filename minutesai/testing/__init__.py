"""Test doubles shipped with the library (fake OpenAI-compatible server)."""
