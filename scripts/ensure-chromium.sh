#!/usr/bin/env bash
# Install Debian's Chromium for the viewer's browser tests when it is missing and we may
# (root with apt-get). The tests skip with a clear reason where Chromium cannot be had.
command -v chromium >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >/dev/null 2>&1 \
    || echo "ensure-chromium: could not install chromium; browser tests will be skipped" >&2
fi
exit 0
