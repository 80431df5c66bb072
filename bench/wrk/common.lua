-- Shared by the load scripts: the data set's shape (see bench/seed.sql) and the minted tokens.
local common = {}

local WIDTH = 201 -- a token line of bench/mint_tokens.py, its newline included
local file
local cache = {}

-- Opens the tokens of bench/mint_tokens.py and learns the scale from them: one token per user, the N users of
-- the data set and the three heavy accounts after them.
function common.open(path)
  file = assert(io.open(path, "r"))
  local total = file:seek("end") / WIDTH
  common.users = total - 3
  common.groups = common.users / 20
  common.members_per_group = 200
  common.heavy_friends_owner = common.users + 1
  common.full_group, common.full_group_creator = common.groups + 1, common.users + 2
  common.wanted_group, common.wanted_group_creator = common.groups + 2, common.users + 3
end

-- The token of user u, read from its line once and then remembered.
function common.token(u)
  local token = cache[u]
  if not token then
    file:seek("set", (u - 1) * WIDTH)
    token = file:read(WIDTH - 1):match("^(%S+)")
    cache[u] = token
  end
  return token
end

-- A user drawn at random from the data set's N (each thread seeds its own draws in init).
function common.random_user()
  return math.random(common.users)
end

-- The j-th member (0-based) of group g; member 0 is its creator, 1 and 2 its managers.
function common.member(g, j)
  return ((g - 1) * 20 + j) % common.users + 1
end

function common.bearer(u)
  return { ["Authorization"] = "Bearer " .. common.token(u), ["Content-Type"] = "application/json" }
end

-- Numbers threads, so that each draws its own random numbers and its own share of a counter.
local threads = 0
function common.setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

return common
