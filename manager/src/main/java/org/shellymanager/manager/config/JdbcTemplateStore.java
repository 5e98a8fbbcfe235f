package org.shellymanager.manager.config;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Templates in {@code config_templates}; assignment and settings as JSON. */
@Repository
class JdbcTemplateStore {

    private static final String COLUMNS = "id, name, description, priority, assign_to, settings, updated_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcTemplateStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Template template) {
        jdbc.sql("INSERT INTO config_templates (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(template.id(), template.name(), template.description(), template.priority(),
                        json.writeValueAsString(template.assignTo()), template.settings().toJson().toString(),
                        template.updatedAt().toEpochMilli())
                .update();
    }

    void update(Template template) {
        jdbc.sql("UPDATE config_templates SET name = ?, description = ?, priority = ?, assign_to = ?, settings = ?, "
                        + "updated_at = ? WHERE id = ?")
                .params(template.name(), template.description(), template.priority(),
                        json.writeValueAsString(template.assignTo()), template.settings().toJson().toString(),
                        template.updatedAt().toEpochMilli(), template.id())
                .update();
    }

    boolean delete(String id) {
        return jdbc.sql("DELETE FROM config_templates WHERE id = ?").param(id).update() == 1;
    }

    Optional<Template> find(String idOrName) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM config_templates WHERE id = ? OR name = ?")
                .params(idOrName, idOrName).query(this::template).optional();
    }

    List<Template> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM config_templates ORDER BY name").query(this::template).list();
    }

    private Template template(ResultSet rs, int row) throws SQLException {
        return new Template(rs.getString("id"), rs.getString("name"), rs.getString("description"), rs.getInt("priority"),
                json.readValue(rs.getString("assign_to"), Assignment.class),
                TemplateSettings.parse(json.readTree(rs.getString("settings"))), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
