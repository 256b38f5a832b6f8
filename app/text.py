"""Making any typed text safe to store, without losing what the user meant."""

from __future__ import annotations

MAX_TEXT = 1_000_000  # characters in one field; a megabyte note still fits


def clean(value: str | None) -> str:
    """Text SQLite and JSON can always store: NUL removed, lone surrogates
    replaced (they cannot be encoded as UTF-8), line ends normalised."""
    if not value:
        return ""
    text = value.replace("\x00", "").replace("\r\n", "\n")
    return text.encode("utf-8", "replace").decode("utf-8")


def too_long(value: str | None, limit: int = MAX_TEXT) -> bool:
    return value is not None and len(value) > limit


def quotable(value: str) -> str:
    """Text to put inside quotation marks before a full stop: a final "." or "。" goes,
    so a sentence never reads `… answer.”.`."""
    text = value.strip()
    while text.endswith((".", "。")) and not text.endswith("..."):
        text = text[:-1].rstrip()
    return text
