"""On a Linux desktop without the X11 libraries Qt's xcb plugin needs, the program names the
missing Debian/Ubuntu packages in one line instead of Qt's misleading abort."""

import pytest

from htx_desktop.gui import x11_libraries
from htx_desktop.gui.app import main as desktop_main
from htx_desktop.gui.x11_libraries import check_before_qt, uses_xcb

BARE_LINUX = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"}


@pytest.mark.parametrize(("environ", "platform", "expected"), [
    ({"DISPLAY": ":0"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),  # Qt takes Wayland first
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({}, "linux", False),  # no display at all
    ({"DISPLAY": ":0"}, "win32", False),
])
def test_the_check_runs_only_where_qt_would_use_x11(environ, platform, expected):
    assert uses_xcb(environ, platform) is expected


def test_missing_libraries_are_named_by_their_debian_packages_in_one_line():
    line = check_before_qt({"DISPLAY": ":0"}, loads=lambda name: name not in BARE_LINUX)
    assert line == ("Máy thiếu thư viện giao diện X11 mà Qt cần: libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1. "
                    "Hãy cài bằng lệnh: sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1")


def test_a_library_counts_as_there_when_the_system_loader_opens_it():
    assert x11_libraries._loads("libc.so.6")
    assert not x11_libraries._loads("libxcb-no-such-extension.so.9")
    assert x11_libraries.missing_packages(loads=lambda name: False) == list(x11_libraries.XCB_LIBRARIES.values())


def test_the_program_stops_with_that_line_before_qt_starts(monkeypatch, capsys):
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    real = x11_libraries.missing_packages
    monkeypatch.setattr(x11_libraries, "missing_packages", lambda _loads: real(loads=lambda name: name not in BARE_LINUX))
    assert desktop_main(["--demo"]) == 1
    assert capsys.readouterr().err == (
        "Máy thiếu thư viện giao diện X11 mà Qt cần: libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1. "
        "Hãy cài bằng lệnh: sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1\n")
