# The measurements of bench/run, one function each. A function records its figures with `record KEY VALUE`;
# Report.java turns the keys into docs/benchmarks.md. Adding a measurement = one function here, called from
# bench/run, plus its row in Report.java.

# Third-party features the platform uses, installed into stock Karaf as the cold-start baseline.
STOCK_FEATURES="scr,http-whiteboard,eventadmin,pax-jdbc-config,pax-jdbc-derby,pax-jdbc-pool-transx,transaction,jpa,eclipselink"
# grassroots features that are platform plumbing, not action modules
PLUMBING_FEATURES="grassroots-core grassroots-jersey grassroots-persistence grassroots-spreadsheets grassroots-documents grassroots-openapi grassroots-all"

# await_log PATTERN TIMEOUT_S: waits until the running instance's karaf.log contains PATTERN
await_log() {
  local deadline=$(( $(date +%s) + $2 ))
  until tail -c +"$((LOG_OFFSET + 1))" "$KARAF_DIR/data/log/karaf.log" 2>/dev/null | grep -q "$1"; do
    kill -0 "$KARAF_SCRIPT_PID" 2>/dev/null || { log "Karaf in $KARAF_DIR exited"; return 1; }
    [ "$(date +%s)" -lt "$deadline" ] || { log "no '$1' in $KARAF_DIR/data/log/karaf.log after $2 s"; return 1; }
    sleep 0.5
  done
}

# await_quiet_log SECONDS: waits until karaf.log has not grown for SECONDS (boot features done installing)
await_quiet_log() {
  local size=-1 same=0
  while [ "$same" -lt "$(( $1 * 2 ))" ]; do
    local now_size
    now_size=$(stat -c %s "$KARAF_DIR/data/log/karaf.log" 2>/dev/null || echo 0)
    if [ "$now_size" = "$size" ]; then same=$((same + 1)); else same=0; size=$now_size; fi
    sleep 0.5
  done
}

# await_figures_warmed TIMEOUT_S: waits for the dashboard's warm-up after a start (DashboardWarmup: once the platform has
# settled it computes the dashboard figures of the top units and those right below them, about a minute of one core for
# the demo district), so that it does not share the cores with what is measured next. Its line says "warmed" or "not
# warmed" (the platform did not settle within 30 minutes).
await_figures_warmed() {
  await_log "Dashboard figures" "$1"
}

# await_demo_written TIMEOUT_S: waits until the running copy's demo data is written whole (core's district and every
# module's part, GET /api/core/modules/demo-data). A district's first start answers before the modules' parts are in:
# they are written in the background for a minute or so. A copy stopped before then writes the rest at its next start,
# so every measurement after it would share the machine with the demo writers (and each cold start cut them off).
await_demo_written() {
  local deadline=$(( $(date +%s) + $1 )) answer=""
  while [ "$(date +%s)" -lt "$deadline" ]; do
    answer=$(curl -s --max-time 10 -H "$BASIC_AUTH_HEADER" "$BASE_URL/api/core/modules/demo-data" || true)
    case "$answer" in
      *'"failed":[]'*'"loading":false'*|*'"loading":false'*'"failed":[]'*) return 0 ;;
      *'"failed":["'*) log "the demo data of some modules failed: $answer"; return 1 ;;
    esac
    sleep 1
  done
  log "the demo data was not written within $1 s: $answer"; return 1
}

# record_demo_writing: the running copy's first start, once its demo is written whole: seconds from its launch, and each
# part's time from the log's lines ("Demo district ready …: … in N ms", "Demo data of <module>: … added in N ms", a
# module's contributors summed). The parts are written one after the other, in the background of a started platform.
record_demo_writing() {
  record demo.written_s $(( ($(now_ms) - START_MS) / 1000 ))
  local appended
  appended=$(tail -c +$((LOG_OFFSET + 1)) "$KARAF_DIR/data/log/karaf.log")
  local district
  district=$(grep -o 'Demo district ready ([^)]*): .* in [0-9]* ms' <<< "$appended" | grep -o '[0-9]* ms$' | cut -d' ' -f1 | tail -1)
  [ -n "$district" ] && record demo.district_ms "$district"
  grep -o 'Demo data of [a-z0-9-]*: [0-9]* added in [0-9]* ms' <<< "$appended" \
    | awk '{ m = $4; sub(":", "", m); t[m] += $8 } END { for (m in t) print m, t[m] }' | sort \
    | while read -r module ms; do record "demo.module.${module}_ms" "$ms"; done
}

# module_features DIR: "feature=moduleId" for every action module feature the distribution offers
module_features() {
  # the platform's feature repository and one repository per module (features/<id>), all under system/
  find "$1/system/org/grassroots" -name '*features.xml' -print0 | xargs -0 cat \
    | grep -o '<feature name="grassroots-[a-z0-9-]*"' | cut -d'"' -f2 | sort -u | while read -r f; do
    case " $PLUMBING_FEATURES " in *" $f "*) ;; *) echo "$f=${f#grassroots-}";; esac
  done
}

# await_modules_served TIMEOUT_S: milliseconds since START_MS until every action module of the running copy answers
# GET /api/<id>/openapi.json with 200 (core starts the modules once its own API answers, so they come a little later)
await_modules_served() {
  local id
  for id in $(module_features "$KARAF_DIR" | cut -d= -f2); do
    await "$BASE_URL/api/$id/openapi.json" ok "$1" > /dev/null
  done
  echo $(( $(now_ms) - START_MS ))
}

# The API call that proves the platform serves authenticated data. It carries a Bearer token issued by an earlier
# start of the same copy (a signed-in session that continues across the restart), not HTTP Basic: a password
# check is PBKDF2 with 210,000 iterations, about a second of CPU with a cold JIT, and that is the cost of signing
# in, not of starting.
FIRST_API_CALL=/api/core/organizations/roots

measure_cold_start() {
  log "cold start: preparing district, core-only and stock Karaf copies"
  make_instance district "$DISTRIBUTION"
  make_instance coreonly "$DISTRIBUTION"
  # core only: drop every action module from the boot features
  local modules
  modules=$(module_features "$WORK/coreonly" | cut -d= -f1 | tr '\n' ' ')
  for f in $modules; do
    sed -i -E "s/,?[[:space:]]*$f(\/[^,]*)?[[:space:]]*(,|$)/\2/" "$WORK/coreonly/etc/org.apache.karaf.features.cfg"
  done
  make_instance stock "$STOCK"
  sed -i -E "0,/^featuresBoot[[:space:]]*=/s//featuresBoot = $STOCK_FEATURES,/" "$WORK/stock/etc/org.apache.karaf.features.cfg"

  log "first start of district (loads the demo district)"
  start_instance district
  await_log "grassroots is ready" 900
  await "$BASE_URL/api/health" ok 60 > /dev/null
  await_demo_written 900
  record_demo_writing
  sign_in
  echo "$AUTH_HEADER" > "$WORK/district.session"
  stop_instance
  log "first start of core-only"
  start_instance coreonly
  await_log "grassroots is ready" 900
  stop_instance
  log "first start of stock Karaf (installs $STOCK_FEATURES)"
  start_instance stock
  await "$BASE_URL/" any 900 > /dev/null
  await_quiet_log 5
  stop_instance

  local i district stock core
  for i in $(seq 1 "$COLD_REPS"); do
    # interleaved so that machine noise hits both sides of each ratio alike
    start_instance stock;    stock=$(await "$BASE_URL/" any 300);                    stop_instance
    start_instance district; AUTH_HEADER=$(cat "$WORK/district.session")
    district=$(await "$BASE_URL$FIRST_API_CALL" ok 300); modules=$(await_modules_served 300); stop_instance
    start_instance coreonly; core=$(await "$BASE_URL/api/health" ok 300);            stop_instance
    record cold.stock_ms "$stock"
    record cold.district_ms "$district"
    record cold.district_ratio "$(awk -v a="$district" -v b="$stock" 'BEGIN {printf "%.3f", a / b}')"
    record cold.district_modules_ms "$modules"
    record cold.coreonly_health_ms "$core"
  done
}

# Where the district's start goes: a JFR recording from JVM start to the first successful API call.
measure_startup_profile() {
  local jfr="$WORK/startup.jfr"
  rm -f "$jfr"
  EXTRA_JAVA_OPTS="-XX:StartFlightRecording=name=startup,settings=profile" start_instance district
  [ -s "$WORK/district.session" ] && AUTH_HEADER=$(cat "$WORK/district.session")
  record startup.profiled_ms "$(await "$BASE_URL$FIRST_API_CALL" ok 300)"
  jcmd "$(karaf_java_pid)" JFR.dump name=startup filename="$jfr" > /dev/null
  stop_instance
  tool JfrSummary "$jfr" > "$WORK/startup.profile.txt"
  record startup.profile "$WORK/startup.profile.txt"
}

# load ENDPOINT_KEY PATH CEILING_RPS_VAR: closed-loop maximum throughput with wrk, then p99 at half that rate
load() {
  local key=$1 path=$2 url="$BASE_URL$2" i out rps status
  status=$(http_status "$url")
  if [ "$status" != 200 ]; then
    record "$key.unavailable" "GET $path answers $status"
    return 0
  fi
  # a 10 s timeout so slow answers count as latency, not as socket errors
  local wrk_args=(-t2 -c16 -d"${LOAD_SECONDS}s" --latency --timeout 10s)
  [ -n "$AUTH_HEADER" ] && wrk_args+=(-H "$AUTH_HEADER")
  wrk "${wrk_args[@]}" -d"${LOAD_SECONDS}s" "$url" > /dev/null   # warm-up: JIT, connection pool, caches
  local best=0
  for i in $(seq 1 "$LOAD_REPS"); do
    out=$(wrk "${wrk_args[@]}" "$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
    record "$key.rps" "$rps"
    record "$key.wrk_p99_ms" "$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<< "$out")"
    local errors
    errors=$(grep -E 'Non-2xx|Socket errors' <<< "$out" | tr -s ' ' | paste -sd ';' || true)
    [ -n "$errors" ] && record "$key.errors" "$errors"
    best=$(echo "$rps" | awk -v b="$best" '{print ($1 > b) ? $1 : b}')
  done
  # latency at half the measured maximum (median of the runs would do too; the best run is the capacity)
  local half
  half=$(echo "$best" | awk '{printf "%d", $1 / 2}')
  [ "$half" -lt 1 ] && half=1
  out=$(tool FixedRate "$url" "$half" "$RATE_SECONDS" 32 "$AUTH_HEADER")
  log "$key fixed rate $half/s: $out"
  record "$key.half_rate_rps" "$half"
  record "$key.half_rate_p99_ms" "$(grep -o 'p99_ms=[0-9.]*' <<< "$out" | cut -d= -f2)"
  record "$key.half_rate_p50_ms" "$(grep -o 'p50_ms=[0-9.]*' <<< "$out" | cut -d= -f2)"
  record "$key.half_rate_errors" "$(grep -o 'errors=[0-9]*' <<< "$out" | cut -d= -f2)"
  # below the asked rate the generator, not the server, set the pace: the report marks such rows
  record "$key.half_rate_achieved_rps" "$(grep -o 'achieved_rps=[0-9.]*' <<< "$out" | cut -d= -f2)"
}

# single_latency KEY PATH: unloaded latency, median over 20 sequential requests after 5 warm-ups
single_latency() {
  local key=$1 url="$BASE_URL$2" i t
  [ "$(http_status "$url")" = 200 ] || { record "$key.unavailable" "GET $2 answers $(http_status "$url")"; return 0; }
  local args=(-s -o /dev/null -w '%{time_total}' --max-time 60)
  [ -n "$AUTH_HEADER" ] && args+=(-H "$AUTH_HEADER")
  # a request over curl's 60 s limit (a loaded machine) is recorded as such instead of ending bench/run (set -e)
  for i in $(seq 1 5); do curl "${args[@]}" "$url" > /dev/null || true; done
  for i in $(seq 1 20); do
    t=$(curl "${args[@]}" "$url") || { record "$key.failed" "curl exit status $? (60 s limit)"; continue; }
    record "$key.ms" "$(echo "$t" | awk '{printf "%.1f", $1 * 1000}')"
  done
}

# A street with about the given number of members in its subtree: "id total"
pick_street() {
  local streets id total best="" best_diff=999999999
  streets=$(get "$BASE_URL/api/core/organizations?unitType=STREET&size=100" | grep -o '"id":[0-9]*' | cut -d: -f2)
  for id in $streets; do
    total=$(json_number "$(get "$BASE_URL/api/core/members?subtreeOf=$id&size=1")" total)
    [ -z "$total" ] && continue
    local diff=$(( total > 3000 ? total - 3000 : 3000 - total ))
    if [ "$diff" -lt "$best_diff" ]; then best="$id $total"; best_diff=$diff; fi
  done
  echo "$best"
}

# page_ids PATH: the ids of the items of the page PATH answers, comma-separated
page_ids() {
  get "$BASE_URL$1" | python3 -c 'import json, sys; print(",".join(str(i["id"]) for i in json.load(sys.stdin)["items"]))'
}

# auditor_header: "Authorization: Bearer ..." of an AUDITOR account on the running copy (created on first use), or
# nothing. An auditor reads members with ID and phone numbers masked, so their search writes no READ_PERSONAL
# audit line; the administrator's does, one transaction per page.
auditor_header() {
  local password="Auditor-$ADMIN_PASSWORD" temporary="Temp-$ADMIN_PASSWORD" token
  curl -s -o /dev/null --max-time 30 -H "$AUTH_HEADER" -H 'Content-Type: application/json' -X POST \
    -d "{\"username\":\"bench-auditor\",\"displayName\":\"bench auditor\",\"roles\":[\"AUDITOR\"],\"password\":\"$temporary\"}" \
    "$BASE_URL/api/auth/accounts" || true
  auditor_login() {
    curl -s --max-time 30 -X POST -H 'Content-Type: application/json' \
      -d "{\"username\":\"bench-auditor\",\"password\":\"$1\"}" "$BASE_URL/api/auth/login" \
      | grep -o '"token":"[^"]*"' | cut -d'"' -f4 || true
  }
  token=$(auditor_login "$temporary")
  if [ -n "$token" ]; then  # first sign-in: the temporary password must be replaced
    curl -s -o /dev/null --max-time 30 -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"currentPassword\":\"$temporary\",\"newPassword\":\"$password\"}" "$BASE_URL/api/auth/password" || true
  fi
  token=$(auditor_login "$password")
  if [ -n "$token" ]; then echo "Authorization: Bearer $token"; fi
}

# query_suite SCALE: the API measurements at the data currently loaded (SCALE = demo | city)
query_suite() {
  local scale=$1 street total
  read -r street total <<< "$(pick_street)"
  [ -n "$street" ] || { log "no street found at $BASE_URL"; return 1; }
  record "$scale.street_members" "$total"
  record "$scale.members_total" "$(json_number "$(get "$BASE_URL/api/core/members?size=1")" total)"
  record "$scale.units_total" "$(json_number "$(get "$BASE_URL/api/core/organizations?size=1")" total)"
  log "$scale: member search in street $street ($total members)"
  # one pass over every endpoint first: right after a start the JIT is cold and the modules' start-up work is
  # still running, which made whichever endpoint came first (the ceiling) look several times slower than it is
  # the page ceilings read the rows of the searches' first pages by primary key (issue #27)
  local member_ids unit_ids
  member_ids=$(page_ids "/api/core/members?subtreeOf=$street&size=50")
  unit_ids=$(page_ids "/api/core/organizations?subtreeOf=$street&size=50")
  local warm
  for warm in /api/bench/ping "/api/bench/unit/$street" "/api/bench/members?ids=$member_ids" \
      "/api/bench/units?ids=$unit_ids" "/api/core/members?subtreeOf=$street&size=50" \
      "/api/core/organizations?subtreeOf=$street&size=50" /api/core/modules; do
    wrk -t2 -c16 -d"${LOAD_SECONDS}s" -H "$AUTH_HEADER" "$BASE_URL$warm" > /dev/null
  done
  load "$scale.ceiling" "/api/bench/ping"
  # the second ceiling, for endpoints that read the database: the same stack plus one primary-key read
  load "$scale.unit" "/api/bench/unit/$street"
  # the page ceilings: the rows of a page of 50 read by primary key in one query and serialised as lists show them
  load "$scale.page" "/api/bench/members?ids=$member_ids"
  load "$scale.unit_page" "/api/bench/units?ids=$unit_ids"
  load "$scale.members" "/api/core/members?subtreeOf=$street&size=50"
  local admin=$AUTH_HEADER auditor
  auditor=$(auditor_header)
  if [ -n "$auditor" ] && [ -z "$USER_AUTH_HEADER" ]; then
    AUTH_HEADER=$auditor
    load "$scale.members_masked" "/api/core/members?subtreeOf=$street&size=50"
    AUTH_HEADER=$admin
  else
    record "$scale.members_masked.unavailable" "no auditor account could be signed in"
  fi
  load "$scale.orgs" "/api/core/organizations?subtreeOf=$street&size=50"
  load "$scale.modules" "/api/core/modules"
  # the dashboard's figures for the whole district (core's and every active module's), this year
  local root statistics
  root=$(get "$BASE_URL/api/core/organizations/roots" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  statistics="/api/core/statistics?subtreeOf=$root&year=$(date +%Y)"
  # the first request computes every module's figures (seconds; the report's costMillis, recorded below) and keeps
  # them until the data changes: answered once with time to spare, then measured
  STATUS_TIMEOUT=300 http_status "$BASE_URL$statistics" > /dev/null
  load "$scale.statistics" "$statistics"
  single_latency "$scale.members_single" "/api/core/members?subtreeOf=$street&size=50"
  single_latency "$scale.statistics_single" "$statistics"
  # what each module's figures cost when they were computed (the report carries it per module, also when answered from
  # the cache: the figures are computed again only after a change of the module's or core's data)
  get "$BASE_URL$statistics" | python3 -c '
import json, sys
for m in json.load(sys.stdin)["modules"]:
    print(m["module"], "%.1f" % m.get("costMillis", 0))' | while read -r id cost; do
    record "$scale.statistics_cost_$id.ms" "$cost"
  done
  # Every action module's dashboard figures of the whole district for the demo year, one request each: every module
  # answers GET /api/<id>/statistics?unit=&year= (the module SPI); a module's first request may compute and keep its
  # figures (affairs' FigureCache), so the single-request median is of the requests after the first.
  local id path key
  for id in $(module_features "$KARAF_DIR" | cut -d= -f2); do
    if [ "$(http_status "$BASE_URL/api/$id/statistics?unit=$root&year=2024")" = 200 ]; then
      single_latency "$scale.${id}_statistics_single" "/api/$id/statistics?unit=$root&year=2024"
    else
      record "$scale.${id}_statistics_single.unavailable" "the $id module is not active or not enabled for the district"
    fi
  done
  write_load "$scale" "$street"
  # the heavier views some modules compute from a year's records, for the whole district
  for path in "affairs_compliance_single /api/affairs/compliance?unit=$root&year=2024&size=50" \
              "buildings_coverage_single /api/buildings/coverage?unit=$root&asOf=2024-12-31" \
              "community_coverage_single /api/community/coverage?unit=$root&year=2024" \
              "education_ranking_single /api/education/points/ranking?unit=$root&year=2024&size=50"; do
    key=${path%% *}
    if [ "$(http_status "$BASE_URL${path#* }")" = 200 ]; then
      single_latency "$scale.$key" "${path#* }"
    else
      record "$scale.$key.unavailable" "the module is not active or not enabled for the district"
    fi
  done
}

# write_load SCALE STREET: member creations in a party organization of the street, one writer then 16 (each write is
# audited and moves core's data generation; the members created are deleted afterwards, so later rows read the same
# data); a round number per call keeps the ID numbers of repeated runs apart
WRITE_ROUND=0
write_load() {
  local scale=$1 street=$2 organization writers out
  organization=$(get "$BASE_URL/api/core/members?subtreeOf=$street&size=1" | grep -o '"organizationId":[0-9]*' \
    | head -1 | cut -d: -f2)
  [ -n "$organization" ] || { record "$scale.writes.unavailable" "no member in street $street"; return 0; }
  for writers in 1 16; do
    WRITE_ROUND=$((WRITE_ROUND + 1))
    out=$(tool WriteLoad "$BASE_URL" "$organization" "$RATE_SECONDS" "$writers" "$AUTH_HEADER" "$WRITE_ROUND")
    log "$scale writes, $writers writer(s): $out"
    record "$scale.writes_$writers.rps" "$(grep -o 'rps=[0-9.]*' <<< "$out" | cut -d= -f2)"
    record "$scale.writes_$writers.p99_ms" "$(grep -o 'p99_ms=[0-9.]*' <<< "$out" | cut -d= -f2)"
    grep -q 'errors=0 ' <<< "$out" || record "$scale.writes_$writers.errors" "$(grep -o 'errors=[0-9]*' <<< "$out")"
  done
}

# query_suite_on NAME SCALE: query_suite on the running copy NAME; on PostgreSQL also how often the load used the
# member table's text_pattern_ops index, and the plan of a street's member count
query_suite_on() {
  local scans_before="" street
  [ "${BENCH_DB:-derby}" = postgres ] && scans_before=$(postgres_prefix_scans "$1")
  query_suite "$2"
  if [ "${BENCH_DB:-derby}" = postgres ]; then
    sleep 2   # the server's statistics are flushed shortly after a transaction's end
    record "postgres.$2_member_prefix_index_scans" $(( $(postgres_prefix_scans "$1") - scans_before ))
    read -r street _ <<< "$(pick_street)"
    postgres_explain_subtree "$1" "$street" "$2"
    record "postgres.$2_database_mib" "$(psql_bench "$(postgres_database "$1")" \
      "SELECT round(pg_database_size(current_database()) / 1048576.0, 1)")"
  fi
}

# profile KEY PATH: JFR execution samples during a wrk run, summarised by top frames
profile() {
  local key=$1 url="$BASE_URL$2" pid jfr="$WORK/$1.jfr"
  [ "$(http_status "$url")" = 200 ] || return 0
  pid=$(karaf_java_pid)
  rm -f "$jfr"
  jcmd "$pid" JFR.start name=bench settings=profile duration=20s filename="$jfr" > /dev/null
  local wrk_args=(-t2 -c16 -d20s)
  [ -n "$AUTH_HEADER" ] && wrk_args+=(-H "$AUTH_HEADER")
  wrk "${wrk_args[@]}" "$url" > /dev/null
  for _ in $(seq 1 60); do [ -s "$jfr" ] && break; sleep 0.5; done
  sleep 2
  tool JfrSummary "$jfr" > "$WORK/$key.profile.txt"
  record "$key.profile" "$WORK/$key.profile.txt"
}

# jfr_start / jfr_stop KEY TITLE: profiles whatever runs in between, summarised by top frames in the report
jfr_start() { jcmd "$(karaf_java_pid)" JFR.start name=bench settings=profile > /dev/null; }
jfr_stop() {
  local jfr="$WORK/$1.jfr"
  rm -f "$jfr"
  jcmd "$(karaf_java_pid)" JFR.stop name=bench filename="$jfr" > /dev/null
  tool JfrSummary "$jfr" > "$WORK/$1.profile.txt"
  record "$1.profile" "$WORK/$1.profile.txt"
}

# The district copy with its demo data loaded, made when a partial run (BENCH_PHASES) did not make it.
ensure_district() {
  if ! has_data district; then
    make_instance district "$DISTRIBUTION"
    start_instance district; await_log "grassroots is ready" 900; await_demo_written 900; record_demo_writing; stop_instance
  fi
}

measure_demo_scale() {
  log "demo scale: API load, hot deploy, memory (district with the demo data)"
  ensure_district
  cp "$CEILING" "$WORK/district/deploy/"
  start_instance district
  await_log "grassroots is ready" 300
  await_figures_warmed 600
  await "$BASE_URL/api/bench/ping" ok 120 > /dev/null
  sign_in
  query_suite_on district demo
  local street
  read -r street _ <<< "$(pick_street)"
  profile demo.members "/api/core/members?subtreeOf=$street&size=50"
  # where a dashboard request goes once the figures are cached (issue 27, point 3)
  local root
  root=$(get "$BASE_URL/api/core/organizations/roots" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  profile demo.statistics "/api/core/statistics?subtreeOf=$root&year=$(date +%Y)"

  stop_instance
}

# settled_heap_mib: the heap after full GC once the platform has been idle for LEAK_SETTLE_SECONDS, the smallest of
# three samples 20 s apart: scheduled jobs (membership's six-month scan reads every member, 60 s after a start of the
# module) hold their working set while they run.
settled_heap_mib() {
  log "idle for ${LEAK_SETTLE_SECONDS}s, then the heap (smallest of three samples)"
  sleep "$LEAK_SETTLE_SECONDS"
  local samples=() sample
  for sample in 1 2 3; do
    samples+=("$(jmx heap | awk -F= '{printf "%.1f", $2 / 1048576}')")
    [ "$sample" = 3 ] || sleep 20
  done
  printf '%s\n' "${samples[@]}" | sort -n | head -1
}

# Hot deploy and class-loader leaks: every action module uninstalled and installed while the district runs,
# through the platform's module API when it answers (else Karaf's FeaturesService over JMX); then heap and RSS
# before and after LEAK_CYCLES uninstall/install cycles of every module.
measure_hot_deploy() {
  log "hot deploy and install/uninstall cycles (district with the demo data)"
  ensure_district
  start_instance district
  await_log "grassroots is ready" 300
  await_figures_warmed 600
  sign_in
  MODULE_API=""
  [ "$(http_status "$BASE_URL/api/core/modules")" = 200 ] && MODULE_API=$BASE_URL
  if [ -n "$MODULE_API" ]; then
    record hotdeploy.via "POST /api/core/modules/<id>/install|uninstall (the platform's module registry)"
  else
    record hotdeploy.via "Karaf's FeaturesService over JMX"
  fi
  local modules
  modules=$(module_features "$WORK/district" | tr '\n' ' ')
  record memory.modules "${modules:-none}"
  record memory.heap_mib "$(jmx heap | awk -F= '{printf "%.1f", $2 / 1048576}')"
  record memory.rss_mib "$(echo "$(rss_kib)" | awk '{printf "%.1f", $1 / 1024}')"
  if [ -z "$modules" ]; then
    record hotdeploy.unavailable "no action module is built yet"
    record memory.cycles_unavailable "no action module is built yet"
  else
    local out log_before
    log_before=$(stat -c %s "$KARAF_DIR/data/log/karaf.log")
    # a module whose API does not come (or go) within the tool's two minutes is a finding, not the end of the run
    if ! out=$(jmx hotdeploy "$HOT_REPS" "$BASE_URL/api/{id}/openapi.json" $modules 2>&1); then
      record hotdeploy.failure "$(grep -m1 -o 'http[^ ]* did not answer .*' <<< "$out" || tail -n 1 <<< "$out")"
      tail -n 80 "$KARAF_DIR/data/log/karaf.log" > "$WORK/hotdeploy-failure.log"
      log "hot deploy failed (see results and $WORK/hotdeploy-failure.log); the run goes on"
    fi
    awk '$1=="install" {print "hotdeploy." $2 ".install_ms\t" $3} $1=="uninstall" {print "hotdeploy." $2 ".uninstall_ms\t" $3}' \
      <<< "$out" >> "$RESULTS"
    grep -q 'changed_bundles=' <<< "$out" && record hotdeploy.changed_bundles "$(grep -o 'changed_bundles=[0-9]*' <<< "$out" | cut -d= -f2)"
    record hotdeploy.refreshes_logged "$(tail -c +"$((log_before + 1))" "$KARAF_DIR/data/log/karaf.log" | grep -c 'Refreshing bundles' || true)"
    # the baseline settles like the end (the hot deploy above leaves the same transient copies behind)
    record memory.before_cycles_heap_mib "$(settled_heap_mib)"
    record memory.before_cycles_rss_mib "$(echo "$(rss_kib)" | awk '{printf "%.1f", $1 / 1024}')"
    jmx cycles "$LEAK_CYCLES" $(tr ' ' '\n' <<< "$modules" | cut -d= -f1)
    record memory.cycles "$LEAK_CYCLES"
    record memory.after_cycles_heap_mib "$(jmx heap | awk -F= '{printf "%.1f", $2 / 1048576}')"
    record memory.after_cycles_rss_mib "$(echo "$(rss_kib)" | awk '{printf "%.1f", $1 / 1024}')"
    # Right after the cycles the heap still holds uninstalled modules through threads that ran their code: Derby keeps
    # a statement parser per thread whose cached Throwable's stack trace names the module's classes, Jetty's pooled
    # request threads among them; those threads end after Jetty's idle timeout (60 s), and with them the copies
    # (docs/reliability.md, section 5). The leak check compares the heap once the platform has been idle that long.
    record memory.settled_after_cycles_heap_mib "$(settled_heap_mib)"
    record memory.settle_seconds "$LEAK_SETTLE_SECONDS"
  fi
  stop_instance
}

# import_file KIND FILE: POST ... wait=true; records nothing, prints "status seconds"
import_file() {
  local args=(-s -o "$WORK/import-response.json" -w '%{http_code} %{time_total}' --max-time 3600
    -H 'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' --data-binary "@$2")
  [ -n "$AUTH_HEADER" ] && args+=(-H "$AUTH_HEADER")
  curl "${args[@]}" "$BASE_URL/api/core/imports?kind=$1&format=XLSX&wait=true"
}

# cpu_seconds: the CPU time (user + system) the platform's JVM has used so far. On a shared machine the CPU time an
# import takes varies far less than its wall time, which waits for the cores other processes hold.
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$(karaf_java_pid)/stat"
}

# fresh_empty_instance NAME: a district copy without demo data, started and ready
fresh_empty_instance() {
  make_instance "$1" "$DISTRIBUTION"
  set_prop "$WORK/$1/etc/org.grassroots.core.cfg" demo false
  cp "$CEILING" "$WORK/$1/deploy/"
  start_instance "$1"
  await_log "grassroots is ready" 600
  sign_in
  # core's resources register one by one after the first; the import resource is in its API description once served
  local tries
  for tries in $(seq 1 120); do
    get "$BASE_URL/api/core/openapi.json" | grep -q '"/imports"' && break
    sleep 0.5
  done
  get "$BASE_URL/api/core/openapi.json" | grep -q '"/imports"' || log "core's import resource is not served after 60 s"
  # the modules start once core answers (ModuleStartGate): an import started before they are served shares the cores
  # with their schema checks and persistence units (6 Dec: 17.0 s instead of ~10 s), which is not the running platform
  # an import meets
  await_modules_served 120 > /dev/null
  await_figures_warmed 300
}

measure_import() {
  log "import: 30,000 members from XLSX, $IMPORT_REPS times into an empty district, then a second file of 30,000"
  local i status seconds cpu
  for i in $(seq 1 "$IMPORT_REPS"); do
    # two files of 30,000 members in the same 1,609 units (the first is the file of a single-file generation)
    tool DataGen "$WORK/gen-30k" IMP 1609 8 60000 2
    fresh_empty_instance import
    read -r status seconds <<< "$(import_file ORGANIZATIONS "$WORK/gen-30k/organizations.xlsx")"
    [ "$status" = 200 ] || { log "organizations import answered $status: $(head -c 2000 "$WORK/import-response.json")"; return 1; }
    record import.orgs_1609_s "$seconds"
    [ "$i" = 1 ] && jfr_start
    cpu=$(cpu_seconds)
    read -r status seconds <<< "$(import_file MEMBERS "$WORK/gen-30k/members-0.xlsx")"
    cpu=$(awk -v a="$cpu" -v b="$(cpu_seconds)" 'BEGIN {printf "%.1f", b - a}')
    [ "$i" = 1 ] && jfr_stop import.members_30k
    [ "$status" = 200 ] || { log "members import answered $status: $(head -c 2000 "$WORK/import-response.json")"; return 1; }
    record import.members_30k_s "$seconds"
    record import.members_30k_cpu_s "$cpu"
    record_import_phases import.members_30k
    # the next file of a district that imports street by street: its checks run against the 30,000 rows just written
    read -r status seconds <<< "$(import_file MEMBERS "$WORK/gen-30k/members-1.xlsx")"
    [ "$status" = 200 ] || { log "second members import answered $status: $(head -c 2000 "$WORK/import-response.json")"; return 1; }
    record import.members_30k_second_s "$seconds"
    record_import_phases import.members_30k_second
    stop_instance
    rm -rf "$WORK/import"
  done
}

# record_import_phases KEY: the phases of the last import from core's log line ("… (parsing 0.4 s, validating 0.7 s,
# writing 8.4 s)") as KEY_parsing_s, KEY_validating_s, KEY_writing_s
record_import_phases() {
  local line phase
  line=$(tail -c +"$((LOG_OFFSET + 1))" "$KARAF_DIR/data/log/karaf.log" | grep 'Import .* of MEMBERS' | tail -1)
  for phase in parsing validating writing; do
    record "$1_${phase}_s" "$(sed -n "s/.*[(, ]$phase \([0-9.]*\) s.*/\1/p" <<< "$line")"
  done
}

measure_city_scale() {
  log "city scale: 16,000 units and 300,000 members imported from XLSX (the import rows)"
  tool DataGen "$WORK/gen-city" CITY 16000 80 300000 1
  record city.members_file_mib "$(du -m "$WORK/gen-city/members-0.xlsx" | cut -f1)"
  fresh_empty_instance city
  local status seconds
  read -r status seconds <<< "$(import_file ORGANIZATIONS "$WORK/gen-city/organizations.xlsx")"
  [ "$status" = 200 ] || { log "organizations import answered $status: $(head -c 2000 "$WORK/import-response.json")"; return 1; }
  record import.orgs_16000_s "$seconds"
  # the peak heap of the import (issue 27, point 5): JFR's default settings record every collection's heap summary
  jcmd "$(karaf_java_pid)" JFR.start name=heap settings=default > /dev/null
  local cpu
  cpu=$(cpu_seconds)
  read -r status seconds <<< "$(import_file MEMBERS "$WORK/gen-city/members-0.xlsx")"
  record import.members_300k_cpu_s "$(awk -v a="$cpu" -v b="$(cpu_seconds)" 'BEGIN {printf "%.1f", b - a}')"
  rm -f "$WORK/import.members_300k.heap.jfr"
  jcmd "$(karaf_java_pid)" JFR.stop name=heap filename="$WORK/import.members_300k.heap.jfr" > /dev/null
  local peak
  peak=$(tool JfrHeap "$WORK/import.members_300k.heap.jfr")
  record import.members_300k_peak_heap_mib "$(sed 's/.*peak_used_mib=\([0-9.]*\).*/\1/' <<< "$peak")"
  record import.members_300k_peak_after_gc_mib "$(sed 's/.*peak_after_gc_mib=\([0-9.]*\).*/\1/' <<< "$peak")"
  record import.members_300k_peak_committed_mib "$(sed 's/.*peak_committed_mib=\([0-9.]*\).*/\1/' <<< "$peak")"
  record import.max_heap_mib "$(jcmd "$(karaf_java_pid)" VM.flags | grep -o 'MaxHeapSize=[0-9]*' | head -1 | cut -d= -f2 | awk '{printf "%.0f", $1 / 1048576}')"
  if [ "$status" = 200 ]; then
    record import.members_300k_s "$seconds"
    # BENCH_CITY_SUITE=true: the API suite on this generated city too (keys cityimport.*: core's data only, no module's)
    [ "${BENCH_CITY_SUITE:-false}" = true ] && query_suite_on city cityimport
  else
    record import.members_300k_failed "HTTP $status after ${seconds}s: $(head -c 300 "$WORK/import-response.json" | tr '\t\n' '  ')"
    log "the 300,000-row file was refused; loading the city in 10 files of 30,000 instead"
    tool DataGen "$WORK/gen-city" CITY 16000 80 300000 10
    for f in "$WORK"/gen-city/members-*.xlsx; do
      read -r status seconds <<< "$(import_file MEMBERS "$f")"
      record import.members_city_chunk_s "$seconds"
    done
  fi
  stop_instance
}

measure_city_copies() {
  log "city scale: the API suite on ten copies of the demo district, every module's data in each"
  # The API suite runs on a city that holds every module's data: BENCH_CITY_COPIES (10) equal copies of the demo
  # district under one city unit (core's demoCopies; each module writes its part into every copy). The copies' figures
  # must equal the first's (copies_equal), so the city's are exactly ten times a district's. Writing them takes long:
  # BENCH_CITY_REUSE=true keeps the instance of an earlier run when its database is there.
  local copies=${BENCH_CITY_COPIES:-10}
  if [ "${BENCH_CITY_REUSE:-false}" = true ] && has_data city-copies; then
    log "reusing the city of an earlier run ($WORK/city-copies)"
  else
    make_instance city-copies "$DISTRIBUTION"
    cp "$CEILING" "$WORK/city-copies/deploy/"
  fi
  start_copies city-copies "$copies" '*' "${BENCH_CITY_DEMO_TIMEOUT:-14400}" || return 1
  await_figures_warmed 1800
  if [ "${BENCH_CITY_CHECK:-true}" = true ]; then
    copies_equal 2024 city || log "the copies' figures differ from the first's (above)"
  fi
  # each module is enabled for the copies' districts (their demo parts); the city unit enables every active module
  # too, as a city running them does, so that the city's figures of each module can be asked at its root
  local city module
  city=$(get "$BASE_URL/api/core/organizations/roots" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  for module in $(get "$BASE_URL/api/core/modules" | python3 -c '
import json, sys
print(" ".join(m["id"] for m in json.load(sys.stdin) if m["state"] == "ACTIVE"))'); do
    curl -s -o /dev/null -X PUT -H "$AUTH_HEADER" -H 'Content-Type: application/json' -d '{"enabled":true}' \
      "$BASE_URL/api/core/modules/$module/enablement/$city"
  done
  # the city's dashboard takes seconds (ten districts' figures): the status checks before each row wait for it
  STATUS_TIMEOUT=60
  query_suite_on city-copies city
  STATUS_TIMEOUT=5
  local street
  read -r street _ <<< "$(pick_street)"
  profile city.members "/api/core/members?subtreeOf=$street&size=50"
  stop_instance
}

# Rural recommender (issue #8 item 7): ranking every enterprise for every open need of all the district's villages.
# (1) The rural module's own micro benchmark (RecommenderBenchmark in its test classes, compiled by the build
# above): the scoring work of one "recommend for all villages" screen, 147 villages x 3 needs, at 200 and 2,000
# enterprises, without HTTP or database. (2) When the district answers, the live endpoint for one village
# (GET /api/rural/recommendations?village=<id>), unloaded latency, with the rural demo data.
measure_rural_recommender() {
  local rural="$ROOT/bundles/rural/target" out
  if [ -f "$rural/test-classes/org/grassroots/rural/internal/match/RecommenderBenchmark.class" ]; then
    local rounds=20
    $QUICK && rounds=8
    # the scoring code uses core-api's types (labels of the needs), so core-api's classes are on the path too
    out=$(java -cp "$rural/classes:$rural/test-classes:$ROOT/bundles/core-api/target/classes" \
      org.grassroots.rural.internal.match.RecommenderBenchmark \
      2000 3 "$rounds")
    log "recommender benchmark: $out"
    # table rows: | enterprises | needs | rankings/round | median ms/round | best ms/round | ns/scoring |
    while IFS='|' read -r _ enterprises needs rankings median best ns _; do
      enterprises=$(echo "$enterprises" | tr -d ' ')
      [[ "$enterprises" =~ ^[0-9]+$ ]] || continue
      record rural.all_villages_${enterprises}.ms "$(echo "$median" | tr -d ' ')"
      record rural.all_villages_${enterprises}.needs "$(echo "$needs" | tr -d ' ')"
      record rural.all_villages_${enterprises}.ns_per_scoring "$(echo "$ns" | tr -d ' ')"
    done <<< "$out"
  else
    record rural.all_villages_2000.unavailable "not measurable: the rural module's test classes are not built"
  fi
  ensure_district
  if module_features "$WORK/district" | grep -q '^grassroots-rural='; then
    start_instance district
    await_log "grassroots is ready" 300
    await_figures_warmed 600
    sign_in
    local village
    village=$(get "$BASE_URL/api/core/organizations?unitType=VILLAGE&size=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
    if [ -n "$village" ]; then
      # the module is off for every unit until enabled (per unit, inherited): switch it on for this village
      curl -s -o /dev/null --max-time 30 -X PUT -H "$AUTH_HEADER" -H 'Content-Type: application/json' \
        -d '{"enabled":true}' "$BASE_URL/api/core/modules/rural/enablement/$village" || true
      single_latency rural.recommend "/api/rural/recommendations?village=$village"
    else
      record rural.recommend.unavailable "no village in the demo district"
    fi
    stop_instance
  else
    record rural.recommend.unavailable "not measurable: the district offers no rural module"
  fi
}

# console_load: the console's dashboard and member list in headless Chromium (Debian chromium + chromedriver, installed
# when missing), on the demo district, signed in as the administrator (issue 27, point 4)
measure_console_load() {
  log "console: dashboard and member list in headless Chromium"
  if ! command -v chromium > /dev/null || ! command -v chromedriver > /dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver > /dev/null 2>&1 || true
  fi
  if ! command -v chromium > /dev/null || ! command -v chromedriver > /dev/null; then
    record console.dashboard.unavailable "chromium and chromedriver are not installed"
    record console.members.unavailable "chromium and chromedriver are not installed"
    return
  fi
  ensure_district
  start_instance district
  await_log "grassroots is ready" 300
  # the first view after a start is measured once the platform has settled and warmed the dashboard's figures, as the
  # first person opening the console after a restart meets it
  await_figures_warmed 600
  local key value
  while IFS=$'\t' read -r key value; do
    record "$key" "$value"
  done < <(tool ConsoleLoad "$BASE_URL" admin "$ADMIN_PASSWORD" "$($QUICK && echo 3 || echo 7)")
  stop_instance
}
