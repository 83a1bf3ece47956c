package io.manyi.complaints.web;

import io.manyi.complaints.ComplaintCategories;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The category tree: read by everyone (the agent's picker searches it), edited by supervisors and admins. */
@RestController
@RequestMapping({"/api/v1/tickets/categories", "/api/v1/complaints/categories"})
class CategoryApi {

    private final ComplaintCategories categories;

    CategoryApi(ComplaintCategories categories) {
        this.categories = categories;
    }

    @GetMapping
    Map<String, Object> tree(@RequestParam(required = false) String q, Locale locale) {
        List<ComplaintCategories.Node> items = categories.tree(locale, q);
        return Map.of("items", items, "departments", categories.departments());
    }

    @PutMapping("/{code}")
    ComplaintCategories.Category save(@PathVariable String code, @RequestBody ComplaintCategories.Change change) {
        return categories.save(new ComplaintCategories.Change(code, change.parentCode(), change.nameZh(), change.nameEn(),
                change.department(), change.indicator(), change.position(), change.active()));
    }
}
