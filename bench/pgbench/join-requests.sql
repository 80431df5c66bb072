-- GET /v1/social/group/putIns?class=2&group_id=G by its creator: the list's version, the group, the caller's
-- membership, the 40 requests, their groups and their applicants, each in one batch.
\set g random(1, :groups)
\set uid ((:g - 1) * 20) % :users + 1
\set page 1001
\set list 4
select "groups"."list_versions"."version", "groups"."list_versions"."trimmed_through" from "groups"."list_versions" where ("groups"."list_versions"."list" = :list and "groups"."list_versions"."owner_id" = :g);
\include join-requests-page
-- parameters: the applicants' ids (the 40 users after the group's members in bench/seed.sql)
select '{' || string_agg((((:g - 1) * 20 + 200 + j) % :users + 1)::text, ',') || '}' as ids from generate_series(0, 39) as j \gset
\include join-request-references
