package org.gendan.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * gendan's JSON mapping: one configured Jackson {@link ObjectMapper} for every public type of every
 * gendan module, and readers that turn bad input into a {@link JsonProblem} naming the JSON path.
 *
 * <p>Conventions: dates ISO-8601 ({@code 2026-11-24}); decimals as exact JSON numbers (read as
 * {@code BigDecimal}, written without exponent); money as {@code {"amount": 12.50, "currency": "USD"}};
 * quantities as {@code {"value": 4800, "unit": "PCS"}}; absent optional fields omitted; unknown
 * properties rejected (so a typo never silently drops data); every value must have its JSON type (a
 * number or boolean where a text is expected, a string where a whole number or a boolean is expected, a
 * number where a boolean or a date is expected are problems) except that a decimal may also be written as
 * a string ({@code "12.50"}), read exactly like the number; polymorphic values (order events, commands)
 * carry a {@code type} property.
 *
 * <p>Input limits, enforced while parsing: at most {@value #MAX_NESTING_DEPTH} levels of nesting,
 * strings of at most {@value #MAX_STRING_LENGTH} characters, numbers of at most
 * {@value #MAX_NUMBER_LENGTH} digits, documents of at most {@value #MAX_DOCUMENT_LENGTH} bytes; an
 * order has at most 10,000 lines. The values themselves bound the size of a number whatever its
 * exponent ({@code 1e100000000} is 18 characters): money and quantities have at most 15 digits before
 * the decimal point ({@link org.gendan.core.money.Money#MAX_INTEGER_DIGITS},
 * {@link org.gendan.core.measure.Quantity#MAX_INTEGER_DIGITS}). Beyond any limit the reader reports a
 * problem ("input limit exceeded: ...") instead of running out of memory or time. A decimal where a
 * whole number is expected ({@code "unitsPerCarton": 1.5}) is a problem, never silently truncated.
 */
public final class GendanJson {

  /** Deepest nesting of objects and arrays accepted. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Longest string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** Longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;
  /** Largest document accepted, in bytes (256 MiB). */
  public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  private static final ObjectMapper MAPPER = newMapper();

  private GendanJson() {}

  /**
   * A new mapper with gendan's configuration. Mappers are thread-safe once configured; share one.
   * Applications can register further modules on their copy.
   */
  public static ObjectMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build())
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    ObjectMapper m = JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        // a value must have its documented JSON type; the one deliberate exception is a decimal written
        // as a string ("12.50"), read exactly like the number. No 7 or true for a text, no "48" for a
        // whole number, no 1 or "true" for a boolean, no epoch-day number for a date.
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
        .defaultLeniency(false)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .build();
    m.setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
    return m;
  }

  /** The shared mapper. Do not reconfigure it; use {@link #newMapper()} for a copy to change. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Writes a value as pretty-printed JSON (properties sorted, stable across runs). */
  public static String write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads a value of {@code type} from JSON text. */
  public static <T> Either<JsonProblem, T> read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return read(() -> MAPPER.readValue(json, type));
  }

  /** Reads a value of a generic type (e.g. {@code new TypeReference<List<SalesOrder>>() {}}). */
  public static <T> Either<JsonProblem, T> read(String json, TypeReference<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return read(() -> MAPPER.readValue(json, type));
  }

  /** Reads a value from a file; a missing or unreadable file is a problem at path {@code $}. */
  public static <T> Either<JsonProblem, T> read(Path file, Class<T> type) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(type, "type");
    if (!Files.isRegularFile(file)) {
      return Either.left(new JsonProblem("$", "file not found: " + file));
    }
    return read(() -> {
      try (InputStream in = Files.newInputStream(file)) {
        return MAPPER.readValue(in, type);
      }
    });
  }

  /** Reads a value of a Jackson type from a stream. */
  public static <T> Either<JsonProblem, T> read(InputStream in, JavaType type) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    return read(() -> MAPPER.readValue(in, type));
  }

  @FunctionalInterface
  private interface Reader<T> {
    T read() throws IOException;
  }

  private static <T> Either<JsonProblem, T> read(Reader<T> reader) {
    try {
      T value = reader.read();
      if (value == null) {
        return Either.left(new JsonProblem("$", "the document is empty or null"));
      }
      return Either.right(value);
    } catch (JsonMappingException e) {
      return Either.left(new JsonProblem(path(e.getPath()), describe(e)));
    } catch (StreamConstraintsException e) {
      return Either.left(new JsonProblem("$", limitExceeded(e)));
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      return Either.left(new JsonProblem("$", "malformed JSON" + where + ": " + e.getOriginalMessage()));
    } catch (IOException e) {
      return Either.left(new JsonProblem("$", "cannot read: " + e.getMessage()));
    }
  }

  /** Formats a Jackson reference path as a JSON path, e.g. {@code $.lines[2].quantity}. */
  static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        sb.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String limitExceeded(StreamConstraintsException e) {
    String msg = firstLine(e.getOriginalMessage());
    return "input limit exceeded: " + msg.replaceAll(", from `[^`]*`\\)", ")");
  }

  private static String describe(JsonMappingException e) {
    if (e.getCause() instanceof StreamConstraintsException c) {
      return limitExceeded(c);
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown property '" + u.getPropertyName() + "'" + (u.getKnownPropertyIds() == null ? ""
          : " (known: " + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList() + ")");
    }
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause();
      while (cause != null && cause.getCause() != null && cause.getMessage() == null) {
        cause = cause.getCause();
      }
      String why = cause == null ? v.getOriginalMessage() : cause.getMessage();
      if (cause instanceof NullPointerException) {
        why = "required value missing: " + why;
      }
      return "invalid " + (v.getType() == null ? "value" : v.getType().getRawClass().getSimpleName()) + ": " + why;
    }
    if (e instanceof InvalidFormatException f) {
      return "cannot read " + quote(f.getValue()) + " as " + simpleName(f.getTargetType()) + hint(f.getTargetType());
    }
    if (e instanceof MismatchedInputException m) {
      String msg = m.getOriginalMessage();
      if (msg != null && msg.startsWith("Cannot construct instance") && m.getTargetType() != null) {
        return "wrong type: expected " + simpleName(m.getTargetType()) + hint(m.getTargetType());
      }
      if (msg != null && msg.contains("Missing required creator property")) {
        return msg.replaceAll(".*Missing required creator property '([^']*)'.*", "required property '$1' is missing");
      }
      if (msg != null && msg.startsWith("Cannot map `null` into type")) {
        return "a value of type " + simpleName(m.getTargetType()) + " is required here (missing or null)";
      }
      if (msg != null && msg.startsWith("Cannot coerce")) {
        return "wrong type: " + firstLine(msg).replaceFirst(" \\(but .*", "").replace("Cannot coerce", "cannot read");
      }
      if (msg != null && msg.startsWith("No content to map")) {
        return "the document is empty";
      }
      return firstLine(msg);
    }
    Throwable cause = e.getCause();
    if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException
        || cause instanceof NullPointerException || cause instanceof ArithmeticException) {
      return cause.getMessage();
    }
    return firstLine(e.getOriginalMessage());
  }

  private static String hint(Class<?> type) {
    if (type != null && type.isEnum()) {
      Object[] values = type.getEnumConstants();
      StringBuilder sb = new StringBuilder(" (one of");
      for (Object v : values) {
        sb.append(' ').append(v);
      }
      return sb.append(')').toString();
    }
    return "";
  }

  private static String quote(Object v) {
    return v instanceof String ? "'" + v + "'" : String.valueOf(v);
  }

  private static String simpleName(Class<?> type) {
    return type == null ? "value" : type.getSimpleName();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "invalid value";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
