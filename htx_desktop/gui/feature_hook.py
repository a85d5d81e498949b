"""PySide6's import hook for `from __feature__ import …` (snake_case, true_property), which this
program never uses, taken off.

PySide puts the hook in front of every import. After each module is imported it reads the module's
source (`inspect.getsource`) to see whether it mentions PySide6, and `linecache` keeps every line
read: 21 MB for SQLAlchemy and this program's modules, and some 80 ms of reading at start-up (a
built program has no sources, so there it only costs the failed look-ups). The hook wraps the
import PySide keeps as `builtins.__orig_import__`; with that one back, modules are imported as
before and their sources are not read.
"""

from __future__ import annotations

import builtins
import linecache


def drop_feature_hook() -> bool:
    """Import without PySide's feature hook from now on (call it after PySide6 is imported) and
    forget the sources it has read so far (a traceback reads the lines it shows again); True if
    the hook was in place."""
    wrapped = getattr(builtins, "__orig_import__", None)
    if wrapped is None or getattr(builtins.__import__, "__name__", "") != "__feature_import__":
        return False
    builtins.__import__ = wrapped
    linecache.clearcache()
    return True
