-- DELETE /v1/social/friend?friend_uid=F: a user ends a friendship; under the pair's lock what stands between the
-- two is read and the friendship deleted, its two entries with it (ON DELETE CASCADE).
\set uid random(1, :users)
\set other (:uid - 1 + random(1, 25)) % :users + 1
\include pair-lock
\include pair-standing
delete from "friendship"."friendships" where ("friendship"."friendships"."user_low" = :low and "friendship"."friendships"."user_high" = :high);
COMMIT;
