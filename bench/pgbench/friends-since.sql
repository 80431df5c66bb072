-- GET /v1/social/friends?since=V by the heavy account with 5,000 friends, V the list's current version (bench/run
-- reads it before measuring): the list's version, its changes after V (none), then the entries among the changed
-- keys (none: asked all the same, as every list asks its own query who may see it).
\set uid :users + 1
\set list 1
\set since :friends_version
\set current :friends_version
\set page 1001
\set none 0
select "friendship"."list_versions"."version", "friendship"."list_versions"."trimmed_through" from "friendship"."list_versions" where ("friendship"."list_versions"."list" = :list and "friendship"."list_versions"."owner_id" = :uid);
select "friendship"."list_changes"."item_key", "friendship"."list_changes"."version", "friendship"."list_changes"."removed" from "friendship"."list_changes" where ("friendship"."list_changes"."list" = :list and "friendship"."list_changes"."owner_id" = :uid and "friendship"."list_changes"."version" > :since and "friendship"."list_changes"."version" <= :current) order by "friendship"."list_changes"."version" fetch next :page rows only;
select "friendship"."friends"."id", "friendship"."friends"."user_id", "friendship"."friends"."friend_id", "friendship"."friends"."remark", "friendship"."friends"."friend_request_id", "friendship"."friends"."created_at" from "friendship"."friends" where ("friendship"."friends"."user_id" = :uid and false) order by "friendship"."friends"."id" fetch next :none rows only;
