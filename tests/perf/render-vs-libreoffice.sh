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
# LibreOffice's first-start set-up. marac-forms is run three times and the median is reported, both as the
# framework-dependent tool and as the native (NativeAOT) build; the start-up of each (`--version`, median of
# seven) is reported too.
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
dotnet publish src/Marac.Forms.Cli -c Release -r linux-x64 -p:MaracNativeAot=true --artifacts-path "$work/aot-build" -o "$work/native" > /dev/null
mkdir -p "$work/in"
samples=(samples/data/case-complete/*.json)
for ((i = 0; i < count; i++)); do
  cp "${samples[i % ${#samples[@]}]}" "$work/in/form-$i.json"
done

# The .docx files LibreOffice will convert (not timed).
"$work/tool/marac-forms" render "$work/in" --format docx --out "$work/docx" > /dev/null

# Median of three whole-process runs of one build of the tool over all the forms.
time_render() {
  local runs=()
  for run in 1 2 3; do
    rm -rf "$work/pdf"
    local start
    start=$(now)
    "$1" render "$work/in" --format pdf --out "$work/pdf" > /dev/null
    runs+=("$(elapsed "$start")")
    require_all "marac-forms render ($2)" "$work/pdf"
  done
  printf '%s\n' "${runs[@]}" | sort -g | sed -n 2p
}

# Median of seven runs of `--version`: the start-up of the process alone.
time_start() {
  local runs=()
  for run in 1 2 3 4 5 6 7; do
    local start
    start=$(now)
    "$1" --version > /dev/null
    runs+=("$(elapsed "$start")")
  done
  printf '%s\n' "${runs[@]}" | sort -g | sed -n 4p
}

ours=$(time_render "$work/tool/marac-forms" framework-dependent)
native=$(time_render "$work/native/marac-forms" native)
ours_start=$(time_start "$work/tool/marac-forms")
native_start=$(time_start "$work/native/marac-forms")

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
printf 'marac-forms render, framework-dependent: %d PDFs in %6.2f s (%7.1f ms per document), start-up %4.0f ms\n' \
  "$count" "$ours" "$(per_doc "$ours")" "$(echo "$ours_start * 1000" | bc -l)"
printf 'marac-forms render, native (AOT):        %d PDFs in %6.2f s (%7.1f ms per document), start-up %4.0f ms\n' \
  "$count" "$native" "$(per_doc "$native")" "$(echo "$native_start * 1000" | bc -l)"
printf 'LibreOffice, batched (200 per process):  %d PDFs in %6.2f s (%7.1f ms per document)\n' "$count" "$batched" "$(per_doc "$batched")"
printf 'LibreOffice, one process per document:   %d PDFs in %6.2f s (%7.1f ms per document)\n' "$count" "$single" "$(per_doc "$single")"
for build in framework-dependent native; do
  t=$ours
  if [ "$build" = native ]; then t=$native; fi
  printf '%-20s ratio against LibreOffice batched: %6.1fx; against one process per document: %6.1fx\n' \
    "$build" "$(echo "$batched / $t" | bc -l)" "$(echo "$single / $t" | bc -l)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
