"""One channel for what the runner is told: one notice per source, replaced or withdrawn."""

from __future__ import annotations

import logging

import pytest

from footwork.services.notices import Level, Notice, Notices, Source


def test_each_source_says_one_thing_and_listeners_hear_every_change() -> None:
    notices = Notices()
    heard: list[list[str]] = []
    notices.subscribe(lambda now: heard.append([n.text for n in now]))
    notices.post(Source.SOUND, "No sound device.")
    notices.post(Source.HISTORY, "History recovered.", Level.INFO)
    notices.post(Source.SOUND, "Still no sound device.")
    notices.post(Source.SOUND, "Still no sound device.")  # the same again: nothing new
    assert heard == [
        ["No sound device."],
        ["No sound device.", "History recovered."],
        ["Still no sound device.", "History recovered."],
    ]
    assert notices.current() == [
        Notice(Source.SOUND, Level.WARNING, "Still no sound device."),
        Notice(Source.HISTORY, Level.INFO, "History recovered."),
    ]


def test_an_empty_text_withdraws_and_sources_can_be_picked() -> None:
    notices = Notices()
    notices.post(Source.SAVING, "Results are only in memory.")
    notices.post(Source.START, "Cannot start x.", Level.ERROR)
    assert [n.text for n in notices.current(frozenset({Source.SAVING}))] == [
        "Results are only in memory."]
    notices.post(Source.SAVING, "")
    assert [n.source for n in notices.current()] == [Source.START]


def test_an_unsubscribed_listener_hears_nothing_more() -> None:
    notices = Notices()
    heard: list[int] = []
    stop = notices.subscribe(lambda now: heard.append(len(now)))
    notices.post(Source.SOUND, "a")
    stop()
    stop()  # twice is harmless
    notices.post(Source.SOUND, "b")
    assert heard == [1]


def test_every_new_notice_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    notices = Notices()
    with caplog.at_level(logging.INFO, logger="footwork.services.notices"):
        notices.post(Source.START, "Cannot start x.", Level.ERROR)
        notices.post(Source.START, "Cannot start x.", Level.ERROR)
        notices.post(Source.START, "")
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("ERROR", "start: Cannot start x.")]
