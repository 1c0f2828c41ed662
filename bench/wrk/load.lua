-- wrk script for bench/load.sh: requests of two classes ("normal", "expensive") cycled from a file, with the
-- latency and status of each class kept apart. Run it with one connection per thread (-t N -c N): each thread then
-- sends its next request only after the previous answer, so request() and response() pair up and a request's
-- latency is the time between them (clock_gettime through LuaJIT's ffi).
--   BENCH_REQS  file of requests, one per line: "<class>\t<Accept>\t<path and query string>"
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function now_us()
   ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
   return tonumber(ts.tv_sec) * 1000000 + tonumber(ts.tv_nsec) / 1000
end

local threads, nthreads = {}, 0
function setup(thread)
   nthreads = nthreads + 1
   thread:set("tid", nthreads)
   table.insert(threads, thread)
end

local reqs, idx, started, current = {}, 0, 0, nil
lat_normal, lat_expensive = {}, {}
st_normal, st_expensive = {}, {}

function init(args)
   local f = assert(io.open(os.getenv("BENCH_REQS"), "r"))
   for line in f:lines() do
      local class, accept, path = line:match("^([^\t]+)\t([^\t]*)\t(.+)$")
      if path then table.insert(reqs, { class = class, req = wrk.format("GET", path, { ["Accept"] = accept }) }) end
   end
   f:close()
   idx = ((tid or 1) - 1) * 7
end

function request()
   idx = idx % #reqs + 1
   current = reqs[idx].class
   started = now_us()
   return reqs[idx].req
end

function response(status, headers, body)
   local l = current == "normal" and lat_normal or lat_expensive
   l[#l + 1] = now_us() - started
   local s = current == "normal" and st_normal or st_expensive
   local key = tostring(status)
   s[key] = (s[key] or 0) + 1
end

local function pct(sorted, p)
   if #sorted == 0 then return 0 end
   local i = math.max(1, math.ceil(#sorted * p / 100))
   return sorted[i]
end

function done(summary, latency, requests)
   local out = {}
   for _, class in ipairs({ "normal", "expensive" }) do
      local all, statuses = {}, {}
      for _, t in ipairs(threads) do
         for _, v in ipairs(t:get("lat_" .. class) or {}) do all[#all + 1] = v end
         for k, v in pairs(t:get("st_" .. class) or {}) do statuses[k] = (statuses[k] or 0) + v end
      end
      table.sort(all)
      local parts = {}
      for k, v in pairs(statuses) do parts[#parts + 1] = string.format('"%s":%d', k, v) end
      out[#out + 1] = string.format('"%s":{"count":%d,"p50_us":%d,"p99_us":%d,"max_us":%d,"status":{%s}}',
         class, #all, pct(all, 50), pct(all, 99), all[#all] or 0, table.concat(parts, ","))
   end
   local e = summary.errors
   io.write(string.format('BENCHJSON {"requests":%d,"duration_us":%d,"errors":{"connect":%d,"read":%d,"write":%d,' ..
      '"timeout":%d},%s}\n', summary.requests, summary.duration, e.connect, e.read, e.write, e.timeout,
      table.concat(out, ",")))
end
