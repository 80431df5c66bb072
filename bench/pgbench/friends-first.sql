-- GET /v1/social/friends?page_size=100 by the heavy account with 5,000 friends: the list's version, the first page of its entries,
-- then the friends' profiles in one batch.
\set uid :users + 1
\set page 101
\set list 1
select "friendship"."list_versions"."version", "friendship"."list_versions"."trimmed_through" from "friendship"."list_versions" where ("friendship"."list_versions"."list" = :list and "friendship"."list_versions"."owner_id" = :uid);
select "friendship"."friends"."id", "friendship"."friends"."user_id", "friendship"."friends"."friend_id", "friendship"."friends"."remark", "friendship"."friends"."friend_request_id", "friendship"."friends"."created_at" from "friendship"."friends" where "friendship"."friends"."user_id" = :uid order by "friendship"."friends"."id" fetch next :page rows only;
-- parameters: the friends' ids (users 1..5000 in bench/seed.sql, the page's and the one after it)
select '{' || string_agg(f::text, ',') || '}' as ids from generate_series(1, 101) as f \gset
select "identity"."users"."id", "identity"."users"."nickname", "identity"."users"."sex", "identity"."users"."avatar", "identity"."users"."introduction" from "identity"."users" where "identity"."users"."id" = any (cast(:ids as bigint[]));
