package io.hichat.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
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
public final class HeldBackOutput implements BeforeAllCallback, BeforeEachCallback {

    private static final Namespace NAMESPACE = Namespace.create(HeldBackOutput.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        hold(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        hold(context);
    }

    private static void hold(ExtensionContext context) {
        Held enclosing = context.getParent().map(parent -> parent.getStore(NAMESPACE).get(Held.class, Held.class))
                .orElse(null);
        PrintStream shownOn = enclosing != null ? enclosing.shownOn : System.out;
        context.getStore(NAMESPACE).put(Held.class, new Held(context, shownOn, enclosing));
    }

    /**
     * What a test or a class printed, until JUnit closes it with its context, after every after-callback: the streams
     * are put back, and a failed test shows what it printed; its class then shows what was printed around its tests
     * (the application's start, say) when it ends.
     */
    private static final class Held implements AutoCloseable {

        private final ExtensionContext context;
        private final PrintStream out = System.out;
        private final PrintStream err = System.err;
        private final PrintStream shownOn;
        private final @Nullable Held enclosing;
        private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        private boolean failed;

        Held(ExtensionContext context, PrintStream shownOn, @Nullable Held enclosing) {
            this.context = context;
            this.shownOn = shownOn;
            this.enclosing = enclosing;
            PrintStream buffer = new PrintStream(printed, true, StandardCharsets.UTF_8);
            System.setOut(buffer);
            System.setErr(buffer);
        }

        @Override
        public void close() {
            System.setOut(out);
            System.setErr(err);
            if (context.getExecutionException().isPresent() || failed) {
                shownOn.print(printed.toString(StandardCharsets.UTF_8));
                shownOn.flush();
                if (enclosing != null) {
                    enclosing.failed = true;
                }
            }
        }
    }
}
