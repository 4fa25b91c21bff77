-- Joins or leads the refresh of one refresh token. KEYS: lease, fence, result. ARGV: lease ms, fence lifetime ms.
-- Returns {2, status, content type, body} when the refresh was answered already, {0, lease ms left} while another
-- process holds the lease, or {1, fence} when the caller now holds it: the fence only grows, so a holder whose lease
-- expired cannot publish over a later one.
local result = redis.call('HMGET', KEYS[3], 'status', 'type', 'body')
if result[1] then
  return {2, result[1], result[2] or '', result[3] or ''}
end
local left = redis.call('PTTL', KEYS[1])
if left ~= -2 then
  return {0, left}
end
local fence = redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
redis.call('SET', KEYS[1], fence, 'PX', ARGV[1])
return {1, fence}
