-- How many attempts each subject (a phone's logins, an address's logins, registrations or searches, a user's
-- searches) made in its current window. Every instance on the database counts here, so a limit holds across them.
-- One row per subject, its count restarting when a new window begins; rows of ended windows are deleted.
CREATE TABLE identity.attempt_counters
(
    subject      VARCHAR(100)             NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    window_end   TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts     INTEGER                  NOT NULL,
    CONSTRAINT attempt_counters_pkey PRIMARY KEY (subject)
);

CREATE INDEX attempt_counters_by_end ON identity.attempt_counters (window_end);
