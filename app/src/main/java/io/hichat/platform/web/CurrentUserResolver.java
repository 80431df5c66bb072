package io.hichat.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import io.hichat.shared.web.CurrentAccessToken;
import io.hichat.shared.web.CurrentUserId;

/**
 * Hands controllers what the access-token filter learned of the request: the authenticated user's id for
 * parameters marked {@link CurrentUserId}, and the token itself, kept as the authentication's credentials, for
 * those marked {@link CurrentAccessToken}.
 */
class CurrentUserResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return parameter.hasParameterAnnotation(CurrentUserId.class) && (type == long.class || type == Long.class)
                || parameter.hasParameterAnnotation(CurrentAccessToken.class) && type == String.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object value = authentication == null ? null
                : parameter.hasParameterAnnotation(CurrentAccessToken.class) ? authentication.getCredentials()
                : authentication.getPrincipal();
        if (value instanceof Long || value instanceof String) {
            return value;
        }
        throw new AuthenticationCredentialsNotFoundException("this route needs an access token");
    }
}
