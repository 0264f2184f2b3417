package io.github.jixiao.cli;

import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao schema TYPE}: prints the JSON Schema (draft 2020-12) of a document type (文档类型),
 * e.g. {@code self-evaluation}, for editors and for systems that check documents before Jixiao.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema of a document type, e.g. self-evaluation.")
final class SchemaCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "TYPE", completionCandidates = Types.class,
      description = "Document type: ${COMPLETION-CANDIDATES}.")
  String type;

  @Override
  public Integer call() {
    Optional<DocumentType<?>> found = DocumentType.all().stream()
        .filter(t -> t.name().equals(type) || t.format().equals(type)).findFirst();
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("jixiao schema: no document type '" + type
          + "'; one of: " + new Types().list().stream().collect(Collectors.joining(", ")));
      return Jixiao.BAD_INPUT;
    }
    spec.commandLine().getOut().print(JixiaoJson.schema(found.get()));
    spec.commandLine().getOut().flush();
    return Jixiao.OK;
  }

  /** The names of the document types this version knows. */
  static final class Types implements Iterable<String> {
    List<String> list() {
      return DocumentType.all().stream().map(DocumentType::name).toList();
    }

    @Override
    public Iterator<String> iterator() {
      return list().iterator();
    }
  }
}
