-- What friendship and group do after an account is deleted (their UserDeleted listeners, after the answer, each in
-- its own transaction), for one account: not measured with pgbench, explained at every scale, and checked to be
-- among what the server sent. Group visits each group the account was in or had asked to join, locked, with the
-- third to sixth statements (here one of them); friendship ends the friendships, then the requests and the blocks.
\set uid random(1, :users)
\set g ((:uid - 1) / 20) + 1
select "groups"."members"."group_id" from "groups"."members" where "groups"."members"."user_id" = :uid order by "groups"."members"."group_id";
select distinct "groups"."join_requests"."group_id" from "groups"."join_requests" where "groups"."join_requests"."applicant_id" = :uid;
select "groups"."chat_groups"."id", "groups"."chat_groups"."name", "groups"."chat_groups"."icon", "groups"."chat_groups"."creator_id", "groups"."chat_groups"."group_type", "groups"."chat_groups"."needs_verification", "groups"."chat_groups"."notification_id", "groups"."chat_groups"."created_at", "groups"."chat_groups"."notification", "groups"."chat_groups"."notification_at", "groups"."chat_groups"."mute_until", "groups"."chat_groups"."member_count", "groups"."chat_groups"."max_members" from "groups"."chat_groups" where "groups"."chat_groups"."id" = :g for update;
delete from "groups"."join_requests" where ("groups"."join_requests"."applicant_id" = :uid and "groups"."join_requests"."group_id" = :g);
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :uid);
delete from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :uid);
delete from "friendship"."friendships" where ("friendship"."friendships"."user_low", "friendship"."friendships"."user_high") in (select least("friendship"."friends"."user_id", "friendship"."friends"."friend_id"), greatest("friendship"."friends"."user_id", "friendship"."friends"."friend_id") from "friendship"."friends" where "friendship"."friends"."user_id" = :uid) returning "friendship"."friendships"."user_low", "friendship"."friendships"."user_high", "friendship"."friendships"."friend_request_id", "friendship"."friendships"."created_at";
delete from "friendship"."friend_requests" where ("friendship"."friend_requests"."applicant_id" = :uid or "friendship"."friend_requests"."recipient_id" = :uid);
delete from "friendship"."blocks" where ("friendship"."blocks"."blocker_id" = :uid or "friendship"."blocks"."blocked_id" = :uid);
