-- A read endpoint, each request as a random user: wrk ... -s bench/wrk/read.lua -- TOKENS KIND
-- KIND: profile | friends | groups | members | join-requests
package.path = "bench/wrk/?.lua;" .. package.path
local common = require("common")

setup = common.setup

local kind

function init(args)
  common.open(args[1])
  kind = args[2]
  math.randomseed(os.time() * 1000 + id)
end

function request()
  if kind == "profile" then
    return wrk.format("GET", "/api/v1/user/detail", common.bearer(common.random_user()))
  elseif kind == "friends" then
    return wrk.format("GET", "/v1/social/friends", common.bearer(common.random_user()))
  elseif kind == "groups" then
    return wrk.format("GET", "/v1/social/groups", common.bearer(common.random_user()))
  end
  local g = math.random(common.groups)
  if kind == "members" then
    local member = common.member(g, math.random(0, common.members_per_group - 1))
    return wrk.format("GET", "/v1/social/group/users?group_id=" .. g, common.bearer(member))
  end
  -- join-requests: the group's creator reads its requests
  return wrk.format("GET", "/v1/social/group/putIns?class=2&group_id=" .. g, common.bearer(common.member(g, 0)))
end
