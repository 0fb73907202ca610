import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { errorMessage, fieldIssues } from '../../api/errorMessage';

/** What a form says after a try: messages under their fields, and a sentence for the rest. */
export interface FormMessages<F extends string> {
  byField: Partial<Record<F, string>>;
  problem: string | null;
}

export interface RecordFormOptions<F extends string, T> {
  /** Whether there is anything to save (a new record always has). */
  dirty: boolean;
  /** Messages for the fields the draft cannot be saved with; none when it can. */
  check: () => Partial<Record<F, string>>;
  save: () => Promise<T>;
  onSaved?: (saved: T) => void;
  /** What a failed save says. */
  failed: (error: unknown) => FormMessages<F>;
  /** The id of a field's control: focus goes to the first field with a message. */
  fieldId: (field: F) => string;
  /** The stored record's updatedAt: when it changes (undo), `restart` resets the draft. */
  version?: string;
  restart?: () => void;
  /** Messages belong to this, and are not shown once it changes. */
  messagesKey?: string;
  /** Earlier messages stay up while saving, until the outcome replaces them. */
  keepMessagesWhileSaving?: boolean;
}

/** A failed save's messages: under the fields the form shows (paths without `prefix`), or else as one sentence. */
export function issueMessages(error: unknown, prefix: string, fields: readonly string[]): FormMessages<string> {
  const { byField, other } = fieldIssues(error, prefix, fields);
  return { byField, problem: Object.keys(byField).length ? null : [errorMessage(error), ...other].join(' ') };
}

/** Ctrl+S (⌘S) on a form submits it. */
export const saveShortcut = (submit: () => unknown) => (event: KeyboardEvent<HTMLFormElement>) => {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
    event.preventDefault();
    void submit();
  }
};

/** A record form's saving: check, save, messages (focus on the first marked field), Ctrl+S, and when it last saved. */
export function useRecordForm<F extends string, T>(options: RecordFormOptions<F, T>) {
  const { dirty, check, save, onSaved, failed, fieldId, version, restart, messagesKey = '', keepMessagesWhileSaving = false } = options;
  const [messages, setMessages] = useState<FormMessages<F> & { key: string }>({ key: messagesKey, byField: {}, problem: null });
  const [busy, setBusy] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [base, setBase] = useState(version);
  if (version !== undefined && base !== version) {
    setBase(version);
    restart?.();
  }
  const shown: FormMessages<F> = messages.key === messagesKey ? messages : { byField: {}, problem: null };
  const show = (m: FormMessages<F>) => setMessages({ key: messagesKey, ...m });
  const focus = (field: string) => requestAnimationFrame(() => document.getElementById(fieldId(field as F))?.focus());

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy || !dirty) return;
    const found = check();
    const first = Object.keys(found)[0];
    if (first || !keepMessagesWhileSaving) show({ byField: found, problem: null });
    if (first) return void focus(first);
    setBusy(true);
    try {
      const saved = await save();
      show({ byField: {}, problem: null });
      setSavedAt(new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
      onSaved?.(saved);
    } catch (error) {
      const result = failed(error);
      show(result);
      const field = Object.keys(result.byField)[0];
      if (field) focus(field);
    } finally {
      setBusy(false);
    }
  }

  /** Takes away the field messages ('fields') or every message ('all'), as Revert does. */
  const clearMessages = (what: 'fields' | 'all') => setMessages((m) => ({ ...m, key: messagesKey, byField: {}, problem: what === 'all' ? null : m.problem }));
  /** What RecordFormActions shows. */
  const actions = { busy, dirty, savedAt, invalid: Object.keys(shown.byField).length > 0 };
  return { errors: shown.byField, problem: shown.problem, submit, onKeyDown: saveShortcut(submit), clearMessages, actions };
}
