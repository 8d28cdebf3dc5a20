#!/usr/bin/env bash
# Installs the Debian packages the test suite and the app need, when some are missing:
# the sound server and its recorder (audio tests), its client library (the default cue
# player), the player binaries playsound3 uses,
# the text-to-speech voices and sox (to regenerate clips), Xvfb and ImageMagick (screenshots)
# tesseract to read screenshots back in tests, a D-Bus daemon for the screen-saver and MPRIS
# tests with dbus-send and gdbus (the clients those tests play),
# the validators of the desktop entry and AppStream metainfo and librsvg's rsvg-convert
# (the icon PNGs), and the libraries Qt's xcb and offscreen platforms load.
set -euo pipefail
packages=(
  pulseaudio pulseaudio-utils libpulse0
  gstreamer1.0-plugins-base-apps gstreamer1.0-plugins-good
  flite espeak-ng sox
  xvfb imagemagick tesseract-ocr tesseract-ocr-eng dbus-daemon dbus-bin libglib2.0-bin
  desktop-file-utils appstream librsvg2-bin
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1
  fonts-dejavu-core
)
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-like system; install the equivalents of: ${packages[*]}" >&2
  exit 0
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
((${#missing[@]})) || exit 0
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "system-deps: missing ${missing[*]}; run as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
echo "system-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
