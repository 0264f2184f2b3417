package io.github.jixiao.core.value;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Derives a list of a value's elements named by code (按代码派生): each element whose code a change
 * names is replaced by what the change makes of it, the others kept as they are, in their order.
 * The value built from the new list is validated as any other, so a change that breaks an
 * invariant (weights that no longer add up, a code that now repeats) is refused as a built value
 * would be. A code that names no element is refused at once, naming the known codes.
 */
public final class ByCode {

  /** The most known codes a message names; the rest are counted. */
  static final int MOST_NAMED = 20;

  private ByCode() {}

  /**
   * {@code elements} with the element of each code in {@code changes} replaced by the change's
   * result.
   *
   * @param type the simple name of the value whose list it is, e.g. {@code "Rulebook"}
   * @param listPath the list's path in that value, e.g. {@code "indicators"}
   * @throws InvalidValueException if a code names no element (the codes known are listed), or a
   *     change gives null
   */
  public static <T> List<T> changed(List<T> elements, Function<T, String> code,
      Map<String, UnaryOperator<T>> changes, String type, String listPath) {
    Set<String> unknown = new LinkedHashSet<>(changes.keySet());
    List<T> changed = new ArrayList<>(elements.size());
    for (T element : elements) {
      String c = code.apply(element);
      UnaryOperator<T> change = changes.get(c);
      if (change == null || !unknown.remove(c)) {
        changed.add(element);
        continue;
      }
      T result = change.apply(element);
      if (result == null) {
        throw Numbers.invalid(type, listPath, Message.of("core.value.change-null",
            Argument.text("code", Echo.text(c))));
      }
      changed.add(result);
    }
    if (!unknown.isEmpty()) {
      String codes = known(elements, code);
      throw Numbers.invalid(type, listPath, Message.of("core.value.no-such-code",
          Argument.text("list", JsonPaths.rooted(listPath)),
          Argument.list("missing", unknown.stream().map(c -> "'" + Echo.text(c) + "'").toList()),
          Argument.text("codes", codes)));
    }
    return changed;
  }

  /** {@link #changed(List, Function, Map, String, String)} of the one change of {@code code}. */
  public static <T> List<T> changed(List<T> elements, Function<T, String> code, String codeOf,
      UnaryOperator<T> change, String type, String listPath) {
    Objects.requireNonNull(codeOf, "code");
    Objects.requireNonNull(change, "change");
    return changed(elements, code, Map.of(codeOf, change), type, listPath);
  }

  private static <T> String known(List<T> elements, Function<T, String> code) {
    if (elements.isEmpty()) {
      return "(none)";
    }
    List<String> named = new ArrayList<>();
    for (int i = 0; i < elements.size() && i < MOST_NAMED; i++) {
      named.add(Echo.text(code.apply(elements.get(i))));
    }
    int more = elements.size() - named.size();
    return String.join(", ", named) + (more > 0 ? " … (+" + more + ")" : "");
  }
}
