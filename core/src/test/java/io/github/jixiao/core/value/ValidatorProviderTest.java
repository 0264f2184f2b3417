package io.github.jixiao.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The validator (校验器) Jixiao uses is the provider the standard bootstrap finds, and it is the
 * Hibernate Validator the build names: 9.1 by default, 8.0 under the {@code hv8} profile. Without
 * this a profile that failed to switch the version would pass for a tested one.
 */
class ValidatorProviderTest {

  @Test
  void theBootstrapFindsTheHibernateValidatorTheBuildNames() throws Exception {
    Validator validator = Validation.Shared.VALIDATOR;
    String expected = System.getProperty("jixiao.test.hibernate-validator");

    assertThat(expected).as("set by core's pom").isNotBlank();
    assertThat(validator.getClass().getName()).startsWith("org.hibernate.validator.");
    Path jar = Path.of(validator.getClass().getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    try (JarFile provider = new JarFile(jar.toFile())) {
      assertThat(provider.getManifest().getMainAttributes().getValue("Implementation-Version"))
          .as(jar.toString()).isEqualTo(expected);
    }
  }
}
