"""Reading PDFs in tests: text, raster images and embedded fonts (with pypdf)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def page_count(path: Path) -> int:
    return len(PdfReader(path).pages)


def raster_images(path: Path) -> int:
    """Image XObjects on every page, including inside form XObjects."""
    found = 0

    def walk(resources) -> None:
        nonlocal found
        xobjects = resources.get("/XObject") if resources else None
        if not xobjects:
            return
        for ref in xobjects.get_object().values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                found += 1
            elif obj.get("/Subtype") == "/Form":
                walk(obj.get("/Resources"))

    for page in PdfReader(path).pages:
        walk(page.get("/Resources"))
    return found


def embedded_fonts(path: Path) -> list[str]:
    """Names of fonts that carry their glyphs (FontFile, FontFile2 or FontFile3)."""
    names = []
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get("/Font") or {}
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            targets = [d.get_object() for d in descendants] if descendants else [font]
            for f in targets:
                desc = f.get("/FontDescriptor")
                desc = desc.get_object() if desc else {}
                if any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    names.append(str(f.get("/BaseFont")))
    return names
