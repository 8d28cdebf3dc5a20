"""Settings: spoken cues, tones, volume, the sound backend, the language and the log file.

The language is kept in the settings themselves: it can be chosen even when no sound is
possible (then the sound's rows are shown but cannot be changed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from footwork.audio.choose import backend_names
from footwork.services.settings import SettingsModel
from footwork.ui.sound import Sound

LANGUAGES = {"": None, "en": "English", "de": "Deutsch", "es": "Español", "fr": "Français"}


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: SettingsModel,
        sound: Sound | None = None,
        log_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings, self.sound = settings, sound
        self.voice = QCheckBox(
            self.tr("Speak the cues: \u201cswitch feet\u201d, \u201chold\u201d...")
        )
        self.voice.setChecked(settings.voice_on)
        self.tones = QCheckBox(self.tr("Beeps and count-down ticks"))
        self.tones.setChecked(settings.tones_on)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.volume * 100))
        self.backend = QComboBox()
        for key, name in backend_names().items():
            self.backend.addItem(name, key)
        self.backend.setCurrentIndex(max(0, self.backend.findData(settings.audio_backend)))
        self.test = QPushButton(self.tr("Test: say \u201cswitch feet\u201d"))
        self.notice = QLabel(sound.notice if sound else "")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(self.notice.text()))
        if sound is not None:
            self._connect_sound(sound)
        else:
            for widget in (self.voice, self.tones, self.volume, self.backend, self.test):
                widget.setEnabled(False)
        self.language = QComboBox()
        for key, label in LANGUAGES.items():
            self.language.addItem(label or self.tr("As the system"), key)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.restart = QLabel(self.tr("The new language applies the next time Footwork starts."))
        self.restart.hide()
        self.log = QLabel(
            self.tr("Log file: {path}").format(path=log_path)
            if log_path is not None
            else self.tr("No log file could be written.")
        )
        self.log.setObjectName("logPath")
        self.log.setWordWrap(True)
        self.log.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(self.voice)
        form.addRow(self.tones)
        form.addRow(self.tr("Volume"), self.volume)
        form.addRow(self.tr("Sound through"), self.backend)
        form.addRow(self.test)
        form.addRow(self.notice)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.restart)
        form.addRow(self.log)
        form.addRow(buttons)
        self._form, self._buttons = form, buttons

    def add_section(self, widget: QWidget) -> None:
        """Another part of the settings (Reminders), above the Close button."""
        self._form.insertRow(self._form.rowCount() - 1, widget)

    def _connect_sound(self, sound: Sound) -> None:
        self.voice.toggled.connect(sound.set_voice)
        self.tones.toggled.connect(sound.set_tones)
        self.volume.valueChanged.connect(lambda value: sound.set_volume(value / 100))
        self.backend.currentIndexChanged.connect(
            lambda: sound.set_backend(self.backend.currentData())
        )
        self.test.clicked.connect(sound.test)
        sound.noticeChanged.connect(self._show_notice)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _language_changed(self) -> None:
        self.settings.language = str(self.language.currentData() or "")
        self.restart.show()
