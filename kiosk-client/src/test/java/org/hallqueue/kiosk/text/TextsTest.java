package org.hallqueue.kiosk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.hallqueue.floorplans.model.Lang;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void shouldHaveEveryKioskTextInBothLanguages() {
    Properties zh = Texts.load(Lang.ZH_CN);
    Properties en = Texts.load(Lang.EN);

    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames()).isNotEmpty();
    for (String key : zh.stringPropertyNames()) {
      assertThat(zh.getProperty(key)).as("zh-CN " + key).isNotBlank();
      assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
    }
  }

  @Test
  void shouldWriteChineseTextsInChineseAndEnglishTextsInEnglish() {
    Texts texts = Texts.bundled();
    for (String key : texts.keys(Lang.ZH_CN)) {
      if (key.startsWith("lang.")) {
        continue; // language names are written in their own language on purpose
      }
      assertThat(texts.get(Lang.ZH_CN, key).codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff))
          .as("zh-CN " + key + " is Chinese")
          .isTrue();
      assertThat(texts.get(Lang.EN, key).codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff))
          .as("en " + key + " has no Chinese")
          .isFalse();
    }
  }

  @Test
  void shouldFillInArguments() {
    assertThat(Texts.bundled().get(Lang.EN, "ticket.waitMinutes", 7)).isEqualTo("About 7 min wait");
  }
}
