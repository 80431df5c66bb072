-- The benchmark's data set, written straight into a migrated, empty database, at the scale bench/run passes
-- (psql -v users=N -v groups=M; the default scale is 10,000 users and 500 groups, the large one 100 times that):
-- N users sharing one bcrypt hash (cost 10, of the password "benchpass"),
-- 50 friends each (users u±1..25, wrapping around), with the accepted requests that made them;
-- 10 pending friend requests sent and 10 received by each user; 2 users blocked by each user;
-- M groups of 200 members (with N = 20 M, each user in 10 groups; creator, two managers, members),
-- each with 20 pending and 20 refused join requests and 40 pending invitations from its creator;
-- and three heavy accounts after the N users: user N+1 with 5,000 friends (users 1..5000), user N+2 creating
-- group M+1 at its member limit (2,000: itself and users 1..1999), user N+3 creating group M+2 with 10,000 pending
-- join requests (users 1..10000); the first two lists with a history of changes, for since (contract §13).
--
-- Rows are written in bulk, as a restore would write them: with the tables' triggers off (session_replication_role;
-- the data set is consistent by construction, and the member counts the triggers keep are written directly), and
-- with their keys and indexes dropped first and built again, by their own definitions, once the rows are in.

SET session_replication_role = replica;
SET maintenance_work_mem = '1GB';
SET synchronous_commit = off;

BEGIN;

CREATE TEMPORARY TABLE seeded_tables (name regclass) ON COMMIT DROP;
INSERT INTO seeded_tables
VALUES ('identity.users'), ('friendship.friend_requests'), ('friendship.friendships'), ('friendship.friends'),
       ('friendship.blocks'), ('groups.chat_groups'), ('groups.members'), ('groups.join_requests'),
       ('groups.invitations');

-- What to build again, in order: keys first, then the indexes that are no key, then the references between rows.
CREATE TEMPORARY TABLE rebuilt (step int, definition text) ON COMMIT DROP;
INSERT INTO rebuilt
SELECT CASE contype WHEN 'f' THEN 3 ELSE 1 END,
       format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
FROM pg_constraint
WHERE contype IN ('p', 'u', 'f') AND (conrelid IN (SELECT name FROM seeded_tables)
                                      OR confrelid IN (SELECT name FROM seeded_tables))
UNION ALL
SELECT 2, pg_get_indexdef(indexrelid)
FROM pg_index
WHERE indrelid IN (SELECT name FROM seeded_tables)
  AND indexrelid NOT IN (SELECT conindid FROM pg_constraint WHERE contype IN ('p', 'u'));

DO $$
DECLARE
    dropped record;
BEGIN
    FOR dropped IN SELECT conrelid::regclass AS owner, conname FROM pg_constraint
                   WHERE contype IN ('p', 'u', 'f')
                     AND (conrelid IN (SELECT name FROM seeded_tables) OR confrelid IN (SELECT name FROM seeded_tables))
                   ORDER BY contype = 'f' DESC LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', dropped.owner, dropped.conname);
    END LOOP;
    FOR dropped IN SELECT indexrelid::regclass AS name FROM pg_index
                   WHERE indrelid IN (SELECT name FROM seeded_tables) LOOP
        EXECUTE format('DROP INDEX %s', dropped.name);
    END LOOP;
END;
$$;

INSERT INTO identity.users (id, phone, password_hash, nickname, sex, avatar, registered_at, last_login_at)
SELECT u, (13000000000 + u)::text, '$2a$10$OwosJYnFd6oZkAjnxg3zG.CI5pPCJ144zYD8E.6JeYkMP1hsAKtoa',
       'user' || u, u % 3, 'https://cdn.example.com/avatar/' || u || '.png', now(), now()
FROM generate_series(1, :users + 3) AS u;
SELECT setval('identity.user_id_seq', :users + 3);

-- Friendships: one accepted request per pair, then the friendship, then one entry per direction.
INSERT INTO friendship.friend_requests (id, applicant_id, recipient_id, message, requested_at, handle_result,
                                        handled_at)
SELECT (u - 1) * 25 + k, u, (u - 1 + k) % :users + 1, 'hi', now() - interval '30 days', 1, now() - interval '29 days'
FROM generate_series(1, :users) AS u, generate_series(1, 25) AS k;

-- Pending requests: each user asks the users 100..109 places ahead (never friends, never asked by the benchmark).
INSERT INTO friendship.friend_requests (id, applicant_id, recipient_id, message, requested_at, handle_result)
SELECT :users * 25 + (u - 1) * 10 + j + 1, u, (u - 1 + 100 + j) % :users + 1, '我是你大学同学', now(), 0
FROM generate_series(1, :users) AS u, generate_series(0, 9) AS j;

-- The heavy account N+1 and its 5,000 friends, each by a request it accepted.
INSERT INTO friendship.friend_requests (id, applicant_id, recipient_id, message, requested_at, handle_result,
                                        handled_at)
SELECT :users * 35 + f, f, :users + 1, 'hi', now() - interval '30 days', 1, now() - interval '29 days'
FROM generate_series(1, 5000) AS f;
SELECT setval('friendship.friend_request_id_seq', :users * 35 + 5000);

INSERT INTO friendship.friendships (user_low, user_high, friend_request_id, created_at)
SELECT LEAST(applicant_id, recipient_id), GREATEST(applicant_id, recipient_id), id, handled_at
FROM friendship.friend_requests
WHERE handle_result = 1;

INSERT INTO friendship.friends (user_id, friend_id, remark, friend_request_id, created_at)
SELECT user_id, friend_id, NULL, id, handled_at
FROM friendship.friend_requests,
     LATERAL (VALUES (applicant_id, recipient_id), (recipient_id, applicant_id)) AS entry(user_id, friend_id)
WHERE handle_result = 1
ORDER BY id, user_id;

-- Blocks: each user blocks the users 300 and 301 places ahead (neither friends nor asked).
INSERT INTO friendship.blocks (blocker_id, blocked_id, blocked_at)
SELECT u, (u - 1 + 300 + j) % :users + 1, now() - interval '1 day' + j * interval '1 minute'
FROM generate_series(1, :users) AS u, generate_series(0, 1) AS j
ORDER BY u, j;

-- Groups: group g's members are the 200 users from (g - 1) * 20 + 1 on, wrapping around.
INSERT INTO groups.chat_groups (id, name, icon, creator_id, group_type, needs_verification, notification_id,
                                created_at, member_count)
SELECT g, 'group ' || g, 'https://cdn.example.com/group/' || g || '.png', ((g - 1) * 20) % :users + 1, 1, TRUE, 0,
       now() - interval '60 days', 200
FROM generate_series(1, :groups) AS g;

INSERT INTO groups.members (group_id, user_id, role_level, inviter_id, joined_at)
SELECT g, ((g - 1) * 20 + j) % :users + 1,
       CASE WHEN j = 0 THEN 2 WHEN j <= 2 THEN 1 ELSE 0 END,
       ((g - 1) * 20) % :users + 1,
       now() - interval '60 days' + j * interval '1 minute'
FROM generate_series(1, :groups) AS g, generate_series(0, 199) AS j
ORDER BY g, j;

-- Join requests: 20 refused and 20 pending per group, from the 40 users after its members.
INSERT INTO groups.join_requests (id, group_id, applicant_id, message, join_source, inviter_id, requested_at,
                                  handle_result, handler_id, handled_at)
SELECT (g - 1) * 40 + j + 1, g, ((g - 1) * 20 + 200 + j) % :users + 1, '我是一个php程序员，目前正在学习rust', 1, 0,
       now() - interval '1 day' + j * interval '1 minute',
       CASE WHEN j < 20 THEN 2 ELSE 0 END,
       CASE WHEN j < 20 THEN ((g - 1) * 20) % :users + 1 ELSE 0 END,
       CASE WHEN j < 20 THEN now() ELSE NULL END
FROM generate_series(1, :groups) AS g, generate_series(0, 39) AS j;

-- Invitations: 40 pending per group, from its creator to the 40 users after its applicants.
INSERT INTO groups.invitations (id, group_id, invitee_id, inviter_id, sent_at, expires_at, state)
SELECT (g - 1) * 40 + j + 1, g, ((g - 1) * 20 + 240 + j) % :users + 1, ((g - 1) * 20) % :users + 1,
       now() - interval '1 hour', now() + interval '7 days', 0
FROM generate_series(1, :groups) AS g, generate_series(0, 39) AS j;
SELECT setval('groups.invitation_id_seq', :groups * 40);

-- The heavy groups: M+1 at its limit of 2,000 members, M+2 with its creator alone and 10,000 pending requests.
INSERT INTO groups.chat_groups (id, name, icon, creator_id, group_type, needs_verification, notification_id,
                                created_at, member_count, max_members)
VALUES (:groups + 1, 'full group', 'https://cdn.example.com/group/full.png', :users + 2, 1, TRUE, 0,
        now() - interval '60 days', 2000, 2000),
       (:groups + 2, 'wanted group', 'https://cdn.example.com/group/wanted.png', :users + 3, 1, TRUE, 0,
        now() - interval '60 days', 1, 2000);
SELECT setval('groups.group_id_seq', :groups + 2);

INSERT INTO groups.members (group_id, user_id, role_level, inviter_id, joined_at)
SELECT :groups + 1, CASE WHEN j = 0 THEN :users + 2 ELSE j END, CASE WHEN j = 0 THEN 2 ELSE 0 END, :users + 2,
       now() - interval '60 days' + j * interval '1 second'
FROM generate_series(0, 1999) AS j
UNION ALL
SELECT :groups + 2, :users + 3, 2, :users + 3, now() - interval '60 days';

INSERT INTO groups.join_requests (id, group_id, applicant_id, message, join_source, inviter_id, requested_at,
                                  handle_result, handler_id)
SELECT :groups * 40 + a, :groups + 2, a, '我是一个php程序员，目前正在学习rust', 1, 0,
       now() - interval '1 day' + a * interval '1 second', 0, 0
FROM generate_series(1, 10000) AS a;
SELECT setval('groups.join_request_id_seq', :groups * 40 + 10000);

-- The heavy lists' histories, as if each item had come one at a time (contract §13): the friend list of user N+1
-- at version 5,000 and the member list of group M+1 at version 2,000, one change per item, the last the newest.
INSERT INTO friendship.list_versions (list, owner_id, version)
VALUES (1, :users + 1, 5000);
INSERT INTO friendship.list_changes (list, owner_id, item_key, version, removed, changed_at)
SELECT 1, :users + 1, f, f, FALSE, now() - interval '30 days' + f * interval '1 second'
FROM generate_series(1, 5000) AS f;
INSERT INTO groups.list_versions (list, owner_id, version)
VALUES (2, :groups + 1, 2000);
INSERT INTO groups.list_changes (list, owner_id, item_key, version, removed, changed_at)
SELECT 2, :groups + 1, CASE WHEN j = 0 THEN :users + 2 ELSE j END, j + 1, FALSE,
       now() - interval '60 days' + j * interval '1 second'
FROM generate_series(0, 1999) AS j;

DO $$
DECLARE
    definition text;
BEGIN
    FOR definition IN SELECT rebuilt.definition FROM rebuilt ORDER BY step LOOP
        EXECUTE definition;
    END LOOP;
END;
$$;

COMMIT;

RESET session_replication_role;
VACUUM ANALYZE;
