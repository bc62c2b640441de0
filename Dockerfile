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
WORKDIR /app
COPY --from=build /src/target/camp-coplanner.jar camp-coplanner.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/camp-coplanner.jar"]
