-- Records the server's word about a bucket. KEYS: server. ARGV: remaining, reset ms, now ms.
-- Concurrent responses arrive out of order: for the same server window, the lowest count is the latest.
local remaining, reset, now = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
if reset <= now then
  redis.call('DEL', KEYS[1])
  return 0
end
local known = redis.call('HMGET', KEYS[1], 'remaining', 'reset')
if known[2] and tonumber(known[2]) == reset and tonumber(known[1]) < remaining then
  return 0
end
redis.call('HSET', KEYS[1], 'remaining', remaining, 'reset', reset)
redis.call('PEXPIRE', KEYS[1], reset - now)
return 1
