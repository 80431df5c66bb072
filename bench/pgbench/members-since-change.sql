-- GET /v1/social/group/users?since=V-1&group_id=G by the creator of the group at its member limit (2,000), V the
-- list's current version: the list's version, its one change after V-1 (the member bench/run read as last
-- changed), the version again (a trimming round meanwhile would answer the whole list), the group, the caller's
-- membership, that member's membership, then the member's profile.
\set g :groups + 1
\set uid :users + 2
\set list 2
\set since :members_version - 1
\set current :members_version
\set page 1001
\set member :members_changed
\set one 1
select "groups"."list_versions"."version", "groups"."list_versions"."trimmed_through" from "groups"."list_versions" where ("groups"."list_versions"."list" = :list and "groups"."list_versions"."owner_id" = :g);
select "groups"."list_changes"."item_key", "groups"."list_changes"."version", "groups"."list_changes"."removed" from "groups"."list_changes" where ("groups"."list_changes"."list" = :list and "groups"."list_changes"."owner_id" = :g and "groups"."list_changes"."version" > :since and "groups"."list_changes"."version" <= :current) order by "groups"."list_changes"."version" fetch next :page rows only;
select "groups"."list_versions"."version", "groups"."list_versions"."trimmed_through" from "groups"."list_versions" where ("groups"."list_versions"."list" = :list and "groups"."list_versions"."owner_id" = :g);
select "groups"."chat_groups"."id", "groups"."chat_groups"."name", "groups"."chat_groups"."icon", "groups"."chat_groups"."creator_id", "groups"."chat_groups"."group_type", "groups"."chat_groups"."needs_verification", "groups"."chat_groups"."notification_id", "groups"."chat_groups"."created_at", "groups"."chat_groups"."notification", "groups"."chat_groups"."notification_at", "groups"."chat_groups"."mute_until", "groups"."chat_groups"."member_count", "groups"."chat_groups"."max_members" from "groups"."chat_groups" where "groups"."chat_groups"."id" = :g;
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :uid);
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" in (:member)) order by "groups"."members"."role_level" desc, "groups"."members"."id" fetch next :one rows only;
-- parameters: the changed member's id
select '{' || :member || '}' as ids \gset
select "identity"."users"."id", "identity"."users"."nickname", "identity"."users"."sex", "identity"."users"."avatar", "identity"."users"."introduction" from "identity"."users" where "identity"."users"."id" = any (cast(:ids as bigint[]));
