"""The page contract: what the main window, Today, Settings and the lock may ask of a page.

Every page in the side bar implements all of it (a no-op where nothing applies), so
the shell calls it directly instead of probing for methods by name. Today's cards and Settings'
sections are `ui.widgets.card.Card`s, whose base class gives them `refresh()` and
`focus_start()`.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget


@runtime_checkable
class Page(Protocol):
    """A page of the main window (a QWidget that also has these methods)."""

    def refresh(self) -> None:
        """Show the data as it is now (the page was shown, or data changed)."""

    def flush(self) -> None:
        """Save what is being typed, or at least keep it as a draft: the page is left,
        the window closes, or the lock closes the store."""

    def open_item(self, arg: object) -> None:
        """Show one thing on the page (a day, a record, a section); unknown args are ignored."""

    def holds_unsaved_text(self) -> bool:
        """True while typing could be neither saved nor kept as a draft (a full disk)."""

    def focus_start(self) -> QWidget | None:
        """Where the keyboard lands when the page is opened with Ctrl+1…7, or None for
        the first field Tab would reach."""


@runtime_checkable
class PageHost(Protocol):
    """What the main window lets code below it do with its pages, without importing
    it (the window imports the pages): a restore drops them and shows one again."""

    def current_key(self) -> str:
        """The key of the page on show."""

    def drop_pages(self) -> None:
        """Keep what every page holds, then destroy the pages and their dialogs."""

    def show_page(self, key: str, arg: object = None) -> QWidget:
        """Show (building it if need be) the page for `key`."""


def as_widget(page: Page) -> QWidget:
    """The page as the widget it also is (the contract cannot say both in a type)."""
    if not isinstance(page, QWidget):
        raise TypeError(f"{type(page).__name__} is not a QWidget")
    return page
