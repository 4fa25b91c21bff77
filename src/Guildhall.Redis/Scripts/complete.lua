-- Completes a lease: its slot frees one window from now in every bucket (a slot already forgotten counts again from
-- now). Keys come in twos per bucket: slots, server (a hash: reported, remaining, reset, at). ARGV: [3] the lease,
-- [4] 1 when the answer carried the server's word about the first bucket, [5] its remaining count, [6] its reset
-- (caller ms), then window ms and cost per bucket (each window already holds the clock granularity:
-- RateLimitRule.ReleaseDelay; the cost is how many members the lease holds in the bucket, as acquire.lua took them).
local lease = ARGV[3]
local taken = tonumber(string.match(lease, '^(%-?%d+):'))

for i = 0, #KEYS / 2 - 1 do
  local slots, server = KEYS[i * 2 + 1], KEYS[i * 2 + 2]
  local window = tonumber(ARGV[7 + i * 2])
  local cost = tonumber(ARGV[8 + i * 2])

  if i == 0 and ARGV[4] == '1' then
    -- The server's word, kept as RateLimitServerCount does: the lowest count of a window is the freshest, less the
    -- other requests still in flight when it arrived; an older answer of the same window gives its request back.
    local reported = tonumber(ARGV[5])
    local reset = to_store(tonumber(ARGV[6]))
    if reset <= now then
      redis.call('DEL', server)
    else
      local known = redis.call('HMGET', server, 'reported', 'remaining', 'reset', 'at')
      if known[3] and tonumber(known[3]) == reset and reported >= tonumber(known[1]) then
        if reported > tonumber(known[1]) and taken <= tonumber(known[4]) then
          redis.call('HSET', server, 'remaining', math.min(tonumber(known[2]) + cost, tonumber(known[1])))
        end
      else
        -- A slot in flight frees no sooner than its bound plus a window; a completed one within a window from now.
        local in_flight_after = now + window
        local own = tonumber(redis.call('ZSCORE', slots, lease) or '0')
        local others = redis.call('ZCOUNT', slots, '(' .. in_flight_after, '+inf') - (own > in_flight_after and cost or 0)
        redis.call('HSET', server, 'reported', reported, 'remaining', reported - math.max(others, 0), 'reset', reset, 'at', now)
        redis.call('PEXPIRE', server, reset - now)
      end
    end
  end

  local release = now_up + window
  for n = 1, cost do
    redis.call('ZADD', slots, release, slot_member(lease, n))
  end
  keep_until(slots, release)
end

return 1
