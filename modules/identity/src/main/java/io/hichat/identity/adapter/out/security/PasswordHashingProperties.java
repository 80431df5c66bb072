package io.hichat.identity.adapter.out.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param strength bcrypt's log2 cost; each step doubles the time a hash takes
 * @param parallelism how many hashes may run at once; 0 means one per processor
 * @param queueCapacity how many more may wait for one; past that a login or registration answers 503 at once
 * @param maxWait the longest a request waits for its hash to start; then it answers 503 and the hash is dropped. A
 *     started hash is waited for up to as long again
 */
@ConfigurationProperties("hichat.password")
record PasswordHashingProperties(@DefaultValue("10") int strength, @DefaultValue("0") int parallelism,
        @DefaultValue("16") int queueCapacity, @DefaultValue("750ms") Duration maxWait) {

    PasswordHashingProperties {
        if (strength < 4 || strength > 31) {
            throw new IllegalArgumentException("hichat.password.strength must be between 4 and 31, got " + strength);
        }
        if (parallelism < 0) {
            throw new IllegalArgumentException("hichat.password.parallelism must be 0 or more, got " + parallelism);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("hichat.password.queue-capacity must be 1 or more, got "
                    + queueCapacity);
        }
        if (maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("hichat.password.max-wait must be a positive duration, got " + maxWait);
        }
    }

    int effectiveParallelism() {
        return parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
    }
}
