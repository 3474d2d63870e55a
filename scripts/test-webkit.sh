#!/bin/sh
# The browser suite in WebKitGTK (`npm run test:webkit`, part of `npm test`). MiniBrowser needs a
# display, so this runs under xvfb-run; without one WebKitWebDriver hangs instead of failing, so
# everything sits under a hard timeout (WEBKIT_TIMEOUT seconds, 300 by default) and a hang fails
# CI in minutes instead of stalling it. The second pass runs the accessibility tests with the
# browser in dark mode (see web-test-runner.webkit.config.mjs).
set -eu
cd "$(dirname "$0")/.."
limit="${WEBKIT_TIMEOUT:-300}"
status=0
timeout --kill-after=10 "$limit" xvfb-run -a sh -c '
  wtr --config web-test-runner.webkit.config.mjs &&
  WEBKIT_COLOR_SCHEME=dark wtr --config web-test-runner.webkit.config.mjs
' || status=$?
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
  echo "WebKit tests stopped after ${limit} s: a hung WebKitWebDriver or MiniBrowser?" >&2
fi
exit "$status"
