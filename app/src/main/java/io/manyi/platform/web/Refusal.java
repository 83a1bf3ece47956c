package io.manyi.platform.web;



/**
 * An exception that carries its own HTTP answer: what {@code platform.shell.LastResolver} answers with when no
 * feature advice handled it (a page, say). {@link RuleRefusal} is one; a feature's refusal that
 * cannot extend it (it must not become an idempotent write's stored answer) implements this.
 */
public interface Refusal {

    int status();

    String code();
}
