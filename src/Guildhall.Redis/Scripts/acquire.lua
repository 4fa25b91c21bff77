-- Takes a request's slots in every bucket, or none. Keys come in threes per bucket: slots (a sorted set of lease -> the ms at
-- which the slot frees if nothing more is heard of it), block (the end of a block, ms), server (a hash: reported,
-- remaining, reset ms, at ms: the server's word as complete.lua keeps it). ARGV: [3] a unique token for the lease,
-- [4] the in-flight bound in ms, then limit, window ms and cost per bucket (each window already holds the clock
-- granularity: RateLimitRule.ReleaseDelay). A request that costs n takes n members of the slots set: the lease, then
-- the lease with '#2' ... '#n', so the set's size is the bucket's occupancy. Returns {1, lease} when granted, and when
-- refused {0, wait ms, blocked-until caller ms or 0, 1 when only servers' counts refuse (no window full, no block)
-- else 0}: the same rule as RateLimitBucketState.Refusal.
local buckets = #KEYS / 3
local wait = 0
local blocked_until = 0
local refused_on_its_own = 0

for i = 0, buckets - 1 do
  local slots, block, server = KEYS[i * 3 + 1], KEYS[i * 3 + 2], KEYS[i * 3 + 3]
  local limit = tonumber(ARGV[5 + i * 3])
  local window = tonumber(ARGV[6 + i * 3])
  local cost = tonumber(ARGV[7 + i * 3])

  local block_end = tonumber(redis.call('GET', block) or '0')
  if block_end > now then
    refused_on_its_own = 1
    wait = math.max(wait, block_end - now)
    blocked_until = math.max(blocked_until, block_end)
  end

  redis.call('ZREMRANGEBYSCORE', slots, '-inf', now)
  if redis.call('ZCARD', slots) + cost > limit then
    refused_on_its_own = 1
    -- A slot in flight frees no earlier than a window from now, whatever its bound.
    local earliest = tonumber(redis.call('ZRANGE', slots, 0, 0, 'WITHSCORES')[2])
    wait = math.max(wait, math.min(earliest, now + window) - now)
  end

  local state = redis.call('HMGET', server, 'remaining', 'reset')
  if state[2] and tonumber(state[2]) > now and tonumber(state[1]) < cost then
    wait = math.max(wait, tonumber(state[2]) - now)
  end
end

if wait > 0 then
  return {0, wait, blocked_until > 0 and to_caller(blocked_until) or 0, 1 - refused_on_its_own}
end

-- The lease names its start, which completion needs to tell which other slots the server may have counted later.
local lease = now .. ':' .. ARGV[3]
local hold = tonumber(ARGV[4])
for i = 0, buckets - 1 do
  local slots, server = KEYS[i * 3 + 1], KEYS[i * 3 + 3]
  local release = now + hold + tonumber(ARGV[6 + i * 3])
  local cost = tonumber(ARGV[7 + i * 3])
  for n = 1, cost do
    redis.call('ZADD', slots, release, slot_member(lease, n))
  end
  keep_until(slots, release)
  local reset = tonumber(redis.call('HGET', server, 'reset') or '0')
  if reset > now then
    redis.call('HINCRBY', server, 'remaining', -cost)
  end
end

return {1, lease}
