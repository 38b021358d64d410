#!/usr/bin/env bash
# The Marac.Forms analyzers' share of the compiler's CPU time, from on-CPU samples (perf) of real
# builds of the generated 52,000-line project that uses the attributes heavily (or the same code
# without them), printed next to the
# share the compiler itself reports (-p:ReportAnalyzer=true) for the same builds.
#
# Why both: the compiler's figure is a stopwatch around each analyzer callback. When the compiler
# keeps more threads runnable than the machine has cores, or stops every thread for a garbage
# collection, the stopwatch runs on while the callback waits, so on a small machine the figure says
# as much about the machine as about the analyzers. perf's cpu-clock samples count a thread only
# while it is on a core: a sample is ours when any frame of its stack is in Marac.Forms.Analyzers,
# which includes compiler code our callbacks call (symbols, attributes, reporting).
#
# Needs perf (Debian: linux-perf). A one-off measurement, never run by the tests.
# Usage: tests/perf/analyzer-cpu-share.sh [builds=3] [--no-attributes]  (the same code without attributes)
set -euo pipefail
cd "$(dirname "$0")/../.."
builds="${1:-3}"
variant="${2:-}"
command -v perf > /dev/null || { echo "perf is needed (Debian package linux-perf)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

project="$work/project"
dotnet run -c Release --project tests/Marac.Forms.Analyzers.Performance -- --write-project "$project" $variant > /dev/null
dotnet build "$project" -c Release -nodeReuse:false -p:UseSharedCompilation=false > /dev/null

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 1; i <= builds; i++)); do
  touch "$work/started"
  # JIT-compiled code is mapped for perf only with W^X off; the maps name the methods.
  DOTNET_EnableWriteXorExecute=0 DOTNET_PerfMapEnabled=1 \
    perf record -q -e cpu-clock -F 999 -g -o "$work/perf.data" -- \
    dotnet build "$project" -c Release --no-restore -t:Rebuild -nodeReuse:false -p:UseSharedCompilation=false \
    -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary > "$work/build.log" 2>&1

  csc_ms=$(grep -E '^\s*[0-9]+ ms\s+Csc\s' "$work/build.log" | awk '{print $1}' | head -1)
  reported_s=$(grep -E '^\s*[0-9.<]+\s+[0-9<]+\s+Marac\.Forms\.Analyzers, Version' "$work/build.log" | awk '{gsub("<", "", $1); print $1}' | head -1)

  # Samples of the compiler process only (its main thread is named csc), and those with one of our
  # frames. perf prints each sample as a line "<thread name> <pid>" and then its stack, one frame a line.
  read -r total ours < <(perf script -i "$work/perf.data" -F pid,comm,ip,sym 2> /dev/null | awk '
    /^$/ { next }
    /^[^\t]/ { flush(); pid = $NF; comm = $0; sub(/[ \t]+[0-9]+[ \t]*$/, "", comm); in_sample = 1; ours = 0; if (comm == "csc") csc[pid] = 1; next }
    /Marac\.Forms\.Analyzers/ { ours = 1 }
    function flush() { if (in_sample) { samples[pid]++; if (ours) mine[pid]++ } in_sample = 0 }
    END { flush(); t = 0; m = 0; for (p in csc) { t += samples[p]; m += mine[p] }; print t, m }')
  # The method maps the runtime wrote for this build's processes.
  find /tmp -maxdepth 1 \( -name 'perf-*.map' -o -name 'perfinfo-*.map' \) -newer "$work/started" -delete

  printf 'build %d: compiler CPU %.1f s in %d samples, ours %d = %.2f%% of it; compiler-reported %s s = %.1f%% of the Csc task (%s ms)\n' \
    "$i" "$(echo "$total / 999" | bc -l)" "$total" "$ours" "$(echo "100 * $ours / $total" | bc -l)" \
    "$reported_s" "$(echo "100 * $reported_s * 1000 / $csc_ms" | bc -l)" "$csc_ms"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
