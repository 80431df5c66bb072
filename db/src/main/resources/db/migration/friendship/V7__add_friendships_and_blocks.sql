-- A friendship is one row per pair of users, the smaller id first; the two entries of friends (one per direction)
-- belong to it, and deleting it deletes both. Unfriending or blocking deletes this row and nothing else.
CREATE TABLE friendship.friendships
(
    user_low          BIGINT                   NOT NULL,
    user_high         BIGINT                   NOT NULL,
    friend_request_id BIGINT                   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT friendships_pkey PRIMARY KEY (user_low, user_high),
    CONSTRAINT friendships_ordered_pair CHECK (user_low < user_high),
    CONSTRAINT friendships_made_by_request FOREIGN KEY (friend_request_id)
        REFERENCES friendship.friend_requests (id)
);

-- Entries made before this table existed: each pair's friendship, and the other direction where only one was
-- written.
INSERT INTO friendship.friendships (user_low, user_high, friend_request_id, created_at)
SELECT LEAST(user_id, friend_id), GREATEST(user_id, friend_id), MIN(friend_request_id), MIN(created_at)
FROM friendship.friends
GROUP BY LEAST(user_id, friend_id), GREATEST(user_id, friend_id);

INSERT INTO friendship.friends (user_id, friend_id, friend_request_id, created_at)
SELECT one.friend_id, one.user_id, one.friend_request_id, one.created_at
FROM friendship.friends one
WHERE NOT EXISTS (SELECT 1
                  FROM friendship.friends other
                  WHERE other.user_id = one.friend_id
                    AND other.friend_id = one.user_id);

-- One user blocking another: the blocked user's friend requests to the blocker are refused. A block list is read
-- newest first.
CREATE TABLE friendship.blocks
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY,
    blocker_id BIGINT                   NOT NULL,
    blocked_id BIGINT                   NOT NULL,
    blocked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT blocks_pkey PRIMARY KEY (id),
    CONSTRAINT blocks_one_per_pair_and_direction UNIQUE (blocker_id, blocked_id),
    CONSTRAINT blocks_not_oneself CHECK (blocker_id <> blocked_id)
);

CREATE INDEX blocks_by_blocker ON friendship.blocks (blocker_id, id);
CREATE INDEX blocks_by_blocked ON friendship.blocks (blocked_id, blocker_id);

-- What the database holds whatever the application does. jOOQ's DDL simulation models neither generated columns
-- nor functions; PostgreSQL runs them, code generation skips them, and no code reads the generated columns.
/* [jooq ignore start] */

-- No friend entry without its friendship: the entry names its pair, and the pair's friendship must exist.
ALTER TABLE friendship.friends
    ADD COLUMN pair_low  BIGINT GENERATED ALWAYS AS (LEAST(user_id, friend_id)) STORED,
    ADD COLUMN pair_high BIGINT GENERATED ALWAYS AS (GREATEST(user_id, friend_id)) STORED,
    ADD CONSTRAINT friends_of_a_friendship FOREIGN KEY (pair_low, pair_high)
        REFERENCES friendship.friendships (user_low, user_high) ON DELETE CASCADE;

-- A friendship's two entries, found by its pair: for the cascade when it ends, and the check below.
CREATE INDEX friends_by_pair ON friendship.friends (pair_low, pair_high);

-- At every commit, a friendship has both its entries and no block between its users stands beside it.
CREATE FUNCTION friendship.check_pair(one BIGINT, other BIGINT) RETURNS VOID
    LANGUAGE plpgsql AS
$$
DECLARE
    low     BIGINT := LEAST(one, other);
    high    BIGINT := GREATEST(one, other);
    entries INTEGER;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM friendship.friendships WHERE user_low = low AND user_high = high) THEN
        RETURN;
    END IF;
    SELECT count(*) INTO entries FROM friendship.friends WHERE pair_low = low AND pair_high = high;
    IF entries <> 2 THEN
        RAISE EXCEPTION 'the friendship of users % and % has % entries, not 2', low, high, entries
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM friendship.blocks
               WHERE (blocker_id = low AND blocked_id = high) OR (blocker_id = high AND blocked_id = low)) THEN
        RAISE EXCEPTION 'users % and % are friends while one blocks the other', low, high
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
END;
$$;

CREATE FUNCTION friendship.check_friendship_entries() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_TABLE_NAME = 'friendships' THEN
        PERFORM friendship.check_pair(NEW.user_low, NEW.user_high);
    ELSIF TG_TABLE_NAME = 'blocks' THEN
        PERFORM friendship.check_pair(NEW.blocker_id, NEW.blocked_id);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM friendship.check_pair(OLD.user_id, OLD.friend_id);
    ELSE
        PERFORM friendship.check_pair(NEW.user_id, NEW.friend_id);
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER friendships_have_both_entries
    AFTER INSERT ON friendship.friendships
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION friendship.check_friendship_entries();

CREATE CONSTRAINT TRIGGER friends_come_in_pairs
    AFTER INSERT OR DELETE ON friendship.friends
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION friendship.check_friendship_entries();

CREATE CONSTRAINT TRIGGER blocks_end_friendships
    AFTER INSERT ON friendship.blocks
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION friendship.check_friendship_entries();

/* [jooq ignore stop] */
