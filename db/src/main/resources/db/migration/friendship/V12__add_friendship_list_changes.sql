-- What changed in each of a user's lists, for a client that holds a version of it (contract §13).
-- Lists: 1 friends (item: the friend's id), 2 friend requests, sent and received (the request's id), 3 block list
-- (the blocked user's id). Triggers on the tables the lists are read from write every change, whatever code or
-- cascade made it; decision 0021 says why versions assigned this way never let a reader see N+1 before N.

-- A list's current version, and the highest version of a removal trimmed from it: a client holding an older version
-- may have missed that removal, and gets the whole list.
CREATE TABLE friendship.list_versions
(
    list            SMALLINT NOT NULL,
    owner_id        BIGINT   NOT NULL,
    version         BIGINT   NOT NULL,
    trimmed_through BIGINT   NOT NULL DEFAULT 0,
    CONSTRAINT list_versions_pkey PRIMARY KEY (list, owner_id)
);

-- The latest change of each item of each list: an addition or field change, or a removal, kept for
-- hichat.sync.removals-kept.
CREATE TABLE friendship.list_changes
(
    list       SMALLINT                 NOT NULL,
    owner_id   BIGINT                   NOT NULL,
    item_key   BIGINT                   NOT NULL,
    version    BIGINT                   NOT NULL,
    removed    BOOLEAN                  NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT list_changes_pkey PRIMARY KEY (list, owner_id, item_key)
);

-- A list's changes after a version, oldest first.
CREATE INDEX list_changes_in_order ON friendship.list_changes (list, owner_id, version);
-- The trimming: removals by age.
CREATE INDEX list_removals_by_age ON friendship.list_changes (changed_at) WHERE removed;

-- jOOQ's DDL simulation models neither unlogged tables, xid8, functions nor triggers; PostgreSQL runs them, code
-- generation skips them.
/* [jooq ignore start] */

-- Changes a transaction made, until its commit numbers them. Rows live only inside their transaction, so they need
-- no WAL; a crash empties the table, which then holds nothing that committed.
CREATE UNLOGGED TABLE friendship.list_changes_staged
(
    txid     XID8     NOT NULL DEFAULT pg_current_xact_id(),
    seq      BIGINT GENERATED ALWAYS AS IDENTITY,
    list     SMALLINT NOT NULL,
    owner_id BIGINT   NOT NULL,
    item_key BIGINT   NOT NULL,
    removed  BOOLEAN  NOT NULL
);

CREATE INDEX list_changes_staged_by_transaction ON friendship.list_changes_staged (txid);

-- At commit, once per transaction: the staged changes get versions, each list's counter taken in (list, owner)
-- order, so two committing transactions never wait for each other in a circle; the counter's row lock is held to
-- commit, so the next version of that list cannot commit before this one.
CREATE FUNCTION friendship.number_list_changes() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF current_setting('friendship.list_changes_numbered', TRUE) = pg_current_xact_id()::TEXT THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('friendship.list_changes_numbered', pg_current_xact_id()::TEXT, TRUE);
    WITH staged AS (DELETE FROM friendship.list_changes_staged
                    WHERE txid = pg_current_xact_id()
                    RETURNING list, owner_id, item_key, removed, seq),
         latest AS (SELECT DISTINCT ON (list, owner_id, item_key) list, owner_id, item_key, removed, seq
                    FROM staged
                    ORDER BY list, owner_id, item_key, seq DESC),
         numbered AS (SELECT list, owner_id, item_key, removed,
                             row_number() OVER (PARTITION BY list, owner_id ORDER BY seq) AS place,
                             count(*) OVER (PARTITION BY list, owner_id)                  AS changes
                      FROM latest),
         counted AS (INSERT INTO friendship.list_versions AS v (list, owner_id, version)
                         SELECT list, owner_id, max(changes) FROM numbered GROUP BY list, owner_id
                         ORDER BY list, owner_id
                         ON CONFLICT (list, owner_id) DO UPDATE SET version = v.version + excluded.version
                         RETURNING list, owner_id, version)
    INSERT INTO friendship.list_changes AS c (list, owner_id, item_key, version, removed, changed_at)
    SELECT n.list, n.owner_id, n.item_key, counted.version - n.changes + n.place, n.removed, now()
    FROM numbered n
             JOIN counted USING (list, owner_id)
    ON CONFLICT (list, owner_id, item_key) DO UPDATE SET version    = excluded.version,
                                                         removed    = excluded.removed,
                                                         changed_at = excluded.changed_at;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER list_changes_numbered_at_commit
    AFTER INSERT ON friendship.list_changes_staged
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION friendship.number_list_changes();

CREATE FUNCTION friendship.stage_list_change(list SMALLINT, owner_id BIGINT, item_key BIGINT, removed BOOLEAN)
    RETURNS VOID
    LANGUAGE sql AS
$$
INSERT INTO friendship.list_changes_staged (list, owner_id, item_key, removed)
VALUES (list, owner_id, item_key, removed);
$$;

-- A friend entry is an item of its user's friend list.
CREATE FUNCTION friendship.friends_changed() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM friendship.stage_list_change(1::SMALLINT, OLD.user_id, OLD.friend_id, TRUE);
    ELSE
        PERFORM friendship.stage_list_change(1::SMALLINT, NEW.user_id, NEW.friend_id, FALSE);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER friends_listed
    AFTER INSERT OR DELETE OR UPDATE OF remark ON friendship.friends
    FOR EACH ROW EXECUTE FUNCTION friendship.friends_changed();

-- A friend request is an item of both its users' request lists.
CREATE FUNCTION friendship.friend_requests_changed() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM friendship.stage_list_change(2::SMALLINT, OLD.applicant_id, OLD.id, TRUE);
        PERFORM friendship.stage_list_change(2::SMALLINT, OLD.recipient_id, OLD.id, TRUE);
    ELSE
        PERFORM friendship.stage_list_change(2::SMALLINT, NEW.applicant_id, NEW.id, FALSE);
        PERFORM friendship.stage_list_change(2::SMALLINT, NEW.recipient_id, NEW.id, FALSE);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER friend_requests_listed
    AFTER INSERT OR DELETE OR UPDATE ON friendship.friend_requests
    FOR EACH ROW EXECUTE FUNCTION friendship.friend_requests_changed();

-- A block is an item of its blocker's block list.
CREATE FUNCTION friendship.blocks_changed() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM friendship.stage_list_change(3::SMALLINT, OLD.blocker_id, OLD.blocked_id, TRUE);
    ELSE
        PERFORM friendship.stage_list_change(3::SMALLINT, NEW.blocker_id, NEW.blocked_id, FALSE);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER blocks_listed
    AFTER INSERT OR DELETE ON friendship.blocks
    FOR EACH ROW EXECUTE FUNCTION friendship.blocks_changed();

-- A user's new nickname or avatar changes the friend lists and block lists that show them.
CREATE FUNCTION friendship.show_profile_change(changed BIGINT) RETURNS VOID
    LANGUAGE sql AS
$$
INSERT INTO friendship.list_changes_staged (list, owner_id, item_key, removed)
SELECT 1, user_id, friend_id, FALSE FROM friendship.friends WHERE friend_id = changed
UNION ALL
SELECT 3, blocker_id, blocked_id, FALSE FROM friendship.blocks WHERE blocked_id = changed;
$$;

-- At most max_rows removals older than the cutoff. Each list's counter is locked first, in (list, owner) order as the
-- numbering takes them; then the removals still due go, and the list's trimmed-through mark rises to the highest
-- version removed.
CREATE FUNCTION friendship.trim_list_changes(cutoff TIMESTAMP WITH TIME ZONE, max_rows INTEGER) RETURNS INTEGER
    LANGUAGE plpgsql AS
$$
DECLARE
    lists   SMALLINT[];
    owners  BIGINT[];
    keys    BIGINT[];
    trimmed INTEGER;
BEGIN
    SELECT array_agg(list), array_agg(owner_id), array_agg(item_key)
    INTO lists, owners, keys
    FROM (SELECT list, owner_id, item_key FROM friendship.list_changes
          WHERE removed AND changed_at < cutoff ORDER BY changed_at LIMIT max_rows) due;
    IF lists IS NULL THEN
        RETURN 0;
    END IF;
    PERFORM 1 FROM friendship.list_versions v
    WHERE (v.list, v.owner_id) IN (SELECT * FROM unnest(lists, owners))
    ORDER BY v.list, v.owner_id FOR UPDATE;
    WITH gone AS (DELETE FROM friendship.list_changes c
                  USING unnest(lists, owners, keys) AS due(list, owner_id, item_key)
                  WHERE c.list = due.list AND c.owner_id = due.owner_id AND c.item_key = due.item_key
                    AND c.removed AND c.changed_at < cutoff
                  RETURNING c.list, c.owner_id, c.version),
         highest AS (SELECT list, owner_id, max(version) AS version, count(*) AS removals FROM gone
                     GROUP BY list, owner_id),
         marked AS (UPDATE friendship.list_versions v SET trimmed_through = GREATEST(v.trimmed_through, h.version)
                    FROM highest h WHERE v.list = h.list AND v.owner_id = h.owner_id)
    SELECT coalesce(sum(removals), 0) INTO trimmed FROM highest;
    RETURN trimmed;
END;
$$;

/* [jooq ignore stop] */
