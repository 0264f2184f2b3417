package io.github.jixiao.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file could not be read (文件读取失败的原因), in Jixiao's words in Chinese and English
 * rather than the operating system's or the JDK's ({@code MalformedInputException: Input length =
 * 1}).
 */
final class FileTrouble {

  private FileTrouble() {}

  static String en(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return "the file is not UTF-8 text";
    }
    if (e instanceof FileSystemException fs && "Is a directory".equals(fs.getReason())) {
      return "it is a directory";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return "the file system refused it (" + Text.clip(fs.getReason(), 80) + ")";
    }
    return "an input/output error (" + e.getClass().getSimpleName() + ")";
  }

  static String zh(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "文件不存在";
    }
    if (e instanceof AccessDeniedException) {
      return "没有读取权限";
    }
    if (e instanceof CharacterCodingException) {
      return "文件不是 UTF-8 文本";
    }
    if (e instanceof FileSystemException fs && "Is a directory".equals(fs.getReason())) {
      return "这是一个目录";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return "文件系统拒绝读取（" + Text.clip(fs.getReason(), 80) + "）";
    }
    return "输入输出错误（" + e.getClass().getSimpleName() + "）";
  }
}
