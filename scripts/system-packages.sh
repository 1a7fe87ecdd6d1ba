#!/usr/bin/env bash
# Installs the Debian packages Fornuft needs, when they are missing.
# As root it runs apt-get; otherwise it prints the exact command to run.
set -euo pipefail

PACKAGES=(
  tesseract-ocr tesseract-ocr-nor tesseract-ocr-eng   # OCR of scanned invoices
  gettext                                             # compiles the nb/en catalogues
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core  # WeasyPrint (PDF reports)
  chromium                                            # browser tests (Playwright drives it)
  postgresql redis-server                             # database-level tests on real servers
  spamd spamc                                         # bench: SpamAssassin 4 beside the phishing shield
  dovecot-imapd                                       # IMAP intake tests against a real server
  ffmpeg                                              # intake: audio from phones (MP3, M4A, OGG/Opus, WebM)
  espeak-ng                                           # intake: synthesised dictations for the speech benchmark and tests
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  [[ "$pkg" == \#* ]] && continue
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

command="apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Debian's postinst scripts try to start services; the test helpers start them on loopback instead.
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  $command
else
  echo "Fornuft needs these system packages. Run as root:" >&2
  echo "  sudo $command" >&2
  exit 1
fi
