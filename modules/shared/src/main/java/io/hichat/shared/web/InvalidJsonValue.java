package io.hichat.shared.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value this API cannot take although JSON allows it: an id that is no id, text that cannot be stored. The
 * error answer names the field and says the rule, e.g. "field 'user_uid' must be a string or an integer".
 */
public class InvalidJsonValue extends MismatchedInputException {

    private final String rule;

    /**
     * @param rule what the field must be, completing "field 'name' ..."
     */
    public InvalidJsonValue(JsonParser parser, Class<?> targetType, String rule) {
        super(parser, rule, targetType);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
