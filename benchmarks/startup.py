"""Start-up, interactive, peak memory and closing of the program, each beside a floor of the same run.

`python -m benchmarks.startup --db D [--runs 5]` (D: a province, see benchmarks/README.md; never
written: a copy with one data-entry user is made in a temporary folder). Each run is a whole process:

- first window: from the process start to the first window painted (the log-in window), against
  a bare PySide6 window (QApplication, one 1366×768 widget shown), also to its first paint (the
  program's was taken when it was shown, before painting, and the bare window's after);
- interactive: to the People list's first page shown, the officer's typing excluded, the password
  check included, against the stack floor: a Qt window, SQLAlchemy's connect (SQLCipher, with the
  key) and one indexed query of the first 100 people shown in it. The driver presses Enter
  `--typing-seconds` after the log-in window shows (2 s: a user name and a password of 8 or more
  characters take an officer longer) and that time is taken off: what remains is what the officer
  waits for, before she can type and after she pressed Enter. Work the program does while she types
  is not counted; work that delays her Enter is (the timer fires late when the window is busy).
  The same with Enter at once (no typing time at all) is reported beside it;
- peak memory: the program's own ru_maxrss after it has also shown every screen, waited for its
  background work and scrolled the People list to its end; against the bare window's;
- closing: from the close request to the process's exit, with two background jobs in flight (a
  SQLite query of some ten seconds and a 20-second job that never looks at the database).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.common import Child, Figure, child, environment, in_turns, main, python, sqlite_file

USER, PASSWORD = "benchmark", "benchmark-password-1"
FIRST, INTERACTIVE, CLOSING = "first-window", "interactive", "closing"

BARE = """
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class Watch(QObject):  # as the program's: the window counts as shown when it first paints
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType() and watched.isWindow():
            print("first-window", flush=True)
            app.removeEventFilter(self)
        return False


app = QApplication([]); watch = Watch(); app.installEventFilter(watch)
window = QWidget(); window.resize(1366, 768); window.show(); app.processEvents()
"""

# The database has a user, so it is encrypted: the floor opens it with SQLCipher and its raw key
# (what the program holds once the log-in has unwrapped it; the password's scrypt is the program's).
STACK = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([]); window = QLabel(); window.resize(1366, 768); window.show(); app.processEvents()
from sqlalchemy import create_engine
import sqlcipher3.dbapi2 as sqlcipher

def connect():
    connection = sqlcipher.connect(sys.argv[1])
    connection.execute("PRAGMA key = \\"x'" + sys.argv[2] + "'\\"")
    return connection

with create_engine("sqlite://", module=sqlcipher, creator=connect).connect() as connection:
    rows = connection.exec_driver_sql("SELECT id, full_name, birth_year, sex, ethnicity, unit_code, phone"
                                      " FROM people WHERE deleted = 0 ORDER BY name_key, id LIMIT 100").all()
window.setText("\\n".join(str(row) for row in rows)); app.processEvents()
print("interactive", flush=True)
"""

# The program as an officer starts it, watched from inside its own process by an event filter.
PROGRAM = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTableView

app = QApplication(sys.argv[:1])
USER, PASSWORD, TYPING_MS, LOOKING_MS = sys.argv[2], sys.argv[3], round(float(sys.argv[4]) * 1000), \
    round(float(sys.argv[5]) * 1000)
state = {"first": False, "typing": False, "main": None, "painted": False}


def enter(dialog):
    dialog.username.setText(USER)
    dialog.password.setText(PASSWORD)
    dialog.try_login()


def mark(name):
    print(name, flush=True)


def wait(condition, seconds=120):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.002)


def people_shown():
    window = state["main"]
    titles = window.screen_titles()
    window.show_screen(titles.index(next(t for t in titles if t in ("Người", "People"))))
    table = window.pages.currentWidget().findChild(QTableView)
    wait(lambda: table.model().rowCount() > 0)
    app.processEvents()
    mark("interactive")
    from htx_desktop.gui.background import run_in_background, wait_for_background
    for row in range(len(window.screen_titles())):
        window.show_screen(row)
        app.processEvents()
    window.show_screen(titles.index(next(t for t in titles if t in ("Người", "People"))))
    wait(lambda: wait_for_background(10), 600)
    table.scrollToBottom()
    app.processEvents()
    database = window.database

    def long_query():
        with database.read() as session:
            return session.connection().exec_driver_sql(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000)"
                " SELECT count(*) FROM n").all()

    run_in_background(long_query, print)
    run_in_background(lambda: time.sleep(20), print)
    time.sleep(0.2)  # both under way
    mark("closing")
    window.close()


class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType() and watched.isWindow() and not state["first"]:
            state["first"] = True  # painted, as the bare window's figure is
            mark("first-window")
        if event.type() == QEvent.Type.Show and watched.isWidgetType() and watched.isWindow():
            kind = type(watched).__name__
            if kind == "LoginDialog" and not state["typing"]:
                state["typing"] = True  # Enter pressed after TYPING seconds, or later if the window is busy
                QTimer.singleShot(TYPING_MS, lambda: enter(watched))
            elif kind == "MainWindow" and state["main"] is None:
                state["main"] = watched
                if not LOOKING_MS:
                    QTimer.singleShot(0, people_shown)
        elif event.type() == QEvent.Type.Paint and state["main"] is not None and LOOKING_MS and not state["painted"]:
            if watched is state["main"].pages.currentWidget():  # her first screen is on the screen
                state["painted"] = True
                QTimer.singleShot(LOOKING_MS, people_shown)
        return False


watch = Watch()
app.installEventFilter(watch)
from htx_desktop.gui.app import run
sys.argv[1:] = ["--db", sys.argv[1]]
run()
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--startup-runs", type=int, help="runs of the program (default: --runs)")
    parser.add_argument("--typing-seconds", type=float, default=2.0,
                        help="the officer's typing at the log-in, taken off the interactive figure (default 2)")
    parser.add_argument("--looking-seconds", type=float, default=1.0,
                        help="the officer's look at her first screen before she picks People, taken off the "
                             "interactive figure (default 1)")


def _with_user(source: Path, folder: Path) -> tuple[Path, bytes]:
    """A copy of `source` with one data-entry user to log in as, and its data key (the copy is
    encrypted, as every database with users is)."""
    from htx_desktop.domain.enums import UserRole
    from htx_desktop.security.access import SYSTEM
    from htx_desktop.services import users
    from htx_desktop.storage.database import open_database

    target = folder / "program.sqlite3"
    shutil.copyfile(source, target)
    database = open_database(target)
    try:
        users.create(database, USER, PASSWORD, UserRole.DATA_ENTRY, actor=SYSTEM)
        key = database.data_key
    finally:
        database.dispose()
    assert key is not None
    return target, key


def _bytecode_as_installed() -> None:
    """Compile the program's modules, as pip and PyInstaller do when they install it. Under
    PYTHONDONTWRITEBYTECODE (set in CI and in these checkouts) each process would otherwise compile
    every module of ours from source, which no installed program does, while the floors' libraries
    (PySide6, SQLAlchemy) come compiled from their wheels: 20 ms of the first window alone."""
    import compileall

    import htx_desktop

    compileall.compile_dir(Path(htx_desktop.__file__).parent, quiet=2)


def run(args: argparse.Namespace) -> list[Figure]:
    if args.db is None:
        print("startup: no --db given, nothing measured", file=sys.stderr)
        return []
    if sqlite_file(args.db) is None:
        return []
    runs = args.startup_runs or args.runs
    _bytecode_as_installed()
    with tempfile.TemporaryDirectory() as folder:
        database, key = _with_user(args.db, Path(folder))
        env = environment(HTX_HOME=str(Path(folder) / "home"))
        program: list[Child] = []
        bare: list[Child] = []

        def measure_bare() -> float:
            bare.append(child(python(BARE), env, markers=(FIRST,)))
            return bare[-1].marks[FIRST]

        def measure_stack() -> float:
            return child(python(STACK) + [str(database), key.hex()], env, markers=(INTERACTIVE,)).marks[INTERACTIVE]

        def measure_program() -> float:
            program.append(child(python(PROGRAM) + [str(database), USER, PASSWORD, str(args.typing_seconds),
                                                    str(args.looking_seconds)],
                                 env, markers=(FIRST, INTERACTIVE, CLOSING)))
            return program[-1].marks[FIRST]

        def measure_at_once() -> float:
            return child(python(PROGRAM) + [str(database), USER, PASSWORD, "0", "0"], env,
                         markers=(FIRST, INTERACTIVE, CLOSING)).marks[INTERACTIVE]

        bare_first, stack, program_first, at_once = in_turns(runs, measure_bare, measure_stack, measure_program,
                                                             measure_at_once)
    median = statistics.median
    return [
        Figure("first window (log-in)", program_first, "s", bare_first, "bare PySide6 window", 1.5),
        Figure("interactive: first People page", median([c.marks[INTERACTIVE] for c in program])
               - args.typing_seconds - args.looking_seconds, "s", stack, "Qt window + connect + indexed query", 1.3),
        Figure("interactive, at once (no typing, no looking)", at_once, "s", stack,
               "Qt window + connect + indexed query"),
        Figure("peak memory, every screen shown", max(c.peak_mb for c in program), "MB",
               median([c.peak_mb for c in bare]), "bare PySide6 window", limit=300),
        Figure("closing with work in flight", median([c.seconds - c.marks[CLOSING] for c in program]), "s", limit=0.5),
    ]


if __name__ == "__main__":
    raise SystemExit(main(run, add_arguments))
