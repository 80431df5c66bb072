-- the pair of :uid and :other locked until the script's COMMIT, the lower id first (AdvisoryFriendPairLock);
-- :low and :high as a friendship row stores them
\set pair_kind 1718775396
\set pair_lock 31 * least(:uid, :other) + greatest(:uid, :other)
\set low least(:uid, :other)
\set high greatest(:uid, :other)
BEGIN;
SELECT pg_advisory_xact_lock(:pair_kind, :pair_lock);
