package io.github.jixiao.cli;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao schema TYPE}: prints the JSON Schema (draft 2020-12) of a document type (文档类型),
 * e.g. {@code self-evaluation}, for editors and for systems that check documents before Jixiao.
 */
@Command(name = "schema", mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer>, Jixiao.Spoken {

  @Spec
  CommandSpec spec;

  @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.option.lang")
  Lang lang = Lang.ZH;

  @Parameters(paramLabel = "${bundle:cli.label.type}", completionCandidates = Types.class,
      descriptionKey = "cli.param.type")
  String type;

  @Override
  public void speak(Lang chosen) {
    lang = chosen;
  }

  @Override
  public Integer call() {
    Optional<DocumentType<?>> found = DocumentType.all().stream()
        .filter(t -> t.name().equals(type) || t.format().equals(type)).findFirst();
    if (found.isEmpty()) {
      Escaping err = new Escaping(spec.commandLine().getErr());
      err.println("jixiao schema: " + lang.say("cli.schema.unknown",
          Argument.text("type", type), Argument.list("types", Types.names())));
      err.flush();
      return Jixiao.BAD_INPUT;
    }
    spec.commandLine().getOut().print(JixiaoJson.schema(found.get()));
    spec.commandLine().getOut().flush();
    return Jixiao.OK;
  }

  /** The names of the document types this version knows. */
  static final class Types implements Iterable<String> {
    static List<String> names() {
      return DocumentType.all().stream().map(DocumentType::name).toList();
    }

    @Override
    public Iterator<String> iterator() {
      return names().iterator();
    }
  }
}
