-- Replaces a stored osu! token as a whole (fields of the old one never linger), when ARGV[1] is '1' only if one is
-- stored already. KEYS: the session's hash. ARGV: must_exist, then field/value pairs. Returns 1 when written.
if ARGV[1] == '1' and redis.call('EXISTS', KEYS[1]) == 0 then
  return 0
end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], unpack(ARGV, 2))
return 1
