package io.hichat.group.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.StringOrInteger;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

record AnswerInvitationBody(
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = ApiFormats.ID, example = "3",
                description = "the invitation, as a string (a number is read too)")
        @JsonProperty("invitation_id") @StringOrInteger.ReadAsText @Nullable String invitationId,
        @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = { "1", "2", "3" },
                description = "1 accept, 2 decline (the invitee); 3 cancel (the inviter)")
        @JsonProperty("handle_result") @Nullable Integer handleResult) {
}
