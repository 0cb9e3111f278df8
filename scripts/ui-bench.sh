#!/usr/bin/env bash
# Web UI benchmarks (issue 15; not tests): starts an embedded node (Release) with the sample catalog on a free port,
# then prints the first page's gzipped JavaScript, the cold load of the search page to interactive (Chromium),
# and a generated 10,000-node lineage graph's load, worker layout time and longest main-thread task while panning.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
dotnet build src/Silo -c Release -nologo -v quiet -clp:ErrorsOnly
work=$(mktemp -d /tmp/dataspine-ui-bench.XXXXXX)
port=$(( 20000 + RANDOM % 20000 ))
cd "$work"
# The node refuses API calls without a key: give it an admin key of our own and the scripts the same one.
DATASPINE_API_KEY="dsk_bench_$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
export DATASPINE_API_KEY
# The 10,000-node graph goes in as thousands of OpenLineage posts: above the default per-key rate limit.
Auth__BootstrapAdminKey="$DATASPINE_API_KEY" RateLimits__PerKeyPerMinute=1000000 Cluster__AdvertisedAddress=127.0.0.1:$((port + 1)) Cluster__GatewayPort=$((port + 2)) \
  dotnet "$root/src/Silo/bin/Release/net10.0/DataSpine.Silo.dll" --urls="http://127.0.0.1:$port" > "$work/node.log" 2>&1 &
node_pid=$!
trap 'kill $node_pid 2>/dev/null; wait $node_pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 150); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.2; done
sleep 2 # the sample scan
cd "$root/src/WebUi"
node e2e/bench.mjs "http://127.0.0.1:$port"
node e2e/lineage10k.mjs "http://127.0.0.1:$port" "$work"
