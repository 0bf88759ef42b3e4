# BENCH_DB=postgres: the bench's own throwaway PostgreSQL cluster, one database per Karaf copy (sourced by bench/run
# after lib.sh). Like .ci/run: Debian's server binaries, a data directory of the bench's own ($WORK/postgres), 127.0.0.1
# only, trust authentication on loopback, run as the user postgres when root. Unlike .ci/run, fsync and synchronous
# commit stay on: the figures are those of a server that keeps what it acknowledged. The cluster survives the run (as
# Derby's data/db of each copy does, so that BENCH_PHASES can reuse a copy); bench/run starts it and stops it by
# pg_ctl on exit.

PG_PORT=$((PORT_BASE + 432))
PG_DIR="$WORK/postgres"
PG_BIN=""
PG_STARTED=false

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# psql_bench DATABASE SQL: one statement as the superuser, unaligned output without headers
psql_bench() {
  as_postgres env PGOPTIONS="-c client_min_messages=warning" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$1" -X -q -A -t -v ON_ERROR_STOP=1 -c "$2"
}

postgres_start() {
  for PG_BIN in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ] && break
  done
  [ -x "$PG_BIN/pg_ctl" ] || { log "BENCH_DB=postgres needs PostgreSQL's server (Debian: apt-get install postgresql)"; return 1; }
  if [ ! -s "$PG_DIR/data/PG_VERSION" ]; then
    mkdir -p "$PG_DIR"
    [ "$(id -u)" = 0 ] && chown postgres: "$PG_DIR"
    # C.UTF-8, not C: a collation under which LIKE 'prefix%' needs the text_pattern_ops indexes, as a city's would
    as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 > "$PG_DIR/initdb.log"
  fi
  log "starting PostgreSQL ($PG_BIN) on 127.0.0.1:$PG_PORT, data in $PG_DIR/data"
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 120 start -o "-p $PG_PORT \
    -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_DIR -c max_connections=100" > /dev/null \
    || { tail -n 30 "$PG_DIR/server.log" >&2; return 1; }
  PG_STARTED=true
}

postgres_stop() {
  $PG_STARTED || return 0
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop > /dev/null 2>&1 || true
  PG_STARTED=false
}

# postgres_database NAME: the database of the Karaf copy NAME
postgres_database() { echo "bench_${1//[^a-zA-Z0-9]/_}" | tr 'A-Z' 'a-z'; }

# postgres_switch NAME: a new empty database for the copy NAME, and the copy switched to it with the one file an
# operator edits (docs/postgresql.md)
postgres_switch() {
  local db file="$WORK/$1/etc/org.ops4j.datasource-grassroots.cfg"
  [ -f "$file" ] || return 0   # stock Karaf has no grassroots database
  db=$(postgres_database "$1")
  psql_bench postgres "DROP DATABASE IF EXISTS $db"
  psql_bench postgres "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0"
  # the Derby lines commented out, the PostgreSQL block switched on
  sed -i -E 's|^(osgi\.jdbc\.driver\.name = derby)$|#\1|; s|^(url = jdbc:derby:.*)$|#\1|' "$file"
  sed -i -E "s|^#osgi\.jdbc\.driver\.name = PostgreSQL JDBC Driver$|osgi.jdbc.driver.name = PostgreSQL JDBC Driver|" "$file"
  sed -i -E "s|^#url = jdbc:postgresql:.*$|url = jdbc:postgresql://127.0.0.1:$PG_PORT/$db|" "$file"
  sed -i -E "s|^#user = .*$|user = postgres|" "$file"
  grep -q "^url = jdbc:postgresql://127.0.0.1:$PG_PORT/$db$" "$file" \
    || { log "could not switch $file to PostgreSQL (its layout changed?)"; return 1; }
}

# postgres_has_data NAME: whether the copy NAME's database holds core's tables (a start has run)
postgres_has_data() {
  local db
  db=$(postgres_database "$1")
  [ "$(psql_bench postgres "SELECT count(*) FROM pg_database WHERE datname = '$db'" 2>/dev/null)" = 1 ] || return 1
  [ "$(psql_bench "$db" "SELECT count(*) FROM pg_tables WHERE tablename = 'core_member'" 2>/dev/null)" = 1 ]
}

# postgres_explain_subtree NAME STREET_ID SCALE: the plan of core's member search in a street's subtree (a count over the
# unit-path prefix, as the search's count query does); records whether it used the text_pattern_ops index
postgres_explain_subtree() {
  local db path plan key="postgres.$3_subtree_prefix_index"
  db=$(postgres_database "$1")
  path=$(psql_bench "$db" "SELECT path FROM core_organization WHERE id = $2")
  plan=$(psql_bench "$db" "EXPLAIN SELECT count(*) FROM core_member WHERE org_path LIKE '$path%'")
  log "plan of the member search under street $2 ($path):"$'\n'"$plan"
  mkdir -p "$WORK"
  printf 'EXPLAIN SELECT count(*) FROM core_member WHERE org_path LIKE '"'"'%s%%'"'"'\n%s\n' "$path" "$plan" \
    > "$WORK/$1.subtree-plan.txt"
  record "postgres.$3_subtree_plan" "$WORK/$1.subtree-plan.txt"
  if grep -q 'core_member_org_path_pfx' <<< "$plan" && grep -q '~>=~' <<< "$plan"; then
    record "$key" yes
  else
    record "$key" "no: $(tr '\n' ' ' <<< "$plan" | head -c 300)"
  fi
}

# postgres_prefix_scans NAME: how often the member table's text_pattern_ops index has been scanned in the copy's
# database (the server's statistics, flushed within a second or so of a transaction's end)
postgres_prefix_scans() {
  psql_bench "$(postgres_database "$1")" \
    "SELECT coalesce(sum(idx_scan), 0) FROM pg_stat_user_indexes WHERE indexrelname = 'core_member_org_path_pfx'"
}
