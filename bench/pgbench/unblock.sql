-- DELETE /v1/social/blacklist?user_uid=U: a user lifts one of its two seeded blocks (the users 300 and 301 places
-- ahead): under the pair's lock both users held, what stands between them read, and the block deleted.
\set uid random(1, :users)
\set other (:uid - 1 + 300 + random(0, 1)) % :users + 1
\include pair-lock
\include pair-held
\include pair-standing
delete from "friendship"."blocks" where ("friendship"."blocks"."blocker_id" = :uid and "friendship"."blocks"."blocked_id" = :other);
COMMIT;
