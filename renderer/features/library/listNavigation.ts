/** Where a navigation key moves the selection in a list of `count` rows; null when the key is not one. */
export function indexAfterKey(key: string, current: number, count: number, pageSize: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  const page = Math.max(1, pageSize - 1);
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : clamp(current + 1);
    case 'ArrowUp':
      return current < 0 ? 0 : clamp(current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return current < 0 ? clamp(page) : clamp(current + page);
    case 'PageUp':
      return current < 0 ? 0 : clamp(current - page);
    default:
      return null;
  }
}
