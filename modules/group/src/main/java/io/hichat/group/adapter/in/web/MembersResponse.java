package io.hichat.group.adapter.in.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.ListResponse.Versioned;
import io.hichat.shared.web.SyncedPage;
import io.swagger.v3.oas.annotations.media.Schema;

/** The member list as documented, under {@code "List"} with a capital L, and its version as every list's. */
record MembersResponse(@JsonProperty("List") List<MemberItem> list,
        @JsonProperty("next_page_token") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String nextPageToken,
        @Schema(pattern = ApiFormats.WRITTEN_ID, description = Versioned.VERSION) String version,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = Versioned.DELETED) @Nullable List<String> deleted,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) @Schema(description = Versioned.FULL) boolean full) {

    static MembersResponse of(SyncedPage<MemberItem> page) {
        return new MembersResponse(page.items(), page.nextPageToken(), page.version(), page.deleted(), page.full());
    }
}
