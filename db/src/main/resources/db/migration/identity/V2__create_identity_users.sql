-- The identity context's schema: accounts, their credentials and profiles.
CREATE SCHEMA identity;

-- Ids come from this sequence before the row is written, so a new User aggregate knows its id
-- (and the UserRegistered event it raises carries it) before it is saved.
CREATE SEQUENCE identity.user_id_seq;

CREATE TABLE identity.users
(
    id            BIGINT                   NOT NULL DEFAULT nextval('identity.user_id_seq'),
    phone         VARCHAR(21)              NOT NULL,
    password_hash VARCHAR(60)              NOT NULL,
    nickname      VARCHAR(64)              NOT NULL,
    sex           SMALLINT                 NOT NULL DEFAULT 0,
    avatar        VARCHAR(255)             NOT NULL DEFAULT '',
    introduction  VARCHAR(255)             NOT NULL DEFAULT '',
    email         VARCHAR(255)             NOT NULL DEFAULT '',
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    -- One account per phone, however many registrations race.
    CONSTRAINT users_phone_key UNIQUE (phone),
    CONSTRAINT users_sex_check CHECK (sex IN (0, 1, 2))
);
