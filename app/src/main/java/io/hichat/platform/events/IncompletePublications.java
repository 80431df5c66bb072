package io.hichat.platform.events;

import org.springframework.jdbc.core.JdbcOperations;

import lombok.RequiredArgsConstructor;

/**
 * How many event publications wait for their listener: in flight, failed, or left by a process that died. Completed
 * ones are deleted (completion-mode delete), so this stays near zero while the listeners keep up; a gauge of it says
 * when they do not.
 */
@RequiredArgsConstructor
public class IncompletePublications {

    private final JdbcOperations jdbc;

    public long count() {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM modulith.event_publication WHERE completion_date IS NULL", Long.class);
        return count == null ? 0 : count;
    }
}
