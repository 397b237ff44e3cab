"""A model's answer: parsed, validated against the output model, and the re-ask when it is unusable.

Split from :mod:`minutesai.structured`, whose ``structured_call`` runs the loop: an
:class:`AnswerProblem` raised here becomes the text of the next re-ask.
"""

from __future__ import annotations

import json
import re
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)

_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.S)


class AnswerProblem(ValueError):
    """The answer is not valid JSON for the schema; the message is what the model is told."""


def parse_answer(raw: str | None, output_type: type[M]) -> M:
    """Parse and validate a model answer, tolerating a code fence or chatter around the JSON."""
    if raw is None or not raw.strip():
        raise AnswerProblem("the answer was empty; a JSON object is required")
    text = raw.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1)
    if not text.startswith("{") and "{" in text and "}" in text:
        text = text[text.index("{"): text.rindex("}") + 1]
    try:
        # strict=False: a raw newline or tab inside a string (small local models write them) is kept
        data = json.loads(text, strict=False)
    except json.JSONDecodeError as err:
        raise AnswerProblem(
            f"the answer is not valid JSON ({err.msg} at line {err.lineno} column {err.colno})"
        ) from None
    try:
        return output_type.model_validate(data)
    except ValidationError as err:
        raise AnswerProblem(describe_validation_error(err)) from None


def describe_validation_error(err: ValidationError, limit: int = 12) -> str:
    problems = []
    for e in err.errors()[:limit]:
        where = ".".join(str(p) for p in e["loc"]) or "(root)"
        problems.append(f"{where}: {e['msg']}")
    more = len(err.errors()) - limit
    tail = f"; and {more} more" if more > 0 else ""
    return "the JSON does not match the schema: " + "; ".join(problems) + tail


def reask_messages(raw: str | None, problem: str, shape_note: str = "") -> list[dict[str, Any]]:
    return [
        {"role": "assistant", "content": raw or ""},
        {"role": "user", "content": (
            f"That answer could not be used: {problem}. Reply again with only the corrected "
            f"JSON object, matching the schema exactly.{shape_note}"
        )},
    ]


