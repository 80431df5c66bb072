-- DELETE /api/v1/user {password} without the password check (bcrypt's rate is measured apart): the account read,
-- one more attempt counted for its phone and forgotten after the success, then in one transaction the account
-- locked and deleted, its tokens refused below a generation, and the event recorded for the two contexts that clean
-- up after it (their clean-up runs after the answer, on other connections: bench/explain/account-cleanup.sql). :ts
-- comes from the command line (-D).
\set uid random(1, :users)
\set one 1
\set below_generation 2147483647
-- parameters: the subject counted, the end of its window, the tokens' expiry, and the event's publications
select 'login-phone:' || (13000000000 + :uid) as phone_subject, cast(:ts as timestamp with time zone) + interval '15 minutes' as phone_window_end, cast(:ts as timestamp with time zone) + interval '100 days' as token_expiry, gen_random_uuid() as friendship_publication, gen_random_uuid() as group_publication, 'io.hichat.identity.events.UserDeleted' as event_type, 'friendship.forget-deleted-user' as friendship_listener, 'group.forget-deleted-member' as group_listener, 'PUBLISHED' as published, '{"eventId":"' || gen_random_uuid() || '","occurredAt":1767225600,"userId":' || :uid || '}' as event \gset
select "identity"."users"."id", "identity"."users"."phone", "identity"."users"."password_hash", "identity"."users"."nickname", "identity"."users"."sex", "identity"."users"."avatar", "identity"."users"."introduction", "identity"."users"."email", "identity"."users"."registered_at", "identity"."users"."last_login_at", "identity"."users"."token_generation" from "identity"."users" where "identity"."users"."id" = :uid;
insert into "identity"."attempt_counters" ("subject", "window_start", "window_end", "attempts") values (:phone_subject, cast(:ts as timestamp with time zone), cast(:phone_window_end as timestamp with time zone), :one) on conflict ("subject") do update set "attempts" = case when "identity"."attempt_counters"."window_end" <= cast(:ts as timestamp with time zone) then 1 else ("identity"."attempt_counters"."attempts" + :one) end, "window_start" = case when "identity"."attempt_counters"."window_end" <= cast(:ts as timestamp with time zone) then excluded."window_start" else "identity"."attempt_counters"."window_start" end, "window_end" = case when "identity"."attempt_counters"."window_end" <= cast(:ts as timestamp with time zone) then excluded."window_end" else "identity"."attempt_counters"."window_end" end returning "identity"."attempt_counters"."attempts", "identity"."attempt_counters"."window_end";
delete from "identity"."attempt_counters" where "identity"."attempt_counters"."subject" = :phone_subject;
BEGIN;
select "identity"."users"."id", "identity"."users"."phone", "identity"."users"."password_hash", "identity"."users"."nickname", "identity"."users"."sex", "identity"."users"."avatar", "identity"."users"."introduction", "identity"."users"."email", "identity"."users"."registered_at", "identity"."users"."last_login_at", "identity"."users"."token_generation" from "identity"."users" where "identity"."users"."id" = :uid for update;
delete from "identity"."users" where "identity"."users"."id" = :uid;
insert into "identity"."token_revocations" ("user_id", "expires_at", "below_generation") values (:uid, cast(:token_expiry as timestamp with time zone), :below_generation) on conflict do nothing;
INSERT INTO modulith.EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT, STATUS, COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE) VALUES (:friendship_publication, :event_type, :friendship_listener, :ts, :event, :published, :one, :ts);
INSERT INTO modulith.EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT, STATUS, COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE) VALUES (:group_publication, :event_type, :group_listener, :ts, :event, :published, :one, :ts);
COMMIT;
