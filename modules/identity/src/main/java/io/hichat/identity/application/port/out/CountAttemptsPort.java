package io.hichat.identity.application.port.out;

import java.time.Duration;
import java.time.Instant;

public interface CountAttemptsPort {

    /**
     * Counts one more attempt by the subject, in one atomic step shared by every instance: in its current window if
     * that window has not ended at {@code now}, else as the first of a new window of the given length.
     */
    Attempts count(String subject, Duration window, Instant now);

    /** Forgets the subject's attempts, as a successful login does its phone's. */
    void forget(String subject);

    /** Deletes the counts of windows that ended before {@code now}. */
    void forgetEndedBefore(Instant now);

    /** How many attempts the subject's window now holds, and when that window ends. */
    record Attempts(int count, Instant windowEnd) {
    }
}
