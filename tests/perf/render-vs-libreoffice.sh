#!/usr/bin/env bash
# Whole-process wall time per document: `marac-forms render` of N sample forms to PDF, against
# LibreOffice headless converting the same forms' .docx to PDF. Both are measured in one run on the
# same machine, so the ratio is what to read. Usage: tests/perf/render-vs-libreoffice.sh [N=300]
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-300}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet publish src/Marac.Forms.Cli -c Release -o "$work/tool" > /dev/null
mkdir -p "$work/in"
samples=(samples/data/case-complete/*.json)
for ((i = 0; i < count; i++)); do
  cp "${samples[i % ${#samples[@]}]}" "$work/in/form-$i.json"
done

# The .docx files LibreOffice will convert (not timed).
"$work/tool/marac-forms" render "$work/in" --format docx --out "$work/docx" > /dev/null

now() { date +%s.%N; }
start=$(now)
"$work/tool/marac-forms" render "$work/in" --format pdf --out "$work/pdf" > /dev/null
ours=$(echo "$(now) - $start" | bc -l)

profile="$work/lo-profile"
start=$(now)
soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$work/lo" "$work"/docx/*.docx > /dev/null 2>&1
theirs=$(echo "$(now) - $start" | bc -l)

ours_pdfs=$(ls "$work/pdf"/*.pdf | wc -l)
theirs_pdfs=$(ls "$work/lo"/*.pdf | wc -l)
printf 'marac-forms render: %d PDFs in %.2f s (%.1f ms per document)\n' "$ours_pdfs" "$ours" "$(echo "$ours * 1000 / $ours_pdfs" | bc -l)"
printf 'LibreOffice:        %d PDFs in %.2f s (%.1f ms per document)\n' "$theirs_pdfs" "$theirs" "$(echo "$theirs * 1000 / $theirs_pdfs" | bc -l)"
printf 'ratio (LibreOffice / marac-forms, per document): %.1fx\n' "$(echo "($theirs / $theirs_pdfs) / ($ours / $ours_pdfs)" | bc -l)"
