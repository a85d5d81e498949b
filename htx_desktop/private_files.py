"""Files only their owner may read: the data folder is 0700 and every file in it 0600 on Linux and
macOS. Windows has no such modes: a user's data folder (under %LOCALAPPDATA%) is readable only by
that user and administrators by default, and owner-only ACLs are not set by the program."""

from __future__ import annotations

import os
import stat
from pathlib import Path

POSIX = os.name == "posix"


def make_private(path: Path) -> None:
    """Owner-only access to a file (0600) or folder (0700) that exists."""
    if not POSIX:
        return
    try:
        mode = 0o700 if path.is_dir() else 0o600
        if stat.S_IMODE(path.stat().st_mode) != mode:
            os.chmod(path, mode)
    except FileNotFoundError:
        pass


def make_folder_private(folder: Path) -> None:
    """The folder, its sub-folders and every file in them owner-only (also those written by an
    older version of the program, or copied in)."""
    if not POSIX:
        return
    make_private(folder)
    for root, folders, files in os.walk(folder):
        for name in folders + files:
            path = Path(root, name)
            if not path.is_symlink():
                make_private(path)
