package org.shellymanager.manager.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page template can use: {@code fmt}, the formatting of times and measurements, and {@code may}, what the
 * person looking may do.
 */
@ControllerAdvice(basePackageClasses = PageModelAdvice.class)
class PageModelAdvice {

    private final Formats formats;

    PageModelAdvice(Formats formats) {
        this.formats = formats;
    }

    @ModelAttribute("fmt")
    Formats formats() {
        return formats;
    }

    @ModelAttribute("may")
    Permissions permissions() {
        return Permissions.ofCaller();
    }
}
