-- GET /v1/social/friends?since=V-1 by the heavy account with 5,000 friends, V the list's current version: the
-- list's version, its one change after V-1 (the friend bench/run read as last changed), the version again (a
-- trimming round meanwhile would answer the whole list), that friend's entry, then the friend's profile.
\set uid :users + 1
\set list 1
\set since :friends_version - 1
\set current :friends_version
\set page 1001
\set friend :friends_changed
\set one 1
select "friendship"."list_versions"."version", "friendship"."list_versions"."trimmed_through" from "friendship"."list_versions" where ("friendship"."list_versions"."list" = :list and "friendship"."list_versions"."owner_id" = :uid);
select "friendship"."list_changes"."item_key", "friendship"."list_changes"."version", "friendship"."list_changes"."removed" from "friendship"."list_changes" where ("friendship"."list_changes"."list" = :list and "friendship"."list_changes"."owner_id" = :uid and "friendship"."list_changes"."version" > :since and "friendship"."list_changes"."version" <= :current) order by "friendship"."list_changes"."version" fetch next :page rows only;
select "friendship"."list_versions"."version", "friendship"."list_versions"."trimmed_through" from "friendship"."list_versions" where ("friendship"."list_versions"."list" = :list and "friendship"."list_versions"."owner_id" = :uid);
select "friendship"."friends"."id", "friendship"."friends"."user_id", "friendship"."friends"."friend_id", "friendship"."friends"."remark", "friendship"."friends"."friend_request_id", "friendship"."friends"."created_at" from "friendship"."friends" where ("friendship"."friends"."user_id" = :uid and "friendship"."friends"."friend_id" in (:friend)) order by "friendship"."friends"."id" fetch next :one rows only;
-- parameters: the changed friend's id
select '{' || :friend || '}' as ids \gset
select "identity"."users"."id", "identity"."users"."nickname", "identity"."users"."sex", "identity"."users"."avatar", "identity"."users"."introduction" from "identity"."users" where "identity"."users"."id" = any (cast(:ids as bigint[]));
