/**
 * The settings every deployment must get right, checked when the application starts and before anything touches
 * the database: a refusal names each wrong setting in one line, through a Spring Boot failure analyzer.
 */
@NullMarked
package io.hichat.platform.settings;

import org.jspecify.annotations.NullMarked;
