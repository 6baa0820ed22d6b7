#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store tests and print its SQLAlchemy URL on stdout.
#
#   export FLASHPOINT_TEST_PG_URL="$(bash scripts/start-postgres.sh)"
#
# Installs the Debian `postgresql` package when it is missing, then runs a private cluster (trust auth,
# 127.0.0.1 only) in $FLASHPOINT_PG_DIR (default /tmp/flashpoint-pg) on $FLASHPOINT_PG_PORT (default 54329).
# Running it again reuses a running cluster. Stop it with:
#   su postgres -c "pg_ctl -D /tmp/flashpoint-pg/data stop"
# Everything but the URL goes to stderr.
set -euo pipefail

PG_DIR="${FLASHPOINT_PG_DIR:-/tmp/flashpoint-pg}"
PG_PORT="${FLASHPOINT_PG_PORT:-54329}"
PG_DB="flashpoint"
log() { echo "start-postgres: $*" >&2; }

pg_bin() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    [[ -n "$dir" && -x "$dir/pg_ctl" ]] && echo "$dir"
}

if ! BIN="$(pg_bin)"; then
    log "installing the Debian postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    BIN="$(pg_bin)"
fi

as_postgres() { su postgres -s /bin/bash -c "$*"; }

mkdir -p "$PG_DIR"
chown postgres:postgres "$PG_DIR"
if [[ ! -f "$PG_DIR/data/PG_VERSION" ]]; then
    log "initialising a cluster in $PG_DIR/data"
    as_postgres "'$BIN/initdb' -D '$PG_DIR/data' -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8" >&2
fi
if ! as_postgres "'$BIN/pg_ctl' -D '$PG_DIR/data' status" >/dev/null 2>&1; then
    log "starting on 127.0.0.1:$PG_PORT"
    as_postgres "'$BIN/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/server.log' -w -t 60 \
        -o \"-c listen_addresses=127.0.0.1 -p $PG_PORT -k '$PG_DIR' -c fsync=off\" start" >&2
fi
if ! as_postgres "'$BIN/psql' -h 127.0.0.1 -p $PG_PORT -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='$PG_DB'\"" \
    | grep -q 1; then
    as_postgres "'$BIN/createdb' -h 127.0.0.1 -p $PG_PORT -U postgres $PG_DB" >&2
fi
echo "postgresql://postgres@127.0.0.1:$PG_PORT/$PG_DB"
