package org.gendan.core.json;

import java.util.Objects;

/**
 * Why a JSON document could not be read: where (a JSON path such as {@code $.lines[2].quantity}) and
 * what is wrong, in words a user can act on.
 *
 * @param path    the JSON path of the offending value; {@code $} for the document itself
 * @param message what is wrong
 */
public record JsonProblem(String path, String message) {
  /** Creates the value. */
  public JsonProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
