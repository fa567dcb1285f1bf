#!/usr/bin/env bash
# Runs every test of RackHouse Conduct, as CI does:
#   1. installs what is missing (postgresql, chromium) when run as root, or says the apt command otherwise;
#   2. builds the solution and checks each provider's migrations against the model (dotnet ef drift check);
#   3. starts a throwaway PostgreSQL server on loopback;
#   4. runs the unit tests, the integration tests on SQLite and again on PostgreSQL, and the browser tests;
#   5. fails if any test failed or was skipped, and prints "N passed, M failed" as its last line.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Hundreds of test portals each watch their files; inotify allows 128 watchers per user by default, so poll instead.
export DOTNET_USE_POLLING_FILE_WATCHER=true

say() { printf '\n== %s\n' "$*"; }

postgres_bin() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
  else
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
  fi
}

missing=()
[ -n "$(postgres_bin)" ] && [ -x "$(postgres_bin)/initdb" ] || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    say "Installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || {
      echo "apt-get install ${missing[*]} failed"; echo "0 passed, 1 failed"; exit 1; }
  else
    echo "The tests need: ${missing[*]}. Install with: sudo apt-get install -y ${missing[*]}"
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

say "Building"
dotnet tool restore >/dev/null || { echo "dotnet tool restore failed"; echo "0 passed, 1 failed"; exit 1; }
if ! dotnet build RackHouse.Conduct.sln -nologo -clp:ErrorsOnly; then
  echo "The build failed."; echo "0 passed, 1 failed"; exit 1
fi

failed_checks=0
say "Migration drift check (dotnet ef migrations has-pending-model-changes)"
for provider in Sqlite SqlServer PostgreSql; do
  project="src/RackHouse.Conduct.Migrations.$provider"
  if dotnet ef migrations has-pending-model-changes --no-build --project "$project" --startup-project "$project" >/tmp/conduct-drift.log 2>&1; then
    echo "$provider: no pending model changes"
  else
    cat /tmp/conduct-drift.log
    echo "$provider: the model has changes with no migration: run scripts/add-migration.sh <Name>"
    failed_checks=$((failed_checks + 1))
  fi
done

say "Starting a throwaway PostgreSQL server"
pg_dir=$(mktemp -d /tmp/conduct-pg.XXXXXX)
pg_port=""
first_port=$((55432 + $$ % 500))
for candidate in $(seq "$first_port" $((first_port + 100))); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then pg_port=$candidate; break; fi
done
as_postgres() {
  # From / so the postgres user is not asked to enter a folder it cannot read.
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}
[ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
bin=$(postgres_bin)
stop_postgres() {
  as_postgres "$bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT
if ! as_postgres "$bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 >"$pg_dir/initdb.log" 2>&1 ||
   ! as_postgres "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -o \
     "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
     start >/dev/null; then
  cat "$pg_dir"/*.log 2>/dev/null
  echo "PostgreSQL did not start."; echo "0 passed, 1 failed"; exit 1
fi
# pg_signal_backend lets a test drop its database WITH (FORCE) even while an autovacuum worker is in it.
if ! as_postgres "$bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres \
     -c "CREATE ROLE conduct LOGIN CREATEDB PASSWORD 'conduct' IN ROLE pg_signal_backend"; then
  echo "Could not create the test role on PostgreSQL."; echo "0 passed, 1 failed"; exit 1
fi
echo "PostgreSQL is listening on 127.0.0.1:$pg_port"
postgres="Host=127.0.0.1;Port=$pg_port;Username=conduct;Password=conduct"

passed=0; failed=0; skipped=0
run_tests() {
  local label=$1; shift
  say "$label"
  local log
  log=$(mktemp)
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local line
  line=$(grep -E '^(Passed|Failed)!' "$log" | tail -n 1)
  if [ -z "$line" ]; then
    echo "$label: no test results (exit code $status)"
    failed=$((failed + 1))
  else
    local f p s
    f=$(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<<"$line")
    p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$line")
    s=$(sed -E 's/.*Skipped: *([0-9]+).*/\1/' <<<"$line")
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
      echo "$label: the test run exited with $status"
      failed=$((failed + 1))
    fi
  fi
  rm -f "$log"
}

test_args=(--no-build --nologo --blame-hang-timeout 10m)
run_tests "Unit tests" dotnet test tests/RackHouse.Conduct.UnitTests "${test_args[@]}"
run_tests "Integration tests on SQLite" env -u CONDUCT_TEST_PROVIDER -u CONDUCT_TEST_POSTGRES \
  dotnet test tests/RackHouse.Conduct.IntegrationTests "${test_args[@]}"
run_tests "Integration tests on PostgreSQL" env CONDUCT_TEST_PROVIDER=PostgreSql CONDUCT_TEST_POSTGRES="$postgres" \
  dotnet test tests/RackHouse.Conduct.IntegrationTests "${test_args[@]}"
run_tests "Browser tests in Chromium" dotnet test tests/RackHouse.Conduct.BrowserTests "${test_args[@]}"

failed=$((failed + failed_checks))
say "Summary"
if [ "$skipped" -gt 0 ]; then
  echo "$skipped tests were skipped: every test must run, so this run fails."
  echo "$passed passed, $failed failed, $skipped skipped"
  exit 1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
