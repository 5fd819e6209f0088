/* USER CODE BEGIN Header */
/*
 * Person detection on the STM32F746G-DISCO: classifies each test image with the C that TinyForge generates
 * into TinyForge/ from person-detection.tinyml and prints both scores and the class. The same file runs on an
 * emulated Cortex-M7 (QEMU mps2-an500, see the Makefile's qemu target).
 */
/* USER CODE END Header */
#include "main.h"

/* Private includes ----------------------------------------------------------*/
/* USER CODE BEGIN Includes */
#include <stdio.h>
#include <string.h>

#include "person_detect.h"
/* USER CODE END Includes */

/* Private define ------------------------------------------------------------*/
/* USER CODE BEGIN PD */
/* The model's two classes, in the order of its output (TFLM's person detection example). */
#define NO_PERSON 0
#define PERSON 1
/* USER CODE END PD */

/* Private function prototypes -----------------------------------------------*/
/* USER CODE BEGIN PFP */
static void classify(const char *name, const uint8_t *image);
/* USER CODE END PFP */

int main(void)
{
	/* USER CODE BEGIN 1 */
	unsigned i;
	/* USER CODE END 1 */

	console_init();

	/* USER CODE BEGIN 2 */
	person_detect_init();
	for (i = 0; i < test_image_count; i++) {
		classify(test_image_names[i], test_images + i * PERSON_DETECT_INPUT0_BYTES);
	}
	printf("done\n");
	/* USER CODE END 2 */

	/* USER CODE BEGIN WHILE */
	/* Returning ends the QEMU run; on the board the startup code then waits forever. */
	return 0;
	/* USER CODE END WHILE */
}

/* USER CODE BEGIN 4 */
static void classify(const char *name, const uint8_t *image)
{
	const int8_t *scores;
	int person_percent;

	/* The bytes go in unchanged: TFLM's example copies the camera's grey levels into the int8 tensor. */
	memcpy(person_detect_input(0), image, PERSON_DETECT_INPUT0_BYTES);
	person_detect_invoke();
	scores = person_detect_output(0);
	person_percent = (int)((scores[PERSON] - PERSON_DETECT_OUTPUT0_ZERO_POINT) * PERSON_DETECT_OUTPUT0_SCALE
			* 100.0f + 0.5f);
	printf("%s: %s (no person %d, person %d: %d%% person)\n", name,
			scores[PERSON] > scores[NO_PERSON] ? "person" : "no person", scores[NO_PERSON], scores[PERSON],
			person_percent);
}
/* USER CODE END 4 */
