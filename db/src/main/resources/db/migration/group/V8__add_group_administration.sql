-- Group administration: a notice, mutes, a size limit, one creator at every moment, and dismissal.

-- The group's notice, who posted it (notification_id, 0 while none, as the group list has always shown it) and when;
-- and until when the whole group is muted (NULL: not muted).
ALTER TABLE groups.chat_groups
    ADD COLUMN notification VARCHAR(1000) NOT NULL DEFAULT '';
ALTER TABLE groups.chat_groups
    ADD COLUMN notification_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE groups.chat_groups
    ADD COLUMN mute_until TIMESTAMP WITH TIME ZONE;

-- Until when a member is muted (NULL: not muted).
ALTER TABLE groups.members
    ADD COLUMN mute_until TIMESTAMP WITH TIME ZONE;

-- How many members a group has, kept by the trigger below, and how many it may have: the setting
-- hichat.group.max-members when the group was created.
ALTER TABLE groups.chat_groups
    ADD COLUMN member_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE groups.chat_groups
    ADD COLUMN max_members INTEGER NOT NULL DEFAULT 2000;

-- Groups made before: their count, and a limit no lower than it. (Data only: code generation skips it.)
/* [jooq ignore start] */
UPDATE groups.chat_groups g
SET member_count = (SELECT count(*) FROM groups.members m WHERE m.group_id = g.id);

UPDATE groups.chat_groups
SET max_members = GREATEST(max_members, member_count);
/* [jooq ignore stop] */

ALTER TABLE groups.chat_groups
    ADD CONSTRAINT chat_groups_within_limit CHECK (member_count <= max_members);
ALTER TABLE groups.chat_groups
    ADD CONSTRAINT chat_groups_limit_positive CHECK (max_members >= 1);

-- At most one creator per group; with the check at commit below, exactly one.
CREATE UNIQUE INDEX members_one_creator_per_group ON groups.members (group_id) WHERE role_level = 2;

-- A dismissed group is deleted, and its members and requests with it: no membership outlives its group.
ALTER TABLE groups.members
    DROP CONSTRAINT members_of_group;
ALTER TABLE groups.members
    ADD CONSTRAINT members_of_group FOREIGN KEY (group_id) REFERENCES groups.chat_groups (id) ON DELETE CASCADE;
ALTER TABLE groups.join_requests
    DROP CONSTRAINT join_requests_to_group;
ALTER TABLE groups.join_requests
    ADD CONSTRAINT join_requests_to_group FOREIGN KEY (group_id) REFERENCES groups.chat_groups (id)
        ON DELETE CASCADE;

-- jOOQ's DDL simulation models no functions or triggers; PostgreSQL runs them, code generation skips them.
/* [jooq ignore start] */

CREATE FUNCTION groups.count_members() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE groups.chat_groups SET member_count = member_count + 1 WHERE id = NEW.group_id;
    ELSE
        UPDATE groups.chat_groups SET member_count = member_count - 1 WHERE id = OLD.group_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER members_counted
    AFTER INSERT OR DELETE ON groups.members
    FOR EACH ROW EXECUTE FUNCTION groups.count_members();

-- At every commit, a group that exists has its creator among its members, as its one member of role 2.
CREATE FUNCTION groups.check_creator() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    changed BIGINT;
BEGIN
    IF TG_TABLE_NAME = 'chat_groups' THEN
        changed := NEW.id;
    ELSIF TG_OP = 'DELETE' THEN
        changed := OLD.group_id;
    ELSE
        changed := NEW.group_id;
    END IF;
    IF EXISTS (SELECT 1 FROM groups.chat_groups g WHERE g.id = changed AND NOT EXISTS (
            SELECT 1 FROM groups.members m
            WHERE m.group_id = g.id AND m.user_id = g.creator_id AND m.role_level = 2)) THEN
        RAISE EXCEPTION 'group % has no creator among its members', changed
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER chat_groups_have_their_creator
    AFTER INSERT OR UPDATE ON groups.chat_groups
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION groups.check_creator();

CREATE CONSTRAINT TRIGGER members_keep_the_creator
    AFTER INSERT OR UPDATE OR DELETE ON groups.members
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION groups.check_creator();

/* [jooq ignore stop] */
