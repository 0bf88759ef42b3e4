#!/usr/bin/env bash
# Measures installing and uninstalling the industrial module at runtime through the module registry's REST API,
# against a running district on 127.0.0.1 (start one with ./run.sh or distribution/district/target/assembly/bin/karaf).
#
#   bench/module-install.sh [base-url] [karaf-home] [cycles]
#   e.g. bench/module-install.sh http://127.0.0.1:8181 runtime/district 7
#
# For each cycle: POST /api/core/modules/industrial/uninstall (timed until it returns), then
# POST /api/core/modules/industrial/install and poll GET /api/industrial/requests?unit=<root> every 10 ms until it
# answers 200 (timed from the POST). Prints each cycle and the medians; counts "Refreshing bundles" lines that
# Karaf logged meanwhile (must stay 0). Bounded: at most `cycles` cycles, each poll gives up after 60 s.
set -euo pipefail
BASE=${1:-http://127.0.0.1:8181}
KARAF_HOME=${2:-runtime/district}
CYCLES=${3:-7}
LOG="$KARAF_HOME/data/log/karaf.log"
case "$BASE" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "only 127.0.0.1/localhost targets" >&2; exit 2;; esac

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

ROOT=$(curl -sf "$BASE/api/core/organizations/roots" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
curl -sf -o /dev/null -X POST "$BASE/api/core/modules/industrial/install"
curl -sf -o /dev/null -X PUT -H 'Content-Type: application/json' -d '{"enabled":true}' \
  "$BASE/api/core/modules/industrial/enablement/$ROOT"
REFRESH_BEFORE=$(grep -c "Refreshing bundles" "$LOG" || true)

install_times=(); uninstall_times=()
printf '%-6s %14s %22s\n' cycle "uninstall ms" "install→endpoint ms"
for ((i = 1; i <= CYCLES; i++)); do
  t0=$(now); curl -sf -o /dev/null -X POST "$BASE/api/core/modules/industrial/uninstall"; t1=$(now)
  uninstall_times+=("$(ms "$t0" "$t1")")
  t0=$(now); curl -sf -o /dev/null -X POST "$BASE/api/core/modules/industrial/install"
  deadline=$(( t0 + 60000000000 ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/industrial/requests?unit=$ROOT")" = 200 ]; do
    [ "$(now)" -lt "$deadline" ] || { echo "endpoint did not answer within 60 s" >&2; exit 1; }
    sleep 0.01
  done
  t1=$(now); install_times+=("$(ms "$t0" "$t1")")
  printf '%-6s %14s %22s\n' "$i" "${uninstall_times[-1]}" "${install_times[-1]}"
done
REFRESH_AFTER=$(grep -c "Refreshing bundles" "$LOG" || true)
echo
echo "median install until endpoint answers: $(printf '%s\n' "${install_times[@]}" | median) ms"
echo "median uninstall:                      $(printf '%s\n' "${uninstall_times[@]}" | median) ms"
echo "bundles refreshed (Karaf 'Refreshing bundles' log entries): $((REFRESH_AFTER - REFRESH_BEFORE))"
