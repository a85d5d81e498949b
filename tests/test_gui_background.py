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
