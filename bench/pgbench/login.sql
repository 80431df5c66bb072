-- POST /api/v1/user/login, without the password check (bcrypt's rate is measured apart): the user by phone,
-- then the last-login time. :ts comes from the command line (-D).
\set phone 13000000000 + random(1, 10000)
\set uid :phone - 13000000000
select "identity"."users"."id", "identity"."users"."phone", "identity"."users"."password_hash", "identity"."users"."nickname", "identity"."users"."sex", "identity"."users"."avatar", "identity"."users"."introduction", "identity"."users"."email", "identity"."users"."registered_at", "identity"."users"."last_login_at" from "identity"."users" where "identity"."users"."phone" = :phone;
update "identity"."users" set "last_login_at" = cast(:ts as timestamp with time zone) where "identity"."users"."id" = :uid;
