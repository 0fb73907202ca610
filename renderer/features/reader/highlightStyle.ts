import type { CSSProperties } from 'react';
import type { AnchorStatus } from '../../../src/shared/schemas/highlight';

/** A highlight as the reader draws it (UTF-16 positions of the reading text). */
export interface DrawnHighlight {
  id: string;
  start: number;
  end: number;
  /** The first code's colour, or the colour of an uncoded highlight. */
  color: string;
  status: AnchorStatus | 'pending';
  /** Codes and memo, for the hover tooltip. */
  title: string;
  memo: string;
}

/** The selection being coded (while the picker has focus). */
export const PENDING_COLOR = '#6b7480';

const STRIPE_GAP = 3;

/** A tint of the colour; the strengths are CSS variables (highlights.css) so each theme sets its own. */
function tint(color: string, strength: 'one' | 'many' | 'selected' | 'pending'): string {
  const safe = /^#[0-9a-f]{6}$/i.test(color) ? color : '#808080';
  return `color-mix(in srgb, ${safe} var(--hl-tint-${strength}), transparent)`;
}

/**
 * The look of a run covered by one or more highlights: a light tint per highlight (so overlaps
 * read darker) and a thin stripe per highlight in its colour, stacked from the bottom up, so every
 * highlight on the run stays visible. The selected highlight is tinted more strongly.
 */
export function runStyle(layers: readonly DrawnHighlight[], selectedId: string | null): CSSProperties {
  const images: string[] = [];
  const positions: string[] = [];
  const sizes: string[] = [];
  layers.forEach((h, i) => {
    const thick = h.id === selectedId ? 3 : 2;
    images.push(`linear-gradient(${h.color}, ${h.color})`);
    positions.push(`0 calc(100% - ${i * STRIPE_GAP}px)`);
    sizes.push(`100% ${thick}px`);
  });
  layers.forEach((h) => {
    const layer = tint(h.color, h.id === selectedId ? 'selected' : h.status === 'pending' ? 'pending' : layers.length > 1 ? 'many' : 'one');
    images.push(`linear-gradient(${layer}, ${layer})`);
    positions.push('0 0');
    sizes.push('100% 100%');
  });
  const review = layers.find((h) => h.status === 'review');
  return {
    backgroundImage: images.join(', '),
    backgroundPosition: positions.join(', '),
    backgroundSize: sizes.join(', '),
    paddingBottom: `${(layers.length - 1) * STRIPE_GAP}px`,
    outlineColor: review ? review.color : undefined,
  };
}
