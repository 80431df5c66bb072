package io.hichat.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import io.hichat.shared.web.InvalidRequest;
import io.hichat.shared.web.PageRequest;

/**
 * Hands a list's controller the page the client asked for, from the {@code page_size}, {@code page_token} and
 * {@code since} query parameters every list takes; a size that is no integer, a token that is not one of this
 * server's, or a version that is no decimal number, is a 400.
 */
class PageRequestResolver implements HandlerMethodArgumentResolver {

    private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageRequest.class;
    }

    @Override
    public PageRequest resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
            NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
        return PageRequest.of(pageSize(request.getParameter(PageRequest.SIZE_PARAMETER)),
                request.getParameter(PageRequest.TOKEN_PARAMETER), request.getParameter(PageRequest.SINCE_PARAMETER));
    }

    /** Read as Spring reads any integer parameter, so {@code page_size} is refused in the same words. */
    private static @Nullable Integer pageSize(@Nullable String value) {
        try {
            return CONVERSIONS.convert(value, Integer.class);
        } catch (ConversionException notAnInteger) {
            throw new InvalidRequest("parameter '" + PageRequest.SIZE_PARAMETER + "' must be "
                    + JsonTypes.describe(Integer.class));
        }
    }
}
