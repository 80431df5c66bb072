/**
 * HiChat's shared kernel: the handful of web-edge types that every context's web adapter uses the same way.
 * It holds no domain logic and no context depends on it in its domain or application layer.
 */
@NullMarked
package io.hichat.shared;

import org.jspecify.annotations.NullMarked;
