package io.hichat.group.adapter.in.web;

import io.hichat.shared.web.ApiFormats;
import io.swagger.v3.oas.annotations.media.Schema;

/** The document answers {@code {}}; the new group's id is added, as a string like every group id. */
record CreatedGroupResponse(@Schema(pattern = ApiFormats.WRITTEN_ID) String id) {
}
