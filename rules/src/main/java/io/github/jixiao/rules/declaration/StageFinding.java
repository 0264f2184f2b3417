package io.github.jixiao.rules.declaration;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.Severity;
import java.util.Locale;

/**
 * A finding of the stages before the self-evaluation (目标审核与衔接): of a target declaration
 * (JX-951 to JX-959) or of a self-evaluation against its declaration (JX-961 to JX-963).
 *
 * @param code the stable code, {@code JX-951} …
 * @param severity how grave
 * @param document which document {@link #path()} is in: {@code declaration} or {@code evaluation}
 * @param path the JSON path in that document, {@code $.indicators[3].target}
 * @param message what was found and, where obvious, the fix
 */
public record StageFinding(String code, Severity severity, String document, String path,
    Message message) {

  /** The message in {@code locale}. */
  public String message(Locale locale) {
    return message.render(locale);
  }
}
