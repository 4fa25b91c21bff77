-- Reads one bucket without taking a slot. KEYS: slots, block, server. ARGV: [3] limit, [4] window ms (with the clock
-- granularity: RateLimitRule.ReleaseDelay), [5] the cost of the request the next slot is for.
-- Returns {remaining, next slot caller ms or 0, blocked-until caller ms or 0}.
local limit, window, cost = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local slots, block, server = KEYS[1], KEYS[2], KEYS[3]

local wait = 0
local blocked_until = 0
local block_end = tonumber(redis.call('GET', block) or '0')
if block_end > now then
  blocked_until = block_end
  wait = block_end - now
end

local occupied = redis.call('ZCOUNT', slots, '(' .. now, '+inf')
if occupied + cost > limit then
  local earliest = tonumber(redis.call('ZRANGEBYSCORE', slots, '(' .. now, '+inf', 'WITHSCORES', 'LIMIT', 0, 1)[2])
  wait = math.max(wait, math.min(earliest, now + window) - now)
end

local remaining = math.max(limit - occupied, 0)
local state = redis.call('HMGET', server, 'remaining', 'reset')
if state[2] and tonumber(state[2]) > now then
  remaining = math.min(remaining, math.max(tonumber(state[1]), 0))
  if tonumber(state[1]) < cost then
    wait = math.max(wait, tonumber(state[2]) - now)
  end
end

if blocked_until > 0 then
  remaining = 0
end

return {remaining, wait > 0 and to_caller(now + wait) or 0, blocked_until > 0 and to_caller(blocked_until) or 0}
