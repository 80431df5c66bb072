package io.hichat.shared.web;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * The documented aliases a context serves besides its canonical paths: the API document lists some routes with
 * typos or a missing prefix, and clients call them so. A context declares them here, beside its path table, so the
 * API description can mark them deprecated and name the canonical path.
 */
public interface CompatibilityRoutes {

    List<Alias> aliases();

    record Alias(HttpMethod method, String path, String canonicalPath) {
    }
}
