package id.hotline.domain;

/** IN: from the person. OUT: from the bot or a counselor. */
public enum Direction { IN, OUT }
