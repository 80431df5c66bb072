-- the requests' groups (here :g only) and their applicants (:ids), each in one batch
-- parameters: the requests' group ids
select '{' || :g || '}' as groupids \gset
select "groups"."chat_groups"."id", "groups"."chat_groups"."name", "groups"."chat_groups"."icon", "groups"."chat_groups"."creator_id", "groups"."chat_groups"."group_type", "groups"."chat_groups"."needs_verification", "groups"."chat_groups"."notification_id", "groups"."chat_groups"."created_at", "groups"."chat_groups"."notification", "groups"."chat_groups"."notification_at", "groups"."chat_groups"."mute_until", "groups"."chat_groups"."member_count", "groups"."chat_groups"."max_members" from "groups"."chat_groups" where "groups"."chat_groups"."id" = any (cast(:groupids as bigint[]));
select "identity"."users"."id", "identity"."users"."nickname", "identity"."users"."sex", "identity"."users"."avatar", "identity"."users"."introduction" from "identity"."users" where "identity"."users"."id" = any (cast(:ids as bigint[]));
