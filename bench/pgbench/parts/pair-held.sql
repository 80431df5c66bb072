-- parameters: the two users, held existing while their rows are written (an account deletion waits for them)
select '{' || :uid || ',' || :other || '}' as pair \gset
select "identity"."users"."id" from "identity"."users" where "identity"."users"."id" = any (cast(:pair as bigint[])) for key share;
