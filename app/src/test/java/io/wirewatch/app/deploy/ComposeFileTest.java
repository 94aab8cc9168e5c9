package io.wirewatch.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import io.wirewatch.app.config.ConfigLoader;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.dashboard.DashboardConfig;
import io.wirewatch.events.Json;

/**
 * What a parser can check of the container setup, since no Docker engine runs here: the compose
 * file's services, pinned images, healthchecks and volumes, the monitoring profile's scrape targets
 * and dashboard, the mounted configuration, and the Dockerfile's essentials.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> WIREWATCH_SERVICES = List.of("ingest", "processor", "alerts", "dashboard");

    private final JsonNode compose = read(ROOT.resolve("docker-compose.yml"));
    private final JsonNode services = compose.path("services");

    @Test
    void everyImageIsPinnedAndKafkaMatchesTheClients() {
        assertThat(services.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("kafka", "ingest", "processor", "alerts", "dashboard", "prometheus", "grafana");
        services.fields().forEachRemaining(service -> {
            String image = service.getValue().path("image").asText();
            assertThat(image).as(service.getKey()).matches("[\\w./-]+:[\\w.-]+").doesNotEndWith(":latest");
        });
        assertThat(services.path("kafka").path("image").asText()).isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
    }

    @Test
    void kafkaRunsKraftWithBothListenersAVolumeAndAHealthcheckThatReadsTheOutput() {
        JsonNode kafka = services.path("kafka");
        JsonNode env = kafka.path("environment");
        assertThat(env.path("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
        assertThat(env.path("KAFKA_ADVERTISED_LISTENERS").asText()).contains("INTERNAL://kafka:29092").contains("HOST://localhost:9092");
        assertThat(volumeMounts(kafka)).containsEntry("kafka-data", env.path("KAFKA_LOG_DIRS").asText());
        String check = String.join(" ", texts(kafka.path("healthcheck").path("test")));
        assertThat(check).contains("kafka-broker-api-versions.sh").contains("! echo").contains("-> ERROR");
    }

    @Test
    void wirewatchServicesShareOneImageEachWithItsCommandStateConfigAndReadiness() {
        for (String name : WIREWATCH_SERVICES) {
            JsonNode service = services.path(name);
            assertThat(service.path("image").asText()).as(name).isEqualTo(services.path("processor").path("image").asText());
            assertThat(service.path("build").path("context").asText()).as(name).isEqualTo(".");
            assertThat(texts(service.path("command"))).as(name).containsSequence("run", "--only", name);
            assertThat(service.path("depends_on").path("kafka").path("condition").asText()).as(name).isEqualTo("service_healthy");
            assertThat(String.join(" ", texts(service.path("healthcheck").path("test")))).as(name).contains("/health/ready");
            assertThat(service.path("stop_grace_period").asText()).as(name).isNotEmpty();
            assertThat(service.path("environment").path("WIREWATCH_KAFKA_BOOTSTRAP").asText()).as(name).isEqualTo("kafka:29092");
            Map<String, String> mounts = volumeMounts(service);
            assertThat(mounts).as(name).containsEntry("./deploy/wirewatch.yaml", "/etc/wirewatch/wirewatch.yaml:ro");
            if (!name.equals("dashboard")) {
                assertThat(mounts).as(name + " keeps its state").containsEntry(name + "-data", "/var/lib/wirewatch");
            }
        }
        assertThat(services.path("ingest").path("depends_on").path("processor").path("condition").asText())
                .as("consumers first, as ./wirewatch run starts them").isEqualTo("service_healthy");
    }

    /**
     * The dashboard listens on every interface of its container: without a token from the host's
     * environment it must refuse to start, naming the variable; with one it starts, reading the
     * sources' poll health from ingest's ops port.
     */
    @Test
    void theDashboardServiceRefusesToStartWithoutATokenAndServesWithOne() throws IOException {
        JsonNode dashboard = services.path("dashboard");
        assertThat(texts(dashboard.path("command"))).containsSequence("run", "--only", "dashboard");
        assertThat(texts(dashboard.path("ports"))).contains("8080:8090");
        Map<String, String> env = new java.util.LinkedHashMap<>();
        dashboard.path("environment").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        assertThat(env.get("WIREWATCH_DASHBOARD_TOKEN")).as("a default, not ${VAR:?}: compose config must pass without it")
                .isEqualTo("${WIREWATCH_DASHBOARD_TOKEN:-}");
        String deployed = Files.readString(ROOT.resolve("deploy/wirewatch.yaml"));

        Map<String, String> unset = withComposeDefaults(env);
        assertThatThrownBy(() -> ConfigLoader.parse(deployed, "deploy/wirewatch.yaml", unset))
                .hasMessageContaining("dashboard.token").hasMessageContaining("WIREWATCH_DASHBOARD_TOKEN");

        Map<String, String> set = new java.util.HashMap<>(unset);
        set.put("WIREWATCH_DASHBOARD_TOKEN", "0123456789abcdef0123456789abcdef");
        DashboardConfig config = ConfigLoader.parse(deployed, "deploy/wirewatch.yaml", set).dashboard();
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isEqualTo(8090);
        assertThat(config.token()).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(config.sourceHealthUrl()).isEqualTo("http://ingest:8080/health/sources");
    }

    /** The values docker compose gives {@code ${NAME:-default}} when NAME is not set on the host. */
    private static Map<String, String> withComposeDefaults(Map<String, String> env) {
        Map<String, String> resolved = new java.util.HashMap<>();
        env.forEach((name, value) -> resolved.put(name, value.replaceAll("\\$\\{[A-Z_]+:-([^}]*)}", "$1")));
        return resolved;
    }

    @Test
    void everyNamedVolumeIsDeclared() {
        services.fields().forEachRemaining(service -> volumeMounts(service.getValue()).keySet().stream()
                .filter(source -> !source.startsWith("."))
                .forEach(volume -> assertThat(compose.path("volumes").has(volume)).as(service.getKey() + " " + volume).isTrue()));
    }

    @Test
    void monitoringProfileScrapesEveryServiceAndProvisionsTheDashboard() throws IOException {
        for (String name : List.of("prometheus", "grafana")) {
            assertThat(texts(services.path(name).path("profiles"))).as(name).containsExactly("monitoring");
        }
        JsonNode prometheus = read(ROOT.resolve("deploy/prometheus/prometheus.yml"));
        List<String> targets = new ArrayList<>();
        prometheus.path("scrape_configs").forEach(job -> job.path("static_configs").forEach(group -> targets.addAll(texts(group.path("targets")))));
        assertThat(targets).containsExactlyInAnyOrder("ingest:8080", "processor:8080", "alerts:8080", "dashboard:8080");

        String datasourceUid = read(ROOT.resolve("deploy/grafana/provisioning/datasources/prometheus.yml"))
                .path("datasources").get(0).path("uid").asText();
        JsonNode dashboard = Json.mapper().readTree(ROOT.resolve("deploy/grafana/dashboards/wirewatch.json").toFile());
        List<String> titles = new ArrayList<>();
        List<String> expressions = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> {
            titles.add(panel.path("title").asText());
            panel.path("targets").forEach(target -> {
                expressions.add(target.path("expr").asText());
                assertThat(target.path("datasource").path("uid").asText()).isEqualTo(datasourceUid);
            });
        });
        assertThat(titles).contains("Throughput per stage", "Lag and latency", "Alerts", "Errors");
        String all = String.join("\n", expressions);
        assertThat(all).contains("wirewatch_consumer_lag_records", "wirewatch_alerts_deliveries_total",
                "wirewatch_ingest_fetch_errors_total", "wirewatch_alerts_end_to_end_latency_seconds_bucket");
    }

    @Test
    void theMountedConfigurationIsTheBundledDemoAndLoads() throws IOException {
        String deployed = Files.readString(ROOT.resolve("deploy/wirewatch.yaml"));
        String bundled;
        try (InputStream in = getClass().getResourceAsStream("/demo/wirewatch-demo.yaml")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${demo}", "/opt/wirewatch/demo");
        }
        assertThat(withoutComments(deployed)).isEqualTo(withoutComments(bundled));
        WirewatchConfig config = ConfigLoader.parse(deployed, "deploy/wirewatch.yaml",
                Map.of("WIREWATCH_KAFKA_BOOTSTRAP", "kafka:29092", "WIREWATCH_OPS_BIND", "0.0.0.0"));
        assertThat(config.kafka().bootstrap()).isEqualTo("kafka:29092");
        assertThat(config.ops().bind()).isEqualTo("0.0.0.0");
        config.sources().forEach(source -> assertThat(Path.of("src/main/resources/demo")
                .resolve(source.url().replace("/opt/wirewatch/demo/", ""))).as(source.id()).exists());
    }

    @Test
    void dockerfileBuildsWithMavenRunsOnAJreAsNonRootInExecForm() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        List<String> stages = matches(dockerfile, "(?m)^FROM (\\S+)");
        assertThat(stages).hasSize(2);
        assertThat(stages.get(0)).contains("-jdk").doesNotContain("latest");
        assertThat(stages.get(1)).contains("-jre").doesNotContain("latest");
        assertThat(dockerfile).contains("./mvnw").contains("-XX:MaxRAMPercentage").contains("org.opencontainers.image.revision");
        assertThat(matches(dockerfile, "(?m)^USER (\\S+)")).singleElement().isNotIn("root", "0", "0:0");
        assertThat(matches(dockerfile, "(?m)^ENTRYPOINT (.+)$")).singleElement().asString().startsWith("[\"java\"");
        assertThat(Files.readString(ROOT.resolve(".dockerignore"))).contains("**/target/").contains(".git/");
    }

    /**
     * Read with SnakeYAML (the parser under Jackson's YAML module), which applies the compose file's
     * merge keys ({@code <<: *wirewatch}), then viewed as a Jackson tree.
     */
    private static JsonNode read(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            Object yaml = new Yaml().load(reader);
            return Json.mapper().valueToTree(yaml);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** Short-syntax volumes ({@code source:target[:mode]}) as source → target with mode. */
    private static Map<String, String> volumeMounts(JsonNode service) {
        Map<String, String> mounts = new java.util.LinkedHashMap<>();
        for (String volume : texts(service.path("volumes"))) {
            int colon = volume.indexOf(':');
            mounts.put(volume.substring(0, colon), volume.substring(colon + 1));
        }
        return mounts;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            texts.add(it.next().asText());
        }
        return texts;
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String withoutComments(String yaml) {
        return yaml.lines().filter(line -> !line.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
    }
}
