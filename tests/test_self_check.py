"""``footwork --self-check``: a short report of what was found, exit 1 when a bundled file is
missing. Run as the user runs it, in a process of its own (``python -m footwork``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from footwork import cues, paths

FOUND = len(cues.catalogue())
# Starts the command line with the assets and translations read from the given folders.
WITH_FOLDERS = (
    "import pathlib, sys\n"
    "import footwork.paths as p\n"
    "p.assets_dir = lambda: pathlib.Path(sys.argv[1])\n"
    "p.translations_dir = lambda: pathlib.Path(sys.argv[2])\n"
    "from footwork.cli import main\n"
    "sys.exit(main(['--self-check']))\n"
)


def headless_env() -> dict[str, str]:
    hidden = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    return {k: v for k, v in os.environ.items() if k not in hidden}


def test_self_check_reports_what_it_found_and_starts_offscreen() -> None:
    result = subprocess.run([sys.executable, "-m", "footwork", "--self-check"],
                            capture_output=True, text=True, env=headless_env())
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Footwork ")
    assert lines[0].endswith(" self-check")
    assert "ok      routines: 4 built-in (ball-roll, foot-strength, marbles, quick-mobility)" \
        in result.stdout
    assert (f"ok      cue clips: en {FOUND}/{FOUND}, de {FOUND}/{FOUND}, es {FOUND}/{FOUND}, "
            f"fr {FOUND}/{FOUND}") in lines
    assert "ok      translations: de, es, fr (3 .qm)" in lines
    window = next(line for line in lines if "main window:" in line)
    assert window.startswith("ok")
    assert window.endswith("(offscreen)")
    assert any(line.startswith("info    Qt Multimedia: ") for line in lines)
    assert any(line.startswith("info    sound output: ") for line in lines)
    assert lines[-1] == "Everything bundled was found."


def test_a_missing_clip_or_translation_fails_the_check(tmp_path: Path) -> None:
    assets = tmp_path / "assets"
    shutil.copytree(paths.assets_dir(), assets)
    (assets / "sounds" / "de" / "switch_feet.wav").unlink()
    translations = tmp_path / "translations"
    shutil.copytree(paths.translations_dir(), translations)
    (translations / "footwork_es.qm").unlink()
    result = subprocess.run([sys.executable, "-c", WITH_FOLDERS, str(assets), str(translations)],
                            capture_output=True, text=True, env=headless_env())
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    clips = next(line for line in lines if "cue clips:" in line)
    assert clips.startswith("MISSING")
    assert f"de {FOUND - 1}/{FOUND} (missing: switch_feet)" in clips
    assert "MISSING translations: de, fr (2 .qm); missing or unreadable: es" in lines
    assert any(line.startswith("ok      routines:") for line in lines)
    assert lines[-1] == "Something is missing: reinstall Footwork."
