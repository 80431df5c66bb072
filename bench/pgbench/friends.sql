-- GET /v1/social/friends: the list's version, the friend entries, then the friends' profiles in one batch.
\set uid random(1, :users)
\set page 1001
\set list 1
select "friendship"."list_versions"."version", "friendship"."list_versions"."trimmed_through" from "friendship"."list_versions" where ("friendship"."list_versions"."list" = :list and "friendship"."list_versions"."owner_id" = :uid);
select "friendship"."friends"."id", "friendship"."friends"."user_id", "friendship"."friends"."friend_id", "friendship"."friends"."remark", "friendship"."friends"."friend_request_id", "friendship"."friends"."created_at" from "friendship"."friends" where "friendship"."friends"."user_id" = :uid order by "friendship"."friends"."id" fetch next :page rows only;
-- parameters: the friends' ids (the 25 users on either side in bench/seed.sql)
select '{' || string_agg(((:uid - 1 + k + :users) % :users + 1)::text, ',') || '}' as ids from generate_series(-25, 25) as k where k <> 0 \gset
select "identity"."users"."id", "identity"."users"."nickname", "identity"."users"."sex", "identity"."users"."avatar", "identity"."users"."introduction" from "identity"."users" where "identity"."users"."id" = any (cast(:ids as bigint[]));
