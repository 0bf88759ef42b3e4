# Functions for the copies of the demo district (demoCopies): start an instance with them, find their roots, compare
# their figures. Sourced by bench/demo-copies and bench/run (after lib.sh).

# start_copies NAME COPIES MODULES TIMEOUT_S: starts instance NAME (made by make_instance) with demo=true and COPIES
# copies of the demo district, waits until the demo is written; records copies.<N>.demo_s
start_copies() {
  local name=$1 copies=$2 modules=$3 timeout=$4
  set_prop "$WORK/$name/etc/org.grassroots.core.cfg" demo true
  set_prop "$WORK/$name/etc/org.grassroots.core.cfg" demoCopies "$copies"
  set_prop "$WORK/$name/etc/org.grassroots.core.cfg" demoModules "$modules"
  start_instance "$name"
  await "$BASE_URL/api/health" any 600 > /dev/null
  sign_in
  local deadline=$(( $(date +%s) + timeout )) state="" previous=""
  while [ "$(date +%s)" -lt "$deadline" ]; do
    kill -0 "$KARAF_SCRIPT_PID" 2>/dev/null || { log "Karaf exited; see $KARAF_DIR/data/log/karaf.log"; return 1; }
    state=$(settled_state)
    # settled twice in a row with the same modules: right after a start some modules' features are not up yet
    if [ "${state%% *}" = settled ] && [ "$state" = "$previous" ]; then
      record "copies.${copies}.demo_s" $(( ($(now_ms) - START_MS) / 1000 ))
      log "demo written: $state"
      grep -q '"failed":\[\]' <<< "$state" || { log "a module's demo part failed"; return 1; }
      return 0
    fi
    previous=$state
    sleep 10
  done
  log "the demo was not written within $timeout s: $state"
  return 1
}

# settled_state: "settled <active modules> <demo status>" once every installed module is ACTIVE and serves its API and
# the demo is written, else "waiting <why>"
settled_state() {
  local modules id demo
  modules=$(get "$BASE_URL/api/core/modules" 2>/dev/null | python3 -c '
import json, sys
for m in json.load(sys.stdin):
    if m["state"] != "AVAILABLE": print(m["id"], m["state"])' 2>/dev/null) || { echo "waiting for the module list"; return; }
  while read -r id state; do
    [ -z "$id" ] && continue
    [ "$state" = ACTIVE ] || { echo "waiting: $id is $state"; return; }
    [ "$(http_status "$BASE_URL/api/$id/openapi.json")" = 200 ] || { echo "waiting: $id serves no API yet"; return; }
  done <<< "$modules"
  demo=$(get "$BASE_URL/api/core/modules/demo-data" 2>/dev/null) || { echo "waiting for the demo status"; return; }
  grep -q '"loading":false' <<< "$demo" || { echo "waiting: $demo"; return; }
  echo "settled $(cut -d' ' -f1 <<< "$modules" | tr '\n' ' ')$demo"
}

# copy_roots: "id code" of every copy's district, first copy first (the city's children, or the lone district)
copy_roots() {
  get "$BASE_URL/api/core/organizations/roots" | python3 -c '
import json, sys
roots = json.load(sys.stdin)
for r in roots: print(r["id"], r["code"])' | while read -r id code; do
    if [ "$code" = JNCS ]; then
      get "$BASE_URL/api/core/organizations/$id/children" | python3 -c '
import json, sys
rows = sorted(json.load(sys.stdin), key=lambda r: (r["code"] != "JNGX", r["code"]))
for r in rows:
    if r["code"] == "JNGX" or r["code"].startswith("JC"): print(r["id"], r["code"])'
    elif [ "$code" = JNGX ]; then
      echo "$id $code"
    fi
  done
}

# copies_equal YEAR [PREFIX]: compares core's dashboard and every active module's statistics of each copy with the
# first's; records PREFIX.copies_compared and PREFIX.copies_differing (PREFIX: copies); returns 1 when any differs
copies_equal() {
  local year=$1 prefix=${2:-copies} roots first_id id code modules m differ=0 compared=0
  roots=$(copy_roots)
  read -r first_id _ <<< "$(head -1 <<< "$roots")"
  modules=$(get "$BASE_URL/api/core/modules" | python3 -c '
import json, sys
print(" ".join(m["id"] for m in json.load(sys.stdin) if m["state"] == "ACTIVE"))')
  log "copies: $(tr '\n' ' ' <<< "$roots"); active modules: $modules"
  while read -r id code; do
    [ "$id" = "$first_id" ] && continue
    for m in core $modules; do
      local a b
      if [ "$m" = core ]; then
        a="/api/core/statistics?subtreeOf=$first_id&year=$year"; b="/api/core/statistics?subtreeOf=$id&year=$year"
      else
        a="/api/$m/statistics?unit=$first_id&year=$year"; b="/api/$m/statistics?unit=$id&year=$year"
        [ "$(http_status "$BASE_URL$a")" = 200 ] || { log "$m: no statistics for the first copy; skipped"; continue; }
      fi
      get "$BASE_URL$a" > "$WORK/first.json"
      get "$BASE_URL$b" > "$WORK/copy.json"
      compared=$((compared + 1))
      # the figures themselves stay for a look: $WORK/figures/<module>-<copy>.json
      mkdir -p "$WORK/figures"
      cp "$WORK/first.json" "$WORK/figures/$m-JNGX.json"
      cp "$WORK/copy.json" "$WORK/figures/$m-$code.json"
      if ! python3 "$BENCH_DIR/tools/py/same_figures.py" "$WORK/first.json" "$WORK/copy.json" "$code" "$m"; then
        differ=$((differ + 1))
      fi
    done
  done <<< "$roots"
  record "$prefix.copies_compared" "$compared"
  record "$prefix.copies_differing" "$differ"
  [ "$differ" -eq 0 ] && [ "$compared" -gt 0 ]
}
