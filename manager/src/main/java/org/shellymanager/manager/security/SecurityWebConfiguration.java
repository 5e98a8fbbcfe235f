package org.shellymanager.manager.security;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts forwarded-header handling in front of everything, and the audit and then the role check in front of every controller. */
@Configuration(proxyBeanMethods = false)
class SecurityWebConfiguration implements WebMvcConfigurer {

    private final AuditLog audit;

    SecurityWebConfiguration(AuditLog audit) {
        this.audit = audit;
    }

    @Bean
    FilterRegistrationBean<ForwardedHeaders> forwardedHeaders(SecurityProperties properties) {
        List<AddressRange> trusted = properties.trustedProxies().stream().map(AddressRange::parse).toList();
        FilterRegistrationBean<ForwardedHeaders> registration = new FilterRegistrationBean<>(new ForwardedHeaders(trusted));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuditInterceptor(audit));
        registry.addInterceptor(new RoleInterceptor());
    }
}
