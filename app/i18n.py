"""Translation hook for the Qt-free core.

`app/` cannot import Qt, yet its messages, chart labels and report text must be
in the user's language. The front end installs a translate function at start;
until then the English source text is used. `pyside6-lupdate` extracts the
literal `translate("Context", "text")` calls from these modules.
"""

from __future__ import annotations

from collections.abc import Callable

_Translate = Callable[[str, str, int], str]


def _identity(context: str, text: str, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translate: _Translate = _identity
_language = "en"


def install(translate_fn: _Translate, language: str) -> None:
    """Route every core string through `translate_fn` (Qt's translator)."""
    global _translate, _language
    _translate, _language = translate_fn, language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's own signature: lupdate extracts `%n` plurals only from the 4-argument form."""
    return _translate(context, text, n)


def language() -> str:
    """The language in use, "en" or "ja"; content files are chosen by it."""
    return _language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, lupdate looks for it
    """Mark a string for extraction where it is defined; translate it later."""
    return text
