-- Login as a random user: wrk ... -s bench/wrk/login.lua -- TOKENS (read for the data set's size only)
package.path = "bench/wrk/?.lua;" .. package.path
local common = require("common")

setup = common.setup

function init(args)
  common.open(args[1])
  math.randomseed(os.time() * 1000 + id)
end

function request()
  local phone = 13000000000 + common.random_user()
  return wrk.format("POST", "/api/v1/user/login", { ["Content-Type"] = "application/json" },
    '{"phone":"' .. string.format("%d", phone) .. '","password":"benchpass"}')
end
