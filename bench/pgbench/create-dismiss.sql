-- The group pair: a user creates a group (POST /v1/social/group), then dismisses it (DELETE /v1/social/group), each
-- as the server runs it, transactions included: the creator held, the group and its creator's membership written;
-- then the group locked, the caller's membership, the members (to be told) and the group deleted, its memberships
-- with it (ON DELETE CASCADE). :ts comes from the command line (-D).
\set pending 0
\set uid random(1, :users)
\set group_type 1
\set no_poster 0
\set max_members 2000
\set creator 2
-- parameters: the new group's fields
select 'pop-up group' as name, 'https://cdn.example.com/group/pop-up.png' as icon, 't' as verify \gset
BEGIN;
-- parameters: the creator, held existing while the group is written (an account deletion waits for it)
select '{' || :uid || '}' as creator_ids \gset
select "identity"."users"."id" from "identity"."users" where "identity"."users"."id" = any (cast(:creator_ids as bigint[])) for key share;
select nextval('"groups"."group_id_seq"') as id \gset
insert into "groups"."chat_groups" ("id", "name", "icon", "creator_id", "group_type", "needs_verification", "notification_id", "max_members", "created_at") values (:id, :name, :icon, :uid, :group_type, :verify, :no_poster, :max_members, cast(:ts as timestamp with time zone));
insert into "groups"."members" ("group_id", "user_id", "role_level", "inviter_id", "joined_at") values (:id, :uid, :creator, :uid, cast(:ts as timestamp with time zone)) on conflict do nothing;
COMMIT;
BEGIN;
select "groups"."chat_groups"."id", "groups"."chat_groups"."name", "groups"."chat_groups"."icon", "groups"."chat_groups"."creator_id", "groups"."chat_groups"."group_type", "groups"."chat_groups"."needs_verification", "groups"."chat_groups"."notification_id", "groups"."chat_groups"."created_at", "groups"."chat_groups"."notification", "groups"."chat_groups"."notification_at", "groups"."chat_groups"."mute_until", "groups"."chat_groups"."member_count", "groups"."chat_groups"."max_members" from "groups"."chat_groups" where "groups"."chat_groups"."id" = :id for update;
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where ("groups"."members"."group_id" = :id and "groups"."members"."user_id" = :uid);
select "groups"."members"."user_id" from "groups"."members" where "groups"."members"."group_id" = :id order by "groups"."members"."id";
delete from "groups"."chat_groups" where "groups"."chat_groups"."id" = :id;
-- the dismissal's in-transaction listener: the group's pending invitations, which end with it
select "groups"."invitations"."id", "groups"."invitations"."group_id", "groups"."invitations"."invitee_id", "groups"."invitations"."inviter_id", "groups"."invitations"."sent_at", "groups"."invitations"."expires_at", "groups"."invitations"."state", "groups"."invitations"."answered_at" from "groups"."invitations" where ("groups"."invitations"."group_id" = :id and "groups"."invitations"."state" = :pending);
COMMIT;
