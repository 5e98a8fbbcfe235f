package org.shellymanager.manager.security;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Writes each operation's {@link RequiresRole} into the OpenAPI document as {@code x-required-role}, so clients
 * and the role table test can read what every operation needs. An operation without one gets
 * {@code x-required-role: NONE} (and is refused to everyone).
 */
@Component
class RequiredRoleCustomizer implements OperationCustomizer {

    static final String EXTENSION = "x-required-role";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        RequiresRole required = RoleInterceptor.required(handlerMethod);
        operation.addExtension(EXTENSION, required == null ? "NONE" : required.value().name());
        return operation;
    }
}
