#!/usr/bin/env bash
# Browser check of the HTML report (issue #14): render the seeds' report in headless
# Chromium, fail on any console message of the page, check that the dumped DOM shows
# the troop-number conflict with the sentence of each side (taken from the JSON
# report), and save a screenshot.
#
#   scripts/html_check.sh [OUT_DIR]      (default: target/html-check)
#
# Installs Debian's chromium package when /usr/bin/chromium is missing (sudo only when
# not root). Uses the claimcheck binary that `cargo build` makes (CARGO_TARGET_DIR is
# honoured).
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
out="${1:-$target/html-check}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

if [ ! -x /usr/bin/chromium ]; then
    sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

cargo build --locked --quiet
bin="$target/debug/claimcheck"
"$bin" fixtures/seeds --published 2024-10-24 --format html --fail-on none -o "$out/seeds.html"
"$bin" fixtures/seeds --published 2024-10-24 --format json --fail-on none -o "$out/seeds.json"

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chrome() {
    /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" --enable-logging=stderr --v=0 "$@"
}
chrome --screenshot="$out/seeds.png" --window-size=1280,2000 "file://$out/seeds.html" \
    >"$out/screenshot.log" 2>&1
chrome --screenshot="$out/seeds-phone.png" --window-size=390,1600 "file://$out/seeds.html" \
    >>"$out/screenshot.log" 2>&1
chrome --dump-dom "file://$out/seeds.html" >"$out/seeds.dom.html" 2>"$out/dom.log"

status=0
# Console messages of the page (errors, warnings, logs) are written as CONSOLE lines.
if grep -h "CONSOLE" "$out/screenshot.log" "$out/dom.log"; then
    echo "html_check: the page wrote to the console (above)" >&2
    status=1
fi
for png in seeds.png seeds-phone.png; do
    if [ ! -s "$out/$png" ]; then
        echo "html_check: no screenshot $png (see $out/screenshot.log)" >&2
        status=1
    fi
done

# The troop conflict: the group whose sides are 12,000 and 3,000, and the sentence of
# each side's first claim, must be text of that group in the rendered DOM.
python3 - "$out/seeds.json" "$out/seeds.dom.html" <<'PY' || status=1
import html, json, re, sys
from html.parser import HTMLParser

report = json.load(open(sys.argv[1]))
dom = open(sys.argv[2], encoding="utf-8").read()
claims = {c["id"]: c for c in report["claims"]}
group = next(
    g for g in report["groups"]
    if g["status"] == "conflict"
    and any("12,000" in s["value"] for s in g["sides"])
    and any("3,000" in s["value"] and "12,000" not in s["value"] for s in g["sides"])
)

class Text(HTMLParser):
    """The text inside the element with id=target, tags dropped."""
    def __init__(self, target):
        super().__init__()
        self.target, self.depth, self.parts = target, 0, []
    def handle_starttag(self, tag, attrs):
        if self.depth or dict(attrs).get("id") == self.target:
            self.depth += 1
    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)

p = Text(group["id"])
p.feed(dom)
shown = " ".join("".join(p.parts).split())
if not shown:
    sys.exit(f"html_check: group {group['id']} is not in the DOM")
for side in group["sides"]:
    sentence = " ".join(claims[side["claims"][0]]["sentence"].split())
    if sentence not in shown:
        sys.exit(f"html_check: side {side['value']!r}: sentence not shown: {sentence!r}")
    print(f"html_check: {side['value']}: {sentence}")
PY

if [ "$status" = 0 ]; then
    echo "html_check: ok; screenshots in $out/seeds.png and $out/seeds-phone.png"
fi
exit "$status"
