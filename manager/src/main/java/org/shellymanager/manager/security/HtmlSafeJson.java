package org.shellymanager.manager.security;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;

/**
 * Every JSON answer writes {@code <}, {@code >}, {@code &} and {@code '} as {@code \u003c}-style escapes, so that
 * text a device chose (its name, for instance) stays inert even where a page or tool embeds the JSON in HTML.
 */
@Configuration(proxyBeanMethods = false)
class HtmlSafeJson {

    @Bean
    JsonFactoryBuilderCustomizer htmlSafeCharacterEscapes() {
        return builder -> builder.characterEscapes(new Escapes());
    }

    private static final class Escapes extends CharacterEscapes {

        private final int[] codes;

        Escapes() {
            codes = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                codes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
