-- The opening of every script: the store's time. ARGV[1] is the caller's clock in microseconds since the Unix epoch;
-- ARGV[2] is 1 to keep time by Redis's own clock (TIME), as every process sharing the store then agrees on it, or 0 to
-- keep the caller's (a test's fake clock). Times are stored in whole milliseconds: `now` rounds down, for asking
-- whether a moment has passed, and `now_up` rounds up, for stamping a completion, so rounding never frees a slot early.
-- Absolute times that cross the API (a block's end, a server reset, a next slot) are on the caller's clock and are
-- translated by the difference between the two clocks at this call, rounded towards later.
local caller_us = tonumber(ARGV[1])
local now_us = caller_us
if ARGV[2] == '1' then
  local time = redis.call('TIME')
  now_us = tonumber(time[1]) * 1000000 + tonumber(time[2])
end
local now = math.floor(now_us / 1000)
local now_up = math.ceil(now_us / 1000)
local skew_ms = (now_us - caller_us) / 1000

local function to_store(caller_ms)
  return math.ceil(caller_ms + skew_ms)
end

local function to_caller(store_ms)
  return math.ceil(store_ms - skew_ms)
end

-- Makes sure a key lives at least until `until_ms`, never shortening a longer life.
local function keep_until(key, until_ms)
  local wanted = until_ms - now
  if redis.call('PTTL', key) < wanted then
    redis.call('PEXPIRE', key, wanted)
  end
end

-- The name of a lease's n-th slot in a bucket's sorted set: the lease itself for the first, so a request that costs one
-- is one member named by its lease.
local function slot_member(lease, n)
  if n == 1 then
    return lease
  end
  return lease .. '#' .. n
end
