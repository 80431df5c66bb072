package io.hichat.identity.adapter.in.web;

import org.jspecify.annotations.Nullable;

/** The login body; the other fields the document's v2 example sends (nickname, sex, avatar) are ignored. */
record LoginRequest(@Nullable String phone, @Nullable String password) {
}
