-- The create-dismiss pair: a user creates a group (POST /v1/social/group), then dismisses it
-- (DELETE /v1/social/group) once the answer has named it; one user per thread, since an answer does not say which
-- request it answers. wrk ... -s bench/wrk/create-dismiss.lua -- TOKENS
package.path = "bench/wrk/?.lua;" .. package.path
local common = require("common")

setup = common.setup

local created = {} -- the groups this thread created and has not dismissed yet
local creator

function init(args)
  common.open(args[1])
  creator = math.floor(common.users / 3) * (id + 1)
end

function request()
  local group = table.remove(created)
  if group then
    return wrk.format("DELETE", "/v1/social/group?group_id=" .. group, common.bearer(creator))
  end
  return wrk.format("POST", "/v1/social/group", common.bearer(creator),
    '{"name":"pop-up group","icon":"https://cdn.example.com/group/pop-up.png"}')
end

function response(status, headers, body)
  local group = body:match('"id":"(%d+)"')
  if group then
    table.insert(created, group)
  end
end
