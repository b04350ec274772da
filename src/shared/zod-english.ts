/**
 * zod's English messages ("Too big: expected number to be <=1"), for the IPC refusals a
 * developer reads. Given per parse rather than set for every schema, so that only what
 * imports this file carries the wording: the renderer's first load goes without it.
 */
import { locales } from 'zod/mini'

export const englishErrors = locales.en().localeError
