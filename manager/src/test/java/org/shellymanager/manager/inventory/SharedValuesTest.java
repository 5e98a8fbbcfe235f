package org.shellymanager.manager.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedValuesTest {

    @Test
    void equalValuesReadTwiceAreOneInstance() {
        SharedValues shared = new SharedValues();
        String first = shared.string(new String("SNSW-001P16EU"));
        assertThat(shared.string(new String("SNSW-001P16EU"))).isSameAs(first);
        assertThat(shared.string(null)).isNull();
        assertThat(shared.commaSeparated(new String("switch,metering"))).containsExactly("switch", "metering")
                .isSameAs(shared.commaSeparated(new String("switch,metering")));
        assertThat(shared.commaSeparated("")).isEmpty();
    }

    @Test
    void pastTheLimitNewValuesAreAnsweredButNotKept() {
        SharedValues shared = new SharedValues();
        for (int i = 0; i < SharedValues.LIMIT; i++) {
            shared.string("model-" + i);
        }
        String late = new String("model-late");
        assertThat(shared.string(late)).isSameAs(late);
        assertThat(shared.string(new String("model-late"))).isNotSameAs(late).isEqualTo(late);
        assertThat(shared.string(new String("model-7"))).isSameAs(shared.string("model-7"));
    }
}
