# Builds the production jar (pre-compiled Vaadin bundle, no npm) and runs it.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -Pproduction
COPY src src
COPY frontend frontend
COPY solver-config solver-config
RUN ./mvnw -B -q package -Pproduction -DskipTests

FROM eclipse-temurin:17-jre
# curl for the health check only
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system camp && useradd --system --gid camp --home-dir /app --shell /usr/sbin/nologin camp
WORKDIR /app
COPY --from=build /src/target/camp-coplanner.jar camp-coplanner.jar
# the embedded H2 database (when no PostgreSQL is configured) lives under /app/data
RUN mkdir /app/data && chown camp:camp /app/data
USER camp
EXPOSE 8080
# liveness: the app answers; readiness (with the database) is for the load balancer to ask
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS "http://localhost:${MANAGEMENT_SERVER_PORT:-${PORT:-8080}}/actuator/health/liveness" || exit 1
ENTRYPOINT ["java", "-jar", "/app/camp-coplanner.jar"]
