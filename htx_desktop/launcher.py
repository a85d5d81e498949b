"""The built program's one entry on Linux and macOS: `htx-cli` is a link to `htx-desktop`, and the
name it was started by decides which runs (one executable instead of two carrying the same
Python modules; on Windows, where the GUI has no console, build.spec makes two)."""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    if Path(sys.argv[0]).name.lower().startswith("htx-cli"):
        from htx_desktop.cli.main import main as command_line

        return command_line()
    from htx_desktop.gui.app import run as desktop

    desktop()


if __name__ == "__main__":
    sys.exit(main())
