package id.hotline.dialog;

import id.hotline.knowledge.KnowledgeBase;
import id.hotline.nlu.Nlu;

/** The content and the classifier trained on it: swapped together when the knowledge base is reloaded. */
public record Brain(KnowledgeBase kb, Nlu nlu) {
}
