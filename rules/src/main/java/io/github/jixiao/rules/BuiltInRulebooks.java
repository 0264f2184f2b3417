package io.github.jixiao.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the built-in rulebooks (内置评分办法), which ship as JSON resources in the published
 * {@code jixiao/rulebook/1} format, one file each, under {@code io/github/jixiao/rules/rulebooks/},
 * in the order of the {@code index.txt} beside them. They are read once, strictly (no unknown
 * field, no duplicate key, exact decimals, nothing after the document), and built, so validated
 * as any rulebook is. A file that cannot be read is a fault of the jar: it stops the catalogue
 * with a {@link RulebookCatalogueException} naming the file. jixiao-io reads a user's rulebooks;
 * its tests read every built-in one through that stricter reader too, and find the same rulebook.
 */
final class BuiltInRulebooks {

  /** The folder of the resources, relative to this class. */
  static final String FOLDER = "rulebooks/";

  /** The format tag each file carries. */
  static final String FORMAT = "jixiao/rulebook/1";

  private BuiltInRulebooks() {}

  /** Every built-in rulebook with the resource it was read from, in the index's order. */
  static RulebookCatalogue read() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new Jdk8Module())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    RulebookCatalogue catalogue = RulebookCatalogue.empty();
    for (String file : index()) {
      catalogue = catalogue.withBuiltIn(read(mapper, file), "jixiao-rules:" + FOLDER + file);
    }
    return catalogue;
  }

  private static List<String> index() {
    List<String> files = new ArrayList<>();
    try (InputStream in = open("index.txt");
        BufferedReader lines = new BufferedReader(new InputStreamReader(in,
            StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String file = line.strip();
        if (!file.isEmpty() && !file.startsWith("#")) {
          files.add(file);
        }
      }
    } catch (IOException | RuntimeException e) {
      throw broken("index.txt", e);
    }
    return files;
  }

  private static Rulebook read(ObjectMapper mapper, String file) {
    try (InputStream in = open(file)) {
      JsonNode root = mapper.readTree(in);
      if (!(root instanceof ObjectNode object) || !FORMAT.equals(object.path("format").asText())) {
        throw broken(file, null);
      }
      object.remove("format");
      return mapper.treeToValue(object, Rulebook.class);
    } catch (IOException | RuntimeException e) {
      throw e instanceof RulebookCatalogueException c ? c : broken(file, e);
    }
  }

  private static InputStream open(String file) throws IOException {
    InputStream in = BuiltInRulebooks.class.getResourceAsStream(FOLDER + file);
    if (in == null) {
      throw new IOException("no resource " + FOLDER + file);
    }
    return in;
  }

  private static RulebookCatalogueException broken(String file, Throwable cause) {
    return new RulebookCatalogueException(null, Message.of("rules.catalogue.broken",
        Argument.text("file", FOLDER + file), Argument.text("artifact", "jixiao-rules")), cause);
  }
}
