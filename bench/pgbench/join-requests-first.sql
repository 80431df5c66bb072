-- GET /v1/social/group/putIns?class=2&page_size=100&group_id=G by the creator of the group with 10,000 join
-- requests: the list's version, the group, the caller's membership, the first page of requests,
-- then their groups and their applicants, each in one batch.
\set g :groups + 2
\set uid :users + 3
\set page 101
\set list 4
select "groups"."list_versions"."version", "groups"."list_versions"."trimmed_through" from "groups"."list_versions" where ("groups"."list_versions"."list" = :list and "groups"."list_versions"."owner_id" = :g);
\include join-requests-page
-- parameters: the applicants' ids (users 9900..10000 in bench/seed.sql)
select '{' || string_agg(a::text, ',') || '}' as ids from generate_series(9900, 10000) as a \gset
\include join-request-references
