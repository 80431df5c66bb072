-- POST /v1/social/blacklist {user_uid}: a user blocks another, 500..999 places ahead (neither friend nor asked):
-- under the pair's lock both users held, what stands between them read (their friendship, the blocks, the pending
-- request), and the block written. :ts comes from the command line (-D).
\set uid random(1, :users)
\set other (:uid - 1 + 500 + random(0, 499)) % :users + 1
\include pair-lock
\include pair-held
\include pair-standing
insert into "friendship"."blocks" ("blocker_id", "blocked_id", "blocked_at") values (:uid, :other, cast(:ts as timestamp with time zone)) on conflict do nothing;
COMMIT;
