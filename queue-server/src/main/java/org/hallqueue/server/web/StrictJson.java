package org.hallqueue.server.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as written: no number for an enum ({@code "kind":1}), no number or boolean for a
 * text ({@code "username":true}), no text for a number, no key twice in one object; and every text
 * arrives in Unicode normalisation form C, in records and in documents read as trees alike. Applies
 * to the mapper Spring uses for request bodies and for the JSON columns.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

  @Bean
  JsonMapperBuilderCustomizer strictTypesAndNormalisedText() {
    return builder ->
        builder
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .withCoercionConfig(
                LogicalType.Textual,
                c ->
                    c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(
                LogicalType.Enum,
                c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .nodeFactory(new NormalisedNodes())
            .addModule(
                new SimpleModule("normalised-text")
                    .addDeserializer(String.class, new NormalisedString()));
  }

  /** Texts of documents read as trees (guidance, floor plans) normalised to NFC as well. */
  static final class NormalisedNodes extends JsonNodeFactory {
    @Override
    public StringNode stringNode(String text) {
      return super.stringNode(TextRule.normalised(text));
    }
  }

  /** Jackson's own reading of a text (with its coercion rules), then normalised to NFC. */
  static final class NormalisedString extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        return TextRule.normalised(p.getString());
      }
      return TextRule.normalised(super.deserialize(p, ctxt));
    }
  }
}
