package io.github.jixiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Apache ECharts (图表库) as the summary page inlines it: the minified common build (bar, line,
 * scatter, pie; 650 kB rather than the full build's 1 MB) read from the WebJar {@code
 * org.webjars.npm:echarts} on the class path, the version its {@code pom.properties} names — the
 * one the parent pom pins.
 */
final class ECharts {

  private static final String WEBJAR = "META-INF/maven/org.webjars.npm/echarts/pom.properties";

  private ECharts() {}

  /** The version of the WebJar on the class path. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = resource(WEBJAR)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }

  /** The minified script, safe inside a {@code <script>} element. */
  static String script() {
    String path = "META-INF/resources/webjars/echarts/" + version() + "/dist/echarts.common.min.js";
    try (InputStream in = resource(path)) {
      // the build holds no "</script", but a later one might: "<\/" means the same in a script
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</", "<\\/");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String path) throws IOException {
    InputStream in = ECharts.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IOException("not on the class path: " + path);
    }
    return in;
  }
}
