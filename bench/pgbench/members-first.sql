-- GET /v1/social/group/users?page_size=100&group_id=G by the creator of the group at its member limit (2,000):
-- the group, the caller's membership, the first page of members, then their profiles in one batch.
\set g :groups + 1
\set uid :users + 2
\set page 101
\set list 2
select "groups"."list_versions"."version", "groups"."list_versions"."trimmed_through" from "groups"."list_versions" where ("groups"."list_versions"."list" = :list and "groups"."list_versions"."owner_id" = :g);
select "groups"."chat_groups"."id", "groups"."chat_groups"."name", "groups"."chat_groups"."icon", "groups"."chat_groups"."creator_id", "groups"."chat_groups"."group_type", "groups"."chat_groups"."needs_verification", "groups"."chat_groups"."notification_id", "groups"."chat_groups"."created_at", "groups"."chat_groups"."notification", "groups"."chat_groups"."notification_at", "groups"."chat_groups"."mute_until", "groups"."chat_groups"."member_count", "groups"."chat_groups"."max_members" from "groups"."chat_groups" where "groups"."chat_groups"."id" = :g;
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :uid);
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where "groups"."members"."group_id" = :g order by "groups"."members"."role_level" desc, "groups"."members"."id" fetch next :page rows only;
-- parameters: the list's version, the members' ids (the creator, then users 1..100 in bench/seed.sql)
select '{' || :uid || ',' || string_agg(m::text, ',') || '}' as ids from generate_series(1, 100) as m \gset
select "identity"."users"."id", "identity"."users"."nickname", "identity"."users"."sex", "identity"."users"."avatar", "identity"."users"."introduction" from "identity"."users" where "identity"."users"."id" = any (cast(:ids as bigint[]));
