package org.gendan.examples.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gendan.core.json.GendanJson;
import org.gendan.core.json.JsonProblem;

/** Reads command input files with gendan's JSON mapping, turning every problem into a {@link BadInputException}. */
public final class JsonInput {
  private JsonInput() {}

  /** Reads {@code file} as {@code type}; bad input throws {@link BadInputException} naming file and path. */
  public static <T> T read(Path file, Class<T> type) {
    return unwrap(file, GendanJson.read(text(file), type));
  }

  /** Reads {@code file} as a generic type. */
  public static <T> T read(Path file, TypeReference<T> type) {
    return unwrap(file, GendanJson.read(text(file), type));
  }

  /** The file's text (UTF-8). */
  public static String text(Path file) {
    if (!Files.exists(file)) {
      throw new BadInputException(file + ": file not found");
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": not a regular file");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read: " + e.getMessage());
    }
  }

  private static <T> T unwrap(Path file, Either<JsonProblem, T> result) {
    if (result.isLeft()) {
      JsonProblem p = result.getLeft();
      throw new BadInputException(file + ": " + p.path() + ": " + p.message());
    }
    return result.get();
  }
}
