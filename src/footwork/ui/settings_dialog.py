"""Settings: spoken cues, tones, volume, the sound backend and the language."""

from __future__ import annotations

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
from footwork.ui.sound import Sound

LANGUAGES = {"": None, "en": "English", "de": "Deutsch", "es": "Español", "fr": "Français"}


class SettingsDialog(QDialog):
    def __init__(self, sound: Sound, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.sound = sound
        settings = sound.settings
        self.voice = QCheckBox(
            self.tr("Speak the cues: \u201cswitch feet\u201d, \u201chold\u201d...")
        )
        self.voice.setChecked(settings.voice_on)
        self.voice.toggled.connect(sound.set_voice)
        self.tones = QCheckBox(self.tr("Beeps and count-down ticks"))
        self.tones.setChecked(settings.tones_on)
        self.tones.toggled.connect(sound.set_tones)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.volume * 100))
        self.volume.valueChanged.connect(lambda value: sound.set_volume(value / 100))
        self.backend = QComboBox()
        for key, name in backend_names().items():
            self.backend.addItem(name, key)
        self.backend.setCurrentIndex(max(0, self.backend.findData(settings.audio_backend)))
        self.backend.currentIndexChanged.connect(
            lambda: sound.set_backend(self.backend.currentData())
        )
        self.test = QPushButton(self.tr("Test: say \u201cswitch feet\u201d"))
        self.test.clicked.connect(sound.test)
        self.notice = QLabel(sound.notice)
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(sound.notice))
        sound.noticeChanged.connect(self._show_notice)
        self.language = QComboBox()
        for key, label in LANGUAGES.items():
            self.language.addItem(label or self.tr("As the system"), key)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.restart = QLabel(self.tr("The new language applies the next time Footwork starts."))
        self.restart.hide()
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
        form.addRow(buttons)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _language_changed(self) -> None:
        self.sound.settings.language = str(self.language.currentData() or "")
        self.restart.show()
