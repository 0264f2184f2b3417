package io.github.jixiao.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.io.JsonProblem.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check of a document's {@code "format"} field (格式声明): which of the accepted {@link
 * DocumentType types} it names, or the problem — missing (perhaps misspelt), not a string, a
 * version not read, another type's, unknown — said in Jixiao's words, the formats wanted given
 * as data.
 */
final class FormatCheck {

  /** The name of the field that carries a document's format id. */
  static final String FORMAT = "format";

  private static final Pattern FORMAT_ID = Pattern.compile("jixiao/([a-z0-9-]+)/([0-9]+)");
  private static final Argument FIELD = Argument.text("field", FORMAT);

  private FormatCheck() {}

  /**
   * What a problem names as the document expected: the one type's name, or "a Jixiao document"
   * when any is accepted.
   */
  static Argument expected(List<DocumentType<?>> accepted) {
    return accepted.size() == 1 ? Argument.text("document", accepted.get(0).name())
        : Argument.message("document", "io.document.any");
  }

  /** The type {@code root} declares among {@code accepted}; empty, with the problem recorded. */
  static Optional<DocumentType<?>> of(ObjectNode root, List<DocumentType<?>> accepted,
      Problems problems) {
    JsonNode format = root.get(FORMAT);
    if (format != null && format.isTextual()) {
      for (DocumentType<?> type : accepted) {
        if (type.reads(format.textValue())) {
          return Optional.of(type);
        }
      }
    }
    if (format == null) {
      missing(root, accepted, problems);
    } else if (!format.isTextual()) {
      problems.atValue(Kind.FORMAT, JsonPath.ROOT.field(FORMAT), accepted.size() == 1
          ? Message.of("io.format.not-text.one", FIELD, first(accepted))
          : Message.of("io.format.not-text.any", FIELD, formats()), null);
    } else {
      unread(format.textValue(), accepted, problems);
    }
    return Optional.empty();
  }

  private static void missing(ObjectNode root, List<DocumentType<?>> accepted,
      Problems problems) {
    Optional<String> misspelt = Optional.empty();
    for (var names = root.fieldNames(); names.hasNext() && misspelt.isEmpty(); ) {
      String name = names.next();
      misspelt = DidYouMean.closest(name, List.of(FORMAT)).map(f -> Echo.of(name));
    }
    Message hint = misspelt.isPresent()
        ? Message.of("io.format.misspelt", Argument.text("name", misspelt.get()), FIELD)
        : accepted.size() == 1 ? Message.of("io.format.add.one", FIELD, first(accepted))
        : Message.of("io.format.add.any", FIELD, formats());
    problems.atValue(Kind.FORMAT, JsonPath.ROOT, Message.of("io.format.missing"), hint);
  }

  /** A format id that is a string and names no accepted type. */
  private static void unread(String id, List<DocumentType<?>> accepted, Problems problems) {
    JsonPath path = JsonPath.ROOT.field(FORMAT);
    Matcher m = id.length() > 100 ? null : FORMAT_ID.matcher(id);
    Optional<DocumentType<?>> sameName = m != null && m.matches()
        ? DocumentType.all().stream().filter(t -> t.name().equals(m.group(1))).findFirst()
        : Optional.empty();
    if (sameName.isPresent() && accepted.contains(sameName.get())) {
      DocumentType<?> type = sameName.get();
      Argument name = Argument.text("name", type.name());
      Argument version = Argument.number("version", Long.parseLong(m.group(2)));
      Message message = type.firstVersionRead() == type.version()
          ? Message.of("io.format.version.one", name, version,
              Argument.number("read", type.version()))
          : Message.of("io.format.version.range", name, version,
              Argument.number("first", type.firstVersionRead()),
              Argument.number("last", type.version()));
      problems.atValue(Kind.FORMAT, path, message, Message.of("io.format.version.hint", FIELD,
          Argument.text("format", type.format())));
    } else if (sameName.isPresent()) {
      Argument found = Argument.text("found", sameName.get().name());
      problems.atValue(Kind.FORMAT, path, Message.of("io.format.other-type", found,
          expected(accepted), FIELD, first(accepted)), Message.of("io.format.read-as", found));
    } else {
      Optional<String> near = DidYouMean.closest(id,
          DocumentType.all().stream().map(DocumentType::format).toList());
      Argument given = Argument.text("given", Echo.of(id));
      problems.atValue(Kind.FORMAT, path, accepted.size() == 1
          ? Message.of("io.format.unknown.one", given, first(accepted))
          : Message.of("io.format.unknown.any", given, formats()),
          near.map(DidYouMean::hint).orElse(null));
    }
  }

  private static Argument first(List<DocumentType<?>> accepted) {
    return Argument.text("format", accepted.get(0).format());
  }

  /** Every format id written, as data: {@code jixiao/self-evaluation/1, jixiao/rulebook/1, …}. */
  private static Argument formats() {
    List<String> ids = new ArrayList<>();
    DocumentType.all().forEach(t -> ids.add(t.format()));
    return Argument.text("formats", String.join(", ", ids));
  }
}
