package io.hichat.shared.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times as the domain keeps them. */
public final class Instants {

    private Instants() {
    }

    /** To the microsecond, as PostgreSQL keeps them, so a stored aggregate equals the one that was saved. */
    public static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
