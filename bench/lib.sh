# Functions shared by bench/run: Karaf copies (create, start, stop), HTTP polling, result recording.
# Every Karaf here is one this script unpacked and started; it is stopped by its own pid, never by name.

# Ports of the (single) Karaf running at a time, from BENCH_PORT_BASE.
HTTP_PORT=$((PORT_BASE + 181))
SSH_PORT=$((PORT_BASE + 101))
RMI_REGISTRY_PORT=$((PORT_BASE + 99))
RMI_SERVER_PORT=$((PORT_BASE + 444))
BASE_URL="http://127.0.0.1:$HTTP_PORT"
JMX_USER=bench
# one random password per work directory, so copies made by an earlier (partial) run keep working
mkdir -p "$WORK"
[ -s "$WORK/jmx-password" ] || echo "bench-$RANDOM$RANDOM$RANDOM" > "$WORK/jmx-password"
JMX_PASSWORD=$(cat "$WORK/jmx-password")
# The platform's administrator in every grassroots copy: no password ships, so the bench sets the first one (the
# environment variable wins over etc/org.grassroots.security.cfg and is ignored by stock Karaf). It satisfies the
# password policy (12+ characters, upper and lower case, digits, a symbol).
[ -s "$WORK/admin-password" ] || echo "Bench-$RANDOM$RANDOM-Pw9!" > "$WORK/admin-password"
ADMIN_PASSWORD=$(cat "$WORK/admin-password")
export GRASSROOTS_INITIAL_ADMIN_PASSWORD=$ADMIN_PASSWORD
USER_AUTH_HEADER=${AUTH_HEADER:-}
BASIC_AUTH_HEADER="Authorization: Basic $(printf 'admin:%s' "$ADMIN_PASSWORD" | base64 -w0)"
AUTH_HEADER=${USER_AUTH_HEADER:-$BASIC_AUTH_HEADER}

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# record KEY VALUE: one measurement (repeated keys are repeated runs)
record() { printf '%s\t%s\n' "$1" "$2" >> "$RESULTS"; log "result $1 = $2"; }

# set_prop FILE KEY VALUE: replace "key = ..." (commented or not) or append it
set_prop() {
  local file=$1 key=$2 value=$3
  if grep -Eq "^#?[[:space:]]*${key//./\\.}[[:space:]]*=" "$file" 2>/dev/null; then
    sed -i -E "s|^#?[[:space:]]*${key//./\\.}[[:space:]]*=.*|${key} = ${value}|" "$file"
  else
    printf '%s = %s\n' "$key" "$value" >> "$file"
  fi
}

# make_instance NAME TARBALL: unpack a Karaf into $WORK/NAME with the bench ports and a JMX account
make_instance() {
  local name=$1 tarball=$2 dir="$WORK/$1"
  rm -rf "$dir" "$WORK/unpack"
  mkdir -p "$WORK/unpack"
  tar xzf "$tarball" -C "$WORK/unpack"
  mv "$WORK/unpack"/* "$dir"
  rmdir "$WORK/unpack"
  set_prop "$dir/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$HTTP_PORT"
  set_prop "$dir/etc/org.apache.karaf.shell.cfg" sshPort "$SSH_PORT"
  set_prop "$dir/etc/org.apache.karaf.shell.cfg" sshHost 127.0.0.1
  set_prop "$dir/etc/org.apache.karaf.management.cfg" rmiRegistryPort "$RMI_REGISTRY_PORT"
  set_prop "$dir/etc/org.apache.karaf.management.cfg" rmiServerPort "$RMI_SERVER_PORT"
  set_prop "$dir/etc/org.apache.karaf.management.cfg" rmiRegistryHost 127.0.0.1
  set_prop "$dir/etc/org.apache.karaf.management.cfg" rmiServerHost 127.0.0.1
  if [ -n "${M2_REPO:-}" ]; then
    set_prop "$dir/etc/org.ops4j.pax.url.mvn.cfg" org.ops4j.pax.url.mvn.localRepository "$M2_REPO"
  fi
  printf '\n_g_\\:benchgroup = group,admin,manager,viewer,systembundles,ssh\n%s = %s,_g_:benchgroup\n' \
    "$JMX_USER" "$JMX_PASSWORD" >> "$dir/etc/users.properties"
  if [ "${BENCH_DB:-derby}" = postgres ]; then postgres_switch "$name"; fi
}

# has_data NAME: whether the copy NAME has a database written by an earlier start (Derby's data/db, or core's tables
# in the copy's PostgreSQL database)
has_data() {
  if [ "${BENCH_DB:-derby}" = postgres ]; then
    [ -d "$WORK/$1/etc" ] && postgres_has_data "$1"
  else
    [ -d "$WORK/$1/data/db" ]
  fi
}

KARAF_SCRIPT_PID=""
KARAF_DIR=""
START_MS=0

# start_instance NAME: starts bin/karaf server in the background; START_MS is when it was launched
start_instance() {
  KARAF_DIR="$WORK/$1"
  # karaf.log survives restarts: await_log looks only at what this start appends
  LOG_OFFSET=$(stat -c %s "$KARAF_DIR/data/log/karaf.log" 2>/dev/null || echo 0)
  # a new start: back to Basic until sign_in (tokens of another copy are signed with another key)
  AUTH_HEADER=${USER_AUTH_HEADER:-$BASIC_AUTH_HEADER}
  START_MS=$(now_ms)
  ( cd "$KARAF_DIR" && export EXTRA_JAVA_OPTS="${EXTRA_JAVA_OPTS:-}" && exec bin/karaf server > "$KARAF_DIR/console.log" 2>&1 < /dev/null ) &
  KARAF_SCRIPT_PID=$!
}

# The JVM of the running instance (a descendant of the script we started).
karaf_java_pid() {
  local pid=$KARAF_SCRIPT_PID child
  for _ in 1 2 3; do
    child=$(pgrep -P "$pid" | head -1 || true)
    [ -z "$child" ] && break
    pid=$child
  done
  echo "$pid"
}

# stop_instance: orderly shutdown through bin/stop, then SIGTERM/SIGKILL to our own pids only if it hangs
stop_instance() {
  [ -z "$KARAF_SCRIPT_PID" ] && return 0
  local java_pid
  java_pid=$(karaf_java_pid)
  (cd "$KARAF_DIR" && bin/stop > /dev/null 2>&1) || true
  for _ in $(seq 1 600); do
    kill -0 "$KARAF_SCRIPT_PID" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$KARAF_SCRIPT_PID" 2>/dev/null; then
    log "bin/stop did not stop pid $java_pid within 60 s; terminating it"
    kill -TERM "$java_pid" 2>/dev/null || true
    sleep 10
    kill -KILL "$java_pid" "$KARAF_SCRIPT_PID" 2>/dev/null || true
  fi
  wait "$KARAF_SCRIPT_PID" 2>/dev/null || true
  KARAF_SCRIPT_PID=""
}

# http_status URL: the status code, 000 when nothing answers within STATUS_TIMEOUT s (5; auth header from BENCH_AUTH_HEADER)
http_status() {
  local args=(-s -o /dev/null -w '%{http_code}' --max-time "${STATUS_TIMEOUT:-5}")
  [ -n "$AUTH_HEADER" ] && args+=(-H "$AUTH_HEADER")
  curl "${args[@]}" "$1" || true
}

# await URL MODE TIMEOUT_S: polls every 20 ms until the URL answers (MODE any) or answers 200 (MODE ok);
# prints the milliseconds since START_MS
await() {
  local url=$1 mode=$2 deadline=$(( $(now_ms) + $3 * 1000 )) status
  while [ "$(now_ms)" -lt "$deadline" ]; do
    if ! kill -0 "$KARAF_SCRIPT_PID" 2>/dev/null; then
      log "Karaf in $KARAF_DIR exited; see $KARAF_DIR/console.log and data/log/karaf.log"; return 1
    fi
    status=$(http_status "$url")
    if { [ "$mode" = ok ] && [ "$status" = 200 ]; } || { [ "$mode" = any ] && [ "$status" != 000 ]; }; then
      echo $(( $(now_ms) - START_MS )); return 0
    fi
    sleep 0.02
  done
  log "$url did not answer ($mode) within $3 s"; return 1
}

# sign_in: a Bearer token for the running copy, for the load runs. HTTP Basic would do too, but the platform
# trusts a verified Basic credential for 10 s only, and every connection that misses that cache pays a full
# PBKDF2 hash (210,000 iterations), which would make the load runs measure password hashing.
sign_in() {
  [ -n "$USER_AUTH_HEADER" ] && return 0
  local token="" tries
  # the sign-in resource registers a moment after core's first resources; try for up to 60 s
  for tries in $(seq 1 60); do
    token=$(curl -sf --max-time 30 -X POST -H 'Content-Type: application/json' \
      -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" "$BASE_URL/api/auth/login" \
      | grep -o '"token":"[^"]*"' | cut -d'"' -f4) || true
    [ -n "$token" ] && break
    sleep 1
  done
  if [ -n "$token" ]; then AUTH_HEADER="Authorization: Bearer $token"; else log "sign-in failed; staying with Basic"; fi
}

# get URL: body of an authenticated GET
get() {
  local args=(-sf --max-time 60)
  [ -n "$AUTH_HEADER" ] && args+=(-H "$AUTH_HEADER")
  curl "${args[@]}" "$1"
}

# json_field JSON FIELD: a top-level number field of a JSON object (no jq needed)
json_number() { grep -o "\"$2\":[0-9.]*" <<< "$1" | head -1 | cut -d: -f2; }

tool() { java -cp "$BENCH_DIR/tools/target/classes:$BENCH_DIR/tools/target/lib/*" "org.grassroots.bench.tools.$@"; }

jmx() {
  BENCH_JMX_URL="service:jmx:rmi://127.0.0.1:$RMI_SERVER_PORT/jndi/rmi://127.0.0.1:$RMI_REGISTRY_PORT/karaf-root" \
  BENCH_JMX_USER=$JMX_USER BENCH_JMX_PASSWORD=$JMX_PASSWORD BENCH_AUTH_HEADER=$AUTH_HEADER \
  BENCH_MODULE_API=${MODULE_API:-} tool Karaf "$@"
}

rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$(karaf_java_pid)/status"; }
