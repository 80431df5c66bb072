-- GET /v1/social/blacklist: the list's version, the user's blocks, newest first, then the blocked users' profiles in one batch.
\set uid random(1, :users)
\set page 1001
\set list 3
select "friendship"."list_versions"."version", "friendship"."list_versions"."trimmed_through" from "friendship"."list_versions" where ("friendship"."list_versions"."list" = :list and "friendship"."list_versions"."owner_id" = :uid);
select "friendship"."blocks"."id", "friendship"."blocks"."blocked_id", "friendship"."blocks"."blocked_at" from "friendship"."blocks" where "friendship"."blocks"."blocker_id" = :uid order by "friendship"."blocks"."id" desc fetch next :page rows only;
-- parameters: the blocked users' ids (the users 300 and 301 places ahead in bench/seed.sql)
select '{' || (:uid - 1 + 300) % :users + 1 || ',' || (:uid - 1 + 301) % :users + 1 || '}' as ids \gset
select "identity"."users"."id", "identity"."users"."nickname", "identity"."users"."sex", "identity"."users"."avatar", "identity"."users"."introduction" from "identity"."users" where "identity"."users"."id" = any (cast(:ids as bigint[]));
