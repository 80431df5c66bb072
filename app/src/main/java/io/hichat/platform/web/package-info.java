/**
 * The HTTP edge: both server ports, the error envelope for every failure, request ids and the body size limit.
 */
@NullMarked
package io.hichat.platform.web;

import org.jspecify.annotations.NullMarked;
