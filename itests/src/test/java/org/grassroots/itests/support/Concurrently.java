package org.grassroots.itests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.grassroots.itests.support.Api.Response;

/** Sends several requests at the same moment (released together by a latch), for race tests. */
public final class Concurrently {
    private Concurrently() {
    }

    public static List<Response> run(int count, IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(n);
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The statuses in order, and the first response that has none of the expected statuses. */
    public static String describe(List<Response> responses, int... expected) {
        List<Integer> statuses = responses.stream().map(Response::status).toList();
        String unexpected = responses.stream()
                .filter(r -> java.util.Arrays.stream(expected).noneMatch(e -> e == r.status()))
                .findFirst().map(r -> "; e.g. " + r).orElse("");
        return "statuses " + statuses + unexpected;
    }

    /** How many responses have this status. */
    public static long count(List<Response> responses, int status) {
        return responses.stream().filter(r -> r.status() == status).count();
    }
}
