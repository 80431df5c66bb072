/**
 * The HTTP edge: both server ports, the error envelope for every failure, request ids, request bodies received
 * whole within their size and time limits, and JSON read strictly by type.
 */
@NullMarked
package io.hichat.platform.web;

import org.jspecify.annotations.NullMarked;
