#!/usr/bin/env bash
# Runs the benchmarks in Release against a private PostgreSQL (started and stopped here).
# Usage: ./scripts/bench.sh [runtime|calls|memory|storage|catalog|search|registry|lineage|cdc|streams|remote|failover|cluster|all]
# (runtime = calls + memory; cluster = remote + failover, both start silo processes on PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d /tmp/dataspine-bench.XXXXXX); chmod 755 "$work"
trap '"$root/scripts/postgres.sh" stop "$work/pg"; rm -rf "$work"' EXIT
DATASPINE_BENCH_POSTGRES=$("$root/scripts/postgres.sh" start "$work/pg" $(( 20000 + RANDOM % 20000 )))
export DATASPINE_BENCH_POSTGRES
dotnet run -c Release --project tests/Benchmarks -- "${1:-all}"
