-- GET /v1/social/groups: the user's groups in one join within the groups schema.
\set uid random(1, 10000)
\set page 1001
select "groups"."chat_groups"."id", "groups"."chat_groups"."name", "groups"."chat_groups"."icon", "groups"."chat_groups"."creator_id", "groups"."chat_groups"."group_type", "groups"."chat_groups"."needs_verification", "groups"."chat_groups"."notification_id", "groups"."chat_groups"."created_at" from "groups"."members" join "groups"."chat_groups" on "groups"."chat_groups"."id" = "groups"."members"."group_id" where "groups"."members"."user_id" = :uid order by "groups"."members"."group_id" fetch next :page rows only;
