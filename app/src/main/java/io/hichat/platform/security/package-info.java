/**
 * Access-token authentication for every route but the public ones, and CORS for browser clients.
 */
@NullMarked
package io.hichat.platform.security;

import org.jspecify.annotations.NullMarked;
