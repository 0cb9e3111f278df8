#!/usr/bin/env bash
# Runs every test project against real dependencies, which it provides: installs what is missing
# (PostgreSQL, promtool, librdkafka, Node.js/npm, Chromium) when run as root, starts a private PostgreSQL for the run, stops it
# after. The last line is a plain summary summed over all test projects: "N passed, N failed, N skipped".
# Usage: ./scripts/test.sh [extra dotnet test arguments, e.g. --filter ...]
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

need_packages=()
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need_packages+=(postgresql)
command -v promtool >/dev/null 2>&1 || need_packages+=(prometheus)
ldconfig -p 2>/dev/null | grep -q librdkafka.so.1 || need_packages+=(librdkafka1)
command -v npm >/dev/null 2>&1 || need_packages+=(nodejs npm)   # Confluent's JS client test, the dashboard's browser test
[ -x /usr/bin/chromium ] || need_packages+=(chromium)            # the dashboard in headless Chromium (via npm playwright-core)
if [ ${#need_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "Missing packages: ${need_packages[*]}. Install them (sudo apt-get install -y ${need_packages[*]}) or run as root." >&2
    exit 1
  fi
  echo "Installing ${need_packages[*]} ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null \
    || { echo "apt-get install ${need_packages[*]} failed" >&2; exit 1; }
fi

work=$(mktemp -d /tmp/dataspine-test.XXXXXX)
chmod 755 "$work"
pgdata="$work/pg"
port=$(( 20000 + RANDOM % 20000 ))
cleanup() { "$root/scripts/postgres.sh" stop "$pgdata"; rm -rf "$work"; }
trap cleanup EXIT
DATASPINE_TEST_POSTGRES=$("$root/scripts/postgres.sh" start "$pgdata" "$port") || { echo "PostgreSQL did not start" >&2; exit 1; }
export DATASPINE_TEST_POSTGRES

dotnet build Cluster.sln -nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }

# Cluster.Tests runs alone, after the rest: its silo processes probe each other every second, and on two cores
# shared with the other suites a starved silo can be declared dead by its peers (a failure of the machine, not of the code).
log="$work/test.log"
if [ $# -gt 0 ]; then
  dotnet test Cluster.sln --no-build -nologo "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
else
  dotnet test Cluster.sln --no-build -nologo --filter "FullyQualifiedName!~DataSpine.Cluster.Tests" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  dotnet test tests/Cluster.Tests --no-build -nologo 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
fi

# Each test project prints "Passed!  - Failed: F, Passed: P, Skipped: S, Total: T, ..." (or "Failed!").
sum() { grep -E '^(Passed|Failed)! +- ' "$log" | sed -E "s/.*$1: +([0-9]+).*/\1/" | awk '{ s += $1 } END { print s + 0 }'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
projects=$(grep -cE '^(Passed|Failed)! +- ' "$log")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # the run broke without a count (crash, hang, build error): never report green
fi
echo "Test projects reporting: $projects"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
