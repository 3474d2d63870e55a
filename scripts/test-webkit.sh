#!/bin/sh
# The browser suite in WebKitGTK (`npm run test:webkit`, part of `npm test`). MiniBrowser needs a
# display, so this runs under xvfb-run; without one WebKitWebDriver hangs instead of failing, so
# everything sits under a hard timeout (WEBKIT_TIMEOUT seconds, 300 by default) and a hang fails
# CI in minutes instead of stalling it. The second pass runs the accessibility tests with the
# browser in dark mode (see web-test-runner.webkit.config.mjs).
set -eu
cd "$(dirname "$0")/.."
exec timeout --kill-after=10 "${WEBKIT_TIMEOUT:-300}" xvfb-run -a sh -c '
  wtr --config web-test-runner.webkit.config.mjs &&
  WEBKIT_COLOR_SCHEME=dark wtr --config web-test-runner.webkit.config.mjs
'
