package io.hichat.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * The {@code {"code", "msg", "data"}} envelope: every answer of the user routes and every error on any route.
 *
 * @param code 200 on success, otherwise an {@link ErrorCode} value
 * @param msg empty on success, otherwise what is wrong in words a client developer understands
 * @param data the payload on success, {@code null} on errors
 */
public record Envelope<T>(int code, String msg, @Nullable T data) {

    private static final int SUCCESS = 200;

    public static <T> Envelope<T> ok(T data) {
        return new Envelope<>(SUCCESS, "", data);
    }

    public static Envelope<Void> error(ErrorCode code, String msg) {
        return new Envelope<>(code.value(), msg, null);
    }
}
