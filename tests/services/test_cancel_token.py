"""Cancel against the work's last check: whichever comes first decides, and what the
window or the command line then says must be what happens."""

from __future__ import annotations

import pytest

from shopcloser.messages import Cancelled
from shopcloser.services.progress import CancelToken


def test_cancel_before_the_last_check_stops_the_work() -> None:
    token = CancelToken()
    assert token.cancel() is True  # "Cancelling… nothing will be changed."
    with pytest.raises(Cancelled):
        token.check()
    with pytest.raises(Cancelled):
        token.last_check()
    assert not token.saving


def test_cancel_after_the_last_check_is_too_late_and_stops_nothing() -> None:
    token = CancelToken()
    token.last_check()
    assert token.cancel() is False  # "Already saving…"
    assert token.cancelled and token.saving
    token.check()  # whatever still looks at it while saving goes on
    token.last_check()


def test_a_save_that_failed_and_starts_again_can_be_cancelled_again() -> None:
    """An import whose commit failed with a helper process is redone in one process: the
    Cancel that came while it was saving, and any later one, stop the new attempt."""
    token = CancelToken()
    token.last_check()
    token.cancel()
    token.reopen()
    assert not token.saving
    with pytest.raises(Cancelled):
        token.check()
    fresh = CancelToken()
    fresh.last_check()
    fresh.reopen()
    assert fresh.cancel() is True
