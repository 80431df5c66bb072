package io.hichat.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server of a test run, found in this order: the server named by {@value #URL_VARIABLE}; else one
 * answering on localhost:5432; else a Testcontainers container where Docker runs. The run gets a database of its
 * own, dropped at the end, so runs never see each other's data.
 */
public final class TestDatabase {

    static final String URL_VARIABLE = "HICHAT_TEST_DB_URL";
    private static final String LOCAL_URL = "jdbc:postgresql://localhost:5432/postgres?connectTimeout=3";
    private static final String LOCAL_USER = "postgres";

    private static Server server;
    private static String database;
    private static final List<String> SCRATCH_DATABASES = new ArrayList<>();
    private static PostgreSQLContainer container;

    private TestDatabase() {
    }

    /** Creates this run's database and points Spring's datasource at it. */
    static synchronized void open() {
        server = locate();
        database = server.createDatabase("hichat_test");
        System.setProperty("spring.datasource.url", server.urlOf(database));
        System.setProperty("spring.datasource.username", server.user());
        System.setProperty("spring.datasource.password", server.password());
    }

    static synchronized void close() {
        if (server != null) {
            server.dropDatabase(database);
            SCRATCH_DATABASES.forEach(server::dropDatabase);
        }
        if (container != null) {
            container.stop();
        }
    }

    /**
     * A database of its own for a test that must break it (an outage) without touching the shared one; dropped at
     * the end of the run, when the test's server is long closed.
     */
    public static synchronized String createScratchDatabase(String prefix) {
        String name = server().createDatabase(prefix);
        SCRATCH_DATABASES.add(name);
        return name;
    }

    /** The server this run uses. */
    public static synchronized Server server() {
        if (server == null) {
            throw new IllegalStateException("the test database session did not start");
        }
        return server;
    }

    private static Server locate() {
        String configured = System.getenv(URL_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Server named = new Server(configured, "", "");
            named.check().ifPresent(problem -> {
                throw new IllegalStateException(URL_VARIABLE + " is set but its server cannot be used: " + problem);
            });
            return named;
        }
        Server local = new Server(LOCAL_URL, LOCAL_USER, "");
        var localProblem = local.check();
        if (localProblem.isEmpty()) {
            return local;
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        throw new IllegalStateException("""
                No PostgreSQL for the tests. Give them one of:
                  1. %s=jdbc:postgresql://HOST:PORT/postgres?user=USER&password=PASSWORD (may create databases);
                  2. a PostgreSQL server on localhost:5432 that lets user 'postgres' in without a password;
                  3. a running Docker engine, for Testcontainers.
                (localhost:5432 said: %s)""".formatted(URL_VARIABLE, localProblem.get()));
    }

    /** A PostgreSQL server reached through an administrative JDBC URL, on which tests may create databases. */
    public record Server(String adminUrl, String user, String password) {

        Optional<String> check() {
            try (Connection ignored = connect()) {
                return Optional.empty();
            } catch (SQLException unreachable) {
                return Optional.of(unreachable.getMessage());
            }
        }

        /** Creates a database named after the prefix and a random suffix, and returns its name. */
        public String createDatabase(String prefix) {
            String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE DATABASE " + name);
            return name;
        }

        public void dropDatabase(String name) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }

        /** Runs one statement on the administrative database. */
        public void execute(String sql) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException failed) {
                throw new IllegalStateException("could not run '" + sql + "': " + failed.getMessage(), failed);
            }
        }

        /** Counts what a query finds in one of this server's databases. */
        public long count(String database, String sql) {
            Properties credentials = credentials();
            try (Connection connection = DriverManager.getConnection(urlOf(database), credentials);
                    Statement statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT count(*) FROM (" + sql + ") AS found")) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException failed) {
                throw new IllegalStateException("could not run '" + sql + "' in " + database + ": "
                        + failed.getMessage(), failed);
            }
        }

        /** A connection of its own to one of this server's databases; the caller closes it. */
        public Connection connectTo(String database) throws SQLException {
            return DriverManager.getConnection(urlOf(database), credentials());
        }

        /** The JDBC URL of another database on this server, with the same parameters. */
        public String urlOf(String name) {
            int query = adminUrl.indexOf('?');
            String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
            String parameters = query < 0 ? "" : adminUrl.substring(query);
            return base.substring(0, base.lastIndexOf('/') + 1) + name + parameters;
        }

        private Connection connect() throws SQLException {
            return DriverManager.getConnection(adminUrl, credentials());
        }

        private Properties credentials() {
            Properties credentials = new Properties();
            if (!user.isEmpty()) {
                credentials.setProperty("user", user);
                credentials.setProperty("password", password);
            }
            return credentials;
        }
    }
}
