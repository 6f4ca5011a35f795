package org.gendan.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of gendan's value types with builders: an abstract {@code AbstractX} (package
 * private) generates the public immutable {@code X} with {@code X.builder()}, {@code withY(..)} copy
 * methods and {@code X.copyOf(..)}. Applications use the generated types and never see this annotation
 * at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
public @interface GendanStyle {}
