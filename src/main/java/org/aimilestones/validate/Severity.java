package org.aimilestones.validate;

/** How serious a finding is: a violation fails validation, a warning or info does not. */
public enum Severity {
    VIOLATION, WARNING, INFO
}
