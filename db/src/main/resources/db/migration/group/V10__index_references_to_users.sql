-- An account's deletion finds the groups whose rows name it as a reference (a member's inviter, a notice's
-- poster, a join request's inviter or decider) to name nobody instead. Only set references are indexed: most
-- members brought themselves in, and most requests name no inviter.
CREATE INDEX members_by_inviter ON groups.members (inviter_id) WHERE inviter_id <> user_id;
CREATE INDEX chat_groups_by_notice_poster ON groups.chat_groups (notification_id) WHERE notification_id <> 0;
CREATE INDEX join_requests_by_inviter ON groups.join_requests (inviter_id) WHERE inviter_id <> 0;
CREATE INDEX join_requests_by_handler ON groups.join_requests (handler_id) WHERE handler_id <> 0;
