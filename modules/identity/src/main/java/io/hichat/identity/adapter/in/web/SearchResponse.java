package io.hichat.identity.adapter.in.web;

import java.util.List;

import io.hichat.shared.web.ApiFormats;
import io.swagger.v3.oas.annotations.media.Schema;

/** The accounts a search found: none or one, each as its public card, never with the phone. */
record SearchResponse(List<UserCard> list) {

    record UserCard(
            @Schema(pattern = ApiFormats.WRITTEN_ID) String id,
            String nickname,
            @Schema(allowableValues = { "0", "1", "2" }, description = "0 unknown, 1 male, 2 female") int sex,
            String avatar) {
    }
}
