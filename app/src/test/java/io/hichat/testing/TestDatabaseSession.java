package io.hichat.testing;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.cache.ContextCache;
import org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate;
import org.springframework.util.ReflectionUtils;

/**
 * Opens the run's database before the first test and drops it after the last one, and finds the run's broker.
 * Registered in {@code META-INF/services}, so every way of running the tests (Maven, an IDE) gets it.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        TestDatabase.open();
        Broker.open();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        closeCachedContexts();
        TestDatabase.close();
        Broker.close();
    }

    /**
     * Closes the applications Spring's test context cache keeps while their database is still there. Left to the
     * JVM's shutdown, each would close after the drop, and its event publication registry would wait out the pool's
     * connection timeout asking a database that is gone. The cache exposes no way to close them all (its clear()
     * only forgets them), so its map is read.
     */
    @SuppressWarnings("unchecked")
    private static void closeCachedContexts() {
        ContextCache cache = new DefaultCacheAwareContextLoaderDelegate() {
            ContextCache cache() {
                return getContextCache();
            }
        }.cache();
        Field contexts = ReflectionUtils.findField(cache.getClass(), "contextMap");
        if (contexts == null) {
            return;
        }
        ReflectionUtils.makeAccessible(contexts);
        List<ApplicationContext> open;
        synchronized (cache) {
            open = new ArrayList<>(((Map<?, ApplicationContext>) ReflectionUtils.getField(contexts, cache)).values());
        }
        open.stream().filter(ConfigurableApplicationContext.class::isInstance)
                .map(ConfigurableApplicationContext.class::cast).forEach(ConfigurableApplicationContext::close);
        cache.reset();
    }
}
