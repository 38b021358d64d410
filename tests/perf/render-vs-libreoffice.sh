#!/usr/bin/env bash
# Whole-process wall time per document: `marac-forms render` of N sample forms to PDF in one
# process, against LibreOffice headless converting the same forms' .docx to PDF, measured in the
# same run on the same machine, so the ratios are what to read.
#
# LibreOffice is timed two ways:
#  - batched: one soffice process converts many files. A single soffice call silently stops after
#    247 files (it exits 0 having converted only those), so files go in calls of 200;
#  - one process per document: `soffice --headless --convert-to pdf form.docx`, once per form, as
#    an admin converting forms one at a time would run it.
# Its user profile is created by an untimed warm-up conversion first, so neither figure includes
# LibreOffice's first-start set-up. marac-forms is run three times and the median is reported.
#
# Usage: tests/perf/render-vs-libreoffice.sh [N=300]
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-300}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc -l; }
pdfs_in() { find "$1" -name '*.pdf' | wc -l; }
require_all() {
  local found
  found=$(pdfs_in "$2")
  if [ "$found" -ne "$count" ]; then
    echo "$1 produced $found PDFs instead of $count; the comparison would be unfair" >&2
    exit 1
  fi
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet publish src/Marac.Forms.Cli -c Release -o "$work/tool" > /dev/null
mkdir -p "$work/in"
samples=(samples/data/case-complete/*.json)
for ((i = 0; i < count; i++)); do
  cp "${samples[i % ${#samples[@]}]}" "$work/in/form-$i.json"
done

# The .docx files LibreOffice will convert (not timed).
"$work/tool/marac-forms" render "$work/in" --format docx --out "$work/docx" > /dev/null

ours_runs=()
for run in 1 2 3; do
  rm -rf "$work/pdf"
  start=$(now)
  "$work/tool/marac-forms" render "$work/in" --format pdf --out "$work/pdf" > /dev/null
  ours_runs+=("$(elapsed "$start")")
  require_all "marac-forms render" "$work/pdf"
done
ours=$(printf '%s\n' "${ours_runs[@]}" | sort -g | sed -n 2p)

profile="file://$work/lo-profile"
soffice "-env:UserInstallation=$profile" --headless --convert-to pdf --outdir "$work/lo-warm-up" "$work/docx/form-0.docx" > /dev/null 2>&1

start=$(now)
find "$work/docx" -name '*.docx' -print0 | sort -z \
  | xargs -0 -n 200 soffice "-env:UserInstallation=$profile" --headless --convert-to pdf --outdir "$work/lo-batched" > /dev/null 2>&1
batched=$(elapsed "$start")
require_all "LibreOffice (batched)" "$work/lo-batched"

start=$(now)
for docx in "$work"/docx/*.docx; do
  soffice "-env:UserInstallation=$profile" --headless --convert-to pdf --outdir "$work/lo-single" "$docx" > /dev/null 2>&1
done
single=$(elapsed "$start")
require_all "LibreOffice (one process per document)" "$work/lo-single"

per_doc() { echo "$1 * 1000 / $count" | bc -l; }
printf 'marac-forms render, one process:       %d PDFs in %6.2f s (%7.1f ms per document; runs %s s)\n' \
  "$count" "$ours" "$(per_doc "$ours")" "$(printf '%.2f ' "${ours_runs[@]}")"
printf 'LibreOffice, batched (200 per process): %d PDFs in %6.2f s (%7.1f ms per document)\n' "$count" "$batched" "$(per_doc "$batched")"
printf 'LibreOffice, one process per document:  %d PDFs in %6.2f s (%7.1f ms per document)\n' "$count" "$single" "$(per_doc "$single")"
printf 'ratio against LibreOffice batched:               %.1fx\n' "$(echo "$batched / $ours" | bc -l)"
printf 'ratio against LibreOffice one process per document: %.1fx\n' "$(echo "$single / $ours" | bc -l)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
