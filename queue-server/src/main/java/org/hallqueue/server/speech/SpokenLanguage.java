package org.hallqueue.server.speech;

import java.util.Arrays;
import java.util.Optional;

/** The languages the hall announces in, each with the espeak-ng voice that reads it. */
enum SpokenLanguage {
  CHINESE("zh-CN", "cmn"),
  ENGLISH("en", "en");

  final String tag;
  final String espeakVoice;

  SpokenLanguage(String tag, String espeakVoice) {
    this.tag = tag;
    this.espeakVoice = espeakVoice;
  }

  static Optional<SpokenLanguage> of(String tag) {
    return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
  }
}
