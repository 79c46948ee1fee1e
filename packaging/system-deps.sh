#!/usr/bin/env bash
# System packages Recall Desk needs on Debian/Ubuntu that pip does not bring.
#   bash packaging/system-deps.sh          what running the program needs
#   bash packaging/system-deps.sh --test   plus what the test suite needs
# Uses sudo when not run as root. On a system without apt-get it says so and does nothing.
set -euo pipefail

want_test=0
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    *) echo "system-deps.sh: unknown option $arg (known: --test)" >&2; exit 2 ;;
  esac
done

# Python's venv, and the libraries Qt (PySide6 from pip) loads: these suffice offscreen.
packages=(python3-venv libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 fonts-dejavu-core)
# A real window on X11 (a desktop, or Xvfb for the screenshots): the xcb platform plugin's libraries.
# (Qt's error message names libxcb-cursor0 when it is libxcb-icccm4 or libxcb-keysyms1 that is missing.)
packages+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libx11-xcb1)
if [ "$want_test" = 1 ]; then
  # Screenshots of the real window under a virtual X server, and slips read back as pictures.
  packages+=(git xvfb xauth xdotool poppler-utils)
  # A real PostgreSQL server for the tests marked "postgres" (tests/pg.py starts its own, as the
  # postgres user, in a temporary folder; the binaries are in /usr/lib/postgresql/*/bin).
  packages+=(postgresql)
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps.sh: no apt-get here; install these yourself if missing: ${packages[*]}" >&2
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
