#!/usr/bin/env bash
# make run: database, migrations, client build, API + Swagger + dashboard on one port.
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
PORT="${PORT:-5080}"

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

say "PapiTracker is at http://127.0.0.1:$PORT  (Swagger: /swagger). Sign in as admin with the password in .data/admin-password; demo users in .data/demo-users.txt. Ctrl-C stops it and the database."
dotnet .build/api/PapiTracker.Api.dll --contentRoot "$REPO_ROOT/.build/api" --urls "http://127.0.0.1:$PORT" &
API_PID=$!
trap 'kill $API_PID 2>/dev/null; wait $API_PID 2>/dev/null; stop_local_postgres' EXIT
# Ctrl-C is the normal way to stop: stop the API, then the database, and exit cleanly.
trap 'exit 0' INT TERM
wait $API_PID
