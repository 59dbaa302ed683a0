#!/usr/bin/env bash
# Restore drill against a local MariaDB/MySQL (default 127.0.0.1:3306, root, no password):
#  1. a source database, migrated and seeded with the server's own commands (pnpm db:migrate, db:seed);
#  2. a logical dump of it (mariadb-dump/mysqldump --single-transaction), as a nightly backup would;
#  3. restored into a fresh database; table checksums compared with the source; `pnpm db:migrate`
#     on the copy must apply nothing (the migrations table came along);
#  4. the built server (packages/server/dist) started on the copy in production mode, without
#     migrating, on a free port: /readyz must answer 200 and GraphQL must answer serverInfo, a
#     demo sign-in and the ticket count of the source;
#  5. both databases dropped (also on failure).
# Usage: bash scripts/restore-drill.sh    (DRILL_DB_HOST/PORT/USER/PASSWORD to point elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."
t0=$(date +%s%N)
say() { printf '[restore-drill %5.1fs] %s\n' "$(( ($(date +%s%N) - t0) / 1000000 ))e-3" "$*"; }

HOST=${DRILL_DB_HOST:-127.0.0.1}
DBPORT=${DRILL_DB_PORT:-3306}
USER=${DRILL_DB_USER:-root}
PASS=${DRILL_DB_PASSWORD:-}
SRC="rt_drill_src_$$"
DST="rt_drill_dst_$$"
AUTH="$USER${PASS:+:$PASS}"
CLIENT=$(command -v mariadb || command -v mysql)
DUMP=$(command -v mariadb-dump || command -v mysqldump)
sql() { MYSQL_PWD="$PASS" "$CLIENT" --protocol=tcp -h"$HOST" -P"$DBPORT" -u"$USER" --batch --skip-column-names "$@"; }

work=$(mktemp -d)
server_pid=""
cleanup() {
  local rc=$?
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  sql -e "DROP DATABASE IF EXISTS \`$SRC\`; DROP DATABASE IF EXISTS \`$DST\`" || true
  if [ $rc -ne 0 ] && [ -f "$work/server.log" ]; then echo "--- server log"; tail -n 30 "$work/server.log"; fi
  rm -rf "$work"
  [ $rc -eq 0 ] && say "databases dropped; drill passed" || say "drill FAILED (exit $rc); databases dropped"
}
trap cleanup EXIT

if [ ! -f packages/server/dist/main.js ]; then
  say "building the server (packages/server/dist is missing)"
  pnpm --filter @roundtable/server build >/dev/null
fi

# Keys of the phones at rest: a restored copy is readable only with the keys it was written with.
DATA_KEYS="drill:$(node -e "console.log(require('crypto').randomBytes(32).toString('base64'))")"
DATA_INDEX_KEY="$(node -e "console.log(require('crypto').randomBytes(32).toString('base64'))")"
export DATA_KEYS DATA_INDEX_KEY
say "1. source database $SRC: migrate + seed"
export DATABASE_URL="mariadb://$AUTH@$HOST:$DBPORT/$SRC"
pnpm --silent db:migrate 2>&1 | grep -v "^\$ " | sed 's/^/    /'
pnpm --silent db:seed 2>&1 | grep -v "^\$ " | sed 's/^/    /'
tickets_src=$(sql "$SRC" -e 'SELECT COUNT(*) FROM ticket')
users_src=$(sql "$SRC" -e 'SELECT COUNT(*) FROM user')
say "   source: $(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$SRC'") tables, $users_src users, $tickets_src tickets"

say "2. dump ($(basename "$DUMP"))"
MYSQL_PWD="$PASS" "$DUMP" --protocol=tcp -h"$HOST" -P"$DBPORT" -u"$USER" --single-transaction --quick \
  --routines --triggers --events --hex-blob --default-character-set=utf8mb4 --databases "$SRC" \
  | sed "s/\`$SRC\`/\`$DST\`/g" | gzip > "$work/dump.sql.gz"
say "   $(du -h "$work/dump.sql.gz" | cut -f1) compressed"

say "3. restore into a fresh database $DST"
sql -e "CREATE DATABASE \`$DST\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
gunzip -c "$work/dump.sql.gz" | sql "$DST"
tables=$(sql -e "SELECT GROUP_CONCAT(CONCAT('\`', table_name, '\`') ORDER BY table_name) FROM information_schema.tables WHERE table_schema='$SRC'")
sum_src=$(sql "$SRC" -e "CHECKSUM TABLE $tables" | awk '{print $2}' | md5sum | cut -c1-12)
sum_dst=$(sql "$DST" -e "CHECKSUM TABLE $tables" | awk '{print $2}' | md5sum | cut -c1-12)
[ "$sum_src" = "$sum_dst" ] || { say "table checksums differ: $sum_src vs $sum_dst"; exit 1; }
say "   table checksums equal ($sum_src over $(echo "$tables" | tr ',' '\n' | wc -l) tables)"
pending=$(cd packages/server && DATABASE_URL="mariadb://$AUTH@$HOST:$DBPORT/$DST" node dist/db/cli.js migrate)
[ "$pending" = "applied 0 migration(s)" ] || { say "migrate on the copy: $pending"; exit 1; }
say "   db:migrate on the copy: $pending"

say "4. the built server on the copy"
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
(
  cd packages/server
  NODE_ENV=production PORT="$port" HOST=127.0.0.1 DATABASE_URL="mariadb://$AUTH@$HOST:$DBPORT/$DST" \
    AUTH_SECRET="$(node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))")" \
    DB_MIGRATE_ON_START=false DB_SEED_DEMO=false JOBS_ENABLED=false ADMIN_DIR= LOG_LEVEL=warn \
    UPLOAD_DIR="$work/uploads" exec node dist/main.js
) >"$work/server.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base/readyz" || true)
  [ "$code" = 200 ] && break
  kill -0 "$server_pid" 2>/dev/null || { say "server exited"; exit 1; }
  sleep 0.2
done
[ "$code" = 200 ] || { say "/readyz answered $code"; exit 1; }
say "   /readyz 200 on port $port"
gql() { curl -sf "$base/graphql" -H 'content-type: application/json' ${2:+-H "authorization: Bearer $2"} -d "$1"; }
version=$(gql '{"query":"{ serverInfo { version } }"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).data.serverInfo.version')
say "   serverInfo.version = $version"
token=$(gql '{"query":"mutation { login(input: { phone: \"13800000000\", password: \"Demo@2026\" }) { accessToken } }"}' \
  | node -pe 'JSON.parse(require("fs").readFileSync(0)).data.login.accessToken')
count=$(gql '{"query":"{ me { displayName } tickets(first: 1) { totalCount } }"}' "$token" \
  | node -pe 'const d=JSON.parse(require("fs").readFileSync(0)).data; `${d.me.displayName} sees ${d.tickets.totalCount}`')
say "   signed in as the demo system admin: $count tickets (source has $tickets_src)"
[ "${count##* sees }" = "$tickets_src" ] || { say "ticket count differs"; exit 1; }
