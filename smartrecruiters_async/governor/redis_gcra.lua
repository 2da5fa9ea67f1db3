-- The shared governor state of one credential, kept in Redis and changed only by this script so
-- every step is atomic. Time is the Redis server's clock (TIME): every process and host agrees on
-- it. KEYS[1] is the credential's namespace; ARGV[1] the operation; ARGV[2] its JSON arguments.
--
-- Keys under the namespace (all expire on their own, so an abandoned namespace disappears):
--   pause                 server time until which the credential is paused (a 429 was seen)
--   tat:<class>           GCRA theoretical arrival time of the next request of a rate class
--   limit:<class>         a lower rate limit reported by the server (X-RateLimit-Limit)
--   leases:<class>        ZSET lease id -> expiry time: the requests in flight of a class
--   external:<class>      slots the server reports in use by clients not sharing this governor
--   debt:<endpoint>       HASH debt, at: unpaid response bytes of a byte-budgeted endpoint
--   sends:<class>         LIST the latest grant times of a rate class (newest first)
--   claims:<class>        ZSET waiter id -> expiry: interactive requests waiting for a permit
--   streak, bulk_waiting  interactive grants in a row while a bulk request was held back
--   granted, rate_limited counters

local ns = KEYS[1]
local op = ARGV[1]
local req = cjson.decode(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000

local function fmt(x)
  return string.format('%.6f', x)
end

local function num(key)
  local v = redis.call('GET', key)
  if v then
    return tonumber(v)
  end
  return nil
end

local function ms(seconds)
  return math.max(1, math.ceil(seconds * 1000))
end

local function set_until(key, value, seconds)
  redis.call('SET', key, fmt(value), 'PX', ms(seconds))
end

local function interval(class)
  -- req.span = 1 s + arrival jitter + send slack: the strict-pacing numerator.
  local rate = class.rate
  local lower = num(ns .. ':limit:' .. class.name)
  if lower and lower < rate then
    rate = lower
  end
  return req.span / rate
end

local function debt_at(endpoint, rate)
  local d = redis.call('HMGET', ns .. ':debt:' .. endpoint, 'debt', 'at')
  if not d[1] then
    return 0
  end
  return math.max(0, tonumber(d[1]) - rate * (now - tonumber(d[2])))
end

local function charge(endpoint, rate, nbytes)
  local debt = debt_at(endpoint, rate) + nbytes
  local key = ns .. ':debt:' .. endpoint
  redis.call('HSET', key, 'debt', fmt(debt), 'at', fmt(now))
  redis.call('PEXPIRE', key, ms(debt / rate + 1))
end

local function in_flight(class)
  local key = ns .. ':leases:' .. class
  redis.call('ZREMRANGEBYSCORE', key, '-inf', fmt(now))
  return redis.call('ZCARD', key)
end

-- acquire: grant the concurrency slots and rate permits together, or say how long to wait.
-- Returns {'granted', now, class, in_flight, ...} or {'wait' | 'paused' | 'full', seconds, now}
if op == 'acquire' then
  local pause = num(ns .. ':pause') or 0
  if pause > now then
    return {'paused', fmt(pause - now), fmt(now)}
  end
  local counts = {}
  for _, c in ipairs(req.concurrency) do
    local n = in_flight(c.name)
    local external = num(ns .. ':external:' .. c.name) or 0
    if n + external >= c.slots then
      -- Freed by a release (published on <ns>:freed) or, if its holder died, at its expiry.
      local first = redis.call('ZRANGE', ns .. ':leases:' .. c.name, 0, 0, 'WITHSCORES')
      local expires = first[2] and tonumber(first[2]) - now or req.ttl
      return {'full', fmt(expires), fmt(now)}
    end
    counts[#counts + 1] = c.name
    counts[#counts + 1] = tostring(n + 1)
  end
  local ready = 0
  local tats = {}
  for i, r in ipairs(req.rates) do
    tats[i] = num(ns .. ':tat:' .. r.name) or 0
    ready = math.max(ready, tats[i])
  end
  if req.bytes then
    local debt = debt_at(req.bytes.endpoint, req.bytes.rate)
    if debt > 0 then
      ready = math.max(ready, now + debt / req.bytes.rate)
    end
  end
  -- Priorities across processes: an interactive request told to wait for a rate permit claims
  -- it; bulk requests leave claimed permits alone, unless `starvation` interactive grants in a
  -- row went ahead of a waiting bulk request.
  local claimed = false
  if req.priority == 'bulk' then
    for _, r in ipairs(req.rates) do
      local key = ns .. ':claims:' .. r.name
      redis.call('ZREMRANGEBYSCORE', key, '-inf', fmt(now))
      if redis.call('ZCARD', key) > 0 then
        claimed = true
      end
    end
    if claimed then
      if (num(ns .. ':streak') or 0) >= req.starvation then
        claimed = false
      else
        set_until(ns .. ':bulk_waiting', 1, 1)
      end
    end
  end
  if ready > now then
    if req.priority == 'interactive' then
      for _, r in ipairs(req.rates) do
        local key = ns .. ':claims:' .. r.name
        redis.call('ZADD', key, fmt(ready + req.claim), req.waiter)
        redis.call('PEXPIRE', key, ms(ready - now + req.claim))
      end
    end
    return {'wait', fmt(ready - now), fmt(now)}
  end
  if claimed then
    -- The claimant takes this permit when it wakes; try again one interval later.
    local step = math.huge
    for _, r in ipairs(req.rates) do
      step = math.min(step, interval(r))
    end
    return {'wait', fmt(step), fmt(now)}
  end
  if req.priority == 'interactive' then
    for _, r in ipairs(req.rates) do
      redis.call('ZREM', ns .. ':claims:' .. r.name, req.waiter)
    end
    if redis.call('EXISTS', ns .. ':bulk_waiting') == 1 then
      redis.call('INCR', ns .. ':streak')
      redis.call('EXPIRE', ns .. ':streak', 60)
    end
  else
    redis.call('DEL', ns .. ':streak', ns .. ':bulk_waiting')
  end
  for i, r in ipairs(req.rates) do
    -- A grant up to `slack` late keeps its place on the schedule; later, the schedule moves.
    local tat = math.max(tats[i], now - req.slack) + interval(r)
    set_until(ns .. ':tat:' .. r.name, tat, tat - now + 60)
    local sends = ns .. ':sends:' .. r.name
    redis.call('LPUSH', sends, fmt(now))
    redis.call('LTRIM', sends, 0, 63)
    redis.call('PEXPIRE', sends, 60000)
  end
  for _, c in ipairs(req.concurrency) do
    local key = ns .. ':leases:' .. c.name
    redis.call('ZADD', key, fmt(now + req.ttl), req.lease)
    redis.call('PEXPIRE', key, ms(req.ttl + 60))
  end
  redis.call('INCR', ns .. ':granted')
  redis.call('EXPIRE', ns .. ':granted', 86400)
  local reply = {'granted', fmt(now)}
  for _, v in ipairs(counts) do
    reply[#reply + 1] = v
  end
  return reply
end

-- sent: the request granted at `granted` left later than `slack` after it; re-base pacing on
-- this moment. If a request of the class was granted after it, that one may have left first
-- (this one waited for a connection) and both be on the wire within one interval, so this send
-- takes the next interval instead of its old place.
if op == 'sent' then
  for _, r in ipairs(req.rates) do
    local key = ns .. ':tat:' .. r.name
    local tat = num(key) or 0
    local newest = redis.call('LINDEX', ns .. ':sends:' .. r.name, 0)
    if newest and tonumber(newest) > req.granted then
      tat = tat + interval(r)
    end
    tat = math.max(tat, now - req.slack + interval(r))
    set_until(key, tat, tat - now + 60)
  end
  return {'ok', fmt(now)}
end

-- charge: response bytes read, against the endpoint's byte budget.
if op == 'charge' then
  charge(req.endpoint, req.rate, req.nbytes)
  return {'ok', fmt(now)}
end

-- release: apply the request's feedback (429 pause, reported limits, bytes not yet charged),
-- then return its slots. Feedback first, so nobody is granted against the old state.
if op == 'release' then
  if req.bytes and req.bytes.nbytes > 0 then
    charge(req.bytes.endpoint, req.bytes.rate, req.bytes.nbytes)
  end
  if req.pause then
    redis.call('INCR', ns .. ':rate_limited')
    redis.call('EXPIRE', ns .. ':rate_limited', 86400)
    local untill = now + req.pause
    local key = ns .. ':pause'
    if untill > (num(key) or 0) then
      set_until(key, untill, req.pause + 1)
      for _, name in ipairs(req.all_rates) do
        local tkey = ns .. ':tat:' .. name
        if (num(tkey) or 0) < untill then
          set_until(tkey, untill, req.pause + 60)
        end
      end
    end
  end
  if req.limit then
    -- The server's own limit, when lower than configured, holds until it says otherwise.
    set_until(ns .. ':limit:' .. req.limit.name, req.limit.value, 300)
  end
  if req.exhausted then
    -- The server's window is full. Normal when the governed processes alone fill it; if their
    -- grants of the last window do not explain it, someone else uses the key: slow down.
    local e = req.exhausted
    local recent = redis.call('LRANGE', ns .. ':sends:' .. e.name, 0, e.limit)
    local ours = 0
    for _, t in ipairs(recent) do
      if tonumber(t) >= now - e.window then
        ours = ours + 1
      end
    end
    if ours < e.limit - 1 then
      local key = ns .. ':tat:' .. e.name
      local tat = math.max(num(key) or 0, now + interval(e))
      set_until(key, tat, tat - now + 60)
    end
  end
  if req.unlimit then
    redis.call('DEL', ns .. ':limit:' .. req.unlimit)
  end
  if req.external then
    -- The server counted in flight at this request's arrival or as it answered: the governed
    -- requests then were at most those at its grant, or those now (it included, as its lease is
    -- not yet removed). Only the excess over the larger is surely another client's.
    local e = req.external
    local ours = math.max(e.at_grant, in_flight(e.name))
    local others = math.max(0, math.min(e.cap, e.used - ours))
    local key = ns .. ':external:' .. e.name
    if others > 0 then
      set_until(key, others, 5)
    else
      redis.call('DEL', key)
    end
  end
  if req.waiter then
    -- An acquirer cancelled mid-call: drop its claims too.
    for _, name in ipairs(req.rates) do
      redis.call('ZREM', ns .. ':claims:' .. name, req.waiter)
    end
  end
  local freed = 0
  for _, name in ipairs(req.concurrency) do
    freed = freed + redis.call('ZREM', ns .. ':leases:' .. name, req.lease)
  end
  if freed > 0 then
    -- Waiters whose slots were all taken wake now instead of at their next poll.
    redis.call('PUBLISH', ns .. ':freed', '1')
  end
  return {'ok', fmt(now)}
end

-- renew: push back the expiry of leases still held by a live process.
if op == 'renew' then
  local renewed = 0
  for _, l in ipairs(req.leases) do
    for _, name in ipairs(l.concurrency) do
      local key = ns .. ':leases:' .. name
      renewed = renewed + redis.call('ZADD', key, 'XX', 'CH', fmt(now + req.ttl), l.lease)
      redis.call('PEXPIRE', key, ms(req.ttl + 60))
    end
  end
  return {'ok', fmt(now), tostring(renewed)}
end

-- state: the shared view, for stats, the CLI and tests.
-- Returns {now, paused_for, granted, rate_limited, class, in_flight, latest_expiry, ...}
if op == 'state' then
  local pause = num(ns .. ':pause') or 0
  local reply = {
    fmt(now),
    fmt(math.max(0, pause - now)),
    tostring(num(ns .. ':granted') or 0),
    tostring(num(ns .. ':rate_limited') or 0),
  }
  for _, name in ipairs(req.concurrency) do
    local n = in_flight(name)
    local last = redis.call('ZRANGE', ns .. ':leases:' .. name, -1, -1, 'WITHSCORES')
    reply[#reply + 1] = name
    reply[#reply + 1] = tostring(n)
    reply[#reply + 1] = last[2] or fmt(0)
  end
  return reply
end

return redis.error_reply('unknown governor operation ' .. tostring(op))
