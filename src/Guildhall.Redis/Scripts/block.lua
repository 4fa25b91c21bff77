-- Blocks a bucket until ARGV[1] (ms) unless a later block is already set. KEYS: block. ARGV: until ms, now ms.
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local until_ms = tonumber(ARGV[1])
if until_ms > current and until_ms > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[1], until_ms, 'PX', until_ms - tonumber(ARGV[2]))
end
return 1
