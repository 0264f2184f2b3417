/**
 * jixiao-io (文档读写): every Jixiao document as strict, exact JSON with its JSON Schema. Exports
 * the API package (its implementation is package-private there); opens it to Jackson, which
 * builds the bindings reflectively, and provides the Jackson module.
 */
module io.github.jixiao.io {
  requires transitive io.github.jixiao.rules;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires static java.logging; // SchemaGenerator, run at build time only, quiets Hibernate Validator

  exports io.github.jixiao.io;

  opens io.github.jixiao.io to com.fasterxml.jackson.databind;

  provides com.fasterxml.jackson.databind.Module with io.github.jixiao.io.JixiaoModule;
  provides io.github.jixiao.core.message.MessageBundleProvider
      with io.github.jixiao.io.IoMessages;
}
