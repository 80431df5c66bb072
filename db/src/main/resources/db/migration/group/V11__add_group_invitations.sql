-- Invitations into groups, which wait for the invitee's consent (contract §12.1).
CREATE SEQUENCE groups.invitation_id_seq;

-- No key to chat_groups: a dismissed group's invitations outlive its row, ended, for their invitees to see.
CREATE TABLE groups.invitations
(
    id          BIGINT                   NOT NULL DEFAULT nextval('groups.invitation_id_seq'),
    group_id    BIGINT                   NOT NULL,
    invitee_id  BIGINT                   NOT NULL,
    -- who invited; 0 once their account is deleted
    inviter_id  BIGINT                   NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- from then on it cannot be answered, and the sweep ends it as expired
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- 0 pending, 1 accepted, 2 declined, 3 cancelled, 4 expired
    state       SMALLINT                 NOT NULL DEFAULT 0,
    answered_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT invitations_pkey PRIMARY KEY (id),
    CONSTRAINT invitations_state_check CHECK (state IN (0, 1, 2, 3, 4))
);

-- One pending invitation per group and invitee: simultaneous invitations leave one. Also a group's pending ones,
-- which its dismissal ends.
CREATE UNIQUE INDEX invitations_one_pending_per_group_and_invitee
    ON groups.invitations (group_id, invitee_id) WHERE state = 0;
-- My invitations, newest first.
CREATE INDEX invitations_by_invitee ON groups.invitations (invitee_id, id);
-- The sweep: pending invitations by when their time is up.
CREATE INDEX invitations_pending_by_expiry ON groups.invitations (expires_at) WHERE state = 0;
-- An account's deletion: the invitations it sent.
CREATE INDEX invitations_by_inviter ON groups.invitations (inviter_id) WHERE inviter_id <> 0;
