#!/usr/bin/env bash
# make test: every test, backend and client, ending with the plain line "N passed, N failed".
# Exits non-zero when anything failed, including a build or a check that is not a test.
source "$(dirname "$0")/lib.sh"
set +e
cd "$REPO_ROOT"
LOGS="$REPO_ROOT/.build/test-logs"
mkdir -p "$LOGS"
passed=0; failed=0; failures=()

check() { # name, command...: a check that is not a test framework's counts as one test
  local name="$1"; shift
  if "$@" >"$LOGS/$name.log" 2>&1; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name (see .build/test-logs/$name.log)"); tail -n 30 "$LOGS/$name.log" >&2; fi
}

say "Prerequisites"
ensure_postgres_binaries
command -v docker-compose >/dev/null || apt_install docker-compose
# The proxy tests run nginx with make run REPLICAS=N's configuration.
ensure_proxy
[ -x /usr/bin/chromium ] || apt_install chromium
# The consolidated report must open in LibreOffice: tests convert it to PDF and measure the PDF.
ensure_pdf_renderer
ensure_node_modules

say "Backend: build and tests (real PostgreSQL)"
if dotnet build PapiTracker.sln --nologo -v quiet >"$LOGS/dotnet-build.log" 2>&1; then
  dotnet test PapiTracker.sln --no-build --nologo 2>&1 | tee "$LOGS/dotnet-test.log" | grep -E '^(Passed|Failed)!|^\s+Failed |Error Message' >&2
  dotnet_status=${PIPESTATUS[0]}
  read -r p f < <(awk '/(Passed|Failed)! +- Failed:/ { gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } } END { print p + 0, f + 0 }' "$LOGS/dotnet-test.log")
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$dotnet_status" != 0 ] && [ "$f" = 0 ]; then failed=$((failed + 1)); failures+=("dotnet test exited $dotnet_status"); fi
else
  tail -n 40 "$LOGS/dotnet-build.log" >&2
  failed=$((failed + 1)); failures+=("dotnet build (see .build/test-logs/dotnet-build.log)")
fi

say "Deployment files"
check docker-compose-config env POSTGRES_PASSWORD=validation-only AUTH_SIGNING_KEY=validation-only docker-compose -f docker-compose.yml config -q

say "Client: contract, types, lint, build, tests"
check client-contract bash -c "cd client && npm run --silent check:api"
check api-lint bash -c "cd client && npm run --silent lint:api"
check client-lint bash -c "cd client && npm run --silent lint"
check client-build bash -c "cd client && npm run --silent build"
# make clients: the NuGet package holds the client's assembly, the npm package the types and the document.
check client-packages bash -c 'bash scripts/pack-clients.sh \
  && unzip -l .build/packages/PapiTracker.Client.*.nupkg | grep -q "lib/.*/PapiTracker.Client.dll" \
  && tar -xOzf .build/packages/papitracker-api-types-*.tgz package/index.d.ts | grep -q "^export interface paths" \
  && tar -tzf .build/packages/papitracker-api-types-*.tgz | grep -qx package/openapi.json'
rm -f client/test-results/vitest.json
(cd client && NO_COLOR=1 npm run --silent test:ci) >"$LOGS/vitest.log" 2>&1
vitest_status=$?
if [ -f client/test-results/vitest.json ]; then
  read -r p f < <(node -e 'const r = require("./client/test-results/vitest.json"); console.log(r.numPassedTests, r.numFailedTests)')
  passed=$((passed + p)); failed=$((failed + f))
  [ "$f" != 0 ] && tail -n 40 "$LOGS/vitest.log" >&2
fi
if [ "$vitest_status" != 0 ] && [ "${f:-0}" = 0 ]; then failed=$((failed + 1)); failures+=("vitest exited $vitest_status (see .build/test-logs/vitest.log)"); fi

say "End to end: the built dashboard in Chromium against the real API and database"
e2e() {
  local dir; dir="$(mktemp -d /tmp/papi-e2e.XXXXXX)"
  start_throwaway_postgres
  local port; port="$(free_port 5180)"
  local bin="$REPO_ROOT/src/Api/bin/Debug/net10.0"
  # With the shared reference data beside the checkout (CI has it), the demo lives through 1/7/2025 as make
  # run's does: the official scores, the 2025 restructuring and the new Bắc Ninh's 2026 plan are loaded at start,
  # and the journeys walk both eras (Bắc Giang's real 2020 result on the overview, the new Bắc Ninh's reports).
  local reference="${PAPI_SHARED_DIR:-$REPO_ROOT/../shared}/reference" reformed=0
  [ -f "$reference/papi-subdimension-scores-2018-2024.csv" ] && [ -f "$reference/admin-2025/provinces-2025.csv" ] && reformed=1
  # The journeys sign in as every demo role from one address under the default sign-in limits (only
  # failed sign-ins count against an address), and wait for the reminder job's notices.
  local admin_password; admin_password="E2e-$(head -c 9 /dev/urandom | base64 | tr -d '/+=')7"
  ConnectionStrings__Default="$THROWAWAY_PG_URL" Database__MigrateOnStartup=true \
    Seed__Demo=true Seed__DemoCredentialsFile="$dir/demo-users.txt" Seed__ReferenceDirectory="$([ "$reformed" = 1 ] && echo "$reference")" \
    Admin__Password="$admin_password" \
    Reminders__IntervalMinutes=1 \
    Auth__SigningKey="$(head -c 32 /dev/urandom | base64)" Serilog__MinimumLevel__Default=Warning \
    dotnet "$bin/PapiTracker.Api.dll" --contentRoot "$bin" --webroot "$REPO_ROOT/client/dist" --urls "http://127.0.0.1:$port" \
    >"$LOGS/e2e-api.log" 2>&1 &
  local api=$!
  local ready=""
  for _ in $(seq 1 180); do
    if node -e "fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))" "http://127.0.0.1:$port/health/ready"; then ready=1; break; fi
    sleep 1
  done
  local status=1
  if [ -n "$ready" ] && [ -f "$dir/demo-users.txt" ]; then
    rm -f client/test-results/e2e.json
    (cd client && E2E_BASE_URL="http://127.0.0.1:$port" E2E_DEMO_USERS="$dir/demo-users.txt" E2E_ADMIN_PASSWORD="$admin_password" \
      E2E_EXPECT_SCORES="$reformed" E2E_EXPECT_RESTRUCTURING="$reformed" NO_COLOR=1 npm run --silent e2e) >"$LOGS/e2e.log" 2>&1
    status=$?
  else
    echo "The API did not become ready; see .build/test-logs/e2e-api.log" >"$LOGS/e2e.log"
  fi
  kill "$api" 2>/dev/null; wait "$api" 2>/dev/null
  stop_throwaway_postgres
  rm -rf "$dir"
  return $status
}
e2e
e2e_status=$?
if [ -f client/test-results/e2e.json ]; then
  read -r p f < <(node -e 'const r = require("./client/test-results/e2e.json"); console.log(r.numPassedTests, r.numFailedTests)')
  passed=$((passed + p)); failed=$((failed + f))
else
  p=0; f=0
fi
if [ "$e2e_status" != 0 ]; then
  tail -n 30 "$LOGS/e2e.log" >&2
  [ "$f" = 0 ] && { failed=$((failed + 1)); failures+=("end-to-end (see .build/test-logs/e2e.log)"); }
fi

for failure in "${failures[@]}"; do echo "failed: $failure" >&2; done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
