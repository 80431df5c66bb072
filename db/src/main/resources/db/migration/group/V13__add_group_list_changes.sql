-- What changed in each list of a user or a group, for a client that holds a version of it (contract §13).
-- Lists: 1 my groups (owner: the member; item: the group's id), 2 members (the group; the member's user id), 3 my join
-- requests (the applicant; the request's id), 4 a group's join requests (the group; the request's id), 5 my
-- invitations (the invitee; the invitation's id). Triggers on the tables the lists are read from write every change,
-- whatever code or cascade made it, as friendship's do (V12, decision 0021).

-- A list's current version, and the highest version of a removal trimmed from it: a client holding an older version
-- may have missed that removal, and gets the whole list.
CREATE TABLE groups.list_versions
(
    list            SMALLINT NOT NULL,
    owner_id        BIGINT   NOT NULL,
    version         BIGINT   NOT NULL,
    trimmed_through BIGINT   NOT NULL DEFAULT 0,
    CONSTRAINT list_versions_pkey PRIMARY KEY (list, owner_id)
);

-- The latest change of each item of each list: an addition or field change, or a removal, kept for
-- hichat.sync.removals-kept.
CREATE TABLE groups.list_changes
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
CREATE INDEX list_changes_in_order ON groups.list_changes (list, owner_id, version);
-- The trimming: removals by age.
CREATE INDEX list_removals_by_age ON groups.list_changes (changed_at) WHERE removed;

-- jOOQ's DDL simulation models neither unlogged tables, xid8, functions nor triggers; PostgreSQL runs them, code
-- generation skips them.
/* [jooq ignore start] */

-- Changes a transaction made, until its commit numbers them. Rows live only inside their transaction, so they need
-- no WAL; a crash empties the table, which then holds nothing that committed.
CREATE UNLOGGED TABLE groups.list_changes_staged
(
    txid     XID8     NOT NULL DEFAULT pg_current_xact_id(),
    seq      BIGINT GENERATED ALWAYS AS IDENTITY,
    list     SMALLINT NOT NULL,
    owner_id BIGINT   NOT NULL,
    item_key BIGINT   NOT NULL,
    removed  BOOLEAN  NOT NULL
);

CREATE INDEX list_changes_staged_by_transaction ON groups.list_changes_staged (txid);

-- At commit, once per transaction: the staged changes get versions, each list's counter taken in (list, owner)
-- order, so two committing transactions never wait for each other in a circle; the counter's row lock is held to
-- commit, so the next version of that list cannot commit before this one.
CREATE FUNCTION groups.number_list_changes() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF current_setting('groups.list_changes_numbered', TRUE) = pg_current_xact_id()::TEXT THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('groups.list_changes_numbered', pg_current_xact_id()::TEXT, TRUE);
    WITH staged AS (DELETE FROM groups.list_changes_staged
                    WHERE txid = pg_current_xact_id()
                    RETURNING list, owner_id, item_key, removed, seq),
         latest AS (SELECT DISTINCT ON (list, owner_id, item_key) list, owner_id, item_key, removed, seq
                    FROM staged
                    ORDER BY list, owner_id, item_key, seq DESC),
         numbered AS (SELECT list, owner_id, item_key, removed,
                             row_number() OVER (PARTITION BY list, owner_id ORDER BY seq) AS place,
                             count(*) OVER (PARTITION BY list, owner_id)                  AS changes
                      FROM latest),
         counted AS (INSERT INTO groups.list_versions AS v (list, owner_id, version)
                         SELECT list, owner_id, max(changes) FROM numbered GROUP BY list, owner_id
                         ORDER BY list, owner_id
                         ON CONFLICT (list, owner_id) DO UPDATE SET version = v.version + excluded.version
                         RETURNING list, owner_id, version)
    INSERT INTO groups.list_changes AS c (list, owner_id, item_key, version, removed, changed_at)
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
    AFTER INSERT ON groups.list_changes_staged
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION groups.number_list_changes();

CREATE FUNCTION groups.stage_list_change(list SMALLINT, owner_id BIGINT, item_key BIGINT, removed BOOLEAN)
    RETURNS VOID
    LANGUAGE sql AS
$$
INSERT INTO groups.list_changes_staged (list, owner_id, item_key, removed)
VALUES (list, owner_id, item_key, removed);
$$;

-- A membership is an item of its member's group list and of its group's member list.
CREATE FUNCTION groups.members_changed() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM groups.stage_list_change(1::SMALLINT, OLD.user_id, OLD.group_id, TRUE);
        PERFORM groups.stage_list_change(2::SMALLINT, OLD.group_id, OLD.user_id, TRUE);
    ELSE
        IF TG_OP = 'INSERT' THEN
            PERFORM groups.stage_list_change(1::SMALLINT, NEW.user_id, NEW.group_id, FALSE);
        END IF;
        PERFORM groups.stage_list_change(2::SMALLINT, NEW.group_id, NEW.user_id, FALSE);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER members_listed
    AFTER INSERT OR DELETE OR UPDATE OF role_level, inviter_id, mute_until ON groups.members
    FOR EACH ROW EXECUTE FUNCTION groups.members_changed();

-- A join request is an item of its applicant's request list and of its group's.
CREATE FUNCTION groups.join_requests_changed() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM groups.stage_list_change(3::SMALLINT, OLD.applicant_id, OLD.id, TRUE);
        PERFORM groups.stage_list_change(4::SMALLINT, OLD.group_id, OLD.id, TRUE);
    ELSE
        PERFORM groups.stage_list_change(3::SMALLINT, NEW.applicant_id, NEW.id, FALSE);
        PERFORM groups.stage_list_change(4::SMALLINT, NEW.group_id, NEW.id, FALSE);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER join_requests_listed
    AFTER INSERT OR DELETE OR UPDATE ON groups.join_requests
    FOR EACH ROW EXECUTE FUNCTION groups.join_requests_changed();

-- An invitation is an item of its invitee's invitation list.
CREATE FUNCTION groups.invitations_changed() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM groups.stage_list_change(5::SMALLINT, OLD.invitee_id, OLD.id, TRUE);
    ELSE
        PERFORM groups.stage_list_change(5::SMALLINT, NEW.invitee_id, NEW.id, FALSE);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER invitations_listed
    AFTER INSERT OR DELETE OR UPDATE ON groups.invitations
    FOR EACH ROW EXECUTE FUNCTION groups.invitations_changed();

-- The group's fields that the lists show (a group list item; the group in a join request or an invitation) changed,
-- or the group is gone (its invitations then show only its id): every item showing it changed. Members and join
-- requests that go with a dismissed group are removals of their own, written by their triggers.
CREATE FUNCTION groups.group_shown_changed() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    changed BIGINT := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO groups.list_changes_staged (list, owner_id, item_key, removed)
        SELECT 1, user_id, group_id, FALSE FROM groups.members WHERE group_id = changed
        UNION ALL
        SELECT 3, applicant_id, id, FALSE FROM groups.join_requests WHERE group_id = changed
        UNION ALL
        SELECT 4, group_id, id, FALSE FROM groups.join_requests WHERE group_id = changed;
    END IF;
    INSERT INTO groups.list_changes_staged (list, owner_id, item_key, removed)
    SELECT 5, invitee_id, id, FALSE FROM groups.invitations WHERE group_id = changed;
    RETURN NULL;
END;
$$;

CREATE TRIGGER chat_groups_shown
    AFTER UPDATE OF name, icon, creator_id, group_type, needs_verification, notification_id ON groups.chat_groups
    FOR EACH ROW
    WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.icon IS DISTINCT FROM NEW.icon
        OR OLD.creator_id IS DISTINCT FROM NEW.creator_id OR OLD.group_type IS DISTINCT FROM NEW.group_type
        OR OLD.needs_verification IS DISTINCT FROM NEW.needs_verification
        OR OLD.notification_id IS DISTINCT FROM NEW.notification_id)
    EXECUTE FUNCTION groups.group_shown_changed();

CREATE TRIGGER chat_groups_gone
    AFTER DELETE ON groups.chat_groups
    FOR EACH ROW EXECUTE FUNCTION groups.group_shown_changed();

-- A user's new nickname or avatar changes the member lists, the join requests and the invitations that show them.
CREATE FUNCTION groups.show_profile_change(changed BIGINT) RETURNS VOID
    LANGUAGE sql AS
$$
INSERT INTO groups.list_changes_staged (list, owner_id, item_key, removed)
SELECT 2, group_id, user_id, FALSE FROM groups.members WHERE user_id = changed
UNION ALL
SELECT 3, applicant_id, id, FALSE FROM groups.join_requests WHERE applicant_id = changed
UNION ALL
SELECT 4, group_id, id, FALSE FROM groups.join_requests WHERE applicant_id = changed
UNION ALL
SELECT 5, invitee_id, id, FALSE FROM groups.invitations WHERE inviter_id = changed;
$$;

-- At most max_rows removals older than the cutoff. Each list's counter is locked first, in (list, owner) order as the
-- numbering takes them; then the removals still due go, and the list's trimmed-through mark rises to the highest
-- version removed.
CREATE FUNCTION groups.trim_list_changes(cutoff TIMESTAMP WITH TIME ZONE, max_rows INTEGER) RETURNS INTEGER
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
    FROM (SELECT list, owner_id, item_key FROM groups.list_changes
          WHERE removed AND changed_at < cutoff ORDER BY changed_at LIMIT max_rows) due;
    IF lists IS NULL THEN
        RETURN 0;
    END IF;
    PERFORM 1 FROM groups.list_versions v
    WHERE (v.list, v.owner_id) IN (SELECT * FROM unnest(lists, owners))
    ORDER BY v.list, v.owner_id FOR UPDATE;
    WITH gone AS (DELETE FROM groups.list_changes c
                  USING unnest(lists, owners, keys) AS due(list, owner_id, item_key)
                  WHERE c.list = due.list AND c.owner_id = due.owner_id AND c.item_key = due.item_key
                    AND c.removed AND c.changed_at < cutoff
                  RETURNING c.list, c.owner_id, c.version),
         highest AS (SELECT list, owner_id, max(version) AS version, count(*) AS removals FROM gone
                     GROUP BY list, owner_id),
         marked AS (UPDATE groups.list_versions v SET trimmed_through = GREATEST(v.trimmed_through, h.version)
                    FROM highest h WHERE v.list = h.list AND v.owner_id = h.owner_id)
    SELECT coalesce(sum(removals), 0) INTO trimmed FROM highest;
    RETURN trimmed;
END;
$$;

/* [jooq ignore stop] */
