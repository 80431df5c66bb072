package io.hichat.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * For tests that provoke failures on purpose (a database cut off, a simulated defect, refused settings): what they
 * print, the failures' logs and stack traces included, is held back and shown only when a test fails, so a passing
 * build stays quiet and a failing one shows everything. Declared before {@code OutputCaptureExtension}, which then
 * still captures what the test asserts on: {@code @ExtendWith({ HeldBackOutput.class, OutputCaptureExtension.class })}.
 */
public final class HeldBackOutput implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    private static final Namespace NAMESPACE = Namespace.create(HeldBackOutput.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        hold(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        hold(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        release(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        release(context);
    }

    private static void hold(ExtensionContext context) {
        Held enclosing = context.getParent().map(parent -> parent.getStore(NAMESPACE).get(Held.class, Held.class))
                .orElse(null);
        PrintStream shownOn = enclosing != null ? enclosing.shownOn : System.out;
        context.getStore(NAMESPACE).put(Held.class, new Held(shownOn, enclosing));
    }

    /**
     * Puts the streams back. A failed test shows what it printed, and its class then shows what was printed around
     * its tests (the application's start, say) when it ends.
     */
    private static void release(ExtensionContext context) {
        Held held = context.getStore(NAMESPACE).remove(Held.class, Held.class);
        if (held != null) {
            held.restore(context.getExecutionException().isPresent());
        }
    }

    private static final class Held {

        private final PrintStream out = System.out;
        private final PrintStream err = System.err;
        private final PrintStream shownOn;
        private final @Nullable Held enclosing;
        private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        private boolean failed;

        Held(PrintStream shownOn, @Nullable Held enclosing) {
            this.shownOn = shownOn;
            this.enclosing = enclosing;
            PrintStream buffer = new PrintStream(printed, true, StandardCharsets.UTF_8);
            System.setOut(buffer);
            System.setErr(buffer);
        }

        void restore(boolean thisFailed) {
            System.setOut(out);
            System.setErr(err);
            if (thisFailed || failed) {
                shownOn.print(printed.toString(StandardCharsets.UTF_8));
                shownOn.flush();
                if (enclosing != null) {
                    enclosing.failed = true;
                }
            }
        }
    }
}
