"""`htx-desktop`: start the GUI on the installation's database (or a demo one).

Options: --demo (a demo database in the data folder, made on first use), --db PATH_OR_URL,
--screenshot DIR (save a PNG of each main screen at 1366×768 and exit), --self-test.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn
from pathlib import Path

from htx_desktop import __version__, paths


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="htx-desktop")
    parser.add_argument("--version", action="version", version=f"htx-desktop {__version__}")
    parser.add_argument("--demo", action="store_true", help="open a demo database")
    parser.add_argument("--db", help="database file or SQLAlchemy URL")
    parser.add_argument("--screenshot", metavar="DIR", help="save a PNG of each screen and exit")
    parser.add_argument("--self-test", action="store_true", help="check the installation and exit")
    return parser.parse_args(argv)


def ensure_demo_database(target: Path) -> Path:
    """The demo database, made for Xã Tràng Định (Lạng Sơn) with commune-scale data on first use,
    and marked as demo data: `--demo` opens no other database (see `_sign_in`)."""
    if not target.exists():
        from htx_desktop.demo.generator import generate
        from htx_desktop.domain.enums import InstallationRole
        from htx_desktop.security.access import SYSTEM
        from htx_desktop.services.installation import initialise
        from htx_desktop.storage.database import open_database

        initialise(target, "06046", InstallationRole.COMMUNE, demo=True)
        database = open_database(target)
        try:
            generate(database, "commune", actor=SYSTEM)
        finally:
            database.dispose()
    return target


def main(argv: Sequence[str] | None = None) -> int:
    from htx_desktop import applog

    log_file = applog.setup_logging(rotating=False)  # first: a program built without a console has no sys.stderr
    args = _parse(sys.argv[1:] if argv is None else argv)
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if (args.screenshot or args.self_test) and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed to check or draw
    if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "xcb")  # the built program ships no Wayland plug-in
    from htx_desktop import messages, settings
    from htx_desktop.gui.x11_libraries import check_before_qt

    language = settings.load().language
    messages.set_language(language)
    if (missing := check_before_qt()) is not None:  # Qt's own message would blame the wrong package
        print(missing, file=sys.stderr)
        logging.getLogger("htx").error(missing)
        return 1
    from PySide6.QtWidgets import QApplication

    from htx_desktop.gui.feature_hook import drop_feature_hook

    drop_feature_hook()  # before the database layer is imported: see feature_hook
    from htx_desktop.gui.crash import install_exception_hooks

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("HTX Desktop")
    from htx_desktop.gui.gc_guard import collect_on_gui_thread

    collect_on_gui_thread(app)  # never on a worker thread: see gc_guard
    # A worker counting figures in Python holds the interpreter up to 5 ms each time the GUI thread
    # asks for it back: at 1 ms, a screen the officer opens while the Overview's figures are being
    # computed is built and painted in about half the time (measured at province scale).
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(paths.icon_file())))
    install_exception_hooks(log_file)
    from htx_desktop.gui.language import apply_language

    apply_language(app, language)
    target: str | Path = args.db or paths.default_database()
    if args.self_test:  # checks in a temporary folder, then the installation's database if there is one
        from htx_desktop.gui.self_test import run_self_test

        return run_self_test(target if args.db or not _needs_setup(target) else None)
    login = None
    if args.demo:
        target = ensure_demo_database(Path(args.db) if args.db else paths.demo_database())
    elif not args.screenshot and _needs_setup(target):
        from htx_desktop.gui.setup_wizard import SetupWizard

        wizard = SetupWizard(Path(target))
        if wizard.exec() != SetupWizard.DialogCode.Accepted or wizard.info is None:
            return 1
    elif not args.screenshot:  # the log-in window first; the database opens while the officer types
        from htx_desktop.gui.login_dialog import LoginDialog

        login = LoginDialog(None, None)
        login.show()
        app.processEvents()
        _import_while_typing(app, AFTER_LOG_IN, then=_configure_models)
        if login.quitting:  # she left while the program was loading: don't ask her again
            return 1
    applog.start_rotating()  # after the first window (its module was imported while she typed)
    from htx_desktop.errors import HtxError
    from htx_desktop.storage.database import open_database

    try:
        from htx_desktop.services import protection

        if protection.is_locked(target) and not args.demo:  # encrypted: the log-in opens it
            database, session = _log_in_locked(Path(target), login)
        else:
            database = open_database(target)
            session = _sign_in(database, demo=args.demo, unattended=bool(args.screenshot), login=login)
    except HtxError as error:
        from PySide6.QtWidgets import QMessageBox

        if login is not None:
            login.close()
        QMessageBox.critical(None, "HTX Desktop", error.message)
        return 1
    if session is None:
        return 1
    if not args.screenshot:
        _offer_recovery_code(database, session)
    from htx_desktop.gui.main_window import MainWindow

    gc.freeze()  # the modules, classes and mappers loaded so far live as long as the program: never traverse them again
    window = MainWindow(database, session)
    if args.screenshot:
        from htx_desktop.gui.background import wait_for_background
        from htx_desktop.gui.screenshots import save_screenshots

        save_screenshots(window, Path(args.screenshot))
        wait_for_background()
        window.hide()
        return 0
    window.show_placed()
    from htx_desktop.gui.idle_lock import install_idle_lock
    from htx_desktop.gui.settings.backups import start_daily_backups

    start_daily_backups(window, database, first_in_ms=FIRST_BACKUP_AFTER_MS)
    idle_lock = install_idle_lock(database, session)  # noqa: F841  (kept alive while the program runs)
    try:
        return app.exec()
    finally:
        from htx_desktop.gui.background import stop_background

        stop_background(database.interrupt, timeout=0)  # the window's close has waited already, if at all


#: What the log-in and the first screens need (the database layer and its models, SQLCipher and the
#: password's key derivation, the main window, its help menu, the Overview, the People list and the
#: status bar's last export): imported while the officer types her password.
AFTER_LOG_IN = (
    "logging.handlers",
    "sqlcipher3.dbapi2",
    "cryptography.hazmat.backends.openssl",
    "htx_desktop.services.protection",
    "htx_desktop.services.installation",
    "htx_desktop.gui.main_window",
    "htx_desktop.gui.help.about",
    "htx_desktop.gui.help.guide",
    "htx_desktop.gui.recovery_code",
    "htx_desktop.gui.overview_page",
    "htx_desktop.gui.screens",
    "htx_desktop.gui.person_dialog",
    "htx_desktop.gui.idle_lock",
    "htx_desktop.gui.settings.backups",
    "htx_desktop.sync.service",
)

GUI_SWITCH_INTERVAL = 0.001  # seconds; Python's default is 0.005

#: The day's backup copies the whole database: not while the officer waits for her first screen.
FIRST_BACKUP_AFTER_MS = 60_000


def _configure_models() -> None:
    """SQLAlchemy works out every model's columns and relationships before its first query (some
    50 ms after the officer's Enter): done while she types instead."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


def _import_while_typing(app, modules: Sequence[str], then: Callable[[], None] | None = None) -> None:  # type: ignore[no-untyped-def]
    """Import `modules`, then run `then`, on a worker thread while the log-in window answers every
    key (imported on this thread, they held it for half a second and more). An import that fails
    there fails again, with its message, where the module is used."""
    import importlib
    import threading

    done = threading.Event()

    def load() -> None:
        try:
            for name in modules:
                importlib.import_module(name)
            if then is not None:
                then()
        except Exception:  # noqa: BLE001  (raised again where the module is imported for use)
            pass
        finally:
            done.set()

    threading.Thread(target=load, name="imports", daemon=True).start()
    while not done.wait(0.01):
        app.processEvents()


def _needs_setup(target: str | Path) -> bool:
    """A plain path that does not exist yet: the first run on this PC."""
    return "://" not in str(target) and not Path(target).exists()


def _offer_recovery_code(database, session) -> None:  # type: ignore[no-untyped-def]
    """A database encrypted on upgrade has no recovery code yet: its first administrator to sign
    in gets one, shown once."""
    from htx_desktop.gui.recovery_code import RecoveryCodeDialog
    from htx_desktop.services import protection

    if session.is_admin and not protection.has_recovery_code(database):
        RecoveryCodeDialog(protection.new_recovery_code(database, session)).exec()


def _log_in_locked(target: Path, login=None):  # type: ignore[no-untyped-def]
    """The database and session of an encrypted database, opened by the officer's log-in
    (`login`, when already shown; None for both when she quits). The key stays in this process's
    memory until it ends, the idle lock included: the lock asks for the password again over a
    database still open."""
    from htx_desktop.gui.login_dialog import LoginDialog

    dialog = login.unlock(target) if login is not None else LoginDialog(None, None, target=target)
    if dialog.session is not None:  # the officer pressed Enter before the database was found encrypted
        return dialog.database, dialog.session
    if dialog.exec() != dialog.DialogCode.Accepted:
        if dialog.database is not None:
            dialog.database.dispose()
        return None, None
    return dialog.database, dialog.session


def _sign_in(database, demo: bool, unattended: bool, login=None):  # type: ignore[no-untyped-def]
    """The signed-in session, or None when the officer quits.

    `login`: the log-in window already shown, before the database was open.

    `--demo` opens only a database the program made as demo data, which has no users, as its
    administrator (anything else raises HtxError). Unattended runs (screenshots) of a
    real database get a viewer, who never sees national IDs or priority groups. A database set up
    without users first gets its administrator; any other asks for a log-in.
    """
    from htx_desktop.gui.common import Session
    from htx_desktop.services import installation, users

    if demo:
        info = installation.require_demo(database)
        return Session("demo", "admin", info.unit_code, info.unit_name, demo=True)
    info = installation.describe(database)
    if unattended:
        return Session("", "viewer", info.unit_code, info.unit_name)
    if not users.any_user(database):  # set up from the command line without --admin
        from htx_desktop.gui.first_admin_dialog import FirstAdminDialog

        if login is not None:
            login.close()
        dialog = FirstAdminDialog(database, info)
    elif login is not None:
        dialog = login.attach(database, info)
    else:
        from htx_desktop.gui.login_dialog import LoginDialog

        dialog = LoginDialog(database, info)
    logged_in = dialog.session is not None  # the officer pressed Enter while the database was opening
    return dialog.session if logged_in or dialog.exec() == dialog.DialogCode.Accepted else None

def run() -> NoReturn:
    """The `htx-desktop` command: `main`, then leave at once. By then every write is committed (each
    is one transaction) and the log is flushed here; what remains is freeing memory and abandoned
    background work, which Python and Qt would take down one object at a time (a second on a
    province's lists)."""
    code = main()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:  # a program built without a console has none
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
