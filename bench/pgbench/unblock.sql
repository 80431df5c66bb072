-- DELETE /v1/social/blacklist?user_uid=U: a user lifts one of its two seeded blocks (the users 300 and 301 places
-- ahead): under the pair's lock both users held, what stands between them read, and the block deleted.
\set uid random(1, :users)
\set other (:uid - 1 + 300 + random(0, 1)) % :users + 1
\set pending 0
\set pair_kind 1718775396
\set pair_lock 31 * least(:uid, :other) + greatest(:uid, :other)
\set low least(:uid, :other)
\set high greatest(:uid, :other)
BEGIN;
SELECT pg_advisory_xact_lock(:pair_kind, :pair_lock);
-- parameters: the two users, held existing while their rows are written (an account deletion waits for them)
select '{' || :uid || ',' || :other || '}' as pair \gset
select "identity"."users"."id" from "identity"."users" where "identity"."users"."id" = any (cast(:pair as bigint[])) for key share;
-- what stands between the two, in one statement: their friendship, the blocks either placed, the pending request
select (select coalesce(jsonb_agg(jsonb_build_array(t."v0", t."v1", t."v2", t."v3")), jsonb_build_array()) from (select "friendship"."friendships"."user_low" as "v0", "friendship"."friendships"."user_high" as "v1", "friendship"."friendships"."friend_request_id" as "v2", "friendship"."friendships"."created_at" as "v3" from "friendship"."friendships" where ("friendship"."friendships"."user_low" = :low and "friendship"."friendships"."user_high" = :high)) as t), (select coalesce(jsonb_agg(jsonb_build_array(t."v0", t."v1", t."v2", t."v3")), jsonb_build_array()) from (select "friendship"."blocks"."id" as "v0", "friendship"."blocks"."blocker_id" as "v1", "friendship"."blocks"."blocked_id" as "v2", "friendship"."blocks"."blocked_at" as "v3" from "friendship"."blocks" where (("friendship"."blocks"."blocker_id" = :uid and "friendship"."blocks"."blocked_id" = :other) or ("friendship"."blocks"."blocker_id" = :other and "friendship"."blocks"."blocked_id" = :uid))) as t), (select coalesce(jsonb_agg(jsonb_build_array(t."v0", t."v1", t."v2", t."v3", t."v4", t."v5", t."v6")), jsonb_build_array()) from (select "friendship"."friend_requests"."id" as "v0", "friendship"."friend_requests"."applicant_id" as "v1", "friendship"."friend_requests"."recipient_id" as "v2", "friendship"."friend_requests"."message" as "v3", "friendship"."friend_requests"."requested_at" as "v4", "friendship"."friend_requests"."handle_result" as "v5", "friendship"."friend_requests"."handled_at" as "v6" from "friendship"."friend_requests" where ("friendship"."friend_requests"."handle_result" = :pending and (("friendship"."friend_requests"."applicant_id" = :uid and "friendship"."friend_requests"."recipient_id" = :other) or ("friendship"."friend_requests"."applicant_id" = :other and "friendship"."friend_requests"."recipient_id" = :uid)))) as t);
delete from "friendship"."blocks" where ("friendship"."blocks"."blocker_id" = :uid and "friendship"."blocks"."blocked_id" = :other);
COMMIT;
