-- Deleting a friend request (an account's clean-up deletes all of its requests) checks that no friendship and no
-- friend entry still names it. Without an index on the naming column each check read the whole table: 4.6 s for
-- one account's 72 requests at 10,000 users, minutes at a million (docs/performance.md).
CREATE INDEX friendships_by_request ON friendship.friendships (friend_request_id);
CREATE INDEX friends_by_request ON friendship.friends (friend_request_id);
