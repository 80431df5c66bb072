-- GET /api/v1/user/detail, as the server runs it once it knows the token's user: the profile.
\set uid random(1, :users)
select "identity"."users"."id", "identity"."users"."phone", "identity"."users"."password_hash", "identity"."users"."nickname", "identity"."users"."sex", "identity"."users"."avatar", "identity"."users"."introduction", "identity"."users"."email", "identity"."users"."registered_at", "identity"."users"."last_login_at", "identity"."users"."token_generation" from "identity"."users" where "identity"."users"."id" = :uid;
