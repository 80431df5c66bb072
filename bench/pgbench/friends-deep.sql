-- GET /v1/social/friends?page_size=100&page_token=T by the heavy account with 5,000 friends: page 46 of 50,
-- after the entry whose id the token holds (:friends_after, from the command line), then the friends' profiles.
\set uid :users + 1
\set page 101
select "friendship"."friends"."id", "friendship"."friends"."user_id", "friendship"."friends"."friend_id", "friendship"."friends"."remark", "friendship"."friends"."friend_request_id", "friendship"."friends"."created_at" from "friendship"."friends" where ("friendship"."friends"."user_id" = :uid and "friendship"."friends"."id" > :friends_after) order by "friendship"."friends"."id" fetch next :page rows only;
-- parameters: the friends' ids (users 4501..4601 in bench/seed.sql)
select '{' || string_agg(f::text, ',') || '}' as ids from generate_series(4501, 4601) as f \gset
select "identity"."users"."id", "identity"."users"."nickname", "identity"."users"."sex", "identity"."users"."avatar", "identity"."users"."introduction" from "identity"."users" where "identity"."users"."id" = any (cast(:ids as bigint[]));
