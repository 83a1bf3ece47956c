package io.manyi.complaints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editable category tree. Every category has an owning department, its own or the nearest
 * ancestor's; complaint analysis attributes lost satisfaction to it.
 */
@Component
public class ComplaintCategories {

    /** One category row; {@code department} is the effective owner (inherited when not its own). */
    public record Category(String code, String parentCode, String nameZh, String nameEn, String department,
                           String indicator, int position, boolean active) {
    }

    /** A node of the tree as {@code GET /api/v1/tickets/categories} returns it. */
    public record Node(String code, String name, String nameZh, String nameEn, String department, String indicator,
                       List<Node> children) {
    }

    public record Change(String code, String parentCode, String nameZh, String nameEn, String department,
                         String indicator, Integer position, Boolean active) {
    }

    /** The tree is read on every ticket: kept for a few seconds (another server's edit shows within them). */
    private static final long CACHE_NANOS = 10_000_000_000L;

    private record Snapshot(List<Category> all, Map<String, Category> byCode, long loadedAt) {
    }

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    public ComplaintCategories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.loadedAt() > CACHE_NANOS) {
            List<Category> all = load();
            Map<String, Category> byCode = new LinkedHashMap<>();
            all.forEach(c -> byCode.put(c.code(), c));
            current = new Snapshot(List.copyOf(all), java.util.Collections.unmodifiableMap(byCode), System.nanoTime());
            snapshot = all.isEmpty() ? null : current; // an empty tree is about to be seeded: never keep it
        }
        return current;
    }

    /** Forgets the cached tree (after an edit or a seed). */
    public void forget() {
        snapshot = null;
    }

    /** Every category, parents before children, with the effective department. */
    public List<Category> all() {
        return snapshot().all();
    }

    private List<Category> load() {
        return jdbc.sql("""
                with recursive tree as (
                    select code, parent_code, name_zh, name_en, department, indicator, position, active,
                           lpad(position::text, 4, '0') || code as sort_key
                    from complaint_categories where parent_code is null
                    union all
                    select c.code, c.parent_code, c.name_zh, c.name_en, coalesce(c.department, t.department),
                           c.indicator, c.position, c.active, t.sort_key || '/' || lpad(c.position::text, 4, '0') || c.code
                    from complaint_categories c join tree t on c.parent_code = t.code
                )
                select code, parent_code, name_zh, name_en, department, indicator, position, active
                from tree order by sort_key
                """).query(Category.class).list();
    }

    public Map<String, Category> byCode() {
        return snapshot().byCode();
    }

    public Optional<Category> find(String code) {
        return Optional.ofNullable(byCode().get(code));
    }

    /** The category and its ancestors, the category first. */
    public List<String> path(String code) {
        Map<String, Category> byCode = byCode();
        List<String> path = new ArrayList<>();
        for (Category c = byCode.get(code); c != null && path.size() < 20; c = byCode.get(c.parentCode())) {
            path.add(c.code());
        }
        return path;
    }

    /** The tree of active categories, names in the reader's language. */
    public List<Node> tree(Locale locale, String search) {
        List<Category> all = all().stream().filter(Category::active).toList();
        String needle = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        return children(all, null, locale, needle);
    }

    private List<Node> children(List<Category> all, String parent, Locale locale, String needle) {
        List<Node> nodes = new ArrayList<>();
        for (Category c : all) {
            if (!java.util.Objects.equals(c.parentCode(), parent)) {
                continue;
            }
            List<Node> below = children(all, c.code(), locale, needle);
            boolean matches = needle == null || c.code().toLowerCase(Locale.ROOT).contains(needle)
                    || c.nameZh().contains(needle) || c.nameEn().toLowerCase(Locale.ROOT).contains(needle);
            if (matches || !below.isEmpty()) {
                String name = "zh".equals(locale.getLanguage()) ? c.nameZh() : c.nameEn();
                nodes.add(new Node(c.code(), name, c.nameZh(), c.nameEn(), c.department(), c.indicator(), below));
            }
        }
        return nodes;
    }

    public List<Map<String, Object>> departments() {
        return jdbc.sql("select code, name_zh, name_en from complaint_departments order by code").query().listOfRows();
    }

    /** Adds a category or changes one (fields left null keep their value). */
    @Transactional
    public Category save(Change change) {
        if (change.code() == null || !change.code().matches("[A-Z0-9_]{2,64}")) {
            throw TicketRefused.invalid("a category code is 2-64 of A-Z, 0-9 and _");
        }
        Optional<Category> existing = jdbc.sql("select * from complaint_categories where code = ?").param(change.code())
                .query(Category.class).optional();
        if (change.parentCode() != null && (change.parentCode().equals(change.code())
                || path(change.parentCode()).contains(change.code()) || find(change.parentCode()).isEmpty())) {
            throw new TicketRefused(422, "bad-parent", "parent " + change.parentCode() + " is unknown or inside " + change.code());
        }
        if (change.department() != null && jdbc.sql("select count(*) from complaint_departments where code = ?")
                .param(change.department()).query(Integer.class).single() == 0) {
            throw new TicketRefused(422, "unknown-department", "no department " + change.department());
        }
        if (existing.isEmpty()) {
            if (blank(change.nameZh()) || blank(change.nameEn())) {
                throw TicketRefused.invalid("a new category needs nameZh and nameEn");
            }
            if (change.parentCode() == null && change.department() == null) {
                throw new TicketRefused(422, "no-department", "a top-level category needs an owning department");
            }
            jdbc.sql("""
                    insert into complaint_categories (code, parent_code, name_zh, name_en, department, indicator, position, active)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(change.code(), change.parentCode(), change.nameZh(), change.nameEn(), change.department(),
                    change.indicator(), change.position() == null ? 0 : change.position(),
                    change.active() == null || change.active()).update();
        } else {
            Category old = existing.get();
            jdbc.sql("""
                    update complaint_categories set parent_code = ?, name_zh = ?, name_en = ?, department = ?,
                           indicator = ?, position = ?, active = ? where code = ?
                    """).params(change.parentCode() != null ? change.parentCode() : old.parentCode(),
                    blank(change.nameZh()) ? old.nameZh() : change.nameZh(),
                    blank(change.nameEn()) ? old.nameEn() : change.nameEn(),
                    change.department() != null ? change.department() : old.department(),
                    change.indicator() != null ? change.indicator() : old.indicator(),
                    change.position() != null ? change.position() : old.position(),
                    change.active() != null ? change.active() : old.active(), change.code()).update();
        }
        forget();
        return find(change.code()).orElseThrow();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
