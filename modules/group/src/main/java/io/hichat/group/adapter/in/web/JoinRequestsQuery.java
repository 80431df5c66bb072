package io.hichat.group.adapter.in.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.StringOrInteger;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The fields of the join-request list, from a JSON body or from query parameters.
 *
 * @param type the results wanted, as strings or numbers; empty or left out for all
 * @param requestClass {@code class}: 1 my requests, 2 the requests to a group I manage
 */
record JoinRequestsQuery(
        @JsonDeserialize(using = StringOrInteger.AsText.class)
        @JsonProperty("group_id") @Nullable String groupId,
        @JsonDeserialize(contentUsing = StringOrInteger.AsText.class)
        @Nullable List<String> type,
        @JsonProperty("class") @Nullable Integer requestClass) {

    /** The body's fields where it has them, the query parameters' otherwise. */
    JoinRequestsQuery orElse(JoinRequestsQuery parameters) {
        return new JoinRequestsQuery(groupId != null ? groupId : parameters.groupId,
                type != null ? type : parameters.type,
                requestClass != null ? requestClass : parameters.requestClass);
    }
}
