#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the storage tests (no Docker: initdb and postgres refuse to run as root,
# so the cluster belongs to the postgres user). Prints the connection URL on stdout.
# Usage: eval "$(scripts/start-test-postgres.sh)"  → exports HEARD_TEST_DATABASE_URL
set -euo pipefail
port="${HEARD_TEST_PG_PORT:-54329}"
# Take the next port when one is busy (another cluster of a developer's).
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$bin/initdb" ] || { echo "start-test-postgres: PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2; exit 1; }
dir="$(mktemp -d /tmp/heard-pg.XXXXXX)"
chown postgres "$dir" 2>/dev/null || true
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_postgres "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync >/dev/null
as_postgres "$bin/pg_ctl" -D "$dir/data" -w -l "$dir/log" \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null
echo "export HEARD_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres HEARD_TEST_PG_DIR=$dir"
