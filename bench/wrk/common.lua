-- Shared by the load scripts: the data set's shape (see bench/seed.sql) and the minted tokens.
local common = {}

common.users = 10000
common.groups = 500
common.members_per_group = 200

-- tokens[userId] = token, from the "userId token" lines of bench/mint_tokens.py
function common.tokens(path)
  local tokens = {}
  for line in io.lines(path) do
    local id, token = line:match("^(%d+) (%S+)$")
    tokens[tonumber(id)] = token
  end
  return tokens
end

-- The j-th member (0-based) of group g; member 0 is its creator.
function common.member(g, j)
  return ((g - 1) * 20 + j) % common.users + 1
end

function common.bearer(token)
  return { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
end

return common
