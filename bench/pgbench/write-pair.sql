-- The write pair: a sends b a new friend request (POST /v1/social/friend/putIn), then b accepts it
-- (PUT /v1/social/friend/putIn): each as the server runs it, statement for statement, transactions included.
-- Pairs are 3000..5999 places apart, away from the seeded requests and the HTTP benchmark's pairs.
-- :ts and :msg come from the command line (-D).
\set a random(1, :users)
\set b (:a - 1 + 3000 + random(0, 2999)) % :users + 1
\set pending 0
\set accepted 1
\set pair_kind 1718775396
\set pair_lock 31 * least(:a, :b) + greatest(:a, :b)
\set low least(:a, :b)
\set high greatest(:a, :b)
-- parameters: the two users, held existing while their rows are written (an account deletion waits for them)
select '{' || :a || ',' || :b || '}' as pair \gset
BEGIN;
select pg_advisory_xact_lock(:pair_kind, :pair_lock);
select "identity"."users"."id" from "identity"."users" where "identity"."users"."id" = any (cast(:pair as bigint[])) for key share;
-- what stands between the two, in one statement: their friendship, the blocks either placed, the pending request
select (select coalesce(jsonb_agg(jsonb_build_array(t."v0", t."v1", t."v2", t."v3")), jsonb_build_array()) from (select "friendship"."friendships"."user_low" as "v0", "friendship"."friendships"."user_high" as "v1", "friendship"."friendships"."friend_request_id" as "v2", "friendship"."friendships"."created_at" as "v3" from "friendship"."friendships" where ("friendship"."friendships"."user_low" = :low and "friendship"."friendships"."user_high" = :high)) as t), (select coalesce(jsonb_agg(jsonb_build_array(t."v0", t."v1", t."v2", t."v3")), jsonb_build_array()) from (select "friendship"."blocks"."id" as "v0", "friendship"."blocks"."blocker_id" as "v1", "friendship"."blocks"."blocked_id" as "v2", "friendship"."blocks"."blocked_at" as "v3" from "friendship"."blocks" where (("friendship"."blocks"."blocker_id" = :a and "friendship"."blocks"."blocked_id" = :b) or ("friendship"."blocks"."blocker_id" = :b and "friendship"."blocks"."blocked_id" = :a))) as t), (select coalesce(jsonb_agg(jsonb_build_array(t."v0", t."v1", t."v2", t."v3", t."v4", t."v5", t."v6")), jsonb_build_array()) from (select "friendship"."friend_requests"."id" as "v0", "friendship"."friend_requests"."applicant_id" as "v1", "friendship"."friend_requests"."recipient_id" as "v2", "friendship"."friend_requests"."message" as "v3", "friendship"."friend_requests"."requested_at" as "v4", "friendship"."friend_requests"."handle_result" as "v5", "friendship"."friend_requests"."handled_at" as "v6" from "friendship"."friend_requests" where ("friendship"."friend_requests"."handle_result" = :pending and (("friendship"."friend_requests"."applicant_id" = :a and "friendship"."friend_requests"."recipient_id" = :b) or ("friendship"."friend_requests"."applicant_id" = :b and "friendship"."friend_requests"."recipient_id" = :a)))) as t);
select nextval('"friendship"."friend_request_id_seq"') as id \gset
insert into "friendship"."friend_requests" ("id", "applicant_id", "recipient_id", "message", "requested_at", "handle_result") values (:id, :a, :b, :msg, cast(:ts as timestamp with time zone), :pending) on conflict do nothing;
COMMIT;
BEGIN;
select "friendship"."friend_requests"."id", "friendship"."friend_requests"."applicant_id", "friendship"."friend_requests"."recipient_id", "friendship"."friend_requests"."message", "friendship"."friend_requests"."requested_at", "friendship"."friend_requests"."handle_result", "friendship"."friend_requests"."handled_at" from "friendship"."friend_requests" where "friendship"."friend_requests"."id" = :id;
select pg_advisory_xact_lock(:pair_kind, :pair_lock);
select "identity"."users"."id" from "identity"."users" where "identity"."users"."id" = any (cast(:pair as bigint[])) for key share;
update "friendship"."friend_requests" set "handle_result" = :accepted, "handled_at" = cast(:ts as timestamp with time zone) where ("friendship"."friend_requests"."id" = :id and "friendship"."friend_requests"."handle_result" = :pending);
insert into "friendship"."friendships" ("user_low", "user_high", "friend_request_id", "created_at") values (:low, :high, :id, cast(:ts as timestamp with time zone)) on conflict do nothing;
insert into "friendship"."friends" ("user_id", "friend_id", "friend_request_id", "created_at") values (:a, :b, :id, cast(:ts as timestamp with time zone)), (:b, :a, :id, cast(:ts as timestamp with time zone)) on conflict do nothing;
COMMIT;
