import java.util.concurrent.atomic.LongAdder;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * bcrypt's own rate on this machine: password checks per second at the server's cost (10), on the given number of
 * threads, with nothing else running in the process. A login needs one such check, so this bounds the login rate.
 *
 * Usage: java -cp 'LIBS/*' bench/BcryptRate.java THREADS SECONDS
 */
public class BcryptRate {

    private static final String HASH = "$2a$10$OwosJYnFd6oZkAjnxg3zG.CI5pPCJ144zYD8E.6JeYkMP1hsAKtoa";

    public static void main(String[] args) throws InterruptedException {
        int threads = Integer.parseInt(args[0]);
        long nanos = Long.parseLong(args[1]) * 1_000_000_000L;
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(10);
        encoder.matches("benchpass", HASH);
        LongAdder checks = new LongAdder();
        long start = System.nanoTime();
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Thread(() -> {
                while (System.nanoTime() - start < nanos) {
                    if (!encoder.matches("benchpass", HASH)) {
                        throw new IllegalStateException("the benchmark's hash does not match its password");
                    }
                    checks.increment();
                }
            });
            workers[i].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%.1f%n", checks.sum() / seconds);
    }
}
