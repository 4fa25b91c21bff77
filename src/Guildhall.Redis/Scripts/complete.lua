-- Completes a lease: its slot frees one window from now in every bucket (a slot already forgotten counts again from
-- now). Keys come in twos per bucket: slots, server. ARGV: [3] the lease, [4] 1 when the answer carried the server's
-- word about the first bucket, [5] its remaining count, [6] its reset (caller ms), then window ms per bucket.
local lease = ARGV[3]
local taken = tonumber(string.match(lease, '^(%-?%d+):'))

for i = 0, #KEYS / 2 - 1 do
  local slots, server = KEYS[i * 2 + 1], KEYS[i * 2 + 2]
  local window = tonumber(ARGV[7 + i])

  if i == 0 and ARGV[4] == '1' then
    local reset = to_store(tonumber(ARGV[6]))
    if reset <= now then
      redis.call('DEL', server)
    else
      -- Other slots still in flight, or completed after this lease was taken, may have reached the server after this
      -- request: its count cannot include them.
      local uncounted
      if redis.call('ZSCORE', slots, lease) then
        uncounted = redis.call('ZCOUNT', slots, '(' .. (taken + window), '+inf') - 1
      else
        uncounted = redis.call('ZCOUNT', slots, '(' .. now, '+inf')
      end
      local remaining = tonumber(ARGV[5]) - math.max(uncounted, 0)
      -- Answers arrive out of order: for the same server window, the lowest count is the latest.
      local known = redis.call('HMGET', server, 'remaining', 'reset')
      if not (known[2] and tonumber(known[2]) == reset and tonumber(known[1]) < remaining) then
        redis.call('HSET', server, 'remaining', remaining, 'reset', reset)
        redis.call('PEXPIRE', server, reset - now)
      end
    end
  end

  local release = now_up + window
  redis.call('ZADD', slots, release, lease)
  keep_until(slots, release)
end

return 1
