"""Recall Desk's replacement for PyInstaller's own hook of PySide6.QtGui (hooks given in the spec win).

PyInstaller's hook collects every plugin of every type QtGui uses: eglfs, linuxfb, vnc, wayland,
evdev, the virtual keyboard (which drags in QtQuick and QML) and the GTK 3 theme (which drags in
GTK's whole stack from the build machine).  This one collects the same way, then keeps only what the
counter window uses, before PyInstaller follows the plugins' library dependencies: so a dropped
plugin's libraries are never bundled either.

Kept: the offscreen and xcb platforms (and minimal), every image format but PDF (labels' photos, the
SVG pictures), the SVG icon engine, and what xcb uses (GL integration, compose/ibus input, the XDG
portal theme).  To ship Wayland too, add "libqwayland*.so" to "platforms" and the three
"wayland-*" plugin types with ["*"].
"""

from fnmatch import fnmatch
from pathlib import PurePosixPath

from PyInstaller.utils.hooks import logger
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# Plugin type -> file name patterns kept.  A type not listed is left out whole.
KEEP_PLUGINS = {
    "platforms": ["libqoffscreen.so", "libqxcb.so", "libqminimal.so"],
    "imageformats": ["*.so"],
    "iconengines": ["libqsvgicon.so"],
    "xcbglintegrations": ["*.so"],
    "platforminputcontexts": [
        "libcomposeplatforminputcontextplugin.so",
        "libibusplatforminputcontextplugin.so",
    ],
    "platformthemes": ["libqxdgdesktopportal.so"],
}
DROP_PLUGINS = ["imageformats/libqpdf.so"]  # needs QtPdf, which the program does not use


def keep_plugin(src: str, dest: str) -> bool:
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" not in parts:
        return True
    plugin_type = "/".join(parts[parts.index("plugins") + 1 :])
    name = PurePosixPath(src).name
    if any(fnmatch(f"{plugin_type}/{name}", p) for p in DROP_PLUGINS):
        return False
    return any(fnmatch(name, p) for p in KEEP_PLUGINS.get(plugin_type, []))


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
_all = binaries
binaries = [(src, dest) for src, dest in _all if keep_plugin(src, dest)]
logger.info(
    "recall-desk hook-PySide6.QtGui: kept %d of %d Qt plugins/libraries: %s",
    len(binaries),
    len(_all),
    ", ".join(sorted(PurePosixPath(src).name for src, _ in binaries)),
)
