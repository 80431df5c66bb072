-- GET /v1/social/group/putIns?class=2&group_id=G by its creator: the group, the caller's
-- membership, the 40 requests, their groups and their applicants, each in one batch.
\set g random(1, 500)
\set uid ((:g - 1) * 20) % 10000 + 1
\set page 1001
select "groups"."chat_groups"."id", "groups"."chat_groups"."name", "groups"."chat_groups"."icon", "groups"."chat_groups"."creator_id", "groups"."chat_groups"."group_type", "groups"."chat_groups"."needs_verification", "groups"."chat_groups"."notification_id", "groups"."chat_groups"."created_at" from "groups"."chat_groups" where "groups"."chat_groups"."id" = :g;
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at" from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :uid);
select "groups"."join_requests"."id", "groups"."join_requests"."group_id", "groups"."join_requests"."applicant_id", "groups"."join_requests"."message", "groups"."join_requests"."join_source", "groups"."join_requests"."inviter_id", "groups"."join_requests"."requested_at", "groups"."join_requests"."handle_result", "groups"."join_requests"."handler_id", "groups"."join_requests"."handled_at" from "groups"."join_requests" where "groups"."join_requests"."group_id" = :g order by "groups"."join_requests"."id" desc fetch next :page rows only;
-- parameters: the requests' group ids
select '{' || :g || '}' as groupids \gset
select "groups"."chat_groups"."id", "groups"."chat_groups"."name", "groups"."chat_groups"."icon", "groups"."chat_groups"."creator_id", "groups"."chat_groups"."group_type", "groups"."chat_groups"."needs_verification", "groups"."chat_groups"."notification_id", "groups"."chat_groups"."created_at" from "groups"."chat_groups" where "groups"."chat_groups"."id" = any (cast(:groupids as bigint[]));
-- parameters: the applicants' ids (the 40 users after the group's members in bench/seed.sql)
select '{' || string_agg((((:g - 1) * 20 + 200 + j) % 10000 + 1)::text, ',') || '}' as ids from generate_series(0, 39) as j \gset
select "identity"."users"."id", "identity"."users"."nickname", "identity"."users"."sex", "identity"."users"."avatar", "identity"."users"."introduction" from "identity"."users" where "identity"."users"."id" = any (cast(:ids as bigint[]));
