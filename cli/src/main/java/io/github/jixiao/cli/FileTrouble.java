package io.github.jixiao.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file could not be read (文件读取失败的原因), in Jixiao's words in Chinese or English rather
 * than the operating system's or the JDK's ({@code MalformedInputException: Input length = 1}).
 */
final class FileTrouble {

  private FileTrouble() {}

  static String of(IOException e, Lang lang) {
    if (e instanceof NoSuchFileException) {
      return lang.pick("文件不存在", "no such file");
    }
    if (e instanceof AccessDeniedException) {
      return lang.pick("没有读取权限", "permission denied");
    }
    if (e instanceof CharacterCodingException) {
      return lang.pick("文件不是 UTF-8 文本", "the file is not UTF-8 text");
    }
    if (e instanceof FileSystemException fs && "Is a directory".equals(fs.getReason())) {
      return lang.pick("这是一个目录", "it is a directory");
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      String reason = Text.clip(fs.getReason(), 80);
      return lang.pick("文件系统拒绝读取（" + reason + "）", "the file system refused it (" + reason + ")");
    }
    String kind = e.getClass().getSimpleName();
    return lang.pick("输入输出错误（" + kind + "）", "an input/output error (" + kind + ")");
  }
}
