-- The benchmark's data set, written straight into a migrated, empty database:
-- 10,000 users sharing one bcrypt hash (cost 10, of the password "benchpass"),
-- 50 friends each (users u±1..25, wrapping around), with the accepted requests that made them;
-- 10 pending friend requests sent and 10 received by each user;
-- 500 groups of 200 members (each user in 10 groups; creator, two managers, members),
-- each with 20 pending and 20 refused join requests.
\set users 10000
\set groups 500

BEGIN;

INSERT INTO identity.users (id, phone, password_hash, nickname, sex, avatar, registered_at, last_login_at)
SELECT u, (13000000000 + u)::text, '$2a$10$OwosJYnFd6oZkAjnxg3zG.CI5pPCJ144zYD8E.6JeYkMP1hsAKtoa',
       'user' || u, u % 3, 'https://cdn.example.com/avatar/' || u || '.png', now(), now()
FROM generate_series(1, :users) AS u;
SELECT setval('identity.user_id_seq', :users);

-- Friendships: one accepted request per pair, then one entry per direction.
INSERT INTO friendship.friend_requests (id, applicant_id, recipient_id, message, requested_at, handle_result,
                                        handled_at)
SELECT (u - 1) * 25 + k, u, (u - 1 + k) % :users + 1, 'hi', now() - interval '30 days', 1, now() - interval '29 days'
FROM generate_series(1, :users) AS u, generate_series(1, 25) AS k;

INSERT INTO friendship.friendships (user_low, user_high, friend_request_id, created_at)
SELECT LEAST(applicant_id, recipient_id), GREATEST(applicant_id, recipient_id), id, handled_at
FROM friendship.friend_requests;

INSERT INTO friendship.friends (user_id, friend_id, remark, friend_request_id, created_at)
SELECT applicant_id, recipient_id, NULL, id, handled_at FROM friendship.friend_requests
UNION ALL
SELECT recipient_id, applicant_id, NULL, id, handled_at FROM friendship.friend_requests
ORDER BY 4, 1;

-- Pending requests: each user asks the users 100..109 places ahead (never friends, never asked by the benchmark).
INSERT INTO friendship.friend_requests (id, applicant_id, recipient_id, message, requested_at, handle_result)
SELECT :users * 25 + (u - 1) * 10 + j + 1, u, (u - 1 + 100 + j) % :users + 1, '我是你大学同学', now(), 0
FROM generate_series(1, :users) AS u, generate_series(0, 9) AS j;
SELECT setval('friendship.friend_request_id_seq', :users * 35);

-- Groups: group g's members are the 200 users from (g - 1) * 20 + 1 on, wrapping around.
INSERT INTO groups.chat_groups (id, name, icon, creator_id, group_type, needs_verification, notification_id,
                                created_at)
SELECT g, 'group ' || g, 'https://cdn.example.com/group/' || g || '.png', ((g - 1) * 20) % :users + 1, 1, TRUE, 0,
       now() - interval '60 days'
FROM generate_series(1, :groups) AS g;
SELECT setval('groups.group_id_seq', :groups);

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
SELECT setval('groups.join_request_id_seq', :groups * 40);

COMMIT;

VACUUM ANALYZE;
