#!/usr/bin/env bash
# make bench: a national dataset in a throwaway PostgreSQL, the API published in Release with logs at
# Warning, wrk at 8 and 32 connections against the hot endpoints, and the table written to
# bench/RESULTS.md (between the bench:table markers) and bench/results/latest.md. Unattended, ~15 min.
#
# Knobs (environment): BENCH_DURATION (s per measured run, 10), BENCH_WARMUP (s, 3),
# BENCH_CONNECTIONS ("8 32"), BENCH_SEED (7), BENCH_SCORES (the official score file),
# BENCH_EXPLAIN (1: log EXPLAIN ANALYZE of every statement of one call per endpoint; 0 skips it),
# BENCH_PROPOSED (1: also build the API with bench/proposed/*.patch applied to a copy of src/ and
# load the affected endpoints again against the same database, for a before/after in one run),
# BENCH_STATE_CHANGES (4: reports submitted or returned per second while the dashboard is read; a deadline
# day's whole country, 63 provinces with a few reports a minute each).
source "$(dirname "$0")/../scripts/lib.sh"
cd "$REPO_ROOT"

DURATION="${BENCH_DURATION:-10}"
WARMUP="${BENCH_WARMUP:-3}"
CONNECTIONS="${BENCH_CONNECTIONS:-8 32}"
SEED="${BENCH_SEED:-7}"
SCORES="${BENCH_SCORES:-$REPO_ROOT/../shared/reference/papi-subdimension-scores-2018-2024.csv}"
EXPLAIN="${BENCH_EXPLAIN:-1}"
PROPOSED="${BENCH_PROPOSED:-1}"
STATE_CHANGES="${BENCH_STATE_CHANGES:-4}"
OUT="$REPO_ROOT/bench/results"
BUILD="$REPO_ROOT/.build"
PROVINCE_CODE=24 # Bắc Giang: the province coordinator's province
PASSWORD="Bench-Password-2026" # every generated user's; the data is synthetic and the server throwaway
ADMIN_PASSWORD="Bench-$(head -c 9 /dev/urandom | base64 | tr -d '/+=')7"

[ -f "$SCORES" ] || { echo "The official score file is needed: $SCORES (set BENCH_SCORES)" >&2; exit 1; }
rm -rf "$OUT" && mkdir -p "$OUT"
START=$(date +%s)

API_PID=""; RSS_PID=""
cleanup() {
  [ -n "$RSS_PID" ] && kill "$RSS_PID" 2>/dev/null
  [ -n "$API_PID" ] && { kill "$API_PID" 2>/dev/null; wait "$API_PID" 2>/dev/null; }
  stop_throwaway_postgres
}
trap cleanup EXIT

say "Prerequisites"
ensure_postgres_binaries
command -v wrk >/dev/null || apt_install wrk
ensure_node_modules

say "Client: production build and initial JS size"
(cd client && npm run --silent build >"$OUT/client-build.log" 2>&1)
# Initial JS: the entry script and the chunks index.html preloads, each gzipped as a server would send it.
INITIAL_JS=0
for chunk in $(grep -oE '(src|href)="/assets/[^"]+\.js"' client/dist/index.html | sed -E 's/.*="\/(.*)"/\1/'); do
  INITIAL_JS=$((INITIAL_JS + $(gzip -9 -c "client/dist/$chunk" | wc -c)))
done

say "Building the API (Release, ReadyToRun as the image builds it) and the generator"
# The image's publish (Dockerfile): ahead-of-time compiled code for the machine, so a fresh process does not
# JIT its first requests.
PUBLISH_API="-c Release -r linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/') --self-contained false -p:PublishReadyToRun=true"
dotnet publish src/Api/Api.csproj $PUBLISH_API -o "$BUILD/bench-api" --nologo -v quiet >"$OUT/publish.log" 2>&1 || { tail -n 30 "$OUT/publish.log"; exit 1; }
dotnet publish bench/Generator/Generator.csproj -c Release -o "$BUILD/bench-generator" --nologo -v quiet >>"$OUT/publish.log" 2>&1 || { tail -n 30 "$OUT/publish.log"; exit 1; }
rm -rf "$BUILD/bench-api/wwwroot" && cp -r client/dist "$BUILD/bench-api/wwwroot"
PATCHES=(bench/proposed/*.patch)
if [ "$PROPOSED" = 1 ] && [ -e "${PATCHES[0]}" ]; then
  say "Building the API with the proposed fixes (${PATCHES[*]}) from a copy of src/"
  rm -rf "$BUILD/bench-proposed-src" && mkdir -p "$BUILD/bench-proposed-src"
  tar --exclude=bin --exclude=obj -c src Directory.Build.props Directory.Packages.props global.json .editorconfig | tar -x -C "$BUILD/bench-proposed-src"
  # The copy lies inside this checkout: the ceiling keeps git from finding the checkout's repository,
  # where it would skip every path outside the copy and report success.
  if (cd "$BUILD/bench-proposed-src" && for p in "${PATCHES[@]}"; do GIT_CEILING_DIRECTORIES="$BUILD" git apply --verbose "$REPO_ROOT/$p" || exit 1; done) \
       >"$OUT/proposed-apply.log" 2>&1 && ! grep -q '^Skipped' "$OUT/proposed-apply.log" &&
     dotnet publish "$BUILD/bench-proposed-src/src/Api/Api.csproj" $PUBLISH_API -o "$BUILD/bench-api-proposed" --nologo -v quiet >>"$OUT/publish.log" 2>&1; then
    rm -rf "$BUILD/bench-api-proposed/wwwroot" && cp -r client/dist "$BUILD/bench-api-proposed/wwwroot"
  else
    echo "The proposed patches do not apply or build on this tree (see $OUT/proposed-apply.log, $OUT/publish.log); measuring without them." >&2
    PROPOSED=0
  fi
else
  PROPOSED=0
fi

say "Throwaway PostgreSQL"
start_throwaway_postgres
PG_PORT="$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$THROWAWAY_PG_URL")"
DB_URL="${THROWAWAY_PG_URL/Database=postgres/Database=papibench}"
sql() { "$(pg_bin_dir)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${2:-papibench}" -tAqc "$1"; }
# auto_explain is loaded into every session but silent until the EXPLAIN pass turns it on.
# auto_explain_set SETTING VALUE...: ALTER SYSTEM knows auto_explain's settings once the module is loaded in the session.
auto_explain_set() {
  local args=(-c "load 'auto_explain'")
  while [ $# -gt 0 ]; do args+=(-c "alter system set $1 = $2"); shift 2; done
  "$(pg_bin_dir)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -tAq "${args[@]}" -c "select pg_reload_conf()" >/dev/null
}
auto_explain_set session_preload_libraries "'auto_explain'" auto_explain.log_min_duration -1

say "Generating the national dataset (seed $SEED)"
GEN_START=$(date +%s%N)
dotnet "$BUILD/bench-generator/PapiTracker.Generator.dll" --connection "$DB_URL" --seed "$SEED" --scores "$SCORES" | tee "$OUT/generator.log"
GEN_SECONDS=$(( ($(date +%s%N) - GEN_START) / 1000000000 ))
DB_SIZE=$(sql "select pg_size_pretty(pg_database_size('papibench'))")
DB_SIZE=$(sql "select pg_size_pretty(pg_database_size('papibench'))")

API_PORT="$(free_port 5380)"
BASE="http://127.0.0.1:$API_PORT"
SIGNING_KEY="$(head -c 32 /dev/urandom | base64)"
RSS_LOG=""
# start_api DIR LABEL: the published API in DIR on $BASE, with an RSS sampler (VmRSS every 0.5 s).
# The load comes from a handful of accounts at thousands of requests a second: their request budgets are off.
start_api() {
  say "Starting the API from $1 (Release, logs at Warning)"
  ConnectionStrings__Default="$DB_URL" Database__MigrateOnStartup=true Seed__Demo=false \
    Admin__UserName=admin Admin__Password="$ADMIN_PASSWORD" Auth__SigningKey="$SIGNING_KEY" \
    Serilog__MinimumLevel__Default=Warning Logging__LogLevel__Default=Warning Files__Root="$OUT/files" ASPNETCORE_ENVIRONMENT=Production \
    RateLimits__RequestsPerMinutePerUser=0 RateLimits__RequestsPerMinutePerApiToken=0 \
    dotnet "$1/PapiTracker.Api.dll" --contentRoot "$1" --urls "$BASE" >>"$OUT/api-$2.log" 2>&1 &
  API_PID=$!
  for _ in $(seq 1 60); do curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "$BASE/health/ready" >/dev/null || { echo "The API did not become ready; see $OUT/api-$2.log" >&2; tail -n 20 "$OUT/api-$2.log" >&2; exit 1; }
  RSS_LOG="$OUT/rss-$2.log"
  (while kill -0 "$API_PID" 2>/dev/null; do awk '/VmRSS/ { print $2 }' "/proc/$API_PID/status" 2>/dev/null; sleep 0.5; done) >"$RSS_LOG" &
  RSS_PID=$!
}
# stop_api: stops the API and sets API_RSS to "peak VmRSS MB / VmHWM MB" of the process.
stop_api() {
  local hwm; hwm=$(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$API_PID/status")
  kill "$RSS_PID" 2>/dev/null; RSS_PID=""
  kill "$API_PID" 2>/dev/null; wait "$API_PID" 2>/dev/null; API_PID=""
  API_RSS="$(( $(sort -n "$RSS_LOG" | tail -n 1) / 1024 )) MB / $hwm MB"
}
token() {
  curl -fs -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' -d "{\"userName\":\"$1\",\"password\":\"$2\"}" |
    node -e 'let s = ""; process.stdin.on("data", d => s += d).on("end", () => console.log(JSON.parse(s).accessToken))'
}

start_api "$BUILD/bench-api" current
ADMIN=$(token admin "$ADMIN_PASSWORD")
COORD=$(token "p$PROVINCE_CODE.coordinator" "$PASSWORD")
[ -n "$ADMIN" ] && [ -n "$COORD" ] || { echo "Sign-in failed" >&2; exit 1; }

say "Score import (POST /api/v1/score-releases/import, the 7-year file)"
import_once() { curl -s -o "$OUT/import-$1.json" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $ADMIN" -F "file=@$SCORES" "$BASE/api/v1/score-releases/import"; }
read -r IMPORT_STATUS IMPORT_FIRST < <(import_once first)
read -r IMPORT_STATUS2 IMPORT_AGAIN < <(import_once again)
read -r _ IMPORT_THIRD < <(import_once third)
echo "first import $IMPORT_STATUS ${IMPORT_FIRST}s (cold process), re-import $IMPORT_STATUS2 ${IMPORT_AGAIN}s and ${IMPORT_THIRD}s (replace)"

# The ids the load uses: the coordinator's plan, its open (2026 annual) and last closed (2025 annual)
# periods, and the open period's obligations whose report can still be edited (draft saves go there).
PROVINCE_ID=$(sql "select id from org_units where code = '$PROVINCE_CODE'")
PLAN=$(sql "select id from plans where province_id = $PROVINCE_ID")
OPEN_PERIOD=$(sql "select id from reporting_periods where plan_id = $PLAN and year = 2026 and kind = 'Annual'")
CLOSED_PERIOD=$(sql "select id from reporting_periods where plan_id = $PLAN and year = 2025 and kind = 'Annual'")
LEAD_UNIT=$(sql "select unit_id from action_unit au join action_items a on a.id = au.action_item_id where a.plan_id = $PLAN and au.role = 'Lead' order by unit_id limit 1")
DRAFTS=$(sql "select o.id from report_obligations o left join report_submissions s on s.obligation_id = o.id
  where o.period_id = $OPEN_PERIOD and (s.id is null or s.status in ('Draft', 'Returned')) order by o.id" | tr '\n' ' ')
# Reports whose state the deadline-day rows change: six districts' editable reports of the open period ("id:unit").
CYCLED=$(sql "select s.id || ':' || o.unit_id from report_submissions s join report_obligations o on o.id = s.obligation_id
  join org_units u on u.id = o.unit_id where o.period_id = $OPEN_PERIOD and u.kind = 'District' and s.status in ('Draft', 'Returned')
  order by s.id limit 6" | tr '\n' ' ')
# Their district heads, signed in once here: sign-in is rate-limited per address.
declare -A HEADS=()
for pair in $CYCLED; do HEADS[${pair%%:*}]=$(token "unit${pair##*:}.head" "$PASSWORD"); done
curl -fs "$BASE/swagger/v1/swagger.json" -o "$OUT/openapi.json"
has_route() { grep -q "\"$1\"" "$OUT/openapi.json"; }

# The province's consolidated report: Sở Nội vụ's level (the departments and districts report to it)
# for the last closed period, twice (cold, then warm), with the process's peak memory before and after.
DOCX="no such endpoint on this code base"
if has_route "/api/v1/reporting-periods/{id}/levels/{unitId}/consolidated-report.docx"; then
  say "Consolidated report (.docx) of Bắc Giang's Sở Nội vụ level, 2025 annual period"
  HOME_AFFAIRS=$(sql "select id from org_units where code = '$PROVINCE_CODE-SNV'")
  hwm() { awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$API_PID/status"; }
  docx_once() { curl -s -o "$OUT/consolidated-$1.docx" -w '%{http_code} %{time_total} %{size_download}\n' -H "Authorization: Bearer $COORD" \
    "$BASE/api/v1/reporting-periods/$CLOSED_PERIOD/levels/$HOME_AFFAIRS/consolidated-report.docx"; }
  HWM_BEFORE=$(hwm)
  read -r DOCX_STATUS DOCX_FIRST DOCX_BYTES < <(docx_once first)
  read -r _ DOCX_AGAIN _ < <(docx_once again)
  DOCX="${DOCX_FIRST} s first call, ${DOCX_AGAIN} s again (HTTP $DOCX_STATUS, $DOCX_BYTES bytes); process peak memory $HWM_BEFORE MB before, $(hwm) MB after"
  echo "$DOCX"
fi

RESULTS="$OUT/load.tsv"
: >"$RESULTS"
# load NAME TOKEN PATHS [METHOD BODY IF-MATCH]: a warm-up run, then the measured run, per connection count.
# While WARMING=1 (warm_up), 2 s at 8 connections and nothing recorded.
load() {
  local name="$1$SUFFIX" token="$2" paths="$3" method="${4:-GET}" body="${5:-}" ifmatch="${6:-}"
  local env=(BENCH_PATHS="$paths" BENCH_TOKEN="$token" BENCH_METHOD="$method" BENCH_BODY="$body" BENCH_IF_MATCH="$ifmatch")
  if [ "$WARMING" = 1 ]; then
    env "${env[@]}" wrk -t2 -c8 -d2s --timeout 10s -s bench/load.lua "$BASE" >/dev/null 2>&1
    return
  fi
  for c in $CONNECTIONS; do
    env "${env[@]}" wrk -t2 -c"$c" -d"${WARMUP}s" --timeout 10s -s bench/load.lua "$BASE" >/dev/null 2>&1
    local line
    line=$(env "${env[@]}" wrk -t2 -c"$c" -d"${DURATION}s" --timeout 10s -s bench/load.lua "$BASE" 2>&1 | tee -a "$OUT/wrk.log" | grep '^RESULT')
    record "$name" "$c" "$line"
  done
}

# record NAME CONNECTIONS RESULT-LINE: one row of the results (load.lua's RESULT line as req/s, latencies, errors).
record() {
  local requests micros p50 p95 p99 bad socket conflicts
  read -r _ requests micros p50 p95 p99 bad socket conflicts <<<"$3"
  local rps; rps=$(awk -v r="$requests" -v d="$micros" 'BEGIN { printf "%.1f", r * 1000000 / d }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$rps" "$p50" "$p95" "$p99" "$((bad - conflicts + socket))" "$conflicts" | tee -a "$RESULTS"
}

YEARS="$(for y in 2018 2019 2020 2021 2022 2023 2024; do printf '/api/v1/score-releases/%s/rankings ' "$y"; done)"
ACTION_FILTERS="?dimension=2&status=InProgress&sort=due ?deadlineState=Overdue ?subDimension=2.3&page=2&pageSize=5 \
?search=ch%E1%BB%89%20s%E1%BB%91 ?mine=true&sort=-status ?leadUnitId=$LEAD_UNIT ?kind=Responsibility&sort=-due"
ACTIONS="$(for f in $ACTION_FILTERS; do printf '/api/v1/plans/%s/actions%s ' "$PLAN" "$f"; done)"
SAVES="$(for o in $DRAFTS; do printf '/api/v1/report-obligations/%s/submission ' "$o"; done)"
DRAFT_BODY='{"narratives":{"1":"Đã tổ chức hội nghị quán triệt và niêm yết công khai thủ tục.","2":"Tiếp nhận, giải quyết phản ánh đúng hạn.","6":"Khảo sát mức độ hài lòng hoàn thành."}}'
# The newest page and one further back (keyset paging: the page before the 1,000 newest entries).
AUDIT_PAGES="/api/v1/audit?pageSize=50 /api/v1/audit?pageSize=50&before=$(sql "select max(id) - 1000 from audit_entries")"
STATIC="/$(grep -oE 'href="/assets/[^"]+\.css"' client/dist/index.html | sed -E 's/href="\/(.*)"/\1/')"

# Every load of the run, 2 s each before any is measured (the writers alongside left out): the runtime moves
# hot code to its optimised tier only once new code stops appearing, so a floor measured first in a cold
# process runs slower than the same floor at the end of the run.
WARMING=0
warm_up() {
  say "Warm-up (every load of the run, 2 s each)"
  WARMING=1
  load "floor" "" "/health/ready"
  load "static file" "" "$STATIC"
  scoped_endpoints
  load "audit list, admin (all)" "$ADMIN" "$AUDIT_PAGES"
  WARMING=0
}

# Writers that run alongside a load, as on a deadline day: each is given the seconds to run and prints
# load.lua's RESULT line for its own requests.
# autosave_drafts: two connections keep saving drafts, as report forms do (an autosave changes no count,
# so the kept answers should stay).
autosave_drafts() {
  BENCH_PATHS="$SAVES" BENCH_TOKEN="$COORD" BENCH_METHOD=PUT BENCH_BODY="$DRAFT_BODY" BENCH_IF_MATCH='*' \
    wrk -t1 -c2 -d"${1}s" --timeout 10s -s bench/load.lua "$BASE" 2>&1
}
# change_report_states: district reports of the open period submitted by their district's head and returned
# by the coordinator, in turn, $STATE_CHANGES changes a second (each one forgets the kept counts).
change_report_states() {
  local until=$(( $(date +%s) + $1 )) gap times="$OUT/state-change-times.log" bad=0 started pair id code seconds
  gap=$(awk -v r="$STATE_CHANGES" 'BEGIN { print 1 / r }')
  : >"$times"; started=$(date +%s%N)
  while [ "$(date +%s)" -lt "$until" ]; do
    for pair in $CYCLED; do
      id=${pair%%:*}
      read -r code seconds < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST \
        -H "Authorization: Bearer ${HEADS[$id]}" "$BASE/api/v1/report-submissions/$id/submit")
      [ "$code" = 200 ] || bad=$((bad + 1)); echo "$seconds" >>"$times"; sleep "$gap"
      read -r code seconds < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST -H "Authorization: Bearer $COORD" \
        -H 'Content-Type: application/json' -d '{"reason":"Đề nghị bổ sung số liệu."}' "$BASE/api/v1/report-submissions/$id/return")
      [ "$code" = 200 ] || bad=$((bad + 1)); echo "$seconds" >>"$times"; sleep "$gap"
      [ "$(date +%s)" -lt "$until" ] || break
    done
  done
  sort -n "$times" | awk -v micros="$(( ($(date +%s%N) - started) / 1000 ))" -v bad="$bad" '{ t[NR] = $1 * 1000 }
    END { printf "RESULT %d %d %.2f %.2f %.2f %d 0 0\n", NR, micros, t[int(NR * 0.5 + 0.5)], t[int(NR * 0.95 + 0.5)], t[int(NR * 0.99 + 0.5)], bad }'
}

# load_alongside WRITER CONNECTIONS ROW NAME TOKEN PATHS: the load NAME while WRITER writes, then the
# writer's own row (how many writes there were, and that they succeeded).
load_alongside() {
  local writer="$1" writers="$2" row="$3" seconds; shift 3
  if [ "$WARMING" = 1 ]; then load "$@"; return; fi
  seconds=$(( $(wc -w <<<"$CONNECTIONS") * (WARMUP + DURATION) ))
  "$writer" "$seconds" >"$OUT/$writer.log" 2>&1 &
  local pid=$!
  load "$@"
  wait "$pid" || true
  record "$row" "$writers" "$(grep '^RESULT' "$OUT/$writer.log")"
}
load_while_autosaving() {
  load_alongside autosave_drafts 2 "  (the draft autosaves alongside: 2 connections)" "$1, while drafts are autosaved" "$2" "$3"
}
load_while_reports_change_state() {
  load_alongside change_report_states 1 "  (reports submitted and returned alongside: $STATE_CHANGES a second asked)" "$1, while reports change state" "$2" "$3"
}

# The endpoints a proposed fix can change (all but the floor and the admin's audit list).
scoped_endpoints() {
  load "ranking table (7 years)" "$COORD" "$YEARS"
  load "coverage" "$COORD" "/api/v1/plans/$PLAN/coverage"
  load "plan" "$COORD" "/api/v1/plans/$PLAN"
  load "action list, 7 filters" "$COORD" "$ACTIONS"
  load "completeness, province (open + closed period)" "$COORD" "/api/v1/reporting-periods/$OPEN_PERIOD/completeness /api/v1/reporting-periods/$CLOSED_PERIOD/completeness"
  if has_route "/api/v1/plans/{id}/overview"; then load "plan overview" "$COORD" "/api/v1/plans/$PLAN/overview"; fi
  if has_route "/api/v1/reporting-matrix"; then
    load "reporting matrix, province" "$COORD" "/api/v1/reporting-matrix?year=2026&unitId=$PROVINCE_ID"
    load "reporting matrix, whole country" "$ADMIN" "/api/v1/reporting-matrix?year=2026"
  fi
  load "submission draft save (PUT, If-Match: *)" "$COORD" "$SAVES" PUT "$DRAFT_BODY" '*'
  if has_route "/api/v1/plans/{id}/overview"; then load_while_autosaving "plan overview" "$COORD" "/api/v1/plans/$PLAN/overview"; fi
  load_while_autosaving "completeness, province (open + closed period)" "$COORD" "/api/v1/reporting-periods/$OPEN_PERIOD/completeness /api/v1/reporting-periods/$CLOSED_PERIOD/completeness"
  if has_route "/api/v1/reporting-matrix"; then load_while_autosaving "reporting matrix, whole country" "$ADMIN" "/api/v1/reporting-matrix?year=2026"; fi
  if has_route "/api/v1/plans/{id}/overview"; then load_while_reports_change_state "plan overview" "$COORD" "/api/v1/plans/$PLAN/overview"; fi
  load_while_reports_change_state "completeness, province (open + closed period)" "$COORD" "/api/v1/reporting-periods/$OPEN_PERIOD/completeness /api/v1/reporting-periods/$CLOSED_PERIOD/completeness"
  if has_route "/api/v1/reporting-matrix"; then load_while_reports_change_state "reporting matrix, whole country" "$ADMIN" "/api/v1/reporting-matrix?year=2026"; fi
  load "audit list, province coordinator" "$COORD" "$AUDIT_PAGES"
}

SUFFIX=""
warm_up
say "Load: ${DURATION}s per run after ${WARMUP}s of warm-up, at $CONNECTIONS connections (name, connections, req/s, p50, p95, p99 ms, errors, 409/412)"
load "floor: /health/ready" "" "/health/ready"
load "floor: static file" "" "$STATIC"
scoped_endpoints
load "audit list, admin (all)" "$ADMIN" "$AUDIT_PAGES"

if [ "$EXPLAIN" = 1 ]; then
  say "EXPLAIN ANALYZE of one call per endpoint (auto_explain) -> bench/results/explain.log"
  auto_explain_set auto_explain.log_min_duration 0 auto_explain.log_analyze on auto_explain.log_buffers on
  sleep 1
  log_offset=$(wc -c <"$THROWAWAY_PG/server.log")
  explain_call() {
    echo "=== GET $2" >>"$OUT/explain-calls.log"
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $1" "$BASE$2" >>"$OUT/explain-calls.log"
  }
  for path in "/api/v1/plans/$PLAN/coverage" "/api/v1/plans/$PLAN" "/api/v1/plans/$PLAN/actions?dimension=2&status=InProgress&sort=due" \
    "/api/v1/reporting-periods/$OPEN_PERIOD/completeness" "/api/v1/plans/$PLAN/overview" "/api/v1/reporting-matrix?year=2026&unitId=$PROVINCE_ID" \
    "/api/v1/audit?pageSize=50" "/api/v1/score-releases/2024/rankings"; do
    explain_call "$COORD" "$path"
  done
  explain_call "$ADMIN" "/api/v1/audit?pageSize=50"
  explain_call "$ADMIN" "/api/v1/reporting-matrix?year=2026"
  auto_explain_set auto_explain.log_min_duration -1
  tail -c +"$((log_offset + 1))" "$THROWAWAY_PG/server.log" >"$OUT/explain.log"
fi

load "floor again: /health/ready" "" "/health/ready"

# The commune officer's first visit on a weak link and a slow phone (client/scripts/page-budgets.mjs): the
# sign-in page and the report page of a commune whose report of the open period can still be edited.
say "Pages on a weak connection (1.6 Mbit/s, 150 ms, CPU / 4, cache off, 390 × 844)"
command -v /usr/bin/chromium >/dev/null || apt_install chromium
OFFICER_OBLIGATION=$(sql "select o.id || ':' || o.unit_id from report_obligations o join org_units u on u.id = o.unit_id
  left join report_submissions s on s.obligation_id = o.id
  where o.period_id = $OPEN_PERIOD and u.kind = 'Commune' and (s.id is null or s.status in ('Draft', 'Returned')) order by o.id limit 1")
PAGES="not measured (no editable commune report in the open period)"
if [ -n "$OFFICER_OBLIGATION" ]; then
  PAGE_BASE_URL="$BASE" PAGE_USER="unit${OFFICER_OBLIGATION##*:}.officer" PAGE_PASSWORD="$PASSWORD" \
    PAGE_REPORT_PATH="/reports/${OFFICER_OBLIGATION%%:*}" node client/scripts/page-budgets.mjs >"$OUT/pages.log" 2>&1 || true
  PAGES=$(awk '/^PAGE / { printf "%s%s: first paint %s ms, editable %s ms (budget %s ms: %s)", sep, $2, $3, $4, $5, $6; sep = "; " }' "$OUT/pages.log")
  [ -n "$PAGES" ] || PAGES="failed: see bench/results/pages.log"
fi
echo "$PAGES"
stop_api; RSS_CURRENT="$API_RSS"

RSS_PROPOSED=""
if [ "$PROPOSED" = 1 ]; then
  start_api "$BUILD/bench-api-proposed" proposed
  warm_up
  SUFFIX=" [proposed fixes]"
  say "Load with the proposed fixes"
  load "floor: /health/ready" "" "/health/ready"
  scoped_endpoints
  stop_api; RSS_PROPOSED="$API_RSS"
fi

say "Writing the results"
floor_at() { awk -F'\t' -v c="$1" -v f="floor: /health/ready$2" '$1 == f && $2 == c { print $3 }' "$RESULTS"; }
TABLE="$OUT/latest.md"
{
  echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC') on $(git rev-parse --short HEAD) ($(git rev-parse --abbrev-ref HEAD)); wrk -t2, ${DURATION} s per run after ${WARMUP} s warm-up."
  echo "\"× floor\" is the endpoint's throughput over /health/ready's at the same connection count in the same API process."
  echo
  echo "| endpoint | conns | req/s | p50 ms | p95 ms | p99 ms | errors | 409/412 | × floor |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  while IFS=$'\t' read -r name c rps p50 p95 p99 errors conflicts; do
    variant=""; [[ "$name" == *" [proposed fixes]" ]] && variant=" [proposed fixes]"
    floor=$(floor_at "$c" "$variant")
    ratio=$(awk -v r="$rps" -v f="$floor" 'BEGIN { if (f > 0) printf "%.2f", r / f; else printf "—" }')
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$c" "$rps" "$p50" "$p95" "$p99" "$errors" "$conflicts" "$ratio"
  done <"$RESULTS"
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "| dataset generation (migrate + build + COPY + indexes + vacuum analyze) | ${GEN_SECONDS} s, database $DB_SIZE |"
  echo "| score import, 7-year file, first call of the process | ${IMPORT_FIRST} s (HTTP $IMPORT_STATUS) |"
  echo "| score import, re-import (replaces 7 releases) | ${IMPORT_AGAIN} s, ${IMPORT_THIRD} s (HTTP $IMPORT_STATUS2) |"
  echo "| API resident memory under load, peak VmRSS (0.5 s samples) / VmHWM | $RSS_CURRENT |"
  [ -n "$RSS_PROPOSED" ] && echo "| API resident memory under load with the proposed fixes | $RSS_PROPOSED |"
  echo "| client initial JS (entry + modulepreloads, gzip -9) | $INITIAL_JS bytes |"
  echo "| pages on a weak link (1.6 Mbit/s, 150 ms, CPU / 4, no cache, 390 × 844), medians of 3 first visits | $PAGES |"
  echo "| consolidated .docx, a province (Sở Nội vụ's level, $(sql "select count(*) from report_obligations where period_id = ${CLOSED_PERIOD:-0} and recipient_id = ${HOME_AFFAIRS:-0}") reporters) | $DOCX |"
  echo "| consolidated .docx, the whole country | no level above the provinces in the model: not measurable |"
  echo "| whole run | $(( $(date +%s) - START )) s |"
  echo
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM," \
    "$(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --list-runtimes | awk '/NETCore.App/ { v = $2 } END { print v }'), PostgreSQL $(sql 'show server_version' postgres) (fsync off, default memory settings);" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end (the machine is shared)."
} >"$TABLE"

if grep -q '<!-- bench:table:begin -->' bench/RESULTS.md 2>/dev/null; then
  awk -v table="$TABLE" '
    /<!-- bench:table:begin -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
    /<!-- bench:table:end -->/ { print; skip = 0; next }
    !skip' bench/RESULTS.md >"$OUT/RESULTS.md.new" && mv "$OUT/RESULTS.md.new" bench/RESULTS.md
fi
cat "$TABLE"
