package io.github.jixiao.report.extract;

import io.github.jixiao.report.Paragraph;
import io.github.jixiao.report.internal.Normalised;
import io.github.jixiao.report.outline.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph cut into sentences (断句): a sentence ends after 。！？ (or ! ?), with a closing
 * quotation mark or bracket that follows it; the paragraph's last sentence ends with it. A run of
 * more than {@value #LONGEST} characters without one — a list of duties joined by ；, a hostile
 * file — is cut at its last ； or ， before that length, or at that length, so that a sentence
 * quoted in a draft stays readable.
 */
final class Sentences {

  /** The longest sentence kept whole. */
  static final int LONGEST = 600;

  private Sentences() {}

  static List<Sentence> of(Paragraph paragraph, int from, Section section) {
    String text = paragraph.text();
    String normal = Normalised.of(text);
    List<Sentence> sentences = new ArrayList<>();
    int start = skipSpace(text, from);
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end = -1;
      if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') {
        end = i + 1;
        while (end < text.length() && "”’」』)）\"".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
      } else if (i - start + 1 >= LONGEST) {
        end = cut(text, start, i + 1);
      }
      if (end > 0) {
        add(sentences, paragraph, start, end, normal, section);
        start = skipSpace(text, end);
        i = start;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      add(sentences, paragraph, start, text.length(), normal, section);
    }
    return sentences;
  }

  /** Where a run from {@code start} too long to keep whole is cut, before {@code limit}. */
  private static int cut(String text, int start, int limit) {
    for (int j = limit - 1; j > start + LONGEST / 2; j--) {
      char c = text.charAt(j);
      if (c == '；' || c == ';') {
        return j + 1;
      }
    }
    for (int j = limit - 1; j > start + LONGEST / 2; j--) {
      char c = text.charAt(j);
      if (c == '，' || c == ',') {
        return j + 1;
      }
    }
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }

  /**
   * Where an item of {@code text} from {@code start} to {@code end} ends when it is kept no longer
   * than a sentence is: a list item run on without a stop is cut, not a surrogate pair.
   */
  static int boundedEnd(String text, int start, int end) {
    if (end - start <= LONGEST) {
      return end;
    }
    int cut = start + LONGEST;
    return Character.isHighSurrogate(text.charAt(cut - 1)) ? cut - 1 : cut;
  }

  private static void add(List<Sentence> sentences, Paragraph paragraph, int start, int end,
      String normal, Section section) {
    int last = end;
    while (last > start && Character.isWhitespace(paragraph.text().charAt(last - 1))) {
      last--;
    }
    if (last > start) {
      sentences.add(new Sentence(paragraph, start, last, normal.substring(start, last), section));
    }
  }

  private static int skipSpace(String text, int i) {
    int at = i;
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }
}
