-- wrk script for bench/run.sh. Configured by environment variables:
--   BENCH_PATHS     space-separated request paths, taken in turn (several ids spread the load)
--   BENCH_METHOD    GET (default) or PUT/POST
--   BENCH_BODY      request body (JSON) for writes
--   BENCH_TOKEN     bearer token, if the endpoint needs one
--   BENCH_IF_MATCH  If-Match header for writes ("*": whatever version is current)
-- done() prints one machine-readable line:
--   RESULT <requests> <duration µs> <p50 ms> <p95 ms> <p99 ms> <non-2xx/3xx> <socket errors and timeouts> <409/412 conflicts>
-- Conflicts are counted only for writes (a response() callback makes wrk parse every response).

local threads = {}

function setup(thread)
  thread:set("offset", #threads)
  table.insert(threads, thread)
end

local paths = {}
local counter = 0
local method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")
local headers = {}

function init(args)
  for p in string.gmatch(os.getenv("BENCH_PATHS") or "/", "%S+") do
    table.insert(paths, p)
  end
  local token = os.getenv("BENCH_TOKEN")
  if token and token ~= "" then headers["Authorization"] = "Bearer " .. token end
  if body and body ~= "" then headers["Content-Type"] = "application/json" else body = nil end
  local ifMatch = os.getenv("BENCH_IF_MATCH")
  if ifMatch and ifMatch ~= "" then headers["If-Match"] = ifMatch end
  -- Threads start at different paths, so two threads do not write the same row at the same moment.
  counter = ((offset or 0) * math.floor(#paths / 2)) % #paths
end

function request()
  counter = counter % #paths + 1
  return wrk.format(method, paths[counter], headers, body)
end

conflicts = 0

if method ~= "GET" then
  function response(status, headers, body)
    if status == 409 or status == 412 then conflicts = conflicts + 1 end
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local total = 0
  for _, thread in ipairs(threads) do total = total + (thread:get("conflicts") or 0) end
  io.write(string.format("RESULT %d %d %.2f %.2f %.2f %d %d %d\n",
    summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout, total))
end
