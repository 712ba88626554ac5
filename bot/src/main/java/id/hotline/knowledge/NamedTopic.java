package id.hotline.knowledge;

import java.util.List;

/**
 * A programme or service named in knowledge-base/names.yaml: a message that names it is about it.
 *
 * @param name    the entry's name in names.yaml
 * @param words   the names as the normaliser writes them (lower case, after slang.yaml); each one word or several
 * @param intents the intents that answer questions about it
 */
public record NamedTopic(String name, List<String> words, List<String> intents) {
    public NamedTopic {
        words = List.copyOf(words);
        intents = List.copyOf(intents);
        if (words.isEmpty() || intents.isEmpty()) {
            throw new IllegalArgumentException("a named topic needs words and intents");
        }
    }
}
