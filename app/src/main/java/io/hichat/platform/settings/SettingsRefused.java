package io.hichat.platform.settings;

import java.util.List;

/** The application will not start with these settings; each refusal says which setting and why, in one line. */
public class SettingsRefused extends RuntimeException {

    private final List<String> refusals;

    SettingsRefused(List<String> refusals) {
        super(String.join("; ", refusals));
        this.refusals = List.copyOf(refusals);
    }

    public List<String> refusals() {
        return refusals;
    }
}
