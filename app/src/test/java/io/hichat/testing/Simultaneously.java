package io.hichat.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs calls from as many clients as there are calls, all released at the same moment. */
public final class Simultaneously {

    /** How many requests a race test sends at once. */
    public static final int RACERS = 20;

    /** How many rounds a race test runs, the rows checked after each; a test whose rounds are slow may run fewer. */
    public static final int ROUNDS = 20;

    private Simultaneously() {
    }

    /** The same call from {@code clients} clients at once; the answers in no particular order. */
    public static List<ApiResponse> repeat(int clients, Callable<ApiResponse> call) throws Exception {
        return eachClient(clients, client -> call);
    }

    /**
     * Each of {@code clients} clients, numbered from 0, makes the call {@code callOf} gives for its number, all at
     * once; the calls are all chosen before any is released. The answers in the order of the clients.
     */
    public static List<ApiResponse> eachClient(int clients, IntFunction<Callable<ApiResponse>> callOf)
            throws Exception {
        List<Callable<ApiResponse>> calls = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            calls.add(callOf.apply(client));
        }
        return run(calls);
    }

    /** Each call from its own client, all at once; the answers in the order of the calls. */
    public static <T> List<T> run(List<Callable<T>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<T>> pending = new ArrayList<>();
            for (Callable<T> call : calls) {
                pending.add(clients.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            clients.shutdownNow();
        }
    }

    /** Waits for the latch, as a racer waits for its cue, and fails the test if it is not released within 5 s. */
    public static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).as("released within 5 s").isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    public static List<Integer> statuses(List<ApiResponse> answers) {
        return answers.stream().map(ApiResponse::status).toList();
    }
}
