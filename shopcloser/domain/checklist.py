"""The steps of closing a shop that the app cannot check from the files.

Ids are stable (they key the merchant's ticks in the store); the texts are shown
through the UI's translations.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    id: str
    automatic: bool  # the app itself tells whether it is done


CLOSURE_STEPS: tuple[Step, ...] = (
    Step("decide", automatic=False),
    Step("orders", automatic=True),
    Step("inventory", automatic=False),
    Step("account", automatic=False),
    Step("rules", automatic=False),
    Step("backup", automatic=False),
    Step("after_sales", automatic=True),
    Step("content", automatic=False),
    Step("notify", automatic=False),
    Step("returns", automatic=False),
    Step("personal_data", automatic=False),
)
