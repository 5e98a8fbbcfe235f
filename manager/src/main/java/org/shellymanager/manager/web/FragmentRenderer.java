package org.shellymanager.manager.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders one fragment of a page template outside a request, for live streams. Fragments rendered here build
 * their links with literal templates ({@code |/jobs/${id}|}), not {@code @{...}}, which needs a request.
 */
@Component
class FragmentRenderer {

    private final ITemplateEngine engine;
    private final Formats formats;

    FragmentRenderer(ITemplateEngine engine, Formats formats) {
        this.engine = engine;
        this.formats = formats;
    }

    String render(String template, String fragment, Map<String, Object> variables) {
        return render(template, Set.of(fragment), variables);
    }

    /** Renders several fragments of one template, one after the other. */
    String render(String template, Set<String> fragments, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("fmt", formats);
        return engine.process(template, fragments, new Context(Locale.ENGLISH, all));
    }
}
