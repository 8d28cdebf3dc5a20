"""Translation without Qt: identity until a translator is installed, and back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from footwork import i18n


@pytest.fixture(autouse=True)
def keep_translator() -> Iterator[None]:
    saved = i18n._translator
    yield
    i18n.install(saved)


def test_texts_are_shown_as_written_without_a_translator() -> None:
    i18n.install(None)
    assert i18n.translate("Workout", "Next: {what}") == "Next: {what}"


def test_an_installed_translator_gets_the_context_and_the_text() -> None:
    asked: list[tuple[str, str]] = []

    def german(context: str, text: str) -> str:
        asked.append((context, text))
        return {"Pause": "Pause", "Rest": "Pause machen"}.get(text, text)

    i18n.install(german)
    assert i18n.translate("Workout", "Rest") == "Pause machen"
    assert asked == [("Workout", "Rest")]
    i18n.install(None)
    assert i18n.translate("Workout", "Rest") == "Rest"


def test_a_marked_text_is_kept_untranslated_where_it_is_defined() -> None:
    i18n.install(lambda context, text: text.upper())
    assert i18n.QT_TRANSLATE_NOOP("Routine", "Ball roll") == "Ball roll"
