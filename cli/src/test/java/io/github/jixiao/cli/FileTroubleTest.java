package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.cli.Cli.Run;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a file that cannot be read is said in Jixiao's words (文件读取失败的原因), never the
 * operating system's or the JDK's ("Is a directory", "Input length = 1", "Too many levels of
 * symbolic links"); the exception's kind is shown only when nothing better is known.
 */
class FileTroubleTest {

  private static String zh(IOException e) {
    return Lang.ZH.say(FileTrouble.of(e));
  }

  private static String en(IOException e) {
    return Lang.EN.say(FileTrouble.of(e));
  }

  @Test
  void eachKnownTroubleIsSaidInOurWords() {
    assertThat(zh(new NoSuchFileException("a.json"))).isEqualTo("文件不存在");
    assertThat(en(new AccessDeniedException("a.json"))).isEqualTo("permission denied");
    assertThat(zh(new MalformedInputException(1))).isEqualTo("文件不是 UTF-8 文本");
    assertThat(en(new FileSystemException("a.json", null, "Is a directory")))
        .isEqualTo("it is a directory");
  }

  @Test
  void theOperatingSystemsReasonIsNeverShown() {
    FileSystemException loop = new FileSystemException("a.json", null,
        "Too many levels of symbolic links");

    assertThat(zh(loop)).isEqualTo("文件系统拒绝读取（FileSystemException）");
    assertThat(en(new IOException("Input/output error")))
        .isEqualTo("an input/output error (IOException)");
  }

  @Test
  void aDirectoryNamedAsADocumentIsSaidToBeOne(@TempDir Path dir) {
    Run zh = Cli.run("render", dir.toString());
    Run en = Cli.run("render", "--lang", "en", dir.toString());

    assertThat(zh.errLines()).containsExactly(dir + ": 无法读取：这是一个目录");
    assertThat(en.errLines()).containsExactly(dir + ": cannot read: it is a directory");
    assertThat(zh.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }
}
