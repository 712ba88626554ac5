package id.hotline.domain;

/** What a user sent. Only text is classified; everything else gets an explaining reply. */
public enum MessageKind {
    TEXT, EDITED_TEXT, BUTTON, COMMAND, PHOTO, DOCUMENT, VOICE, AUDIO, VIDEO, STICKER, LOCATION, CONTACT, OTHER;

    public boolean carriesText() {
        return this == TEXT || this == EDITED_TEXT || this == BUTTON || this == COMMAND;
    }
}
