package io.hichat.shared.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The document's {@code {"list": [...]}} answer, with {@code next_page_token} added only where more remain, so a
 * client that never pages sees exactly the documented shape.
 */
public record ListResponse<T>(List<T> list,
        @JsonProperty("next_page_token") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String nextPageToken) {

    public static <T> ListResponse<T> of(Page<T> page) {
        return new ListResponse<>(page.items(), page.nextPageToken());
    }
}
