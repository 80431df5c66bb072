-- PUT /api/v1/user/update {nickname}: the account locked, then written back with its new nickname (the fields
-- not sent keep their values). :msg comes from the command line (-D).
\set uid random(1, :users)
\set sex :uid % 3
-- parameters: the fields the request leaves as they are, as bench/seed.sql wrote them
select 'https://cdn.example.com/avatar/' || :uid || '.png' as avatar, '' as empty \gset
BEGIN;
select "identity"."users"."id", "identity"."users"."phone", "identity"."users"."password_hash", "identity"."users"."nickname", "identity"."users"."sex", "identity"."users"."avatar", "identity"."users"."introduction", "identity"."users"."email", "identity"."users"."registered_at", "identity"."users"."last_login_at", "identity"."users"."token_generation" from "identity"."users" where "identity"."users"."id" = :uid for update;
update "identity"."users" set "nickname" = :msg, "sex" = :sex, "avatar" = :avatar, "introduction" = :empty, "email" = :empty where "identity"."users"."id" = :uid;
COMMIT;
