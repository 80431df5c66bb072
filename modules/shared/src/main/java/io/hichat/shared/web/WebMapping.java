package io.hichat.shared.web;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * What every context's web mapper shares ({@code @Mapper(config = WebMapping.class)}): a Spring bean, the wire
 * conversions of {@link WireValues}, and a build that fails when an answer's field is left unmapped.
 */
@MapperConfig(componentModel = MappingConstants.ComponentModel.SPRING, uses = WireValues.class,
        unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface WebMapping {
}
