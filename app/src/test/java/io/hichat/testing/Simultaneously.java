package io.hichat.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs calls from as many clients as there are calls, all released at the same moment. */
public final class Simultaneously {

    private Simultaneously() {
    }

    /** The same call from {@code clients} clients at once; the answers in no particular order. */
    public static List<ApiResponse> repeat(int clients, Callable<ApiResponse> call) throws Exception {
        List<Callable<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            calls.add(call);
        }
        return run(calls);
    }

    /** Each call from its own client, all at once; the answers in the order of the calls. */
    public static List<ApiResponse> run(List<Callable<ApiResponse>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<ApiResponse>> pending = new ArrayList<>();
            for (Callable<ApiResponse> call : calls) {
                pending.add(clients.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<ApiResponse> answers = new ArrayList<>();
            for (Future<ApiResponse> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            clients.shutdownNow();
        }
    }

    public static List<Integer> statuses(List<ApiResponse> answers) {
        return answers.stream().map(ApiResponse::status).toList();
    }
}
