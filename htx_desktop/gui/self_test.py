"""`htx-desktop --self-test`: what an officer's first minutes would hit, checked line by line.

The checks work in a temporary folder: the Designer forms and the English translation are loaded
from the installed resources, a fresh database is made there (running every migration), and a
sync file is written by that commune and read back by its province. Last, the installation's own
database is opened (and so upgraded, as any start does) when it exists or `--db` names it; on a
PC not set up yet there is none to check. Each check is one named function that returns what it
saw (one line) or raises; the exit code is 0 only when all pass.

To add a check, write one more function `_name(folder) -> str` and add it to `CHECKS`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from htx_desktop import paths
from htx_desktop.gui.common import translate


def _t(text: str) -> str:
    return translate("SelfTest", text)


@dataclass(frozen=True)
class Check:
    name: Callable[[], str]  # translated when printed
    run: Callable[[Path], str]


def _forms(folder: Path) -> str:
    from htx_desktop.gui.forms import form_names, load_form

    names = form_names()
    if not names:
        raise RuntimeError(_t("không có biểu mẫu nào trong {folder}").format(folder=paths.ui_dir()))
    for name in names:
        load_form(name).deleteLater()
    return ", ".join(names)


def _english(folder: Path) -> str:
    from htx_desktop.gui.language import ENGLISH, english_translator

    translator = english_translator()
    if translator is None:
        raise RuntimeError(_t("không nạp được {file}").format(
            file=paths.resources_dir() / "translations" / f"{ENGLISH}.qm"))
    english = translator.translate("MainWindow", "Tổng quan")
    if english != "Overview":
        raise RuntimeError(_t("“Tổng quan” được dịch thành “{text}”").format(text=english))
    return "Tổng quan → Overview"


def _commune_database(folder: Path) -> Path:
    """A new commune installation in `folder` (made once, shared by the checks after it)."""
    from htx_desktop.domain.enums import InstallationRole
    from htx_desktop.services.installation import initialise

    path = folder / "xa-tu-kiem-tra.sqlite3"
    if not path.exists():
        initialise(path, "06046", InstallationRole.COMMUNE)
    return path


def _database(folder: Path) -> str:
    from htx_desktop.storage.database import open_database
    from htx_desktop.storage.migrations import HEAD_REVISION

    database = open_database(_commune_database(folder))
    try:
        revision, info = database.revision(), database.installation()
    finally:
        database.dispose()
    if revision != HEAD_REVISION or info is None:
        raise RuntimeError(_t("lược đồ {found}, cần {wanted}").format(found=revision, wanted=HEAD_REVISION))
    return _t("cơ sở dữ liệu mới của {unit}, lược đồ {revision}").format(unit=info.unit_code, revision=revision)


def _sync_file(folder: Path) -> str:
    from htx_desktop.domain.enums import InstallationRole
    from htx_desktop.domain.records import CooperativeData
    from htx_desktop.security.access import SYSTEM
    from htx_desktop.services import cooperatives
    from htx_desktop.services.installation import initialise
    from htx_desktop.storage.database import open_database
    from htx_desktop.sync import keyring, service

    province_path = folder / "tinh-tu-kiem-tra.sqlite3"
    initialise(province_path, "20", InstallationRole.AGGREGATOR)
    commune, province = open_database(_commune_database(folder)), open_database(province_path)
    try:
        cards = folder / "the-khoa"
        cards.mkdir()
        keyring.trust_card_file(commune, keyring.write_card(province, cards).card, actor=SYSTEM)
        keyring.trust_card_file(province, keyring.write_card(commune, cards).card, actor=SYSTEM)
        cooperatives.create(commune, CooperativeData(name="HTX Tự kiểm tra", unit_code="06046"), actor=SYSTEM)
        outbox = folder / "gui-di"
        outbox.mkdir()
        written = service.export_file(commune, outbox, actor=SYSTEM)
        report = service.preview_file(province, written.path, actor=SYSTEM)
    finally:
        commune.dispose()
        province.dispose()
    new = report.tables.get("cooperatives", {}).get("new", 0)
    if new != 1:
        raise RuntimeError(_t("tỉnh đọc được {count} HTX mới thay vì 1").format(count=new))
    return _t("{size} byte, tỉnh đọc lại được 1 HTX mới").format(size=written.size)


def _main_window(folder: Path) -> str:
    from htx_desktop.gui.background import wait_for_background
    from htx_desktop.gui.main_window import MainWindow
    from htx_desktop.storage.database import open_database

    database = open_database(_commune_database(folder))
    try:
        window = MainWindow(database)
        wait_for_background()
        screens = window.navigation.count()
        window.deleteLater()
    finally:
        database.dispose()
    return _t("{count} màn hình").format(count=screens)


def _report(folder: Path) -> str:
    """A one-page official-form PDF in the bundled font, opened again as the preview opens it."""
    import pypdfium2

    from htx_desktop import reports

    pdf = reports.self_check(folder)
    data = pdf.read_bytes()
    if b"LiberationSerif" not in data:
        raise RuntimeError(_t("phông chữ Liberation Serif không được nhúng vào {file}").format(file=pdf.name))
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        pages = len(document)
    finally:
        document.close()
    if pages != 1:
        raise RuntimeError(_t("báo cáo thử có {count} trang thay vì 1").format(count=pages))
    return _t("{size} byte, 1 trang, phông Liberation Serif nhúng sẵn").format(size=len(data))


def _help(folder: Path) -> str:
    file = paths.help_file()
    if not file.is_file():
        raise RuntimeError(str(file))
    return file.name


def _encryption(folder: Path) -> str:
    """A database with an administrator is encrypted, and her password opens it again."""
    from htx_desktop.domain.enums import InstallationRole
    from htx_desktop.services import protection
    from htx_desktop.services.installation import initialise
    from htx_desktop.storage import sqlcipher

    path, password = folder / "ma-hoa.sqlite3", "tu-kiem-tra-" + Path(folder).name
    initialise(path, "06046", InstallationRole.COMMUNE, admin="kiemtra", password=password)
    if not sqlcipher.is_encrypted(path):
        raise RuntimeError(_t("cơ sở dữ liệu có người quản trị mà chưa được mã hoá"))
    database, _user = protection.sign_in(path, "kiemtra", password)
    try:
        with database.engine.connect() as connection:
            version = connection.exec_driver_sql("PRAGMA cipher_version").scalar()
    finally:
        database.dispose()
    return f"SQLCipher {version}"


def _installation(target: str | Path) -> str:
    from htx_desktop.services import installation, protection
    from htx_desktop.storage.database import open_database

    if protection.is_locked(target):  # its data opens only with a password; its key file is checked
        return protection.locked_summary(target)
    database = open_database(target)
    try:
        info = installation.describe(database)
    finally:
        database.dispose()
    return f"{info.unit_name} ({info.unit_code})"


CHECKS: tuple[Check, ...] = (
    Check(lambda: _t("Biểu mẫu nhập liệu"), _forms),
    Check(lambda: _t("Bản dịch tiếng Anh"), _english),
    Check(lambda: _t("Tạo cơ sở dữ liệu và nâng cấp lược đồ"), _database),
    Check(lambda: _t("Mã hoá cơ sở dữ liệu"), _encryption),
    Check(lambda: _t("Ghi và đọc lại tệp đồng bộ"), _sync_file),
    Check(lambda: _t("Báo cáo PDF theo mẫu"), _report),
    Check(lambda: _t("Cửa sổ chính"), _main_window),
    Check(lambda: _t("Hướng dẫn sử dụng"), _help),
)


def run_self_test(database: str | Path | None = None) -> int:
    """Run every check, print one line for each, and return the exit code (0: all passed).
    `database`: the installation's database to open last (None: nothing of the officer's)."""
    checks = CHECKS
    if database is not None:
        checks += (Check(lambda: _t("Cơ sở dữ liệu của máy này"), lambda _folder: _installation(database)),)
    return run_checks(checks)


def run_checks(checks: tuple[Check, ...]) -> int:
    from htx_desktop.errors import HtxError

    failed = 0
    with tempfile.TemporaryDirectory(prefix="htx-tu-kiem-tra-") as temporary:
        folder = Path(temporary)
        for check in checks:
            try:
                line, passed = check.run(folder), True
            except HtxError as error:
                line, passed = error.message, False
            except Exception as error:  # any failure is what the self-test is there to report
                line, passed = f"{type(error).__name__}: {error}", False
            failed += not passed
            status = _t("ĐẠT") if passed else _t("LỖI")
            print(f"[{status}] {check.name()}: {line}", flush=True)
    if failed:
        print(_t("{failed} trong {total} mục kiểm tra không đạt.").format(failed=failed, total=len(checks)))
    else:
        print(_t("Cả {total} mục kiểm tra đều đạt.").format(total=len(checks)))
    return 1 if failed else 0
