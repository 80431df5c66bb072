-- One route of those measured at a single concurrency level: wrk ... -s bench/wrk/route.lua -- TOKENS ROUTE [TOKEN]
-- Reads pick a random user (or the heavy account whose list they page through; TOKEN is the page_token of the
-- deep page, or the version a since route holds). Writes that use something up (a friendship, a block, a
-- membership, an account) take the c-th of a sequence no other measurement touches, c counting the requests of all
-- threads; the others pick at random.
package.path = "bench/wrk/?.lua;" .. package.path
local common = require("common")

setup = common.setup

local route, page_token, threads
local sent = 0

function init(args)
  common.open(args[1])
  route, page_token = args[2], args[3]
  threads = 2
  math.randomseed(os.time() * 1000 + id)
end

local function send(method, path, user, body)
  return wrk.format(method, path, common.bearer(user), body)
end

local function get(path, user)
  return send("GET", path, user)
end

local function deep(path)
  return path .. "&page_token=" .. page_token
end

local function ahead(u, places)
  return (u - 1 + places) % common.users + 1
end

local routes = {}

routes["search"] = function()
  local phone = 13000000000 + common.random_user()
  return get("/api/v1/user/search?phone=" .. string.format("%d", phone), common.random_user())
end
routes["blocks"] = function()
  return get("/v1/social/blacklist", common.random_user())
end
routes["group-info"] = function()
  local g = math.random(common.groups)
  return get("/v1/social/group/info?group_id=" .. g, common.member(g, math.random(0, common.members_per_group - 1)))
end
routes["friends-first"] = function()
  return get("/v1/social/friends?page_size=100", common.heavy_friends_owner)
end
routes["friends-deep"] = function()
  return get(deep("/v1/social/friends?page_size=100"), common.heavy_friends_owner)
end
routes["members-first"] = function()
  return get("/v1/social/group/users?page_size=100&group_id=" .. common.full_group, common.full_group_creator)
end
routes["members-deep"] = function()
  return get(deep("/v1/social/group/users?page_size=100&group_id=" .. common.full_group), common.full_group_creator)
end
-- since (contract §13): TOKEN is the version held, the heavy list's current one or the one before its last change.
routes["friends-since"] = function()
  return get("/v1/social/friends?since=" .. page_token, common.heavy_friends_owner)
end
routes["friends-since-change"] = routes["friends-since"]
routes["members-since"] = function()
  return get("/v1/social/group/users?since=" .. page_token .. "&group_id=" .. common.full_group,
    common.full_group_creator)
end
routes["members-since-change"] = routes["members-since"]
routes["join-requests-first"] = function()
  return get("/v1/social/group/putIns?class=2&page_size=100&group_id=" .. common.wanted_group,
    common.wanted_group_creator)
end
routes["join-requests-deep"] = function()
  return get(deep("/v1/social/group/putIns?class=2&page_size=100&group_id=" .. common.wanted_group),
    common.wanted_group_creator)
end

routes["remark"] = function(c)
  local u = common.random_user()
  return send("PUT", "/v1/social/friend/remark", u,
    '{"friend_uid":"' .. ahead(u, math.random(25)) .. '","remark":"classmate ' .. c .. '"}')
end
routes["profile-update"] = function(c)
  return send("PUT", "/api/v1/user/update", common.random_user(), '{"nickname":"bench ' .. c .. '"}')
end
routes["group-update"] = function(c)
  local g = math.random(common.groups)
  return send("PUT", "/v1/social/group", common.member(g, 0),
    '{"group_id":"' .. g .. '","notification":"meeting at ' .. c .. '"}')
end
-- The c-th friendship: user c % N + 1 and its friend 1 + c // N places ahead.
routes["unfriend"] = function(c)
  local u = c % common.users + 1
  return send("DELETE", "/v1/social/friend?friend_uid=" .. ahead(u, 1 + math.floor(c / common.users)), u)
end
-- A new block: user c % N + 1 blocks the user 500 + c // N places ahead (neither friend, asked nor blocked).
routes["block"] = function(c)
  local u = c % common.users + 1
  local blocked = ahead(u, 500 + math.floor(c / common.users))
  return send("POST", "/v1/social/blacklist", u, '{"user_uid":"' .. blocked .. '"}')
end
-- The c-th seeded block: user c % N + 1 blocks the users 300 and 301 places ahead.
routes["unblock"] = function(c)
  local u = c % common.users + 1
  return send("DELETE", "/v1/social/blacklist?user_uid=" .. ahead(u, 300 + math.floor(c / common.users) % 2), u)
end
-- The c-th plain member: member 3 + c // M of group c % M + 1, removed by the group's creator.
routes["member-removal"] = function(c)
  local g = c % common.groups + 1
  local member = common.member(g, 3 + math.floor(c / common.groups))
  return send("DELETE", "/v1/social/group/users?group_id=" .. g .. "&user_uid=" .. member, common.member(g, 0))
end
-- A random plain member 40..99 of a random group, muted for an hour by the group's creator (members 3..39 are
-- removed, 100.. promoted and 199 down quit by other routes).
routes["mute"] = function()
  local g = math.random(common.groups)
  return send("PUT", "/v1/social/group/mute", common.member(g, 0),
    '{"group_id":"' .. g .. '","user_uid":"' .. common.member(g, math.random(40, 99)) .. '","seconds":3600}')
end
-- The c-th plain member from 100 on, made a manager by the group's creator.
routes["role"] = function(c)
  local g = c % common.groups + 1
  local member = common.member(g, 100 + math.floor(c / common.groups))
  return send("PUT", "/v1/social/group/role", common.member(g, 0),
    '{"group_id":"' .. g .. '","user_uid":"' .. member .. '","role_level":1}')
end
-- The c-th plain member from 199 down, leaving its group.
routes["quit"] = function(c)
  local g = c % common.groups + 1
  return send("POST", "/v1/social/group/quit", common.member(g, 199 - math.floor(c / common.groups)),
    '{"group_id":"' .. g .. '"}')
end
-- Group c % M + 1 passes from its creator (member 0) to its first manager (member 1) and, the next round, back.
routes["transfer"] = function(c)
  local g = c % common.groups + 1
  local from, to = 0, 1
  if math.floor(c / common.groups) % 2 == 1 then
    from, to = 1, 0
  end
  return send("POST", "/v1/social/group/transfer", common.member(g, from),
    '{"group_id":"' .. g .. '","user_uid":"' .. common.member(g, to) .. '"}')
end
-- The c-th account from the last one down.
routes["account-deletion"] = function(c)
  return send("DELETE", "/api/v1/user", common.users - c, '{"password":"benchpass"}')
end

-- wrk 4 asks the first thread for one request before any is sent, to check it, and never sends it: that one is
-- not of the sequence, so that every c is sent (a ping-pong like the transfer's depends on it).
local checked = false

function request()
  if id == 0 and not checked then
    checked = true
    return wrk.format("GET", "/api/v1/user/detail")
  end
  local c = sent * threads + id
  sent = sent + 1
  return routes[route](c)
end
