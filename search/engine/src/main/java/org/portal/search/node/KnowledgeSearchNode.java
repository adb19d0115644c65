package org.portal.search.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginsLoader;

/**
 * Starts one genuine Elasticsearch 8 node in this JVM for development and CI.
 *
 * The home directory is laid out like Elasticsearch's own distribution: its
 * modules/ folder holds the Netty HTTP transport and the portal's analysis
 * plugin as bundles. Usage: {@code -basePath HOME -httpPort 9200 [-Ename=value ...]}.
 * Without {@code -E} it is a single-node cluster; {@code -E} overrides any setting,
 * as on Elasticsearch's own command line (the node script uses it to form a cluster).
 */
public final class KnowledgeSearchNode {

    private KnowledgeSearchNode() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(option(args, "-basePath", "var/elasticsearch")).toAbsolutePath();
        String httpPort = option(args, "-httpPort", "9200");
        Path config = Files.createDirectories(home.resolve("config"));

        Settings.Builder builder = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", "knowledge-portal")
            .put("node.name", "knowledge-node-1")
            .put("network.host", "127.0.0.1")
            .put("http.port", httpPort)
            .put("transport.port", "9300-9400")
            .put("discovery.type", "single-node")
            .put("cluster.routing.allocation.disk.threshold_enabled", false);
        for (String[] setting : overrides(args)) {
            builder.put(setting[0], setting[1]);
        }
        Settings settings = builder.build();
        Files.createDirectories(Path.of(settings.get("path.data")));
        Files.createDirectories(Path.of(settings.get("path.logs")));

        LogConfigurator.configureESLogging();
        LogConfigurator.configureWithoutConfig(settings);

        Environment environment = new Environment(settings, config);
        // false: the server runs from the classpath here, not as a named module, so no qualified exports to wire.
        PluginsLoader plugins = PluginsLoader.createPluginsLoader(
            PluginsLoader.loadModulesBundles(environment.modulesDir()), Set.of(), Map.of(), false);
        Node node = new Node(environment, plugins);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                System.err.println("Elasticsearch node did not close cleanly: " + e);
            }
        }));
        node.start();
        System.out.println("Elasticsearch node listening on http://127.0.0.1:" + httpPort);
        Thread.currentThread().join();
    }

    /** Every {@code -Ename=value} argument as {name, value}; anything else starting with -E is refused. */
    private static List<String[]> overrides(String[] args) {
        List<String[]> settings = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("-E")) {
                continue;
            }
            int equals = arg.indexOf('=');
            if (equals <= 2) {
                throw new IllegalArgumentException("expected -Ename=value, got " + arg);
            }
            settings.add(new String[] {arg.substring(2, equals), arg.substring(equals + 1)});
        }
        return settings;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
