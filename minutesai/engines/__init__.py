"""Engines: the offline rule engine, LLM engines and the hybrid of both."""
