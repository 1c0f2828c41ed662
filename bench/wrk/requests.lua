-- wrk script: GET requests cycled round-robin from a file, status classes counted, one JSON summary line.
--   BENCH_REQS      file of requests, one per line: "<Accept header>\t<path and query string>"
--                   or, for a distinct-query stream, "<Accept>\t<path before>\t<path after>" (bench/mkreqs.py distinct)
--   BENCH_DISTINCT  "1": every request gets a different query text: " BIND(n AS ?bench_n) " is put between the two
--                   parts (just before the closing brace of the WHERE clause), n unique across threads and
--                   requests, so no answer cache can serve it; ?bench_n is not projected, so the answer is unchanged.
local threads = {}
local nthreads = 0

function setup(thread)
   nthreads = nthreads + 1
   thread:set("tid", nthreads)
   table.insert(threads, thread)
end

local reqs, prebuilt = {}, {}
local idx, n = 0, 0
local distinct = os.getenv("BENCH_DISTINCT") == "1"
c2xx, c3xx, c4xx, c5xx, c503, cother = 0, 0, 0, 0, 0, 0

function init(args)
   local f = assert(io.open(os.getenv("BENCH_REQS"), "r"))
   for line in f:lines() do
      local accept, path, after = line:match("^([^\t]*)\t([^\t]+)\t?([^\t]*)$")
      if path then table.insert(reqs, { accept = accept, path = path, after = after }) end
   end
   f:close()
   assert(#reqs > 0, "no requests in " .. os.getenv("BENCH_REQS"))
   for i, r in ipairs(reqs) do
      prebuilt[i] = wrk.format("GET", r.path .. r.after, { ["Accept"] = r.accept })
   end
   -- threads start at different places in the list
   idx = ((tid or 1) - 1) * math.floor(#reqs / 2)
end

function request()
   idx = idx % #reqs + 1
   if distinct then
      n = n + 1
      local r = reqs[idx]
      local literal = tostring((tid or 1) * 100000000 + n)
      return wrk.format("GET", r.path .. "%20BIND%28" .. literal .. "%20AS%20%3Fbench_n%29%20" .. r.after,
         { ["Accept"] = r.accept })
   end
   return prebuilt[idx]
end

function response(status, headers, body)
   if status >= 200 and status < 300 then c2xx = c2xx + 1
   elseif status >= 300 and status < 400 then c3xx = c3xx + 1
   elseif status >= 400 and status < 500 then c4xx = c4xx + 1
   elseif status == 503 then c503 = c503 + 1
   elseif status >= 500 then c5xx = c5xx + 1
   else cother = cother + 1 end
end

function done(summary, latency, requests)
   local s = { c2xx = 0, c3xx = 0, c4xx = 0, c5xx = 0, c503 = 0, cother = 0 }
   for _, t in ipairs(threads) do
      for k, _ in pairs(s) do s[k] = s[k] + (t:get(k) or 0) end
   end
   local e = summary.errors
   io.write(string.format(
      'BENCHJSON {"requests":%d,"duration_us":%d,"bytes":%d,' ..
      '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
      '"latency_us":{"p50":%d,"p90":%d,"p99":%d,"max":%d,"mean":%.1f},' ..
      '"status":{"2xx":%d,"3xx":%d,"4xx":%d,"503":%d,"5xx":%d,"other":%d}}\n',
      summary.requests, summary.duration, summary.bytes,
      e.connect, e.read, e.write, e.status, e.timeout,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
      s.c2xx, s.c3xx, s.c4xx, s.c503, s.c5xx, s.cother))
end
