-- The write pair, alternating: a user sends a new friend request (to someone 1000+ places ahead, never a
-- friend), then a user accepts one of the seeded pending requests sent to them.
-- wrk ... -s bench/wrk/write.lua -- TOKENS THREADS OFFSET
-- OFFSET shifts the requests used, so consecutive runs on one data set never repeat a pair or an accept.
package.path = "bench/wrk/?.lua;" .. package.path
local common = require("common")

setup = common.setup

local total_threads, offset
local sent, accepted = 0, 0

function init(args)
  common.open(args[1])
  total_threads = tonumber(args[2])
  offset = tonumber(args[3])
end

local function send()
  local c = offset + sent * total_threads + id
  sent = sent + 1
  local from = c % common.users + 1
  local to = (from - 1 + 1000 + math.floor(c / common.users)) % common.users + 1
  return wrk.format("POST", "/v1/social/friend/putIn", common.bearer(from),
    '{"user_uid":"' .. to .. '","req_msg":"hi"}')
end

-- The c-th seeded pending request: sent by user c // 10 + 1 to the user 100 + c % 10 places ahead.
local function accept()
  local c = offset + accepted * total_threads + id
  accepted = accepted + 1
  local applicant = math.floor(c / 10) + 1
  local recipient = (applicant - 1 + 100 + c % 10) % common.users + 1
  local request = common.users * 25 + c + 1
  return wrk.format("PUT", "/v1/social/friend/putIn", common.bearer(recipient),
    '{"friend_req_id":' .. request .. ',"handle_result":1}')
end

function request()
  if sent == accepted then
    return send()
  end
  return accept()
end
