package io.hichat.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} controller parameter that receives the access token that authenticated the request, as
 * the client sent it without any {@code Bearer } prefix: for the routes that act on the token itself, such as
 * logging out.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CurrentAccessToken {
}
