-- Publishes the answer to a refresh, unless a later lease was issued since ARGV[1] (the caller's fence) was.
-- KEYS: fence, lease, result. ARGV: fence, status, content type, body, result lifetime ms. Returns 1 when published.
if tonumber(redis.call('GET', KEYS[1]) or '0') ~= tonumber(ARGV[1]) then
  return 0
end
redis.call('HSET', KEYS[3], 'status', ARGV[2], 'type', ARGV[3], 'body', ARGV[4])
redis.call('PEXPIRE', KEYS[3], ARGV[5])
redis.call('DEL', KEYS[2])
return 1
