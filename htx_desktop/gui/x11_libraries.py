"""Before Qt starts on a Linux desktop with X11: are the libraries of Qt's xcb plugin there?

Without them Qt aborts with a message that names only the first missing library (and suggests
reinstalling Qt). Here each library the plugin links to is opened by name, and the missing ones
are named by their Debian/Ubuntu packages in one line, the command to install them included.
Imports no Qt: it runs before the QApplication exists.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

from htx_desktop.messages import MESSAGES, tr

#: What Qt's xcb platform plugin (and Qt Gui under it) loads from the system, by library name,
#: with the Debian/Ubuntu package holding it. The PySide6 wheels bring the rest.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}

MESSAGES.update({
    "xcb_libraries_missing": (
        "Máy thiếu thư viện giao diện X11 mà Qt cần: {packages}. Hãy cài bằng lệnh: sudo apt install {packages}",
        "This computer lacks X11 libraries Qt needs: {packages}. Install them with: sudo apt install {packages}",
    ),
})


def uses_xcb(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """Qt will show its windows through X11: Linux, an X display, and no other platform chosen
    (on a Wayland session Qt takes Wayland first)."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if not platform.startswith("linux") or not environ.get("DISPLAY"):
        return False
    return chosen.startswith("xcb") or (not chosen and not environ.get("WAYLAND_DISPLAY"))


def _loads(name: str) -> bool:
    import ctypes  # only on an X11 desktop (3 ms before the first window elsewhere)

    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_packages(loads: Callable[[str], bool] = _loads) -> list[str]:
    """The Debian/Ubuntu packages of the xcb libraries that cannot be loaded, in the order above."""
    return [package for library, package in XCB_LIBRARIES.items() if not loads(library)]


def check_before_qt(environ: Mapping[str, str] = os.environ, loads: Callable[[str], bool] = _loads) -> str | None:
    """The one line to show when Qt's xcb plugin would fail to load, else None."""
    if not uses_xcb(environ):
        return None
    missing = missing_packages(loads)
    return tr("xcb_libraries_missing", packages=" ".join(missing)) if missing else None
