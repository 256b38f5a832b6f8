"""Making any typed text safe to store, without losing what the user meant."""

from __future__ import annotations

MAX_TEXT = 1_000_000  # characters in one field; a megabyte note still fits

# What a Japanese input method gives for numbers and clock times, as the ASCII a
# number or a time is read from: full-width digits, ．，：－＋ and the ideographic space.
_HALF_WIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)},
                             "．": ".", "，": ",", "：": ":", "－": "-", "＋": "+",
                             "\u3000": " "})


def clean(value: str | None) -> str:
    """Text SQLite and JSON can always store: NUL removed, lone surrogates
    replaced (they cannot be encoded as UTF-8), line ends normalised."""
    if not value:
        return ""
    text = value.replace("\x00", "").replace("\r\n", "\n")
    return text.encode("utf-8", "replace").decode("utf-8")


def ascii_digits(text: str) -> str:
    """Full-width digits and signs (typed with a Japanese input method) read as ordinary
    ones, so "１２：３０" is "12:30" and "１．５" is "1.5". Every other character stays
    as it is; the one place Ippo does this, for every number and time a person types."""
    return text.translate(_HALF_WIDTH)


def too_long(value: str | None, limit: int = MAX_TEXT) -> bool:
    return value is not None and len(value) > limit


def quotable(value: str) -> str:
    """Text to put inside quotation marks before a full stop: a final "." or "。" goes,
    so a sentence never reads `… answer.”.`."""
    text = value.strip()
    while text.endswith((".", "。")) and not text.endswith("..."):
        text = text[:-1].rstrip()
    return text
