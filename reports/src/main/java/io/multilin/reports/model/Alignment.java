package io.multilin.reports.model;

/** Horizontal alignment of a table column. */
public enum Alignment { LEFT, CENTER, RIGHT }
