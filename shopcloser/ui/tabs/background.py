"""Queries that must not freeze the window, run through :class:`Operation` by lane.

A widget asks for, say, the key list of its current filter; when the merchant changes
the filter again before the answer comes, the older job is cancelled and its answer
dropped. Operations are children of the application, not of the widget: a widget closed
mid-query must not destroy a running thread. Each deletes itself once its thread ends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from shopcloser.messages import UserError
from shopcloser.ui.worker import Job, Operation

_LIVE: set[Operation] = set()


def _ended(operation: Operation) -> None:
    _LIVE.discard(operation)
    operation.deleteLater()


def wait_for_all(ms: int = 30_000) -> None:
    """Cancel and wait for every running query (the application is quitting)."""
    for operation in list(_LIVE):
        operation.cancel()
        operation.wait(ms)


class _Delivery(QObject):
    """Carries one job's answer to its callback, unless the lane has moved on."""

    def __init__(
        self,
        owner: Background,
        lane: str,
        ticket: int,
        done: Callable[[Any], None],
        refused: Callable[[UserError], None] | None,
    ) -> None:
        super().__init__(owner)
        self.owner, self.lane, self.ticket = owner, lane, ticket
        self.done, self.refused_callback = done, refused

    def succeeded(self, result: Any) -> None:
        if self.owner.is_current(self.lane, self.ticket):
            self.owner.settle(self.lane)
            self.done(result)

    def refused(self, error: Any) -> None:
        if self.owner.is_current(self.lane, self.ticket):
            self.owner.settle(self.lane)
            if self.refused_callback is not None:
                self.refused_callback(error)

    def ended(self) -> None:
        if self.owner.is_current(self.lane, self.ticket):
            self.owner.settle(self.lane)
        self.deleteLater()


class Background(QObject):
    """Runs one job per lane at a time; a newer job in a lane replaces the older one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tickets: dict[str, int] = {}
        self._running: dict[str, Operation] = {}
        self._serial = 0
        self.crashed: Callable[[str], None] | None = None
        app = QCoreApplication.instance()
        if app is not None and not getattr(app, "_shopcloser_waits", False):
            app.aboutToQuit.connect(wait_for_all)
            app._shopcloser_waits = True  # type: ignore[attr-defined]

    def run(
        self,
        lane: str,
        job: Job,
        done: Callable[[Any], None],
        *,
        refused: Callable[[UserError], None] | None = None,
    ) -> Operation:
        previous = self._running.get(lane)
        if previous is not None:
            previous.cancel()
        self._serial += 1
        self._tickets[lane] = self._serial
        operation = Operation(job, QCoreApplication.instance())
        delivery = _Delivery(self, lane, self._serial, done, refused)
        operation.succeeded.connect(delivery.succeeded)
        operation.refused.connect(delivery.refused)
        operation.cancelled.connect(delivery.ended)
        operation.crashed.connect(self._crashed)
        operation.crashed.connect(delivery.ended)
        operation.finished.connect(delivery.ended)
        operation.finished.connect(lambda op=operation: _ended(op))
        _LIVE.add(operation)
        self._running[lane] = operation
        operation.start()
        return operation

    def is_current(self, lane: str, ticket: int) -> bool:
        return self._tickets.get(lane) == ticket

    def settle(self, lane: str) -> None:
        self._running.pop(lane, None)

    def busy(self, lane: str | None = None) -> bool:
        """Whether a job (in ``lane``, or any) has not answered yet."""
        if lane is not None:
            return lane in self._running
        return bool(self._running)

    def cancel(self, lane: str) -> None:
        operation = self._running.pop(lane, None)
        self._tickets.pop(lane, None)
        if operation is not None:
            operation.cancel()

    def _crashed(self, details: str) -> None:
        if self.crashed is not None:
            self.crashed(details)
