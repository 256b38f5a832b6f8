"""The service layer's own errors: what pages catch instead of database errors.

Every service function that writes is marked `@writes`: a database error inside it
(a full disk, a read-only folder, another program holding the file) leaves as
`SaveFailed`, whose `kind` is a `StoreErrorKind` and whose `user_message()` says in
kind words what happened. Nothing was written (each write is one transaction), and
the page keeps what was typed in its form. Pages never see a driver error.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from app.connection import DB_ERRORS
from app.i18n import translate
from app.storefile import StoreErrorKind, error_kind

P = ParamSpec("P")
R = TypeVar("R")


class SaveFailed(Exception):
    """A write did not happen; nothing of it was stored."""

    def __init__(self, kind: StoreErrorKind) -> None:
        super().__init__(kind.value)  # never the driver's text
        self.kind = kind

    def user_message(self) -> str:
        """What happened, and that the typing is still there, translated."""
        if self.kind == StoreErrorKind.DISK_FULL:
            return translate(
                "Store", "The disk is full, so Ippo could not save. What you typed is still here.")
        if self.kind == StoreErrorKind.READ_ONLY:
            return translate(
                "Store", "Ippo may not write to its data folder just now, so it could not save. "
                "What you typed is still here; please check that the folder is yours and "
                "not read-only.")
        if self.kind == StoreErrorKind.BUSY:
            return translate(
                "Store", "Another program is using Ippo's data just now, so it could not save. "
                "What you typed is still here; please try again in a moment.")
        return translate(
            "Store", "Ippo could not save just now. What you typed is still here; please "
            "try again.")


# What a page may catch around a call that still reaches the store without a service
# (drafts): the services' error and the driver's. Going once every write is `@writes`.
STORE_ERRORS: tuple[type[Exception], ...] = (SaveFailed, *DB_ERRORS)


def as_save_failed(error: Exception) -> SaveFailed:
    """Any error from a store call (the services' own, or a driver's) as SaveFailed."""
    return error if isinstance(error, SaveFailed) else SaveFailed(error_kind(error))


def writes(func: Callable[P, R]) -> Callable[P, R]:
    """Mark a service function that writes: a database error leaves it as SaveFailed."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except DB_ERRORS as exc:
            raise SaveFailed(error_kind(exc)) from exc

    return wrapper
