/**
 * The published API description ({@code /v3/api-docs}, {@code /swagger-ui.html}): what springdoc reads off the
 * controllers, completed with the contract's error envelope, the token scheme, the documented aliases and the
 * examples of the API document the clients were written against.
 */
@NullMarked
package io.hichat.platform.openapi;

import org.jspecify.annotations.NullMarked;
