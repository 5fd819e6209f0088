package dev.tinyforge.tflite.internal.file;

/** An entry of the model's operator codes: a schema BuiltinOperator code, and the name of a custom one. */
public record TfliteOperatorCode(int builtinCode, String customCode) {
}
