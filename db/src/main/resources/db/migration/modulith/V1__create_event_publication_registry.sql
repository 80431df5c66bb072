-- Spring Modulith's JDBC event publication registry (its PostgreSQL DDL, v2 structure),
-- owned by Flyway rather than by Modulith's own schema initialisation.
CREATE SCHEMA IF NOT EXISTS modulith;

CREATE TABLE IF NOT EXISTS modulith.event_publication
(
    id                     UUID                     NOT NULL,
    listener_id            TEXT                     NOT NULL,
    event_type             TEXT                     NOT NULL,
    serialized_event       TEXT                     NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id)
);

-- jOOQ's DDL simulation cannot model a hash index; PostgreSQL runs it, code generation skips it.
/* [jooq ignore start] */
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx
    ON modulith.event_publication USING hash (serialized_event);
/* [jooq ignore stop] */

CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx
    ON modulith.event_publication (completion_date);
