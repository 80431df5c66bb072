-- POST /v1/social/group/transfer {group_id, user_uid} by the group's creator to its first manager: the group
-- locked, both memberships, the two roles exchanged and the group written back with its new creator.
\set g random(1, :groups)
\set uid ((:g - 1) * 20) % :users + 1
\set member ((:g - 1) * 20 + 1) % :users + 1
\set manager 1
\set creator 2
\set no_poster 0
-- parameters: the group's other fields as bench/seed.sql wrote them, written back unchanged
select 'group ' || :g as name, 'https://cdn.example.com/group/' || :g || '.png' as icon, 't' as verify, '' as notice \gset
BEGIN;
select "groups"."chat_groups"."id", "groups"."chat_groups"."name", "groups"."chat_groups"."icon", "groups"."chat_groups"."creator_id", "groups"."chat_groups"."group_type", "groups"."chat_groups"."needs_verification", "groups"."chat_groups"."notification_id", "groups"."chat_groups"."created_at", "groups"."chat_groups"."notification", "groups"."chat_groups"."notification_at", "groups"."chat_groups"."mute_until", "groups"."chat_groups"."member_count", "groups"."chat_groups"."max_members" from "groups"."chat_groups" where "groups"."chat_groups"."id" = :g for update;
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :uid);
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :member);
update "groups"."members" set "role_level" = :manager, "mute_until" = cast(null as timestamp with time zone) where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :uid);
update "groups"."members" set "role_level" = :creator, "mute_until" = cast(null as timestamp with time zone) where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :member);
update "groups"."chat_groups" set "name" = :name, "icon" = :icon, "creator_id" = :member, "needs_verification" = :verify, "notification" = :notice, "notification_id" = :no_poster, "notification_at" = cast(null as timestamp with time zone), "mute_until" = cast(null as timestamp with time zone) where "groups"."chat_groups"."id" = :g;
COMMIT;
