#!/usr/bin/env bash
# Read-replica drill with real MariaDB binlog replication, all on this machine (no Docker):
#  1. two private mariadbd under a temp dir: a primary (binlog, server-id 1) and a replica
#     (server-id 2, read_only) replicating from it (GTID);
#  2. the server (src/main.ts) on the primary with DATABASE_REPLICA_URLS = the replica: it migrates
#     and seeds the demo data on the primary; the replica receives both through replication;
#  3. a demo sign-in, then a GraphQL query: the replica's Com_select grows, the primary's does not
#     (beyond the session check, which always reads the primary);
#  4. a mutation: the primary's Com_update grows and the mutation answers its own write; the
#     replica shows the new name after the replication lag, which is printed;
#  5. everything it started is stopped (also on failure).
# Usage: bash scripts/replica-drill.sh   (needs mariadbd and mariadb-install-db; ~1-2 min)
set -euo pipefail
cd "$(dirname "$0")/.."
t0=$(date +%s%N)
say() { printf '[replica-drill %6.1fs] %s\n' "$(( ($(date +%s%N) - t0) / 1000000 ))e-3" "$*"; }

work=$(mktemp -d /tmp/rt-replica-XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
PRIMARY_PORT=$(free_port)
REPLICA_PORT=$(free_port)
while [ "$REPLICA_PORT" = "$PRIMARY_PORT" ]; do REPLICA_PORT=$(free_port); done
API_PORT=$(free_port)
CLIENT=$(command -v mariadb || command -v mysql)
sql() { local port=$1; shift; "$CLIENT" --protocol=tcp -h127.0.0.1 -P"$port" -uroot --batch --skip-column-names "$@"; }
stat() { sql "$1" -e "SHOW GLOBAL STATUS LIKE '$2'" | awk '{print $2}'; }
replica_status() { "$CLIENT" --protocol=tcp -h127.0.0.1 -P"$REPLICA_PORT" -uroot -e 'SHOW SLAVE STATUS\G'; }

start_db() { # name port server-id extra…
  local name=$1 port=$2 id=$3; shift 3
  mkdir -p "$work/$name"
  chown mysql:mysql "$work/$name" 2>/dev/null || true
  mariadb-install-db --no-defaults --datadir="$work/$name/data" --user=mysql >"$work/$name/install.log" 2>&1
  # No grant tables: a throwaway server on loopback only (root without a password, as in the tests).
  mariadbd --no-defaults --datadir="$work/$name/data" --port="$port" --bind-address=127.0.0.1 \
    --socket="$work/$name/sock" --user=mysql --skip-grant-tables --server-id="$id" \
    --innodb-buffer-pool-size=128M --log-error="$work/$name/err.log" "$@" >/dev/null 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do sql "$port" -e 'SELECT 1' >/dev/null 2>&1 && return 0; sleep 0.2; done
  echo "mariadbd $name did not start:"; tail -20 "$work/$name/err.log"; exit 1
}

say "starting a primary (port $PRIMARY_PORT) and a replica (port $REPLICA_PORT)"
start_db primary "$PRIMARY_PORT" 1 --log-bin=primary-bin --binlog-format=ROW
start_db replica "$REPLICA_PORT" 2 --read-only=ON --relay-log=replica-relay
sql "$REPLICA_PORT" -e "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$PRIMARY_PORT, MASTER_USER='root',
  MASTER_PASSWORD='', MASTER_USE_GTID=slave_pos; START SLAVE;"
for _ in $(seq 1 50); do
  running=$(replica_status | awk '/Slave_IO_Running:|Slave_SQL_Running:/{print $2}' | sort -u)
  [ "$running" = "Yes" ] && break
  sleep 0.2
done
[ "$running" = "Yes" ] || { replica_status | grep -E 'Running|Error'; exit 1; }
say "replication running"

say "starting the server on the primary, reads on the replica (migrate + demo seed)"
(
  cd packages/server
  NODE_ENV=development HOST=127.0.0.1 PORT=$API_PORT LOG_LEVEL=warn ADMIN_DIR= RESIDENT_DIR= \
    DATABASE_URL="mariadb://root@127.0.0.1:$PRIMARY_PORT/rt_replica_drill" \
    DATABASE_REPLICA_URLS="mariadb://root@127.0.0.1:$REPLICA_PORT/rt_replica_drill" \
    DB_SEED_DEMO=true JOBS_ENABLED=false AUTH_SECRET=replica-drill-secret-0123456789abcdef \
    exec node --import tsx src/main.ts >"$work/server.log" 2>&1
) &
pids+=($!)
for _ in $(seq 1 600); do grep -q 'Roundtable is ready' "$work/server.log" && break; sleep 0.5; done
grep -q 'Roundtable is ready' "$work/server.log" || { cat "$work/server.log"; exit 1; }
say "server ready on port $API_PORT"

gql() { # query-json [token]
  curl -sS "http://127.0.0.1:$API_PORT/graphql" -H 'content-type: application/json' \
    ${2:+-H "authorization: Bearer $2"} --data "$1"
}
# The demo data reached the replica (written on the primary only).
for _ in $(seq 1 100); do
  [ "$(sql "$REPLICA_PORT" -e 'SELECT COUNT(*) FROM rt_replica_drill.user' 2>/dev/null || echo 0)" -gt 0 ] && break
  sleep 0.2
done
users_p=$(sql "$PRIMARY_PORT" -e 'SELECT COUNT(*) FROM rt_replica_drill.user')
users_r=$(sql "$REPLICA_PORT" -e 'SELECT COUNT(*) FROM rt_replica_drill.user')
say "users: primary $users_p, replica $users_r"
[ "$users_p" -gt 0 ] && [ "$users_p" = "$users_r" ]

token=$(gql '{"query":"mutation { login(input: { phone: \"13800000002\", password: \"Demo@2026\" }) { accessToken } }"}' |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).data.login.accessToken))')

# A query: answered by the replica.
sel_r0=$(stat "$REPLICA_PORT" Com_select)
q=$(gql '{"query":"{ me { displayName } tickets(first: 20) { totalCount edges { node { id title } } } }"}' "$token")
sel_r1=$(stat "$REPLICA_PORT" Com_select)
echo "$q" | grep -q '"displayName"' || { echo "query failed: $q"; exit 1; }
say "query: replica Com_select +$((sel_r1 - sel_r0))"
[ $((sel_r1 - sel_r0)) -gt 0 ]

# A mutation: written and read back on the primary; the replica follows.
upd_p0=$(stat "$PRIMARY_PORT" Com_update)
sel_r0=$(stat "$REPLICA_PORT" Com_select)
sent=$(date +%s%N)
m=$(gql '{"query":"mutation { updateMyProfile(input: { displayName: \"复制演练\" }) { displayName } }"}' "$token")
upd_p1=$(stat "$PRIMARY_PORT" Com_update)
sel_r1=$(stat "$REPLICA_PORT" Com_select)
echo "$m" | grep -q '"displayName":"复制演练"' || { echo "mutation did not read its own write: $m"; exit 1; }
say "mutation: primary Com_update +$((upd_p1 - upd_p0)), replica Com_select +$((sel_r1 - sel_r0)) (its reads were on the primary)"
[ $((upd_p1 - upd_p0)) -gt 0 ] && [ $((sel_r1 - sel_r0)) -eq 0 ]
for _ in $(seq 1 500); do
  name=$(sql "$REPLICA_PORT" -e "SELECT displayName FROM rt_replica_drill.user WHERE phone LIKE '%13800000002%' OR displayName = '复制演练' LIMIT 1")
  [ "$name" = "复制演练" ] && break
  sleep 0.01
done
say "replica shows the new name $(( ($(date +%s%N) - sent) / 1000000 )) ms after the mutation was sent"
[ "$name" = "复制演练" ]
q=$(gql '{"query":"{ me { displayName } }"}' "$token")
echo "$q" | grep -q '复制演练'
say "a later query (on the replica) answers the new name: PASS"
