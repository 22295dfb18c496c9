import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * Noto Sans (SIL Open Font License 1.1, from the @expo-google-fonts/noto-sans package) covers
 * Latin, Latin Extended and Cyrillic, so every one of the six languages prints with the same
 * face. PDFKit embeds only the glyphs a document uses.
 *
 * The fonts are read once per process: parsing a font's tables is most of a PDF's time when
 * PDFKit is handed the file's bytes for every document.
 */
const fontFolder = dirname(
  createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans/package.json'),
);

function openFont(file: string): fontkit.Font {
  const font = fontkit.create(readFileSync(join(fontFolder, file)));
  if (!('layout' in font)) throw new Error(`${file} is a font collection, not a font`);
  return font;
}

export const DOCUMENT_FONTS = {
  regular: openFont('400Regular/NotoSans_400Regular.ttf'),
  bold: openFont('600SemiBold/NotoSans_600SemiBold.ttf'),
} as const;
