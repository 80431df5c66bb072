-- PUT /v1/social/friend/remark: a user sets the remark it shows for one of its friends. :msg comes from the
-- command line (-D).
\set uid random(1, :users)
\set friend (:uid - 1 + random(1, 25)) % :users + 1
update "friendship"."friends" set "remark" = :msg where ("friendship"."friends"."user_id" = :uid and "friendship"."friends"."friend_id" = :friend);
