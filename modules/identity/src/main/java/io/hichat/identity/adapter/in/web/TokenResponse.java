package io.hichat.identity.adapter.in.web;

/**
 * @param expire when the token stops being accepted, in unix seconds (the token's {@code exp})
 */
record TokenResponse(String token, long expire) {
}
