#!/usr/bin/env bash
# make package-test: install the freshly built .deb on this machine (as root) and use the
# installed app the way a merchant and a script would. Prints the installed size and the
# frozen app's start time; fails if anything prints an error or the size goal is missed.
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZE_GOAL_MB=250
START_GOAL_S=2
PYTHON=.venv/bin/python
version=$($PYTHON -c 'import shopcloser; print(shopcloser.__version__)')
deb="dist/shopcloser_${version}_amd64.deb"
app=/usr/bin/shopcloser

step() { printf '\n== %s\n' "$*"; }
fail() { echo "package-test FAILED: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "installing the .deb needs root (sudo make package-test)"
[ -f "$deb" ] || fail "$deb is missing: run make package"

# Everything the app writes goes to a throw-away home, never to this machine's real one.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home"
mkdir -p "$HOME"
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_STATE_HOME XDG_CACHE_HOME
data_dir="$HOME/.local/share/ShopCloser"
log_file="$HOME/.local/state/ShopCloser/log/shopcloser.log"
export DEBIAN_FRONTEND=noninteractive

step "install $deb"
apt-get purge -y -qq shopcloser >/dev/null 2>&1 || true
apt-get install -y -qq "./$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }
[ -x /opt/shopcloser/shopcloser ] || fail "/opt/shopcloser/shopcloser is not there"
[ "$(readlink -f $app)" = /opt/shopcloser/shopcloser ] || fail "$app does not lead to the bundle"

step "installed files"
desktop-file-validate /usr/share/applications/shopcloser.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.shopcloser.ShopCloser.metainfo.xml
for size in 16 24 32 48 64 128 256 512; do
    [ -f "/usr/share/icons/hicolor/${size}x${size}/apps/shopcloser.png" ] || fail "no ${size}px icon"
done
# Every library the bundle links against is in the bundle or came with a dependency.
missing=$(find /opt/shopcloser -type f \( -name '*.so*' -o -name shopcloser \) -print0 \
    | LD_LIBRARY_PATH=/opt/shopcloser/_internal xargs -0 ldd 2>/dev/null | grep 'not found' \
    | sort -u || true)
[ -z "$missing" ] || fail "libraries not found: $missing"
echo "desktop entry, metainfo, icons and libraries: ok"

run() {  # run the installed app; failing or writing to stderr fails the test
    if ! "$app" "$@" 2>"$work/stderr"; then
        cat "$work/stderr" >&2
        fail "shopcloser $* exited with an error"
    fi
    if [ -s "$work/stderr" ]; then cat "$work/stderr" >&2; fail "shopcloser $* wrote to stderr"; fi
}
has_command() { "$app" "$1" --help >/dev/null 2>&1; }

step "command line"
run --version
run --version | grep -qx "ShopCloser $version" || fail "--version does not say $version"
# A data file not made yet reads as empty, says so on stderr, and is not made by reading.
"$app" --db "$work/empty.db" status --json >"$work/status.json" 2>"$work/stderr" \
    || { cat "$work/stderr" >&2; fail "status --json of a data file not made yet"; }
$PYTHON -c 'import json,sys; s=json.load(open(sys.argv[1])); assert s["orders"] == 0, s' \
    "$work/status.json" || fail "status --json of an empty store"
grep -q "There is no data file at $work/empty.db" "$work/stderr" || fail "no word of the missing file"
[ ! -e "$work/empty.db" ] || fail "status made a data file"
echo "status --json on a data file not made yet: ok"

shopt -s nullglob
samples=(/opt/shopcloser/_internal/resources/sample/*.xlsx /opt/shopcloser/_internal/resources/sample/*.csv)
shopt -u nullglob
if has_command import && [ "${#samples[@]}" -gt 0 ]; then
    run import "${samples[@]}"
    # The merchant's default store, in their data folder: removal must leave it alone.
    [ -f "$data_dir/shopcloser.db" ] || fail "no store in $data_dir"
    run status --json >"$work/status.json"
    $PYTHON -c 'import json,sys; s=json.load(open(sys.argv[1])); assert s["orders"] > 0, s' \
        "$work/status.json" || fail "the import added no orders"
    echo "import of the bundled sample: ok"
    # Large first imports share their work with a helper: the bundle started as one.
    SHOPCLOSER_IMPORT_HELPER=always run --db "$work/helper.db" import "${samples[@]}"
    run --db "$work/helper.db" status --json >"$work/helper.json"
    $PYTHON -c 'import json,sys; a,b=(json.load(open(p)) for p in sys.argv[1:]); assert a["orders"] == b["orders"] > 0, (a, b)' \
        "$work/status.json" "$work/helper.json" || fail "the import with a helper stored other orders"
    grep -q "shared with a helper process" "$log_file" || fail "the import did not start its helper"
    if grep -q "helper failed" "$log_file"; then fail "the helper failed: see $log_file"; fi
    echo "import with a helper process: ok"
else
    echo "SKIPPED: import (no import command or no sample in resources/sample yet)"
fi
if has_command backup; then
    run backup "$work/backup.xlsx"
    [ -s "$work/backup.xlsx" ] || fail "backup wrote no file"
    if has_command verify; then run verify "$work/backup.xlsx"; fi
    echo "backup: ok"
else
    echo "SKIPPED: backup (the backup command does not exist yet)"
fi

step "window, opened from the desktop entry with the sample files"
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/shopcloser.desktop)
[ "$exec_line" = "shopcloser %F" ] || fail "unexpected Exec line: $exec_line"
gui_db="$work/gui.db"
set +e
xvfb-run -a timeout -s TERM 4 shopcloser --db "$gui_db" "${samples[@]}" >"$work/gui.out" 2>"$work/gui.err"
code=$?
set -e
[ "$code" = 124 ] || { cat "$work/gui.err"; fail "the window exited early with code $code"; }
[ ! -s "$work/gui.err" ] || { cat "$work/gui.err"; fail "the window wrote to stderr"; }
if [ -f "$log_file" ] && grep -E ' (ERROR|CRITICAL) |Traceback' "$log_file"; then
    fail "errors in the log"
fi
if has_command import && [ "${#samples[@]}" -gt 0 ]; then
    run --db "$gui_db" status --json >"$work/status.json"
    $PYTHON -c 'import json,sys; s=json.load(open(sys.argv[1])); assert s["orders"] > 0, s' \
        "$work/status.json" || fail "files given to the window were not imported"
fi
echo "window ran 4 s without errors"

step "figures"
size_mb=$(du -sm /opt/shopcloser | cut -f1)
echo "installed size of /opt/shopcloser: ${size_mb} MB (goal: at most ${SIZE_GOAL_MB} MB)"
echo "package file: $(du -m "$deb" | cut -f1) MB"
xvfb-run -a $PYTHON packaging/linux/cold_start.py "$app" | tee "$work/start.txt"
start_s=$(sed -n 's/^COLD_START_SECONDS=//p' "$work/start.txt")
[ "$size_mb" -le "$SIZE_GOAL_MB" ] || fail "the installed app is larger than ${SIZE_GOAL_MB} MB"
if $PYTHON -c "import sys; sys.exit(float('$start_s') > $START_GOAL_S)"; then
    echo "start time within the ${START_GOAL_S} s goal"
else
    echo "WARNING: start time ${start_s} s is over the ${START_GOAL_S} s goal (not failed: timing)"
fi

step "removal keeps the merchant's data"
ls "$data_dir" >"$work/before.txt"
apt-get purge -y -qq shopcloser >/dev/null
[ ! -e /opt/shopcloser ] || fail "/opt/shopcloser is still there after removal"
[ ! -e "$app" ] || fail "$app is still there after removal"
ls "$data_dir" | cmp -s - "$work/before.txt" || fail "removal changed $data_dir"
echo "data folder untouched: $(tr '\n' ' ' <"$work/before.txt")"
apt-get install -y -qq "./$deb" >/dev/null 2>&1 || fail "reinstalling"
echo "reinstalled: $app"

printf '\npackage-test passed: %s MB installed, start %s s\n' "$size_mb" "$start_s"
