package org.shellymanager.manager.exchange.format;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;

import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.ExportRequest;
import org.shellymanager.manager.exchange.Exporter;
import org.shellymanager.manager.exchange.FleetSnapshot;
import org.shellymanager.manager.exchange.Parsers;
import org.shellymanager.manager.exchange.PlainText;
import org.shellymanager.manager.exchange.SnapshotDevice;

/**
 * A network diagram in Graphviz DOT: the manager, one cluster per IPv4 /24 (or per host name for devices known by
 * name), and one box per device labelled with its name, model and address. Render it with {@code dot -Tsvg}.
 */
public final class GraphvizExporter implements Exporter {

    @Override
    public String name() {
        return "graphviz";
    }

    @Override
    public String description() {
        return "Network diagram in Graphviz DOT, devices clustered by /24 subnet";
    }

    @Override
    public List<String> formats() {
        return List.of("dot");
    }

    @Override
    public List<ExportFile> export(FleetSnapshot snapshot, ExportRequest request) {
        Map<String, List<SnapshotDevice>> subnets = new TreeMap<>();
        for (SnapshotDevice device : snapshot.devices()) {
            String subnet = device.hasIpv4() ? device.host().substring(0, device.host().lastIndexOf('.')) + ".0/24" : "by name";
            subnets.computeIfAbsent(subnet, s -> new ArrayList<>()).add(device);
        }
        StringBuilder out = new StringBuilder("graph shelly {\n  rankdir=LR;\n  node [shape=box, fontsize=10];\n")
                .append("  manager [label=\"Shelly Manager\", shape=ellipse];\n");
        int cluster = 0;
        for (Map.Entry<String, List<SnapshotDevice>> subnet : subnets.entrySet()) {
            out.append("  subgraph cluster_").append(cluster).append(" {\n    label=").append(quote(subnet.getKey())).append(";\n");
            for (SnapshotDevice device : subnet.getValue()) {
                String label = device.label() + "\n" + device.productName() + "\n" + device.host()
                        + (device.room() == null ? "" : "\n" + device.room());
                out.append("    d_").append(device.mac()).append(" [label=").append(quote(label))
                        .append(device.online() ? "" : ", style=dashed").append("];\n");
            }
            out.append("  }\n");
            cluster++;
        }
        for (SnapshotDevice device : snapshot.devices()) {
            out.append("  manager -- d_").append(device.mac()).append(";\n");
        }
        return List.of(ExportFile.text("shelly-network.dot", "text/vnd.graphviz", out.append("}\n").toString()));
    }

    /** A DOT quoted string; line breaks become DOT's {@code \n} escape, other control characters spaces. */
    static String quote(String text) {
        String escaped = PlainText.oneLine(text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"));
        return '"' + escaped + '"';
    }

    @Override
    public void check(ExportFile file, ExportRequest request) {
        List<String> tokens = DotTokens.of(file);
        Parsers.require(tokens.size() > 3 && tokens.get(0).equals("graph") && tokens.get(2).equals("{")
                && tokens.getLast().equals("}"), file, "not a DOT graph");
        int depth = 0;
        for (String token : tokens) {
            depth += token.equals("{") ? 1 : token.equals("}") ? -1 : 0;
            Parsers.require(depth >= 0, file, "unbalanced braces");
        }
        Parsers.require(depth == 0, file, "unbalanced braces");
    }
}
