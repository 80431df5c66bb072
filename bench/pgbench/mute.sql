-- PUT /v1/social/group/mute {group_id, user_uid, seconds: 3600} by the group's creator: the group locked, the
-- caller's and the member's memberships, then the member's membership written with its mute. :ts comes from the command line (-D).
\set g random(1, :groups)
\set uid ((:g - 1) * 20) % :users + 1
\set member ((:g - 1) * 20 + random(40, 99)) % :users + 1
\set plain_member 0
-- parameters: the end of the mute, which the server computes from its clock
select cast(:ts as timestamp with time zone) + interval '1 hour' as mute_until \gset
BEGIN;
select "groups"."chat_groups"."id", "groups"."chat_groups"."name", "groups"."chat_groups"."icon", "groups"."chat_groups"."creator_id", "groups"."chat_groups"."group_type", "groups"."chat_groups"."needs_verification", "groups"."chat_groups"."notification_id", "groups"."chat_groups"."created_at", "groups"."chat_groups"."notification", "groups"."chat_groups"."notification_at", "groups"."chat_groups"."mute_until", "groups"."chat_groups"."member_count", "groups"."chat_groups"."max_members" from "groups"."chat_groups" where "groups"."chat_groups"."id" = :g for update;
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :uid);
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :member);
update "groups"."members" set "role_level" = :plain_member, "mute_until" = cast(:mute_until as timestamp with time zone) where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :member);
COMMIT;
