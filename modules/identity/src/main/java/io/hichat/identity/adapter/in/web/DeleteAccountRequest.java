package io.hichat.identity.adapter.in.web;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** A deletion's body, for clients that send one; the query parameter password comes first. */
record DeleteAccountRequest(
        @Schema(minLength = 1, format = "password", example = "dsafasf", description = "the account's password, if "
                + "not given as the query parameter password; a wrong one answers 401")
        @Nullable String password) {
}
