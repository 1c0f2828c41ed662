package org.aimilestones.testing;

import org.apache.jena.sys.JenaSystem;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Initializes Jena once, before any test class runs. Test classes run two at a time
 * (junit-platform.properties), and {@link JenaSystem#init()} marks Jena initialized as it starts, so a second thread
 * calling it meanwhile returns at once and may find Jena half set up: a test once failed on a {@code TypeMapper}
 * that was still null.
 */
public final class JenaFirst implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        JenaSystem.init();
    }
}
