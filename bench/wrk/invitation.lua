-- The invitation pair, alternating: a group's creator invites a user who is neither a member nor invited
-- (POST /v1/social/group/invite), then a user accepts one of the seeded pending invitations sent to them
-- (PUT /v1/social/group/invitation), which admits them.
-- wrk ... -s bench/wrk/invitation.lua -- TOKENS THREADS OFFSET
-- OFFSET shifts the invitations used, so consecutive runs on one data set never repeat an invitation or an accept.
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

local function creator(group)
  return ((group - 1) * 20) % common.users + 1
end

-- The c-th new invitation: into group c % M + 1, of the user 280 + c // M places after its creator, past
-- its members (0..199), applicants (200..239) and seeded invitees (240..279).
local function invite()
  local c = offset + sent * total_threads + id
  sent = sent + 1
  local group = c % common.groups + 1
  local invitee = (creator(group) - 1 + 280 + math.floor(c / common.groups)) % common.users + 1
  return wrk.format("POST", "/v1/social/group/invite", common.bearer(creator(group)),
    '{"group_id":"' .. group .. '","user_uid":"' .. invitee .. '"}')
end

-- The c-th seeded pending invitation: number j = c // M % 40 of group g = c % M + 1, to the user
-- 240 + j places after its creator.
local function accept()
  local c = offset + accepted * total_threads + id
  accepted = accepted + 1
  local group = c % common.groups + 1
  local j = math.floor(c / common.groups) % 40
  local invitee = (creator(group) - 1 + 240 + j) % common.users + 1
  return wrk.format("PUT", "/v1/social/group/invitation", common.bearer(invitee),
    '{"invitation_id":"' .. ((group - 1) * 40 + j + 1) .. '","handle_result":1}')
end

function request()
  if sent == accepted then
    return invite()
  end
  return accept()
end
