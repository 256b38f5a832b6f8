"""Import matplotlib for on-screen charts without building docstrings nobody reads.

When matplotlib defines each Artist subclass (lines, text, patches, axes...) it
writes a long help text for that class's `set()` method, by inspecting every
setter. That is about a tenth of a second of the first chart's import, and
Ippo never shows `help()`. Replacing the text builder before the subclasses
load keeps the signatures and behaviour; only those help texts are shorter.
"""

from __future__ import annotations

import sys


def prepare() -> None:
    """Call before the first chart is drawn; harmless if matplotlib is already loaded."""
    if "matplotlib.lines" in sys.modules:
        return  # the subclasses exist already; nothing left to save
    import matplotlib.artist as artist

    if callable(getattr(artist, "kwdoc", None)):
        artist.kwdoc = lambda _artist: ""
