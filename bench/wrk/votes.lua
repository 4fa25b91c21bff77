-- wrk load script for bench/wrk.sh: Top.gg vote deliveries, each with its own voter, so none is a duplicate.
--   wrk -s votes.lua <url> -- legacy <run>   legacy deliveries: the Authorization secret, the vote in the body
--   wrk -s votes.lua <url> -- v2 <run>       V2 vote.create deliveries signed as Top.gg signs them:
--                                            x-topgg-signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>
-- <run> (0-999) keeps the ids of one run apart from another's against the same receiver.
-- Voter ids are "1" .. run (3 digits) .. thread (2) .. counter (12), 18 digits: a valid snowflake, unique per request.
-- wrk's Lua has no crypto, so SHA-256 is below (FIPS 180-4). To keep the load generator's share of the two cores small,
-- the signed message is laid out so everything but its last block or two is the same within a second: the varying ids
-- come last in the body, and the hash state after the constant part is computed once per second.
-- The script checks its HMAC against RFC 4231 test case 2 before sending anything, and counts every answer that is
-- not 204 (a rejection, a duplicate, an error), printed by done().

local AUTHORIZATION = "bench-legacy-auth"          -- the receivers' settings (bench VoteReceiverRun, wrk.sh)
local SECRET = "whs_bench_0123456789abcdef"
local PATH = "/dbl"

local bit = require("bit")
local band, bor, bxor, bnot = bit.band, bit.bor, bit.bxor, bit.bnot
local lshift, rshift, ror, tobit, tohex = bit.lshift, bit.rshift, bit.ror, bit.tobit, bit.tohex
local byte, char, sub, rep, floor = string.byte, string.char, string.sub, string.rep, math.floor

-- The first 32 bits of the fractional parts of the cube roots (K) and square roots (H0) of the first primes.
local K = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}
local H0 = {
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

local W = {}

local function compress(H, s, offset)
  for j = 0, 15 do
    local a, b, c, d = byte(s, offset + j * 4 + 1, offset + j * 4 + 4)
    W[j] = bor(lshift(a, 24), lshift(b, 16), lshift(c, 8), d)
  end
  for j = 16, 63 do
    local w15, w2 = W[j - 15], W[j - 2]
    local s0 = bxor(ror(w15, 7), ror(w15, 18), rshift(w15, 3))
    local s1 = bxor(ror(w2, 17), ror(w2, 19), rshift(w2, 10))
    W[j] = tobit(W[j - 16] + s0 + W[j - 7] + s1)
  end
  local a, b, c, d, e, f, g, h = H[1], H[2], H[3], H[4], H[5], H[6], H[7], H[8]
  for j = 0, 63 do
    local t1 = h + bxor(ror(e, 6), ror(e, 11), ror(e, 25)) + bxor(band(e, f), band(bnot(e), g)) + K[j + 1] + W[j]
    local t2 = bxor(ror(a, 2), ror(a, 13), ror(a, 22)) + bxor(band(a, b), band(a, c), band(b, c))
    h, g, f, e, d, c, b, a = g, f, e, tobit(d + t1), c, b, a, tobit(t1 + t2)
  end
  H[1], H[2], H[3], H[4] = tobit(H[1] + a), tobit(H[2] + b), tobit(H[3] + c), tobit(H[4] + d)
  H[5], H[6], H[7], H[8] = tobit(H[5] + e), tobit(H[6] + f), tobit(H[7] + g), tobit(H[8] + h)
end

local function copy(state)
  return { state[1], state[2], state[3], state[4], state[5], state[6], state[7], state[8] }
end

-- Compresses the whole blocks of s into a copy of state; returns it, the bytes consumed and the rest of s.
local function absorb(state, consumed, s)
  local H = copy(state)
  local whole = #s - #s % 64
  for offset = 0, whole - 64, 64 do
    compress(H, s, offset)
  end
  return H, consumed + whole, sub(s, whole + 1)
end

-- Pads and compresses the tail; returns the 32-byte digest as a string.
local function finish(state, consumed, tail)
  local total = consumed + #tail
  local bits = total * 8
  local high, low = floor(bits / 4294967296), bits % 4294967296
  local message = tail .. "\128" .. rep("\0", (55 - total) % 64)
    .. char(band(rshift(high, 24), 255), band(rshift(high, 16), 255), band(rshift(high, 8), 255), band(high, 255))
    .. char(band(rshift(low, 24), 255), band(rshift(low, 16), 255), band(rshift(low, 8), 255), band(low, 255))
  local H = copy(state)
  for offset = 0, #message - 64, 64 do
    compress(H, message, offset)
  end
  local out = {}
  for i = 1, 8 do
    local w = H[i]
    out[i] = char(band(rshift(w, 24), 255), band(rshift(w, 16), 255), band(rshift(w, 8), 255), band(w, 255))
  end
  return table.concat(out)
end

-- The hash states after the key's inner and outer pads (HMAC, RFC 2104), for keys of at most 64 bytes.
local function keyed(key)
  local inner, outer = {}, {}
  for i = 1, 64 do
    local k = i <= #key and byte(key, i) or 0
    inner[i], outer[i] = char(bxor(k, 0x36)), char(bxor(k, 0x5c))
  end
  local istate = absorb(H0, 0, table.concat(inner))
  local ostate = absorb(H0, 0, table.concat(outer))
  return istate, ostate
end

local function hex(digest)
  local out = {}
  for i = 1, #digest do
    out[i] = tohex(byte(digest, i), 2)
  end
  return table.concat(out)
end

-- HMAC of prefix .. tail, given the inner state after prefix's whole blocks (see absorb) and the outer state.
local function hmac(prefixState, consumed, rest, tail, ostate)
  return finish(ostate, 64, finish(prefixState, consumed, rest .. tail))
end

local function selfTest()
  local istate, ostate = keyed("Jefe")
  local state, consumed, rest = absorb(istate, 64, "what do ya want ")
  local got = hex(hmac(state, consumed, rest, "for nothing?", ostate))
  local want = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
  if got ~= want then
    error("HMAC-SHA256 self-test failed: " .. got)
  end
end

-- The V2 body: everything but the two ids is constant, and they come last.
local V2_HEAD = '{"type":"vote.create","data":{"weight":1,"created_at":"2026-02-09T00:47:14.2510149+00:00",'
  .. '"expires_at":"2026-02-09T12:47:14.2510149+00:00",'
  .. '"project":{"id":"803190510032756736","type":"bot","platform":"discord","platform_id":"160105994217586689"},'
  .. '"user":{"id":"3949456393249234923","name":"username","avatar_url":"https://cdn.example/a.png","platform_id":"'
local V2_MIDDLE = '"},"id":"'
local V2_END = '"}}'

local threads = {}
local threadCount = 0

function setup(thread)
  thread:set("tid", threadCount)
  threadCount = threadCount + 1
  table.insert(threads, thread)
end

local format, run, counter, idPrefix
local istate, ostate, second, secondState, secondConsumed, secondRest
not204 = 0
answers = 0

function init(args)
  format = args[1] or "legacy"
  run = tonumber(args[2] or "0") % 1000
  if format ~= "legacy" and format ~= "v2" then
    error("format must be legacy or v2")
  end
  selfTest()
  istate, ostate = keyed(SECRET)
  counter = 0
  idPrefix = string.format("1%03d%02d", run, tid)
end

local legacyHeaders = { ["Content-Type"] = "application/json", ["Authorization"] = AUTHORIZATION }
local v2Headers = { ["Content-Type"] = "application/json", ["x-topgg-trace"] = "wrk" }

function request()
  counter = counter + 1
  local id = idPrefix .. string.format("%012d", counter)
  if format == "legacy" then
    local body = '{"bot":"1026525568344264724","user":"' .. id .. '","type":"upvote","isWeekend":false,"query":"?ref=wrk"}'
    return wrk.format("POST", PATH, legacyHeaders, body)
  end
  local now = os.time()
  if now ~= second then
    second = now
    secondState, secondConsumed, secondRest = absorb(istate, 64, tostring(now) .. "." .. V2_HEAD)
  end
  local tail = id .. V2_MIDDLE .. id .. V2_END
  v2Headers["x-topgg-signature"] = "t=" .. second .. ",v1=" .. hex(hmac(secondState, secondConsumed, secondRest, tail, ostate))
  return wrk.format("POST", PATH, v2Headers, V2_HEAD .. tail)
end

function response(status)
  answers = answers + 1
  if status ~= 204 then
    not204 = not204 + 1
  end
end

function done(summary)
  local bad, seen = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("not204")
    seen = seen + thread:get("answers")
  end
  io.write(string.format("answers %d not204 %d errors %d\n", seen, bad,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
