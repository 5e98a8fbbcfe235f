package org.shellymanager.manager.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Working out the calls that bring a device's scripts, schedule jobs and webhooks to a wanted set. */
class ItemPlanTest {

    @Test
    void aRunningScriptWhoseCodeChangesIsStoppedRewrittenInSlicesAndStartedAgain() {
        String code = "x".repeat(ItemCalls.CODE_SLICE + 10);
        ItemPlan plan = ItemPlan.of(List.of(new ItemSet(ItemKind.SCRIPTS, false, null,
                List.of(wanted("{\"name\":\"night\",\"code\":\"" + code + "\"}")))), sections(Map.of(
                "script:3", "{\"id\":3,\"name\":\"night\",\"enable\":true}", "script-code:3", "\"old\"",
                ConfigReader.SCRIPT_RUNNING, "{\"3\":true}")));

        assertThat(plan.drift()).extracting(DriftField::field).containsExactly("scripts[night].code");
        assertThat(plan.calls()).extracting(DeviceCall::describe).containsExactly(
                "Script.Stop {\"id\":3}",
                "Script.PutCode {\"id\":3,\"code\":\"" + "x".repeat(ItemCalls.CODE_SLICE) + "\",\"append\":false}",
                "Script.PutCode {\"id\":3,\"code\":\"xxxxxxxxxx\",\"append\":true}",
                "Script.Start {\"id\":3}");
    }

    @Test
    void anExclusiveListDeletesUnnamedItemsFirstAndCreatesMissingOnesLast() {
        ItemPlan plan = ItemPlan.of(List.of(new ItemSet(ItemKind.WEBHOOKS, true, "template:t", List.of(
                wanted("{\"name\":\"a\",\"event\":\"switch.on\",\"urls\":[\"http://h/a\"]}"),
                wanted("{\"name\":\"b\",\"event\":\"switch.off\",\"urls\":[\"http://h/b\"]}")))), sections(Map.of(
                "webhooks", "[{\"id\":1,\"cid\":0,\"name\":\"b\",\"event\":\"switch.off\",\"urls\":[\"http://h/old\"],\"enable\":true},"
                        + "{\"id\":2,\"cid\":0,\"name\":\"mine\",\"event\":\"switch.on\",\"urls\":[\"http://x\"],\"enable\":true}]")));

        assertThat(plan.calls()).extracting(DeviceCall::describe).containsExactly(
                "Webhook.Delete {\"id\":2}",
                "Webhook.Update {\"id\":1,\"urls\":[\"http://h/b\"]}",
                "Webhook.Create {\"cid\":0,\"name\":\"a\",\"event\":\"switch.on\",\"urls\":[\"http://h/a\"]}");
        assertThat(plan.drift()).extracting(DriftField::field).containsExactly("webhooks[a]", "webhooks[b].urls", "webhooks[mine]");
        assertThat(plan.drift().getLast().desired()).isNull();
        assertThat(plan.drift().getLast().origin()).isEqualTo("template:t");
    }

    @Test
    void unmanagedItemsStayWhenTheListIsNotExclusive() {
        ItemPlan plan = ItemPlan.of(List.of(new ItemSet(ItemKind.SCHEDULES, false, null, List.of(
                wanted("{\"timespec\":\"0 0 7 * * *\",\"calls\":[{\"method\":\"Switch.Set\",\"params\":{\"on\":true,\"id\":0}}]}")))),
                sections(Map.of("schedules", "[{\"id\":4,\"enable\":true,\"timespec\":\"0 0 6 * * *\","
                        + "\"calls\":[{\"method\":\"Switch.Set\",\"params\":{\"id\":0,\"on\":true}}]},"
                        + "{\"id\":5,\"enable\":true,\"timespec\":\"0 0 9 * * *\",\"calls\":[{\"method\":\"Switch.Toggle\",\"params\":{\"id\":0}}]}]")));

        assertThat(plan.calls()).as("matched by its calls whatever the order of their parameters")
                .extracting(DeviceCall::describe).containsExactly("Schedule.Update {\"id\":4,\"timespec\":\"0 0 7 * * *\"}");
    }

    @Test
    void puttingBackBySnapshotIdsDeletesWhatARunCreatedAndRecreatesWhatItDeleted() {
        Map<String, JsonNode> before = sections(Map.of("script:1", "{\"id\":1,\"name\":\"keep\",\"enable\":false}",
                "script-code:1", "\"a();\"", ConfigReader.SCRIPT_RUNNING, "{\"1\":true}"));
        Map<String, JsonNode> now = sections(Map.of("script:2", "{\"id\":2,\"name\":\"new\",\"enable\":false}",
                "script-code:2", "\"b();\"", ConfigReader.SCRIPT_RUNNING, "{\"2\":false}"));
        ItemSet wanted = new ItemSet(ItemKind.SCRIPTS, true, "snapshot:1",
                ItemKind.SCRIPTS.actual(before, "snapshot:1").orElseThrow());

        assertThat(ItemPlan.of(List.of(wanted), now).calls()).extracting(DeviceCall::describe).containsExactly(
                "Script.Delete {\"id\":2}",
                "Script.Create {\"name\":\"keep\"}; then on the new id: Script.PutCode {\"code\":\"a();\",\"append\":false}; "
                        + "then on the new id: Script.Start {}");
        assertThat(ItemPlan.of(List.of(wanted), before).calls()).isEmpty();
    }

    @Test
    void aDeviceWithoutTheListHasNothingPlannedAndTemplatesAreCheckedItemByItem() {
        assertThat(ItemPlan.of(List.of(new ItemSet(ItemKind.SCRIPTS, true, null, List.of())), Map.of()).calls()).isEmpty();
        assertThat(ItemKind.SCRIPTS.check(ConfigFleet.JSON.readTree("[{\"name\":\"a\"}]"))).isEqualTo("item 1 lacks 'code', which is required");
        assertThat(ItemKind.WEBHOOKS.check(ConfigFleet.JSON.readTree("[{\"name\":\"a\",\"event\":\"On\",\"urls\":[\"http://x\"]}]")))
                .startsWith("item 1 property 'event' must be an event name");
        assertThat(ItemKind.SCHEDULES.check(ConfigFleet.JSON.readTree("{}"))).isEqualTo("must be a list of schedules");
        assertThat(ItemKind.SCHEDULES.check(ConfigFleet.JSON.readTree(
                "[{\"timespec\":\"@sunset+30m * * MON\",\"calls\":[{\"method\":\"Switch.Set\",\"params\":{\"id\":0,\"on\":true}}]}]"))).isNull();
    }

    private static ListItem wanted(String spec) {
        return new ListItem(ListItem.NEW, (ObjectNode) ConfigFleet.JSON.readTree(spec), "template:t");
    }

    private static Map<String, JsonNode> sections(Map<String, String> raw) {
        Map<String, JsonNode> sections = new LinkedHashMap<>();
        raw.forEach((key, json) -> sections.put(key, ConfigFleet.JSON.readTree(json)));
        return sections;
    }
}
