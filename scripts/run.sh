#!/usr/bin/env bash
# make run: database, migrations, client build, API + Swagger + dashboard on one port.
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
PORT="${PORT:-5080}"
REPLICAS="${REPLICAS:-1}"
[[ "$REPLICAS" =~ ^[1-9][0-9]*$ ]] || { echo "REPLICAS must be a number of processes, 1 or more (got '$REPLICAS')." >&2; exit 1; }

if [ -z "${ConnectionStrings__Default:-}" ]; then
  start_local_postgres
  trap stop_local_postgres EXIT
fi

ensure_node_modules
ensure_pdf_renderer
say "Building the dashboard"
(cd client && npm run --silent build >/dev/null)

say "Building the API"
dotnet publish src/Api/Api.csproj -c Release -o .build/api --nologo -v quiet >/dev/null
rm -rf .build/api/wwwroot && cp -r client/dist .build/api/wwwroot

# Secrets of the local install are made here once and kept under .data/, never in the repository.
mkdir -p .data
[ -s .data/auth-signing-key ] || head -c 32 /dev/urandom | base64 > .data/auth-signing-key
[ -s .data/admin-password ] || echo "Admin-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')7" > .data/admin-password
chmod 600 .data/auth-signing-key .data/admin-password
export Auth__SigningKey="$(cat .data/auth-signing-key)"
export Admin__UserName="${Admin__UserName:-admin}" Admin__Password="$(cat .data/admin-password)"
export Seed__Demo="${Seed__Demo:-true}" Seed__DemoActivity="${Seed__DemoActivity:-true}" Seed__DemoCredentialsFile="$REPO_ROOT/.data/demo-users.txt"
# With the shared reference data beside the checkout, the demo lives through 1/7/2025: the official scores, the
# 2025 restructuring and the new Bắc Ninh's 2026 plan (the first start takes some 30 s longer).
REFERENCE="${PAPI_SHARED_DIR:-$REPO_ROOT/../shared}/reference"
[ -d "$REFERENCE" ] && export Seed__ReferenceDirectory="${Seed__ReferenceDirectory:-$REFERENCE}"
export Files__Root="${Files__Root:-$REPO_ROOT/.data/files}"
export Database__MigrateOnStartup=true ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"

API_DLL=.build/api/PapiTracker.Api.dll
API_ARGS=(--contentRoot "$REPO_ROOT/.build/api")
# Ctrl-C is the normal way to stop: stop the API processes (and the proxy), then the database, and exit cleanly.
trap 'exit 0' INT TERM

if [ "$REPLICAS" = 1 ]; then
  say "PapiTracker is at http://127.0.0.1:$PORT  (Swagger: /swagger). Sign in as admin with the password in .data/admin-password; demo users in .data/demo-users.txt. Ctrl-C stops it and the database."
  dotnet "$API_DLL" "${API_ARGS[@]}" --urls "http://127.0.0.1:$PORT" &
  API_PID=$!
  trap 'kill $API_PID 2>/dev/null; wait $API_PID 2>/dev/null; stop_local_postgres' EXIT
  wait $API_PID
  exit 0
fi

# REPLICAS=N: N API processes on internal ports behind nginx on $PORT (README "Running several processes").
ensure_proxy
PROXY_DIR="$(mktemp -d /tmp/papi-proxy.XXXXXX)"
declare -a REPLICA_PORTS=() REPLICA_PIDS=() REPLICA_READY=()
port=$PORT
for i in $(seq 1 "$REPLICAS"); do port="$(free_port $((port + 1)))"; REPLICA_PORTS+=("$port"); done

stop_all() {
  [ -f "$PROXY_DIR/nginx.pid" ] && kill "$(cat "$PROXY_DIR/nginx.pid")" 2>/dev/null
  local pid
  for pid in "${REPLICA_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$PROXY_DIR"
  stop_local_postgres
}
trap stop_all EXIT

# start_replica I: the I-th process (from 0), its log lines prefixed with its name, which it also gives in X-Instance.
start_replica() {
  local i="$1" name="api-$(($1 + 1))"
  Instance__Name="$name" dotnet "$API_DLL" "${API_ARGS[@]}" --urls "http://127.0.0.1:${REPLICA_PORTS[$i]}" \
    > >(sed -u "s/^/[$name] /") 2>&1 &
  REPLICA_PIDS[$i]=$!
}

ready() { curl -fsS -m 5 -o /dev/null "http://127.0.0.1:$1/health/ready" 2>/dev/null; }

wait_ready() {
  local _
  for _ in $(seq 1 300); do ready "$1" && return 0; sleep 1; done
  echo "The API process on port $1 did not become ready." >&2; exit 1
}

# The first process migrates and seeds alone; the others start on the migrated database, so no two race to migrate.
start_replica 0
wait_ready "${REPLICA_PORTS[0]}"
export Database__MigrateOnStartup=false Seed__Demo=false
for i in $(seq 1 $((REPLICAS - 1))); do start_replica "$i"; done
for i in $(seq 1 $((REPLICAS - 1))); do wait_ready "${REPLICA_PORTS[$i]}"; done

write_proxy_config "$PROXY_DIR" "$PORT" "${REPLICA_PORTS[@]}"
/usr/sbin/nginx -e stderr -p "$PROXY_DIR" -c "$PROXY_DIR/nginx.conf"
say "PapiTracker is at http://127.0.0.1:$PORT: nginx in front of $REPLICAS API processes on ports ${REPLICA_PORTS[*]}  (Swagger: /swagger). Sign in as admin with the password in .data/admin-password; demo users in .data/demo-users.txt. Ctrl-C stops them all and the database."

# The health check nginx (without its commercial edition) lacks: every 2 s each process's /health/ready is asked;
# one that does not answer is taken out of the proxy's rotation until it does, and one that exited is started again.
for i in "${!REPLICA_PORTS[@]}"; do REPLICA_READY[$i]=1; done
while true; do
  sleep 2 & wait $!
  changed=""; servers=()
  for i in "${!REPLICA_PORTS[@]}"; do
    if ! kill -0 "${REPLICA_PIDS[$i]}" 2>/dev/null; then
      say "api-$((i + 1)) has stopped; starting it again"
      start_replica "$i"
    fi
    now=0; ready "${REPLICA_PORTS[$i]}" && now=1
    if [ "$now" != "${REPLICA_READY[$i]}" ]; then
      changed=1; REPLICA_READY[$i]=$now
      say "api-$((i + 1)) is $([ "$now" = 1 ] && echo "ready: back in the proxy's rotation" || echo "not ready: out of the proxy's rotation")"
    fi
    servers+=("${REPLICA_PORTS[$i]}$([ "$now" = 1 ] || echo ":down")")
  done
  # With every process down nginx is left to try them all (its answer would be 502 either way).
  if [ -n "$changed" ]; then
    [[ " ${REPLICA_READY[*]} " == *" 1 "* ]] || servers=("${REPLICA_PORTS[@]}")
    write_proxy_upstream "$PROXY_DIR" "${servers[@]}"
    /usr/sbin/nginx -e stderr -p "$PROXY_DIR" -c "$PROXY_DIR/nginx.conf" -s reload
  fi
done
