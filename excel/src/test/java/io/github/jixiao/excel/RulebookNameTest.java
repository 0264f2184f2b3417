package io.github.jixiao.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.SourceNote;
import io.github.jixiao.excel.read.ExcelTables;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet written by Jixiao declares its rulebook by the name JIXIAO_RULEBOOK and the importer
 * scores by it, not by the layout's default: a template of one rulebook is read back as that
 * rulebook, a name edited to another id is followed, and a value that is no id is noted and the
 * layout's default taken.
 */
class RulebookNameTest {

  @TempDir
  Path dir;

  private SelfEvaluation withName(String formula) throws Exception {
    Path file = FilledTemplate.write(dir);
    Path edited = dir.resolve("named.xlsx");
    try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
      Name name = book.getAllNames().stream()
          .filter(n -> n.getNameName().equals("JIXIAO_RULEBOOK")).findFirst().orElseThrow();
      name.setRefersToFormula(formula);
      try (OutputStream out = Files.newOutputStream(edited)) {
        book.write(out);
      }
    }
    return ExcelTables.standard().read(edited).sheets().get(0).evaluation();
  }

  private static java.util.List<String> notes(SelfEvaluation e) {
    return e.getSource().orElseThrow().getNotes().stream().map(SourceNote::getText).toList();
  }

  @Test
  void theTemplatesRulebookIsReadFromTheSheet() throws Exception {
    SelfEvaluation e = ExcelTables.standard().read(FilledTemplate.write(dir)).sheets().get(0)
        .evaluation();

    assertThat(e.getRulebook()).contains("mof-project-2020");
    assertThat(notes(e)).contains("评分规则 mof-project-2020 按工作表所载（名称 JIXIAO_RULEBOOK）选定")
        .noneMatch(n -> n.contains("按表样"));
  }

  @Test
  void aNameEditedToAnotherIdIsFollowed() throws Exception {
    SelfEvaluation e = withName("\"sc-project-2023\"");

    assertThat(e.getRulebook()).contains("sc-project-2023");
  }

  @Test
  void aValueThatIsNoIdIsNotedAndTheLayoutsDefaultTaken() throws Exception {
    SelfEvaluation e = withName("\"四川 项目\"");

    assertThat(e.getRulebook()).contains("mof-project-2020");
    assertThat(notes(e)).contains("工作表的名称 JIXIAO_RULEBOOK 所载 四川 项目 不是评分规则编号：未采用",
        "评分规则 mof-project-2020 按表样（A）选定");
  }
}
