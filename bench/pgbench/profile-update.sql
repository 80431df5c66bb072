-- PUT /api/v1/user/update {nickname}: the account locked, then written back with its new nickname (the fields
-- not sent keep their values), and the event recorded for the two contexts whose lists show the profile (their
-- change of those lists runs after the answer, on other connections). :msg and :ts come from the command line (-D).
\set uid random(1, :users)
\set sex :uid % 3
\set one 1
-- parameters: the fields the request leaves as they are, as bench/seed.sql wrote them
select 'https://cdn.example.com/avatar/' || :uid || '.png' as avatar, '' as empty \gset
-- parameters: the event's publications
select gen_random_uuid() as friendship_publication, gen_random_uuid() as group_publication, 'io.hichat.identity.events.UserProfileChanged' as event_type, 'friendship.show-profile-change' as friendship_listener, 'group.show-profile-change' as group_listener, 'PUBLISHED' as published, '{"eventId":"' || gen_random_uuid() || '","occurredAt":1767225600,"userId":' || :uid || '}' as event \gset
BEGIN;
select "identity"."users"."id", "identity"."users"."phone", "identity"."users"."password_hash", "identity"."users"."nickname", "identity"."users"."sex", "identity"."users"."avatar", "identity"."users"."introduction", "identity"."users"."email", "identity"."users"."registered_at", "identity"."users"."last_login_at", "identity"."users"."token_generation" from "identity"."users" where "identity"."users"."id" = :uid for update;
update "identity"."users" set "nickname" = :msg, "sex" = :sex, "avatar" = :avatar, "introduction" = :empty, "email" = :empty where "identity"."users"."id" = :uid;
INSERT INTO modulith.EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT, STATUS, COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE) VALUES (:friendship_publication, :event_type, :friendship_listener, :ts, :event, :published, :one, :ts);
INSERT INTO modulith.EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT, STATUS, COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE) VALUES (:group_publication, :event_type, :group_listener, :ts, :event, :published, :one, :ts);
COMMIT;
