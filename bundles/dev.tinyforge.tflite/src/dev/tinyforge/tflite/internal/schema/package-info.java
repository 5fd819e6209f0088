/**
 * Accessors for the tables and enums of the TFLite FlatBuffer schema that the importer reads, written from
 * the published schema, tensorflow/lite/schema/schema.fbs (schema version 3, file identifier "TFL3"; checked
 * against tensorflow/tflite-micro at 6cdf0d78a68f33fe452f051713aa218619285438). Field ids are the positions
 * of the fields in their table declaration; a union field takes two ids, its type and then its value. New
 * schema fields and enum values are only ever appended, so the ids here stay valid for newer files.
 */
package dev.tinyforge.tflite.internal.schema;
