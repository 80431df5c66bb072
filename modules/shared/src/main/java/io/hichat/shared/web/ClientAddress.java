package io.hichat.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} controller parameter that receives the address the request came from: the connection's,
 * or the client's as a trusted proxy reports it when one is configured ({@code server.forward-headers-strategy}),
 * never a header a client could write itself.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ClientAddress {
}
