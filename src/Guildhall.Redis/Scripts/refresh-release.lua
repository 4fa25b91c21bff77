-- Gives up a lease without an answer to share (a server error), if the caller still holds it. KEYS: lease. ARGV: fence.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0
