#!/usr/bin/env python3
"""Render Footwork's icon PNGs from its SVG, reproducibly.

``assets/desktop/io.github.footwork.Footwork.svg`` is the one drawing; this script makes
``assets/desktop/icons/<N>x<N>/io.github.footwork.Footwork.png`` for N in 48, 128 and 256
with librsvg's ``rsvg-convert`` (Debian package ``librsvg2-bin``). The same librsvg gives the
same bytes on every run.

Run from anywhere::

    python tools/render_icons.py            # render the PNGs
    python tools/render_icons.py --check    # only verify they match the SVG
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DESKTOP = REPO / "assets" / "desktop"
APP_ID = "io.github.footwork.Footwork"
SVG = DESKTOP / f"{APP_ID}.svg"
SIZES = (48, 128, 256)


def png_path(size: int, folder: Path = DESKTOP) -> Path:
    return folder / "icons" / f"{size}x{size}" / f"{APP_ID}.png"


def render(size: int, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["rsvg-convert", "--width", str(size), "--height", str(size),
                    "--format", "png", "--output", str(target), str(SVG)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only verify the existing PNGs")
    args = parser.parse_args()
    if shutil.which("rsvg-convert") is None:
        sys.stderr.write("render_icons: needs rsvg-convert (apt-get install librsvg2-bin)\n")
        return 1
    if not args.check:
        for size in SIZES:
            render(size, png_path(size))
            print(png_path(size).relative_to(REPO))
        return 0
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            fresh = png_path(size, Path(tmp))
            render(size, fresh)
            shipped = png_path(size)
            if not shipped.is_file() or shipped.read_bytes() != fresh.read_bytes():
                stale.append(str(shipped.relative_to(REPO)))
    for path in stale:
        sys.stderr.write(f"{path}: differs from the SVG; run tools/render_icons.py\n")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
