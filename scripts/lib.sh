# Shared by the make targets: install what is missing, run a project-local PostgreSQL.
# Sourced, not run. Every function prints what it does, so a new user sees where time goes.

set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

APT_UPDATED=""
apt_install() {
  say "Installing $* (apt)"
  if [ -z "$APT_UPDATED" ]; then as_root apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# The consolidated report's PDF is the .docx rendered by LibreOffice, in Liberation Serif (Times New Roman's
# metric twin; fonts-liberation2 has the Vietnamese letters the older fonts-liberation lacks).
ensure_pdf_renderer() {
  local missing=()
  [ -x /usr/bin/soffice ] || missing+=(libreoffice-writer-nogui)
  dpkg-query -W -f='${Status}' fonts-liberation2 2>/dev/null | grep -q "ok installed" || missing+=(fonts-liberation2)
  # The golden page image of the consolidated report is rendered with poppler's pdftoppm (tests only).
  command -v pdftoppm >/dev/null || missing+=(poppler-utils)
  [ ${#missing[@]} = 0 ] || apt_install "${missing[@]}"
}

pg_bin_dir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

ensure_postgres_binaries() {
  if [ -z "$(pg_bin_dir)" ] || [ ! -x "$(pg_bin_dir)/initdb" ]; then apt_install postgresql; fi
}

ensure_node_modules() {
  command -v npm >/dev/null || { echo "Node.js and npm are needed (Node 20): apt-get install nodejs npm" >&2; exit 1; }
  # A worktree may borrow another checkout's packages through a symlink: npm ci would empty that checkout's
  # node_modules through it (it did once), so a borrowed one is used as it is.
  if [ -L "$REPO_ROOT/client/node_modules" ]; then
    say "Using the client packages client/node_modules links to (not reinstalled: they belong to another checkout)"
    return 0
  fi
  local stamp="$REPO_ROOT/client/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$REPO_ROOT/client/package-lock.json" -nt "$stamp" ]; then
    say "Installing client packages (npm ci)"
    (cd "$REPO_ROOT/client" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Runs a PostgreSQL tool as the data directory's owner: PostgreSQL refuses to run as root.
pg_as_owner() {
  local tool="$1"; shift
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$(pg_bin_dir)/$tool" "$@"; else "$(pg_bin_dir)/$tool" "$@"; fi
}

# The project's database lives under .data/ when the postgres user can reach it there, else in
# /var/tmp keyed by the checkout's path (a root-only parent directory blocks the postgres user).
local_pg_dir() {
  local preferred="$REPO_ROOT/.data/postgres"
  if [ "$(id -u)" != 0 ] || runuser -u postgres -- test -x "$REPO_ROOT" 2>/dev/null; then
    echo "$preferred"
  else
    echo "/var/tmp/papitracker-pg-$(printf '%s' "$REPO_ROOT" | sha256sum | cut -c1-12)"
  fi
}

free_port() {
  local port="$1"
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# Starts (or reuses) the project-local server and exports ConnectionStrings__Default.
# Sets PG_STARTED_HERE=1 when this call started it, so the caller knows to stop it.
start_local_postgres() {
  ensure_postgres_binaries
  PG_DIR="$(local_pg_dir)"
  PG_DATA="$PG_DIR/data"
  PG_STARTED_HERE=""
  mkdir -p "$PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DIR" && chmod 700 "$PG_DIR"
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    say "Creating a local PostgreSQL cluster in $PG_DATA"
    local pwfile; pwfile="$(mktemp)"
    head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$pwfile"
    [ "$(id -u)" = 0 ] && chown postgres "$pwfile"
    pg_as_owner initdb -D "$PG_DATA" -U postgres --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    cp "$pwfile" "$PG_DIR/password"; rm -f "$pwfile"
    chmod 600 "$PG_DIR/password"
  fi
  local password; password="$(cat "$PG_DIR/password")"
  if pg_as_owner pg_ctl -D "$PG_DATA" status >/dev/null 2>&1; then
    PG_PORT="$(cat "$PG_DIR/port")"
    say "Reusing the local PostgreSQL on port $PG_PORT"
  else
    PG_PORT="$(free_port 55432)"
    echo "$PG_PORT" > "$PG_DIR/port"
    say "Starting the local PostgreSQL on 127.0.0.1:$PG_PORT"
    pg_as_owner pg_ctl -D "$PG_DATA" -w -l "$PG_DATA/server.log" \
      -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1" start >/dev/null
    PG_STARTED_HERE=1
  fi
  if ! PGPASSWORD="$password" "$(pg_bin_dir)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc \
      "select 1 from pg_database where datname = 'papitracker'" | grep -q 1; then
    PGPASSWORD="$password" "$(pg_bin_dir)/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres papitracker
  fi
  export ConnectionStrings__Default="Host=127.0.0.1;Port=$PG_PORT;Database=papitracker;Username=postgres;Password=$password"
}

stop_local_postgres() {
  if [ -n "${PG_STARTED_HERE:-}" ]; then
    say "Stopping the local PostgreSQL"
    pg_as_owner pg_ctl -D "$PG_DATA" -m fast -w stop >/dev/null || true
  fi
}

# A throwaway cluster for a test run: trust auth on 127.0.0.1, no durability, deleted by stop_throwaway_postgres.
start_throwaway_postgres() {
  ensure_postgres_binaries
  THROWAWAY_PG="$(mktemp -d /tmp/papi-e2e-pg.XXXXXX)"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$THROWAWAY_PG"
  pg_as_owner initdb -D "$THROWAWAY_PG" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
  local port; port="$(free_port 56432)"
  pg_as_owner pg_ctl -D "$THROWAWAY_PG" -w -l "$THROWAWAY_PG/server.log" \
    -o "-p $port -k $THROWAWAY_PG -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" start >/dev/null
  THROWAWAY_PG_URL="Host=127.0.0.1;Port=$port;Database=postgres;Username=postgres"
}

stop_throwaway_postgres() {
  [ -n "${THROWAWAY_PG:-}" ] || return 0
  pg_as_owner pg_ctl -D "$THROWAWAY_PG" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$THROWAWAY_PG"
  THROWAWAY_PG=""
}

# Several API processes behind one port (make run REPLICAS=N, the proxy test): nginx from Debian, run as the
# current user from a generated configuration, never as the system service the package installs.
ensure_proxy() {
  [ -x /usr/sbin/nginx ] || apt_install nginx-light
}

# write_proxy_config DIR PUBLIC_PORT PORT...: DIR/nginx.conf for a proxy on 127.0.0.1:PUBLIC_PORT in front of the API
# processes on 127.0.0.1:PORT..., with the policy in deploy/nginx/papitracker-proxy.conf. Start it with
# `nginx -p DIR -c DIR/nginx.conf`. DIR/upstream.conf lists the processes; rewrite it and `nginx -s reload` to change them.
write_proxy_config() {
  local dir="$1" public_port="$2"; shift 2
  mkdir -p "$dir/logs" "$dir/temp"
  write_proxy_upstream "$dir" "$@"
  {
    # nginx started as root would hand its workers to "nobody", who cannot write DIR.
    [ "$(id -u)" = 0 ] && echo "user root root;"
    cat <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log $dir/logs/access.log;
    client_body_temp_path $dir/temp/body;
    proxy_temp_path $dir/temp/proxy;
    fastcgi_temp_path $dir/temp/fastcgi;
    uwsgi_temp_path $dir/temp/uwsgi;
    scgi_temp_path $dir/temp/scgi;
    server_tokens off;
    include $dir/upstream.conf;
    server {
        listen 127.0.0.1:$public_port;
        include $REPO_ROOT/deploy/nginx/papitracker-proxy.conf;
    }
}
CONF
  } > "$dir/nginx.conf"
}

# write_proxy_upstream DIR PORT[:down]...: the processes behind the proxy; one marked down gets no requests.
# Two failed attempts within 10 s take a process out for 10 s (passive failover); then it is tried again.
write_proxy_upstream() {
  local dir="$1"; shift
  {
    echo "upstream papitracker {"
    local server
    for server in "$@"; do
      echo "    server 127.0.0.1:${server%%:*} max_fails=2 fail_timeout=10s$([ "${server#*:}" = down ] && echo " down");"
    done
    echo "    keepalive 16;"
    echo "}"
  } > "$dir/upstream.conf.new"
  mv "$dir/upstream.conf.new" "$dir/upstream.conf"
}

# Points PostgreSQL's own tools (pg_dump, pg_restore, psql) at the database in ConnectionStrings__Default, through
# their PG* variables. Npgsql's plain Key=Value; form only (a quoted value with a ';' in it is not read).
use_connection_string() {
  local pairs pair key value
  IFS=';' read -ra pairs <<< "$ConnectionStrings__Default"
  for pair in "${pairs[@]}"; do
    key="$(printf '%s' "${pair%%=*}" | tr -d ' ' | tr '[:upper:]' '[:lower:]')"; value="${pair#*=}"
    case "$key" in
      host|server) export PGHOST="$value" ;;
      port) export PGPORT="$value" ;;
      database|db) export PGDATABASE="$value" ;;
      username|user|userid) export PGUSER="$value" ;;
      password|pwd) export PGPASSWORD="$value" ;;
    esac
  done
}

# The database and file store a backup reads or a restore writes: the given connection string and Files__Root,
# else make run's own (the local cluster, started for the occasion and stopped after, and .data/files).
use_install() {
  if [ -z "${ConnectionStrings__Default:-}" ]; then
    start_local_postgres
    trap stop_local_postgres EXIT
  fi
  use_connection_string
  FILES_ROOT="${Files__Root:-$REPO_ROOT/.data/files}"
}
