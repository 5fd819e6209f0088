/*
 * person-detect FILE...: runs TinyForge's generated person detection model on each file (96x96 grey levels,
 * 9,216 raw bytes, as TFLM's person detection test feeds them) and prints both scores and the class.
 */
#include <stdint.h>
#include <stdio.h>

#include "person_detect.h"

#define NO_PERSON 0
#define PERSON 1

static int classify(const char *file)
{
	FILE *in = fopen(file, "rb");
	size_t read;
	int extra;
	const int8_t *scores;

	if (in == NULL) {
		perror(file);
		return 1;
	}
	read = fread(person_detect_input(0), 1, PERSON_DETECT_INPUT0_BYTES, in);
	extra = fgetc(in);
	fclose(in);
	if (read != PERSON_DETECT_INPUT0_BYTES || extra != EOF) {
		fprintf(stderr, "%s: not an image of %d bytes (96x96 grey levels)\n", file, PERSON_DETECT_INPUT0_BYTES);
		return 1;
	}
	person_detect_invoke();
	scores = person_detect_output(0);
	printf("%s: %s (no person %d, person %d)\n", file, scores[PERSON] > scores[NO_PERSON] ? "person" : "no person",
			scores[NO_PERSON], scores[PERSON]);
	return 0;
}

int main(int argc, char **argv)
{
	int i;
	int failed = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s IMAGE.bin...\n", argv[0]);
		return 2;
	}
	person_detect_init();
	for (i = 1; i < argc; i++) {
		failed |= classify(argv[i]);
	}
	return failed;
}
