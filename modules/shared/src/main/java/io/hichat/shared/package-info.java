/**
 * HiChat's shared kernel: {@code domain}, the plain-Java types every context's domain uses the same way, and
 * {@code web}, the web-edge types every context's web adapter uses the same way, and {@code codes}, how adapters write
 * a domain's closed sets as numbers. Only what at least two contexts would otherwise repeat; nothing
 * context-specific.
 */
@NullMarked
package io.hichat.shared;

import org.jspecify.annotations.NullMarked;
