-- DELETE /v1/social/blacklist?user_uid=U: a user lifts one of its two seeded blocks (the users 300 and 301 places
-- ahead): the unblocked user's existence, then under the pair's lock the block deleted.
\set uid random(1, :users)
\set other (:uid - 1 + 300 + random(0, 1)) % :users + 1
\set pair_kind 1718775396
\set pair_lock 31 * least(:uid, :other) + greatest(:uid, :other)
select exists (select 1 as "one" from "identity"."users" where "identity"."users"."id" = :other);
BEGIN;
SELECT pg_advisory_xact_lock(:pair_kind, :pair_lock);
delete from "friendship"."blocks" where ("friendship"."blocks"."blocker_id" = :uid and "friendship"."blocks"."blocked_id" = :other);
COMMIT;
