package io.hichat.identity.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.hichat.identity.domain.PasswordHash;
import io.hichat.identity.domain.PasswordHashingBusy;
import io.hichat.identity.domain.PlainPassword;

class BcryptPasswordHasherTest {

    /** bcrypt's lowest cost, to keep the test quick; the cost does not change what is checked here. */
    private static final int STRENGTH = 4;
    /** Longer than any hash here takes, so that only the test that means to reach the wait's end does. */
    private static final Duration LONG_WAIT = Duration.ofSeconds(30);

    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(
            new PasswordHashingProperties(STRENGTH, 2, 16, LONG_WAIT), new BCryptPasswordEncoder(STRENGTH));

    @AfterEach
    void stopHashing() throws InterruptedException {
        hasher.destroy();
    }

    @Test
    void aHashMatchesItsPasswordAndNoOther() {
        PasswordHash hash = hasher.hash(PlainPassword.of("secret-one"));

        assertThat(hash.value()).startsWith("$2a$04$");
        assertThat(hasher.matches(PlainPassword.of("secret-one"), hash)).isTrue();
        assertThat(hasher.matches(PlainPassword.of("secret-two"), hash)).isFalse();
    }

    @Test
    void manyConcurrentHashesRunOnAsManyLowPriorityThreadsAsConfigured() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> logins = IntStream.range(0, 32)
                    .<Callable<Boolean>>mapToObj(i -> () -> {
                        PlainPassword password = PlainPassword.of("password-" + i);
                        return hasher.matches(password, hasher.hash(password));
                    })
                    .toList();
            for (Future<Boolean> login : callers.invokeAll(logins)) {
                assertThat(login.get()).isTrue();
            }
        } finally {
            callers.shutdownNow();
        }

        List<Thread> hashingThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("password-hashing-"))
                .toList();
        assertThat(hashingThreads).hasSize(2)
                .allSatisfy(thread -> assertThat(thread.getPriority()).isEqualTo(Thread.MIN_PRIORITY));
    }

    @Test
    void parallelismZeroMeansOneHashPerProcessor() {
        assertThat(new PasswordHashingProperties(STRENGTH, 0, 1, LONG_WAIT).effectiveParallelism())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(new PasswordHashingProperties(STRENGTH, 3, 1, LONG_WAIT).effectiveParallelism()).isEqualTo(3);
    }

    @Test
    void aNegativeParallelismOrAnOutOfRangeStrengthIsRefused() {
        assertThatThrownBy(() -> new PasswordHashingProperties(STRENGTH, -1, 1, LONG_WAIT))
                .hasMessageContaining("hichat.password.parallelism");
        assertThatThrownBy(() -> new PasswordHashingProperties(3, 0, 1, LONG_WAIT))
                .hasMessageContaining("hichat.password.strength");
        assertThatThrownBy(() -> new PasswordHashingProperties(STRENGTH, 0, 0, LONG_WAIT))
                .hasMessageContaining("hichat.password.queue-capacity");
        assertThatThrownBy(() -> new PasswordHashingProperties(STRENGTH, 0, 1, Duration.ZERO))
                .hasMessageContaining("hichat.password.max-wait");
    }

    @Test
    void aHashThatFindsTheQueueFullIsRefusedAtOnceAndTheOthersComplete() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        PasswordEncoder held = heldUntil(release, running::countDown);
        BcryptPasswordHasher oneAtATime = new BcryptPasswordHasher(
                new PasswordHashingProperties(STRENGTH, 1, 1, LONG_WAIT), held);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<PasswordHash> first = callers.submit(() -> oneAtATime.hash(PlainPassword.of("first-one")));
            running.await();
            Future<PasswordHash> queued = callers.submit(() -> oneAtATime.hash(PlainPassword.of("queued-one")));
            await().until(() -> oneAtATime.queued() == 1);

            assertThatThrownBy(() -> oneAtATime.hash(PlainPassword.of("third-one")))
                    .isInstanceOf(PasswordHashingBusy.class)
                    .satisfies(busy -> assertThat(((PasswordHashingBusy) busy).retryAfter()).hasSeconds(1));
            assertThat(first).isNotDone();

            release.countDown();
            PasswordHash firstHash = first.get();
            assertThat(queued.get().value()).startsWith("$2a$04$");
            assertThat(oneAtATime.matches(PlainPassword.of("first-one"), firstHash)).isTrue();
        } finally {
            release.countDown();
            callers.shutdownNow();
            oneAtATime.destroy();
        }
    }

    @Test
    void aRequestThatWaitedTheLongestAllowedIsRefusedAndItsHashIsDroppedUnlessStarted() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger encoded = new AtomicInteger();
        PasswordEncoder held = heldUntil(release, encoded::incrementAndGet);
        BcryptPasswordHasher impatient = new BcryptPasswordHasher(
                new PasswordHashingProperties(STRENGTH, 1, 1, Duration.ofMillis(200)), held);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<PasswordHash> running = callers.submit(() -> impatient.hash(PlainPassword.of("running-one")));
            await().until(() -> encoded.get() == 1);
            Future<PasswordHash> queued = callers.submit(() -> impatient.hash(PlainPassword.of("queued-one")));

            for (Future<PasswordHash> refused : List.of(running, queued)) {
                assertThatThrownBy(refused::get).hasCauseInstanceOf(PasswordHashingBusy.class);
            }
            release.countDown();
            assertThat(impatient.hash(PlainPassword.of("later-one")).value()).startsWith("$2a$04$");
            assertThat(encoded).as("the queued hash never ran").hasValue(2);
        } finally {
            release.countDown();
            callers.shutdownNow();
            impatient.destroy();
        }
    }

    @Test
    void aHashThatStartedInTimeIsWaitedForUpToAsLongAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch begun = new CountDownLatch(1);
        BcryptPasswordHasher patient = new BcryptPasswordHasher(
                new PasswordHashingProperties(STRENGTH, 1, 1, Duration.ofSeconds(1)),
                heldUntil(release, begun::countDown));
        ExecutorService callers = Executors.newFixedThreadPool(1);
        try {
            Future<PasswordHash> started = callers.submit(() -> patient.hash(PlainPassword.of("started-one")));
            begun.await();
            Thread.sleep(1400);
            release.countDown();

            assertThat(started.get().value()).as("answered after its first wait ran out").startsWith("$2a$04$");
        } finally {
            release.countDown();
            callers.shutdownNow();
            patient.destroy();
        }
    }

    /** bcrypt whose hashes, once begun (and said so), wait for the release. */
    private static PasswordEncoder heldUntil(CountDownLatch release, Runnable begun) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(STRENGTH);
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence password) {
                begun.run();
                try {
                    release.await();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                return bcrypt.encode(password);
            }

            @Override
            public boolean matches(CharSequence password, String hash) {
                return bcrypt.matches(password, hash);
            }
        };
    }
}
