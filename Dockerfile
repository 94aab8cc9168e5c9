# syntax=docker/dockerfile:1
# One image for every wirewatch service; the command picks it: `run --only ingest|processor|alerts|dashboard`.
#
#   docker build -t wirewatch:0.1.0 --build-arg VERSION=0.1.0 --build-arg REVISION=$(git rev-parse HEAD) \
#     --build-arg CREATED=$(date -u +%Y-%m-%dT%H:%M:%SZ) --build-arg SOURCE=<repository URL> .
#
# JVM options: JDK_JAVA_OPTIONS (read by the java launcher itself, so the exec-form entrypoint needs no shell).

FROM eclipse-temurin:17.0.15_6-jdk-jammy AS build
WORKDIR /src
# The wrapper and the POMs first, the sources last: a source change does not re-fetch Maven.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY events/pom.xml events/
COPY broker/pom.xml broker/
COPY testkit/pom.xml testkit/
COPY ingest/pom.xml ingest/
COPY processor/pom.xml processor/
COPY alerts/pom.xml alerts/
COPY dashboard/pom.xml dashboard/
COPY app/pom.xml app/
COPY eval/pom.xml eval/
COPY bench/pom.xml bench/
COPY events/src events/src
COPY broker/src broker/src
COPY testkit/src testkit/src
COPY ingest/src ingest/src
COPY processor/src processor/src
COPY alerts/src alerts/src
COPY dashboard/src dashboard/src
COPY app/src app/src
# The tests ran in CI (./mvnw -B verify); the image build only packages. The local repository is a
# BuildKit cache, so dependencies are downloaded once per builder, not once per build.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -Dmaven.test.skip=true package -pl app -am

FROM eclipse-temurin:17.0.15_6-jre-jammy
ARG VERSION=0.1.0-SNAPSHOT
ARG REVISION=unknown
ARG CREATED=unknown
ARG SOURCE=""
LABEL org.opencontainers.image.title="wirewatch" \
      org.opencontainers.image.description="Streaming news monitoring: ingest, wire copies and stories, attributed claims, alerts (Kafka)" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.base.name="eclipse-temurin:17.0.15_6-jre-jammy"

# curl for the container healthcheck (GET /health/ready); nothing else is added to the JRE image.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 wirewatch \
 && useradd --system --uid 10001 --gid wirewatch --home-dir /var/lib/wirewatch --shell /usr/sbin/nologin wirewatch \
 && mkdir -p /var/lib/wirewatch /etc/wirewatch \
 && chown wirewatch:wirewatch /var/lib/wirewatch

COPY --from=build /src/app/target/wirewatch.jar /opt/wirewatch/wirewatch.jar
# The demo's feeds and pages, for deploy/wirewatch.yaml (the same demo as `./wirewatch run`).
COPY app/src/main/resources/demo/feeds /opt/wirewatch/demo/feeds
COPY app/src/main/resources/demo/pages /opt/wirewatch/demo/pages

# The dashboard's port differs from the ops port, so that `run` with every service binds both.
ENV WIREWATCH_DATA=/var/lib/wirewatch \
    WIREWATCH_OPS_BIND=0.0.0.0 \
    WIREWATCH_OPS_PORT=8080 \
    WIREWATCH_DASHBOARD_PORT=8090
USER 10001:10001
WORKDIR /var/lib/wirewatch
VOLUME ["/var/lib/wirewatch"]
EXPOSE 8080 8090
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=4 \
    CMD curl -fsS http://127.0.0.1:8080/health/ready >/dev/null || exit 1
# Container-aware heap: three quarters of the container's memory limit, whatever the limit is.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/wirewatch/wirewatch.jar"]
CMD ["run", "--config", "/etc/wirewatch/wirewatch.yaml"]
