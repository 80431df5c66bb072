package io.hichat.shared.domain;

import org.jspecify.annotations.Nullable;

/**
 * A value, or a request, that breaks a rule of its own. A refusal of one field names it in the domain's terms and
 * keeps the rule apart, so an adapter that knows the field by another name can say the same rule in its own.
 */
public non-sealed class Invalid extends Refusal {

    private final @Nullable String field;
    private final String rule;

    public Invalid(String message) {
        super(message);
        this.field = null;
        this.rule = message;
    }

    /**
     * @param rule what the field must be, completing "field ..." (e.g. "must be at most 255 characters")
     */
    public Invalid(String field, String rule) {
        super(field + " " + rule);
        this.field = field;
        this.rule = rule;
    }

    /** The message with the field under the name the caller knows it by; unchanged if no field is named. */
    public String messageNaming(String fieldName) {
        return field == null ? getMessage() : fieldName + " " + rule;
    }
}
