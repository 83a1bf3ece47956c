package io.manyi.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL always: the server named by {@code MANYI_DB_URL} when set, otherwise the embedded
 * one under {@code --data-dir}.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(@Value("${manyi.data-dir:./data}") Path dataDir,
                          @Value("${manyi.db.pool-size:10}") int poolSize) {
        DatabaseTarget target = DatabaseTarget.resolve(dataDir);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.url());
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("manyi");
        return new ClosingDataSource(config, target);
    }

    /** A pool that also stops the embedded PostgreSQL it started, after its connections close. */
    static final class ClosingDataSource extends HikariDataSource {
        private final DatabaseTarget target;

        ClosingDataSource(HikariConfig config, DatabaseTarget target) {
            super(config);
            this.target = target;
        }

        @Override
        public void close() {
            super.close();
            target.close();
        }
    }
}
