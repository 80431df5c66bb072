-- The invitation pair: a group's creator invites a user (POST /v1/social/group/invite), then the user accepts it
-- (PUT /v1/social/group/invitation), which admits them: each as the server runs it, statement for statement,
-- transactions included. Invitees are 1000..8999 places after the creator, away from the group's members, the
-- seeded invitations and those of the HTTP benchmark. :ts comes from the command line (-D).
\set g random(1, :groups)
\set c0 ((:g - 1) * 20) % :users + 1
\set v (:c0 - 1 + 1000 + random(0, 7999)) % :users + 1
\set pending 0
\set accepted 1
\set approved 1
\set invited 2
\set member 0
\set membership_kind 1735552354
\set membership_lock 31 * :g + :v
-- parameters: the join request's message, empty, as an acceptance writes it; when the invitation ends
select '' as no_message, cast(:ts as timestamp with time zone) + interval '7 days' as expires \gset
BEGIN;
-- parameters: the invitee, held existing while the invitation is written (an account deletion waits)
select '{' || :v || '}' as held \gset
select "identity"."users"."id" from "identity"."users" where "identity"."users"."id" = any (cast(:held as bigint[])) for key share;
select "groups"."chat_groups"."id", "groups"."chat_groups"."name", "groups"."chat_groups"."icon", "groups"."chat_groups"."creator_id", "groups"."chat_groups"."group_type", "groups"."chat_groups"."needs_verification", "groups"."chat_groups"."notification_id", "groups"."chat_groups"."created_at", "groups"."chat_groups"."notification", "groups"."chat_groups"."notification_at", "groups"."chat_groups"."mute_until", "groups"."chat_groups"."member_count", "groups"."chat_groups"."max_members" from "groups"."chat_groups" where "groups"."chat_groups"."id" = :g for update;
SELECT pg_advisory_xact_lock(:membership_kind, :membership_lock);
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :c0);
select nextval('"groups"."invitation_id_seq"') as invitation \gset
select exists (select 1 as "one" from "friendship"."blocks" where ("friendship"."blocks"."blocker_id" = :v and "friendship"."blocks"."blocked_id" = :c0));
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :v);
select "groups"."join_requests"."id", "groups"."join_requests"."group_id", "groups"."join_requests"."applicant_id", "groups"."join_requests"."message", "groups"."join_requests"."join_source", "groups"."join_requests"."inviter_id", "groups"."join_requests"."requested_at", "groups"."join_requests"."handle_result", "groups"."join_requests"."handler_id", "groups"."join_requests"."handled_at" from "groups"."join_requests" where ("groups"."join_requests"."group_id" = :g and "groups"."join_requests"."applicant_id" = :v and "groups"."join_requests"."handle_result" = :pending);
select "groups"."invitations"."id", "groups"."invitations"."group_id", "groups"."invitations"."invitee_id", "groups"."invitations"."inviter_id", "groups"."invitations"."sent_at", "groups"."invitations"."expires_at", "groups"."invitations"."state", "groups"."invitations"."answered_at" from "groups"."invitations" where ("groups"."invitations"."group_id" = :g and "groups"."invitations"."invitee_id" = :v and "groups"."invitations"."state" = :pending);
insert into "groups"."invitations" ("id", "group_id", "invitee_id", "inviter_id", "sent_at", "expires_at", "state", "answered_at") values (:invitation, :g, :v, :c0, cast(:ts as timestamp with time zone), cast(:expires as timestamp with time zone), :pending, cast(null as timestamp with time zone)) on conflict do nothing;
COMMIT;
BEGIN;
-- the invitee accepts it: read, the group locked, the invitee's place locked and held, read again
select "groups"."invitations"."id", "groups"."invitations"."group_id", "groups"."invitations"."invitee_id", "groups"."invitations"."inviter_id", "groups"."invitations"."sent_at", "groups"."invitations"."expires_at", "groups"."invitations"."state", "groups"."invitations"."answered_at" from "groups"."invitations" where "groups"."invitations"."id" = :invitation;
select "groups"."chat_groups"."id", "groups"."chat_groups"."name", "groups"."chat_groups"."icon", "groups"."chat_groups"."creator_id", "groups"."chat_groups"."group_type", "groups"."chat_groups"."needs_verification", "groups"."chat_groups"."notification_id", "groups"."chat_groups"."created_at", "groups"."chat_groups"."notification", "groups"."chat_groups"."notification_at", "groups"."chat_groups"."mute_until", "groups"."chat_groups"."member_count", "groups"."chat_groups"."max_members" from "groups"."chat_groups" where "groups"."chat_groups"."id" = :g for update;
SELECT pg_advisory_xact_lock(:membership_kind, :membership_lock);
select "identity"."users"."id" from "identity"."users" where "identity"."users"."id" = any (cast(:held as bigint[])) for key share;
select "groups"."invitations"."id", "groups"."invitations"."group_id", "groups"."invitations"."invitee_id", "groups"."invitations"."inviter_id", "groups"."invitations"."sent_at", "groups"."invitations"."expires_at", "groups"."invitations"."state", "groups"."invitations"."answered_at" from "groups"."invitations" where "groups"."invitations"."id" = :invitation;
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :v);
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :c0);
select "groups"."join_requests"."id", "groups"."join_requests"."group_id", "groups"."join_requests"."applicant_id", "groups"."join_requests"."message", "groups"."join_requests"."join_source", "groups"."join_requests"."inviter_id", "groups"."join_requests"."requested_at", "groups"."join_requests"."handle_result", "groups"."join_requests"."handler_id", "groups"."join_requests"."handled_at" from "groups"."join_requests" where ("groups"."join_requests"."group_id" = :g and "groups"."join_requests"."applicant_id" = :v and "groups"."join_requests"."handle_result" = :pending);
select nextval('"groups"."join_request_id_seq"') as request \gset
update "groups"."invitations" set "state" = :accepted, "answered_at" = cast(:ts as timestamp with time zone) where ("groups"."invitations"."id" = :invitation and "groups"."invitations"."state" = :pending);
insert into "groups"."join_requests" ("id", "group_id", "applicant_id", "message", "join_source", "inviter_id", "requested_at", "handle_result", "handler_id", "handled_at") values (:request, :g, :v, :no_message, :invited, :c0, cast(:ts as timestamp with time zone), :approved, :c0, cast(:ts as timestamp with time zone)) on conflict do nothing;
-- the approval's in-transaction listener makes the member (a trigger counts the group's members)
select "groups"."chat_groups"."id", "groups"."chat_groups"."name", "groups"."chat_groups"."icon", "groups"."chat_groups"."creator_id", "groups"."chat_groups"."group_type", "groups"."chat_groups"."needs_verification", "groups"."chat_groups"."notification_id", "groups"."chat_groups"."created_at", "groups"."chat_groups"."notification", "groups"."chat_groups"."notification_at", "groups"."chat_groups"."mute_until", "groups"."chat_groups"."member_count", "groups"."chat_groups"."max_members" from "groups"."chat_groups" where "groups"."chat_groups"."id" = :g for update;
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :v);
insert into "groups"."members" ("group_id", "user_id", "role_level", "inviter_id", "joined_at") values (:g, :v, :member, :c0, cast(:ts as timestamp with time zone)) on conflict do nothing;
COMMIT;
