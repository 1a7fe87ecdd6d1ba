#!/usr/bin/env bash
# Makes sure PostgreSQL (5432) and Redis (6379) answer on loopback for the second test
# pass: uses running servers, otherwise starts Debian's packages when it can.
# Exit 0 when both answer, 1 (with a loud message) when they cannot be had.
set -uo pipefail

up() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if ! up 5432 && command -v pg_ctlcluster >/dev/null; then
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
  if [[ -n "$version" ]]; then
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
    sleep 2
  fi
fi
if ! up 6379 && command -v redis-server >/dev/null; then
  mkdir -p /tmp/fornuft-redis
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --dir /tmp/fornuft-redis --logfile /tmp/fornuft-redis/redis.log >/dev/null 2>&1 || true
  sleep 1
fi

status=0
up 5432 || { echo "!!! PostgreSQL is not reachable on 127.0.0.1:5432" >&2; status=1; }
up 6379 || { echo "!!! Redis is not reachable on 127.0.0.1:6379" >&2; status=1; }
exit $status
