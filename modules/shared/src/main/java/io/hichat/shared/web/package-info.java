/**
 * The wire envelope, the error codes of the API contract, the current user and the public-route declaration.
 */
@NullMarked
package io.hichat.shared.web;

import org.jspecify.annotations.NullMarked;
