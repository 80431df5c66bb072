package io.hichat.shared.codes;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The small numbers an adapter writes the values of a closed set as: the API document's codes in a web adapter, a
 * column's values in a persistence adapter. The domain names its values; each adapter says, once, how its side
 * writes them, and the table holds the two directions together.
 */
public final class Codes<E extends Enum<E>> {

    private final Map<E, Integer> codeOf;
    private final Map<Integer, E> valueOf = new HashMap<>();

    private Codes(Class<E> type, Map<E, Integer> codes) {
        this.codeOf = new EnumMap<>(type);
        this.codeOf.putAll(codes);
        for (E value : type.getEnumConstants()) {
            Integer code = codes.get(value);
            if (code == null || valueOf.put(code, value) != null) {
                throw new IllegalArgumentException("every " + type.getSimpleName() + " needs a code of its own; "
                        + value + " has " + (code == null ? "none" : "one taken already"));
            }
        }
    }

    /** A code for each value of the enum, each code different. */
    public static <E extends Enum<E>> Codes<E> of(Class<E> type, Map<E, Integer> codes) {
        return new Codes<>(type, codes);
    }

    public int code(E value) {
        return codeOf.get(value);
    }

    /** The value written as {@code code}, if one is. */
    public Optional<E> find(int code) {
        return Optional.ofNullable(valueOf.get(code));
    }

    /** The value a trusted source (a column this adapter wrote) holds; an unknown code is a broken invariant. */
    public E valueOf(int code) {
        return find(code).orElseThrow(() -> new IllegalStateException("no value is written as " + code));
    }
}
