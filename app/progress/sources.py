"""Finds the feature services the summary draws on, so a missing feature is simply left out.

The summary never reads another feature's tables: it calls that feature's
service functions, and only if the feature package and the function exist.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from types import ModuleType
from typing import Any

FEATURES = ("diary", "ladder", "thoughts", "plan")


@cache
def service(feature: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"app.{feature}.service")
    except ModuleNotFoundError as exc:
        # Only "the feature is not there" is tolerated; a broken import inside it is not hidden.
        if exc.name in (f"app.{feature}", f"app.{feature}.service"):
            return None
        raise


def function(feature: str, name: str) -> Callable[..., Any] | None:
    module = service(feature)
    fn = getattr(module, name, None) if module is not None else None
    return fn if callable(fn) else None


def available() -> tuple[str, ...]:
    return tuple(f for f in FEATURES if service(f) is not None)
