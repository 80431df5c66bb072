-- A password change starts a new generation of its user's tokens: each token carries the generation it was issued
-- in, and a change refuses the tokens of every earlier one.
ALTER TABLE identity.users
    ADD COLUMN token_generation INTEGER NOT NULL DEFAULT 0;

-- Tokens refused before their expiry, which every instance follows into memory: one token (a logout), every token
-- of a user's earlier generations (a password change), or every token of a user (a deleted account: below_generation
-- 2147483647, the largest). A row is kept only while a token it refuses could still be accepted, until expires_at;
-- it outlives a deleted account's row, so it does not reference the user.
CREATE TABLE identity.token_revocations
(
    id               BIGINT GENERATED ALWAYS AS IDENTITY,
    user_id          BIGINT                   NOT NULL,
    token_id         VARCHAR(80),
    below_generation INTEGER,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The writing transaction's id: a reader that remembers the oldest transaction still running when it last read
    -- finds every row committed since, however long a transaction took between its insert and its commit.
    recorded_in      BIGINT                   NOT NULL DEFAULT pg_current_xact_id()::TEXT::BIGINT,
    CONSTRAINT token_revocations_pkey PRIMARY KEY (id),
    CONSTRAINT token_revocations_token_key UNIQUE (token_id),
    CONSTRAINT token_revocations_one_kind_check CHECK ((token_id IS NULL) <> (below_generation IS NULL))
);

CREATE INDEX token_revocations_by_transaction ON identity.token_revocations (recorded_in);
CREATE INDEX token_revocations_by_expiry ON identity.token_revocations (expires_at);
