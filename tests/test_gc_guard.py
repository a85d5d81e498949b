"""Garbage is collected on the GUI thread only, as often as Python's thresholds ask."""

import gc
import threading

from htx_desktop.gui.gc_guard import collect_on_gui_thread


class Cycle:
    def __init__(self, died_on: list[bool]) -> None:
        self.me, self.died_on = self, died_on

    def __del__(self) -> None:
        self.died_on.append(threading.current_thread() is threading.main_thread())


def test_cycles_made_and_dropped_on_a_worker_die_on_the_gui_thread(qtbot, qapp):
    collector = collect_on_gui_thread(qapp)
    assert not gc.isenabled()
    died_on: list[bool] = []

    def worker() -> None:
        for _ in range(2000):
            Cycle(died_on)
            [[] for _ in range(50)]  # allocations that would trigger automatic collection

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert died_on == []  # nothing collected on the worker
    qtbot.waitUntil(lambda: len(died_on) == 2000, timeout=10_000)
    assert all(died_on)
    assert collect_on_gui_thread(qapp) is collector
