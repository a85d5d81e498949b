"""The serif the reports are set in: Liberation Serif (SIL OFL 1.1, metric-compatible with Times New
Roman, full Vietnamese), shipped in `resources/fonts/` and embedded in every PDF."""

from __future__ import annotations

from pathlib import Path

from htx_desktop import paths

FAMILY = "LiberationSerif"
FILES = {
    FAMILY: "LiberationSerif-Regular.ttf",
    f"{FAMILY}-Bold": "LiberationSerif-Bold.ttf",
    f"{FAMILY}-Italic": "LiberationSerif-Italic.ttf",
    f"{FAMILY}-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FILES

_registered = False


def font_files() -> dict[str, Path]:
    folder = paths.resources_dir() / "fonts"
    return {name: folder / file for name, file in FILES.items()}


def register() -> None:
    """Register the four faces with reportlab once, as one family (so <b> and <i> find them)."""
    global _registered
    if _registered:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, path in font_files().items():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(FAMILY, bold, italic, name)
    _registered = True
