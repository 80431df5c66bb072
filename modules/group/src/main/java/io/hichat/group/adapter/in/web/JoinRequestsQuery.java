package io.hichat.group.adapter.in.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.StringOrInteger;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The fields of the join-request list, from a JSON body or from query parameters.
 *
 * @param type the results wanted, as strings or numbers; empty or left out for all
 * @param requestClass {@code class}: 1 my requests, 2 the requests to a group I manage
 */
record JoinRequestsQuery(
        @Schema(pattern = ApiFormats.OPTIONAL_ID, example = "13",
                description = "the group whose requests are wanted; required for class 2")
        @JsonProperty("group_id") @StringOrInteger.ReadAsText @Nullable String groupId,
        @JsonDeserialize(contentUsing = StringOrInteger.AsText.class)
        @ArraySchema(schema = @Schema(allowableValues = { "0", "1", "2" }),
                arraySchema = @Schema(description = "the results wanted: 0 pending, 1 approved, 2 refused; "
                        + "empty or left out for all"))
        @Nullable List<String> type,
        @Schema(allowableValues = { "1", "2" }, description = "1 my requests, 2 the requests to a group I manage; "
                + "left out: 2 when group_id is given, 1 otherwise")
        @JsonProperty("class") @Nullable Integer requestClass) {

    /** The body's fields where it has them, the query parameters' otherwise. */
    JoinRequestsQuery orElse(JoinRequestsQuery parameters) {
        return new JoinRequestsQuery(groupId != null ? groupId : parameters.groupId,
                type != null ? type : parameters.type,
                requestClass != null ? requestClass : parameters.requestClass);
    }
}
