-- Blocks a bucket until ARGV[3] (caller ms) unless a later block is already set. KEYS: block.
local until_ms = to_store(tonumber(ARGV[3]))
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_ms > current and until_ms > now then
  redis.call('SET', KEYS[1], until_ms, 'PX', until_ms - now)
end
return 1
