package io.manyi.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A feature writes only its own tables, reads the imported facts freely, and reads another
 * feature's derived data only through a view or function that feature offers (docs/architecture.md,
 * whose tables are the map checked here). Plain text analysis, no Spring: the SQL is read from every
 * string literal and text block of the main sources ({@code +} concatenations with constants
 * resolved, comments skipped), and from every migration.
 */
class TableOwnershipTest {

    private static final Path ROOT = Path.of("..");
    private static final Path SOURCES = ROOT.resolve("app/src/main/java/io/manyi");
    private static final Path MIGRATIONS = ROOT.resolve("app/src/main/resources/db/migration");
    private static final Path OWNERSHIP = ROOT.resolve("docs/architecture.md");

    @Test
    void everyFeatureWritesOnlyItsOwnTablesAndReadsOthersOnlyThroughWhatTheyOffer() {
        Ownership ownership = Ownership.read(OWNERSHIP);
        Set<String> known = new HashSet<>(ownership.owner.keySet());
        List<String> offences = new ArrayList<>();
        for (Map.Entry<Path, JavaSource> e : javaSources().entrySet()) {
            String feature = feature(e.getKey());
            if (feature == null) {
                continue;
            }
            String file = ROOT.relativize(e.getKey()).toString().replace('\\', '/');
            Set<String> seen = new TreeSet<>();
            for (String sql : e.getValue().strings()) {
                Access access = Access.of(sql, known);
                for (String table : access.writes) {
                    String owner = ownership.owner.get(table);
                    if (!feature.equals(owner)) {
                        seen.add(file + ": " + feature + " writes " + table + " (" + owner + "'s)");
                    }
                }
                for (String table : access.reads) {
                    if (!ownership.mayRead(feature, table)) {
                        seen.add(file + ": " + feature + " reads " + table + " (" + ownership.owner.get(table) + "'s, not offered)");
                    }
                }
            }
            offences.addAll(seen);
        }
        offences.forEach(System.out::println);
        assertThat(offences).as(offences.size() + " offences against docs/architecture.md").isEmpty();
    }

    @Test
    void everyTableAndViewOfTheMigrationsHasAnOwnerAndEveryNameThereExists() {
        Ownership ownership = Ownership.read(OWNERSHIP);
        Migrations migrations = Migrations.read();
        Set<String> unowned = new TreeSet<>(migrations.relations);
        unowned.removeAll(ownership.owner.keySet());
        assertThat(unowned).as("tables and views with no owner in docs/architecture.md").isEmpty();
        Set<String> missing = new TreeSet<>(ownership.owner.keySet());
        missing.removeAll(migrations.relations);
        missing.removeAll(migrations.functions);
        assertThat(missing).as("names in docs/architecture.md no migration creates").isEmpty();
        Set<String> tablesOffered = new TreeSet<>(ownership.offered);
        tablesOffered.retainAll(migrations.tables);
        assertThat(tablesOffered).as("offered names that are tables, not views or functions").isEmpty();
        Set<String> viewsNotOffered = new TreeSet<>(migrations.views);
        viewsNotOffered.removeAll(ownership.offered);
        assertThat(viewsNotOffered).as("views listed as tables instead of offered").isEmpty();
    }

    @Test
    void anOfferedViewOrFunctionReadsOnlyItsOwnersTablesTheFactsAndOfferedViews() {
        Ownership ownership = Ownership.read(OWNERSHIP);
        Migrations migrations = Migrations.read();
        List<String> offences = new ArrayList<>();
        migrations.bodies.forEach((name, body) -> {
            String owner = ownership.owner.get(name);
            if (owner == null || !ownership.offered.contains(name)) {
                return;
            }
            for (String table : Access.of(body, ownership.owner.keySet()).reads) {
                if (!table.equals(name) && !ownership.mayRead(owner, table)) {
                    offences.add(name + " (" + owner + "'s) reads " + table + " (" + ownership.owner.get(table) + "'s)");
                }
            }
        });
        offences.forEach(System.out::println);
        assertThat(offences).isEmpty();
    }

    @Test
    void theAnalysisSeesTheCommonForms() {
        Set<String> known = Set.of("tasks", "moments", "subscribers", "surveys", "points_entries", "churn_scores");
        Access a = Access.of("""
                with moments as (select 1) update tasks t set status = 'DONE' from moments m, surveys s
                where s.id = 1; -- delete from churn_scores
                insert into points_entries select * from subscribers x left join lateral (select 1 from churn_scores) c on true
                """, known);
        assertThat(a.writes).containsExactlyInAnyOrder("tasks", "points_entries");
        assertThat(a.reads).containsExactlyInAnyOrder("surveys", "subscribers", "churn_scores");
        assertThat(Access.of("copy tasks (id) from stdin", known).writes).containsExactly("tasks");
        assertThat(Access.of("delete from tasks using surveys v where v.id = tasks.id", known).reads).containsExactly("surveys");
        assertThat(Access.of("truncate table tasks, moments", known).writes).containsExactlyInAnyOrder("tasks", "moments");
        assertThat(Access.of("select extract(epoch from now()) from tasks for update", known).reads).containsExactly("tasks");
        JavaSource source = JavaSource.parse("""
                class X {
                    static final String T = "surveys";
                    // jdbc.sql("select * from moments")
                    void f() { jdbc.sql("select count(*) from " + T + " s join " + Y.OTHER + " where x = '" + x + "'"); }
                    String g = \"""
                            select 1 from tasks \\
                            t where t.msisdn = ?\""";
                }
                """);
        Map<String, String> constants = new HashMap<>(source.constants("X"));
        constants.put("Y.OTHER", "churn_scores");
        List<String> strings = source.resolved(constants);
        assertThat(strings).anyMatch(s -> s.contains("from surveys s join churn_scores where"));
        assertThat(strings).noneMatch(s -> s.contains("from moments"));
        assertThat(strings).anyMatch(s -> s.contains("from tasks t where"));
    }

    /** {@code io.manyi.<feature>...}, platform's sub-packages each a feature; null for the launcher's own classes. */
    static String feature(Path file) {
        Path relative = SOURCES.relativize(file);
        if (relative.getNameCount() < 2) {
            return null;
        }
        String first = relative.getName(0).toString();
        return first.equals("platform") ? first + "." + relative.getName(1) : first;
    }

    /** Every main source, its strings resolved with the constants of every class. */
    private static Map<Path, JavaSource> javaSources() {
        Map<Path, JavaSource> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> sources.put(p, JavaSource.parse(read(p))));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> constants = new HashMap<>(); // Class.NAME -> value
        for (int pass = 0; pass < 3; pass++) { // a constant made of other classes' constants resolves on a later pass
            sources.forEach((path, source) -> {
                String className = className(path);
                source.constants(className, visibleIn(className, constants))
                        .forEach((name, value) -> constants.put(className + "." + name, value));
            });
        }
        Map<Path, JavaSource> resolved = new TreeMap<>();
        sources.forEach((path, source) -> resolved.put(path, source.withStrings(source.resolved(visibleIn(className(path), constants)))));
        return resolved;
    }

    private static String className(Path path) {
        return path.getFileName().toString().replace(".java", "");
    }

    /** Every class's constants as {@code Class.NAME}, and the class's own also as {@code NAME}. */
    private static Map<String, String> visibleIn(String className, Map<String, String> constants) {
        Map<String, String> visible = new HashMap<>(constants);
        constants.forEach((name, value) -> {
            if (name.startsWith(className + ".")) {
                visible.put(name.substring(className.length() + 1), value);
            }
        });
        return visible;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The owners table and the imported facts of docs/architecture.md. */
    record Ownership(Map<String, String> owner, Set<String> offered, Set<String> facts) {

        private static final Pattern NAME = Pattern.compile("`([a-z_][a-z0-9_.]*)(?:\\([^`]*\\))?`");

        static Ownership read(Path document) {
            Map<String, String> owner = new LinkedHashMap<>();
            Set<String> offered = new HashSet<>();
            Set<String> facts = new HashSet<>();
            String section = "";
            for (String line : TableOwnershipTest.read(document).split("\n")) {
                if (line.startsWith("#")) {
                    section = line.replaceFirst("^#+", "").strip();
                    continue;
                }
                if (!line.startsWith("|") || line.startsWith("|---")) {
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                if (section.equals("Owners") && cells.length >= 5) {
                    List<String> feature = names(cells[1]);
                    if (feature.size() != 1) {
                        continue; // the header
                    }
                    for (String table : names(cells[2])) {
                        assertThat(owner.put(table, feature.getFirst())).as(table + " has two owners").isNull();
                    }
                    for (String view : names(cells[3])) {
                        assertThat(owner.put(view, feature.getFirst())).as(view + " has two owners").isNull();
                        offered.add(view);
                    }
                } else if (section.equals("Imported facts")) {
                    facts.addAll(names(cells[1]));
                }
            }
            assertThat(owner).as("the owners table of " + document).isNotEmpty();
            assertThat(facts).as("the imported facts of " + document).isNotEmpty();
            for (String fact : facts) {
                assertThat(owner.get(fact)).as("imported fact " + fact + " is intake's").isEqualTo("intake");
            }
            return new Ownership(owner, offered, facts);
        }

        private static List<String> names(String cell) {
            List<String> names = new ArrayList<>();
            Matcher m = NAME.matcher(cell);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        boolean mayRead(String feature, String table) {
            return feature.equals(owner.get(table)) || facts.contains(table) || offered.contains(table);
        }
    }

    /** What the migrations create, and the bodies of their views and SQL functions. */
    record Migrations(Set<String> tables, Set<String> views, Set<String> functions, Set<String> relations,
                      Map<String, String> bodies) {

        private static final Pattern TABLE = Pattern.compile(
                "create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
        private static final Pattern VIEW = Pattern.compile(
                "create\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+)?view\\s+(\\w+)[^;]*?\\bas\\b([^;]*);");
        private static final Pattern FUNCTION = Pattern.compile(
                "create\\s+(?:or\\s+replace\\s+)?function\\s+(\\w+)\\s*\\(.*?\\$(\\w*)\\$(.*?)\\$\\2\\$", Pattern.DOTALL);
        private static final Pattern DROP = Pattern.compile("drop\\s+(table|view|function)\\s+(?:if\\s+exists\\s+)?(\\w+)");

        static Migrations read() {
            Set<String> tables = new TreeSet<>();
            Set<String> views = new TreeSet<>();
            Set<String> functions = new TreeSet<>();
            Map<String, String> bodies = new TreeMap<>();
            List<Path> files;
            try (Stream<Path> list = Files.list(MIGRATIONS)) {
                files = list.filter(p -> p.getFileName().toString().matches("V\\d+(_\\d+)?__.*\\.sql"))
                        .sorted((a, b) -> java.util.Arrays.compare(version(a), version(b))).toList();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path file : files) {
                String sql = Access.withoutComments(TableOwnershipTest.read(file).toLowerCase(Locale.ROOT));
                Matcher m = FUNCTION.matcher(sql);
                StringBuilder rest = new StringBuilder();
                while (m.find()) {
                    functions.add(m.group(1));
                    bodies.put(m.group(1), m.group(3));
                    m.appendReplacement(rest, " ");
                }
                m.appendTail(rest);
                sql = rest.toString();
                m = TABLE.matcher(sql);
                while (m.find()) {
                    tables.add(m.group(1));
                }
                m = VIEW.matcher(sql);
                while (m.find()) {
                    views.add(m.group(1));
                    bodies.put(m.group(1), m.group(2));
                }
                m = DROP.matcher(sql);
                while (m.find()) {
                    (m.group(1).equals("table") ? tables : m.group(1).equals("view") ? views : functions).remove(m.group(2));
                }
            }
            Set<String> relations = new TreeSet<>(tables);
            relations.addAll(views);
            return new Migrations(tables, views, functions, relations, bodies);
        }

        /** V11__x.sql is {11}, V11_1__y.sql {11, 1}: compared in Flyway's order. */
        private static int[] version(Path file) {
            String version = file.getFileName().toString().replaceAll("^V([\\d_]+)__.*", "$1");
            return java.util.Arrays.stream(version.split("_")).mapToInt(Integer::parseInt).toArray();
        }
    }

    /** The known tables (and views, functions) one SQL text writes and reads. */
    record Access(Set<String> writes, Set<String> reads) {

        private static final String NAME = "(?:public\\.)?\"?([a-z_][a-z0-9_]*)\"?";
        private static final Pattern WRITE = Pattern.compile(
                "\\b(?:insert\\s+into|update(?:\\s+only)?|delete\\s+from(?:\\s+only)?|copy|merge\\s+into)\\s+" + NAME);
        private static final Pattern TRUNCATE = Pattern.compile(
                "\\btruncate\\s+(?:table\\s+)?(?:only\\s+)?([a-z0-9_.\"]+(?:\\s*,\\s*[a-z0-9_.\"]+)*)");
        private static final Pattern READ = Pattern.compile(
                "\\b(?:from|join|using)\\s+(?:only\\s+)?(?:lateral\\s+)?" + NAME);
        /** {@code , other [alias]} after a table in a FROM list. */
        private static final Pattern MORE = Pattern.compile(
                "\\G(?:\\s+(?:as\\s+)?(?!(?:where|on|join|left|right|inner|full|cross|natural|group|order|limit|offset|for|"
                        + "union|except|intersect|having|window|returning|using|set|select|lateral)\\b)[a-z_][a-z0-9_]*)?\\s*,\\s*"
                        + "(?:lateral\\s+)?" + NAME);
        private static final Pattern CTE = Pattern.compile(
                "(?:\\bwith(?:\\s+recursive)?|,)\\s*([a-z_][a-z0-9_]*)\\s+as\\s+(?:not\\s+)?(?:materialized\\s+)?\\(");

        static Access of(String text, Set<String> known) {
            String sql = withoutComments(text.toLowerCase(Locale.ROOT)).replaceAll("'(?:[^']|'')*'", "''");
            Set<String> ctes = new HashSet<>();
            Matcher m = CTE.matcher(sql);
            while (m.find()) {
                ctes.add(m.group(1));
            }
            Set<String> writes = new TreeSet<>();
            StringBuilder rest = new StringBuilder();
            m = WRITE.matcher(sql);
            while (m.find()) {
                add(writes, m.group(1), known, ctes);
                m.appendReplacement(rest, " ");
            }
            m.appendTail(rest);
            m = TRUNCATE.matcher(rest);
            while (m.find()) {
                for (String name : m.group(1).split(",")) {
                    add(writes, name.strip().replace("\"", "").replaceFirst("^public\\.", ""), known, ctes);
                }
            }
            Set<String> reads = new TreeSet<>();
            m = READ.matcher(rest);
            while (m.find()) {
                add(reads, m.group(1), known, ctes);
                Matcher more = MORE.matcher(rest);
                int at = m.end();
                while (more.find(at) && more.start() == at) {
                    add(reads, more.group(1), known, ctes);
                    at = more.end();
                }
            }
            return new Access(writes, reads);
        }

        private static void add(Set<String> names, String name, Set<String> known, Set<String> ctes) {
            if (known.contains(name) && !ctes.contains(name)) {
                names.add(name);
            }
        }

        /** Without {@code -- ...} and block comments (quotes left alone: SQL comments hold no quotes here). */
        static String withoutComments(String sql) {
            return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\n]*", " ");
        }
    }

    /**
     * A Java source as tokens: its string literals and text blocks (escapes decoded), names, and
     * the punctuation between them; comments dropped.
     */
    record JavaSource(List<Token> tokens, List<String> strings) {

        enum Kind { STRING, NAME, OTHER }

        record Token(Kind kind, String text) {
        }

        static JavaSource parse(String source) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            int n = source.length();
            while (i < n) {
                char c = source.charAt(i);
                if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                    i = source.indexOf('\n', i);
                    i = i < 0 ? n : i;
                } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                    i = source.indexOf("*/", i + 2);
                    i = i < 0 ? n : i + 2;
                } else if (source.startsWith("\"\"\"", i)) {
                    int start = source.indexOf('\n', i) + 1;
                    int end = start;
                    while (!source.startsWith("\"\"\"", end) || source.charAt(end - 1) == '\\' && source.charAt(end - 2) != '\\') {
                        end++;
                    }
                    tokens.add(new Token(Kind.STRING, unescape(textBlock(source.substring(start, end)))));
                    i = end + 3;
                } else if (c == '"') {
                    int end = i + 1;
                    while (source.charAt(end) != '"') {
                        end += source.charAt(end) == '\\' ? 2 : 1;
                    }
                    tokens.add(new Token(Kind.STRING, unescape(source.substring(i + 1, end))));
                    i = end + 1;
                } else if (c == '\'') {
                    int end = i + 1;
                    while (source.charAt(end) != '\'') {
                        end += source.charAt(end) == '\\' ? 2 : 1;
                    }
                    tokens.add(new Token(Kind.OTHER, "'"));
                    i = end + 1;
                } else if (Character.isJavaIdentifierStart(c)) {
                    int end = i;
                    while (end < n && (Character.isJavaIdentifierPart(source.charAt(end)) || source.charAt(end) == '.'
                            && end + 1 < n && Character.isJavaIdentifierStart(source.charAt(end + 1)))) {
                        end++;
                    }
                    tokens.add(new Token(Kind.NAME, source.substring(i, end)));
                    i = end;
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else {
                    tokens.add(new Token(Kind.OTHER, String.valueOf(c)));
                    i++;
                }
            }
            return new JavaSource(tokens, List.of());
        }

        JavaSource withStrings(List<String> strings) {
            return new JavaSource(tokens, strings);
        }

        Map<String, String> constants(String className) {
            return constants(className, new HashMap<>());
        }

        /** {@code static final String NAME = <literals and constants joined by +>;} of this class. */
        Map<String, String> constants(String className, Map<String, String> known) {
            Map<String, String> constants = new LinkedHashMap<>();
            for (int i = 0; i + 3 < tokens.size(); i++) {
                if (tokens.get(i).text().equals("String") && tokens.get(i + 1).kind() == Kind.NAME
                        && tokens.get(i + 2).text().equals("=") && i >= 2 && tokens.get(i - 1).text().equals("final")
                        && (tokens.get(i - 2).text().equals("static") || i >= 3 && tokens.get(i - 3).text().equals("static"))) {
                    Map<String, String> visible = new HashMap<>(known);
                    constants.forEach(visible::put);
                    StringBuilder value = new StringBuilder();
                    int end = expression(i + 3, visible, value);
                    if (end < tokens.size() && tokens.get(end).text().equals(";")) {
                        constants.put(tokens.get(i + 1).text(), value.toString());
                    }
                }
            }
            return constants;
        }

        /** Every string expression: a literal with what {@code +} joins to it (unknown values as a blank). */
        List<String> resolved(Map<String, String> constants) {
            List<String> strings = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).kind() == Kind.STRING) {
                    int start = i;
                    while (start >= 2 && tokens.get(start - 1).text().equals("+") && tokens.get(start - 2).kind() == Kind.NAME) {
                        start -= 2;
                    }
                    StringBuilder value = new StringBuilder();
                    i = expression(start, constants, value) - 1;
                    strings.add(value.toString());
                }
            }
            return strings;
        }

        /** Appends the operands from {@code at} while they are joined by {@code +}; returns the index after. */
        private int expression(int at, Map<String, String> constants, StringBuilder value) {
            int i = at;
            while (i < tokens.size()) {
                Token t = tokens.get(i);
                if (t.kind() == Kind.STRING) {
                    value.append(t.text());
                    i++;
                } else if (t.kind() == Kind.NAME) {
                    i++;
                    if (i < tokens.size() && tokens.get(i).text().equals("(")) {
                        i = skipParentheses(i);
                        value.append(' ');
                    } else {
                        value.append(constants.getOrDefault(t.text(), " "));
                    }
                } else {
                    break;
                }
                if (i < tokens.size() && tokens.get(i).text().equals("+") && i + 1 < tokens.size()
                        && tokens.get(i + 1).kind() != Kind.OTHER) {
                    i++;
                } else {
                    break;
                }
            }
            return i;
        }

        private int skipParentheses(int open) {
            int depth = 0;
            for (int i = open; i < tokens.size(); i++) {
                if (tokens.get(i).text().equals("(")) {
                    depth++;
                } else if (tokens.get(i).text().equals(")") && --depth == 0) {
                    return i + 1;
                }
            }
            return tokens.size();
        }

        /** A text block's content without its incidental indentation. */
        private static String textBlock(String raw) {
            String[] lines = raw.split("\n", -1);
            int indent = Integer.MAX_VALUE;
            for (int k = 0; k < lines.length; k++) {
                String line = lines[k];
                if (!line.isBlank() || k == lines.length - 1) {
                    indent = Math.min(indent, line.length() - line.stripLeading().length());
                }
            }
            StringBuilder text = new StringBuilder();
            for (String line : lines) {
                text.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n');
            }
            return text.toString();
        }

        private static String unescape(String s) {
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c != '\\' || k + 1 == s.length()) {
                    out.append(c);
                    continue;
                }
                char next = s.charAt(++k);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case '\n' -> { } // a text block's line continuation
                    default -> out.append(next);
                }
            }
            return out.toString();
        }
    }
}
