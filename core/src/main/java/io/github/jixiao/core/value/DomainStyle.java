package io.github.jixiao.core.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style of every Jixiao value (值对象), applied to each package that holds values (a
 * meta-annotation, so the style is written once): JavaBeans accessors that every Bean Validation
 * provider sees, package-private implementations behind a public nested {@code Builder}, strict
 * builders, JDK collections, Jakarta annotations, and singular {@code addX} methods for lists.
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
