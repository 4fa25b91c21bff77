-- Records the server's word about a bucket. KEYS: server. ARGV: remaining, reset ms, now ms.
local reset, now = tonumber(ARGV[2]), tonumber(ARGV[3])
if reset <= now then
  redis.call('DEL', KEYS[1])
  return 0
end
redis.call('HSET', KEYS[1], 'remaining', ARGV[1], 'reset', reset)
redis.call('PEXPIRE', KEYS[1], reset - now)
return 1
