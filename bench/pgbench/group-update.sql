-- PUT /v1/social/group {group_id, notification} by the group's creator: the group locked, the caller's membership,
-- then the group written back with its new notice, its poster and its time. :ts and :msg come from the command
-- line (-D).
\set g random(1, :groups)
\set uid ((:g - 1) * 20) % :users + 1
-- parameters: the group's name and icon as bench/seed.sql wrote them, and its verification flag, written back unchanged
select 'group ' || :g as name, 'https://cdn.example.com/group/' || :g || '.png' as icon, 't' as verify \gset
BEGIN;
select "groups"."chat_groups"."id", "groups"."chat_groups"."name", "groups"."chat_groups"."icon", "groups"."chat_groups"."creator_id", "groups"."chat_groups"."group_type", "groups"."chat_groups"."needs_verification", "groups"."chat_groups"."notification_id", "groups"."chat_groups"."created_at", "groups"."chat_groups"."notification", "groups"."chat_groups"."notification_at", "groups"."chat_groups"."mute_until", "groups"."chat_groups"."member_count", "groups"."chat_groups"."max_members" from "groups"."chat_groups" where "groups"."chat_groups"."id" = :g for update;
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :uid);
update "groups"."chat_groups" set "name" = :name, "icon" = :icon, "creator_id" = :uid, "needs_verification" = :verify, "notification" = :msg, "notification_id" = :uid, "notification_at" = cast(:ts as timestamp with time zone), "mute_until" = cast(null as timestamp with time zone) where "groups"."chat_groups"."id" = :g;
COMMIT;
