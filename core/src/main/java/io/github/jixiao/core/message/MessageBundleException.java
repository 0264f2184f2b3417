package io.github.jixiao.core.message;

/**
 * A message bundle that cannot be used (提示信息资源包错误): a file that cannot be read, a template
 * that does not compile ({@code {name} } unclosed, a lone apostrophe), or a key that another
 * bundle already defines. Thrown when the bundle is registered, naming the file and the key.
 */
public final class MessageBundleException extends JixiaoException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where
   * @param cause what went wrong underneath, or null
   */
  public MessageBundleException(Message message, Throwable cause) {
    super(message, cause);
  }
}
