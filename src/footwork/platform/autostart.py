"""Starting Footwork at login, hidden in the tray: an XDG autostart entry on Linux.

The entry is ``io.github.footwork.Footwork.desktop`` (the menu entry's name) in
``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart`` when unset), the place every
freedesktop.org desktop reads at login; its ``Exec`` runs this Footwork with ``--hidden``.
Whether it is on is whether the file is there. Elsewhere (macOS, Windows)
:attr:`Autostart.supported` is False and the README says how to set it up.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from footwork.i18n import translate
from footwork.platform.desktop import APP_ID, exec_value, footwork_command

FILE_NAME = f"{APP_ID}.desktop"  # the menu entry's name: desktops match the two
HIDDEN = "--hidden"


def unsupported_text() -> str:
    """Why the option is not offered on macOS and Windows."""
    return translate(
        "Autostart", "On this system, set up starting at login by hand (see the README).")


class AutostartError(Exception):
    """The autostart entry could not be written or removed; the message names the file."""


def autostart_dir(env: Mapping[str, str] | None = None, home: Path | None = None) -> Path:
    """``$XDG_CONFIG_HOME/autostart``, or ``~/.config/autostart`` (the spec's default)."""
    env = os.environ if env is None else env
    config = env.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else (
        (home or Path.home()) / ".config")
    return base / "autostart"


def launch_command() -> list[str]:
    """How to start this Footwork hidden in the tray."""
    return [*footwork_command(), HIDDEN]


def desktop_entry(command: Sequence[str]) -> str:
    """The text of the autostart file."""
    comment = translate("Autostart", "Footwork waits in the tray and reminds you of your workout")
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Footwork\n"
        f"Comment={comment}\n"
        f"Exec={exec_value(command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


class Autostart:
    """The autostart entry in ``folder`` (default :func:`autostart_dir`)."""

    def __init__(self, folder: Path | None = None, command: Sequence[str] | None = None,
                 platform: str = sys.platform) -> None:
        self.folder = folder if folder is not None else autostart_dir()
        self.command = list(command) if command is not None else launch_command()
        self.supported = platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))

    @property
    def path(self) -> Path:
        return self.folder / FILE_NAME

    @property
    def enabled(self) -> bool:
        return self.supported and self.path.is_file()

    def set_enabled(self, on: bool) -> None:
        """Write the entry (``on``) or remove it; :class:`AutostartError` says what failed."""
        if not self.supported:
            raise AutostartError(unsupported_text())
        try:
            if on:
                self.folder.mkdir(parents=True, exist_ok=True)
                partial = self.path.with_suffix(".desktop.part")
                partial.write_text(desktop_entry(self.command), encoding="utf-8")
                partial.replace(self.path)
            else:
                self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise AutostartError(translate(
                "Autostart", "Cannot change {path}: {reason}").format(
                    path=self.path, reason=exc.strerror or exc)) from exc
