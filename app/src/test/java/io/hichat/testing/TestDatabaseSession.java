package io.hichat.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Opens the run's database before the first test and drops it after the last one. Registered in
 * {@code META-INF/services}, so every way of running the tests (Maven, an IDE) gets it.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        TestDatabase.open();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestDatabase.close();
    }
}
