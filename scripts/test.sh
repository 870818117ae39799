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
check docker-compose-config env POSTGRES_PASSWORD=validation-only docker-compose -f docker-compose.yml config -q

say "Client: contract, types, build, tests"
check client-contract bash -c "cd client && npm run --silent check:api"
check client-build bash -c "cd client && npm run --silent build"
rm -f client/test-results/vitest.json
(cd client && NO_COLOR=1 npm run --silent test:ci) >"$LOGS/vitest.log" 2>&1
vitest_status=$?
if [ -f client/test-results/vitest.json ]; then
  read -r p f < <(node -e 'const r = require("./client/test-results/vitest.json"); console.log(r.numPassedTests, r.numFailedTests)')
  passed=$((passed + p)); failed=$((failed + f))
  [ "$f" != 0 ] && tail -n 40 "$LOGS/vitest.log" >&2
fi
if [ "$vitest_status" != 0 ] && [ "${f:-0}" = 0 ]; then failed=$((failed + 1)); failures+=("vitest exited $vitest_status (see .build/test-logs/vitest.log)"); fi

for failure in "${failures[@]}"; do echo "failed: $failure" >&2; done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
