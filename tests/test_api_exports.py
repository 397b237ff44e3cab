"""The lazily exported top-level names mean the same thing whatever was imported first."""

from __future__ import annotations

import subprocess
import sys

import pytest

ORDERS = {
    "function first": "f = minutesai.evaluate; import minutesai.evaluate as m",
    "module first": "import minutesai.evaluate as m; f = minutesai.evaluate",
}


@pytest.mark.parametrize("order", sorted(ORDERS))
def test_evaluate_is_callable_and_the_submodule_whatever_the_order(order):
    code = (
        "import minutesai, types\n"
        f"{ORDERS[order]}\n"
        "assert callable(f) and callable(minutesai.evaluate)\n"
        "assert m.evaluate.__module__.startswith('minutesai.evaluation')\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_brief_is_the_function_not_its_module():
    import types

    import minutesai

    assert isinstance(minutesai.brief, types.FunctionType)
    assert minutesai.brief.__name__ == "brief"
