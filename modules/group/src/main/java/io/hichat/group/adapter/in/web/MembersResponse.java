package io.hichat.group.adapter.in.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.Page;

/** The member list as documented, under {@code "List"} with a capital L. */
record MembersResponse(@JsonProperty("List") List<MemberItem> list,
        @JsonProperty("next_page_token") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String nextPageToken) {

    static MembersResponse of(Page<MemberItem> page) {
        return new MembersResponse(page.items(), page.nextPageToken());
    }
}
