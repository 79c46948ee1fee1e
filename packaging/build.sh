#!/usr/bin/env bash
# Build the frozen program with PyInstaller and smoke-test it:
#
#   bash packaging/build.sh        ->  dist/recall-desk/recall-desk  (one folder; ship the whole folder)
#
# Needs the project's venv (.venv, as the README's set-up makes it); installs PyInstaller into it when
# missing.  Builds from packaging/recall-desk.spec into build/pyinstaller and dist/recall-desk, both
# emptied first, then checks the bundle and runs the frozen program:
#   - the bundle holds all of resources/ (the compiled translations too), the Qt plugins the window
#     needs, Qt's French and Spanish messages and zxing-cpp's module, and
#     none of its libraries lacks a library that should be in it;
#   - `recall-desk --smoke-test` offscreen (catalog, a check, the window built), and again on a real
#     X display (the xcb plugin) when xvfb-run is installed;
#   - `recall-desk check A3102 --json` answers need_answer;
#   - `recall-desk slip` writes a PDF and ESC/POS bytes (QtPrintSupport, python-escpos and its
#     printer database are in the bundle).
# The catalog and settings used are temporary files. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

VENV_PY=.venv/bin/python
DIST=dist/recall-desk
WORK=build/pyinstaller
PROGRAM=$DIST/recall-desk
PYINSTALLER_REQ='pyinstaller>=6.10,<7'

fail() {
  echo "build.sh: FAILED: $*" >&2
  exit 1
}

[ -x "$VENV_PY" ] || fail "no venv at $ROOT/.venv: make it as the README says (python3 -m venv .venv && .venv/bin/pip install -e '.[test]')"
"$VENV_PY" -c 'import recall_desk' 2>/dev/null || fail "recall_desk is not installed in .venv: .venv/bin/pip install -e ."

# PyInstaller 6 (the _internal/ layout that recall_desk.resources expects through sys._MEIPASS).
if ! "$VENV_PY" -c 'import sys, PyInstaller; sys.exit(int(PyInstaller.__version__.split(".")[0]) < 6)' 2>/dev/null; then
  echo "== installing $PYINSTALLER_REQ into .venv"
  PIP_DISABLE_PIP_VERSION_CHECK=1 .venv/bin/pip install -q "$PYINSTALLER_REQ" || fail "pip install $PYINSTALLER_REQ"
fi
echo "== PyInstaller $("$VENV_PY" -c 'import PyInstaller; print(PyInstaller.__version__)'), $("$VENV_PY" -c 'import PySide6; print("PySide6", PySide6.__version__)')"

# --- build --------------------------------------------------------------------------------------
echo "== compiling the interface's translations (resources/i18n/*.ts -> *.qm)"
"$VENV_PY" packaging/i18n.py release >/dev/null || fail "packaging/i18n.py release"
rm -rf "$WORK" "$DIST"
mkdir -p "$WORK"
LOG=$WORK/build.log
echo "== building $DIST (log: $LOG)"
start=$SECONDS
if ! "$VENV_PY" -m PyInstaller --noconfirm --clean --log-level INFO \
  --distpath dist --workpath "$WORK" packaging/recall-desk.spec >"$LOG" 2>&1; then
  tail -n 40 "$LOG" >&2
  fail "PyInstaller (the whole log is $LOG)"
fi
build_time=$((SECONDS - start))
grep -E "WARNING|ERROR" "$LOG" | grep -vE 'Hidden import "(pysqlite2|MySQLdb|psycopg2)" not found|Library (shell32|ole32) required via ctypes not found' || true
grep -E "^recall-desk.spec:" "$LOG" || true
echo "== built in ${build_time}s"
[ -x "$PROGRAM" ] || fail "$PROGRAM was not made"

# --- what must be in the bundle -----------------------------------------------------------------
INTERNAL=$DIST/_internal
missing=()
while IFS= read -r -d '' f; do
  rel=${f#resources/}
  [ -f "$INTERNAL/resources/$rel" ] || missing+=("resources/$rel")
done < <(find resources -type f -print0)
for f in \
  PySide6/Qt/plugins/platforms/libqoffscreen.so \
  PySide6/Qt/plugins/platforms/libqxcb.so \
  PySide6/Qt/plugins/imageformats/libqsvg.so \
  PySide6/Qt/plugins/imageformats/libqjpeg.so \
  PySide6/Qt/plugins/iconengines/libqsvgicon.so \
  PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so \
  PySide6/Qt/lib/libQt6Svg.so.6 \
  PySide6/Qt/lib/libQt6SvgWidgets.so.6 \
  PySide6/QtSvg.abi3.so \
  PySide6/QtSvgWidgets.abi3.so \
  PySide6/Qt/translations/qtbase_fr.qm \
  PySide6/Qt/translations/qtbase_es.qm; do
  [ -e "$INTERNAL/$f" ] || missing+=("$f")
done
compgen -G "$INTERNAL/zxingcpp/zxingcpp.*.so" >/dev/null || missing+=("zxingcpp/zxingcpp.*.so")
[ ${#missing[@]} -eq 0 ] || fail "missing from the bundle: ${missing[*]}"
echo "== bundle holds resources/ ($(find "$INTERNAL/resources" -type f | wc -l) files), the Qt plugins and zxing-cpp"

# Every bundled library's own libraries must resolve: from the bundle, or from the system (libc, GL,
# libxcb, fontconfig... that system-deps.sh installs).  A "not found" is one the bundle lost.
unresolved=$(
  export LD_LIBRARY_PATH="$ROOT/$INTERNAL:$ROOT/$INTERNAL/PySide6/Qt/lib"
  find "$INTERNAL" -name '*.so*' -type f -print0 | while IFS= read -r -d '' lib; do
    ldd "$lib" 2>/dev/null | sed -n "s|^\s*\(.*not found\)|${lib#"$INTERNAL"/}: \1|p"
  done
)
[ -z "$unresolved" ] || fail "libraries the bundle needs but lacks:
$unresolved"

# --- run the frozen program ---------------------------------------------------------------------
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
run() { # the frozen program with a throw-away catalog and settings, never the user's
  env -u RECALL_DESK_DB RECALL_DESK_SETTINGS="$TMP/recall-desk.ini" "$@"
}

echo "== smoke test (offscreen): $PROGRAM --smoke-test --db $TMP/catalog.sqlite3"
out=$(run env QT_QPA_PLATFORM=offscreen "$PROGRAM" --smoke-test --db "$TMP/catalog.sqlite3" 2>&1) ||
  fail "smoke test exited $?:
$out"
echo "$out"
grep -q "^smoke test passed" <<<"$out" || fail "the smoke test did not say it passed"

echo "== $PROGRAM check A3102 --json --db $TMP/catalog.sqlite3"
json=$(run "$PROGRAM" check A3102 --json --db "$TMP/catalog.sqlite3") || fail "check A3102 exited $?"
outcome=$("$VENV_PY" -c 'import json, sys; print(json.load(sys.stdin)["outcome"])' <<<"$json") ||
  fail "check A3102 --json printed no JSON outcome: $json"
[ "$outcome" = need_answer ] || fail "check A3102 gave outcome $outcome, not need_answer"
echo "outcome: $outcome"

echo "== $PROGRAM slip BPD005 --serial 57V123456789AB --out $TMP/slip.pdf --escpos $TMP/slip.bin"
json=$(run env -u QT_QPA_PLATFORM "$PROGRAM" slip BPD005 --serial 57V123456789AB --out "$TMP/slip.pdf" \
  --escpos "$TMP/slip.bin" --profile TM-T88V --json --db "$TMP/catalog.sqlite3") || fail "slip exited $?: $json"
case_number=$("$VENV_PY" -c 'import json, sys; print(json.load(sys.stdin)["case_number"])' <<<"$json") ||
  fail "slip --json printed no case number: $json"
head -c 5 "$TMP/slip.pdf" | grep -q '%PDF-' || fail "slip wrote no PDF"
[ -s "$TMP/slip.bin" ] || fail "slip wrote no ESC/POS bytes"
echo "case: $case_number"

# A CPSC file big enough to be read in worker processes: in the frozen program each worker is the
# program started again, which multiprocessing.freeze_support (packaging/launcher.py) turns into one.
"$VENV_PY" benchmarks/generate_cpsc.py --records 600 --seed 5 --out "$TMP/cpsc.json" >/dev/null
echo "== $PROGRAM import $TMP/cpsc.json --json (600 records: read by worker processes)"
json=$(run timeout 300 "$PROGRAM" import "$TMP/cpsc.json" --workers 2 --json --db "$TMP/catalog.sqlite3") ||
  fail "import exited $?: $json"
new=$("$VENV_PY" -c 'import json, sys; print(json.load(sys.stdin)["new"])' <<<"$json") ||
  fail "import --json printed no summary: $json"
[ "$new" -ge 590 ] || fail "import added $new recalls of 600"
leftover=$(pgrep -f "$PROGRAM.*multiprocessing" || true)
[ -z "$leftover" ] || fail "worker processes left running after the import: $leftover"
echo "new recalls: $new"

if command -v xvfb-run >/dev/null 2>&1; then
  echo "== smoke test on X (xcb, under xvfb-run)"
  out=$(run xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
    "$PROGRAM" --smoke-test --db "$TMP/catalog-x.sqlite3" 2>&1) || fail "smoke test on X exited $?:
$out"
  echo "$out"
  grep -q "^smoke test passed" <<<"$out" || fail "the smoke test on X did not say it passed"
else
  echo "== smoke test on X skipped: xvfb-run is not installed (bash packaging/system-deps.sh --test)"
fi

echo "== $DIST: $(du -sh "$DIST" | cut -f1) ($(find "$DIST" -type f | wc -l) files); built in ${build_time}s"
echo "build.sh: OK"
