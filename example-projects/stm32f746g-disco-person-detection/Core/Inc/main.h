/* USER CODE BEGIN Header */
/* Person detection on the STM32F746G-DISCO with TinyForge's generated C (TinyForge/person_detect.h). */
/* USER CODE END Header */
#ifndef MAIN_H
#define MAIN_H

#include <stdint.h>

/* The console printf writes to: USART1 (the ST-LINK virtual COM port) on the board, semihosting under QEMU. */
void console_init(void);

/* The images the application classifies, back to back: Core/Src/test_images.c, written by `make` from the
 * binary test images (96x96 grey-scale bytes, as TFLM's person detection test feeds them). */
extern const uint8_t test_images[];
extern const char *const test_image_names[];
extern const unsigned test_image_count;

/* USER CODE BEGIN EFP */

/* USER CODE END EFP */

#endif
