package io.manyi.complaints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seeds the departments and the category tree from the seeds' taxonomy when there are none: at
 * start, and in tests after {@code TestDatabase.truncateAll}. Once seeded the tree is the
 * operator's to edit; this never touches it again.
 */
@Component
public class CategorySeed {

    private final JdbcTemplate jdbc;
    private final ComplaintCategories categories;

    public CategorySeed(JdbcTemplate jdbc, ComplaintCategories categories) {
        this.jdbc = jdbc;
        this.categories = categories;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensure() {
        Integer count = jdbc.queryForObject("select count(*) from complaint_categories", Integer.class);
        if (count != null && count > 0) {
            return;
        }
        try {
            String sql = new ClassPathResource("complaints/categories.sql").getContentAsString(StandardCharsets.UTF_8);
            jdbc.execute(sql);
            categories.forget();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
