-- Reads one bucket without taking a slot. KEYS: log, block, server. ARGV: now ms, limit, window ms.
-- Returns {remaining, next slot ms or 0, blocked-until ms or 0}.
local now, limit, window = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local log, block, server = KEYS[1], KEYS[2], KEYS[3]

local count = redis.call('ZCOUNT', log, '(' .. (now - window), '+inf')
local remaining = limit - count
local next_slot = 0
if count >= limit then
  local oldest = redis.call('ZRANGEBYSCORE', log, '(' .. (now - window), '+inf', 'WITHSCORES', 'LIMIT', 0, 1)
  next_slot = tonumber(oldest[2]) + window
end

local state = redis.call('HMGET', server, 'remaining', 'reset')
if state[2] and tonumber(state[2]) > now then
  remaining = math.min(remaining, math.max(tonumber(state[1]), 0))
  if tonumber(state[1]) <= 0 then
    next_slot = math.max(next_slot, tonumber(state[2]))
  end
end

local block_end = tonumber(redis.call('GET', block) or '0')
if block_end > now then
  return {0, block_end, block_end}
end

return {remaining, next_slot, 0}
