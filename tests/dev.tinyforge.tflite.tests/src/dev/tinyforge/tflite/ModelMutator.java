package dev.tinyforge.tflite;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import dev.tinyforge.tflite.internal.file.Problems;
import dev.tinyforge.tflite.internal.file.TfliteFileDecoder;
import dev.tinyforge.tflite.internal.flatbuffer.Span;

/**
 * Corrupts copies of a well-formed model the way damaged and hostile files are: bit flips, overwritten bytes,
 * truncation, and offsets pointed out of range. Most of a model is constant data, where corruption only
 * changes weights, so three mutations in four land outside the data, in the FlatBuffer's tables.
 */
final class ModelMutator {

	enum Kind {
		BIT_FLIPS, BYTE_OVERWRITES, TRUNCATION, OFFSET_OUT_OF_RANGE
	}

	/** A corrupted copy and what was done to it, for failure messages. */
	record Mutation(Kind kind, byte[] bytes, String description) {
	}

	private static final int MAX_CHANGES = 8;
	private static final byte[] SPECIAL_BYTES = {0, -1, 0x7F, (byte) 0x80, 1};

	private final byte[] model;
	private final boolean[] data;
	private final int[] offsetFields;

	ModelMutator(byte[] model) {
		this.model = model;
		this.data = dataBytes(model);
		this.offsetFields = offsetFields(model, data);
	}

	/** Mutation {@code index} of a run with {@code seed}: each case can be replayed on its own. */
	Mutation mutate(long seed, int index) {
		SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
		Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
		byte[] bytes = model.clone();
		switch (kind) {
		case TRUNCATION:
			int length = random.nextInt(model.length);
			return new Mutation(kind, Arrays.copyOf(model, length), "truncated to " + length + " bytes");
		case OFFSET_OUT_OF_RANGE:
			int field = offsetFields[random.nextInt(offsetFields.length)];
			int offset = outOfRange(field, random);
			ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(field, offset);
			return new Mutation(kind, bytes, "offset at byte " + field + " set to " + offset);
		default:
			int[] positions = IntStream.range(0, 1 + random.nextInt(MAX_CHANGES)).map(i -> position(random)).toArray();
			for (int position : positions) {
				bytes[position] = kind == Kind.BIT_FLIPS ? (byte) (bytes[position] ^ 1 << random.nextInt(8))
						: overwrite(random);
			}
			return new Mutation(kind, bytes, kind + " at " + Arrays.toString(positions));
		}
	}

	private static byte overwrite(SplittableRandom random) {
		return random.nextBoolean() ? (byte) random.nextInt(256) : SPECIAL_BYTES[random.nextInt(SPECIAL_BYTES.length)];
	}

	/** Anywhere one time in four, otherwise outside the constant data. */
	private int position(SplittableRandom random) {
		int position = random.nextInt(model.length);
		if (random.nextInt(4) == 0) {
			return position;
		}
		for (int attempt = 0; attempt < 64 && data[position]; attempt++) {
			position = random.nextInt(model.length);
		}
		return position;
	}

	/** An offset from {@code position} that lands past either end of the file. */
	private int outOfRange(int position, SplittableRandom random) {
		switch (random.nextInt(4)) {
		case 0:
			return model.length - position + random.nextInt(1024);
		case 1:
			return -position - 1 - random.nextInt(1024);
		case 2:
			return Integer.MAX_VALUE;
		default:
			return Integer.MIN_VALUE;
		}
	}

	/** Which bytes are constant data, from decoding the intact model. */
	private static boolean[] dataBytes(byte[] model) {
		boolean[] data = new boolean[model.length];
		for (Span buffer : TfliteFileDecoder.decode(model, new Problems()).buffers()) {
			Arrays.fill(data, buffer.start(), buffer.start() + buffer.count(), true);
		}
		return data;
	}

	/** Aligned positions outside the data whose value, read as an offset either way, points into the file. */
	private static int[] offsetFields(byte[] model, boolean[] data) {
		ByteBuffer bytes = ByteBuffer.wrap(model).order(ByteOrder.LITTLE_ENDIAN);
		return IntStream.iterate(0, position -> position + 4 <= model.length, position -> position + 4)
				.filter(position -> !data[position]).filter(position -> {
					long value = bytes.getInt(position);
					return value != 0 && (inside(position + value, model) || inside(position - value, model));
				}).toArray();
	}

	private static boolean inside(long position, byte[] model) {
		return position >= 0 && position < model.length;
	}
}
