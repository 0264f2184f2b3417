package io.github.jixiao.cli;

import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The layout of the help's option list (帮助信息的排版) for text with wide characters: picocli
 * breaks lines counting a Chinese character as two columns but pads the columns counting it as
 * one, so an option whose label is 文件 pushed its description two columns right of the others.
 * This pads each cell to its column by the width a terminal gives it ({@link Text#width}), and
 * breaks the synopsis between its words only, never inside a label such as 编号|文件.
 */
final class WideCharHelp implements CommandLine.IHelpFactory {

  /** A colour or style of picocli's, which takes no room on a terminal. */
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");

  @Override
  public Help create(CommandSpec spec, ColorScheme colors) {
    return new Help(spec, colors) {
      @Override
      public Layout createDefaultLayout(List<OptionSpec> options,
          List<PositionalParamSpec> positionals, ColorScheme scheme) {
        int longOptions = calcLongOptionColumnWidth(options, positionals, scheme);
        int width = spec.usageMessage().width();
        TextTable table = new PaddedTable(scheme,
            TextTable.forDefaultColumns(scheme, longOptions, width).columns());
        table.setAdjustLineBreaksForWideCJKCharacters(
            spec.usageMessage().adjustLineBreaksForWideCJKCharacters());
        return new Layout(scheme, table, createDefaultOptionRenderer(),
            createDefaultParameterRenderer());
      }

      @Override
      public int synopsisHeadingLength() {
        String heading = spec.usageMessage().synopsisHeading().replace("%n", "\n");
        return Text.width(heading.substring(heading.lastIndexOf('\n') + 1));
      }

      @Override
      protected String insertSynopsisCommandName(int headingWidth, Help.Ansi.Text details) {
        return wrapped(spec, colorScheme().commandText(spec.qualifiedName()).toString(),
            headingWidth, details.toString());
      }
    };
  }

  /**
   * The synopsis, {@code jixiao score [-hvV] … 文件...}, broken between its words only, each
   * line as wide as a terminal shows it; the lines after the first are indented below the first
   * word after the command's name, as picocli does.
   */
  private static String wrapped(CommandSpec spec, String name, int headingWidth,
      String details) {
    int width = spec.usageMessage().width();
    int column = headingWidth + Text.width(spec.qualifiedName());
    int indent = column + 1 > width / 2 ? headingWidth : column + 1;
    StringBuilder lines = new StringBuilder(name);
    for (String word : details.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      int wide = Text.width(ANSI.matcher(word).replaceAll(""));
      if (column + 1 + wide >= width && column > indent) {
        lines.append(System.lineSeparator()).append(" ".repeat(indent));
        column = indent;
      } else {
        lines.append(' ');
        column++;
      }
      lines.append(word);
      column += wide;
    }
    return lines.append(System.lineSeparator()).toString();
  }

  /** A table whose cells are padded by their width on a terminal. */
  private static final class PaddedTable extends TextTable {
    PaddedTable(ColorScheme scheme, Help.Column[] columns) {
      super(scheme, columns);
    }

    @Override
    public StringBuilder toString(StringBuilder text) {
      Help.Column[] columns = columns();
      for (int row = 0; row < rowCount(); row++) {
        StringBuilder line = new StringBuilder();
        for (int col = 0; col < columns.length; col++) {
          Help.Ansi.Text cell = textAt(row, col);
          line.append(cell.toString())
              .append(" ".repeat(Math.max(0, columns[col].width - Text.width(cell.plainString()))));
        }
        text.append(line.toString().stripTrailing()).append(System.lineSeparator());
      }
      return text;
    }
  }
}
