# The HiChat server's image. Not built on the machines this project is developed on (they run no Docker engine);
# DockerfileTest checks what can be checked without one.
#
#   docker build -t hichat .
#   docker run -p 8888:8888 -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/hichat -e HICHAT_TOKEN_SECRET=... \
#       -e SPRING_PROFILES_ACTIVE=prod hichat
#
# The first start trains the class-data-sharing archive against the configured database (about half a minute,
# as bin/launch-server does); mount /app/app/target/server as a volume to keep it across containers.

FROM eclipse-temurin:17-jdk-noble AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY db/ db/
COPY modules/ modules/
COPY app/ app/
# The tests need PostgreSQL and RabbitMQ, so CI runs them (./mvnw verify); the image is built from what passed.
RUN ./mvnw -q -B -Dmaven.test.skip=true package \
    && java -Djarmode=tools -jar app/target/hichat.jar extract --layers --destination /layers

FROM eclipse-temurin:17-jre-noble
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app hichat
WORKDIR /app
COPY bin/launch-server bin/
COPY app/jvm.options app/
# The extracted jar, in layers from the least to the most often changed, where bin/launch-server looks for it.
COPY --from=build /layers/dependencies/ app/target/server/
COPY --from=build /layers/spring-boot-loader/ app/target/server/
COPY --from=build /layers/snapshot-dependencies/ app/target/server/
COPY --from=build /layers/application/ app/target/server/
RUN chown -R hichat app/target/server
USER 10001
# The API's two ports; the management port (8081) answers on the loopback unless MANAGEMENT_SERVER_ADDRESS opens it.
EXPOSE 8888 8889
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s \
    CMD curl -fs http://127.0.0.1:8081/actuator/health/liveness || exit 1
ENTRYPOINT ["bin/launch-server"]
