-- DELETE /v1/social/friend?friend_uid=F: a user ends a friendship; under the pair's lock the friendship is deleted,
-- and its two entries with it (ON DELETE CASCADE).
\set uid random(1, :users)
\set friend (:uid - 1 + random(1, 25)) % :users + 1
\set pair_kind 1718775396
\set pair_lock 31 * least(:uid, :friend) + greatest(:uid, :friend)
\set low least(:uid, :friend)
\set high greatest(:uid, :friend)
BEGIN;
SELECT pg_advisory_xact_lock(:pair_kind, :pair_lock);
delete from "friendship"."friendships" where ("friendship"."friendships"."user_low" = :low and "friendship"."friendships"."user_high" = :high);
COMMIT;
