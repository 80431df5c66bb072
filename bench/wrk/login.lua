-- Login as a random user: wrk ... -s bench/wrk/login.lua
package.path = "bench/wrk/?.lua;" .. package.path
local common = require("common")

local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
end

function request()
  local phone = 13000000000 + math.random(common.users)
  return wrk.format("POST", "/api/v1/user/login", { ["Content-Type"] = "application/json" },
    '{"phone":"' .. string.format("%d", phone) .. '","password":"benchpass"}')
end
