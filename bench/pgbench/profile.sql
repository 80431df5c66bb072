-- GET /api/v1/user/detail, as the server runs it (see bench/statements.py): the token's user, then the profile.
\set uid random(1, 10000)
select exists (select 1 as "one" from "identity"."users" where "identity"."users"."id" = :uid);
select "identity"."users"."id", "identity"."users"."phone", "identity"."users"."password_hash", "identity"."users"."nickname", "identity"."users"."sex", "identity"."users"."avatar", "identity"."users"."introduction", "identity"."users"."email", "identity"."users"."registered_at", "identity"."users"."last_login_at" from "identity"."users" where "identity"."users"."id" = :uid;
