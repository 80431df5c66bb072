package io.hichat.identity.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.swagger.v3.oas.annotations.media.Schema;

/** The profile answer: {@code {"info": {...}}}, with the document's field names, capital I included. */
record ProfileResponse(Info info) {

    /**
     * @param lastLogin unix seconds as a string, as documented
     */
    record Info(
            @Schema(pattern = ApiFormats.WRITTEN_ID) String id,
            String mobile,
            String nickname,
            @Schema(allowableValues = { "0", "1", "2" }, description = "0 unknown, 1 male, 2 female") int sex,
            String avatar,
            @Schema(pattern = ApiFormats.UNIX_SECONDS) String lastLogin,
            @JsonProperty("Introduction") String introduction,
            String email) {
    }
}
