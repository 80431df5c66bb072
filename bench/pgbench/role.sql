-- PUT /v1/social/group/role {group_id, user_uid, role_level: 1} by the group's creator: the group locked, the
-- caller's and the member's memberships, and the member's new role written (a manager is never muted).
\set g random(1, :groups)
\set uid ((:g - 1) * 20) % :users + 1
\set member ((:g - 1) * 20 + random(100, 149)) % :users + 1
\set manager 1
BEGIN;
select "groups"."chat_groups"."id", "groups"."chat_groups"."name", "groups"."chat_groups"."icon", "groups"."chat_groups"."creator_id", "groups"."chat_groups"."group_type", "groups"."chat_groups"."needs_verification", "groups"."chat_groups"."notification_id", "groups"."chat_groups"."created_at", "groups"."chat_groups"."notification", "groups"."chat_groups"."notification_at", "groups"."chat_groups"."mute_until", "groups"."chat_groups"."member_count", "groups"."chat_groups"."max_members" from "groups"."chat_groups" where "groups"."chat_groups"."id" = :g for update;
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :uid);
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :member);
update "groups"."members" set "role_level" = :manager, "mute_until" = cast(null as timestamp with time zone) where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :member);
COMMIT;
