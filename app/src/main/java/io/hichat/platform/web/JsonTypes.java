package io.hichat.platform.web;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

/** Java types in the words of JSON, for error messages a client developer can act on. */
final class JsonTypes {

    private JsonTypes() {
    }

    static String describe(@Nullable Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "an integer";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
