-- POST /v1/social/blacklist {user_uid}: a user blocks another, 500..999 places ahead (neither friend nor asked):
-- the blocked user's existence, then under the pair's lock both users held, the block looked up, any friendship
-- ended, pending requests between them found (to be cancelled), and the block written. :ts comes from the command
-- line (-D).
\set uid random(1, :users)
\set other (:uid - 1 + 500 + random(0, 499)) % :users + 1
\set pending 0
\set pair_kind 1718775396
\set pair_lock 31 * least(:uid, :other) + greatest(:uid, :other)
\set low least(:uid, :other)
\set high greatest(:uid, :other)
select exists (select 1 as "one" from "identity"."users" where "identity"."users"."id" = :other);
BEGIN;
SELECT pg_advisory_xact_lock(:pair_kind, :pair_lock);
-- parameters: the two users, held existing while their rows are written (an account deletion waits for them)
select '{' || :uid || ',' || :other || '}' as pair \gset
select "identity"."users"."id" from "identity"."users" where "identity"."users"."id" = any (cast(:pair as bigint[])) for key share;
select exists (select 1 as "one" from "friendship"."blocks" where ("friendship"."blocks"."blocker_id" = :uid and "friendship"."blocks"."blocked_id" = :other));
delete from "friendship"."friendships" where ("friendship"."friendships"."user_low" = :low and "friendship"."friendships"."user_high" = :high);
select "friendship"."friend_requests"."id", "friendship"."friend_requests"."applicant_id", "friendship"."friend_requests"."recipient_id", "friendship"."friend_requests"."message", "friendship"."friend_requests"."requested_at", "friendship"."friend_requests"."handle_result", "friendship"."friend_requests"."handled_at" from "friendship"."friend_requests" where ("friendship"."friend_requests"."handle_result" = :pending and (("friendship"."friend_requests"."applicant_id" = :uid and "friendship"."friend_requests"."recipient_id" = :other) or ("friendship"."friend_requests"."applicant_id" = :other and "friendship"."friend_requests"."recipient_id" = :uid)));
insert into "friendship"."blocks" ("blocker_id", "blocked_id", "blocked_at") values (:uid, :other, cast(:ts as timestamp with time zone)) on conflict do nothing;
COMMIT;
