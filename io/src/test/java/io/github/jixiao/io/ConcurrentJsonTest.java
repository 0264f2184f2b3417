package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.ConcurrencyInputs.Document;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link JixiaoJson} is thread-safe, as its javadoc says (文档读写并发): one instance, shared by
 * eight threads that read and write every document type at once, reads the values and writes the
 * text it reads and writes alone; and a {@link DocumentLines} read by eight threads at once gives
 * every line once, each as it reads alone. Each round shares a newly built instance, so that what
 * it fills lazily (the shapes it checks, the writer's bindings) is filled under contention.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentJsonTest {

  private static final int ROUNDS = 6;

  // per instance, not static: a class's statics outlive it, and io's tests share a 256 MB heap
  private List<Document<?>> documents;

  @BeforeAll
  void inputs() {
    documents = ConcurrencyInputs.documents();
  }

  @Test
  void oneInstanceReadsAndWritesEveryDocumentTypeOnEightThreads() throws Exception {
    Concurrently<JixiaoJson> harness = Concurrently.sharing(() -> JixiaoJson.builder().build(),
        String::valueOf);
    for (Document<?> d : documents) {
      addReadAndWrite(harness, d);
    }

    assertThat(documents).extracting(d -> d.type().name()).containsAll(
        DocumentType.all().stream().map(DocumentType::name).toList());
    assertThat(harness.assertSameAsAlone(ROUNDS))
        .isEqualTo(ROUNDS * 8L * 3 * documents.size());
  }

  @Test
  void eightThreadsReadingOneInputOfLinesGetEveryLineOnceAsItReadsAlone() throws Exception {
    List<SelfEvaluation> evaluations = documents.stream()
        .filter(d -> d.type() == DocumentType.SELF_EVALUATION)
        .map(d -> (SelfEvaluation) d.value()).toList();
    StringBuilder text = new StringBuilder();
    int lines = 0;
    for (int copy = 0; copy < 10; copy++) {
      for (SelfEvaluation e : evaluations) {
        text.append(ConcurrencyInputs.JSON.writeLine(e));
        lines++;
      }
      text.append("{\"format\": \"jixiao/self-evaluation/2\"}\n"); // refused: told, never skipped
      lines++;
    }
    byte[] input = text.toString().getBytes(StandardCharsets.UTF_8);
    Map<Long, String> alone = new ConcurrentHashMap<>();
    try (DocumentLines<SelfEvaluation> sequential =
        ConcurrencyInputs.JSON.evaluations(new ByteArrayInputStream(input))) {
      sequential.forEach(line -> alone.put(line.line(), said(line)));
    }
    assertThat(alone).hasSize(lines);

    for (int round = 0; round < ROUNDS; round++) {
      Map<Long, String> together = readOnEightThreads(input);
      assertThat(together).isEqualTo(alone);
    }
  }

  private static Map<Long, String> readOnEightThreads(byte[] input) throws Exception {
    Map<Long, String> read = new ConcurrentHashMap<>();
    Set<Long> twice = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(Concurrently.THREADS);
    try (DocumentLines<SelfEvaluation> shared =
        JixiaoJson.builder().build().evaluations(new ByteArrayInputStream(input))) {
      CyclicBarrier start = new CyclicBarrier(Concurrently.THREADS);
      List<Future<?>> threads = new ArrayList<>();
      for (int t = 0; t < Concurrently.THREADS; t++) {
        threads.add(pool.submit(() -> {
          start.await();
          for (Optional<DocumentLine<SelfEvaluation>> line = shared.read(); line.isPresent();
              line = shared.read()) {
            if (read.put(line.get().line(), said(line.get())) != null) {
              twice.add(line.get().line());
            }
          }
          return null;
        }));
      }
      for (Future<?> thread : threads) {
        thread.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(twice).as("lines read twice").isEmpty();
    return read;
  }

  /** A line as read: its document's number, and its value's text or its problems in words. */
  private static String said(DocumentLine<SelfEvaluation> line) {
    return line.document() + " " + line.value().map(String::valueOf).orElseGet(() -> line.problem().orElseThrow()
        .problems().stream().map(p -> p.jsonPath() + " " + p.message(java.util.Locale.CHINESE)
            + " | " + p.message(java.util.Locale.ENGLISH)).collect(Collectors.joining("\n")));
  }

  private static <T> void addReadAndWrite(Concurrently<JixiaoJson> harness, Document<T> d) {
    String text = d.text();
    String name = d.type().name();
    harness.work("read " + name, json -> json.read(d.type(), text))
        .work("read any " + name, json -> json.readAny(text))
        .work("write " + name, json -> json.write(d.type(), d.value()));
  }
}
