package io.hichat.group.adapter.in.web;

import org.jspecify.annotations.Nullable;

record CreateGroupBody(@Nullable String name, @Nullable String icon) {
}
