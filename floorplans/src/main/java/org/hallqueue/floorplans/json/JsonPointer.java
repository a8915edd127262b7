package org.hallqueue.floorplans.json;

/** Builds RFC 6901 JSON pointers such as {@code /floors/0/elements/3}. */
public final class JsonPointer {
  private JsonPointer() {}

  /** The pointer to member {@code key} of the value at {@code parent}. */
  public static String child(String parent, String key) {
    return parent + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer to item {@code index} of the array at {@code parent}. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
