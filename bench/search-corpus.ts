// The synthetic corpus of the search benchmark: English and Arabic prose whose word frequencies follow
// Zipf's law, with function words at the top ranks and topic words spread through the middle ranks.
import { seededRandom } from './random';

const EN = ('the of and to in a was were said that civilians killed security forces monitor reported village coastal region families ' +
  'witnesses homes raid checkpoint fighters government observatory bodies hospital displaced detained missing according statement ' +
  'investigation identity community mosque market road night morning armed group militia loyalists offensive clashes toll dozens ' +
  'Latakia Tartus Baniyas Jableh Alawite Sunni Druze Christian Damascus Hama Homs neighbourhood shelling gunmen victims women children').split(' ');
const AR = ('في من على إلى أن عن مع التي الذي بعد قتل مدنيين قرية الساحل وفق المرصد السوري لحقوق الإنسان قوات الأمن مسلحون عائلات شهود منازل حاجز مقاتلون الحكومة ' +
  'جثث مستشفى نازحون معتقلون مفقودون بيان تحقيق هوية الطائفة العلويين مسجد سوق طريق ليلة صباح جماعة مسلحة اشتباكات حصيلة عشرات ' +
  'اللاذقية طرطوس بانياس جبلة دمشق حماة حمص أطفال نساء ضحايا').split(' ');

export const random = seededRandom(42);

/** Pseudo-words fill the long tail of a Zipfian vocabulary, as in real prose. */
function pseudoWords(letters: string, count: number): string[] {
  return Array.from({ length: count }, () => Array.from({ length: 3 + Math.floor(random() * 6) }, () => letters[Math.floor(random() * letters.length)]).join(''));
}
/** Word frequencies follow Zipf's law (rank r has weight 1/r); sampled by inverse CDF. */
function zipf(words: string[]): () => string {
  const cumulative: number[] = [];
  let sum = 0;
  words.forEach((_, r) => cumulative.push((sum += 1 / (r + 1))));
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}
/**
 * As in real prose, function words take the top ranks and topic words are spread through the
 * middle ranks (from ~30 to ~830), so a topic word appears in some articles, not all.
 */
function vocabulary(functionWords: number, words: string[], filler: string[]): string[] {
  const out = [...words.slice(0, functionWords), ...filler.slice(0, 40)];
  const topical = words.slice(functionWords);
  let f = 40;
  topical.forEach((w, i) => {
    const rank = 30 + Math.floor((i / topical.length) * 800);
    while (out.length < rank) out.push(filler[f++]);
    out.push(w);
  });
  return [...out, ...filler.slice(f)];
}
export const enWord = zipf(vocabulary(10, EN, pseudoWords('abcdefghilmnoprstuvwy', 30_000)));
export const arWord = zipf(vocabulary(10, AR, pseudoWords('ابتثجحخدذرزسشصضطظعغفقكلمنهوي', 20_000)));

export function sentence(word: () => string): string {
  const n = 8 + Math.floor(random() * 14);
  return Array.from({ length: n }, word).join(' ') + (random() < 0.1 ? ` ${Math.floor(random() * 2000)}` : '') + '.';
}
export function articleText(i: number): string {
  const word = i % 4 === 0 ? arWord : enWord;
  const paragraphs: string[] = [];
  let size = 0;
  while (size < 5000) {
    const p = Array.from({ length: 4 }, () => sentence(word)).join(' ');
    paragraphs.push(p);
    size += p.length;
  }
  return paragraphs.join('\n\n');
}
