package io.hichat.platform.settings;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports refused settings as Spring Boot reports a failed start: one line per refusal and what to do, without
 * a stack trace, which would only point into the start-up machinery.
 */
class SettingsRefusedAnalyzer extends AbstractFailureAnalyzer<SettingsRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SettingsRefused refused) {
        return new FailureAnalysis(String.join(System.lineSeparator(), refused.refusals()),
                "Correct these settings (see the Configuration table of the README) and start again.", refused);
    }
}
