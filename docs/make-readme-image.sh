#!/usr/bin/env bash
# Regenerates the README's picture: page 1 of the sample referral as rendered by `marac-forms demo`.
# Needs poppler-utils (pdftoppm).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet run --project src/Marac.Forms.Cli -- demo --out "$out" > /dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$out/referral.pdf" docs/images/referral-page-1
echo "wrote docs/images/referral-page-1.png"
