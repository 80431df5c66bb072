-- GET /v1/social/groups: the list's version, the user's groups in one join within the groups schema.
\set uid random(1, :users)
\set page 1001
\set list 1
select "groups"."list_versions"."version", "groups"."list_versions"."trimmed_through" from "groups"."list_versions" where ("groups"."list_versions"."list" = :list and "groups"."list_versions"."owner_id" = :uid);
select "groups"."chat_groups"."id", "groups"."chat_groups"."name", "groups"."chat_groups"."icon", "groups"."chat_groups"."creator_id", "groups"."chat_groups"."group_type", "groups"."chat_groups"."needs_verification", "groups"."chat_groups"."notification_id", "groups"."chat_groups"."created_at", "groups"."chat_groups"."notification", "groups"."chat_groups"."notification_at", "groups"."chat_groups"."mute_until", "groups"."chat_groups"."member_count", "groups"."chat_groups"."max_members" from "groups"."members" join "groups"."chat_groups" on "groups"."chat_groups"."id" = "groups"."members"."group_id" where "groups"."members"."user_id" = :uid order by "groups"."members"."group_id" fetch next :page rows only;
