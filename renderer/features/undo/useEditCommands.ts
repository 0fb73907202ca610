import { useMemo } from 'react';
import type { Command } from '../palette/commandTypes';
import { modKey } from '../../lib/platform';
import type { UndoStatus } from './useUndoRedo';

interface EditCommandsInput {
  status: UndoStatus;
  undo: () => void;
  redo: () => void;
  /** Opens the text correction dialog; null when no article is open. */
  correctText: (() => void) | null;
}

/** Palette commands for undo, redo and correcting the open article's text. */
export function useEditCommands({ status, undo, redo, correctText }: EditCommandsInput): Command[] {
  return useMemo(
    () => [
      { id: 'undo', label: status.undoLabel ? `Undo: ${status.undoLabel}` : 'Undo', keywords: 'revert back', shortcut: [modKey, 'Z'], disabled: !status.canUndo, run: undo },
      { id: 'redo', label: status.redoLabel ? `Redo: ${status.redoLabel}` : 'Redo', keywords: 'again forward', shortcut: [modKey, 'Shift', 'Z'], disabled: !status.canRedo, run: redo },
      { id: 'correct-text', label: 'Correct text…', keywords: 'edit fix ocr typo reading text correction', disabled: correctText === null, run: () => correctText?.() },
    ],
    [status, undo, redo, correctText],
  );
}
