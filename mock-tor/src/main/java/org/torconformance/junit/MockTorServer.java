package org.torconformance.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a mock tor for a test: on a {@code MockTor} field (instance or static) or test-method
 * parameter, with {@link MockTorExtension} registered. One mock per test by default, on free
 * loopback ports, so tests run in parallel without clashes; {@link #shared()} keeps one mock for
 * the whole class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface MockTorServer {
    /** {@code none}, {@code password:SECRET}, {@code hashed:16:…}, {@code cookie}, {@code safecookie}. */
    String auth() default "none";

    /** torrc options as {@code Name=Value}; repeat a name for LineList options. */
    String[] options() default {};

    /** Seed for nonces, cookies and keys; negative for a random seed. */
    long seed() default -1;

    boolean torQuirks() default false;

    /** One mock for all tests of the class (closed after the last one). */
    boolean shared() default false;
}
