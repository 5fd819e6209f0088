package dev.tinyforge.codegen.emit;

/**
 * Small {@code static inline} functions of TFLite's integer arithmetic that kernels share; the kernels file
 * defines only those its kernels use.
 */
public enum CHelper {

	/**
	 * {@code MultiplyByQuantizedMultiplier} in TFLM's double-rounding form. The high multiply is the exact 64-bit
	 * equivalent of gemmlowp's SaturatingRoundingDoublingHighMul (floor((p + 2^30) / 2^31) equals its rounding
	 * for either sign; it only saturates for INT32_MIN squared, and multipliers are positive). The usual case, a
	 * right shift of at least one bit, has its own form: no left shift, and the rounding division as
	 * floor((x + 2^(r-1) - (x &lt; 0)) / 2^r), which equals RoundingDivideByPOT for r &gt;= 1. When every
	 * accumulator is below 2^30 in magnitude and r &lt;= 30, both fit 32 bits: the high multiply is then
	 * (2 acc m + 2^31) &gt;&gt; 32, one {@code SMMULR}, and the rounding sum stays below 2^31
	 * ({@code tf_scale_narrow}, for right shifts from 0). On the DSP the
	 * rounding term and the zero point ride along in that instruction: {@code SMMLAR} adds a*2^32 before it takes
	 * the high word, and 2^(r-1) + zp*2^r = (2 zp + 1)*2^(r-1) is a multiple of 2^r, so adding it before the
	 * shift equals adding zp after it. The (high &lt; 0) correction may test acc &lt; 0 instead: they differ only
	 * when high is 0, where both round to 0 for r &gt;= 1. The generator takes this form only where that sum
	 * cannot reach 2^31. On the DSP, the clamp saturates to int8 first ({@code SSAT}), which leaves nothing else to do for
	 * full-range outputs.
	 */
	REQUANTIZE("""
			static inline int32_t tf_scale(int32_t x, int32_t multiplier, int32_t shift)
			{
				int32_t left = shift > 0 ? shift : 0;
				int32_t right = shift > 0 ? 0 : -shift;
				int64_t product = (int64_t)(int32_t)((uint32_t)x << left) * multiplier + ((int64_t)1 << 30);
				int32_t high = (int32_t)(product >> 31);
				int32_t mask = (int32_t)((1u << right) - 1u);
				int32_t remainder = high & mask;
				int32_t threshold = (mask >> 1) + (high < 0);
				return (high >> right) + (remainder > threshold);
			}

			static inline int8_t tf_clamp(int32_t value, int32_t min, int32_t max)
			{
			#if defined(__ARM_FEATURE_DSP)
				__asm("ssat %0, #8, %1" : "=r"(value) : "r"(value));
				value = min > -128 && value < min ? min : value;
				return (int8_t)(max < 127 && value > max ? max : value);
			#else
				value = value < min ? min : value;
				return (int8_t)(value > max ? max : value);
			#endif
			}

			static inline int8_t tf_requantize(int32_t acc, int32_t multiplier, int32_t shift, int32_t zero_point,
					int32_t min, int32_t max)
			{
				return tf_clamp(tf_scale(acc, multiplier, shift) + zero_point, min, max);
			}

			static inline int8_t tf_requantize_right(int32_t acc, int32_t multiplier, int32_t right, int32_t zero_point,
					int32_t min, int32_t max)
			{
				int32_t high = (int32_t)(((int64_t)acc * multiplier + ((int64_t)1 << 30)) >> 31);
				return tf_clamp((int32_t)(((int64_t)high + ((int32_t)1 << (right - 1)) - (high < 0)) >> right) + zero_point,
						min, max);
			}

			static inline int32_t tf_scale_narrow(int32_t x, int32_t multiplier, int32_t right)
			{
			#if defined(__ARM_FEATURE_DSP)
				int32_t high;
				__asm("smmulr %0, %1, %2" : "=r"(high) : "r"(x * 2), "r"(multiplier));
			#else
				int32_t high = (int32_t)(((int64_t)x * multiplier + ((int64_t)1 << 30)) >> 31);
			#endif
				return right == 0 ? high : (high + ((int32_t)1 << (right - 1)) + (high >> 31)) >> right;
			}

			static inline int8_t tf_requantize_narrow(int32_t acc, int32_t multiplier, int32_t right, int32_t zero_point,
					int32_t min, int32_t max)
			{
			#if defined(__ARM_FEATURE_DSP)
				int32_t scaled;
				__asm("smmlar %0, %1, %2, %3" : "=r"(scaled)
						: "r"(acc * 2), "r"(multiplier), "r"((int32_t)((uint32_t)(2 * zero_point + 1) << (right - 1))));
				return tf_clamp((scaled + (acc >> 31)) >> right, min, max);
			#else
				int32_t high = (int32_t)(((int64_t)acc * multiplier + ((int64_t)1 << 30)) >> 31);
				return tf_clamp(((high + ((int32_t)1 << (right - 1)) + (high >> 31)) >> right) + zero_point, min, max);
			#endif
			}
			"""),

	/** Reads four int8 values as one word; the compiler makes this a single (unaligned) load. */
	LOAD_WORD("""
			static inline int32_t tf_load4(const int8_t *p)
			{
				int32_t word;
				memcpy(&word, p, 4);
				return word;
			}
			"""),

	/**
	 * The odd bytes of a word sign-extended to two halfwords: one {@code SXTB16} with a rotation (the even bytes
	 * are ACLE's {@code __sxtb16}).
	 */
	ODD_BYTES("""
			#if defined(__ARM_FEATURE_DSP)
			static inline int32_t tf_sxtb16_odd(int32_t word)
			{
				int32_t result;
				__asm("sxtb16 %0, %1, ror #8" : "=r"(result) : "r"(word));
				return result;
			}
			#endif
			"""),

	/**
	 * The signed halfwords of a word of widened weights, in plain C without implementation-defined shifts: the
	 * word is (high << 16) | (low & 0xFFFF).
	 */
	HALFWORDS("""
			static inline int32_t tf_low16(int32_t word)
			{
				return ((word & 0xFFFF) ^ 0x8000) - 0x8000;
			}

			static inline int32_t tf_high16(int32_t word)
			{
				return (word - (word & 0xFFFF)) / 65536;
			}
			"""),

	/**
	 * Two words of widened weights in one {@code LDRD}, the pointer moved past them by the same instruction: the
	 * compiler, left to itself, loads them one at a time and runs out of registers. Like {@code tf_load_quad}, it
	 * reads only constants, which nothing writes, so the asm names no memory operand (with one, GCC copies the
	 * pointer back and forth in the loop).
	 */
	LOAD_PAIR("""
			#if defined(__ARM_FEATURE_DSP)
			static inline const int32_t *tf_load_pair(const int32_t *p, int32_t *first, int32_t *second)
			{
				__asm("ldrd %0, %1, [%2], #8" : "=r"(*first), "=r"(*second), "+r"(p));
				return p;
			}
			#endif
			"""),

	/**
	 * Four words of widened weights in one {@code LDM}, the pointer moved past them by the same instruction; a
	 * multiple load names its registers, hence the register variables.
	 */
	LOAD_QUAD("""
			#if defined(__ARM_FEATURE_DSP)
			static inline const int32_t *tf_load_quad(const int32_t *p, int32_t *a, int32_t *b, int32_t *c, int32_t *d)
			{
				register int32_t r8 __asm("r8"), r9 __asm("r9"), r10 __asm("r10"), r11 __asm("r11");
				__asm("ldmia %4!, {r8, r9, r10, r11}" : "=r"(r8), "=r"(r9), "=r"(r10), "=r"(r11), "+r"(p));
				*a = r8;
				*b = r9;
				*c = r10;
				*d = r11;
				return p;
			}
			#endif
			"""),

	/** gemmlowp's fixed-point primitives and 1/(1+x), for softmax's normalisation. */
	FIXED_POINT("""
			static inline int32_t tf_srdhm(int32_t a, int32_t b)
			{
				int64_t product;
				if (a == b && a == INT32_MIN) {
					return INT32_MAX;
				}
				product = (int64_t)a * b;
				return (int32_t)((product + (product >= 0 ? ((int64_t)1 << 30) : 1 - ((int64_t)1 << 30))) / ((int64_t)1 << 31));
			}

			static inline int32_t tf_rdbp(int32_t x, int32_t exponent)
			{
				int32_t mask = (int32_t)((1u << exponent) - 1u);
				int32_t remainder = x & mask;
				int32_t threshold = (mask >> 1) + (x < 0);
				return (x >> exponent) + (remainder > threshold);
			}

			static inline int32_t tf_saturating_shl(int32_t x, int32_t exponent)
			{
				int32_t threshold = (int32_t)((1u << (31 - exponent)) - 1u);
				if (x > threshold) {
					return INT32_MAX;
				}
				if (x < -threshold) {
					return INT32_MIN;
				}
				return (int32_t)((uint32_t)x << exponent);
			}

			static inline int32_t tf_one_over_one_plus_x(int32_t a)
			{
				int64_t sum = (int64_t)a + INT32_MAX;
				int32_t half_denominator = (int32_t)((sum + (sum >= 0 ? 1 : -1)) / 2);
				int32_t x = 1515870810 + tf_srdhm(half_denominator, -1010580540);
				int i;
				for (i = 0; i < 3; i++) {
					int32_t half_denominator_times_x = tf_srdhm(half_denominator, x);
					int32_t one_minus = (1 << 29) - half_denominator_times_x;
					x = x + tf_saturating_shl(tf_srdhm(x, one_minus), 2);
				}
				return tf_saturating_shl(x, 1);
			}

			static inline int32_t tf_leading_zeros(uint32_t x)
			{
				int32_t n = 0;
				while (n < 32 && !(x & 0x80000000u)) {
					x <<= 1;
					n++;
				}
				return n;
			}
			""");

	private final String code;

	CHelper(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}
}
