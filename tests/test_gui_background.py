"""Background work: whatever the work holds dies on the GUI thread, never on a worker thread (a
screen closed while its figures were being computed would otherwise be deleted off the GUI thread)."""

import gc
import threading
import time

from htx_desktop.gui.background import run_in_background, wait_for_background


class Work:
    """Stands for a closure over a screen: it records the thread it is finally released on."""

    def __init__(self, died_on: list[bool], fail: bool = False) -> None:
        self.died_on, self.fail = died_on, fail

    def __call__(self) -> int:
        time.sleep(0.05)
        if self.fail:
            raise ValueError("hỏng")
        return 42

    def __del__(self) -> None:
        self.died_on.append(threading.current_thread() is threading.main_thread())


def test_the_work_is_released_on_the_gui_thread_after_its_result_is_delivered(qtbot):
    died_on: list[bool] = []
    results: list[object] = []
    for fail in (False, True):
        run_in_background(Work(died_on, fail), results.append, lambda error: results.append(type(error)))
    assert wait_for_background()
    qtbot.waitUntil(lambda: len(results) == 2)
    gc.collect()
    qtbot.waitUntil(lambda: len(died_on) == 2)
    assert died_on == [True, True]
    assert sorted(map(str, results)) == sorted(["42", str(ValueError)])


def test_closing_the_main_window_does_not_wait_for_work_in_flight_and_drops_its_results(qtbot, db):
    from sqlalchemy.exc import OperationalError

    from htx_desktop.gui.background import WORKERS
    from htx_desktop.gui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert wait_for_background()  # the window's own figures, counted at start
    release, query_started, busy = threading.Event(), threading.Event(), threading.Barrier(WORKERS + 1)
    delivered: list[object] = []
    ran_after_close: list[str] = []
    interrupted: list[bool] = []

    def endless_query() -> object:
        with db.read() as session:
            connection = session.connection()
            connection.connection.dbapi_connection.create_function("started", 0, lambda: query_started.set() or 1)
            busy.wait(5)
            try:
                return connection.exec_driver_sql("WITH RECURSIVE n(i) AS (SELECT started() UNION ALL"
                                                  " SELECT i + 1 FROM n) SELECT count(*) FROM n").all()
            except OperationalError:
                interrupted.append(True)
                raise

    def long_job() -> str:  # a report being drawn: it never looks at the database
        busy.wait(5)
        release.wait(30)
        return "late"

    run_in_background(endless_query, delivered.append, delivered.append)
    for _ in range(WORKERS - 1):
        run_in_background(long_job, delivered.append, delivered.append)
    busy.wait(5)  # every worker is busy: what comes next waits in the queue
    assert query_started.wait(5)
    run_in_background(lambda: ran_after_close.append("queued"), delivered.append, delivered.append)
    started = time.monotonic()
    window.close()
    closing = time.monotonic() - started
    assert not window.isVisible()
    assert closing < 2  # a hang guard: the close waits a quarter of a second at most
    qtbot.waitUntil(lambda: interrupted == [True])  # the query was stopped, not waited for
    release.set()
    assert wait_for_background()
    qtbot.wait(50)
    assert delivered == [] and ran_after_close == []  # nothing reported to the closed window, queue dropped
    run_in_background(lambda: 7, delivered.append)  # later work (a new window) is reported as before
    qtbot.waitUntil(lambda: delivered == [7])
