/**
 * What Jixiao says to a person (提示信息): a {@link io.github.jixiao.core.message.Message} — a
 * stable key and typed, named arguments — rendered on demand, in the language asked for, from the
 * resource bundles each module and plug-in registers ({@link
 * io.github.jixiao.core.message.MessageBundles}); and {@link
 * io.github.jixiao.core.message.JixiaoException}, the root of every exception that says one.
 *
 * <p>Bundles are {@code messages.properties} (English, the root) and {@code
 * messages_zh.properties} (Chinese) beside each other under a base name; a language is added by a
 * bundle with its suffix ({@code messages_fr.properties}), and wording is changed by a bundle of
 * the same base name earlier on the class path. This package depends on nothing else in Jixiao.
 */
@Value.Style(
    get = {"is*", "get*"},
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = false,
    validationMethod = Value.Style.ValidationMethod.NONE,
    allowedClasspathAnnotations = Override.class,
    jdkOnly = true,
    jakarta = true,
    depluralize = true)
package io.github.jixiao.core.message;

// The settings of core.value.DomainStyle, written out: core.value depends on this package (a
// violation carries a message), so this package cannot use that annotation without a cycle.
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;
