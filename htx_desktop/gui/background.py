"""Running slow work off the GUI thread: one helper, with success and failure callbacks.

`run_in_background(work, on_done, on_error)` runs `work()` on a pool of plain Python threads and
calls back on the GUI thread. Each worker thread opens its own database session (SQLite in WAL
mode lets readers run beside the writer).

Python threads rather than Qt's thread pool: a QRunnable written in Python is deleted by Qt on the
worker thread, wrapper and all, and PySide crashed now and then in long runs. Python objects that
wrap Qt objects must die on the GUI thread too: `work` is often a closure over a screen, and the
last reference to a screen closed meanwhile, dropped on a worker thread, would delete its widgets
there. So the GUI thread keeps `work` and the signal object until the result has been delivered;
the worker drops its own references before it reports; Qt deletes the signal object on the GUI
thread. (Garbage collection happens on the GUI thread only: see `gc_guard`.)

Closing never waits for background work: `stop_background` drops the queue, interrupts the
database statements under way (a write is one transaction: it rolls back, nothing half-written),
waits a quarter of a second at most (time for an interrupted statement to roll back) and
delivers no result of work started before it. The workers are daemon threads, so work still
running (a report being drawn) is abandoned when the program exits; until then it keeps what it
holds (its signal object is never reported to, so it stays in `_alive`).
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import wait as wait_for
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(str, int, int)


class _Job:
    """What a worker thread runs: the work, then one report to the GUI thread."""

    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        self.work: Callable[[], Any] | None = work
        self.signals: _Signals | None = signals
        self.epoch = _epoch

    def __call__(self) -> None:
        work, signals = self.work, self.signals
        self.work = self.signals = None
        assert work is not None and signals is not None
        try:
            result = work()
        except Exception as error:  # reported to the GUI thread, which shows it
            outcome, value = signals.failed, error
        else:
            outcome, value = signals.done, result
        del work  # never the last reference: `_alive` holds it until the GUI thread is done
        if self.epoch != _epoch:  # stopped meanwhile: the program may be closing, nobody to report to
            return
        try:
            outcome.emit(value)
        except RuntimeError:  # the program is closing and the receiver is gone: nothing to report to
            pass


WORKERS = max(2, min(4, os.cpu_count() or 2))
_queue: queue.SimpleQueue[tuple[Future[None], _Job]] = queue.SimpleQueue()
_workers: list[threading.Thread] = []
#: Bumped by `stop_background`: the results of work submitted before are dropped.
_epoch = 0
#: Work submitted and not finished, with its job (whose references a cancelled job drops here).
_running: dict[Future[None], _Job] = {}
_running_lock = threading.Lock()
#: Work under way: its signal object and its work, owned by the GUI thread until delivered.
_alive: dict[_Signals, Callable[..., Any]] = {}
#: Signal objects Qt is about to delete on the GUI thread (kept until it has).
_retiring: set[_Signals] = set()


def _retire(signals: _Signals) -> None:
    """On the GUI thread, after delivery: release the work here, and let Qt delete the signal object
    here too (the garbage collector, which may run on any thread, must not be the one to do it)."""
    _alive.pop(signals, None)
    if signals in _retiring:
        return
    _retiring.add(signals)
    signals.destroyed.connect(lambda *_: _retiring.discard(signals))
    signals.deleteLater()


def run_in_background(
    work: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
    owner: QObject | None = None,
    on_progress: Callable[[str, int, int], None] | None = None,
) -> None:
    """`owner`: the widget or model the callbacks belong to; nothing is called once it is gone.
    With `on_progress`, `work` is called as `work(report)` and `report(phase, done, total)` from
    the worker thread reaches `on_progress` on the GUI thread."""
    signals = _Signals()
    if on_progress is not None:
        signals.progress.connect(lambda phase, done, total: None if gone() else on_progress(phase, done, total))
        inner = work

        def work() -> Any:
            return inner(signals.progress.emit)

    epoch = _epoch

    def gone() -> bool:
        return epoch != _epoch or owner is not None and not shiboken6.isValid(owner)

    def finished(result: Any) -> None:
        _retire(signals)
        if not gone():
            on_done(result)

    def failed(error: Exception) -> None:
        _retire(signals)
        if gone():
            return
        if on_error is not None:
            on_error(error)
        else:
            raise error

    signals.done.connect(finished)
    signals.failed.connect(failed)
    _alive[signals] = work
    _submit(_Job(work, signals))


def _submit(job: _Job) -> None:
    future: Future[None] = Future()
    with _running_lock:
        _running[future] = job
        if len(_workers) < WORKERS:
            _workers.append(threading.Thread(target=_work_forever, name=f"htx-background-{len(_workers)}",
                                             daemon=True))
            _workers[-1].start()
    future.add_done_callback(_forget)
    _queue.put((future, job))


def _work_forever() -> None:
    while True:
        future, job = _queue.get()
        if future.set_running_or_notify_cancel():
            try:
                job()
            finally:
                future.set_result(None)
        del future, job


def _forget(future: Future[None]) -> None:
    with _running_lock:
        _running.pop(future, None)


def stop_background(interrupt: Callable[[], None] | None = None, timeout: float = 0.25) -> bool:
    """Closing: drop the work not started yet, call `interrupt` (the database's, which stops the
    statements under way), and wait at most `timeout` seconds for the rest. Nothing submitted
    before this call reports a result afterwards. True if no work is left running."""
    global _epoch
    _epoch += 1
    with _running_lock:
        pending = dict(_running)
    for future, job in pending.items():
        if future.cancel():  # never started: release what it holds here, on the GUI thread
            signals, job.work, job.signals = job.signals, None, None
            if signals is not None:
                _retire(signals)
    if interrupt is not None:
        interrupt()
    _, not_done = wait_for(pending, timeout=timeout)
    return not not_done


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """Tests and shutdown: wait until queued background work has finished."""
    with _running_lock:
        pending = set(_running)
    _, not_done = wait_for(pending, timeout=timeout_ms / 1000)
    return not not_done
