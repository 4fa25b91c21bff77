-- Takes one slot in every bucket, or none. Keys come in threes per bucket: log (sorted set of start times in ms),
-- block (end of a block, ms), server (hash: remaining, reset ms). ARGV: now ms, a unique member, then limit and
-- window ms per bucket. Returns {1} when granted, {0, wait ms, blocked-until ms or 0} when refused.
local now = tonumber(ARGV[1])
local member = ARGV[2]
local buckets = #KEYS / 3
local wait = 0
local blocked_until = 0

for i = 0, buckets - 1 do
  local log, block, server = KEYS[i * 3 + 1], KEYS[i * 3 + 2], KEYS[i * 3 + 3]
  local limit = tonumber(ARGV[3 + i * 2])
  local window = tonumber(ARGV[4 + i * 2])

  local block_end = tonumber(redis.call('GET', block) or '0')
  if block_end > now then
    wait = math.max(wait, block_end - now)
    blocked_until = math.max(blocked_until, block_end)
  end

  redis.call('ZREMRANGEBYSCORE', log, '-inf', now - window)
  if redis.call('ZCARD', log) >= limit then
    local oldest = redis.call('ZRANGE', log, 0, 0, 'WITHSCORES')
    wait = math.max(wait, tonumber(oldest[2]) + window - now)
  end

  local state = redis.call('HMGET', server, 'remaining', 'reset')
  if state[2] and tonumber(state[2]) > now and tonumber(state[1]) <= 0 then
    wait = math.max(wait, tonumber(state[2]) - now)
  end
end

if wait > 0 then
  return {0, wait, blocked_until}
end

for i = 0, buckets - 1 do
  local log, server = KEYS[i * 3 + 1], KEYS[i * 3 + 3]
  local window = tonumber(ARGV[4 + i * 2])
  redis.call('ZADD', log, now, member)
  redis.call('PEXPIRE', log, window)
  local reset = tonumber(redis.call('HGET', server, 'reset') or '0')
  if reset > now then
    redis.call('HINCRBY', server, 'remaining', -1)
  end
end

return {1}
