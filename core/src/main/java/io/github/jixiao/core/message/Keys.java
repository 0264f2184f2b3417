package io.github.jixiao.core.message;

/** The grammar of a message key: letters, digits, dashes and underscores, in parts joined by
 * dots, no part empty or starting with a dash. */
final class Keys {

  /** The longest key accepted. */
  static final int MOST_CHARS = 200;

  private Keys() {}

  static boolean valid(String key) {
    if (key == null || key.isEmpty() || key.length() > MOST_CHARS) {
      return false;
    }
    boolean partStart = true;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '.') {
        if (partStart) {
          return false;
        }
        partStart = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || ((c == '-' || c == '_') && !partStart)) {
        partStart = false;
      } else {
        return false;
      }
    }
    return !partStart;
  }

  static IllegalArgumentException invalid(Message message) {
    String key = message.getKey();
    return new IllegalArgumentException(key == null ? "a message needs a key"
        : "a message key is letters, digits, dashes and underscores in parts joined by dots,"
            + " at most "
            + MOST_CHARS + " characters; was '" + Texts.bounded(key) + "'");
  }
}
