package io.dossier.core.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The data source class named in {@code web.xml}; the container pools its connections.
 * It reads {@link DatabaseConfig} at run time, so one WAR serves H2 or PostgreSQL as configured
 * at launch, and finds the JDBC driver bundled in the WAR that accepts the URL.
 */
public class DossierDataSource implements DataSource {

    private final DatabaseConfig config;
    private final Driver driver;
    private PrintWriter logWriter;
    private int loginTimeout;

    public DossierDataSource() {
        this(DatabaseConfig.resolve(DossierDataSource::lookup));
    }

    public DossierDataSource(DatabaseConfig config) {
        this.config = config;
        this.driver = driverFor(config.url());
    }

    public DatabaseConfig config() {
        return config;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(config.user(), config.password());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        Connection connection = driver.connect(config.url(), props);
        if (connection == null) {
            throw new SQLException("The JDBC driver refused the URL " + config.describe());
        }
        return connection;
    }

    private static Driver driverFor(String url) {
        for (Driver candidate : ServiceLoader.load(Driver.class, DossierDataSource.class.getClassLoader())) {
            try {
                if (candidate.acceptsURL(url)) {
                    return candidate;
                }
            } catch (SQLException e) {
                // not this driver; try the next one
            }
        }
        throw new IllegalStateException(
                "No JDBC driver in the application accepts " + url + " (Dossier bundles H2 and PostgreSQL)");
    }

    /** MicroProfile Config sees environment, system properties and the WAR's defaults. */
    private static Optional<String> lookup(String key) {
        try {
            return ConfigProvider.getConfig().getOptionalValue(key, String.class);
        } catch (RuntimeException | LinkageError noConfig) {
            return Optional.ofNullable(System.getProperty(key, System.getenv(key)));
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
