package io.github.jixiao.core.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value.Style.ImplementationVisibility;
import org.immutables.value.Value;

/**
 * The one Immutables style of every Jixiao value (值对象), applied to each package that holds values (a
 * meta-annotation, so the style is written once): JavaBeans accessors that every Bean Validation
 * provider sees, package-private implementations behind a public nested {@code Builder}, JDK
 * collections, Jakarta annotations, and singular {@code addX} methods for lists.
 *
 * <p>Values are derived, not retyped: each value type extends its generated {@code WithX}
 * interface, so its {@code withX(…)} methods are public on the type itself, and builders are not
 * strict, so {@code X.builder().from(value)} starts from a value and a later setter wins — one
 * style for the whole library. Builders check nothing themselves ({@code validationMethod =
 * NONE}): a required attribute left out reaches the value's check, which reports it with every
 * other violation ({@link RequiredAttributes}) instead of Immutables' English {@code
 * IllegalStateException}. No annotation from the classpath is written into the generated code
 * (the {@code WithX} interfaces are supertypes of public types, read by users' compilers).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = false,
    validationMethod = Value.Style.ValidationMethod.NONE,
    allowedClasspathAnnotations = Override.class,
    jdkOnly = true,
    jakarta = true,
    depluralize = true,
    depluralizeDictionary = {"duty:duties", "entry:entries", "alias:aliases"})
public @interface DomainStyle {}
