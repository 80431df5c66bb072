-- GET /v1/social/group/putIns?class=2&page_size=100&group_id=G by the creator of the group with 10,000 join
-- requests: the group, the caller's membership, page 91 of 100, before the request whose id the token holds (:join_requests_after, from the command line),
-- then their groups and their applicants, each in one batch.
\set g :groups + 2
\set uid :users + 3
\set page 101
select "groups"."chat_groups"."id", "groups"."chat_groups"."name", "groups"."chat_groups"."icon", "groups"."chat_groups"."creator_id", "groups"."chat_groups"."group_type", "groups"."chat_groups"."needs_verification", "groups"."chat_groups"."notification_id", "groups"."chat_groups"."created_at", "groups"."chat_groups"."notification", "groups"."chat_groups"."notification_at", "groups"."chat_groups"."mute_until", "groups"."chat_groups"."member_count", "groups"."chat_groups"."max_members" from "groups"."chat_groups" where "groups"."chat_groups"."id" = :g;
select "groups"."members"."id", "groups"."members"."group_id", "groups"."members"."user_id", "groups"."members"."role_level", "groups"."members"."inviter_id", "groups"."members"."joined_at", "groups"."members"."mute_until" from "groups"."members" where ("groups"."members"."group_id" = :g and "groups"."members"."user_id" = :uid);
select "groups"."join_requests"."id", "groups"."join_requests"."group_id", "groups"."join_requests"."applicant_id", "groups"."join_requests"."message", "groups"."join_requests"."join_source", "groups"."join_requests"."inviter_id", "groups"."join_requests"."requested_at", "groups"."join_requests"."handle_result", "groups"."join_requests"."handler_id", "groups"."join_requests"."handled_at" from "groups"."join_requests" where ("groups"."join_requests"."group_id" = :g and "groups"."join_requests"."id" < :join_requests_after) order by "groups"."join_requests"."id" desc fetch next :page rows only;
-- parameters: the applicants' ids (users 900..1000 in bench/seed.sql)
select '{' || string_agg(a::text, ',') || '}' as ids from generate_series(900, 1000) as a \gset
\include join-request-references
