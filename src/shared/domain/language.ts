/**
 * Detects the dominant script of a text: Arabic script -> "ar", otherwise "en".
 * The workbench's corpus is Arabic and English; the researcher can correct the tag.
 */
export function detectLanguage(text: string): 'ar' | 'en' {
  let arabic = 0;
  let latin = 0;
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  for (const ch of sample) {
    const cp = ch.codePointAt(0)!;
    if ((cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0x08a0 && cp <= 0x08ff) || (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff)) {
      arabic++;
    } else if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f)) {
      latin++;
    }
  }
  return arabic > latin ? 'ar' : 'en';
}
