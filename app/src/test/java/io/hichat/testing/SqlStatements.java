package io.hichat.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Records the SQL statements that jOOQ sends while the server answers HTTP requests, for tests of how many
 * statements an endpoint needs. Statements from other threads (the test's own set-up, event listeners) are left
 * out. Import it into an {@link HttpApiTest}: Spring Boot adds every {@link ExecuteListenerProvider} bean to jOOQ.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatements implements ExecuteListenerProvider, ExecuteListener {

    private static final String REQUEST_THREAD = "http-nio-";

    private final List<String> sent = new CopyOnWriteArrayList<>();

    @Override
    public ExecuteListener provide() {
        return this;
    }

    @Override
    public void executeStart(ExecuteContext context) {
        if (Thread.currentThread().getName().startsWith(REQUEST_THREAD)) {
            sent.add(context.sql());
        }
    }

    /** The statements sent while {@code requests} ran; requests must have been answered when it returns. */
    public List<String> sentDuring(Runnable requests) {
        sent.clear();
        requests.run();
        return List.copyOf(sent);
    }
}
