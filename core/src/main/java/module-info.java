/**
 * jixiao-core (绩效领域模型): the domain of budget-performance management as immutable, validated
 * values. Exports the values, their constraints and the value machinery; opens the packages
 * Hibernate Validator and Jackson reflect on.
 */
module io.github.jixiao.core {
  requires transitive jakarta.validation;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.databind;
  // Bean Validation's default provider, found through the bootstrap and bound as a service of
  // jakarta.validation; named here only so that the opens below are checked against it.
  requires static org.hibernate.validator;
  requires java.logging; // ValidatorBanner: quiets Hibernate Validator's line when it falls to JUL
  requires static transitive org.immutables.value.annotations;

  exports io.github.jixiao.core;
  exports io.github.jixiao.core.constraint;
  exports io.github.jixiao.core.message;
  exports io.github.jixiao.core.value;

  opens io.github.jixiao.core to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.jixiao.core.constraint to org.hibernate.validator;
  opens io.github.jixiao.core.value to org.hibernate.validator;
  opens io.github.jixiao.core.message to com.fasterxml.jackson.databind;

  uses io.github.jixiao.core.message.MessageBundleProvider;
}
