"""Renders assets/icons/ippo.svg to the PNG sizes, the Windows .ico and the macOS .icns.

Run after editing the SVG: `.venv/bin/python packaging/make_icons.py`. Needs
`rsvg-convert` (Debian: librsvg2-bin); Pillow (a matplotlib dependency) writes
.ico and .icns on any platform. The outputs are committed, so builds need neither.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int, out: Path) -> None:
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size),
                    str(ICONS / "ippo.svg"), "-o", str(out)], check=True)


def main() -> None:
    for size in SIZES:
        render(size, ICONS / f"ippo-{size}.png")
    big = Image.open(ICONS / "ippo-512.png").convert("RGBA")
    # Pillow picks the frames from the largest image; small sizes are resampled
    # from 512, which reads fine for this bold, two-colour design.
    big.save(ICONS / "ippo.ico", sizes=[(s, s) for s in ICO_SIZES])
    big.save(ICONS / "ippo.icns")
    print(f"icons written to {ICONS}")


if __name__ == "__main__":
    main()
