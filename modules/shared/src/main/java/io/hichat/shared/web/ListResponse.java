package io.hichat.shared.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The document's {@code {"list": [...]}} answer, with {@code next_page_token} added only where more remain, so a
 * client that never pages sees exactly the documented shape, and the list's {@code version} (contract §13), with
 * {@code deleted} on an answer of changes and {@code full} on a whole list that answers a {@code since} no longer
 * kept.
 */
public record ListResponse<T>(List<T> list,
        @JsonProperty("next_page_token") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String nextPageToken,
        @Schema(pattern = ApiFormats.WRITTEN_ID, description = Versioned.VERSION) String version,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = Versioned.DELETED) @Nullable List<String> deleted,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) @Schema(description = Versioned.FULL) boolean full) {

    public static <T> ListResponse<T> of(SyncedPage<T> page) {
        return new ListResponse<>(page.items(), page.nextPageToken(), page.version(), page.deleted(), page.full());
    }

    /** The descriptions of the version fields, for every list answer. */
    public static final class Versioned {

        public static final String VERSION = "the list's version as this answer leaves it: send it as since to "
                + "get only what changes after it";
        public static final String DELETED = "on an answer to since: the keys of the items that left the list";
        public static final String FULL = "true: the whole list, answering a since no longer kept; replace what "
                + "you hold";

        private Versioned() {
        }
    }
}
