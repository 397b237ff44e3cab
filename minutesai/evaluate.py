"""``minutesai.evaluate(gold_dir, engines=[...])``: see :mod:`minutesai.evaluation`."""

from __future__ import annotations

import sys
import types

from minutesai.evaluation import EvalReport, evaluate, score_document

__all__ = ["evaluate", "score_document", "EvalReport"]


class _CallableModule(types.ModuleType):
    """Importing this module binds ``minutesai.evaluate`` to the module, shadowing
    the lazily exported function; making the module callable keeps
    ``minutesai.evaluate(...)`` working either way."""

    def __call__(self, *args, **kwargs) -> EvalReport:
        return evaluate(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
