package io.manyi.moments;

import io.manyi.moments.internal.MomentTypeTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalog of moment types: data an analyst edits (docs/moments.md, "Catalog"). */
@Service
public class MomentCatalog {

    private final MomentTypeTable table;

    public MomentCatalog(MomentTypeTable table) {
        this.table = table;
    }

    public List<MomentType> types() {
        return table.all();
    }

    public Optional<MomentType> type(String code) {
        return table.find(code);
    }

    /** What an analyst may change about a type; null fields stay as they are. */
    public record Change(String nameZh, String nameEn, String need, ActionKind actionKind, Channel channel, Cycle cycle,
                         Integer windowDays, Integer slaHours, Map<String, Double> params, String scriptZh,
                         String scriptEn, Boolean enabled) {
    }

    /**
     * Applies {@code change} to the type {@code code}.
     *
     * @throws InvalidMomentChange with the problems when the change cannot be used
     * @throws java.util.NoSuchElementException when there is no such type
     */
    @Transactional
    public MomentType update(String code, Change change, String actor) {
        MomentType old = table.find(code).orElseThrow(() -> new java.util.NoSuchElementException("no moment type " + code));
        MomentType updated = new MomentType(code, or(change.nameZh(), old.nameZh()), or(change.nameEn(), old.nameEn()),
                or(change.need(), old.need()), or(change.actionKind(), old.actionKind()), or(change.channel(), old.channel()),
                or(change.cycle(), old.cycle()), or(change.windowDays(), old.windowDays()), or(change.slaHours(), old.slaHours()),
                or(change.params(), old.params()), or(change.scriptZh(), old.scriptZh()), or(change.scriptEn(), old.scriptEn()),
                or(change.enabled(), old.enabled()));
        List<String> problems = problems(updated, old);
        if (!problems.isEmpty()) {
            throw new InvalidMomentChange(problems);
        }
        table.update(updated, actor);
        return updated;
    }

    static List<String> problems(MomentType t, MomentType old) {
        List<String> problems = new ArrayList<>();
        if (t.windowDays() < 0 || t.windowDays() > 366) {
            problems.add("windowDays must be between 0 and 366");
        }
        if (t.slaHours() < 1 || t.slaHours() > 8784) {
            problems.add("slaHours must be between 1 and 8784");
        }
        if (t.nameZh().isBlank() || t.nameEn().isBlank() || t.scriptZh().isBlank() || t.scriptEn().isBlank()) {
            problems.add("names and scripts must not be blank");
        }
        // Immediate types come from events and batch types from rules: a type cannot switch between them.
        if ((old.cycle() == Cycle.IMMEDIATE) != (t.cycle() == Cycle.IMMEDIATE)) {
            problems.add("cycle IMMEDIATE belongs to event-driven types only");
        }
        return problems;
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
