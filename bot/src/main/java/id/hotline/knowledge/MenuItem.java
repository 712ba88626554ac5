package id.hotline.knowledge;

/** A main-menu topic: a label and the intent (or command) it opens. */
public record MenuItem(String payload, Texts label) {
}
