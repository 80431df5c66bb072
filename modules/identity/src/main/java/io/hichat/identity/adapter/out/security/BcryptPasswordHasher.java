package io.hichat.identity.adapter.out.security;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import io.hichat.identity.application.port.out.HashPasswordPort;
import io.hichat.identity.domain.PasswordHash;
import io.hichat.identity.domain.PasswordHashingBusy;
import io.hichat.identity.domain.PlainPassword;

/**
 * bcrypt, deliberately slow: tens of milliseconds of one core per hash. Hashes run on their own few threads of the
 * lowest priority, so a burst of logins takes only the processor time other requests leave over instead of
 * stalling them. The priority reaches the operating system when the JVM runs with {@code -XX:ThreadPriorityPolicy=1}
 * (see {@code app/jvm.options}); without it the threads only bound how many hashes run at once. The queue in front
 * of them is bounded too: a hash that finds it full is not queued, and its request answers 503 at once. And so is the
 * wait: when the processors are busy with other requests, hashes run slowly, and a request whose hash has not
 * started within {@code hichat.password.max-wait} answers 503 rather than keep its client waiting.
 */
@Component
class BcryptPasswordHasher implements HashPasswordPort, DisposableBean {

    /** bcrypt's work does not depend on the password, so any candidate costs what a real one does. */
    private static final String NOT_THE_DECOY = "not the decoy";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final PasswordEncoder encoder;
    private final ThreadPoolExecutor hashing;
    private final long maxWaitNanos;
    private volatile @Nullable PasswordHash decoy;

    BcryptPasswordHasher(PasswordHashingProperties properties, PasswordEncoder encoder) {
        this.encoder = encoder;
        this.maxWaitNanos = properties.maxWait().toNanos();
        int threads = properties.effectiveParallelism();
        this.hashing = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(properties.queueCapacity()), new HashingThreads(),
                new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public PasswordHash hash(PlainPassword password) {
        return new PasswordHash(onHashingThread(() -> encoder.encode(password.reveal())));
    }

    @Override
    public boolean matches(PlainPassword password, PasswordHash hash) {
        return onHashingThread(() -> encoder.matches(password.reveal(), hash.value()));
    }

    @Override
    public void matchNothing() {
        PasswordHash known = decoy();
        onHashingThread(() -> encoder.matches(NOT_THE_DECOY, known.value()));
    }

    /** How many hashes wait for a thread. */
    int queued() {
        return hashing.getQueue().size();
    }

    /** Waits for the hashing threads to end, so that none outlives the application context. */
    @Override
    public void destroy() throws InterruptedException {
        hashing.shutdownNow();
        hashing.awaitTermination(5, TimeUnit.SECONDS);
    }

    /**
     * A hash that has not started after {@code maxWait} is dropped and its request refused; one that has started is
     * waited for up to as long again, since its work is half done: so a request waits at most twice
     * {@code maxWait}, and no processor time goes to a hash nobody waits for unless the second wait runs out too.
     */
    private <T> T onHashingThread(Supplier<T> work) {
        AtomicBoolean claimed = new AtomicBoolean();
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable hash = () -> {
            if (claimed.compareAndSet(false, true)) {
                try {
                    result.complete(work.get());
                } catch (RuntimeException | Error failure) {
                    result.completeExceptionally(failure);
                }
            }
        };
        try {
            hashing.execute(hash);
        } catch (RejectedExecutionException queueFull) {
            throw new PasswordHashingBusy(RETRY_AFTER);
        }
        try {
            try {
                return result.get(maxWaitNanos, TimeUnit.NANOSECONDS);
            } catch (TimeoutException notStartedOrNotDone) {
                if (claimed.compareAndSet(false, true)) {
                    hashing.remove(hash);
                    throw new PasswordHashingBusy(RETRY_AFTER);
                }
                return result.get(maxWaitNanos, TimeUnit.NANOSECONDS);
            }
        } catch (TimeoutException tooSlow) {
            throw new PasswordHashingBusy(RETRY_AFTER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a password hash", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("password hashing failed", e.getCause());
        }
    }

    /** Made on first use rather than at start-up, where a hash would add its cost to every start. */
    private PasswordHash decoy() {
        PasswordHash known = decoy;
        if (known == null) {
            known = new PasswordHash(onHashingThread(() -> encoder.encode(UUID.randomUUID().toString())));
            decoy = known;
        }
        return known;
    }

    private static final class HashingThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "password-hashing-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        }
    }
}
