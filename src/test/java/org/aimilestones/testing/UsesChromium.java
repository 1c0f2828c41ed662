package org.aimilestones.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that drives Chromium ({@link Browser}): such classes run one at a time, each beside one class that
 * does not (src/test/resources/junit-platform.properties runs two classes at once), so that a browser's rendering
 * has a core to itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ResourceLock("chromium")
public @interface UsesChromium {}
