declare module 'wink-porter2-stemmer' {
  /** Porter2 (the Snowball English stemmer); lower-case input, possessive 's removed first. */
  export default function stem(word: string): string;
}
